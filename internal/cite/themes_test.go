package cite

import (
	"strings"
	"testing"
)

// TestDescribedByTheme checks descriptions that name an item by what it is
// about in the words of its themes (the maintainers' names, gen/themes.txt,
// which the generator adds to each item's Stems beside its text and
// title), under the resolver's rule: one fit, or an ambiguity error that
// names every fit, never a guess.
func TestDescribedByTheme(t *testing.T) {
	for _, tt := range []struct{ in, id, err string }{
		// Words only the theme gives: "elections" (the text says
		// "electoral"), "CERTs", "capacity building" (the text says
		// "capability"), "democratic processes", "product security".
		{in: "the Paris Call principle on elections", id: "ParisCall2018/3"},
		{in: "the Paris Call principle on democratic processes", id: "ParisCall2018/3"},
		{in: "the GGE norm on CERTs", id: "UNGGE2015/13k"},
		{in: "the Lucca norm on CSIRTs", id: "Lucca2017/11"},
		{in: "the Dinard commitment on capacity building", id: "Dinard2019/4"},
		{in: "the Paris Call principle on international law", id: "ParisCall2018/9"},
		// The text and the theme agree.
		{in: "the Paris Call principle on cyber hygiene", id: "ParisCall2018/7"},
		{in: "the GGE norm on supply chain integrity", id: "UNGGE2015/13i"},
		{in: "the Paris Call principle on product security", id: "ParisCall2018/6"},
		// Several fit: an error naming them all.
		{in: "the UN GGE 2015 norm on due diligence", err: "fits UN GGE 2015, norm 13(c) or UN GGE 2015, norm 13(h)"},
		{in: "the G7 commitment on terrorist content online", err: "fits G7 Paris 2019, commitment 4 or G7 Paris 2019, commitment 5 or G7 Paris 2019, commitment 10"},
		{in: "the G7 Paris 2019 commitment on electronic evidence", err: "ambiguous"},
		// None fits.
		{in: "the Paris Call principle on vulnerabilities", err: "no principle of Paris Call fits"},
	} {
		r, err := ParseRef(tt.in, Norm)
		switch {
		case tt.err != "":
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseRef(%q) = %s, %v; want an error saying %q", tt.in, r.ID(), err, tt.err)
			}
		case err != nil || r.ID() != tt.id:
			t.Errorf("ParseRef(%q) = %s, %v; want %s", tt.in, r.ID(), err, tt.id)
		}
	}
}
