package words

import "testing"

func TestStem(t *testing.T) {
	for _, group := range [][]string{
		{"protect", "protecting", "protection", "protective", "protects", "protected"},
		{"share", "sharing", "shared", "shares"},
		{"practice", "practices"},
		{"cooperate", "cooperation", "cooperating"},
		{"team", "teams"},
		{"report", "reporting", "reports", "reported"},
		{"vulnerability", "vulnerabilities"},
		{"integrity"},
		{"infrastructure", "infrastructures"},
		{"election", "elections"},
	} {
		want := Stem(group[0])
		for _, w := range group[1:] {
			if got := Stem(w); got != want {
				t.Errorf("Stem(%q) = %q, want %q (the stem of %q)", w, got, want, group[0])
			}
		}
	}
	for _, pair := range [][2]string{{"state", "statement"}, {"critical", "criminal"}, {"use", "user"}} {
		if Stem(pair[0]) == Stem(pair[1]) {
			t.Errorf("Stem(%q) = Stem(%q) = %q", pair[0], pair[1], Stem(pair[0]))
		}
	}
	for _, w := range []string{"ict", "law", "un", "a"} {
		if Stem(w) != w {
			t.Errorf("Stem(%q) = %q, want it unchanged", w, Stem(w))
		}
	}
}
