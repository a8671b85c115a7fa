package main

import (
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// FuzzBuildDocument runs the first two steps of the generator, parseFile and
// buildDocument, on arbitrary data files. It checks that they never panic;
// that every error, and every line of a joined error, names the file and a
// line within the file (only an empty file, which has no line, is named
// alone); that on success every block and every list item is a piece of the
// document's corrected text, at the offset recorded for it; and that, when
// the file's own characters pass checkCharacters, so do those of the
// corrected text, into which corrections put their decoded "to:" values.
//
// The seeds are the real data files, the fictional test corpus, and a
// document whose correction's "to:" escapes each class of refused
// character. The file is named after the id its data declares, as the
// generator requires, so that mutations of the body get past the header
// checks.
func FuzzBuildDocument(f *testing.F) {
	for _, dir := range []string{"../data", "testdata/corpus/data"} {
		paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			f.Fatal(err)
		}
		if len(paths) == 0 {
			f.Fatalf("no seed data files in %s", dir)
		}
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	for _, esc := range escapeSeeds { // parse_test.go
		f.Add([]byte("id: Beta2021\ntitle: T\nshort: S\nkind: declaration\nextent: full\n" +
			"correction: c\n  from: \"- States should\"\n  to: \"- 2. States" + esc + " should\"\n---\n- States should protect.\n"))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		path := "data/" + declaredID(data) + ".txt"
		pf, err := parseFile(path, data)
		if err != nil {
			checkErrorLines(t, path, data, err)
			return
		}
		d, err := buildDocument(pf)
		if err != nil {
			checkErrorLines(t, path, data, err)
			return
		}
		if d == nil {
			t.Fatal("buildDocument returned neither a document nor an error")
		}
		lines := fileLines(data)
		if checkCharacters(path, data) == nil {
			checkDecodedValue(t, "the corrected text", d.Text) // parse_test.go
		}
		for i, blk := range d.Blocks {
			if !strings.Contains(d.Text, blk.Text) {
				t.Fatalf("block %d %q is not in the corrected text %q", i, blk.Text, d.Text)
			}
			if blk.Start < 0 || blk.Start+len(blk.Text) > len(d.Text) || d.Text[blk.Start:blk.Start+len(blk.Text)] != blk.Text {
				t.Fatalf("block %d %q is not at its recorded offset %d of the corrected text %q", i, blk.Text, blk.Start, d.Text)
			}
			if blk.Line < 1 || blk.Line > lines {
				t.Fatalf("block %d %q is at line %d of a file of %d lines", i, blk.Text, blk.Line, lines)
			}
		}
		for i, it := range d.Items {
			if !strings.Contains(d.Text, it.Text) {
				t.Fatalf("item %d (%s) %q is not in the corrected text %q", i, it.Label, it.Text, d.Text)
			}
			if it.Start < 0 || it.Start+len(it.Text) > len(d.Text) || d.Text[it.Start:it.Start+len(it.Text)] != it.Text {
				t.Fatalf("item %d (%s) %q is not at its recorded offset %d of the corrected text %q", i, it.Label, it.Text, it.Start, d.Text)
			}
			if it.Block < 0 || it.Block >= len(d.Blocks) || !strings.Contains(d.Blocks[it.Block].Text, it.Text) {
				t.Fatalf("item %d (%s) %q is not in the block %d it names", i, it.Label, it.Text, it.Block)
			}
		}
	})
}

// declaredID returns the id the data declares on an "id: " line, if it is
// an identifier, or "X".
func declaredID(data []byte) string {
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "id: "); ok && token.IsIdentifier(v) {
			return v
		}
	}
	return "X"
}

// fileLines returns the number of lines of a file: a last line without a
// final newline counts.
func fileLines(data []byte) int {
	n := strings.Count(string(data), "\n")
	if len(data) > 0 && data[len(data)-1] != '\n' {
		n++
	}
	return n
}

// checkErrorLines checks that each line of err's message is "path:N: msg"
// with N a line of the file, or "path: msg" for a file with no line.
func checkErrorLines(t *testing.T, path string, data []byte, err error) {
	t.Helper()
	msg := err.Error()
	if msg == "" {
		t.Fatal("empty error message")
	}
	lines := fileLines(data)
	for _, l := range strings.Split(msg, "\n") {
		rest, ok := strings.CutPrefix(l, path+":")
		if !ok {
			t.Fatalf("error line does not begin with the file name %q: %q\nwhole error:\n%s", path, l, msg)
		}
		if strings.HasPrefix(rest, " ") {
			if lines == 0 {
				continue // an empty file has no line to name
			}
			t.Fatalf("error names the file without a line: %q\nwhole error:\n%s", l, msg)
		}
		num, _, ok := strings.Cut(rest, ": ")
		n, convErr := strconv.Atoi(num)
		if !ok || convErr != nil {
			t.Fatalf("error line has neither a line number nor a message after the file name: %q\nwhole error:\n%s", l, msg)
		}
		if n < 1 || n > lines {
			t.Fatalf("error names line %d of a file of %d lines: %q\nwhole error:\n%s", n, lines, l, msg)
		}
	}
}
