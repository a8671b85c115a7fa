package main

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The rule on corrections: a "correction:" may repair what the extraction
// of a copy broke, and nothing else. data/README.md ("What a correction may
// change") states the rule; checkDebrisOnly enforces it.
//
// A debrisScanner reads "from:" and "to:" as runs of pieces. Each character
// that is not white space is a piece, but for three kinds of debris: a list
// marker at the head of a line, a hyphen at a line end, and a footnote
// number. White space is no piece, so re-spacing changes nothing. The runs
// must agree piece for piece, but that "to:" may drop a hyphen or a
// footnote, and add or drop list markers (not both). Both texts are read
// with the rest of their lines, so that the head and end of a line are
// known.

// A debrisKind is what a piece of a text is to the rule on corrections.
type debrisKind uint8

const (
	textPiece     debrisKind = iota // a character of the text
	markerPiece                     // a list marker at the head of a line
	hyphenPiece                     // a hyphen at a line end
	footnotePiece                   // a footnote number after final punctuation
)

// A debrisScanner reads a text as pieces, one at a time: kind and text are
// the current piece, pos its offset; ok is false past the last piece.
type debrisScanner struct {
	s    string
	i    int  // offset of the first byte not read
	head bool // at the head of a line: nothing but white space and markers since it began
	ok   bool
	kind debrisKind
	text string
	pos  int
}

func newDebrisScanner(s string) *debrisScanner {
	d := &debrisScanner{s: s, head: true}
	d.next()
	return d
}

func (d *debrisScanner) next() {
	s := d.s
	for d.i < len(s) {
		r, size := utf8.DecodeRuneInString(s[d.i:])
		if r == '\n' {
			d.head = true
		}
		if unicode.IsSpace(r) {
			d.i += size
			continue
		}
		at := d.i
		if d.head {
			if n := markerLen(s[at:]); n > 0 {
				d.set(markerPiece, at, n)
				return
			}
			d.head = false
		}
		switch {
		case (r == '-' || r == '\u2010') && lettersBefore(s[:at], 1) && lineEndAfter(s[at+size:]):
			d.set(hyphenPiece, at, size)
		case r >= '0' && r <= '9':
			if n := footnoteLen(s, at); n > 0 {
				d.set(footnotePiece, at, n)
			} else {
				d.set(textPiece, at, size)
			}
		default:
			d.set(textPiece, at, size)
		}
		return
	}
	d.ok, d.text, d.pos = false, "", len(s)
}

func (d *debrisScanner) set(kind debrisKind, at, n int) {
	d.ok, d.kind, d.text, d.pos = true, kind, d.s[at:at+n], at
	d.i = at + n
}

func spaceOrEnd(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s == "" || unicode.IsSpace(r)
}

// listMarker is a list marker: "-" or "•", one to three digits and ".", or
// one to three digits or a lower-case letter in parentheses.
var listMarker = regexp.MustCompile(`^(?:[-•]|[0-9]{1,3}\.|\(([0-9]{1,3}|[a-z])\))`)

// markerLen returns the length of the list marker that s begins with,
// followed by white space or the end, or 0.
func markerLen(s string) int {
	if n := len(listMarker.FindString(s)); n > 0 && spaceOrEnd(s[n:]) {
		return n
	}
	return 0
}

func lettersBefore(s string, n int) bool {
	for ; n > 0; n-- {
		r, size := utf8.DecodeLastRuneInString(s)
		if !unicode.IsLetter(r) {
			return false
		}
		s = s[:len(s)-size]
	}
	return true
}

// lineEndAfter reports whether s begins with white space that holds a line
// feed, followed by a letter: the rest of a word hyphenated at a line end.
func lineEndAfter(s string) bool {
	feed := false
	for _, r := range s {
		switch {
		case r == '\n':
			feed = true
		case !unicode.IsSpace(r):
			return feed && unicode.IsLetter(r)
		}
	}
	return false
}

// footnoteLen returns the length of the footnote number at offset at of s,
// or 0: one to three digits after ".", ",", ";" or ":" that ends a word of
// at least two letters, before white space or the end of s.
func footnoteLen(s string, at int) int {
	n := len(s) - at - len(strings.TrimLeft(s[at:], "0123456789"))
	if n == 0 || n > 3 || at < 1 || !strings.ContainsRune(".,;:", rune(s[at-1])) || !lettersBefore(s[:at-1], 2) || !spaceOrEnd(s[at+n:]) {
		return 0
	}
	return n
}

// checkDebrisOnly reports, in words, how the replacement to changes more
// than the extraction debris of from, or returns "". prefix and suffix are
// the rest of the lines around from in the body, the same for both.
func checkDebrisOnly(prefix, from, to, suffix string) string {
	f, t := newDebrisScanner(prefix+from+suffix), newDebrisScanner(prefix+to+suffix)
	var added, removed []string
	var wb [2]int // where the last word that begins in both texts at once begins in each
	for f.ok || t.ok {
		switch {
		// Two pieces agree when they have the same text and are both list
		// markers or neither: a hyphen at a line end agrees with the same
		// hyphen in a line (the line joined, the hyphen kept), a footnote
		// number with the same digits in the text.
		case f.ok && t.ok && f.text == t.text && (f.kind == markerPiece) == (t.kind == markerPiece):
			if startsWord(f.s, f.pos) && startsWord(t.s, t.pos) {
				wb = [2]int{f.pos, t.pos}
			}
			f.next()
			t.next()
		case f.ok && (f.kind == hyphenPiece || f.kind == footnotePiece):
			f.next()
		case t.ok && t.kind == markerPiece:
			added = append(added, t.text)
			t.next()
		case f.ok && f.kind == markerPiece:
			removed = append(removed, f.text)
			f.next()
		default:
			return describeChange(f, t, wb)
		}
	}
	if len(added) > 0 && len(removed) > 0 {
		return fmt.Sprintf("it removes the list marker %q and adds %q; a correction may restore lost markers or remove spurious ones, not both (that would change or move a marker): if both are debris, give each its own correction", removed[0], added[0])
	}
	return ""
}

// describeChange says how the text with the replacement differs in its
// words from the text with the source, from f and t, the scanners of the
// two stopped where they first disagree (everything before agrees but for
// debris), and wb, where the last word that begins in both at once begins
// in each. It quotes the words that differ, from the first word that does
// to the last (the texts share their last words: the rest of the line
// around the correction, at least), and the word before them.
func describeChange(f, t *debrisScanner, wb [2]int) string {
	if t.ok && (t.kind == footnotePiece || t.kind == hyphenPiece) {
		// A footnote number or a hyphen at a line end, which a correction
		// may drop, not add.
		return fmt.Sprintf("it adds %q in %s", t.text, pieceContext(t))
	}
	fw, tw := debrisWords(f.s, wb[0]), debrisWords(t.s, wb[1])
	p := 0
	for p < len(fw) && p < len(tw) && fw[p] == tw[p] {
		p++
	}
	q := 0
	for q < len(fw)-p && q < len(tw)-p && fw[len(fw)-1-q] == tw[len(tw)-1-q] {
		q++
	}
	gone, come := fw[p:len(fw)-q], tw[p:len(tw)-q]
	where := " at the start"
	if p > 0 {
		where = fmt.Sprintf(" after %q", abbreviate(tw[p-1], 40))
	} else if before := debrisWords(t.s[:wb[1]], 0); len(before) > 0 {
		where = fmt.Sprintf(" after %q", abbreviate(before[len(before)-1], 40))
	}
	quote := func(ws []string) string { return fmt.Sprintf("%q", abbreviate(strings.Join(ws, " "), 60)) }
	switch {
	case len(gone) == 0 && len(come) == 0:
		return fmt.Sprintf("it has %s where the source has %s", pieceContext(t), pieceContext(f))
	case len(gone) == 0:
		return fmt.Sprintf("it adds %s %s%s", plural(len(come), "the word", "the words"), quote(come), where)
	case len(come) == 0:
		return fmt.Sprintf("it drops %s %s%s", plural(len(gone), "the word", "the words"), quote(gone), where)
	}
	return fmt.Sprintf("it changes %s to %s%s", quote(gone), quote(come), where)
}

// startsWord reports whether offset pos of s begins a word: it is the
// start of s, or follows white space.
func startsWord(s string, pos int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:pos])
	return pos == 0 || unicode.IsSpace(r)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// pieceContext quotes the word around the current piece of d, or says that
// the text has ended.
func pieceContext(d *debrisScanner) string {
	if !d.ok {
		return "nothing more"
	}
	start := strings.LastIndexFunc(d.s[:d.pos], unicode.IsSpace) + 1
	end := d.pos + strings.IndexFunc(d.s[d.pos:], unicode.IsSpace)
	if end < d.pos {
		end = len(d.s)
	}
	return fmt.Sprintf("%q", abbreviate(d.s[start:end], 40))
}

// debrisWords returns the words of s from offset from on, as the rule on
// corrections sees them, for a message: runs of pieces between white space,
// without list markers and footnote numbers, a word broken by a hyphen at a
// line end joined. It reads s from its start, so that what is at the head
// of a line, or a footnote, is known as in the whole text.
func debrisWords(s string, from int) []string {
	var words []string
	var cur strings.Builder
	end, joined := 0, false
	flush := func() {
		if cur.Len() > 0 {
			words = append(words, cur.String())
			cur.Reset()
		}
	}
	for d := newDebrisScanner(s); d.ok; d.next() {
		if d.pos > end && !joined {
			flush()
		}
		end, joined = d.pos+len(d.text), false
		switch {
		case d.pos < from:
		case d.kind == markerPiece:
			flush()
		case d.kind == hyphenPiece:
			joined = true
		case d.kind == footnotePiece:
		default:
			cur.WriteString(d.text)
		}
	}
	flush()
	return words
}
