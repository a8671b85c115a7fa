package cite

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse checks that whatever ParseRef accepts, its canonical ID and every
// printed form of what it names parse back to the same thing; that errors
// hold no raw control characters; and that Scan and ParseList do not panic.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"UNGGE2015/13f", "UN GGE 2015 norm 13(f)", "A/70/174, para. 13(f)", "Lucca Declaration, norm 6",
		"LUCCA, 11 APRIL 2017", "norms 13(a)–(k)", "the 2010, 2013 and 2015 GGE reports", "13(é)",
		"names the UN\x11", "G7 Lucca 2017, unnumbered paragraph 3 of 34", `\cite[para.~13(f)]{UNGGE2015}`,
		"CETS No.185", "Seventieth session, Item 93", "UN GGE ２０１０ 13(f)", "Lucca2017/p3",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for m := range Scan(s) {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End || (len(m.Refs) == 0) == (m.Err == nil) {
				t.Fatalf("Scan(%q): bad match %+v", s, m)
			}
		}
		ParseList(s, Any)
		for _, mode := range []Mode{Norm, Document, Any} {
			r, err := ParseRef(s, mode)
			if err != nil {
				msg := err.Error()
				for _, c := range msg {
					if c < 0x20 || c == 0x7f {
						t.Fatalf("ParseRef(%q): raw control character in %q", s, msg)
					}
				}
				if strings.Contains(msg, "%!") {
					t.Fatalf("ParseRef(%q): a verb not applied in %q", s, msg)
				}
				if !utf8.ValidString(msg) {
					t.Fatalf("ParseRef(%q): invalid UTF-8 in %q", s, msg)
				}
				continue
			}
			same := func(form string) {
				back, err := ParseRef(form, mode)
				if err != nil || back.DocIndex() != r.DocIndex() || back.Item() != r.Item() && mode != Document || back.Para() != r.Para() && mode != Norm {
					t.Fatalf("ParseRef(%q, %d) = %s, but its form %q gives %s, %v", s, mode, r.ID(), form, back.ID(), err)
				}
			}
			same(r.ID())
			d := r.Doc()
			switch {
			case r.Item() >= 0 && mode != Document:
				l := d.List.Labels[r.Item()]
				same(d.Short + ", " + d.List.Unit + " " + l)
				same(d.Formal() + ", " + d.Locator(l))
			case r.Para() >= 0:
				same(d.Short + ", " + d.Pin(r.Para()))
				same(d.Formal() + ", " + d.Pin(r.Para()))
				same(d.LaTeXCite(d.Pin(r.Para())))
			default:
				same(d.Short)
				same(d.Formal())
			}
		}
	})
}
