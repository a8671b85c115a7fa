package cite

import (
	"strings"
	"testing"
)

// TestOpeningWords checks the citations of a paragraph by its words: the
// forms the formatters print and those a reader writes, what they name, and
// the errors of words that name no paragraph or several.
func TestOpeningWords(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"G7 Paris 2019, passage beginning “In addition, in some cases, investigation”", "Paris2019/p18"},
		{`G7 Paris 2019, passage beginning "In addition, in some cases"`, "Paris2019/p18"},     // fewer words, straight quotes
		{"G7 Paris 2019, paragraph beginning “in addition, IN some   cases”", "Paris2019/p18"}, // case and spaces aside
		{"Dinard Declaration, para. beginning “We affirm our willingness”", "Dinard2019/p4"},
		{"G7 Dinard 2019, paragraph “These reports notably stressed”", "Dinard2019/p3"},
		{"UN GGE 2015, heading “III. Norms, rules and principles for the responsible behaviour of States”", "UNGGE2015/p1"},
		{"A/70/174, heading “III. Norms, rules”", "UNGGE2015/p1"},
		{`\cite[passage~beginning~“Thus,~the~G7~Ministers~of~Interior”]{Paris2019}`, "Paris2019/p1"},
		// The words inside the quotation marks are not read as names,
		// years or labels.
		{"G7 Dinard 2019, paragraph beginning “In this context, we recall with appreciation”", "Dinard2019/p2"},
		{"G7 Lucca 2017, paragraph beginning “We remain committed to an accessible”", "Lucca2017/p4"},
		// A label the source does not print, in brackets; the old forms
		// still read.
		{"Paris Call, principle [4]", "ParisCall2018/4"},
		{"Paris Call, principle 4", "ParisCall2018/4"},
		{"G20 Antalya 2015, para. [26]", "G20Antalya2015/26"},
		{`\cite[{principle~[4]}]{ParisCall2018}`, "ParisCall2018/4"},
		{"[Joint communiqué of the G7 foreign ministers' meeting] (Lucca, Italy, April 2017)", "Lucca2017Communique"},
	} {
		r, err := ParseRef(tt.in, Any)
		if err != nil || r.ID() != tt.want {
			t.Errorf("ParseRef(%q) = %s, %v; want %s", tt.in, r.ID(), err, tt.want)
		}
	}
	// Words that begin no paragraph, or several, name no paragraph: the
	// strict reading fails, and the reading of the core sets the quotation
	// aside, as a gloss, and names the document.
	for _, in := range []string{
		"G7 Paris 2019, passage beginning “In addition, in many cases”",
		"G7 Paris 2019, passage beginning “In addition, in some ca”", // not at a word's end
		"Paris Call, paragraph beginning “We recognize”",             // four paragraphs begin so
	} {
		r, a, err := ReadRef(in, Any)
		if err != nil || r.Kind() != KindDocument || a.Len() == 0 {
			t.Errorf("ReadRef(%q) = %s (kind %d), %d spans set aside, %v; want the document, the quotation set aside", in, r.ID(), r.Kind(), a.Len(), err)
		}
	}
	for _, tt := range []struct{ in, err string }{
		// A LaTeX pinpoint is read strictly.
		{`\cite[passage~beginning~“In~addition,~in~many~cases”]{Paris2019}`, `no paragraph of G7 Paris 2019 without a number begins “In~addition,~in~many~cases”`},
		{`\cite[paragraph~beginning~“We~recognize”]{ParisCall2018}`, `4 paragraphs of Paris Call begin “We~recognize”; quote more of the words`},
		{`\cite[paragraph~beginning~“In~addition]{Paris2019}`, "quotes them in quotation marks"},
	} {
		_, err := ParseRef(tt.in, Any)
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("ParseRef(%q): error %v, want %q", tt.in, err, tt.err)
		}
	}
	if _, err := ParseRef("G7 Paris 2019, passage beginning “In addition, in some cases”", Norm); err == nil || !strings.Contains(err.Error(), "is not a norm") {
		t.Errorf("a paragraph cited by its words, as a norm: %v", err)
	}
}

// TestOpeningAllocs checks that reading the new forms allocates nothing, as
// the parser's other forms do (TestParseAllocs).
func TestOpeningAllocs(t *testing.T) {
	for _, in := range []string{
		"G7 Paris 2019, passage beginning “In addition, in some cases, investigation”",
		"Paris Call, principle [4]",
		`\cite[{principle~[4]}]{ParisCall2018}`,
	} {
		if n := testing.AllocsPerRun(100, func() { ParseRef(in, Any) }); n != 0 {
			t.Errorf("ParseRef(%q) allocates %v times", in, n)
		}
	}
}

func TestBeginsWith(t *testing.T) {
	for _, tt := range []struct {
		s, q string
		want bool
	}{
		{"We affirm our willingness to establish", "We affirm our willingness to establish", true},
		{"We affirm our willingness to establish", "we  AFFIRM~our", true},
		{"We affirm our willingness to establish", "We affirm our will", false},
		{"Chair’s report", "Chair's report", true},
		{"In addition, in some cases", "In addition,", true},
		{"In addition, in some cases", "In addition, in some cases, more", false},
		{"In addition", "", true},
	} {
		if got := beginsWith(tt.s, tt.q); got != tt.want {
			t.Errorf("beginsWith(%q, %q) = %v", tt.s, tt.q, got)
		}
	}
}

// BenchmarkOpening measures the new forms against BenchmarkParseRef's.
func BenchmarkOpening(b *testing.B) {
	for _, c := range []struct{ name, in string }{
		{"Passage", "G7 Paris 2019, passage beginning “In addition, in some cases, investigation”"},
		{"Heading", "UN GGE 2015, heading “III. Norms, rules and principles for the responsible behaviour of States”"},
		{"Supplied", "Paris Call, principle [4]"},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := ParseRef(c.in, Any); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
