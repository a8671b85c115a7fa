package norms_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/cybernorms/cybernorms/norms"
)

// titleStopWords are the words of an editorial title that need not be the
// norm's own: articles, prepositions, conjunctions, and the negation, which
// TestEditorialTitles checks on its own.
var titleStopWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "to": true, "and": true, "or": true, "on": true, "for": true,
	"in": true, "with": true, "by": true, "from": true, "at": true, "as": true, "their": true, "its": true, "it": true,
	"that": true, "such": true, "be": true, "is": true, "are": true, "into": true, "this": true, "these": true,
	"do": true, "not": true, "no": true, "s": true,
}

// qualifiers are the words that bound what a norm asks, or how firmly: a
// title that drops one of them, where its norm holds it, says more than the
// norm ("damages critical infrastructure" for "intentionally damages", "report"
// for "encourage responsible reporting").
var qualifiers = []string{"intentionally", "knowingly", "appropriate", "reasonable", "encourage", "consider", "seek", "explore", "urge", "request", "promote"}

// titleWords splits s into lower-case words: letters, digits and
// apostrophes, with hyphenated words split ("ICT-enabled": ict, enabled).
func titleWords(s string) []string {
	var ws []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	}) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, "'’"), "'s"), "’s")
		if w != "" {
			ws = append(ws, w)
		}
	}
	return ws
}

// stem returns the first five letters of a word, or the word if it is
// shorter: enough to match "damages" with "damage", "reporting" with
// "report", "considering" with "consideration", and no more.
func stem(w string) string {
	r := []rune(w)
	if len(r) > 5 {
		return string(r[:5])
	}
	return w
}

// TestEditorialTitles checks that every editorial title of a norm says what
// the norm says in the norm's own key words: every word of the title (but
// articles, prepositions and the like) is a word of the norm's text, so
// that no title adds to it or reframes it ("Stop the spread" of "prevent
// the proliferation", "Advance cyber hygiene" of "Support efforts to
// strengthen an advanced cyber hygiene"); every qualifier of the norm
// ("intentionally", "knowingly", "encourage" ...) is in its title, so that
// no title says more than it; and a title begins "Do not" or "No" only for a
// norm that says "not" or "no".
func TestEditorialTitles(t *testing.T) {
	n := 0
	for norm := range norms.All() {
		title, text := norm.Editorial().Title, norm.Text()
		if r, ok := norm.Restates(); ok {
			text = r.Text() // a restatement's title is its original's
		}
		have := map[string]bool{}
		words := map[string]bool{}
		for _, w := range titleWords(text) {
			have[stem(w)] = true
			words[w] = true
		}
		for _, w := range titleWords(title) {
			if !titleStopWords[w] && !have[stem(w)] {
				t.Errorf("%s: the title's word %q is not the norm's:\n\ttitle %q\n\ttext  %q", norm.ID(), w, title, text)
			}
		}
		tw := map[string]bool{}
		for _, w := range titleWords(title) {
			tw[w] = true
		}
		for _, q := range qualifiers {
			if words[q] && !tw[q] {
				t.Errorf("%s: the norm says %q, and its title %q does not", norm.ID(), q, title)
			}
		}
		if (tw["not"] || tw["no"]) && !words["not"] && !words["no"] {
			t.Errorf("%s: the title %q negates, and the norm does not", norm.ID(), title)
		}
		if w := leadWord(title); !asks(text)[w] {
			t.Errorf("%s: the title %q begins with %q, which is not what the norm asks: %q", norm.ID(), title, w, text)
		}
		n++
	}
	if n < 53 {
		t.Errorf("%d norms checked", n)
	}
}

// leadWord returns the first word of a title that is not a stop word: its
// verb ("cooperate", "encourage"), or what it is about.
func leadWord(title string) string {
	for _, w := range titleWords(title) {
		if !titleStopWords[w] {
			return w
		}
	}
	return ""
}

// asks returns the words where a norm says what it asks: its first six
// words, and the three after its first "should" ("States should take
// appropriate measures").
func asks(text string) map[string]bool {
	ws := titleWords(text)
	m := map[string]bool{}
	for i, w := range ws {
		if i < 6 {
			m[w] = true
		}
	}
	for i, w := range ws {
		if w == "should" {
			for _, v := range ws[i+1 : min(i+4, len(ws))] {
				m[v] = true
			}
			break
		}
	}
	return m
}

// TestEditorialTitlesCatch checks that the rules of TestEditorialTitles
// reject the titles this corpus once had, which said more or less than
// their norms.
func TestEditorialTitlesCatch(t *testing.T) {
	for _, tt := range []struct {
		norm  norms.Norm
		title string
	}{
		{norms.UNGGE2015[norms.F], "Do not damage critical infrastructure"},
		{norms.UNGGE2015[norms.J], "Report ICT vulnerabilities responsibly"},
		{norms.UNGGE2015[norms.I], "Keep the supply chain sound"},
		{norms.ParisCall2018[6], "Advance cyber hygiene for all"},
	} {
		have, words := map[string]bool{}, map[string]bool{}
		for _, w := range titleWords(tt.norm.Text()) {
			have[stem(w)], words[w] = true, true
		}
		caught := false
		for _, w := range titleWords(tt.title) {
			if !titleStopWords[w] && !have[stem(w)] {
				caught = true
			}
		}
		tw := map[string]bool{}
		for _, w := range titleWords(tt.title) {
			tw[w] = true
		}
		for _, q := range qualifiers {
			if words[q] && !tw[q] {
				caught = true
			}
		}
		if !asks(tt.norm.Text())[leadWord(tt.title)] {
			caught = true
		}
		if !caught {
			t.Errorf("%s: the old title %q passes the rules", tt.norm.ID(), tt.title)
		}
	}
}
