package cite

import (
	"strings"
	"testing"
)

// TestNeverLabels checks that dates, datelines, sessions, counts and treaty
// numbers are read as what they are, and never give a label.
func TestNeverLabels(t *testing.T) {
	for _, in := range []string{
		"11 April 2017", "April 11, 2017", "5. April 2019", "2015-07-22", "(22 July 2015)",
		"26 and 27 May 2016", "15-16 November 2015", "10-11 APRIL 2017", "Dec. 18, 2014",
		"LUCCA, 11 APRIL 2017", "Lucca, April 11, 2017", "Paris, 12th of November, 2018", "Paris, 5. April 2019",
		"Seventieth session, Item 93", "Sixty-eighth session Item 94 of the provisional agenda", "agenda item 91",
		"the 11 norms", "eleven norms", "11 UN Cyber Norms", "twelve norms",
		"ETS No. 185", "CETS No.185", "CETS No.: 185", "Budapest, 23.XI.2001",
	} {
		p := newParser()
		defer p.free()
		if err := p.init(in); err != nil {
			t.Fatal(err)
		}
		if err := p.lex(); err != nil {
			t.Fatal(err)
		}
		err := p.read()
		if err != nil && !strings.Contains(err.Msg, "treaty number") {
			t.Errorf("read(%q): %v", in, err)
		}
		if p.nlabs != 0 || p.unitSet && !p.unitOnly {
			t.Errorf("read(%q) gives a label", in)
		}
		p.free()
	}
}

// TestStrictErrors checks failures a careful reader expects, and that their
// messages speak the user's unit.
func TestStrictErrors(t *testing.T) {
	for _, tt := range []struct {
		in   string
		mode Mode
		msg  string
	}{
		{"UN GGE ２０１０ 13(f)", Any, `"２" is not a character of any citation`},
		{"Lucca Declaration norm 0", Any, `there is no label "0"`},
		{"Lucca Declaration norm", Any, `"norm" with no label`},
		{"13(é)", Any, `"é" is not`},
		{"norm 13(é)", Any, `"é" is not`},
		{"Lucca Declaration, para. 6", Any, "G7 Lucca 2017 does not number its paragraphs; its norms are cited as"},
		{"Toronto 2018 norm 3", Any, "G7 Toronto 2018 Chair's Report has no norms; its paragraphs are cited as"},
		{"UN GGE\x11", Any, `"\x11" is not a character`},
		{"LUCCA, 11 APRIL 2017", Norm, "not one of its norms"},
		{"11 UN Cyber Norms", Norm, "ResolveAll"},
		{"norms 13(a)–(k)", Norm, "ResolveAll"},
		{"13(f) and (g)", Norm, "more than one label"},
		{"GGE", Any, "ambiguous: it could be UN GGE 2010 or UN GGE 2013 or UN GGE 2015"},
		{"Lucca2017/p99", Any, "has 34 paragraphs"},
		{"G7 Lucca 2017, unnumbered paragraph 23 of 34", Any, "is numbered"},
		{"G7 Lucca 2017, unnumbered paragraph 3 of 33", Any, "has 34 paragraphs, not 33"},
		{strings.Repeat("x", MaxLen+1), Any, "the longest read is"},
	} {
		_, err := ParseRef(tt.in, tt.mode)
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("ParseRef(%.40q) = %v; want an error containing %q", tt.in, err, tt.msg)
		}
	}
}

// TestYearsAndDates checks that the same year repeated names one document,
// that distinct years name several, and that a date after a symbol is
// checked against that symbol's document only.
func TestYearsAndDates(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string // nil: it must fail
	}{
		{"UN GGE " + strings.Repeat("2015, ", 40) + "norm 13(k)", []string{"UNGGE2015/13k"}},
		{"the 2010, 2013 and 2015 GGE reports", []string{"UNGGE2010", "UNGGE2013", "UNGGE2015"}},
		{"resolutions 68/167 of 18 December 2013 and 69/166 of 18 December 2014", []string{"GA68_167", "GA69_166"}},
		{"resolution 68/167 of 18 December 2014", nil}, // 68/167 is of 2013
		{"resolutions 68/167 of 18 December 2014 and 69/166 of 18 December 2013", nil},
	} {
		rs, err := ParseList(tt.in, Any)
		var got []string
		for _, r := range rs {
			got = append(got, r.ID())
		}
		if tt.want == nil && err == nil || tt.want != nil && strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("ParseList(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

// TestOrdinals: an item named by its place in its list, in words or
// digits, with a singular unit of list items.
func TestOrdinals(t *testing.T) {
	wantRefs(t, ParseRef, []readCase{
		{"the third principle of the Paris Call", "ParisCall2018/3"},
		{"the Paris Call's ninth principle", "ParisCall2018/9"},
		{"the 3rd commitment of the Dinard Declaration", "Dinard2019/3"},
		{"the sixth norm of the 2015 GGE report", "UNGGE2015/13f"},
		{"the first norm of the Lucca Declaration", "Lucca2017/1"},
		{"the eleventh norm of the UN GGE 2015 report", "UNGGE2015/13k"},
	})
	wantRefused(t, ParseRef, []string{
		"the tenth principle of the Paris Call",        // nine principles
		"the third paragraph of the Lucca Declaration", // paragraphs are not counted so
		"the first principle",                          // no document
		"the second commitment of the Paris Call",      // principles, not commitments
		"the seventh norm of the 2015 G20 communiqué",  // one norm
		"the third principles of the Paris Call",       // a plural unit
		"the third principle 4 of the Paris Call",      // a place and a label
	})
	if _, err := ParseRef("the seventh norm of the 2015 G20 communiqué", Any); err == nil || !strings.Contains(err.Error(), "has 1 norm, not 7") {
		t.Errorf("the error for a place past a list of one: %v", err)
	}
}

// TestOrgans: a citation that holds a UN symbol may name the organ that
// issues its series, which the document's own names need not hold.
func TestOrgans(t *testing.T) {
	wantRefs(t, ParseRef, []readCase{
		{"UNGA A/70/174", "UNGGE2015"},
		{"UN General Assembly, A/70/174, para. 13(f)", "UNGGE2015/13f"},
		{"United Nations General Assembly, Group of Governmental Experts report, A/70/174 (2015)", "UNGGE2015"},
		{"Human Rights Council, A/HRC/RES/20/8", "HRC20_8"},
		{"General Assembly resolution 70/237", "GA70_237"},
	})
	wantRefused(t, ParseRef, []string{
		"UNGA privacy resolution A/70/174",   // "privacy" is no organ's word
		"General Assembly, A/HRC/RES/20/8",   // the organ of another series
		"UNGA Group of Governmental Experts", // no symbol: the words restrict as any
	})
}

// TestTreatyInitials: a treaty series in initials with full stops, as
// the Bluebook writes it.
func TestTreatyInitials(t *testing.T) {
	for _, in := range []string{"Convention on Cybercrime, Nov. 23, 2001, E.T.S. No. 185", "C.E.T.S. No. 185"} {
		if r, err := ParseRef(in, Any); err != nil || r.ID() != "Budapest2001" {
			t.Errorf("ParseRef(%q) = %s, %v", in, r.ID(), err)
		}
	}
	if r, err := ParseRef("E.T.S. No. 999", Any); err == nil {
		t.Errorf("ParseRef of another treaty's number = %s", r.ID())
	}
}

// TestGroupNames: the groups' names in full read as "G7" and "G20", in
// English and French, in words or digits; a group of no document, or a
// group that is not one of the G7 or G20, names nothing.
func TestGroupNames(t *testing.T) {
	wantRefs(t, ParseRef, []readCase{
		// Bluebook style, as a paper of the field writes the author
		// (internal/cite/testdata/citations-newdocs.txt).
		{"Group of 7, G7 Fundamental Elements of Cybersecurity for the Financial Sector (Oct. 11, 2016)", "FundamentalElements2016"},
		{"Group of Seven, Declaration on Responsible States Behavior in Cyberspace (Lucca, 2017), norm 6", "Lucca2017/6"},
		{"Group of Twenty, Antalya Summit Leaders' Communiqué, para. 26", "G20Antalya2015/26"},
		{"Déclaration du Groupe des Sept de Dinard", "Dinard2019"},
		{"le communiqué du Groupe des Vingt d'Antalya", "G20Antalya2015"},
		{"Group of Governmental Experts, A/70/174", "UNGGE2015"},
	})
	wantRefused(t, ParseRef, []string{
		"Group of Eight, Principles of 2016", // no G8 document
		"Group of Seven",                     // a group is no document
		"Group of 77 statement",
	})
}

// TestNumberSign: a number sign between a unit and its label, as English
// and French texts write it ("principle No. 6", "principe n° 6"); never a
// label of its own.
func TestNumberSign(t *testing.T) {
	wantRefs(t, ParseRef, []readCase{
		{"Paris Call, principle No. 6", "ParisCall2018/6"},
		{"Lucca Declaration, norm no. 6", "Lucca2017/6"},
		{"UN GGE norm no 13(f)", "UNGGE2015/13f"},
		{"l'Appel de Paris (2018), principe n° 6", "ParisCall2018/6"},
		{"Appel de Paris, principe nº 3", "ParisCall2018/3"},
		{"la norme n°6 de la Déclaration de Lucca", "Lucca2017/6"},
		{"Convention on Cybercrime, ETS No. 185", "Budapest2001"},
	})
	wantRefused(t, ParseRef, []string{
		"norm No. (f)",         // a sign before no number
		"Lucca Declaration n°", // nothing after it
	})
}

// TestFrenchSeriesAndKinds: the French names of the treaty series and of
// kinds of document. A kind that no document of the corpus is names
// another document, never set aside: "le cadre de comportement responsable
// des États" is the UN framework, whose words are also the Lucca
// Declaration's.
func TestFrenchSeriesAndKinds(t *testing.T) {
	wantRefs(t, ParseRef, []readCase{
		{"la Convention sur la cybercriminalité du Conseil de l'Europe (STE n° 185)", "Budapest2001"},
		{"STCE n° 185", "Budapest2001"},
		{"la Charte de confiance", "CharterOfTrust2018"},
	})
	wantRefused(t, readCoreRef, []string{
		"le cadre de comportement responsable des États",
		"la stratégie du G7 sur le cyberespace",
		"STE n° 186",
	})
}

// TestOtherDocumentsOfAMeeting: a meeting adopts several documents, and
// a citation of another one, or of the meeting itself, is refused, not
// read as the one the corpus holds with its subject set aside. The
// subject of a title ("declaration on …") is never set aside when a word
// of it is no document's; a word of a meeting never begins a gloss.
func TestOtherDocumentsOfAMeeting(t *testing.T) {
	wantRefused(t, readCoreRef, []string{
		"the Dinard declaration on gender equality",
		"the Lucca declaration on Syria",
		"the Lucca Declaration on women, peace and security",
		"G7 Declaration on Non-Proliferation and Disarmament (Lucca, 2017)",
		"la Déclaration de Dinard sur l'égalité entre les femmes et les hommes",
		"the Paris Call on cyber hygiene",
		"the Toronto summit",
		"the 2018 Toronto G7 summit",
		"the Charlevoix summit",
		"the Antalya summit",
		"the 2015 GGE report's recommendations on confidence-building measures",
	})
	// The subject in the words of the document's own title, and a unit's
	// description, are read.
	wantRefs(t, readCoreRef, []readCase{
		{"the Dinard Declaration on cyber norms", "Dinard2019"},
		{"the Lucca Declaration on responsible state behaviour", "Lucca2017"},
		{"the GGE 2015 norm on supply chain integrity", "UNGGE2015/13i"},
		{"the Budapest Convention as a key tool for combating cybercrime", "Budapest2001"},
	})
}

// TestSubtitle: after a document's name, a colon and a capitalised word of
// no document's name begin a subtitle, another document's; after a label,
// a gloss.
func TestSubtitle(t *testing.T) {
	if r, a, err := ReadRef("the Cyber Norm Initiative: Synthesis of lessons learned and best practices", Any); err == nil {
		t.Errorf("a subtitle: ReadRef = %s, setting aside %v; want an error", r.ID(), a)
	}
	wantRefs(t, readCoreRef, []readCase{
		{"UN GGE 2015 norm 13(b): Consider all relevant information", "UNGGE2015/13b"},
		{"Paris Call, principle 3: Defend electoral processes", "ParisCall2018/3"},
		{"Paris Call: Trust and Security in Cyberspace", "ParisCall2018"},
	})
}

// A readCase is a citation and the ID of what it names.
type readCase struct{ in, want string }

// readCoreRef is ReadRef without what it sets aside.
func readCoreRef(s string, mode Mode) (Ref, error) {
	r, _, err := ReadRef(s, mode)
	return r, err
}

// wantRefs checks that read names what each case wants.
func wantRefs(t *testing.T, read func(string, Mode) (Ref, error), cases []readCase) {
	t.Helper()
	for _, c := range cases {
		if r, err := read(c.in, Any); err != nil || r.ID() != c.want {
			t.Errorf("reading %q: %s, %v; want %s", c.in, r.ID(), err, c.want)
		}
	}
}

// wantRefused checks that read refuses each citation.
func wantRefused(t *testing.T, read func(string, Mode) (Ref, error), ins []string) {
	t.Helper()
	for _, in := range ins {
		if r, err := read(in, Any); err == nil {
			t.Errorf("reading %q: %s; want an error", in, r.ID())
		}
	}
}

// TestGlossBeforeDate: a gloss between commas that a participle begins,
// before a date that ends the citation, is set aside where its names are
// the document's own; the date is read.
func TestGlossBeforeDate(t *testing.T) {
	wantRefs(t, readCoreRef, []readCase{
		// A page's title and the line under it (internal/cite/testdata/citations-field.txt).
		{"Chair's Report of the Meeting of the G7 Ise-Shima Cyber Group, published at the G7 Foreign Ministers meeting in Toronto, April 23, 2018", "Toronto2018"},
		{"G7 Declaration on Responsible States Behavior in Cyberspace, adopted by the G7 foreign ministers in Lucca, 11 April 2017", "Lucca2017"},
	})
	wantRefused(t, readCoreRef, []string{
		"the Lucca Declaration, adopted at the Paris Call meeting, 11 April 2017",                                                                 // another document's name
		"Chair's Report of the Meeting of the G7 Ise-Shima Cyber Group, published at the G7 Foreign Ministers meeting in Toronto, April 24, 2018", // not its date
	})
}
