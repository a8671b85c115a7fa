package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

func TestWorkingFileMention(t *testing.T) {
	names := []string{"A-70-174-para13", "document-facts"}
	tests := []struct{ s, want string }{
		// What names a file of the collection.
		{"the Toronto Chair's Report (seed 000), which names it", "seed 000"},
		{"the commentaries of seeds 001 and 004", "seeds 001"},
		{"Seed no. 3 says so", "Seed no. 3"},
		{"read from seeds/002_b4af27f0ae508450.txt", "seeds/002_b4af27f0ae508450.txt"},
		{"the seed 002_b4af27f0ae508450 copy", "002_b4af27f0ae508450"},
		{"from a copy of the resolution (sources/document-facts.txt)", "sources/document-facts.txt"},
		{"see ../shared/sources/Dinard-2019-paragraphs.txt", "../shared/sources/Dinard-2019-paragraphs.txt"},
		{"the header of the A/70/174 source file", "source file"},
		{"the source files agree", "source files"},
		{"as the source collection records", "source collection"},
		{"its French version is ParisCall2018.fr.txt.", "ParisCall2018.fr.txt"},
		{"the document-facts record", "document-facts"},
		{"as A-70-174-para13 records", "A-70-174-para13"},
		// What does not.
		{"the heading of a text copy (https://assets.documentcloud.org/documents/3758981/G7-Communique-0.txt)", ""},
		{"a page at https://example.org/sources/page.html", ""},
		{"github.com/ambanum/pariscall.international, file _includes/pages/texts/en/call/paris-call.md", ""},
		{"example.org/seeds/list.txt", ""},
		{"The English source begins this sentence on a new line", ""},
		{"the source's own dateline", ""},
		{"indexSeeds are the seeds of index's buckets.", ""},
		{"seed funding for 2019", ""},
		{"the report A/70/174, paragraph 13", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := workingFileMention(tt.s, names); got != tt.want {
			t.Errorf("workingFileMention(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// userFacingBase is a valid data file whose bookkeeping names files of the
// collection, and whose text says "Seed 2": neither is an error.
const userFacingBase = `id: Test2020
title: Test Declaration
short: Test 2020
kind: declaration
extent: full
publisher: Example Publisher
read-from: the publisher's web page
url: https://example.org/test.txt
  observed: https://example.org/list "Test Declaration"
source: sources/Test-2020-text.txt
  sha256: 0000000000000000000000000000000000000000000000000000000000000000
cross-check: seeds/000_90451483d41a2c24.txt
  sha256: 0000000000000000000000000000000000000000000000000000000000000000
  ends: "We agree."
note: The copy is complete.
heading: "Seed 2 of the plan"
break: "We agree:"
  status: inferred
  why: The sentence begins the list.
correction: The copy lost a space.
  from: "We meet.We"
  to: "We meet. We"
list: norm
  style: run-in
  chapeau: "We agree:"
  count: 2
item: 1
  title: Agree
item: 2
  title: Act
link: cites Other2019
  basis: A fictional page.
---
Seed 2 of the plan

We meet.We agree: 1. Agree. 2. Act.

[[the copy ends here]]
`

// TestUserFacingFields breaks one user-visible field of a data file at a
// time by naming a file of the collection in it, and checks that the build
// fails naming the field's line.
func TestUserFacingFields(t *testing.T) {
	if _, err := buildText(t, "Test2020.txt", userFacingBase); err != nil {
		t.Fatalf("the base file fails: %v", err)
	}
	tests := []struct {
		name, old, new string
		want           string // file:line: field and mention
	}{
		{"read-from names a seed", "read-from: the publisher's web page", "read-from: the publisher's web page (seed 002)",
			`data/Test2020.txt:7: "read-from:" names "seed 002"`},
		{"publisher names a source file", "publisher: Example Publisher", "publisher: Example Publisher, in the source file",
			`data/Test2020.txt:6: "publisher:" names "source file"`},
		{"title names a path", "title: Test Declaration", "title: Test Declaration (sources/Test-2020-text.txt)",
			`data/Test2020.txt:2: "title:" names "sources/Test-2020-text.txt"`},
		{"observed names the record", `  observed: https://example.org/list "Test Declaration"`, `  observed: sources/document-facts.txt, "Test Declaration"`,
			`data/Test2020.txt:9: the "observed:" of "url:" names "sources/document-facts.txt"`},
		{"note names seeds", "note: The copy is complete.", "note: The copy is complete (seeds 001 and 004).",
			`data/Test2020.txt:15: "note:" names "seeds 001"`},
		{"note names a source by its name", "note: The copy is complete.", "note: The copy is complete, as Test-2020-text says.",
			`data/Test2020.txt:15: "note:" names "Test-2020-text"`},
		{"break reason names a file", "  why: The sentence begins the list.", "  why: The sentence begins the list in seed.txt.",
			`data/Test2020.txt:19: the "why:" of "break:" names "seed.txt"`},
		{"correction reason names a seed file", "correction: The copy lost a space.", "correction: 000_90451483d41a2c24 lost a space.",
			`data/Test2020.txt:20: "correction:" names "000_90451483d41a2c24"`},
		{"item title names a seed", "  title: Act", "  title: Act (seed 4)",
			`data/Test2020.txt:30: the "title:" of "item:" names "seed 4"`},
		{"link basis names seeds", "  basis: A fictional page.", "  basis: Both commentaries (seeds 001 and 004).",
			`data/Test2020.txt:32: the "basis:" of "link:" names "seeds 001"`},
		{"editorial marker names a seed", "[[the copy ends here]]", "[[seed 003 ends here]]",
			`data/Test2020.txt:38: the editorial marker names "seed 003"`},
		{"quoted string value", "read-from: the publisher's web page", `read-from: "the page\nin sources/x.txt"`,
			`data/Test2020.txt:7: "read-from:" names "sources/x.txt"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(userFacingBase, tt.old) {
				t.Fatalf("test setup: the base file does not contain %q", tt.old)
			}
			_, err := buildText(t, "Test2020.txt", strings.Replace(userFacingBase, tt.old, tt.new, 1))
			if err == nil {
				t.Fatalf("no error, want %s", tt.want)
			}
			got := err.Error()
			if !strings.Contains(got, tt.want+", a file of the maintainers' source collection") ||
				!strings.Contains(got, "name the published copy that was read instead") {
				t.Errorf("error\n\t%s\ndoes not report\n\t%s", got, tt.want)
			}
			if n := strings.Count(got, "\n") + 1; n != 1 {
				t.Errorf("%d errors, want 1:\n%s", n, got)
			}
		})
	}
}

// TestUserFacingVerbatim checks that the fields quoting the document's own
// words, and the bookkeeping entries, are not held to the rule: a document
// may say "seed 2", and "source:" names a file of the collection.
func TestUserFacingVerbatim(t *testing.T) {
	text := strings.Replace(userFacingBase, "link: cites Other2019\n  basis: A fictional page.", `link: cites Other2019
  at: "Seed 2 of"
omitted: "seed 003 sources/logo.txt"
  why: A logo.`, 1)
	if _, err := buildText(t, "Test2020.txt", text); err != nil {
		t.Errorf("document text that mentions a seed is rejected: %v", err)
	}
}

// TestUserFacingGenerate checks the rule through Generate: the error names
// file and line, and no file is generated.
func TestUserFacingGenerate(t *testing.T) {
	files := readCorpus(t)
	replace(t, files, "Alpha2020.txt", "note: The final marks are unverified.", "note: The final marks are unverified (seed 002).")
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys["data/"+name] = &fstest.MapFile{Data: []byte(text)}
	}
	out, err := Generate(fsys)
	if err == nil || out != nil {
		t.Fatalf("Generate = %d files, %v; want an error and no files", len(out), err)
	}
	if want := `data/Alpha2020.txt:15: "note:" names "seed 002"`; !strings.Contains(err.Error(), want) {
		t.Errorf("error\n\t%v\ndoes not report\n\t%s", err, want)
	}
}

// generatedDataFile is the one path the generated files may hold: the
// repository's own data file, in a document's provenance (DataFile).
var generatedDataFile = regexp.MustCompile(`^data/[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z]{2,3}(-[A-Za-z0-9]+)*)?\.txt$`)

// workingFileMentions lists, as "file:line: text", every string literal and
// comment of a Go source that names a file of the maintainers' working
// collection.
func workingFileMentions(filename string, src []byte, names []string) ([]string, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filename, src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	var found []string
	check := func(pos token.Pos, s string) {
		if m := workingFileMention(s, names); m != "" {
			found = append(found, fmt.Sprintf("%s: %q in %q", fset.Position(pos), m, abbreviate(s, 120)))
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return true
		}
		s, err := strconv.Unquote(lit.Value)
		if err != nil || generatedDataFile.MatchString(s) {
			return true
		}
		check(lit.Pos(), s)
		return true
	})
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			check(c.Pos(), c.Text)
		}
	}
	return found, nil
}

func TestWorkingFileMentions(t *testing.T) {
	src := `package p

// From seeds/002_b4af27f0ae508450.txt.
var a = "read from the A/70/174 source file"
var b = "data/Lucca2017.txt"
var c = "data/ParisCall2018.fr.txt"
var d = ` + "`see https://example.org/a.txt`" + `
// indexSeeds are the seeds of index's buckets.
var e = [...]string{"x", "as document-facts records"}
`
	got, err := workingFileMentions("p.go", []byte(src), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"p.go:4:9", "p.go:9:26", "p.go:3:1"}
	if len(got) != len(want) {
		t.Fatalf("found %d mentions, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]+": ") {
			t.Errorf("mention %d = %s, want at %s", i, got[i], want[i])
		}
	}
}

// TestGeneratedFilesNameNoWorkingFile checks the committed generated files,
// what users compile: no value or comment names a file of the maintainers'
// working collection. The names looked for include every collection file
// the data files' "source:" and "cross-check:" entries give.
func TestGeneratedFilesNameNoWorkingFile(t *testing.T) {
	entries, err := os.ReadDir(filepath.Join("..", "data"))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var names []string
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		p := "data/" + e.Name()
		f, err := parseFile(p, mustRead(t, filepath.Join("..", filepath.FromSlash(p))))
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range collectionNames(f) {
			if !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
	}
	if len(names) == 0 {
		t.Fatal("the data files name no collection file: the test would look for nothing but the patterns")
	}
	for _, p := range []string{normsFile, declarationsFile, citeFile} {
		found, err := workingFileMentions(p, mustRead(t, filepath.Join("..", filepath.FromSlash(p))), names)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range found {
			t.Errorf("%s", m)
		}
	}
}
