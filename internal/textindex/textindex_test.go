package textindex

import (
	"encoding/binary"
	"slices"
	"testing"
)

func TestAppendWordsAt(t *testing.T) {
	text := "States’ non-binding norms, 20/8 and Élysée’s «Appel»: l’Internet"
	got := AppendWordsAt(nil, text)
	want := []string{"STATES", "NON", "BINDING", "NORMS", "20", "8", "AND", "ÉLYSÉE", "S", "APPEL", "L", "INTERNET"}
	var words []string
	for _, w := range got {
		words = append(words, w.Folded)
	}
	if !slices.Equal(words, want) {
		t.Errorf("AppendWordsAt folds %q, want %q", words, want)
	}
	starts := []int{0, 10, 14, 22, 29, 32, 34, 38, 49, 53, 62, 66}
	for i, w := range got {
		if i < len(starts) && w.Start != starts[i] {
			t.Errorf("word %d (%q) begins at %d, want %d", i, w.Folded, w.Start, starts[i])
		}
		if !w.Even {
			t.Errorf("word %d (%q) is not even", i, w.Folded)
		}
	}
	// The long s (2 bytes) folds to S (1 byte), the Kelvin sign (3 bytes)
	// to K (1 byte).
	for _, tt := range []struct {
		text   string
		folded string
		even   bool
	}{
		{"Kelvin", "KELVIN", true},
		{"Kelvin", "KELVIN", false},
		{"Baſis", "BASIS", false},
		{"Élysée", "ÉLYSÉE", true},
	} {
		w := AppendWordsAt(nil, tt.text)
		if len(w) != 1 || w[0].Folded != tt.folded || w[0].Even != tt.even {
			t.Errorf("AppendWordsAt(%q) = %+v, want one word %q, even %v", tt.text, w, tt.folded, tt.even)
		}
	}
}

func TestFold(t *testing.T) {
	for r, want := range map[rune]rune{'a': 'A', 'Z': 'Z', 'é': 'É', 'É': 'É', '’': '\'', '\u2011': '-', 'ſ': 'S', 'K': 'K'} {
		if got := FoldSearch(r); got != want {
			t.Errorf("FoldSearch(%q) = %q, want %q", r, got, want)
		}
	}
}

func TestUvarint(t *testing.T) {
	for _, x := range []uint64{0, 1, 127, 128, 300, 65535, 1 << 40} {
		enc := AppendUvarint(nil, x)
		if std := binary.AppendUvarint(nil, x); !slices.Equal(enc, std) {
			t.Errorf("AppendUvarint(%d) = %x, encoding/binary gives %x", x, enc, std)
		}
		if got, n := Uvarint(string(enc)); got != x || n != len(enc) {
			t.Errorf("Uvarint(%x) = %d, %d", enc, got, n)
		}
	}
	if _, n := Uvarint("\x80"); n != 0 {
		t.Errorf("Uvarint of a truncated varint reads %d bytes", n)
	}
}

// TestCursor writes postings with AppendPosting and reads them back with a
// Cursor, reading all, some or none of each entry's offsets.
func TestCursor(t *testing.T) {
	type entry struct {
		para   int
		starts []int
	}
	entries := []entry{
		{0, []int{0}},
		{3, []int{5, 130, 20000}},
		{64, []int{127, 128}},
		{65, []int{300}},
		{1000, []int{1, 2, 3, 4, 5}},
		{1 << 20, []int{70000}},
	}
	total := 0
	for _, e := range entries {
		total += len(e.starts)
	}
	post := AppendTotals(nil, len(entries), total)
	prev := 0
	for _, e := range entries {
		post = AppendPosting(post, e.para-prev, e.starts)
		prev = e.para
	}
	for read := 0; read <= 5; read++ {
		var c Cursor
		c.Reset(string(post))
		if c.Paras != len(entries) || c.Total != total {
			t.Fatalf("totals %d, %d, want %d, %d", c.Paras, c.Total, len(entries), total)
		}
		for i, e := range entries {
			if c.Para != e.para || c.N != len(e.starts) {
				t.Fatalf("reading %d offsets: entry %d is paragraph %d with %d offsets, want %d with %d", read, i, c.Para, c.N, e.para, len(e.starts))
			}
			for k := 0; k < min(read, c.N); k++ {
				if got := c.Offset(); got != e.starts[k] {
					t.Errorf("reading %d offsets: entry %d offset %d = %d, want %d", read, i, k, got, e.starts[k])
				}
			}
			c.Next()
		}
		if c.Para != Done {
			t.Errorf("reading %d offsets: after the last entry, Para = %d, want Done", read, c.Para)
		}
	}
	var c Cursor
	c.Reset(string(AppendTotals(nil, 0, 0)))
	if c.Para != Done {
		t.Errorf("empty postings: Para = %d, want Done", c.Para)
	}
}
