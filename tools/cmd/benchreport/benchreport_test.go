package main

import (
	"encoding/json"
	"testing"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// TestMirror checks that the embedded-JSON design carries the whole corpus:
// the mirror types have every field of the real ones, and the JSON decodes
// back into as many norms and documents, with the same texts.
func TestMirror(t *testing.T) {
	if err := checkMirror(); err != nil {
		t.Fatal(err)
	}
	data, err := corpusJSON()
	if err != nil {
		t.Fatal(err)
	}
	var c Corpus
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	i := 0
	for n := range norms.All() {
		if i >= len(c.Norms) || c.Norms[i].ID != string(n.ID()) || c.Norms[i].Text != n.Text() {
			t.Fatalf("norm %d of the JSON is not %s", i, n.ID())
		}
		i++
	}
	if i != len(c.Norms) {
		t.Errorf("the JSON has %d norms, the corpus %d", len(c.Norms), i)
	}
	i = 0
	for d := range declarations.All() {
		if i >= len(c.Declarations) || c.Declarations[i].ID != string(d.ID()) || len(c.Declarations[i].Paragraphs) != d.NumParagraphs() {
			t.Fatalf("document %d of the JSON is not %s", i, d.ID())
		}
		i++
	}
	if i != len(c.Declarations) {
		t.Errorf("the JSON has %d documents, the corpus %d", len(c.Declarations), i)
	}
}

// TestMeasureTexts checks the raw-text sums the size ratios divide by.
func TestMeasureTexts(t *testing.T) {
	ts := measureTexts()
	if ts.Norm != len(norms.UNGGE2015[norms.F].Text()) || ts.Norm == 0 {
		t.Errorf("Norm = %d", ts.Norm)
	}
	if ts.DocParagraphs != declarations.Toronto2018.NumParagraphs() || ts.Doc <= ts.Norm {
		t.Errorf("Doc = %d over %d paragraphs", ts.Doc, ts.DocParagraphs)
	}
	if ts.CorpusDistinct > ts.Corpus || ts.Corpus < ts.Doc+ts.NormList {
		t.Errorf("Corpus = %d, CorpusDistinct = %d", ts.Corpus, ts.CorpusDistinct)
	}
}

func TestInitRE(t *testing.T) {
	m := initRE.FindStringSubmatch("init github.com/cybernorms/cybernorms/norms @1.2 ms, 0.004 ms clock, 48 bytes, 2 allocs")
	if m == nil || m[1] != "github.com/cybernorms/cybernorms/norms" || m[3] != "48" || m[4] != "2" {
		t.Errorf("initRE match = %q", m)
	}
	if initRE.MatchString("init norms: garbage") {
		t.Error("initRE matches a line that is not a trace")
	}
}

func TestFormatting(t *testing.T) {
	for _, tt := range []struct{ got, want string }{
		{ratio(3, 2), "1.50×"},
		{ratio(1, 0), "∞"},
		{ratio(0, 0), "—"},
		{kb(9999), "9999 B"},
		{kb(20480), "20.0 KiB"},
		{kb(-20480), "-20.0 KiB"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	if m := median([]int64{5, 1, 3, 2}); m != 2 {
		t.Errorf("median = %d, want 2 (the lower middle)", m)
	}
	if m := median([]int64(nil)); m != 0 {
		t.Errorf("median of nothing = %d", m)
	}
}
