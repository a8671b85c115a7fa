package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// TestDebrisOnly holds the rule on corrections to its cases: what
// extraction breaks may be repaired, every other change is refused with the
// words it adds, drops or changes.
func TestDebrisOnly(t *testing.T) {
	tests := []struct {
		name                     string
		prefix, from, to, suffix string
		want                     string // "" for an accepted correction
	}{
		// Accepted: white space.
		{"a lost space", "", "the security ofother States", "the security of other States", "\n", ""},
		{"a doubled space", "", "the security of  other States", "the security of other States", "\n", ""},
		{"a line break inside a sentence", "", "A State\nshould", "A State should", "\n", ""},
		{"a page break inside a sentence", "We ", "recall\n\n\n\nthe report", "recall the report", ".\n", ""},
		{"a paragraph break the extraction lost", "", "in force. We recall", "in force.\n\nWe recall", "\n", ""},
		{"a no-break space for a space", "", "Paris : le", "Paris\u00a0: le", "\n", ""},
		// Accepted: hyphens at a line end.
		{"a hyphen at a line end dropped", "the ", "cyber-\nspace", "cyberspace", " of States\n", ""},
		{"a hyphen at a line end kept, the line joined", "", "law-\nabiding", "law-abiding", "\n", ""},
		{"a line broken after a hyphen", "", "law-abiding", "law-\nabiding", "\n", ""},
		// Accepted: list markers at the head of a line.
		{"a lost number after a bullet", "", "- States should", "- 3. States should", " not\n", ""},
		{"a lost number", "", "States should", "3. States should", " not\n", ""},
		{"a lost letter in parentheses", "", "States should", "(c) States should", " not\n", ""},
		{"a lost number in parentheses", "", "States should", "(12) States should", " not\n", ""},
		{"a spurious bullet", "- 11. A State should", "\n\n- not use", " not use", " teams.\n", ""},
		{"a doubled bullet", "", "- - States", "- States", "\n", ""},
		{"a bullet •", "", "• States", "States", "\n", ""},
		{"markers added on two lines", "", "- States\n- Others", "- 1. States\n- 2. Others", "\n", ""},
		// Accepted: footnote numbers after final punctuation.
		{"a footnote after a full stop", "", "stability.1 We", "stability. We", " recall.\n", ""},
		{"a footnote at the end of the text", "and ", "stability.12", "stability.", "\n", ""},
		{"a footnote after a comma", "", "ICTs,3 and", "ICTs, and", "\n", ""},
		{"a footnote after a colon", "", "follows:2 States", "follows: States", "\n", ""},
		{"a footnote kept", "", "stability.1 We", "stability.1\nWe", "\n", ""},
		{"a footnote and a lost space", "", "stability.1 Weremain", "stability. We remain", "\n", ""},
		{"a footnote before a lost number", "", "stability.1\n- States", "stability.\n- 3. States", "\n", ""},

		// Refused: words.
		{"an added word", "", "We remain committed", "We no longer remain committed", " to it.\n",
			`it adds the words "no longer" after "We"`},
		{"an added word at the start", "", "States should", "All States should", "\n",
			`it adds the word "All" at the start`},
		{"a dropped word", "", "States should not conduct", "States should conduct", "\n",
			`it drops the word "not" after "should"`},
		{"a dropped word at the end", "", "States should not", "States should", "\n",
			`it drops the word "not" after "should"`},
		{"a changed word", "", "States should not", "States should never", "\n",
			`it changes "not" to "never" after "should"`},
		{"a changed letter", "", "We remain committed", "We remain commited", "\n",
			`it changes "committed" to "commited" after "remain"`},
		{"a changed case", "", "States should", "states should", "\n",
			`it changes "States" to "states" at the start`},
		{"a changed digit", "resolution ", "58/199", "58/198", " on\n",
			`it changes "58/199" to "58/198" after "resolution"`},
		{"a changed mark", "", "We remain.", "We remain;", "\n",
			`it changes "remain." to "remain;" after "We"`},
		{"an added comma", "", "States should", "States, should", "\n",
			`it changes "States" to "States," at the start`},
		{"two words swapped", "", "not only", "only not", "\n",
			`it changes "not only" to "only not" at the start`},
		{"a word split and changed", "", "ofother States", "of others States", "\n",
			`it changes "ofother" to "of others" at the start`},
		{"the words of a page break changed", "A State should", "\n\n\n\n- not use", " never use", " teams.\n",
			`it changes "not" to "never" after "should"`},
		// Refused: hyphens.
		{"a hyphen added", "", "cyberspace", "cyber-space", "\n",
			`it changes "cyberspace" to "cyber-space" at the start`},
		{"a hyphen dropped inside a line", "", "law-abiding", "lawabiding", "\n",
			`it changes "law-abiding" to "lawabiding" at the start`},
		{"a hyphen at a line end dropped before a digit", "", "ICT-\n2015", "ICT2015", "\n",
			`it changes "ICT- 2015" to "ICT2015" at the start`},
		{"a dash dropped at a line end", "", "States -\nall of them", "States all of them", "\n",
			`it drops the word "-" after "States"`},
		// Refused: list markers.
		{"a changed number", "", "- 3. States", "- 4. States", "\n",
			`it removes the list marker "3." and adds "4."; a correction may restore lost markers or remove spurious ones, not both (that would change or move a marker): if both are debris, give each its own correction`},
		{"a moved number", "", "- 3. A\n- B", "- A\n- 3. B", "\n",
			`it removes the list marker "3." and adds "3."; a correction may restore lost markers or remove spurious ones, not both (that would change or move a marker): if both are debris, give each its own correction`},
		{"a number inside a line", "", "We commit to share", "We commit to 3. share", "\n",
			`it adds the word "3." after "to"`},
		{"a bullet turned into a dash", "", "A\n- B", "A - B", "\n",
			`it adds the word "-" after "A"`},
		{"a number of four digits", "", "States", "2015. States", "\n",
			`it adds the word "2015." at the start`},
		// Refused: footnotes.
		{"a footnote added", "", "stability. We", "stability.1 We", "\n",
			`it adds "1" in "stability.1"`},
		{"digits after a number", "para. ", "13.2 States", "13. States", "\n",
			`it changes "13.2" to "13." after "para."`},
		{"digits after one letter", "Section ", "A.1 applies", "A. applies", "\n",
			`it changes "A.1" to "A." after "Section"`},
		{"four digits", "", "stability.2015 We", "stability. We", "\n",
			`it changes "stability.2015" to "stability." at the start`},
		{"digits glued to the next word", "", "stability.1We", "stability.We", "\n",
			`it changes "stability.1We" to "stability.We" at the start`},
		{"digits without punctuation", "", "stability1 We", "stability We", "\n",
			`it changes "stability1" to "stability" at the start`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := checkDebrisOnly(tt.prefix, tt.from, tt.to, tt.suffix); got != tt.want {
				t.Errorf("checkDebrisOnly(%q, %q, %q, %q)\n got %q\nwant %q", tt.prefix, tt.from, tt.to, tt.suffix, got, tt.want)
			}
		})
	}
}

// debrisRule is the end of the message of a refused correction.
const debrisRule = `. A correction may only re-space the text (join or split lines, paragraphs and words; add a lost space, remove a doubled one), drop a hyphen at a line end or a footnote number after a word's final punctuation, and restore or remove list markers at the head of a line; every other character of the source stays, in order (see data/README.md, "What a correction may change")`

// TestLuccaCorrections holds the rule to the two corrections of a real
// document, which repair PDF debris and must pass, and to corrections of
// the same file that change what it says, which must be refused at the
// line of their "to:".
func TestLuccaCorrections(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "data", "Lucca2017.txt"))
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	build := func(text string) (*document, error) {
		f, err := parseFile("data/Lucca2017.txt", []byte(text))
		if err != nil {
			return nil, err
		}
		return buildDocument(f)
	}
	d, err := build(src)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.edits) != 2 {
		t.Fatalf("%d corrections applied, want 2", len(d.edits))
	}
	for _, want := range []string{"\n- 3. States should not knowingly allow their territory", "of another State. A State should not use authorized emergency response teams"} {
		if !strings.Contains(d.Text, want) {
			t.Errorf("the corrected text lacks %q", want)
		}
	}
	edit := func(old, new string) string {
		t.Helper()
		if strings.Count(src, old) != 1 {
			t.Fatalf("test setup: %q is not once in the file", old)
		}
		return strings.Replace(src, old, new, 1)
	}
	// A new correction after the second one: its "to:" is line 27.
	added := func(from, to string) string {
		return edit("  to: \"A State should not use authorized\"\n", "  to: \"A State should not use authorized\"\ncorrection: A test.\n  from: \""+from+"\"\n  to: \""+to+"\"\n")
	}
	tests := []struct{ name, text, want string }{
		{"a word changed in the first", edit(`to: "- 3. States should not knowingly allow"`, `to: "- 3. States should never knowingly allow"`),
			`data/Lucca2017.txt:21: the correction changes what the text says, not only extraction debris: it changes "not" to "never" after "should"`},
		{"a word dropped in the second", edit(`to: "A State should not use authorized"`, `to: "A State should use authorized"`),
			`data/Lucca2017.txt:24: the correction changes what the text says, not only extraction debris: it drops the word "not" after "should"`},
		{"a word added to the text", added("We remain committed to an accessible", "We no longer remain committed to an accessible"),
			`data/Lucca2017.txt:27: the correction changes what the text says, not only extraction debris: it adds the words "no longer" after "We"`},
		{"a word added to a title", added("INTRODUCTION", "AN INTRODUCTION"),
			`data/Lucca2017.txt:27: the correction changes what the text says, not only extraction debris: it adds the word "AN" at the start`},
	}
	// A restored list number is debris the rule lets through; the list's
	// own check refuses a wrong one.
	_, err = build(edit(`to: "- 3. States should not knowingly allow"`, `to: "- 4. States should not knowingly allow"`))
	if want := "data/Lucca2017.txt:126: list item 4 follows item 2: a gap or a disorder in the numbering\n"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("a wrong number restored: got %v\nwant %s…", err, want)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := build(tt.text)
			if err == nil || err.Error() != tt.want+debrisRule {
				t.Errorf("got %v\nwant %s", err, tt.want+debrisRule)
			}
		})
	}
}

// TestCorrectionLeavesNoTrailingSpace: a correction may re-space the text,
// but not leave a space at the end of a line, which the file itself may
// not hold.
func TestCorrectionLeavesNoTrailingSpace(t *testing.T) {
	const doc = "id: X\ntitle: T\nshort: S\nkind: declaration\nextent: full\ncorrection: c\n  from: \"%s\"\n  to: \"%s\"\n---\nWe meet.\nWe part.\n"
	for _, tt := range []struct{ from, to, want string }{
		{`meet.`, `meet. `, `data/X.txt:8: the correction leaves a space at the end of a line, which data files do not hold; end "to:" without it`},
		{`part.\n`, `part. `, `data/X.txt:8: the correction leaves a space at the end of a line, which data files do not hold; end "to:" without it`},
		{`meet.\nWe`, `meet. \n\nWe`, `data/X.txt:8: column 13: the quoted value of "to" stands for a space at the end of a line (before \n), which data files do not hold; remove it: a quoted value may stand only for characters a data file may hold itself, printable characters, spaces and line feeds (see data/README.md)`},
		{`meet.\nWe`, `meet.\n\nWe`, ""},
		{`meet.\nWe`, `meet. We`, ""},
	} {
		_, err := buildText(t, "X.txt", fmt.Sprintf(doc, tt.from, tt.to))
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%q → %q: %v", tt.from, tt.to, err)
		case tt.want != "" && (err == nil || err.Error() != tt.want):
			t.Errorf("%q → %q: got %v\nwant %s", tt.from, tt.to, err, tt.want)
		}
	}
}

// TestRefuseMeaningChangingCorrection runs the generator on the test corpus
// with a correction that adds a word, and checks that it refuses it, naming
// file and line, and writes nothing.
func TestRefuseMeaningChangingCorrection(t *testing.T) {
	to := func(new string) func(t *testing.T, f map[string]string) {
		return func(t *testing.T, f map[string]string) {
			replace(t, f, "Beta2021.txt", `to: "- 2. States should protect"`, `to: "`+new+`"`)
		}
	}
	const head = "data/Beta2021.txt:13: the correction changes what the text says, not only extraction debris: "
	runRefusals(t, []refusal{
		{"an added word", to("- 2. States should not protect"), nil, head + `it adds the word "not" after "should"` + debrisRule},
		{"a changed word", to("- 2. States shall protect"), nil, head + `it changes "should" to "shall" after "States"` + debrisRule},
		{"a dropped word", to("- 2. States protect"), nil, head + `it drops the word "should" after "States"` + debrisRule},
	})
}

// FuzzDebrisOnly checks the promise of the rule on corrections with an
// oracle of its own: a correction it accepts keeps every letter of the
// source, in order, and adds none (but the letter of a "(c)" label), so
// that no word can be added, dropped or changed; a text is always accepted
// as its own correction; and the rule never panics.
func FuzzDebrisOnly(f *testing.F) {
	f.Add("", "- States should not knowingly allow", "- 3. States should not knowingly allow", " their\n")
	f.Add("- 11. A State should", "\n\n\n\n- not use", " not use", " teams.\n")
	f.Add("", "We remain committed", "We no longer remain committed", " to.\n")
	f.Add("", "stability.1 We", "stability. We", "\n")
	f.Add("", "cyber-\nspace", "cyberspace", "\n")
	f.Add("", "ofother (c) States", "of other\n(c) States", "\n")
	f.Fuzz(func(t *testing.T, prefix, from, to, suffix string) {
		if got := checkDebrisOnly(prefix, from, from, suffix); got != "" {
			t.Fatalf("a text refused as its own correction: %q: %s", prefix+from+suffix, got)
		}
		if checkDebrisOnly(prefix, from, to, suffix) != "" {
			return
		}
		if a, b := letters(from, false), letters(to, false); a != b && letters(from, true) != letters(to, true) {
			t.Fatalf("accepted %q → %q (in %q … %q), though its letters differ: %q, %q", from, to, prefix, suffix, a, b)
		}
	})
}

// letters returns the letters of s in order, leaving out, with labels set,
// the letter of each "(x)" label.
func letters(s string, labels bool) string {
	var b strings.Builder
	r := []rune(s)
	for i := 0; i < len(r); i++ {
		if labels && r[i] == '(' && i+2 < len(r) && r[i+2] == ')' && r[i+1] >= 'a' && r[i+1] <= 'z' {
			i += 2
			continue
		}
		if unicode.IsLetter(r[i]) {
			b.WriteRune(r[i])
		}
	}
	return b.String()
}
