package cite

import (
	"strings"
	"testing"
)

// TestPartial checks the parser's reading of lists the corpus holds in
// part (partial.go) against the generated table, whose values the data
// files give: the Charter of Trust's principles 1 and 2 of ten.
func TestPartial(t *testing.T) {
	d := Lookup("CharterOfTrust2018")
	pl := d.Partial()
	if pl == nil || pl.Kind != "principle" || pl.Count != 10 || strings.Join(pl.Labels, ",") != "1,2" || len(pl.Paras) != 2 {
		t.Fatalf("Partial() = %+v", pl)
	}
	if Lookup("UNGGE2015").Partial() != nil || Lookup("GCSC2017").Partial() != nil {
		t.Errorf("a whole list, or none, is no partial list")
	}
	for i, k := range pl.Paras {
		if d.Paras[k].Label != pl.Labels[i] || d.Paras[k].Item != 0 || pl.heldAt(k) != i {
			t.Errorf("held item %s: paragraph %d %+v", pl.Labels[i], k, d.Paras[k])
		}
		if got, want := d.Pin(k), "principle "+pl.Labels[i]; got != want {
			t.Errorf("Pin(%d) = %q, want %q", k, got, want)
		}
	}
	for _, tt := range []struct {
		in   string
		mode Mode
		want string // an ID, or the start of an error
	}{
		{"Charter of Trust principle 1", Any, "CharterOfTrust2018/1"},
		{"Charter of Trust, principle 2", Document, "CharterOfTrust2018/2"},
		{"the first principle of the Charter of Trust", Any, "CharterOfTrust2018/1"},
		{"Charter of Trust, item 2", Any, "CharterOfTrust2018/2"},
		{"Charter of Trust principle 5", Any, "error: Charter of Trust: the corpus holds principles 1 and 2 of its 10, not principle 5"},
		{"the fifth principle of the Charter of Trust", Any, "error: Charter of Trust: the corpus holds principles 1 and 2 of its 10, not principle 5"},
		{"Charter of Trust principle 1", Norm, "error: Charter of Trust: the corpus holds principles 1 and 2 of its 10, as paragraphs, not as a list of norms"},
		{"Charter of Trust, norm 1", Any, `error: Charter of Trust has no norms: the list it holds in part is of principles, cited as "Charter of Trust, principle 1"`},
		{"Charter of Trust, para. 1", Any, `error: Charter of Trust does not number its paragraphs; the items of its list are cited as "Charter of Trust, principle 1"`},
		{"G7 Charlevoix 2018, commitment [1]", Any, "Charlevoix2018/1"},
		{"G7 Charlevoix 2018, commitment 3", Any, "error: G7 Charlevoix 2018: the corpus holds commitment 1 of its commitments, how many is not known, not commitment 3"},
		{"G7 Fundamental Elements 2016, element 1", Any, "FundamentalElements2016/1"},
		{"FundamentalElements2016/1", Norm, "error: "},
		// A unit word of a title, after the word before it there: the
		// document, not an item.
		{"the Charlevoix Commitment", Any, "Charlevoix2018"},
		{"the Charlevoix Commitment", Norm, "error: "},
		{"the Dinard norm", Any, "error: "},
		// The French title, whose elided "d’" the lexer reads apart.
		{"Déclaration d’engagement de Charlevoix pour la défense de la démocratie contre les menaces étrangères", Any, "Charlevoix2018"},
		// A UN symbol with full stops inside it, and at a sentence's end.
		{"A/AC.290/2021/CRP.2, para. 3", Any, "OEWG2021/3"},
		{"Final Substantive Report, UN Doc. A/AC.290/2021/CRP.2 (10 March 2021), para. 2", Any, "OEWG2021/2"},
		{"UN Doc. A/70/174.", Any, "UNGGE2015"},
		{"A/AC.292/2025/CRP.1", Any, "error: "},
	} {
		r, err := ParseRef(tt.in, tt.mode)
		got := r.ID()
		if err != nil {
			got = "error: " + err.Error()
		}
		if !strings.HasPrefix(got, tt.want) || err == nil && got != tt.want {
			t.Errorf("ParseRef(%q, %d) = %s; want %s", tt.in, tt.mode, got, tt.want)
		}
	}
	// A list held in part is not named whole, and a range stays within
	// the items held.
	if rs, err := ParseList("Charter of Trust principles 1 and 2", Any); err != nil || len(rs) != 2 || rs[1].ID() != "CharterOfTrust2018/2" {
		t.Errorf("ParseList: %v, %v", rs, err)
	}
	for _, s := range []string{"the principles of the Charter of Trust", "Charter of Trust principles 1 to 10"} {
		if rs, err := ParseList(s, Any); err == nil {
			t.Errorf("ParseList(%q) = %v; want an error", s, rs)
		}
	}
}

// TestPartialAt: each document's generated index into partials names its
// own partial list, and only documents with one have it.
func TestPartialAt(t *testing.T) {
	n := 0
	for i := range docs {
		d := &docs[i]
		var want *Partial
		for k := range partials {
			if partials[k].Doc == d.ID {
				want = &partials[k]
			}
		}
		if got := d.Partial(); got != want {
			t.Errorf("%s: Partial() = %v, want %v", d.ID, got, want)
		}
		if d.Partial() != nil {
			n++
		}
	}
	if n != len(partials) {
		t.Errorf("%d documents have a partial list, want %d", n, len(partials))
	}
}
