package main

import (
	"bytes"
	"go/format"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
)

// TestFormatPieces checks formatSource against format.Source with a piece at
// every place cutFile may cut: on every Go file of the repository (the
// generated ones among them), on each with every line break doubled (an
// empty line between any two lines, so that every declaration may start a
// piece) and with the empty lines removed (so that none may), and on the
// generator's output, which must stay the committed files and the golden
// ones.
func TestFormatPieces(t *testing.T) {
	defer func(n int) { formatChunk = n }(formatChunk)
	formatChunk = 1

	fsys := os.DirFS("..")
	srcs := map[string][]byte{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") && p != "." {
			return fs.SkipDir
		}
		if !d.IsDir() && path.Ext(p) == ".go" {
			src, err := fs.ReadFile(fsys, p)
			if err != nil {
				return err
			}
			srcs[p] = src
			srcs[p+" (line breaks doubled)"] = bytes.ReplaceAll(src, []byte("\n"), []byte("\n\n"))
			for bytes.Contains(src, []byte("\n\n")) {
				src = bytes.ReplaceAll(src, []byte("\n\n"), []byte("\n"))
			}
			srcs[p+" (no empty lines)"] = src
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	pieces := 0
	for _, p := range mapKeys(srcs) {
		want, werr := format.Source(srcs[p])
		got, gerr := formatSource(srcs[p], formatChunk)
		if (werr != nil) != (gerr != nil) {
			t.Errorf("%s: format.Source's error %v, formatSource's %v", p, werr, gerr)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: formatSource differs from format.Source", p)
		}
		if werr == nil {
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, "", srcs[p], parser.ParseComments|parser.SkipObjectResolution)
			if err == nil {
				pieces += len(cutFile(fset, f, formatChunk)) - 1
			}
		}
	}
	if pieces < 1000 {
		t.Errorf("%d cuts in all the files; the test cuts at too few places to tell", pieces)
	}

	for _, tree := range []string{"..", filepath.Join("testdata", "corpus")} {
		files, err := Generate(os.DirFS(tree))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range mapKeys(files) {
			want := filepath.Join(tree, filepath.FromSlash(p))
			if tree != ".." {
				want = filepath.Join("testdata", "golden", strings.ReplaceAll(p, "/", "_")+".golden")
			}
			if old, err := os.ReadFile(want); err != nil || !bytes.Equal(old, files[p]) {
				t.Errorf("%s: formatted in pieces, the output is not %s", p, want)
			}
		}
	}
}
