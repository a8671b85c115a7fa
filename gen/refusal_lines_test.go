package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// fileLevelRefusals are the functions whose refusals name a data file
// without a line, and why: they are about the file as a whole, where no
// line can be named.
var fileLevelRefusals = map[string]string{
	"readDataFile":  "the file's type (a link, a pipe, a device) and size, and failures to open or read it",
	"readDocuments": "a file in data/ that is not named <id>.txt",
	"checkEncoding": "an empty file, which has no line",
}

// TestRefusalsNameALine reads the generator's source and checks that no
// refusal passes line 0 (no line) to errorf, a builder's errorf, or
// checkVersion's bad, outside the functions of fileLevelRefusals; and that
// each of those still has such a refusal, so that the list cannot go stale.
// The refusals whose line is looked up (an entry's, an attribute's, the
// header's end) are held to a line by TestRefusalLines and by the fuzz
// targets, which fail on an error without a line.
func TestRefusalsNameALine(t *testing.T) {
	paths, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	calls := 0
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				var line ast.Expr
				switch fun := call.Fun.(type) {
				case *ast.Ident:
					switch {
					case fun.Name == "errorf" && len(call.Args) >= 2:
						line = call.Args[1]
					case fun.Name == "bad" && len(call.Args) >= 1:
						line = call.Args[0]
					}
				case *ast.SelectorExpr:
					if fun.Sel.Name == "errorf" && len(call.Args) >= 1 {
						line = call.Args[0]
					}
				}
				if line == nil {
					return true
				}
				calls++
				if lit, ok := line.(*ast.BasicLit); ok && lit.Kind == token.INT && lit.Value == "0" {
					if _, ok := fileLevelRefusals[fn.Name.Name]; ok {
						used[fn.Name.Name] = true
					} else {
						t.Errorf("%s: %s refuses with line 0, naming the file without a line", fset.Position(call.Pos()), fn.Name.Name)
					}
				}
				return true
			})
		}
	}
	if calls < 100 {
		t.Errorf("found %d refusals; the test no longer finds the error constructors", calls)
	}
	for name, why := range fileLevelRefusals {
		if !used[name] {
			t.Errorf("%s no longer refuses without a line (%s): remove it from fileLevelRefusals", name, why)
		}
	}
}

// TestRefusalLines triggers each refusal whose line is looked up rather
// than written, where a missing entry or attribute once gave no line, and
// checks the line it names.
func TestRefusalLines(t *testing.T) {
	const doc = `id: Call2018
title: T
short: S
kind: declaration
date: 2018
extent: full
source: s
  sha256: 0000000000000000000000000000000000000000000000000000000000000000
---
Text.
`
	tests := []struct {
		name, old, new, want string
	}{
		{"a required key missing", "title: T\n", "", `data/Call2018.txt:8: missing required key "title": add a "title:" line to the header, which ends here`},
		{"a required key missing, no body", "title: T\n", "", ""}, // below
		{"a body missing", "---\nText.\n", "", `data/Call2018.txt:6: extent "full" needs a body: the text, after a "---" line`},
		{"a checksum missing", "  sha256: 0000000000000000000000000000000000000000000000000000000000000000\n", "", `data/Call2018.txt:7: "source" needs an indented "sha256:" attribute`},
		{"a checksum missing, its form", "  sha256: 0000000000000000000000000000000000000000000000000000000000000000\n", "", `data/Call2018.txt:7: sha256 "" is not 64 lower-case hex digits`},
		{"a break's status missing", "source: s\n", "break: \"Text.\"\n  why: w\nsource: s\n", `data/Call2018.txt:7: "break" needs an indented "status:" attribute`},
		{"a break's status missing, its value", "source: s\n", "break: \"Text.\"\n  why: w\nsource: s\n", `data/Call2018.txt:7: unknown status ""; want one of published, inferred`},
		{"a list's style missing", "source: s\n", "list: norm\n  count: 1\nsource: s\n", `data/Call2018.txt:7: unknown style ""; want one of dash, bullet, lettered, run-in, sentence, paragraph`},
		{"a list's count missing", "source: s\n", "list: norm\n  style: dash\nsource: s\n", `data/Call2018.txt:7: count "" is not a positive whole number`},
		{"a correction's from missing", "source: s\n", "correction: c\n  to: x\nsource: s\n", `data/Call2018.txt:7: "from:" is empty: quote the source text the correction replaces`},
		{"a correction's to missing", "source: s\n", "correction: c\n  from: Text.\nsource: s\n", `data/Call2018.txt:7: "correction" needs an indented "to:" attribute`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(doc, tt.old) {
				t.Fatalf("test setup: %q not in the file", tt.old)
			}
			text := strings.Replace(doc, tt.old, tt.new, 1)
			if tt.want == "" {
				// A metadata-only document: the header ends at the last
				// line, 7.
				text = strings.Replace(strings.Replace(text, "extent: full", "extent: metadata-only", 1), "---\nText.\n", "", 1)
				tt.want = `data/Call2018.txt:7: missing required key "title": add a "title:" line to the header, which ends here`
			}
			_, err := buildText(t, "Call2018.txt", text)
			if err == nil || !slices.Contains(strings.Split(err.Error(), "\n"), tt.want) {
				t.Errorf("got %v\nwant the line %s", err, tt.want)
			}
		})
	}
	// A language version without the primary's list names the end of its
	// header, line 7.
	v := strings.Replace(bulletCallFr, "list: principle\n  style: bullet\n  count: 2\n  unit: principe\n  labels: inferred\n  labels-why: La source imprime des puces.\n", "", 1)
	v = strings.Replace(v, "- d’empêcher le mal ;\n", "- d’empêcher le mal ;\n\n", 1)
	if v == bulletCallFr || !strings.Contains(v, "heading: \"Paris, le 12 novembre 2018\"\n---\n") {
		t.Fatal("test setup: the version's list is not where it was")
	}
	_, err := versionCorpus(t, bulletCall, v)
	want := `data/Call2018.fr.txt:7: no list, but data/Call2018.txt has one: language versions share their list; add its "list:" entry to this header, which ends here`
	if err == nil || !slices.Contains(strings.Split(err.Error(), "\n"), want) {
		t.Errorf("a version without a list: got %v\nwant the line %s", err, want)
	}
}

// TestLinksInTimeOrder: a document cannot restate, recall, reaffirm,
// endorse or build on a text dated after it, as far as both dates are
// known; it may cite one.
func TestLinksInTimeOrder(t *testing.T) {
	later := `id: Later2019
title: L
short: L
kind: report
date: %s
extent: full
list: norm
  style: dash
  count: 1
item: 1
  title: No theft
---
- 1. No country should steal trade secrets of companies.
`
	earlier := `id: Earlier2018
title: E
short: E
kind: declaration
date: %s
extent: full
link: %s Later2019
  at: "We restate"
list: norm
  style: dash
  count: 1
item: 1
  %s: Later2019/1
---
We restate:

- 1. No country should steal trade secrets of companies.
`
	run := func(t *testing.T, laterDate, earlierDate, rel, itemRel string) error {
		t.Helper()
		a, err := buildText(t, "Later2019.txt", strings.Replace(later, "%s", laterDate, 1))
		if err != nil {
			t.Fatal(err)
		}
		e := strings.NewReplacer("date: %s", "date: "+earlierDate, "link: %s", "link: "+rel, "  %s:", "  "+itemRel+":").Replace(earlier)
		if itemRel == "takes-up" {
			e = strings.Replace(e, "  takes-up: Later2019/1\n", "  title: T\n  takes-up: Later2019/1\n  shared: \"steal trade secrets\"\n  differs: d\n", 1)
			e = strings.Replace(e, "- 1. No country should steal trade secrets of companies.", "- 1. Nobody should steal trade secrets.", 1)
			e = strings.Replace(e, "  at: \"We restate\"\n", "  at: \"We restate\"\n  note: n\n", 1)
		}
		b, err := buildText(t, "Earlier2018.txt", e)
		if err != nil {
			t.Fatal(err)
		}
		c, err := newCorpus([]*document{a, b})
		if err != nil {
			t.Fatal(err)
		}
		return c.validate()
	}
	refused := func(rel, verb, target, doc string) string {
		return "data/Earlier2018.txt:7: link " + rel + " Later2019: Later2019 is dated " + target + ", after this document (" + doc + "), and a document can only " + verb + ` a text that came before it; check both dates and the relation ("cites" may name a later text)`
	}
	for _, tt := range []struct {
		name, later, earlier, rel, itemRel string
		want                               []string // the lines of the error, nil for none
	}{
		{"builds on a later text", "2019", "2018", "builds-on", "restates", []string{
			refused("builds-on", "build on", "2019", "2018"),
			"data/Earlier2018.txt:12: item 1 restates Later2019/1, of a document dated 2019, after this document (2018): a text can only restate one that came before it; check both dates",
		}},
		{"restates a later text", "2019-01", "2018-12-31", "restates", "restates", []string{
			refused("restates", "restate", "2019-01", "2018-12-31"),
			"data/Earlier2018.txt:12: item 1 restates Later2019/1, of a document dated 2019-01, after this document (2018-12-31): a text can only restate one that came before it; check both dates",
		}},
		{"recalls a later text", "2018-05-02", "2018-05-01", "recalls", "restates", []string{
			refused("recalls", "recall", "2018-05-02", "2018-05-01"),
			"data/Earlier2018.txt:12: item 1 restates Later2019/1, of a document dated 2018-05-02, after this document (2018-05-01): a text can only restate one that came before it; check both dates",
		}},
		{"reaffirms a later text", "2018-06", "2018-05-31", "reaffirms", "restates", []string{
			refused("reaffirms", "reaffirm", "2018-06", "2018-05-31"),
			"data/Earlier2018.txt:12: item 1 restates Later2019/1, of a document dated 2018-06, after this document (2018-05-31): a text can only restate one that came before it; check both dates",
		}},
		{"endorses a later text, takes up its words", "2019", "2018", "endorses", "takes-up", []string{
			refused("endorses", "endorse", "2019", "2018"),
			"data/Earlier2018.txt:13: item 1 takes up Later2019/1: its document is dated 2019, after this document (2018), and a text can only take up words that came before it; check both dates",
			`data/Earlier2018.txt:13: item 1 takes up Later2019/1: the document has no "link: builds-on Later2019" with a "note:" on how the words differ`,
		}},
		{"takes up the words of a later text", "2019", "2018", "builds-on", "takes-up", []string{
			refused("builds-on", "build on", "2019", "2018"),
			"data/Earlier2018.txt:13: item 1 takes up Later2019/1: its document is dated 2019, after this document (2018), and a text can only take up words that came before it; check both dates",
		}},
		{"cites a later text", "2019", "2018", "cites", "title", nil},
		{"the same day", "2018-05-01", "2018-05-01", "builds-on", "restates", nil},
		{"the same year, the months unknown", "2018", "2018", "builds-on", "restates", nil},
		{"the same year, one month unknown", "2018-11", "2018", "builds-on", "restates", nil},
		{"the same month, one day unknown", "2018-11-30", "2018-11", "restates", "restates", nil},
		{"an earlier text", "2017-12-31", "2018-01", "builds-on", "restates", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := run(t, tt.later, tt.earlier, tt.rel, tt.itemRel)
			switch {
			case tt.want == nil && err != nil:
				t.Errorf("refused: %v", err)
			case tt.want != nil && (err == nil || err.Error() != strings.Join(tt.want, "\n")):
				t.Errorf("got %v\nwant %s", err, strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestRealLinksInTimeOrder checks the rule against the corpus: every
// time-ordered link of data/ points to a document dated before its own, or
// whose date is not known far enough to tell, and there are such links to
// check.
func TestRealLinksInTimeOrder(t *testing.T) {
	docs, err := readDocuments(treeFS(".."))
	if err != nil {
		t.Fatal(err)
	}
	c, err := newCorpus(docs)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.validate(); err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, d := range c.Docs {
		for _, ln := range d.Links {
			if timeOrdered[ln.Rel] != "" && d.Date.Year != 0 && c.byID[ln.Target].Date.Year != 0 {
				checked++
			}
		}
	}
	if checked < 10 {
		t.Errorf("%d dated time-ordered links in the corpus, want at least 10", checked)
	}
}
