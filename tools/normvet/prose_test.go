package normvet

import (
	"strconv"
	"strings"
	"testing"
)

// TestFindCitations pins down the heuristic of the package documentation:
// what is taken for a citation, and what resolves.
func TestFindCitations(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string // the citations found, with " !" after one that names nothing, " ?" after a paragraph
	}{
		{"See UN GGE norm 13(l).", []string{"UN GGE norm 13(l) !"}},
		{"As Lucca 2017 item 13 says", []string{"Lucca 2017 item 13 !"}},
		{"the Luca Declaration, norm 6", []string{"Luca Declaration, norm 6 !"}},
		{"UNGGE2015/13l", []string{"UNGGE2015/13l !"}},
		{"lucca2017/6", []string{"lucca2017/6"}},
		{"A/70/174, para. 13(f) and para. 13(g)", []string{"A/70/174, para. 13(f)"}},
		{"UN GGE 2015 norm 13(f) and Lucca item 6", []string{"UN GGE 2015 norm 13(f)", "Lucca item 6"}},
		{"norm 6 of the Lucca Declaration", []string{"norm 6 of the Lucca Declaration"}},
		{"UN Doc. A/70/174, para. 13 (f)", []string{"UN Doc. A/70/174, para. 13 (f)"}},
		{"Dinard commitment 5", []string{"Dinard commitment 5 !"}},
		{"Paris 2019 commitment 17", []string{"Paris 2019 commitment 17 !"}},
		{"G20 para. 26", []string{"G20 para. 26"}},
		{"norm 13(q)", []string{"norm 13(q) !"}},
		{"UN GGE 2016 norm 13(f)", []string{"UN GGE 2016 norm 13(f) !"}},

		// Not citations.
		{"SEC Form 13(f)", nil},
		{"a 13F filing", nil},
		{"Section 13(f) of the Act", nil},
		{"item 13 of the list", nil},
		{"the G7 commitment 5", nil},
		{"Paris 2024 item 3", nil},
		{"Paris 2019 16 times", nil},
		{"RFC 2119 section 5", nil},
		{"norm 5 of the vector", nil},
		{"norm (a) of x", nil},
		{"the UN Charter, Article 51", nil},
		{"UN resolution 2341 para 5 and 6", nil},
		{"Paris, France. 13 people", nil},
		{"13 items in 2015", nil},
		{"paragraph 3 of the report", nil},
		{"L2 norm 13(f)", nil},
		{"in binary), 0o for octal", nil},
		{"0s in its binary form", nil},
		{"the Dinrad Declaration, commitment 2", []string{"Dinrad Declaration, commitment 2 !"}},
		{"the norms of paragraph 13 of the 2015 UN GGE report", nil},
		{"Items 1 to 11 restate the UN GGE norms, item 12 the G20 norm", nil},
		{"UN GGE norm 13", []string{"UN GGE norm 13 !"}},
		{"Toronto2018/7", []string{"Toronto2018/7 ?"}},
		{"UN GGE 2010 para. 7", nil}, // a paragraph of a document without a list
	} {
		var got []string
		for _, c := range findCitations(tt.text) {
			s := c.text
			switch {
			case c.paragraph:
				s += " ?"
			case c.err != nil:
				s += " !"
			}
			got = append(got, s)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("findCitations(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestClosest(t *testing.T) {
	for in, want := range map[string]string{
		"UN GGE norm 13(l)":        "UNGGE2015/13k",
		"Lucca 2017 item 13":       "Lucca2017/12",
		"Luca Declaration, norm 6": "Lucca2017/6",
		"UNGGE2015/13l":            "UNGGE2015/13k",
		"Lucca2017/13":             "Lucca2017/12",
		"UN GGE 2016 norm 13(f)":   "UNGGE2015/13f",
		"Dinard commitment 5":      "Dinard2019/4",
		"Luca 2017 item 13":        "Lucca2017/12",
		"GGE norm z":               "UNGGE2015/13k",
	} {
		n := closest(in)
		if n.IsZero() || string(n.ID()) != want {
			t.Errorf("closest(%q) = %v, want %s", in, n, want)
		}
	}
}

// yearsComment returns a comment of n bytes whose one citation, which names
// no norm, holds many years: the worst case of the closest-citation search,
// which tries the label and the words nearest it, not every pair of words.
func yearsComment(n int) string {
	var b strings.Builder
	b.WriteString("// Governments have agreed on norms of responsible behaviour many times, as the record shows: in ")
	ys := []string{"2010", "2013", "2015", "2016", "2017", "2019"}
	for i := 0; b.Len() < n-127; i++ {
		b.WriteString(ys[i%len(ys)])
		b.WriteString(", ")
	}
	b.WriteString("the UN GGE norm 13(l) asked them to protect what their people rely on, and so did others.")
	for b.Len() < n {
		b.WriteString(".")
	}
	return b.String()
}

// BenchmarkFindCitationsYears measures findCitations on comments of
// growing length that hold one citation with many years: the time per byte
// should not grow with the length.
func BenchmarkFindCitationsYears(b *testing.B) {
	for _, n := range []int{687, 4 * 687, 16 * 687} {
		text := yearsComment(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if cs := findCitations(text); len(cs) != 1 || cs[0].err == nil {
					b.Fatalf("findCitations = %+v, want one citation that names no norm", cs)
				}
			}
		})
	}
}

// TestClosestManyYears checks that the closest-citation search, which tries
// only the label and the words nearest it, still changes the label of a
// citation with many years.
func TestClosestManyYears(t *testing.T) {
	s := "UN GGE " + strings.Repeat("2015, ", 40) + "norm 13(l)"
	if n := closest(s); string(n.ID()) != "UNGGE2015/13k" {
		t.Errorf("closest(%q) = %v, want UNGGE2015/13k", s, n.ID())
	}
}
