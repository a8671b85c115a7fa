package declarations_test

import (
	"errors"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cybernorms/cybernorms/declarations"
)

// TestSearchLimits checks the limits of a query: a query past MaxQueryLen
// bytes or MaxQueryTerms terms is refused with an error that wraps
// ErrQueryTooLarge, quotes the query's beginning and is short; a query at
// the limits is read.
func TestSearchLimits(t *testing.T) {
	terms := func(n int, term string) string { return strings.TrimSpace(strings.Repeat(term+" ", n)) }
	phrase := func(n int) string { // a phrase of n bytes
		return `"` + strings.TrimSpace(strings.Repeat("critical ", n/9+1))[:n-2] + `"`
	}
	for _, tt := range []struct {
		query   string
		refused bool
	}{
		{terms(declarations.MaxQueryTerms, "States"), false},
		{terms(declarations.MaxQueryTerms+1, "States"), true},
		{terms(declarations.MaxQueryTerms, `"critical infrastructure"`), false},
		{terms(declarations.MaxQueryTerms+1, `"critical infrastructure"`), true},
		{terms(declarations.MaxQueryTerms+1, "a"), true},
		{phrase(declarations.MaxQueryLen), false},
		{phrase(declarations.MaxQueryLen) + " ", true},
		{phrase(declarations.MaxQueryLen + 1), true},
		{strings.Repeat("a ", 65_000), true}, // 130 KB
		{strings.Repeat("é", 3000), true},    // cut inside a rune for the message
	} {
		_, err := declarations.Search(tt.query)
		short := tt.query
		if len(short) > 60 {
			short = short[:60] + "..."
		}
		switch {
		case !tt.refused && err != nil:
			t.Errorf("Search(%q) (%d bytes): %v, want it read", short, len(tt.query), err)
		case tt.refused && !errors.Is(err, declarations.ErrQueryTooLarge):
			t.Errorf("Search(%q) (%d bytes): %v, want an error that wraps ErrQueryTooLarge", short, len(tt.query), err)
		case tt.refused && (len(err.Error()) > 200 || !strings.Contains(err.Error(), strconv.Quote(tt.query[:20])[1:21])):
			t.Errorf("Search(%q): error %q, want a short one that quotes the query's beginning", short, err)
		}
	}
	// The other errors of queries do not wrap it.
	if _, err := declarations.Search(`"critical`); err == nil || errors.Is(err, declarations.ErrQueryTooLarge) {
		t.Errorf("Search of an unclosed phrase: %v", err)
	}
}

// searchTime returns the least time of several searches for query.
func searchTime(t *testing.T, query string, runs int) time.Duration {
	t.Helper()
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	best := time.Duration(1 << 62)
	for range runs {
		runtime.GC()
		start := time.Now()
		_, err := declarations.Search(query)
		best = min(best, time.Since(start))
		if err != nil && !errors.Is(err, declarations.ErrQueryTooLarge) {
			t.Fatalf("Search(%.40q...): %v", query, err)
		}
	}
	return best
}

// hostileQueries are the costliest queries of MaxQueryTerms terms: words
// that begin too many words of the index to be read from it (each is
// sought in the text of every paragraph, and matches in most), terms that
// begin with punctuation, and phrases.
var hostileQueries = []struct{ name, term string }{
	{"a", "a"},
	{"e", "e"},
	{"(", "("},
	{"letters", "a b c d e f g h i j k l m n o p q r s t u v w x y z"},
	{"the", `"the"`},
	{"of the", `"of the"`},
	{"th", "th"},
}

// TestSearchHostileQueries checks that a query of 130 KB is refused in
// well under 100 ms, and that the costliest queries at the limits are
// answered in under 100 ms (without the race detector, whose cost is ten
// times the time).
func TestSearchHostileQueries(t *testing.T) {
	if d := searchTime(t, strings.Repeat("a ", 65_000), 3); d > 100*time.Millisecond {
		t.Errorf("a query of 130 KB is refused in %v, want under 100 ms", d)
	}
	if raceEnabled {
		return
	}
	for _, q := range hostileQueries {
		query := capTerms(q.term, declarations.MaxQueryTerms)
		if d := searchTime(t, query, 3); d > 100*time.Millisecond {
			t.Errorf("a query of %d terms %q takes %v, want under 100 ms", declarations.MaxQueryTerms, q.name, d)
		} else {
			t.Logf("%d terms %q: %v", declarations.MaxQueryTerms, q.name, d)
		}
	}
	phrase := `"` + strings.TrimSpace(strings.Repeat("the ", declarations.MaxQueryLen/4))[:declarations.MaxQueryLen-2] + `"`
	if d := searchTime(t, phrase, 3); d > 100*time.Millisecond {
		t.Errorf("a phrase of %d bytes takes %v, want under 100 ms", len(phrase), d)
	}
}

// capTerms returns the query of the first n terms of term repeated.
func capTerms(term string, n int) string {
	f := strings.Fields(strings.Repeat(term+" ", n))
	return strings.Join(f[:n], " ")
}

// TestSearchLinearInTerms checks that a query's cost grows linearly with the
// number of its terms: 64 terms cost at most 6 times what 16 cost, on the
// costliest queries (4 for a linear cost, 4.4 where the first terms are read
// from the index and the others sought in the text; 16 for a quadratic
// cost, as the merge of matches had before it sorted them). Without the race
// detector, whose cost is linear too.
func TestSearchLinearInTerms(t *testing.T) {
	if raceEnabled {
		t.Skip("timings under the race detector")
	}
	const bound = 6
	for _, q := range hostileQueries {
		few, many := capTerms(q.term, 16), capTerms(q.term, 64)
		var ratio float64
		var tf, tm time.Duration
		for range 3 { // measured again when above the bound: a moment of load
			tf, tm = searchTime(t, few, 7), searchTime(t, many, 7)
			if ratio = float64(tm) / float64(max(tf, 1)); ratio <= bound {
				break
			}
		}
		if ratio > bound {
			t.Errorf("%q: 64 terms take %v, %.1f times the %v of 16 (at most %d)", q.name, tm, ratio, tf, bound)
		} else {
			t.Logf("%q: 16 terms %v, 64 terms %v: %.1f", q.name, tf, tm, ratio)
		}
	}
}
