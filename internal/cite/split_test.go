package cite

import "testing"

// TestYearAloneInASplit checks that a year alone, after another part of a
// citation split at commas, is that part's, not a citation of whatever
// document alone has that year: "the GGEs (2013, 2015, 2001)" names no GGE
// report of 2001, and not the Convention on Cybercrime, the corpus's one
// document of that year, either.
func TestYearAloneInASplit(t *testing.T) {
	for _, s := range []string{"the U.N. cyber GGEs (2013, 2015, 2001)", "the GGEs (2013, 2015, 2001)"} {
		if rs, err := ParseList(s, Any); err == nil {
			t.Errorf("ParseList(%q) = %v; want an error", s, rs)
		}
	}
	for _, s := range []string{"the 2015 GGE report and the 2015 G20 Leaders' Communiqué", "the GGE reports (2013, 2015)"} {
		if rs, err := ParseList(s, Any); err != nil || len(rs) != 2 {
			t.Errorf("ParseList(%q) = %v, %v; want two documents", s, rs, err)
		}
	}
}

// TestSymbolWithFullStops checks that a UN symbol with full stops inside
// it is one token, "A/AC.290/2021/CRP.2", and that a full stop after a
// symbol (a sentence's end) is not part of it.
func TestSymbolWithFullStops(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"A/AC.290/2021/CRP.2, para. 3", "A/AC.290/2021/CRP.2"},
		{"UN Doc. A/70/174. See", "A/70/174"},
		{"A/70/174.", "A/70/174"},
		{"a/res/70/237", "a/res/70/237"},
	} {
		lx := lexer{s: tt.in}
		var got string
		for {
			tok := lx.next()
			if tok.kind == tEOF {
				break
			}
			if tok.kind == tSym {
				got = tt.in[tok.start:tok.end]
				break
			}
		}
		if got != tt.want {
			t.Errorf("%q: symbol %q, want %q", tt.in, got, tt.want)
		}
	}
	if r, err := ParseRef("UN Doc. A/70/174.", Any); err != nil || r.ID() != "UNGGE2015" {
		t.Errorf("ParseRef = %v, %v", r, err)
	}
}
