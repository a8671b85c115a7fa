package main

// The guards: checks that keep bad data from reaching the emitters, where it
// would turn into code that does not compile, into invisible characters in
// doc comments, or into a run that hangs. data/README.md documents the rules
// they enforce ("What the generator refuses").

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"io"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// maxDataFile is the largest data file the generator reads: 4 MiB, some
// twenty times the longest UN report the corpus is likely to hold. The
// reader stops there, so that a file that never ends (/dev/zero) cannot
// exhaust memory.
const maxDataFile = 4 << 20

// readDataFile reads the data file p, which ReadDir listed as e. It refuses
// anything but a regular file (a symbolic link, even one inside data/, a
// directory, a named pipe, a device, a socket) before opening it, so that a
// pipe cannot block the run, checks again on the opened file, and reads at
// most maxDataFile bytes.
func readDataFile(fsys fs.FS, p string, e fs.DirEntry) ([]byte, error) {
	if t := e.Type(); t != 0 {
		return nil, errorf(p, 0, "not a regular file (%s): data files are plain files inside data/, not links, pipes or devices", fileKind(t))
	}
	f, err := fsys.Open(p)
	if err != nil {
		return nil, errorf(p, 0, "cannot open: %v", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, errorf(p, 0, "cannot stat: %v", err)
	}
	if !info.Mode().IsRegular() {
		return nil, errorf(p, 0, "not a regular file (%s): data files are plain files inside data/, not links, pipes or devices", fileKind(info.Mode().Type()))
	}
	if info.Size() > maxDataFile {
		return nil, errorf(p, 0, "the file has %d bytes, more than the %d (4 MiB) a data file may have", info.Size(), maxDataFile)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxDataFile+1))
	if err != nil {
		return nil, errorf(p, 0, "cannot read: %v", err)
	}
	if len(data) > maxDataFile {
		return nil, errorf(p, 0, "the file has more than the %d bytes (4 MiB) a data file may have", maxDataFile)
	}
	return data, nil
}

// fileKind names a file type for an error message.
func fileKind(t fs.FileMode) string {
	switch {
	case t&fs.ModeSymlink != 0:
		return "a symbolic link"
	case t.IsDir():
		return "a directory"
	case t&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case t&fs.ModeSocket != 0:
		return "a socket"
	case t&fs.ModeDevice != 0:
		return "a device"
	}
	return "type " + t.String()
}

// invisible holds the graphic characters that print as nothing, or as a
// space, and so can hide a difference: the combining grapheme joiner, the
// Hangul fillers, the Khmer inherent vowels, the braille blank and the
// variation selectors. (Format characters such as U+200B, the bidirectional
// controls and U+00AD are not graphic, and are refused with the controls.)
var invisible = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x034f, Hi: 0x034f, Stride: 1},
		{Lo: 0x115f, Hi: 0x1160, Stride: 1},
		{Lo: 0x17b4, Hi: 0x17b5, Stride: 1},
		{Lo: 0x180b, Hi: 0x180f, Stride: 1},
		{Lo: 0x2800, Hi: 0x2800, Stride: 1},
		{Lo: 0x3164, Hi: 0x3164, Stride: 1},
		{Lo: 0xfe00, Hi: 0xfe0f, Stride: 1},
		{Lo: 0xffa0, Hi: 0xffa0, Stride: 1},
	},
	R32: []unicode.Range32{
		{Lo: 0xe0100, Hi: 0xe01ef, Stride: 1},
	},
}

// allowedRune reports whether a data file may hold r: the line feed, the
// space, the no-break space and the narrow no-break space (French
// typography), and every other graphic character (letters, marks, numbers,
// punctuation, symbols) that is not in invisible.
func allowedRune(r rune) bool {
	switch {
	case r == '\n' || r == ' ' || r == '\u00a0' || r == '\u202f':
		return true
	case unicode.Is(unicode.Zs, r):
		return false // other spaces: en quad, thin space, ideographic space ...
	case unicode.Is(invisible, r):
		return false
	}
	return unicode.IsGraphic(r)
}

// checkCharacters refuses any character allowedRune does not allow, naming
// line, column and code point. It leaves invalid UTF-8, carriage returns and
// byte-order marks to checkEncoding, which explains them better.
func checkCharacters(p string, data []byte) error {
	line := 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == '\n':
			line++
		case r == utf8.RuneError && size == 1, r == '\r', r == '\uFEFF':
			// checkEncoding's cases
		case !allowedRune(r):
			return errorf(p, line, "column %d: %s; data files hold only printable characters, spaces and line feeds (see data/README.md)", column(data, i), describeRune(r))
		}
		i += size
	}
	return nil
}

// decodeValue decodes lit, the Go string literal given as the value of key
// at column col of a line, and applies the rules on a data file's
// characters (those of checkEncoding and checkCharacters) to what it stands
// for. An escape
// can stand for any byte or code point (\x1b, \u202e, \u200b, \x7f, \000,
// \U000E0100, \xff), and what it stands for reaches the generated code and
// the command's output as the character itself, so the rules hold after
// decoding exactly as before: no invalid UTF-8, no carriage return or
// byte-order mark, no space before a line feed, and no character that
// allowedRune refuses. The error names the column where the escape (or the
// run of escapes that spells one character) begins.
func decodeValue(path string, line, col int, key, lit string) (string, error) {
	v, err := strconv.Unquote(lit)
	if err != nil {
		return "", errorf(path, line, "the value of %q is not a valid Go string literal: %s", key, abbreviate(lit, 40))
	}
	at, size, what := firstRefusedDecoded(v)
	if what == "" {
		return v, nil
	}
	from, src := literalSpan(lit, at, size)
	where := fmt.Sprintf("column %d: the quoted value of %q", col+from, key)
	if strings.HasPrefix(src, `\`) {
		where = fmt.Sprintf("column %d: the escape %s in the quoted value of %q", col+from, src, key)
	}
	return "", errorf(path, line, "%s stands for %s; remove it: a quoted value may stand only for characters a data file may hold itself, printable characters, spaces and line feeds (see data/README.md)", where, what)
}

// firstRefusedDecoded returns the offset, size and description of the first
// refused character of v, the decoded value of a string literal, or
// what == "" if it has none.
func firstRefusedDecoded(v string) (at, size int, what string) {
	for i := 0; i < len(v); i += size {
		var r rune
		r, size = utf8.DecodeRuneInString(v[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return i, size, fmt.Sprintf("the byte 0x%02x, which is not UTF-8 here (data files are UTF-8: write the character itself, or its \\u escape)", v[i])
		case r == '\r':
			return i, size, "a carriage return (U+000D); lines end with a line feed, \\n"
		case r == '\uFEFF':
			return i, size, "a byte-order mark (U+FEFF)"
		case r == '\t':
			return i, size, "a tab (U+0009)"
		case r == ' ' && strings.HasPrefix(v[i+1:], "\n"):
			return i, size, "a space at the end of a line (before \\n), which data files do not hold"
		case !allowedRune(r):
			return i, size, describeRune(r)
		}
	}
	return 0, 0, ""
}

// literalSpan returns the offset in lit, a valid Go string literal, of the
// source of the decoded bytes [at, at+size), and that source text: the
// escapes or characters that stand for them.
func literalSpan(lit string, at, size int) (int, string) {
	rest, off, dec := lit[1:len(lit)-1], 1, 0
	start := -1
	for rest != "" {
		r, multibyte, tail, err := strconv.UnquoteChar(rest, '"')
		if err != nil {
			break
		}
		n := 1
		if r >= utf8.RuneSelf && multibyte {
			n = utf8.RuneLen(r)
		}
		src := len(rest) - len(tail)
		if start < 0 && dec+n > at {
			start = off
		}
		if start >= 0 && dec+n >= at+size {
			return start, lit[start : off+src]
		}
		dec, off, rest = dec+n, off+src, tail
	}
	return 1, lit
}

// describeRune names a refused character.
func describeRune(r rune) string {
	u := fmt.Sprintf("U+%04X", r)
	switch {
	case r == 0:
		return "a NUL byte (" + u + ")"
	case r == '\t':
		return "a tab (" + u + "); indent attributes with two spaces"
	case r == 0x1b:
		return "an escape character (" + u + "), which terminals obey"
	case r < 0x20 || r == 0x7f:
		return "a control character (" + u + ")"
	case r >= 0x80 && r <= 0x9f:
		return "a C1 control character (" + u + ")"
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return "a bidirectional control (" + u + "), which can make text display in another order than it is read"
	case r == 0x00ad:
		return "a soft hyphen (" + u + "), which is invisible"
	case unicode.Is(unicode.Cf, r):
		return "an invisible format character (" + u + ")"
	case unicode.Is(unicode.Zs, r):
		return "an unusual space (" + u + "); use a space, a no-break space or a narrow no-break space"
	case unicode.Is(unicode.Co, r):
		return "a private-use character (" + u + ")"
	case unicode.Is(invisible, r):
		return "an invisible character (" + u + ")"
	case r == 0x2028 || r == 0x2029:
		return "a line or paragraph separator (" + u + "); end lines with a line feed"
	}
	return "an unassigned or non-printing character (" + u + ")"
}

// idSyntax is what a document ID may look like: ASCII only, so that no two
// IDs look alike while differing in a letter from another script.
var idSyntax = regexp.MustCompile(`^[A-Z][A-Za-z0-9_]*$`)

// dateSyntax is the strict form of a date value, digits only.
var dateSyntax = regexp.MustCompile(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`)

// firstYear is the earliest year a document's date may have.
const firstYear = 1800

// checkEntries checks the header values that the later steps would accept
// although no real document has them: an ID with letters outside ASCII, a
// date with a sign or a year no document of the corpus can have, and a
// short name that mixes scripts within a word. It runs before
// buildDocument, which checks the remaining rules of each key.
func checkEntries(f *dataFile, now time.Time) errList {
	var errs errList
	lastYear := now.Year() + 1
	for _, e := range f.Entries {
		switch e.Key {
		case "id":
			if !idSyntax.MatchString(e.Value) {
				errs.add(errorf(f.Path, e.Line, "id %q: an id is an ASCII capital letter followed by ASCII letters, digits and underscores%s", e.Value, nonASCII(e.Value)))
			}
		case "date", "distributed", "reissued", "opened", "in-force":
			if !dateSyntax.MatchString(e.Value) {
				errs.add(errorf(f.Path, e.Line, "%s %q is not YYYY, YYYY-MM or YYYY-MM-DD, in digits", e.Key, e.Value))
				continue
			}
			if y, _ := strconv.Atoi(e.Value[:4]); y < firstYear || y > lastYear {
				errs.add(errorf(f.Path, e.Line, "%s %q: the year %d is outside %d to %d, the years a document of the corpus can have", e.Key, e.Value, y, firstYear, lastYear))
			}
		case "short", "alias":
			if w := mixedScriptWord(e.Value); w != "" {
				errs.add(errorf(f.Path, e.Line, "%s %q: the word %q mixes letters of several scripts, as look-alike spellings do", e.Key, e.Value, w))
			}
		}
	}
	return errs
}

// nonASCII describes the first non-ASCII character of s, if any.
func nonASCII(s string) string {
	for i, r := range s {
		if r >= utf8.RuneSelf {
			return fmt.Sprintf(" (character %d, %q, is U+%04X, not an ASCII letter)", utf8.RuneCountInString(s[:i])+1, string(r), r)
		}
	}
	return ""
}

// scripts are the scripts whose letters look alike.
var scripts = []*unicode.RangeTable{unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Armenian, unicode.Cherokee}

// mixedScriptWord returns the first word of s whose letters belong to more
// than one of scripts ("Luccа" with a Cyrillic а), or "".
func mixedScriptWord(s string) string {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		seen := -1
		for _, r := range w {
			for k, t := range scripts {
				if unicode.Is(t, r) {
					if seen >= 0 && seen != k {
						return w
					}
					seen = k
				}
			}
		}
	}
	return ""
}

// foldName folds a short name or alias for comparison: case and runs of
// spaces do not tell two names apart.
func foldName(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// checkShortNames refuses a short name that another document also has
// (ignoring case and spacing): citations and listings name documents by it.
// Aliases may be shared ("UNGGE" names each GGE report; the year tells
// them apart), so they are not compared.
func checkShortNames(c *corpus, files map[string]*dataFile) errList {
	var errs errList
	type use struct {
		doc  *document
		line int
	}
	seen := map[string]use{}
	for _, d := range c.Docs {
		f := files[d.Path]
		for _, e := range f.Entries {
			if e.Key != "short" {
				continue
			}
			k := foldName(e.Value)
			if prev, ok := seen[k]; ok {
				errs.add(errorf(d.Path, e.Line, "short name %q is already the short name of %s (%s:%d); each document needs one of its own", e.Value, prev.doc.ID, prev.doc.Path, prev.line))
				continue
			}
			seen[k] = use{d, e.Line}
		}
	}
	return errs
}

// entryLine returns the line of the first entry with the key, or 0.
func entryLine(f *dataFile, key string) int {
	if f != nil {
		for _, e := range f.Entries {
			if e.Key == key {
				return e.Line
			}
		}
	}
	return 0
}

// A goName is a name declared in a package, and where.
type goName struct {
	Name string
	Kind string // "var", "const", "type", "func", "import"
	Pos  string // "norms/types.go:12"
}

// packageDirs are the directories of the packages the generator writes
// document identifiers into.
var packageDirs = []string{path.Dir(normsFile), path.Dir(declarationsFile)}

// handWrittenNames returns the package-level names declared by the
// hand-written Go files of dir in fsys (those without the generated-code
// header, including in-package tests), and the names of the packages they
// import. A missing directory declares nothing.
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
		if isGeneratedFile(p, src) {
			continue // the generator's own output, which it replaces
		}
		ns, name, _, err := declaredNames(p, src)
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

// isGeneratedFile reports whether the Go file src carries the
// generated-code header, reading no further than its package clause: the
// generated files are megabytes at scale, and their names are not the
// hand-written ones. A file whose package clause does not parse is not
// known to be generated; declaredNames reports its error.
func isGeneratedFile(p string, src []byte) bool {
	f, err := parser.ParseFile(token.NewFileSet(), p, src, parser.ParseComments|parser.PackageClauseOnly)
	return err == nil && ast.IsGenerated(f)
}

// declaredNames parses a Go file and returns its package-level names, with
// the names its imports bind, its package name, and whether it is generated.
func declaredNames(p string, src []byte) (names []goName, pkg string, generated bool, err error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, p, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, "", false, err
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
	return names, f.Name.Name, ast.IsGenerated(f), nil
}

// generatedDeclNames returns what declaredNames does for a generated file,
// the package-level names with the names its imports bind, from the tokens
// alone: the generated files are gofmt's output, megabytes at scale, and the
// syntax tree of their data is not needed to find the names. A file the
// scanner rejects is left to declaredNames, which reports its error.
func generatedDeclNames(p string, src []byte) ([]goName, error) {
	fset := token.NewFileSet()
	file := fset.AddFile(p, -1, len(src))
	var s scanner.Scanner
	bad := false
	s.Init(file, src, func(token.Position, string) { bad = true }, 0)
	t := &declScanner{s: &s, file: file, p: p}
	t.next()
	for t.tok != token.EOF && !bad {
		switch tok := t.tok; tok {
		case token.IMPORT, token.VAR, token.CONST, token.TYPE:
			t.next()
			if t.tok != token.LPAREN {
				t.spec(tok)
				continue
			}
			t.next()
			for t.tok != token.RPAREN && t.tok != token.EOF {
				if t.tok == token.SEMICOLON {
					t.next()
					continue
				}
				t.spec(tok)
			}
			t.next()
		case token.FUNC:
			pos := t.pos // a function declaration's position is its keyword's
			t.next()
			if t.tok == token.IDENT && t.lit != "init" {
				t.names = append(t.names, goName{t.lit, "func", t.at(pos)})
			}
			t.skip()
		default:
			t.skip()
		}
	}
	if bad {
		names, _, _, err := declaredNames(p, src)
		return names, err
	}
	return t.names, nil
}

// A declScanner reads the top-level declarations of a Go file token by
// token, for generatedDeclNames.
type declScanner struct {
	s     *scanner.Scanner
	file  *token.File
	p     string
	pos   token.Pos
	tok   token.Token
	lit   string
	names []goName
}

func (t *declScanner) next() {
	t.pos, t.tok, t.lit = t.s.Scan()
}

// at names a position as declaredNames does, honouring line directives.
func (t *declScanner) at(pos token.Pos) string {
	return t.p + ":" + strconv.Itoa(t.file.Position(pos).Line)
}

// skip moves past the tokens up to the end of the current declaration or
// spec, a semicolon or a closing parenthesis at the current nesting level,
// leaving that token current.
func (t *declScanner) skip() {
	depth := 0
	for ; t.tok != token.EOF; t.next() {
		switch t.tok {
		case token.LPAREN, token.LBRACK, token.LBRACE:
			depth++
		case token.RBRACK, token.RBRACE:
			depth--
		case token.RPAREN:
			if depth == 0 {
				return
			}
			depth--
		case token.SEMICOLON:
			if depth == 0 {
				t.next()
				return
			}
		}
	}
}

// spec records the names of one import, type, var or const spec, of the
// declaration keyword tok, and moves past it.
func (t *declScanner) spec(tok token.Token) {
	switch tok {
	case token.IMPORT:
		switch t.tok {
		case token.IDENT:
			if t.lit != "_" {
				t.names = append(t.names, goName{t.lit, "import", t.at(t.pos)})
			}
		case token.STRING:
			if ip, err := strconv.Unquote(t.lit); err == nil {
				if name := importName(ip); name != "" && name != "_" && name != "." {
					t.names = append(t.names, goName{name, "import", t.at(t.pos)})
				}
			}
		}
	case token.TYPE:
		if t.tok == token.IDENT {
			t.names = append(t.names, goName{t.lit, "type", t.at(t.pos)})
		}
	case token.VAR, token.CONST:
		for t.tok == token.IDENT {
			if t.lit != "_" {
				t.names = append(t.names, goName{t.lit, tok.String(), t.at(t.pos)})
			}
			t.next()
			if t.tok != token.COMMA {
				break
			}
			t.next()
		}
	}
	t.skip()
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

// reservedNames collects, by lower-case name, what a document ID may not be
// equal to ignoring case: the package-level names of the hand-written files
// of the packages the generator writes into and the packages they import,
// Go's keywords, its predeclared identifiers, and init. The generator turns
// an ID into an exported variable and a lower-case one, so a match in any
// case is a clash.
func reservedNames(fsys fs.FS) (map[string]string, error) {
	reserved := map[string]string{}
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
	return reserved, nil
}

// checkReservedIDs refuses IDs that equal a reserved name, ignoring case.
func checkReservedIDs(c *corpus, files map[string]*dataFile, reserved map[string]string) errList {
	var errs errList
	for _, d := range c.Docs {
		if what, ok := reserved[strings.ToLower(d.ID)]; ok {
			errs.add(errorf(d.Path, entryLine(files[d.Path], "id"), "id %q clashes with %s: the generator declares %s and %s, so choose another id", d.ID, what, d.ID, strings.ToLower(d.ID)))
		}
	}
	return errs
}

// checkGeneratedNames reads the generated files back, by the names declared
// holds for each (generatedDeclNames), and refuses an ID that equals, ignoring case, a name the generator itself declares (the letter
// constants, its tables and functions) in either package, and any name
// declared twice in one package. In a package where a document is emitted,
// its own names are the exported variable named by its ID and one variable
// spelt otherwise (its storage); any other match is a clash. A name declared
// twice that no document explains is an internal error.
func checkGeneratedNames(fsys fs.FS, c *corpus, files map[string]*dataFile, out map[string][]byte, declared map[string][]goName) error {
	var errs errList
	reported := map[*document]bool{}
	refuse := func(d *document, format string, args ...any) {
		if !reported[d] {
			reported[d] = true
			errs.add(errorf(d.Path, entryLine(files[d.Path], "id"), format, args...))
		}
	}
	for _, p := range mapKeys(out) {
		if path.Ext(p) != ".go" {
			continue
		}
		names := declared[p]
		hand, err := handWrittenNames(fsys, path.Dir(p))
		if err != nil {
			return err
		}
		// decls lists where each name is declared: every package-level
		// declaration, and the first import that binds it (imports are
		// per file, so the same import in several files is no clash).
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
		explained := map[string]bool{}
		for _, d := range c.Docs {
			var matches []goName
			for _, n := range names {
				if strings.EqualFold(n.Name, d.ID) {
					matches = append(matches, n)
					explained[n.Name] = true
				}
			}
			emitted := slices.ContainsFunc(matches, func(n goName) bool { return n.Kind == "var" && n.Name == d.ID })
			ownID, ownStorage := false, false
			for _, n := range matches {
				switch {
				case emitted && n.Kind == "var" && n.Name == d.ID && !ownID:
					ownID = true
				case emitted && n.Kind == "var" && n.Name != d.ID && !ownStorage:
					ownStorage = true
				default:
					refuse(d, "id %q clashes with the %s %s that the generator declares in package %s (%s); choose another id", d.ID, n.Kind, n.Name, pkg, n.Pos)
					continue
				}
				if ds := decls[n.Name]; len(ds) > 1 {
					refuse(d, "id %q makes the generator declare %s twice in package %s (%s); choose another id", d.ID, n.Name, pkg, positions(ds))
				}
			}
		}
		for _, n := range names {
			if ds := decls[n.Name]; len(ds) > 1 && !explained[n.Name] && ds[len(ds)-1] == n {
				errs.add(internalError(c, p, fmt.Errorf("%s is declared %d times (%s)", n.Name, len(ds), positions(ds))))
			}
		}
	}
	return errs.err()
}

// positions lists where names are declared.
func positions(ns []goName) string {
	var ps []string
	for _, n := range ns {
		ps = append(ps, n.Pos)
	}
	return strings.Join(ps, ", ")
}

// maxInternalDetail is how much of an emitter's error an internal error
// quotes: enough for its first line, never the whole generated source.
const maxInternalDetail = 300

// internalError reports that the generator made something it should not
// have (a generated file that is not valid Go, a name declared twice): a bug
// of the generator, or data its checks missed. It names the data files the
// generated text came from, the ones that the offending line of generated
// source names if it can tell, and quotes the start of the cause only, not
// the generated source that jennifer appends to its errors.
func internalError(c *corpus, output string, err error) error {
	msg := err.Error()
	var src string
	if i := strings.Index(msg, " while formatting source:\n"); i >= 0 {
		msg, src = strings.TrimPrefix(msg[:i], "Error "), msg[i+len(" while formatting source:\n"):]
	}
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	if src != "" {
		msg = "it is not valid Go (" + msg + ")"
	}
	if len(msg) > maxInternalDetail {
		msg = msg[:maxInternalDetail] + "…"
	}
	var paths []string
	if line := errorLine(strings.TrimPrefix(msg, "it is not valid Go (")); line > 0 && src != "" {
		lines := strings.Split(src, "\n")
		lo, hi := max(0, line-1-3), min(len(lines), line+3)
		near := strings.ToLower(strings.Join(lines[lo:hi], "\n"))
		for _, d := range c.Docs {
			if strings.Contains(near, strings.ToLower(d.ID)) {
				paths = append(paths, d.Path)
			}
		}
	}
	if len(paths) == 0 {
		for _, d := range c.Docs {
			paths = append(paths, d.Path)
		}
	}
	return fmt.Errorf("internal error in the generated %s: %s\n\tthe data it came from: %s\n\tthis is a bug of the generator, or data its checks should have refused; please report it", output, msg, strings.Join(paths, ", "))
}

// errorLine returns the line of a "line:column: message" error, or 0.
func errorLine(msg string) int {
	head, _, ok := strings.Cut(msg, ":")
	if !ok {
		return 0
	}
	n, err := strconv.Atoi(head)
	if err != nil {
		return 0
	}
	return n
}
