package declarations_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// TestLanguageVersions checks the French version of the Paris Call against
// the English: one document, the same structure and links, its own title,
// text and language, and the norms of each version in its language.
func TestLanguageVersions(t *testing.T) {
	en := declarations.ParisCall2018
	fr, ok := en.In("fr")
	if !ok {
		t.Fatal("the Paris Call has no French version")
	}
	if got, ok := fr.In("en"); !ok || got != en {
		t.Errorf("the French version's English version is %v", got)
	}
	if en.Lang() != "en" || fr.Lang() != "fr" || fr.ID() != en.ID() || fr == en {
		t.Errorf("versions: %s %s, %s %s", en.ID(), en.Lang(), fr.ID(), fr.Lang())
	}
	if fr.Title() != "Appel de Paris pour la confiance et la sécurité dans le cyberespace" {
		t.Errorf("French title %q", fr.Title())
	}
	if vs := slices.Collect(en.Versions()); len(vs) != 2 || vs[0] != en || vs[1] != fr {
		t.Errorf("Versions() = %v", vs)
	}
	if fr.NumParagraphs() != en.NumParagraphs() || fr.Kind() != en.Kind() || !fr.Date().IsZero() && fr.Date() != en.Date() {
		t.Errorf("the versions differ in structure: %d and %d paragraphs", en.NumParagraphs(), fr.NumParagraphs())
	}
	if a, b := slices.Collect(en.Links()), slices.Collect(fr.Links()); !slices.Equal(a, b) {
		t.Errorf("the versions' links differ:\n%v\n%v", a, b)
	}
	if a, b := slices.Collect(en.Backlinks()), slices.Collect(fr.Backlinks()); !slices.Equal(a, b) {
		t.Errorf("the versions' backlinks differ")
	}
	for pos := 1; pos <= en.NumParagraphs(); pos++ {
		pe, pf := en.Paragraph(pos), fr.Paragraph(pos)
		if pe.Kind() != pf.Kind() || pe.Label() != pf.Label() || pf.Text() == "" || pf.Text() == pe.Text() || pf.Document() != fr {
			t.Errorf("paragraph %d: %s %q, %s %q", pos, pe.Kind(), pe.Label(), pf.Kind(), pf.Label())
		}
		ne, okE := pe.Norm()
		nf, okF := pf.Norm()
		if okE != okF || okE && (ne.ID() != nf.ID() || ne.Lang() != "en" || nf.Lang() != "fr" || !strings.Contains(pf.Text(), nf.Text())) {
			t.Errorf("paragraph %d states %v (%s) and %v (%s)", pos, ne, ne.Lang(), nf, nf.Lang())
		}
	}
	var frNorms []norms.Norm
	for n := range fr.Norms() {
		frNorms = append(frNorms, n)
		if n.Lang() != "fr" {
			t.Errorf("the French version lists %s in %q", n.ID(), n.Lang())
		}
	}
	for i, n := range norms.ParisCall2018 {
		v, ok := n.In("fr")
		if !ok || v != frNorms[i] || v.ID() != n.ID() || v.Label() != n.Label() || v.List() != n.List() || v.Text() == n.Text() {
			t.Errorf("principle %s: French version %v", n.Label(), v)
		}
	}
	if got := norms.ParisCall2018[norms.N5]; !strings.HasPrefix(got.Text(), "Develop ways to prevent the proliferation") {
		t.Errorf("principle 5 reads %q", got.Text())
	}
	if got, _ := norms.ParisCall2018[norms.N5].In("fr"); !strings.HasPrefix(got.Text(), "d’élaborer des moyens d’empêcher la prolifération") { // Paris-Call-2018-fr.txt, line 46
		t.Errorf("principe 5 reads %q", got.Text())
	}
	// Search finds the French text.
	hits, err := declarations.Search("cyberespace")
	if err != nil || len(hits) == 0 {
		t.Fatalf("Search(cyberespace) = %d hits, %v", len(hits), err)
	}
	for _, h := range hits {
		if h.Paragraph.Document() != fr {
			t.Errorf("Search(cyberespace) finds %s in %s", h.Paragraph.Document().ID(), h.Paragraph.Document().Lang())
		}
	}
}

// TestTakesUp checks the Paris Call's fourth principle, which takes up the
// G20 Antalya 2015 norm without restating it.
func TestTakesUp(t *testing.T) {
	n := norms.ParisCall2018[norms.N4]
	tu, ok := n.TakesUp()
	if !ok || tu.Norm != norms.G20Antalya2015[0] {
		t.Fatalf("principle 4 takes up %v, %v", tu.Norm, ok)
	}
	if !strings.Contains(n.Text(), tu.Shared) || !strings.Contains(tu.Norm.Text(), tu.Shared) || tu.Differs == "" {
		t.Errorf("the shared words %q are not in both texts", tu.Shared)
	}
	if _, ok := n.Restates(); ok {
		t.Errorf("principle 4 is recorded as a restatement")
	}
	if _, ok := norms.UNGGE2015[norms.F].TakesUp(); ok {
		t.Errorf("norm 13(f) takes something up")
	}
}
