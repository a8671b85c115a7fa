package textindex

import (
	"encoding/binary"
	"slices"
	"testing"
)

func TestAppendWords(t *testing.T) {
	got := AppendWords(nil, "States’ non-binding norms, 20/8 and Élysée’s «Appel»: l’Internet")
	want := []string{"STATES", "NON", "BINDING", "NORMS", "20", "8", "AND", "ÉLYSÉE", "S", "APPEL", "L", "INTERNET"}
	if !slices.Equal(got, want) {
		t.Errorf("AppendWords = %q, want %q", got, want)
	}
}

func TestFold(t *testing.T) {
	for r, want := range map[rune]rune{'a': 'A', 'Z': 'Z', 'é': 'É', 'É': 'É', '’': '\'', '\u2011': '-', 'ſ': 'S', 'K': 'K'} {
		if got := Fold(r); got != want {
			t.Errorf("Fold(%q) = %q, want %q", r, got, want)
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
