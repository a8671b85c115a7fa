package main

import (
	"strings"
	"testing"
)

func TestParseVocabulary(t *testing.T) {
	good := "# comment\n\nnorm\tunit\tnorm\n décembre month 12 # French\nthe filler\n"
	v, err := parseVocabulary("v.txt", good)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range v {
		got = append(got, w.word+" "+w.class+" "+w.value)
	}
	if want := "decembre month 12,norm unit norm,the filler "; strings.Join(got, ",") != want {
		t.Errorf("parseVocabulary = %q, want %q", strings.Join(got, ","), want)
	}
	for _, c := range []struct{ in, want string }{
		{"norm\n", "v.txt:1: want \"word class [value]\", got 1 fields"},
		{"a b c d\n", "v.txt:1: want \"word class [value]\", got 4 fields"},
		{"x filer\n", `v.txt:1: unknown class "filer"; did you mean "filler"?`},
		{"\nx filler 3\n", `v.txt:2: class filler takes no value, got "3"`},
		{"may month five\n", `v.txt:1: class month needs a whole number from 1 to 1000, got "five"`},
		{"norm unit rule\n", `v.txt:1: class unit needs a unit, one of commitment, item, norm, para, principle; got "rule"`},
		{"the filler\nThe filler\n", `v.txt:2: "the" is given twice (first at line 1); a word has one class`},
		{"13f filler\n", `v.txt:1: "13f" is not one word of letters and digits`},
		{"non-binding qualifier\n", `v.txt:1: "non-binding" is not one word of letters and digits`},
	} {
		if _, err := parseVocabulary("v.txt", c.in); err == nil || err.Error() != c.want {
			t.Errorf("parseVocabulary(%q) = %v, want %s", c.in, err, c.want)
		}
	}
}

// TestTooManyKeywords: the tables hold 255 keywords; generic words do not
// count.
func TestTooManyKeywords(t *testing.T) {
	var b strings.Builder
	for i := range 256 {
		b.WriteString("w" + strings.Repeat("a", i/26) + string(rune('a'+i%26)) + " filler\n")
	}
	if _, err := parseVocabulary("v.txt", b.String()); err == nil || err.Error() != "v.txt:256: 256 keywords; the parser's tables hold at most 255" {
		t.Errorf("256 keywords: %v", err)
	}
	if _, err := parseVocabulary("v.txt", strings.Replace(b.String(), "wa filler", "wa generic", 1)); err != nil {
		t.Errorf("255 keywords and a generic word: %v", err)
	}
}

// TestVocabulary checks the committed vocabulary.
func TestVocabulary(t *testing.T) {
	v, err := vocabulary()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range v {
		if c := w.word[0]; c < 'a' || c > 'z' {
			t.Errorf("%s:%d: %q does not begin with a letter a to z once folded", vocabularyFile, w.line, w.word)
		}
	}
}
