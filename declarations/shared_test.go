package declarations_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/internal/textindex"
	"github.com/cybernorms/cybernorms/norms"
)

// folded returns the words of s as search reads them, folded.
func folded(s string) []string {
	var out []string
	for _, w := range textindex.AppendWordsAt(nil, s) {
		out = append(out, w.Folded)
	}
	return out
}

// everyParagraph returns every paragraph of every document and language
// version.
func everyParagraph() []declarations.Paragraph {
	var out []declarations.Paragraph
	for d := range declarations.All() {
		for v := range d.Versions() {
			for p := range v.Paragraphs() {
				out = append(out, p)
			}
		}
	}
	return out
}

// TestSharedRuns checks every run: its words and its passages' texts, in at
// least two documents, each passage the same words.
func TestSharedRuns(t *testing.T) {
	n := 0
	for r := range declarations.SharedRuns() {
		n++
		words := folded(r.Text())
		if len(words) != r.Words() || r.Words() < declarations.MinSharedWords {
			t.Errorf("run %q: Words() = %d, its text has %d", r.Text(), r.Words(), len(words))
		}
		docs := map[declarations.ID]bool{}
		for p := range r.Passages() {
			docs[p.Paragraph.Document().ID()] = true
			if p.Text() != p.Paragraph.Text()[p.Start:p.End] || !slices.Equal(folded(p.Text()), words) {
				t.Errorf("run %q: the passage %q of %s/%d holds other words", r.Text(), p.Text(), p.Paragraph.Document().ID(), p.Paragraph.Position())
			}
		}
		if len(docs) < 2 || r.Len() < 2 {
			t.Errorf("run %q: %d passages in %d documents", r.Text(), r.Len(), len(docs))
		}
	}
	if n == 0 {
		t.Fatal("no shared wording")
	}
}

// TestSharedWording checks what every paragraph shares: another document's
// passage holding the same words, and the same pair seen from the other
// side.
func TestSharedWording(t *testing.T) {
	type pair struct {
		a, b       declarations.Paragraph
		start, end int
	}
	seen := map[pair]bool{}
	total := 0
	for _, p := range everyParagraph() {
		for s := range p.SharedWording() {
			total++
			w := s.With.Paragraph
			if w.Document().ID() == p.Document().ID() {
				t.Errorf("%s/%d shares %q with its own document", p.Document().ID(), p.Position(), s.Text)
			}
			if s.Text != p.Text()[s.Start:s.End] || !slices.Equal(folded(s.Text), folded(s.With.Text())) || len(folded(s.Text)) != s.Words {
				t.Errorf("%s/%d: %q and %q", p.Document().ID(), p.Position(), s.Text, s.With.Text())
			}
			seen[pair{p, w, s.Start, s.End}] = true
		}
	}
	// The other side: each pair is seen from both paragraphs.
	for k := range seen {
		found := false
		for s := range k.b.SharedWording() {
			if s.With.Paragraph == k.a && s.With.Start == k.start && s.With.End == k.end {
				found = true
			}
		}
		if !found {
			t.Errorf("%s/%d shares [%d:%d] with %s/%d, but not the other way", k.a.Document().ID(), k.a.Position(), k.start, k.end, k.b.Document().ID(), k.b.Position())
		}
	}
	if total == 0 {
		t.Fatal("no paragraph shares wording")
	}
	if n := len(slices.Collect(declarations.Paragraph{}.SharedWording())); n != 0 {
		t.Errorf("the zero Paragraph shares %d runs", n)
	}
}

// TestSharedWordingLuccaHumanRights checks the reuse the field knows: the
// Toronto 2018 chair's report and the Paris Call take up the Lucca
// Declaration's wording on human rights online.
func TestSharedWordingLuccaHumanRights(t *testing.T) {
	var lucca declarations.Paragraph
	for p := range declarations.Lucca2017.Paragraphs() {
		if strings.Contains(p.Text(), "the same rights that people have offline") {
			lucca = p
		}
	}
	got := map[declarations.ID][]string{}
	for s := range lucca.SharedWording() {
		id := s.With.Paragraph.Document().ID()
		got[id] = append(got[id], s.Text)
	}
	want := map[declarations.ID][]string{
		"Toronto2018": {
			"that the same rights that people have offline must also be protected online and",
			"the applicability of international human rights law in cyberspace, including the UN Charter, customary international law and relevant treaties",
		},
		"ParisCall2018": {
			"reaffirm that the same rights that people have offline must also be protected online and",
			"reaffirm the applicability of international human rights law in cyberspace",
		},
	}
	for id, runs := range want {
		for _, r := range runs {
			if !slices.Contains(got[id], r) {
				t.Errorf("Lucca 2017 does not share %q with %s; it shares %q", r, id, got[id])
			}
		}
	}
}

// TestNormSharedWording checks that every restatement shares its whole text
// with the norm it restates, and a take-up its shared words.
func TestNormSharedWording(t *testing.T) {
	for n := range norms.All() {
		if r, ok := n.Restates(); ok {
			found := false
			for s := range declarations.NormSharedWording(n) {
				w, _ := s.With.Paragraph.Norm()
				if w == r && slices.Equal(folded(s.Text), folded(n.Text())) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s restates %s, but does not share its whole text with it", n.ID(), r.ID())
			}
		}
		if tu, ok := n.TakesUp(); ok && len(folded(tu.Shared)) >= declarations.MinSharedWords {
			found := false
			for s := range declarations.NormSharedWording(n) {
				w, _ := s.With.Paragraph.Norm()
				if w == tu.Norm && strings.Contains(strings.Join(folded(s.Text), " "), strings.Join(folded(tu.Shared), " ")) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s takes up %s, but does not share %q with it", n.ID(), tu.Norm.ID(), tu.Shared)
			}
		}
	}
	// The G20 norm is the end of a longer paragraph: only the runs over it.
	g20 := norms.G20Antalya2015[0]
	para := declarations.G20Antalya2015.Paragraph(1)
	from := strings.Index(para.Text(), g20.Text())
	if from <= 0 {
		t.Fatalf("the G20 norm is not the end of paragraph 1: %d", from)
	}
	k := 0
	for s := range declarations.NormSharedWording(g20) {
		k++
		if s.End <= from {
			t.Errorf("a run outside the norm: %q", s.Text)
		}
	}
	if k == 0 {
		t.Error("the G20 norm shares no wording")
	}
	if n := len(slices.Collect(declarations.NormSharedWording(norms.Norm{}))); n != 0 {
		t.Errorf("the zero Norm shares %d runs", n)
	}
}

// TestSharedWordingAllocates checks that reading the shared wording
// allocates nothing.
func TestSharedWordingAllocates(t *testing.T) {
	p := declarations.Toronto2018.Paragraph(5)
	n := norms.ParisCall2018[norms.N4]
	allocs := testing.AllocsPerRun(100, func() {
		for s := range p.SharedWording() {
			_ = s.With.Text()
		}
		for s := range declarations.NormSharedWording(n) {
			_ = s.Run.Text()
		}
		for r := range declarations.SharedRuns() {
			for range r.Passages() {
			}
		}
	})
	if allocs != 0 {
		t.Errorf("%v allocations", allocs)
	}
}

// BenchmarkSharedWording reads the shared wording of the Toronto report's
// fifth paragraph (four runs) and of every paragraph of the corpus.
func BenchmarkSharedWording(b *testing.B) {
	p := declarations.Toronto2018.Paragraph(5)
	b.Run("Toronto2018/5", func(b *testing.B) {
		for range b.N {
			for s := range p.SharedWording() {
				_ = s.With.Text()
			}
		}
	})
	all := everyParagraph()
	b.Run("every paragraph", func(b *testing.B) {
		for range b.N {
			for _, p := range all {
				for s := range p.SharedWording() {
					_ = s.With.Text()
				}
			}
		}
	})
}
