// Package textindex holds the rules by which declarations.Search compares
// text, and the format of its word index. The generator and the runtime
// share it, so they agree on what a word is and how case folds.
//
// A word is a maximal run of letters, digits and combining marks ([IsWord]).
// Two runes match when [Fold] maps them to the same rune. The index lists
// every folded word of the corpus's paragraphs, sorted by bytes. Each word
// has the paragraphs that hold it and where in each it occurs.
//
// # Postings
//
// A word's postings begin with two unsigned varints (encoding/binary): how
// many paragraphs hold the word, and how often it occurs in them all
// ([AppendTotals]). Then comes one entry per paragraph, in ascending order
// of paragraph number ([AppendPosting]). An entry is a sequence of varints:
//
//   - head: the gap from the previous entry's paragraph number, times 2, plus
//     1 when the word occurs more than once in the paragraph;
//   - only when the head's low bit is 1: the number of occurrences, minus 2;
//   - the byte offset of each occurrence in the paragraph's text, ascending:
//     the first as is, each other as the gap from the one before.
package textindex

import (
	"math"
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

// A Word is one word of a text: its folded form and the byte offset at which
// it begins.
type Word struct {
	Folded string
	Start  int
	// Even says that each rune of the word is as long in UTF-8 as the rune
	// it folds to, so that any prefix of the folded word is as long as the
	// text it stands for.
	Even bool
}

// AppendWordsAt appends to dst every word of text, in order, repeats
// included, with the byte offset at which it begins, and returns the
// extended slice.
func AppendWordsAt(dst []Word, text string) []Word {
	var buf []byte
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !IsWord(r) {
			i += size
			continue
		}
		start, even := i, true
		buf = buf[:0]
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if !IsWord(r) {
				break
			}
			f := Fold(r)
			even = even && utf8.RuneLen(f) == size
			buf = utf8.AppendRune(buf, f)
			i += size
		}
		dst = append(dst, Word{string(buf), start, even})
	}
	return dst
}

// AppendTotals appends to dst the beginning of the postings of a word that
// paras paragraphs hold, n times in all.
func AppendTotals(dst []byte, paras, n int) []byte {
	return AppendUvarint(AppendUvarint(dst, uint64(paras)), uint64(n))
}

// AppendPosting appends to dst the entry of the postings of a word (see the
// package documentation) for a paragraph gap paragraphs after the previous
// entry's, in which the word begins at the byte offsets starts, which are
// ascending and not empty, and returns the extended slice.
func AppendPosting(dst []byte, gap int, starts []int) []byte {
	head := uint64(gap) << 1
	if len(starts) > 1 {
		head |= 1
	}
	dst = AppendUvarint(dst, head)
	if len(starts) > 1 {
		dst = AppendUvarint(dst, uint64(len(starts)-2))
	}
	prev := 0
	for _, s := range starts {
		dst = AppendUvarint(dst, uint64(s-prev))
		prev = s
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

// A Cursor reads the postings of a word (see the package documentation), one
// entry at a time: Para and N describe the current entry, [Cursor.Offset]
// reads its offsets and [Cursor.Next] moves to the next entry. Reset sets it
// on the first entry, and reads the word's totals. Postings that are not
// well formed make its methods panic.
type Cursor struct {
	// Paras and Total are the word's totals: the number of paragraphs that
	// hold it and of its occurrences.
	Paras, Total int

	// Para is the number of the current entry's paragraph, or [Done] after
	// the last entry.
	Para int
	// N is the number of occurrences in the current entry.
	N int

	s    string // the postings from the next unread offset of the entry on
	left int    // the offsets of the current entry not read yet
	off  int    // the last offset read
}

// Done is a [Cursor]'s Para when it has passed the last entry: greater than
// every paragraph number.
const Done = math.MaxInt

// Reset sets c on the first entry of postings.
func (c *Cursor) Reset(postings string) {
	*c = Cursor{s: postings}
	c.Paras = int(c.uvarint())
	c.Total = int(c.uvarint())
	c.load()
}

// load reads the head of the entry at c.s, or sets c.Para to Done.
func (c *Cursor) load() {
	if len(c.s) == 0 {
		c.Para, c.N, c.left = Done, 0, 0
		return
	}
	head := c.uvarint()
	c.Para += int(head >> 1)
	c.N = 1
	if head&1 != 0 {
		c.N = 2 + int(c.uvarint())
	}
	c.left, c.off = c.N, 0
}

// Next moves c to the next entry, skipping the offsets of the current one
// that were not read.
func (c *Cursor) Next() {
	// Inline, the common case: the offsets read, and a next entry of one
	// occurrence with a gap below 64.
	if c.left == 0 && len(c.s) > 0 && c.s[0]&0x81 == 0 {
		c.Para += int(c.s[0] >> 1)
		c.s = c.s[1:]
		c.N, c.left, c.off = 1, 1, 0
		return
	}
	c.next()
}

// next is Next's general case.
func (c *Cursor) next() {
	c.skip()
	c.load()
}

// skip skips the offsets of the current entry that were not read.
func (c *Cursor) skip() {
	for ; c.left > 0; c.left-- {
		i := 0
		for c.s[i] >= 0x80 {
			i++
		}
		c.s = c.s[i+1:]
	}
}

// Offset returns the next offset of the current entry: the byte offset in
// the paragraph's text at which an occurrence of the word begins. Each entry
// has N of them, in ascending order.
func (c *Cursor) Offset() int {
	c.left--
	if b := c.s[0]; b < 0x80 {
		c.s = c.s[1:]
		c.off += int(b)
	} else {
		c.off += int(c.uvarint())
	}
	return c.off
}

// uvarint reads a varint from c.s.
func (c *Cursor) uvarint() uint64 {
	if b := c.s[0]; b < 0x80 {
		c.s = c.s[1:]
		return uint64(b)
	}
	x, n := Uvarint(c.s)
	if n == 0 {
		panic("textindex: truncated postings")
	}
	c.s = c.s[n:]
	return x
}
