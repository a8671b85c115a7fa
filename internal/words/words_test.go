package words

import (
	"slices"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []Token
	}{
		{"UN GGE 2015 norm 13(f)", []Token{
			{Kind: Word, Text: "un", Start: 0, End: 2},
			{Kind: Word, Text: "gge", Start: 3, End: 6},
			{Kind: Number, Text: "2015", Start: 7, End: 11},
			{Kind: Word, Text: "norm", Start: 12, End: 16},
			{Kind: Label, Text: "13", Letter: 'f', Start: 17, End: 22},
		}},
		{"A/70/174 ¶ 13 ( F )", []Token{
			{Kind: Symbol, Text: "a/70/174", Start: 0, End: 8},
			{Kind: Mark, Text: "¶", Start: 9, End: 11},
			{Kind: Label, Text: "13", Letter: 'f', Start: 12, End: 20},
		}},
		{"Chair’s Report; Ise-Shima, para.7", []Token{
			{Kind: Word, Text: "chair", Start: 0, End: 9},
			{Kind: Word, Text: "report", Start: 10, End: 16},
			{Kind: Word, Text: "ise", Start: 18, End: 21},
			{Kind: Word, Text: "shima", Start: 22, End: 27},
			{Kind: Word, Text: "para", Start: 29, End: 33},
			{Kind: Number, Text: "7", Start: 34, End: 35},
		}},
		{"13F filing (f) G7 Communiqué leaders'", []Token{
			{Kind: Label, Text: "13", Letter: 'f', Bare: true, Start: 0, End: 3},
			{Kind: Word, Text: "filing", Start: 4, End: 10},
			{Kind: Label, Letter: 'f', Start: 11, End: 14},
			{Kind: Word, Text: "g7", Start: 15, End: 17},
			{Kind: Word, Text: "communique", Start: 18, End: 29},
			{Kind: Word, Text: "leaders", Start: 30, End: 37},
		}},
		{"HRC 20/8 (13) #6", []Token{
			{Kind: Word, Text: "hrc", Start: 0, End: 3},
			{Kind: Symbol, Text: "20/8", Start: 4, End: 8},
			{Kind: Number, Text: "13", Start: 10, End: 12},
			{Kind: Mark, Text: "#", Start: 14, End: 15},
			{Kind: Number, Text: "6", Start: 15, End: 16},
		}},
		{"", nil},
		{"  ,;. ", nil},
	}
	for _, tt := range tests {
		got := Tokens(tt.in)
		if slices.Equal(got, tt.want) && (got == nil) == (tt.want == nil) {
			continue
		}
		t.Errorf("Tokens(%q):", tt.in)
		for i := range max(len(got), len(tt.want)) {
			switch {
			case i >= len(got):
				t.Errorf("  [%d] missing, want %+v", i, tt.want[i])
			case i >= len(tt.want):
				t.Errorf("  [%d] extra %+v", i, got[i])
			case got[i] != tt.want[i]:
				t.Errorf("  [%d] got  %+v\n       want %+v", i, got[i], tt.want[i])
			}
		}
		if (got == nil) != (tt.want == nil) {
			t.Errorf("  got %#v, want %#v", got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[rune]rune{'É': 'e', 'é': 'e', 'ü': 'u', 'Ç': 'c', '’': '\'', '—': '-', 'A': 'a', '¶': '¶'} {
		if got := FoldCitation(in); got != want {
			t.Errorf("FoldCitation(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{{"", "", 0}, {"abc", "", 3}, {"UNGGE2015/13l", "UNGGE2015/13k", 1}, {"kitten", "sitting", 3}} {
		if got := Distance(tt.a, tt.b); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func FuzzTokens(f *testing.F) {
	f.Add("A/70/174, para. 13 (f)")
	f.Add("Chair’s Report ¶ 7")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tok := range Tokens(s) {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("token %+v out of order or range in %q", tok, s)
			}
			prev = tok.End
		}
	})
}

func TestClosest(t *testing.T) {
	ids := []string{"UNGGE2015/13a", "UNGGE2015/13b", "UNGGE2015/13j", "UNGGE2015/13k", "Lucca2017/1", "Lucca2017/10", "Lucca2017/11", "Lucca2017/12"}
	for _, tt := range []struct {
		in   string
		n    int
		want []string
	}{
		{"UNGGE2015/13l", 2, []string{"UNGGE2015/13k", "UNGGE2015/13j"}},
		{"ungge2015/13A", 1, []string{"UNGGE2015/13a"}},
		{"Lucca2017/13", 3, []string{"Lucca2017/12", "Lucca2017/11", "Lucca2017/10"}},
		{"Lucca2017/", 1, []string{"Lucca2017/1"}},
		{"x", 0, nil},
	} {
		if got := Closest(tt.in, ids, tt.n); !slices.Equal(got, tt.want) {
			t.Errorf("Closest(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestFormatDate(t *testing.T) {
	for _, tt := range []struct {
		lang             string
		year, month, day int
		want             string
	}{
		{"", 2017, 4, 11, "11 April 2017"},
		{"", 2017, 4, 0, "April 2017"},
		{"", 2017, 0, 0, "2017"},
		{"", 0, 4, 11, ""},
		{"", 2017, 13, 1, "1 Month(13) 2017"},
		{"fr", 2018, 11, 12, "12 novembre 2018"},
	} {
		if got := FormatDate(tt.lang, tt.year, tt.month, tt.day); got != tt.want {
			t.Errorf("FormatDate(%q, %d, %d, %d) = %q, want %q", tt.lang, tt.year, tt.month, tt.day, got, tt.want)
		}
	}
}
