package cybernorms_test

import (
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/doc"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestDocComments checks that every exported identifier of the runtime
// packages has a doc comment: constants, variables, functions, types,
// methods, the fields of exported structs and the methods of exported
// interfaces, and each package its package comment. A constant or variable
// in a group documented as a whole counts as documented, and so does a
// trailing line comment on a constant, variable or field, which godoc shows
// beside it.
//
// The runtime packages are found by walking the module: every directory
// with non-test Go files, apart from internal packages, testdata, hidden
// directories and nested modules (such as the generator in gen/).
func TestDocComments(t *testing.T) {
	dirs, err := runtimePackageDirs(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{".", "norms", "declarations"} {
		if !contains(dirs, want) {
			t.Fatalf("package directory %s not found among %v", want, dirs)
		}
	}
	var missing []string
	for _, dir := range dirs {
		missing = append(missing, undocumented(t, dir)...)
	}
	if len(missing) > 0 {
		t.Errorf("%d exported identifiers have no doc comment:\n\t%s", len(missing), strings.Join(missing, "\n\t"))
	}
	t.Logf("checked the packages in %s", strings.Join(dirs, ", "))
}

// runtimePackageDirs returns, relative to root and slash-separated, every
// directory of the module at root that holds a non-internal package.
func runtimePackageDirs(root string) ([]string, error) {
	var dirs []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		rel := filepath.ToSlash(path)
		if path != root {
			name := d.Name()
			if name == "testdata" || name == "internal" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
				return filepath.SkipDir // a module of its own, such as gen/
			}
		}
		if _, err := build.ImportDir(path, 0); err != nil {
			var noGo *build.NoGoError
			if errors.As(err, &noGo) {
				return nil
			}
			return err
		}
		dirs = append(dirs, rel)
		return nil
	})
	sort.Strings(dirs)
	return dirs, err
}

// undocumented returns the exported identifiers of the package in dir that
// lack a doc comment, each as "file:line: what".
func undocumented(t *testing.T, dir string) []string {
	t.Helper()
	bp, err := build.ImportDir(dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range bp.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	pkg, err := doc.NewFromFiles(fset, files, bp.ImportPath)
	if err != nil {
		t.Fatal(err)
	}

	var missing []string
	report := func(pos token.Pos, format string, args ...any) {
		p := fset.Position(pos)
		missing = append(missing, fmt.Sprintf("%s:%d: %s", filepath.ToSlash(p.Filename), p.Line, fmt.Sprintf(format, args...)))
	}
	qual := pkg.Name + "."

	if strings.TrimSpace(pkg.Doc) == "" {
		report(files[0].Package, "package %s has no package comment", pkg.Name)
	}
	values := func(vs []*doc.Value, what string) {
		for _, v := range vs {
			if strings.TrimSpace(v.Doc) != "" {
				continue // documented as a group, or a single documented spec
			}
			for _, spec := range v.Decl.Specs {
				vs := spec.(*ast.ValueSpec)
				if vs.Doc != nil || vs.Comment != nil {
					continue
				}
				for _, n := range vs.Names {
					if n.IsExported() {
						report(n.Pos(), "%s %s%s", what, qual, n.Name)
					}
				}
			}
		}
	}
	funcs := func(fs []*doc.Func, recv string) {
		for _, f := range fs {
			if strings.TrimSpace(f.Doc) != "" {
				continue
			}
			if recv != "" && f.Recv != "" {
				report(f.Decl.Pos(), "method %s%s.%s", qual, recv, f.Name)
			} else {
				report(f.Decl.Pos(), "func %s%s", qual, f.Name)
			}
		}
	}

	values(pkg.Consts, "const")
	values(pkg.Vars, "var")
	funcs(pkg.Funcs, "")
	for _, typ := range pkg.Types {
		if strings.TrimSpace(typ.Doc) == "" {
			report(typ.Decl.Pos(), "type %s%s", qual, typ.Name)
		}
		values(typ.Consts, "const")
		values(typ.Vars, "var")
		funcs(typ.Funcs, "")
		funcs(typ.Methods, typ.Name)
		for _, spec := range typ.Decl.Specs {
			ts := spec.(*ast.TypeSpec)
			if ts.Name.Name != typ.Name {
				continue
			}
			members(fset, ts.Type, qual+typ.Name, report)
		}
	}
	return missing
}

// members reports the exported fields of a struct type and the exported
// methods of an interface type that have no comment, looking into the
// struct and interface types nested in them.
func members(fset *token.FileSet, expr ast.Expr, owner string, report func(token.Pos, string, ...any)) {
	switch x := expr.(type) {
	case *ast.StructType:
		// runDoc is the doc comment of the run of adjacent fields (no blank
		// line between them) that the field belongs to: "// DataFile is the
		// file..., and SHA256 its hex SHA-256" documents both fields.
		runDoc, prevEnd := "", token.NoPos
		for _, f := range x.Fields.List {
			switch {
			case f.Doc != nil:
				runDoc = f.Doc.Text()
			case !adjacent(fset, prevEnd, f.Pos()):
				runDoc = ""
			}
			prevEnd = f.End()
			names := f.Names
			if len(names) == 0 { // embedded: named by its type
				if id := embeddedName(f.Type); id != nil {
					names = []*ast.Ident{id}
				}
			}
			for _, n := range names {
				if !n.IsExported() {
					continue
				}
				if f.Doc == nil && f.Comment == nil && !mentions(runDoc, n.Name) {
					report(n.Pos(), "field %s.%s", owner, n.Name)
				}
				members(fset, f.Type, owner+"."+n.Name, report)
			}
		}
	case *ast.InterfaceType:
		for _, m := range x.Methods.List {
			for _, n := range m.Names {
				if n.IsExported() && m.Doc == nil && m.Comment == nil {
					report(n.Pos(), "interface method %s.%s", owner, n.Name)
				}
			}
		}
	case *ast.StarExpr:
		members(fset, x.X, owner, report)
	case *ast.ArrayType:
		members(fset, x.Elt, owner, report)
	}
}

// adjacent reports whether pos is on the line after end.
func adjacent(fset *token.FileSet, end, pos token.Pos) bool {
	return end.IsValid() && fset.Position(pos).Line == fset.Position(end).Line+1
}

// mentions reports whether the comment text names name as a word.
func mentions(text, name string) bool {
	return regexp.MustCompile(`\b` + regexp.QuoteMeta(name) + `\b`).MatchString(text)
}

// embeddedName returns the identifier that names an embedded field.
func embeddedName(expr ast.Expr) *ast.Ident {
	switch x := expr.(type) {
	case *ast.Ident:
		return x
	case *ast.StarExpr:
		return embeddedName(x.X)
	case *ast.SelectorExpr:
		return x.Sel
	case *ast.IndexExpr:
		return embeddedName(x.X)
	case *ast.IndexListExpr:
		return embeddedName(x.X)
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
