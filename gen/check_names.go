package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
)

// Names: a document's ID may not equal, ignoring case, a name of the Go
// packages it is written into, learnt at each run by parsing their
// hand-written files and the generated code (go/parser).

type goName struct {
	Name string
	Kind string // "var", "const", "type", "func", "import"
	Pos  string // "norms/types.go:12"
}

// packageDirs are the directories of the packages the generator writes
// document identifiers into.
var packageDirs = []string{path.Dir(normsFile), path.Dir(declarationsFile)}

// handWrittenNames returns the package-level names declared, and imported,
// by the hand-written Go files of dir (in-package tests included).
func handWrittenNames(fsys fs.FS, dir string) ([]goName, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, nil
	}
	var names []goName
	pkg := ""
	for _, e := range entries {
		if !e.Type().IsRegular() || path.Ext(e.Name()) != ".go" {
			continue
		}
		p := path.Join(dir, e.Name())
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, fmt.Errorf("reading %s to learn the names it declares: %w", p, err)
		}
		// Skip the generator's own output, which it replaces, reading no
		// further than the package clause: the file may be broken.
		if f, err := parser.ParseFile(token.NewFileSet(), p, src, parser.ParseComments|parser.PackageClauseOnly); err == nil && ast.IsGenerated(f) {
			continue
		}
		ns, name, err := declaredNames(p, src)
		if err != nil {
			return nil, fmt.Errorf("%s does not parse, so the generator cannot learn the names it declares: %w", p, err)
		}
		switch {
		case strings.HasSuffix(name, "_test") && strings.HasSuffix(e.Name(), "_test.go"):
			continue // an external test package
		case pkg == "":
			pkg = name
		case name != pkg:
			continue
		}
		names = append(names, ns...)
	}
	return names, nil
}

// declaredNames parses a Go file and returns its package-level names, with
// the names its imports bind, and its package name.
func declaredNames(p string, src []byte) (names []goName, pkg string, err error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, p, src, parser.SkipObjectResolution)
	if err != nil {
		return nil, "", err
	}
	at := func(pos token.Pos) string {
		return fmt.Sprintf("%s:%d", p, fset.Position(pos).Line)
	}
	for _, imp := range f.Imports {
		name := ""
		if imp.Name != nil {
			name = imp.Name.Name
		} else if ip, err := strconv.Unquote(imp.Path.Value); err == nil {
			name = importName(ip)
		}
		if name != "" && name != "_" && name != "." {
			names = append(names, goName{name, "import", at(imp.Pos())})
		}
	}
	for _, decl := range f.Decls {
		switch decl := decl.(type) {
		case *ast.FuncDecl:
			if decl.Recv == nil && decl.Name.Name != "init" {
				names = append(names, goName{decl.Name.Name, "func", at(decl.Pos())})
			}
		case *ast.GenDecl:
			for _, spec := range decl.Specs {
				switch spec := spec.(type) {
				case *ast.TypeSpec:
					names = append(names, goName{spec.Name.Name, "type", at(spec.Pos())})
				case *ast.ValueSpec:
					for _, id := range spec.Names {
						if id.Name != "_" {
							names = append(names, goName{id.Name, decl.Tok.String(), at(id.Pos())})
						}
					}
				}
			}
		}
	}
	return names, f.Name.Name, nil
}

// importName is the name an import path binds by default: its last element,
// or the one before a major version suffix ("math/rand/v2" binds rand).
func importName(ip string) string {
	base := path.Base(ip)
	if len(base) > 1 && base[0] == 'v' && strings.Trim(base[1:], "0123456789") == "" {
		base = path.Base(path.Dir(ip))
	}
	return strings.NewReplacer("-", "_", ".", "_").Replace(base)
}

// checkReservedIDs refuses an ID that equals, in any case, a name of the
// hand-written files of packages norms and declarations, a Go keyword, a
// predeclared identifier, or init.
func checkReservedIDs(fsys fs.FS, c *corpus) (errList, error) {
	reserved := map[string]string{} // what each lower-case name is
	add := func(name, what string) {
		if _, ok := reserved[strings.ToLower(name)]; !ok {
			reserved[strings.ToLower(name)] = what
		}
	}
	for _, dir := range packageDirs {
		names, err := handWrittenNames(fsys, dir)
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			add(n.Name, fmt.Sprintf("the %s %s of package %s (%s)", n.Kind, n.Name, path.Base(dir), n.Pos))
		}
	}
	for t := token.Token(0); t < 128; t++ {
		if t.IsKeyword() {
			add(t.String(), "the Go keyword "+t.String())
		}
	}
	for _, name := range types.Universe.Names() {
		add(name, "Go's predeclared identifier "+name)
	}
	add("init", "Go's package initialiser init")
	var errs errList
	for _, d := range c.Docs {
		if what, ok := reserved[strings.ToLower(d.ID)]; ok {
			errs.add(errorf(d.Path, d.keyLines["id"], "id %q clashes with %s: the generator declares %s and %s, so choose another id", d.ID, what, d.ID, strings.ToLower(d.ID)))
		}
	}
	return errs, nil
}

// checkGeneratedNames parses the generated files, out, for the names they
// declare. It refuses an ID that equals, ignoring case, a name the generator
// declares itself (the letter constants, its tables), and one that makes a
// name declared twice in a package. A document's own names, where it is
// emitted, are the exported variable named by its ID and its dataVar. A name
// declared twice that no document explains is an internal error.
func checkGeneratedNames(fsys fs.FS, c *corpus, out map[string][]byte) error {
	var errs errList
	byName := map[string]*document{}
	for _, d := range c.Docs {
		byName[strings.ToLower(d.ID)] = d
	}
	reported := map[*document]bool{}
	for _, p := range mapKeys(out) {
		names, _, err := declaredNames(p, out[p])
		if err != nil {
			return internalError(c, p, err)
		}
		hand, err := handWrittenNames(fsys, path.Dir(p))
		if err != nil {
			return err
		}
		// decls lists where each name is declared; an import counts once,
		// as the same import in several files is no clash.
		decls := map[string][]goName{}
		imported := map[string]bool{}
		for _, n := range slices.Concat(hand, names) {
			if n.Kind == "import" {
				if imported[n.Name] {
					continue
				}
				imported[n.Name] = true
			}
			decls[n.Name] = append(decls[n.Name], n)
		}
		pkg := path.Base(path.Dir(p))
		for _, n := range names {
			ds, d := decls[n.Name], byName[strings.ToLower(n.Name)]
			if d == nil {
				if len(ds) > 1 && ds[len(ds)-1] == n {
					errs.add(internalError(c, p, fmt.Errorf("%s is declared %d times (%s)", n.Name, len(ds), positions(ds))))
				}
				continue
			}
			emitted := slices.ContainsFunc(names, func(m goName) bool { return m.Kind == "var" && m.Name == d.ID })
			own := emitted && n.Kind == "var" && (n.Name == d.ID || n.Name == dataVar(d))
			switch {
			case reported[d]:
			case !own:
				reported[d] = true
				errs.add(errorf(d.Path, d.keyLines["id"], "id %q clashes with the %s %s that the generator declares in package %s (%s); choose another id", d.ID, n.Kind, n.Name, pkg, n.Pos))
			case len(ds) > 1:
				reported[d] = true
				errs.add(errorf(d.Path, d.keyLines["id"], "id %q makes the generator declare %s twice in package %s (%s); choose another id", d.ID, n.Name, pkg, positions(ds)))
			}
		}
	}
	return errs.err()
}

func positions(ns []goName) string {
	var ps []string
	for _, n := range ns {
		ps = append(ps, n.Pos)
	}
	return strings.Join(ps, ", ")
}
