package declarations_test

import (
	"errors"
	"testing"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// TestOf checks, for every norm in every language version, that Of gives
// the document its ID names, in its language, and ParagraphOf the paragraph
// of that document that states it.
func TestOf(t *testing.T) {
	checked := 0
	for n := range norms.All() {
		for v := range n.Versions() {
			d := declarations.Of(v)
			if string(d.ID()) != v.Document() || d.Lang() != v.Lang() {
				t.Errorf("Of(%s in %s) = %s in %s", v.ID(), v.Lang(), d.ID(), d.Lang())
			}
			p := declarations.ParagraphOf(v)
			pn, ok := p.Norm()
			if !ok || pn.ID() != v.ID() || p.Document() != d || pn.Text() != v.Text() {
				t.Errorf("ParagraphOf(%s in %s) = paragraph %d of %s, stating %s", v.ID(), v.Lang(), p.Position(), p.Document().ID(), pn.ID())
			}
			checked++
		}
	}
	if checked < 53 {
		t.Errorf("checked %d norms, want every one of the 53 and their versions", checked)
	}
	if d := declarations.Of(norms.Norm{}); !d.IsZero() {
		t.Errorf("Of(zero Norm) = %s", d.ID())
	}
	if p := declarations.ParagraphOf(norms.Norm{}); !p.IsZero() {
		t.Errorf("ParagraphOf(zero Norm) = paragraph %d", p.Position())
	}
}

// TestHitValues checks the methods of Hit against its fields, for every hit
// of queries that find norms and paragraphs that state none.
func TestHitValues(t *testing.T) {
	norm, other := 0, 0
	for _, q := range []string{"States", "cybercrime", "Budapest", "confiance"} {
		hits, err := declarations.Search(q)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hits {
			if h.Document() != h.Paragraph.Document() {
				t.Errorf("%q: Document() = %s, the paragraph's is %s", q, h.Document().ID(), h.Paragraph.Document().ID())
			}
			n, ok := h.NormValue()
			if ok != (h.Norm != "") || n.ID() != h.Norm {
				t.Errorf("%q: NormValue() = %s, %v; Norm = %q", q, n.ID(), ok, h.Norm)
			}
			if ok {
				norm++
				if n.Lang() != h.Document().Lang() || h.Cite(norms.Formal) != n.Cite(norms.Formal) {
					t.Errorf("%q: the norm %s in %s, cited %q, in a hit of the %s version", q, n.ID(), n.Lang(), h.Cite(norms.Formal), h.Document().Lang())
				}
			} else {
				other++
				if h.Cite(norms.Short) != h.Paragraph.Cite(norms.Short) {
					t.Errorf("%q: Cite = %q, the paragraph's is %q", q, h.Cite(norms.Short), h.Paragraph.Cite(norms.Short))
				}
			}
		}
	}
	if norm == 0 || other == 0 {
		t.Errorf("%d hits with a norm, %d without: want both", norm, other)
	}
}

// TestMustParse checks that MustParse returns what Parse does, and panics
// with Parse's error.
func TestMustParse(t *testing.T) {
	for _, c := range []string{"Lucca2017", "Toronto 2018 chair's report, para. 7", "A/70/174, para. 13(f)"} {
		d, p, err := declarations.Parse(c)
		if err != nil {
			t.Fatal(err)
		}
		if md, mp := declarations.MustParse(c); md != d || mp != p {
			t.Errorf("MustParse(%q) = %s, %d; Parse gives %s, %d", c, md.ID(), mp.Position(), d.ID(), p.Position())
		}
	}
	for _, c := range []string{"Toronto 2018 para 13", "", "SEC Form 13(f)"} {
		_, _, want := declarations.Parse(c)
		func() {
			defer func() {
				got, _ := recover().(error)
				var perr *declarations.ParseError
				if got == nil || !errors.As(got, &perr) || got.Error() != want.Error() {
					t.Errorf("MustParse(%q) panics with %v, want Parse's error %v", c, got, want)
				}
			}()
			declarations.MustParse(c)
		}()
	}
}
