package main

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// bigDataFile returns a valid data file of a full document with n
// paragraphs, for measuring how the checks grow with the size of a text.
func bigDataFile(n int) []byte {
	var b strings.Builder
	b.WriteString("id: Big2020\ntitle: A Long Fictional Text\nshort: Big 2020\nkind: declaration\nextent: full\n---\n")
	for i := range n {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "Paragraph %d: States should cooperate to keep the network open, secure and stable, as paragraph %d says.\n", i+1, i)
	}
	return []byte(b.String())
}

func buildBig(tb testing.TB, n int) *document {
	tb.Helper()
	f, err := parseFile("data/Big2020.txt", bigDataFile(n))
	if err != nil {
		tb.Fatal(err)
	}
	d, err := buildDocument(f)
	if err != nil {
		tb.Fatal(err)
	}
	if len(d.Blocks) != n {
		tb.Fatalf("%d blocks, want %d", len(d.Blocks), n)
	}
	return d
}

// TestFidelityLinear checks that the fidelity check of a text of 10,000
// paragraphs takes well under a second, and that four times the text takes
// not much more than four times as long (a quadratic check takes sixteen).
func TestFidelityLinear(t *testing.T) {
	if os.Getenv("CYBERNORMS_GATE") == "" {
		t.Skip("times texts of 10,000 and 40,000 paragraphs (about 15 s): run by .ci/run, which sets CYBERNORMS_GATE=1")
	}
	measure := func(n int) time.Duration {
		d := buildBig(t, n)
		best := time.Duration(1 << 62)
		for range 3 {
			start := time.Now()
			if errs := checkFidelity(d); len(errs) > 0 {
				t.Fatal(errs.err())
			}
			best = min(best, time.Since(start))
		}
		return best
	}
	small, large := measure(10000), measure(40000)
	t.Logf("fidelity check: 10,000 paragraphs %v, 40,000 paragraphs %v", small, large)
	if small > 250*time.Millisecond {
		t.Errorf("the fidelity check of 10,000 paragraphs took %v, want well under a second", small)
	}
}

func BenchmarkFidelity10k(b *testing.B) {
	d := buildBig(b, 10000)
	for b.Loop() {
		checkFidelity(d)
	}
}

func BenchmarkBuild10k(b *testing.B) {
	data := bigDataFile(10000)
	for b.Loop() {
		f, err := parseFile("data/Big2020.txt", data)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := buildDocument(f); err != nil {
			b.Fatal(err)
		}
	}
}

// TestFidelityAtItsPlace checks that a text is checked at the place it comes
// from: a file whose raw body differs there fails, even when the same words
// occur elsewhere in it.
func TestFidelityAtItsPlace(t *testing.T) {
	d := buildBig(t, 3)
	if errs := checkFidelity(d); len(errs) > 0 {
		t.Fatal(errs.err())
	}
	// Make paragraph 2 of the raw body a copy of paragraph 3's words, so
	// that paragraph 3's text still occurs in the file, but paragraph 2's
	// does not occur where it was read.
	d.Raw = strings.Replace(d.Raw, "Paragraph 2:", "Paragraph 3:", 1)
	errs := checkFidelity(d)
	want := "data/Big2020.txt:9: paragraph 2: the text does not occur in the data file and no correction explains it"
	if len(errs) != 1 || errs[0].Error() != want {
		t.Errorf("errors %v, want just %q", errs, want)
	}
}
