package norms_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms/norms"
)

func TestParseForms(t *testing.T) {
	tests := []struct {
		in   string
		want norms.ID
	}{
		// The forms the issue lists.
		{"UNGGE2015/13f", "UNGGE2015/13f"},
		{"UN GGE 2015 norm 13(f)", "UNGGE2015/13f"},
		{"2015 GGE report, para. 13 (f)", "UNGGE2015/13f"},
		{"A/70/174, para. 13(f)", "UNGGE2015/13f"},
		{"A/70/174 ¶ 13(f)", "UNGGE2015/13f"},
		{"A/70/174, paragraph 13(f)", "UNGGE2015/13f"},
		{"GGE norm (f)", "UNGGE2015/13f"},
		{"UN norm F", "UNGGE2015/13f"},
		{"norm 13(f)", "UNGGE2015/13f"},
		{"Lucca Declaration, norm 6", "Lucca2017/6"},
		{"G7 Lucca 2017 item 6", "Lucca2017/6"},
		{"G20 Antalya 2015 para. 26", "G20Antalya2015/26"},
		{"Dinard commitment 2", "Dinard2019/2"},
		{"Paris 2019 commitment 12", "Paris2019/12"},
		// A lettered label alone names the UN GGE 2015 norms, the only
		// lettered list (documented on Parse).
		{"13(f)", "UNGGE2015/13f"},
		{"norm f", "UNGGE2015/13f"},
		{"norm (f)", "UNGGE2015/13f"},
		// Case, spacing and punctuation.
		{"  ungge2015/13F ", "UNGGE2015/13f"},
		{"un gge 2015 NORM 13 ( f )", "UNGGE2015/13f"},
		{"A/70/174,para.13(f)", "UNGGE2015/13f"},
		{"A/70/174 § 13(a)", "UNGGE2015/13a"},
		{"UN GGE (2015), para 13 f", "UNGGE2015/13f"}, // a lone letter after a unit
		{"A/70/174, para. 13.f", "UNGGE2015/13f"},
		// Other ways the field writes them.
		{"UN GGE 2015 13(f)", "UNGGE2015/13f"},
		{"UNGGE norm 13f", "UNGGE2015/13f"},
		{"UN-GGE 2015, 13 (k)", "UNGGE2015/13k"},
		{"GGE 13 f", "UNGGE2015/13f"},
		{"United Nations GGE 2015, norm f", "UNGGE2015/13f"},
		{"Group of Governmental Experts 2015, norm (j)", "UNGGE2015/13j"},
		{"paragraph 13(c) of the 2015 GGE report", "UNGGE2015/13c"},
		{"Norm 13(f) (UN GGE 2015)", "UNGGE2015/13f"},
		{"UN GGE Report 2015, para 13(h)", "UNGGE2015/13h"},
		{"the 2015 GGE report’s norm (f)", "UNGGE2015/13f"},
		{"UN GGE norms, 13(g)", "UNGGE2015/13g"},
		{"G7 Declaration on Responsible States Behavior in Cyberspace, norm 6", "Lucca2017/6"},
		{"Lucca 2017 #6", "Lucca2017/6"},
		{"Lucca Declaration no. 12", "Lucca2017/12"},
		{"G7 Lucca norm 11", "Lucca2017/11"},
		{"Dinard Declaration on the Cyber Norm Initiative, commitment 2", "Dinard2019/2"},
		{"CNI commitment 4", "Dinard2019/4"},
		{"G7 Dinard 2019, commitment 1", "Dinard2019/1"},
		{"G7 Interior Ministers, commitment 12", "Paris2019/12"},
		{"G7 Paris 2019, commitment 16", "Paris2019/16"},
		{"G20 Antalya Communiqué para 26", "G20Antalya2015/26"},
		{"G20 Leaders' Communique, paragraph 26", "G20Antalya2015/26"},
		{"G20 norm", "G20Antalya2015/26"},
		{"Antalya para 26", "G20Antalya2015/26"},
		{"GGE 2015 recommendation 13(f)", "UNGGE2015/13f"},
		{"UN GGE 2015 13.f", "UNGGE2015/13f"},
		{"13(f) UN GGE 2015", "UNGGE2015/13f"},
		{"norm 13(f) of A/70/174", "UNGGE2015/13f"},
		{"“UN GGE 2015 norm 13(f)”", "UNGGE2015/13f"},
		{"G20 2015 ¶ 26", "G20Antalya2015/26"},
		{"G7 Interior Ministers 2019 commitment 12", "Paris2019/12"},
	}
	for _, tt := range tests {
		n, err := norms.Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if n.ID() != tt.want {
			t.Errorf("Parse(%q) = %s, want %s", tt.in, n.ID(), tt.want)
		}
	}
}

func TestParseRejects(t *testing.T) {
	tests := []struct {
		in   string
		part string // the part reported as not understood, "" for none
		msg  string // a piece of the message
	}{
		{"SEC Form 13(f)", "SEC Form", "is not part of any citation of the corpus"},
		{"13F filing", "filing", "is not part of any citation of the corpus"},
		{"Section 13(f) of the Act", "Section", `"Section", "Act" are not part of any citation of the corpus`},
		{"13F", "", "which document?"},
		{"Item 13(f)", "", "which document?"},
		{"para 13(f)", "", "which document?"},
		{"norm 6", "", "which document?"},
		{"", "", "empty citation"},
		{"UN GGE 2015 norm 13(l)", "13(l)", "UN GGE 2015 has no norm 13(l); its norms are 13(a) to 13(k)"},
		{"Lucca norm 13", "13", "G7 Lucca 2017 has no norm 13; its norms are 1 to 12"},
		{"A/70/174 para 13", "13", "paragraph 13 of the UN GGE 2015 holds the norms 13(a) to 13(k)"},
		{"Toronto 2018 para 7", "", "G7 Toronto 2018 Chair's Report has no list of norms"},
		{"G7 commitment 2", "", "ambiguous: it could be G7 Dinard 2019, commitment 2 or G7 Paris 2019, commitment 2"},
		{"GGE 2016 norm f", "2016", "no document of 2016"},
		{"G20 Antalya 2015", "", `add a label, as in "G20 Antalya 2015, para. 26"`},
		{"Lucca2017", "Lucca2017", "is the ID of a document, not of a norm"},
		{"UNGGE2015/13l", "13l", `UN GGE 2015 has no item "13l"`},
		{"UN GGE 2015 norm 13(f) and 13(g)", "13(g)", "more than one label"},
		{"Budapest Convention article 2", "article", "is not part of any citation"},
	}
	for _, tt := range tests {
		n, err := norms.Parse(tt.in)
		if err == nil {
			t.Errorf("Parse(%q) = %s, want an error", tt.in, n.ID())
			continue
		}
		var pe *norms.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("Parse(%q) error is %T, want *norms.ParseError", tt.in, err)
			continue
		}
		if pe.Input != tt.in || pe.Part != tt.part || !strings.Contains(pe.Msg, tt.msg) {
			t.Errorf("Parse(%q) = {Input %q, Part %q, Msg %q}, want part %q and a message containing %q", tt.in, pe.Input, pe.Part, pe.Msg, tt.part, tt.msg)
		}
		if !strings.HasPrefix(err.Error(), "cannot parse citation ") {
			t.Errorf("Parse(%q) error = %q", tt.in, err)
		}
	}
}

// TestRoundTrip checks, for every norm, that its short citation, its ID and
// its JSON form all come back to the same norm.
func TestRoundTrip(t *testing.T) {
	type record struct {
		Norm  norms.Norm  `json:"norm"`
		Ptr   *norms.Norm `json:"ptr"`
		ID    norms.ID    `json:"id"`
		Empty norms.ID    `json:"empty"`
		Zero  norms.Norm  `json:"zero"`
	}
	count := 0
	for n := range norms.All() {
		count++
		for _, s := range []string{n.String(), string(n.ID()), n.Cite(norms.Short)} {
			got, err := norms.Parse(s)
			if err != nil || got != n {
				t.Errorf("Parse(%q) = %v, %v; want %s", s, got, err, n.ID())
			}
		}
		data, err := json.Marshal(record{Norm: n, Ptr: &n, ID: n.ID()})
		if err != nil {
			t.Fatalf("%s: %v", n.ID(), err)
		}
		if want := `{"norm":"` + string(n.ID()) + `","ptr":"` + string(n.ID()) + `","id":"` + string(n.ID()) + `","empty":"","zero":""}`; string(data) != want {
			t.Errorf("JSON = %s, want %s", data, want)
		}
		var back record
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatalf("%s: %v", n.ID(), err)
		}
		if back.Norm != n || back.Ptr == nil || *back.Ptr != n || back.ID != n.ID() || !back.Zero.IsZero() {
			t.Errorf("%s: JSON round trip gives %+v", n.ID(), back)
		}
	}
	if count != 54 {
		t.Errorf("All yields %d norms, want 54", count)
	}
}

func TestUnknownID(t *testing.T) {
	var id norms.ID
	err := json.Unmarshal([]byte(`"UNGGE2015/13l"`), &id)
	var ue *norms.UnknownIDError
	if !errors.As(err, &ue) {
		t.Fatalf("error %v (%T), want *norms.UnknownIDError", err, err)
	}
	if ue.ID != "UNGGE2015/13l" || len(ue.Closest) != 3 || ue.Closest[0] != "UNGGE2015/13k" {
		t.Errorf("error = %+v", ue)
	}
	for _, c := range ue.Closest {
		if !strings.HasPrefix(string(c), "UNGGE2015/13") {
			t.Errorf("closest %s is not one of the UN GGE 2015 norms", c)
		}
	}
	if !strings.Contains(err.Error(), `unknown norm ID "UNGGE2015/13l"; the closest known IDs are UNGGE2015/13`) {
		t.Errorf("message: %v", err)
	}
	var n norms.Norm
	if err := json.Unmarshal([]byte(`"lucca2017/6"`), &n); err == nil || !strings.Contains(err.Error(), "Lucca2017/6") {
		t.Errorf("unmarshalling a wrongly cased ID: %v; want an error naming Lucca2017/6", err)
	}
	if _, err := norms.ID("Nowhere/1").MarshalText(); err == nil {
		t.Errorf("marshalling an unknown ID succeeds")
	}
}

func TestCite(t *testing.T) {
	f := norms.UNGGE2015[norms.F]
	tests := []struct {
		n     norms.Norm
		style norms.Style
		want  string
	}{
		{f, norms.Short, "UN GGE 2015, norm 13(f)"},
		{f, norms.Formal, "Report of the Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security, UN Doc. A/70/174 (22 July 2015), para. 13(f)"},
		// The address of A/70/174 that the sources name was not observed:
		// no citation prints it.
		{f, norms.URL, ""},
		{norms.Lucca2017[norms.N6], norms.Formal, "G7 Foreign Ministers, G7 Declaration on Responsible States Behavior in Cyberspace (Lucca, Italy, 11 April 2017), norm 6"},
		{norms.Lucca2017[norms.N6], norms.URL, "http://g7.utoronto.ca/foreign/170411-cyberspace.html"},
		{norms.G20Antalya2015[0], norms.Formal, "G20 Heads of State and Government, G20 Leaders' Communiqué (Antalya, Turkey, 16 November 2015), para. [26]"},
		{norms.ParisCall2018[3], norms.Formal, "Paris Call for Trust and Security in Cyberspace (Paris, 12 November 2018), principle [4]"},
		{norms.Paris2019[norms.N12], norms.Short, "G7 Paris 2019, commitment 12"},
	}
	for _, tt := range tests {
		if got := tt.n.Cite(tt.style); got != tt.want {
			t.Errorf("%s.Cite(%s) =\n %q\nwant\n %q", tt.n.ID(), tt.style, got, tt.want)
		}
	}
	bib := f.Cite(norms.BibTeX)
	for _, want := range []string{
		"% UN GGE 2015, norm 13(f): cite as \\cite[para.~13(f)]{UNGGE2015}\n",
		"@techreport{UNGGE2015,\n",
		"  author       = {{United Nations General Assembly}},\n",
		"  title        = {{Report of the Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security}},\n",
		"  institution  = {United Nations},\n",
		"  type         = {UN Doc.},\n",
		"  number       = {A/70/174},\n",
		"  year         = {2015},\n",
		"  month        = jul,\n",
		"  date         = {2015-07-22},\n",
		"  note         = {Excerpt in the cybernorms corpus, ID UNGGE2015},\n",
	} {
		if !strings.Contains(bib, want) {
			t.Errorf("BibTeX lacks %q:\n%s", want, bib)
		}
	}
	if strings.Count(bib, "{") != strings.Count(bib, "}") {
		t.Errorf("unbalanced braces in BibTeX:\n%s", bib)
	}
}

func TestStyles(t *testing.T) {
	for _, s := range []norms.Style{norms.Short, norms.Formal, norms.URL, norms.BibTeX} {
		got, err := norms.ParseStyle(strings.ToUpper(s.String()))
		if err != nil || got != s {
			t.Errorf("ParseStyle(%q) = %v, %v", s, got, err)
		}
	}
	if _, err := norms.ParseStyle("apa"); err == nil || !strings.Contains(err.Error(), "short, formal, url, bibtex") {
		t.Errorf("ParseStyle(apa) error = %v", err)
	}
}

func TestIteration(t *testing.T) {
	var docs []string
	for l := range norms.Lists() {
		docs = append(docs, l.Document())
	}
	if want := []string{"Dinard2019", "G20Antalya2015", "GCSC2017", "Lucca2017", "Paris2019", "ParisCall2018", "UNGGE2015"}; !slices.Equal(docs, want) {
		t.Errorf("Lists() = %q, want %q", docs, want)
	}
	// Stopping early stops.
	n := 0
	for range norms.All() {
		n++
		if n == 5 {
			break
		}
	}
	for range norms.Lists() {
		break
	}
	// All yields the lists' own elements, in order.
	var i int
	var want []norms.Norm
	for _, l := range [][]norms.Norm{norms.Dinard2019[:], norms.G20Antalya2015[:], norms.GCSC2017[:], norms.Lucca2017[:], norms.Paris2019[:], norms.ParisCall2018[:], norms.UNGGE2015[:]} {
		want = append(want, l...)
	}
	for n := range norms.All() {
		if n.ID() != want[i].ID() {
			t.Errorf("All()[%d] = %s, want %s", i, n.ID(), want[i].ID())
		}
		i++
	}
}

func TestRestatedBy(t *testing.T) {
	for i := range norms.UNGGE2015 {
		got := slices.Collect(norms.UNGGE2015[i].RestatedBy())
		if len(got) != 1 || got[0] != norms.Lucca2017[i] {
			t.Errorf("UNGGE2015[%d].RestatedBy() = %v, want [Lucca2017[%d]]", i, got, i)
		}
	}
	if got := slices.Collect(norms.G20Antalya2015[0].RestatedBy()); len(got) != 1 || got[0] != norms.Lucca2017[norms.N12] {
		t.Errorf("G20Antalya2015[0].RestatedBy() = %v", got)
	}
	if got := slices.Collect(norms.Lucca2017[norms.N1].RestatedBy()); got != nil {
		t.Errorf("Lucca2017[0].RestatedBy() = %v, want nil", got)
	}
}

// FuzzParse checks that Parse never panics, and that whatever it accepts
// round-trips through the norm's citation and ID.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"A/70/174, para. 13(f)", "UN norm F", "Lucca Declaration, norm 6", "G20 norm", "SEC Form 13(f)", "13(f)", "Dinard commitment 2", "UNGGE2015/13f", "§ 13 (f)", "#",
		"Appel de Paris, principe 2", "ParisCall2018.fr/2", "la", "le principe 2", "norme (f)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := norms.Parse(s)
		if err != nil {
			var pe *norms.ParseError
			if !errors.As(err, &pe) || pe.Input != s {
				t.Fatalf("Parse(%q): error %v (%T)", s, err, err)
			}
			return
		}
		for _, c := range []string{n.String(), n.VersionID()} {
			if back, err := norms.Parse(c); err != nil || back != n {
				t.Fatalf("Parse(%q) = %s, but Parse(%q) = %v, %v", s, n.VersionID(), c, back, err)
			}
		}
		if back, err := norms.Parse(string(n.ID())); err != nil || back.ID() != n.ID() {
			t.Fatalf("Parse(%q) = %s, but Parse(%q) = %v, %v", s, n.ID(), n.ID(), back, err)
		}
		var back norms.Norm
		if b, err := n.MarshalText(); err != nil || back.UnmarshalText(b) != nil || back != n {
			t.Fatalf("Parse(%q) = %s, which marshals as %q and reads back as %v", s, n.VersionID(), b, back)
		}
	})
}
