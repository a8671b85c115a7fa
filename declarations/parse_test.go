package declarations_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in    string
		doc   declarations.ID
		label string // "" when the citation names the whole document
	}{
		{"Toronto 2018 chair's report, para. 7", "Toronto2018", "7"},
		{"Chair’s Report of the Meeting of the G7 Ise-Shima Cyber Group ¶ 12", "Toronto2018", "12"},
		{"Toronto2018/7", "Toronto2018", "7"},
		{"Lucca Declaration", "Lucca2017", ""},
		{"G7 Lucca 2017", "Lucca2017", ""},
		{"Lucca2017", "Lucca2017", ""},
		{"G7 Lucca 2017, norm 6", "Lucca2017", "6"},
		{"Lucca2017/6", "Lucca2017", "6"},
		{"G7 Lucca 2017 Joint Communiqué", "Lucca2017Communique", ""},
		{"A/70/174, para. 13(f)", "UNGGE2015", "13(f)"},
		{"A/70/174", "UNGGE2015", ""},
		{"2010 GGE report", "UNGGE2010", ""},
		{"G20 Antalya 2015 para. 26", "G20Antalya2015", "26"},
		{"Paris 2019 commitment 12", "Paris2019", "12"},
		{"Budapest Convention", "Budapest2001", ""},
		{"HRC resolution 20/8", "HRC20_8", ""},
		{"General Assembly resolution 70/237", "GA70_237", ""},
		{"Taormina", "Taormina2017", ""},
		{"G7 Principles and Actions on Cyber", "IseShima2016", ""},
	}
	for _, tt := range tests {
		d, p, err := declarations.Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		label := ""
		if !p.IsZero() {
			label = p.Label()
			if !inParagraphs(d, p) {
				t.Errorf("Parse(%q): the paragraph is not one of %s's own", tt.in, d.ID())
			}
		}
		if d.ID() != tt.doc || label != tt.label {
			t.Errorf("Parse(%q) = %s paragraph %q, want %s paragraph %q", tt.in, d.ID(), label, tt.doc, tt.label)
		}
	}
}

func inParagraphs(d declarations.Declaration, p declarations.Paragraph) bool {
	for q := range d.Paragraphs() {
		if q == p {
			return true
		}
	}
	return false
}

func TestParseRejects(t *testing.T) {
	tests := []struct{ in, msg string }{
		{"Lucca para 3", "G7 Lucca 2017 does not number its paragraphs"},
		{"Toronto 2018 para 13", "has no paragraph 13; its labels are 1 to 12"},
		{"GGE", "ambiguous: it could be UN GGE 2010 or UN GGE 2013 or UN GGE 2015"},
		{"G7 2019", "ambiguous"},
		{"SEC Form 13(f)", `"SEC Form" is not part of any citation`},
		{"para 7", "no document named"},
		{"Toronto2018/99", `has no item "99"`},
		{"Geneva Convention", `"Geneva" is not part of any citation`},
	}
	for _, tt := range tests {
		d, _, err := declarations.Parse(tt.in)
		var pe *norms.ParseError
		if err == nil || !errors.As(err, &pe) || !strings.Contains(pe.Msg, tt.msg) {
			t.Errorf("Parse(%q) = %v, %v; want a *norms.ParseError containing %q", tt.in, d, err, tt.msg)
		}
	}
}

// TestDocumentRoundTrip checks, for every document, that its short name and
// ID parse back to it, and that it marshals to JSON as its ID and back.
func TestDocumentRoundTrip(t *testing.T) {
	type record struct {
		Doc declarations.Declaration `json:"doc"`
		ID  declarations.ID          `json:"id"`
	}
	n := 0
	for d := range declarations.All() {
		n++
		for _, s := range []string{d.String(), string(d.ID()), d.Cite(norms.Short)} {
			got, p, err := declarations.Parse(s)
			if err != nil || got != d || !p.IsZero() {
				t.Errorf("Parse(%q) = %v, %v, %v; want %s", s, got, p, err, d.ID())
			}
		}
		data, err := json.Marshal(record{d, d.ID()})
		if err != nil {
			t.Fatal(err)
		}
		if want := `{"doc":"` + string(d.ID()) + `","id":"` + string(d.ID()) + `"}`; string(data) != want {
			t.Errorf("JSON = %s, want %s", data, want)
		}
		var back record
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatal(err)
		}
		if back.Doc != d || back.ID != d.ID() {
			t.Errorf("%s: JSON round trip gives %+v", d.ID(), back)
		}
	}
	if n != len(docs) {
		t.Errorf("All yields %d documents, want %d", n, len(docs))
	}
	var id declarations.ID
	err := id.UnmarshalText([]byte("Luca2017"))
	var ue *declarations.UnknownIDError
	if !errors.As(err, &ue) || len(ue.Closest) == 0 || ue.Closest[0] != "Lucca2017" {
		t.Errorf("UnmarshalText(Luca2017) = %v, want an UnknownIDError naming Lucca2017 first", err)
	}
}

func TestAllInIDOrder(t *testing.T) {
	var ids []string
	for d := range declarations.All() {
		ids = append(ids, string(d.ID()))
	}
	for i := 1; i < len(ids); i++ {
		if ids[i-1] >= ids[i] {
			t.Errorf("All: %s before %s", ids[i-1], ids[i])
		}
	}
}

func TestCite(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{declarations.Lucca2017.Cite(norms.Short), "G7 Lucca 2017"},
		{declarations.Lucca2017.Cite(norms.Formal), "G7 Foreign Ministers, G7 Declaration on Responsible States Behavior in Cyberspace (Lucca, Italy, 11 April 2017)"},
		{declarations.UNGGE2015.Cite(norms.Formal), "Report of the Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security, UN Doc. A/70/174 (22 July 2015)"},
		{declarations.GA58_199.Cite(norms.Formal), "UNGA Res 58/199 (23 December 2003), UN Doc. A/RES/58/199"},
		{declarations.Budapest2001.Cite(norms.Formal), "Convention on Cybercrime (opened for signature 23 November 2001), ETS No. 185"},
		{declarations.Dinard2019.Cite(norms.URL), "http://www.g7.utoronto.ca/foreign/190406-cyber.html"},
		{declarations.Toronto2018.Paragraph(7).Cite(norms.Short), "G7 Toronto 2018 Chair's Report, para. 7"},
		// The body the title names is not repeated before it.
		{declarations.Toronto2018.Paragraph(7).Cite(norms.Formal), "Chair's Report of the Meeting of the G7 Ise-Shima Cyber Group (Toronto, Canada, 23 April 2018), para. 7"},
		{declarations.IseShima2016.Cite(norms.Formal), "G7 Principles and Actions on Cyber (Ise-Shima, Japan, 27 May 2016)"},
		// No published title: the description, in brackets.
		{declarations.Lucca2017Communique.Cite(norms.Formal), "[Joint communiqué of the G7 foreign ministers' meeting] (Lucca, Italy, April 2017)"},
		// The place is the dateline's.
		{declarations.Dinard2019.Cite(norms.Formal), "G7 Foreign Ministers, Dinard Declaration on the Cyber Norm Initiative (Saint Malo, France, 6 April 2019)"},
		// A text held whole, every break published: its place among the
		// paragraphs. Otherwise, the words it begins with.
		{declarations.Lucca2017.Paragraph(4).Cite(norms.Short), "G7 Lucca 2017, unnumbered paragraph 4 of 34"},
		{declarations.UNGGE2015.Paragraph(1).Cite(norms.Short), "UN GGE 2015, heading “III. Norms, rules and principles for the responsible behaviour of States”"},
		{declarations.Paris2019.Paragraph(18).Cite(norms.Short), "G7 Paris 2019, passage beginning “In addition, in some cases, investigation”"},
		{declarations.Dinard2019.Paragraph(4).Cite(norms.Short), "G7 Dinard 2019, paragraph beginning “We affirm our willingness to establish”"},
		{declarations.G20Antalya2015.Paragraph(1).Cite(norms.Short), "G20 Antalya 2015, para. [26]"},
		{declarations.Lucca2017.Paragraph(28).Cite(norms.Short), "G7 Lucca 2017, norm 6"},
		{declarations.UNGGE2015.Paragraph(7).Cite(norms.Short), "UN GGE 2015, para. 13(f)"},
		{declarations.Toronto2018.Paragraph(13).Cite(norms.Short), ""},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got\n %q\nwant\n %q", tt.got, tt.want)
		}
	}
	bib := declarations.Toronto2018.Paragraph(7).Cite(norms.BibTeX)
	if !strings.HasPrefix(bib, "% G7 Toronto 2018 Chair's Report, para. 7: cite as \\cite[para.~7]{Toronto2018}\n@misc{Toronto2018,\n") || strings.Contains(bib, "author") {
		t.Errorf("BibTeX:\n%s", bib)
	}
	if got := declarations.Lucca2017.Cite(norms.BibTeX); !strings.Contains(got, "  author       = {{G7 Foreign Ministers}},\n") || !strings.Contains(got, "  date         = {2017-04-11},\n") {
		t.Errorf("BibTeX of Lucca2017:\n%s", got)
	}
}

// TestBacklinks checks the generated reverse links against the forward links
// of every document.
func TestBacklinks(t *testing.T) {
	want := map[declarations.ID][]declarations.Backlink{}
	for d := range declarations.All() {
		for l := range d.Links() {
			want[l.Target] = append(want[l.Target], declarations.Backlink{From: d.ID(), Rel: l.Rel, Paragraph: l.Paragraph, Basis: l.Basis, Unverified: l.Unverified})
		}
	}
	for d := range declarations.All() {
		if got := slices.Collect(d.Backlinks()); !slices.Equal(want[d.ID()], got) {
			t.Errorf("%s.Backlinks() = %+v, want %+v", d.ID(), got, want[d.ID()])
		}
	}
}

func TestNormLinks(t *testing.T) {
	got := slices.Collect(declarations.NormLinks(norms.UNGGE2015[norms.F]))
	if len(got) == 0 {
		t.Fatal("no links to UN GGE norm 13(f)")
	}
	first := got[0]
	if first.From != "Lucca2017" || first.Rel != declarations.Restates || first.Norm != "Lucca2017/6" || normID(declarations.Lucca2017.Paragraph(first.Paragraph)) != "Lucca2017/6" {
		t.Errorf("first link = %+v, want Lucca 2017's item 6 restating it", first)
	}
	if want := slices.Collect(declarations.UNGGE2015.Backlinks()); !slices.Equal(want, got[1:]) {
		t.Errorf("the rest should be the links to the report %+v, got %+v", want, got[1:])
	}
	var froms []string
	for _, b := range got {
		froms = append(froms, string(b.From)+" "+b.Rel.String())
	}
	for _, w := range []string{"Lucca2017 restates", "Toronto2018 reaffirms", "Dinard2019 recalls", "GA70_237 endorses"} {
		if !strings.Contains(strings.Join(froms, ","), w) {
			t.Errorf("NormLinks(13f) lacks %q: %v", w, froms)
		}
	}
	if got := slices.Collect(declarations.NormLinks(norms.Norm{})); got != nil {
		t.Errorf("NormLinks of the zero Norm = %v", got)
	}
}

// FuzzParse checks that Parse never panics, that its errors are
// *norms.ParseError values that quote the input, and that whatever it
// accepts round-trips: the document through its versioned ID and its short
// name (its ID gives the same document, perhaps in another language), a
// paragraph, labelled or not, through its citation.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"Toronto 2018 chair's report, para. 7", "Lucca Declaration", "A/70/174, para. 13(f)", "G7 Lucca 2017, norm 6", "Toronto2018/7", "Lucca2017", "Budapest Convention", "UNGA resolution 70/237", "Dinard commitment 2", "13(f)", "para. 7", "SEC Form 13(f)", "¶",
		// Lone common words of the languages the corpus holds, and the
		// French version's own names and versioned IDs.
		"la", "le", "de", "pour", "du", "et", "the", "of", "Call", "Appel", "Appel de Paris", "ParisCall2018.fr", "ParisCall2018.fr/p3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, p, err := declarations.Parse(s)
		if err != nil {
			var pe *norms.ParseError
			if !errors.As(err, &pe) || pe.Input != s {
				t.Fatalf("Parse(%q): error %v (%T)", s, err, err)
			}
			if !d.IsZero() || !p.IsZero() {
				t.Fatalf("Parse(%q) = %v, %v and an error", s, d, p)
			}
			return
		}
		if d.IsZero() {
			t.Fatalf("Parse(%q) returned neither a document nor an error", s)
		}
		// The answer's own versioned ID and name read back to the same
		// language version; its ID to the same document.
		for _, c := range []string{d.VersionID(), d.String()} {
			if back, bp, err := declarations.Parse(c); err != nil || back != d || !bp.IsZero() {
				t.Fatalf("Parse(%q) = %s, but Parse(%q) = %v, %v, %v", s, d.VersionID(), c, back, bp, err)
			}
		}
		if back, _, err := declarations.Parse(string(d.ID())); err != nil || back.ID() != d.ID() {
			t.Fatalf("Parse(%q) = %s, but Parse(%q) = %v, %v", s, d.ID(), d.ID(), back, err)
		}
		if p.IsZero() {
			return
		}
		i := -1
		for j := range d.NumParagraphs() {
			if d.Paragraph(j+1) == p {
				i = j
			}
		}
		if i < 0 {
			t.Fatalf("Parse(%q) returned a paragraph that is not one of %s's", s, d.ID())
		}
		c := p.Cite(norms.Short)
		if back, bp, err := declarations.Parse(c); err != nil || back != d || bp != p {
			t.Fatalf("Parse(%q) = %s paragraph %d, but Parse(%q) = %v, %v, %v", s, d.ID(), i+1, c, back, bp, err)
		}
	})
}
