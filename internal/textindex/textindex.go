// Package textindex holds the rules by which declarations.Search compares
// text, and the format of the word index the generator builds for it, so that
// the generator (gen) and the package that reads the index share one
// definition of a word and of case folding.
//
// A word is a maximal run of letters, digits and combining marks ([IsWord]);
// two runes match when [Fold] maps them to the same rune. The index lists
// every distinct folded word of the corpus's paragraphs, sorted by bytes,
// with the paragraphs that hold it.
package textindex

import (
	"unicode"
	"unicode/utf8"
)

// Fold maps r to the representative of its class under matching: the
// smallest rune of its Unicode simple case folding orbit (so that ASCII
// letters fold to upper case), with the apostrophes ’ and ‘ mapped to ' and
// the hyphens U+2010 and U+2011 to -.
func Fold(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}
	switch r {
	case '’', '‘':
		return '\''
	case '\u2010', '\u2011':
		return '-'
	}
	m := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		m = min(m, f)
	}
	return m
}

// IsWord reports whether r is part of a word: a letter, a digit or a mark.
func IsWord(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

// AppendWords appends to dst the folded form of every word of text, in
// order, repeats included, and returns the extended slice.
func AppendWords(dst []string, text string) []string {
	var buf []byte
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !IsWord(r) {
			i += size
			continue
		}
		buf = buf[:0]
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if !IsWord(r) {
				break
			}
			buf = utf8.AppendRune(buf, Fold(r))
			i += size
		}
		dst = append(dst, string(buf))
	}
	return dst
}

// AppendUvarint appends x to dst in the unsigned varint encoding of
// encoding/binary, which the postings of the index use for the gaps between
// paragraph numbers.
func AppendUvarint(dst []byte, x uint64) []byte {
	for x >= 0x80 {
		dst = append(dst, byte(x)|0x80)
		x >>= 7
	}
	return append(dst, byte(x))
}

// Uvarint decodes an unsigned varint from the start of s and returns it and
// the number of bytes read, or 0, 0 when s holds no complete varint.
func Uvarint(s string) (uint64, int) {
	var x uint64
	var shift uint
	for i := 0; i < len(s) && i < 10; i++ {
		b := s[i]
		if b < 0x80 {
			return x | uint64(b)<<shift, i + 1
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	return 0, 0
}
