package declarations_test

import (
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cybernorms/cybernorms/declarations"
)

// TestSnippetEditedMatches checks that Snippet and Highlight never panic on
// a Hit whose Matches a program has changed, and read them as Snippet
// documents: ranges out of the text, empty or reversed are ignored, the
// others cut to the text, widened to whole characters, sorted and merged.
func TestSnippetEditedMatches(t *testing.T) {
	hits, err := declarations.Search("États")
	if err != nil || len(hits) == 0 {
		t.Fatalf("Search(États): %d hits, %v", len(hits), err)
	}
	h := hits[0]
	text := h.Text()
	first := h.Matches[0]
	want, wantM := h.Snippet()
	edit := func(m ...[2]int) declarations.Hit { e := h; e.Matches = m; return e }
	sameAs := func(name string, e declarations.Hit) {
		t.Helper()
		if got, gotM := e.Snippet(); got != want || !reflect.DeepEqual(gotM, wantM) {
			t.Errorf("%s: Snippet = %q %v, want %q %v", name, got, gotM, want, wantM)
		}
	}
	none := func(name string, e declarations.Hit) {
		t.Helper()
		if got, gotM := e.Snippet(); got != "" || gotM != nil {
			t.Errorf("%s: Snippet = %q %v, want none", name, got, gotM)
		}
		if got := e.Highlight("[", "]"); got != "" {
			t.Errorf("%s: Highlight = %q, want none", name, got)
		}
	}
	// The matches in another order, doubled, or with a range to ignore.
	rev := slices.Clone(h.Matches)
	slices.Reverse(rev)
	sameAs("reversed order", edit(rev...))
	sameAs("doubled", edit(append(slices.Clone(h.Matches), h.Matches...)...))
	sameAs("with an empty range", edit(append([][2]int{{5, 5}}, h.Matches...)...))
	sameAs("with a reversed range", edit(append([][2]int{{9, 3}}, h.Matches...)...))
	sameAs("with a range past the end", edit(append(slices.Clone(h.Matches), [2]int{len(text) + 1, len(text) + 9})...))
	sameAs("with a negative range", edit(append([][2]int{{-9, -1}}, h.Matches...)...))
	// "É" is two bytes: a range that begins or ends inside it covers it.
	if !strings.HasPrefix(text[first[0]:], "É") {
		t.Fatalf("the first match of États is %q", text[first[0]:first[1]])
	}
	sameAs("cut inside the É", edit(append([][2]int{{first[0] + 1, first[1]}}, h.Matches[1:]...)...))
	if _, m := edit([2]int{first[0], first[0] + 1}).Snippet(); len(m) != 1 || m[0][1]-m[0][0] != 2 {
		t.Errorf("a range of the first byte of É: snippet ranges %v, want the two bytes", m)
	}
	// Cut to the text.
	if s, m := edit([2]int{-5, 3}).Snippet(); len(m) != 1 || s[m[0][0]:m[0][1]] != text[:3] {
		t.Errorf("a range from -5 to 3: %q %v", s, m)
	}
	if s, m := edit([2]int{len(text) - 2, math.MaxInt}).Snippet(); len(m) != 1 || s[m[0][0]:m[0][1]] != text[len(text)-2:] {
		t.Errorf("a range from the last two bytes on: %q %v", s, m)
	}
	none("no ranges", edit())
	none("only empty ranges", edit([2]int{3, 3}, [2]int{4, 2}))
	none("only ranges outside", edit([2]int{math.MinInt, -1}, [2]int{len(text), math.MaxInt}))

	// Random edits: no panic, and well-formed snippets.
	r := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		var m [][2]int
		for range r.IntN(6) {
			a, b := r.IntN(len(text)+40)-20, r.IntN(len(text)+40)-20
			if r.IntN(4) == 0 {
				a, b = min(a, b), max(a, b)
			}
			m = append(m, [2]int{a, b})
		}
		e := edit(m...)
		s, sm := e.Snippet()
		hl := e.Highlight("[", "]")
		if !utf8.ValidString(s) {
			t.Fatalf("matches %v: a snippet of invalid UTF-8 %q", m, s)
		}
		prev := -1
		var b strings.Builder
		for _, x := range sm {
			if x[0] <= prev || x[0] >= x[1] || x[1] > len(s) {
				t.Fatalf("matches %v: snippet ranges %v not in order, apart and within %q", m, sm, s)
			}
			b.WriteString(s[max(prev, 0):x[0]] + "[" + s[x[0]:x[1]] + "]")
			prev = x[1]
		}
		b.WriteString(s[max(prev, 0):])
		if hl != b.String() {
			t.Fatalf("matches %v: Highlight = %q, want %q", m, hl, b.String())
		}
	}
}
