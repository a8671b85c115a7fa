package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// realCorpus reads, builds and validates the corpus of data/, with its
// cross-walk.
func realCorpus(t testing.TB) *corpus {
	t.Helper()
	docs, err := readDocuments(os.DirFS(".."))
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
	if err := c.crossWalk(); err != nil {
		t.Fatal(err)
	}
	return c
}

// A match is a pairwise maximal match of words between two paragraphs of
// different documents: unit u and unit v, from word a and word b, n words.
type match struct{ u, a, v, b, n int }

// bruteMatches finds, by comparing every word of every paragraph with every
// word of every paragraph of another document, every pairwise maximal match
// of at least minSharedWords words, with u < v.
func bruteMatches(sw *sharedWording) []match {
	var out []match
	for u := range sw.units {
		for v := u + 1; v < len(sw.units); v++ {
			x, y := &sw.units[u], &sw.units[v]
			if x.id == y.id {
				continue
			}
			for a := range x.words {
				for b := range y.words {
					if x.words[a] != y.words[b] || a > 0 && b > 0 && x.words[a-1] == y.words[b-1] {
						continue // not the start of a match, or not left-maximal
					}
					n := 0
					for a+n < len(x.words) && b+n < len(y.words) && x.words[a+n] == y.words[b+n] {
						n++
					}
					if n >= minSharedWords {
						out = append(out, match{u, a, v, b, n})
					}
				}
			}
		}
	}
	return out
}

// computedMatches lists the pairs of passages of different documents for
// which a computed run is the pairwise maximal match: what
// Paragraph.SharedWording yields, once per pair, with u < v.
func computedMatches(sw *sharedWording) []match {
	var out []match
	for _, r := range sw.Runs {
		for i, p := range r.Passages {
			for _, q := range r.Passages[i+1:] {
				if sw.units[p.unit].id == sw.units[q.unit].id || p.Left == q.Left || p.Right == q.Right {
					continue
				}
				m := match{p.unit, p.First, q.unit, q.First, r.Words}
				if m.u > m.v {
					m = match{q.unit, q.First, p.unit, p.First, r.Words}
				}
				out = append(out, m)
			}
		}
	}
	return out
}

func sortMatches(ms []match) {
	slices.SortFunc(ms, func(x, y match) int {
		for _, d := range [...]int{x.u - y.u, x.a - y.a, x.v - y.v, x.b - y.b, x.n - y.n} {
			if d != 0 {
				return d
			}
		}
		return 0
	})
}

// checkAgainstBrute compares the computed shared wording with the brute
// force: the same pairwise maximal matches, each computed run recorded once,
// and its passages every place of the corpus that holds its words.
func checkAgainstBrute(t *testing.T, sw *sharedWording) {
	t.Helper()
	want, got := bruteMatches(sw), computedMatches(sw)
	sortMatches(want)
	sortMatches(got)
	if !slices.Equal(got, want) {
		t.Errorf("the computed runs give %d pairwise maximal matches, the brute force %d", len(got), len(want))
		for i := range max(len(got), len(want)) {
			var g, w match
			if i < len(got) {
				g = got[i]
			}
			if i < len(want) {
				w = want[i]
			}
			if g != w {
				t.Errorf("first difference: computed %+v, brute force %+v", g, w)
				break
			}
		}
	}
	seen := map[string]bool{}
	for _, r := range sw.Runs {
		p := r.Passages[0]
		key := fmt.Sprint(sw.units[p.unit].words[p.First : p.First+r.Words])
		if seen[key] {
			t.Errorf("a run is recorded twice: %v", r)
		}
		seen[key] = true
		// Every place of the corpus that holds the words is a passage.
		want := 0
		for u := range sw.units {
			ws := sw.units[u].words
			for i := 0; i+r.Words <= len(ws); i++ {
				if fmt.Sprint(ws[i:i+r.Words]) == key {
					want++
				}
			}
		}
		if want != len(r.Passages) {
			t.Errorf("%v: %d passages, but %d places hold its words", r, len(r.Passages), want)
		}
	}
}

// TestSharedWordingBruteForce checks the shared wording of the real corpus
// against a brute-force comparison of every pair of paragraphs.
func TestSharedWordingBruteForce(t *testing.T) {
	c := realCorpus(t)
	if len(c.shared.Runs) == 0 {
		t.Fatal("no shared wording in the corpus")
	}
	checkAgainstBrute(t, c.shared)
}

// TestSharedWordingRandom checks the computation against the brute force on
// random texts of a small vocabulary, where runs overlap, repeat within a
// document and are shared by many documents at once.
func TestSharedWordingRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(22, 1))
	vocab := strings.Fields("a b c d e f")
	for trial := range 60 {
		// A few source sentences, copied with mutations into documents.
		var stock []string
		for range 4 {
			var ws []string
			for range 10 + rng.IntN(20) {
				ws = append(ws, vocab[rng.IntN(len(vocab))])
			}
			stock = append(stock, strings.Join(ws, " "))
		}
		c := &corpus{byID: map[string]*document{}}
		for d := range 2 + rng.IntN(5) {
			doc := &document{ID: fmt.Sprintf("D%d", d), Lang: "en"}
			for range 1 + rng.IntN(4) {
				ws := strings.Fields(stock[rng.IntN(len(stock))])
				for k := range ws {
					if rng.IntN(12) == 0 {
						ws[k] = vocab[rng.IntN(len(vocab))]
					}
				}
				lo := rng.IntN(len(ws) / 3)
				hi := len(ws) - rng.IntN(len(ws)/3)
				doc.Blocks = append(doc.Blocks, block{Kind: "text", Text: strings.Join(ws[lo:hi], " ")})
			}
			if rng.IntN(3) == 0 && d > 0 {
				// A language version of the previous document: the same
				// document, never compared with it.
				prev := c.Docs[len(c.Docs)-1]
				v := &document{ID: prev.ID, Lang: "fr", Version: true, Primary: prev, Blocks: doc.Blocks}
				prev.Versions = append(prev.Versions, v)
				continue
			}
			c.Docs = append(c.Docs, doc)
			c.byID[doc.ID] = doc
		}
		sw := computeShared(c)
		t.Run(fmt.Sprint(trial), func(t *testing.T) { checkAgainstBrute(t, sw) })
	}
}

// TestSharedWordingLucca checks the reuse the field knows: the Toronto 2018
// chair's report and the Paris Call take up the human-rights wording of the
// Lucca Declaration ("the same rights that people have offline must also be
// protected online ... the applicability of international human rights law
// in cyberspace").
func TestSharedWordingLucca(t *testing.T) {
	c := realCorpus(t)
	lucca := c.byID["Lucca2017"]
	block := slices.IndexFunc(lucca.Blocks, func(b block) bool {
		return strings.Contains(b.Text, "the same rights that people have offline must also be protected online")
	})
	if block < 0 {
		t.Fatal("the Lucca Declaration has no paragraph on the same rights online")
	}
	with := map[string][]string{}
	for _, r := range c.shared.Runs {
		var here *sharedPassage
		for i := range r.Passages {
			if p := &r.Passages[i]; p.Doc == lucca && p.Block == block {
				here = p
			}
		}
		if here == nil {
			continue
		}
		for _, p := range r.Passages {
			if p.Doc.ID != "Lucca2017" && p.Left != here.Left && p.Right != here.Right {
				with[p.Doc.ID] = append(with[p.Doc.ID], p.text())
			}
		}
	}
	for _, want := range []struct{ doc, words string }{
		{"Toronto2018", "that the same rights that people have offline must also be protected online and"},
		{"Toronto2018", "the applicability of international human rights law in cyberspace, including the UN Charter, customary international law and relevant treaties"},
		{"ParisCall2018", "reaffirm that the same rights that people have offline must also be protected online, and"},
		{"ParisCall2018", "reaffirm the applicability of international human rights law in cyberspace"},
	} {
		if !slices.Contains(with[want.doc], want.words) {
			t.Errorf("the Lucca Declaration's paragraph on human rights online does not share %q with %s; it shares %q", want.words, want.doc, with[want.doc])
		}
	}
}

// TestSharedWordingRefusals checks that the generator refuses, naming the
// item's line, a restatement or a take-up that the computed shared wording
// does not bear out. The checks of the texts that run before it (sameWords,
// checkTakesUp) already prove the words the same, so that only a wrong
// computation can fail it: the test takes the runs away.
func TestSharedWordingRefusals(t *testing.T) {
	c := realCorpus(t)
	sw := computeShared(c)
	sw.Runs = nil
	sw.sort()
	err := c.checkShared(sw)
	if err == nil {
		t.Fatal("no refusal without the runs")
	}
	for _, want := range []string{
		"data/Lucca2017.txt:38: item 6 restates UNGGE2015/13f, but the shared wording computed from the texts holds no run of all its 38 words in both",
		"data/Lucca2017.txt:50: item 12 restates G20Antalya2015/26, but",
		"takes up G20Antalya2015/26: the shared wording computed from the texts holds no run with the 25 shared words",
		"takes up UNGGE2015/13i: the shared wording computed from the texts holds no run with the 8 shared words",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the refusals do not say %q:\n%v", want, err)
		}
	}
	if c.checkShared(computeShared(c)) != nil {
		t.Error("the computed runs are refused")
	}
}

// TestThemeFile checks the vocabulary's refusals, each at its line.
func TestThemeFile(t *testing.T) {
	if v, err := themeVocabulary(); err != nil || len(v) < 14 || len(v) > 20 {
		t.Fatalf("the vocabulary has %d themes (%v); the cross-walk is meant to hold 14 to 20", len(v), err)
	}
	good := "theme: a-b\n  name: A b\n  definition: The a of b.\n"
	for _, tt := range []struct{ text, want string }{
		{good + "theme: a-b\n  name: C\n  definition: D.\n", `t.txt:4: theme "a-b" given twice (first at line 1)`},
		{good + "theme: Ab\n  name: C\n  definition: D.\n", `t.txt:4: theme ID "Ab": want lower-case words`},
		{good + "theme: c\n  name: a  B\n  definition: D.\n", `t.txt:4: theme "c" has the name "a  B" of the theme at line 1`},
		{good + "theme: c\n  name: C\n", `t.txt:4: theme "c" needs an indented "name:" and "definition:"`},
		{good + "theme: c\n  nme: C\n  definition: D.\n", `t.txt:5: unknown attribute "nme" of a theme; did you mean "name"?`},
		{good + "item: c\n", `t.txt:4: unknown key "item"`},
		{"# nothing\n", `t.txt:1: the vocabulary of themes is empty`},
		{good + "theme: c\n  name: C\u202e\n  definition: D.\n", `t.txt:5: column 10: a bidirectional control`},
	} {
		_, err := parseThemes("t.txt", tt.text)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("parseThemes(%q) = %v, want %q", tt.text, err, tt.want)
		}
	}
}

// TestThemeRefusals breaks the themes of a data file one way at a time and
// checks the refusal, at its line.
func TestThemeRefusals(t *testing.T) {
	const doc = `id: Call2018
title: T
short: S
kind: declaration
date: 2018
extent: full
list: principle
  style: dash
  count: 2
item: 1
  title: One
  theme: supply-chain "the supply chain"
item: 2
  title: Two
  theme: cyber-hygiene "cyber hygiene"
---
- 1. Secure the supply chain of products.
- 2. Advance cyber hygiene for all actors.
`
	tests := []struct{ name, old, new, want string }{
		{"an unknown theme", "supply-chain \"the", "supply-chains \"the", `data/Call2018.txt:12: item 1: unknown theme "supply-chains"; did you mean "supply-chain"?`},
		{"words not in the text", `"the supply chain"`, `"the supply chains"`, `data/Call2018.txt:12: item 1: the words "the supply chains" of theme supply-chain are not words of its text`},
		{"part of a word", `"the supply chain"`, `"he supply chain"`, `data/Call2018.txt:12: item 1: the words "he supply chain" of theme supply-chain are not words of its text`},
		{"no words", `"the supply chain"`, `""`, `data/Call2018.txt:12: theme supply-chain: the justifying words are empty`},
		{"no quotes", `"the supply chain"`, `the supply chain`, `data/Call2018.txt:12: theme: want a theme ID and the norm's words that justify it, quoted`},
		{"a bad literal", `"the supply chain"`, `"the supply chain`, `data/Call2018.txt:12: the value of "theme" is not a valid Go string literal`},
		{"a control character", `"the supply chain"`, `"the\u0007supply chain"`, `data/Call2018.txt:12: column 27: the escape \u0007 in the quoted value of "theme" stands for`},
		{"a theme twice", "  theme: cyber-hygiene \"cyber hygiene\"\n", "  theme: cyber-hygiene \"cyber hygiene\"\n  theme: cyber-hygiene \"for all actors\"\n", `data/Call2018.txt:16: item 2: theme cyber-hygiene given twice (first at line 15)`},
		{"four themes", "  theme: cyber-hygiene \"cyber hygiene\"\n", "  theme: cyber-hygiene \"cyber hygiene\"\n  theme: cooperation \"for all actors\"\n  theme: elections \"Advance\"\n  theme: public-core \"all\"\n", `data/Call2018.txt:18: item 2 has 4 themes; give it at most 3`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(doc, tt.old) {
				t.Fatalf("test setup: %q not in the document", tt.old)
			}
			fsys := fstest.MapFS{"data/Call2018.txt": &fstest.MapFile{Data: []byte(strings.Replace(doc, tt.old, tt.new, 1))}}
			_, err := Generate(fsys)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v\nwant %q", err, tt.want)
			}
		})
	}
	fsys := fstest.MapFS{"data/Call2018.txt": &fstest.MapFile{Data: []byte(doc)}}
	if _, err := Generate(fsys); err != nil {
		t.Fatalf("the document itself: %v", err)
	}
}

// TestThemeInheritance checks that a restating item takes its original's
// themes, may not give its own, and must hold the justifying words; and that
// a language version may not give themes.
func TestThemeInheritance(t *testing.T) {
	const orig = `id: Orig2015
title: O
short: O
kind: report
date: 2015
extent: full
list: norm
  style: dash
  count: 1
item: 1
  title: One
  theme: supply-chain "the supply chain"
---
- 1. States should secure the supply chain of products.
`
	const restating = `id: Rest2016
title: R
short: R
kind: declaration
date: 2016
extent: full
list: norm
  style: dash
  count: 1
item: 1
  restates: Orig2015/1
---
- 1. States should secure the supply chain of products;
`
	c := func(files map[string]string) (map[string][]byte, error) {
		fsys := fstest.MapFS{}
		for n, s := range files {
			fsys["data/"+n] = &fstest.MapFile{Data: []byte(s)}
		}
		return Generate(fsys)
	}
	out, err := c(map[string]string{"Orig2015.txt": orig, "Rest2016.txt": restating})
	if err != nil {
		t.Fatal(err)
	}
	if src := strings.Join(strings.Fields(string(out[themesFileOut])), " "); !strings.Contains(src, "[Orig2015] norm 1; // [Rest2016] norm 1") {
		t.Errorf("the restating item does not have the theme:\n%s", src)
	}
	_, err = c(map[string]string{"Orig2015.txt": orig, "Rest2016.txt": strings.Replace(restating, "  restates: Orig2015/1\n", "  restates: Orig2015/1\n  theme: cooperation \"States\"\n", 1)})
	if want := "data/Rest2016.txt:12: item 1 restates Orig2015/1 word for word and takes its themes: declare them there, not here"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("got %v, want %q", err, want)
	}
	const version = `id: Orig2015
lang: fr
title: O
extent: full
list: norm
  style: dash
  count: 1
item: 1
  theme: supply-chain "la chaîne"
---
- 1. Les États devraient sécuriser la chaîne d’approvisionnement.
`
	_, err = c(map[string]string{"Orig2015.txt": orig, "Orig2015.fr.txt": version})
	if want := "data/Orig2015.fr.txt:9: item 1: a norm's themes belong to the document, and its language versions share them: declare them in data/Orig2015.txt"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("got %v, want %q", err, want)
	}
}

// text returns the words of the passage as its paragraph prints them.
func (p sharedPassage) text() string { return p.Doc.Blocks[p.Block].Text[p.Start:p.End] }

// String describes a run for the tests: its words and passages.
func (r sharedRun) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d words %q:", r.Words, r.Passages[0].text())
	for _, p := range r.Passages {
		fmt.Fprintf(&b, " %s/p%d[%d:%d]", p.Doc.ID, p.Block+1, p.Start, p.End)
		if p.Doc.Version {
			fmt.Fprintf(&b, "(%s)", p.Doc.Lang)
		}
	}
	return b.String()
}

// BenchmarkComputeShared measures the shared wording of the corpus of
// data/, which the generator computes at every run (BENCHMARKS.md gives it
// at 1×, 10× and 100× the corpus).
func BenchmarkComputeShared(b *testing.B) {
	c := realCorpus(b)
	b.ReportAllocs()
	for b.Loop() {
		computeShared(c)
	}
}
