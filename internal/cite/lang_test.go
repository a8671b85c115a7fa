package cite

import "testing"

// TestFrench checks citations of the Paris Call's French version: they
// name the Call's principles, and Lang says the citation was in French.
// The French title and short name are those of data/ParisCall2018.fr.txt
// (title:, short: and the list's unit:), which sources/Paris-Call-2018-fr.txt
// line 1 gives; "l'Appel de Paris" is the PDF's form
// (sources/Paris-Call-2018-fr.pdf.txt line 136); "Paris, le 12 novembre
// 2018" is the French text's dateline, and "Paris Call for Trust and
// Security in Cyberspace" the English title (sources/Paris-Call-2018-en.txt
// line 1).
func TestFrench(t *testing.T) {
	for _, tt := range []struct{ in, id, lang string }{
		{"Appel de Paris, principe 2", "ParisCall2018/2", "fr"},
		{"Appel de Paris pour la confiance et la sécurité dans le cyberespace, principe 5", "ParisCall2018/5", "fr"},
		{"l'Appel de Paris pour la confiance et la sécurité dans le cyberespace", "ParisCall2018", "fr"},
		{"L’Appel de Paris", "ParisCall2018", "fr"},
		{"Appel de Paris (Paris, le 12 novembre 2018), principe 9", "ParisCall2018/9", "fr"},
		{"Paris Call, principle 2", "ParisCall2018/2", ""},
		{"Paris Call for Trust and Security in Cyberspace, principle 5", "ParisCall2018/5", ""},
		{"Paris Call, principe 2", "ParisCall2018/2", ""}, // words of both: not only French
		{"ParisCall2018/2", "ParisCall2018/2", ""},
	} {
		r, err := ParseRef(tt.in, Any)
		if err != nil || r.ID() != tt.id || r.Lang() != tt.lang {
			t.Errorf("ParseRef(%q) = %s, lang %q, %v; want %s, lang %q", tt.in, r.ID(), r.Lang(), err, tt.id, tt.lang)
		}
	}
	nfound := 0
	for m := range Scan("Nous soutenons l’Appel de Paris, principe 5, pleinement.") {
		nfound++
		if len(m.Refs) != 1 || m.Refs[0].ID() != "ParisCall2018/5" || m.Refs[0].Lang() != "fr" {
			t.Errorf("Scan: %+v", m)
		}
	}
	if nfound != 1 {
		t.Errorf("Scan found %d citations in the French sentence, want 1", nfound)
	}
	if r, err := ParseRef("Appel de Paris, principe 2", Norm); err != nil || r.Lang() != "fr" {
		t.Errorf("ParseRef: %+v, %v; want Lang fr", r, err)
	}
	rs, err := ParseList("Appel de Paris, principes 1-3", Any)
	if err != nil || len(rs) != 3 || rs[0].Lang() != "fr" {
		t.Errorf("ParseList(principes 1-3) = %v, %v", rs, err)
	}
}

// TestIn checks the French version's formal citation and pinpoint, and that
// they parse back to the same item, in French.
func TestIn(t *testing.T) {
	d := Lookup("ParisCall2018")
	fr, ok := d.In("fr")
	if !ok {
		t.Fatal("no French version")
	}
	if _, ok := d.In("de"); ok {
		t.Error(`In("de") reports a version`)
	}
	for _, tt := range []struct{ got, want string }{
		{fr.Short, "Appel de Paris"},
		{fr.Formal(), "Appel de Paris pour la confiance et la sécurité dans le cyberespace (Paris, 12 novembre 2018)"},
		{fr.Locator("5"), "principe [5]"},
		{d.Formal(), "Paris Call for Trust and Security in Cyberspace (Paris, 12 November 2018)"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	for i, l := range d.List.Labels {
		for _, s := range []string{fr.Formal() + ", " + fr.Locator(l), fr.Short + ", " + fr.Locator(l)} {
			r, err := ParseRef(s, Norm)
			if err != nil || r.DocIndex() != lookupIndex(d.ID) || r.Item() != i || r.Lang() != "fr" {
				t.Errorf("ParseRef(%q) = %s, lang %q, %v", s, r.ID(), r.Lang(), err)
			}
		}
	}
}

// TestFrenchUnnumbered: the French version of a document prints the place of
// an unnumbered paragraph in French, and reads it back.
func TestFrenchUnnumbered(t *testing.T) {
	d := Lookup("ParisCall2018")
	fr, ok := d.In("fr")
	if !ok {
		t.Fatal("no French version of ParisCall2018")
	}
	pin := fr.Pin(2)
	if pin != "paragraphe non numéroté 3 sur 25" {
		t.Errorf("Pin(2) in French = %q", pin)
	}
	for _, s := range []string{fr.Short + ", " + pin, fr.Formal() + ", " + pin} {
		r, err := ParseRef(s, Any)
		if err != nil || r.ID() != "ParisCall2018/p3" || r.Lang() != "fr" {
			t.Errorf("ParseRef(%q) = %s (%q), %v", s, r.ID(), r.Lang(), err)
		}
	}
	for _, s := range []string{"Appel de Paris, paragraphe non numéroté 3 sur 24", "Appel de Paris, paragraphe non numéroté 30 sur 25", "Appel de Paris, paragraphe non numéroté trois sur 25"} {
		if r, err := ParseRef(s, Any); err == nil {
			t.Errorf("ParseRef(%q) = %s, want an error", s, r.ID())
		}
	}
}
