package cite

import (
	"testing"
)

// TestWholeNameAgrees checks the quick way of single (wholeName, taken in a
// large corpus when every word of a citation is in many documents) against
// the long way (candidates, prefer, pick), on every printed citation of
// every document, item and paragraph and on the real citations of
// testdata/citations.txt: wherever wholeName answers, the long way answers
// the same. In this corpus single never takes the quick way on its own (no
// word is in more than fewCandidates documents), so the test calls it
// directly. It also checks isCandidate against candidates, and holdsShort
// against a comparison of texts.
func TestWholeNameAgrees(t *testing.T) {
	var cits []string
	for di := range docs {
		d := &docs[di]
		cits = append(cits, printed(d, "")...)
		for _, l := range d.List.Labels {
			cits = append(cits, printed(d, d.Locator(l))...)
			cits = append(cits, d.Short+", "+d.List.Unit+" "+l)
		}
		for k := range d.Paras {
			cits = append(cits, printed(d, d.Pin(k))...)
		}
	}
	cits = append(cits, realCitations(t)...)
	// Initials, possessives and accents, which holdsShort must read as
	// the texts compare.
	cits = append(cits, "U.N. GGE 2015 norm 13(f)", "UN G.G.E. 2015, norm 13(f)", "G.A. Res. 70/237",
		"G7 Leaders' Ise-Shima Principles", "Appel de Paris, principe 2", "Déclaration de Dinard")
	quick := 0
	for _, s := range cits {
		for _, mode := range []Mode{Norm, Document, Any} {
			p := newParser()
			if p.init(s) != nil {
				p.free()
				continue
			}
			if (p.forced != 0 || p.lex() == nil) && p.read() == nil {
				for d := range docs {
					if got, want := p.holdsShort(&docs[d]), holdsShortByText(p, &docs[d]); got != want {
						t.Errorf("%q: holdsShort(%s) = %v, by the text %v", s, docs[d].ID, got, want)
					}
				}
				cands := p.candidates(-1, -1)
				for d := range docs {
					if p.forced == 0 && p.isCandidate(d) != cands.has(d) {
						t.Errorf("%q: isCandidate(%s) = %v, candidates has it: %v", s, docs[d].ID, p.isCandidate(d), cands.has(d))
					}
				}
				if _, several := p.several(); !several && p.named() {
					if r, ok := p.wholeName(mode); ok {
						quick++
						cands := p.candidates(-1, -1)
						p.prefer(&cands, mode)
						if want, err := p.pick(&cands, mode, 0); err != nil || want != r {
							t.Errorf("%q in mode %d: wholeName gives %s, the long way %s, %v", s, mode, r.ID(), want.ID(), err)
						}
					}
				}
			}
			p.free()
		}
	}
	if quick < len(docs) {
		t.Errorf("wholeName answered only %d of %d citations", quick, 3*len(cits))
	}
	t.Logf("wholeName answered %d of %d citations and modes, as the long way does", quick, 3*len(cits))
}

// holdsShortByText is holdsShort by comparing texts only: the reference.
func holdsShortByText(p *parser, d *Doc) bool {
	if len(d.ShortWords) == 0 {
		return false
	}
	for _, w := range d.ShortWords {
		if !p.holdsWord(w) {
			return false
		}
	}
	return true
}
