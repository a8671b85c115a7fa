package cite

import (
	"unicode"
	"unicode/utf8"

	"github.com/cybernorms/cybernorms/internal/words"
)

// The lexer splits a citation into tokens without allocating. Only ASCII
// digits are digits; letters are any Unicode letters (folded when compared
// with the vocabulary); spaces, tabs, line breaks, no-break spaces and "~"
// separate tokens; the punctuation of citations is a token of its own; any
// other character is a [tBad] token, which makes a citation fail (and ends
// a citation in running text).

type tokKind uint8

const (
	tEOF    tokKind = iota
	tWord           // letters and digits beginning with a letter: "gge", "g7" (a possessive "'s" is dropped)
	tNum            // ASCII digits: "13", "2015"
	tBare           // digits and one letter: "13f"
	tOrd            // an ordinal in digits: "12th", "1st"
	tSym            // a run with inner slashes: "a/70/174", "70/237"
	tDotted         // digits with inner dots: "1026.13"
	tPunct          // one punctuation character, in c: ( ) , ; : . - ' " & [ ] { } \ * ! ?
	tMark           // a paragraph mark: ¶ § #, in c as 'P', 'S', '#'
	tBad            // a character no citation holds
)

// A token is one token of the input: [start, end) are byte offsets.
type token struct {
	kind   tokKind
	c      byte    // the punctuation character of tPunct and tMark
	space  bool    // white space precedes it
	kw     uint8   // 1 + the index in keywords of the word, or 0
	cls    kwClass // the keyword's class, or kNone
	post   int16   // 1 + the index in index of the word or symbol, or 0
	dotted bool    // initials with full stops, "U.N."
	val    int16   // the value of a tNum of at most 4 digits, or -1
	start  int32
	end    int32
}

type lexer struct {
	s string
	i int
	h uint32 // the fold hash of the last token, when word computed it, or 0
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool       { return c >= '0' && c <= '9' }

// letterAt reports whether a letter begins at i, and its size.
func letterAt(s string, i int) (bool, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return isASCIILetter(c), 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return r != utf8.RuneError && unicode.IsLetter(r), n
}

// alnumRun returns the end of the run of letters and ASCII digits at i.
func alnumRun(s string, i int) int {
	for i < len(s) {
		if c := s[i]; isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'z' {
			i++
			continue
		} else if c < utf8.RuneSelf {
			break
		}
		ok, n := letterAt(s, i)
		if !ok {
			break
		}
		i += n
	}
	return i
}

func (lx *lexer) next() token {
	var t token
	lx.scan(&t)
	return t
}

// spaceStart marks the bytes that may begin white space other than ' '
// (see skipSpace): a table, for scan's quick path.
var spaceStart = [256]bool{'\t': true, '\n': true, '\r': true, '~': true, '\f': true, '\v': true, 0xC2: true, 0xE2: true}

// asciiRun returns the end of the run of ASCII letters and digits at i and
// the FNV-1a hash h carried over its bytes, folded as foldHash folds them.
func asciiRun(s string, i int, h uint32) (uint32, int) {
	for ; i < len(s); i++ {
		c := s[i]
		if c|0x20 >= 'a' && c|0x20 <= 'z' {
			c |= 0x20
		} else if c-'0' > 9 {
			break
		}
		h = (h ^ uint32(c)) * 16777619
	}
	return h, i
}

// scan reads the next token into *t, which it overwrites.
func (lx *lexer) scan(t *token) {
	lx.h = 0
	s, start := lx.s, lx.i
	space := false
	for start < len(s) && s[start] == ' ' {
		start++
		space = true
	}
	lx.i = start
	if start < len(s) && spaceStart[s[start]] && lx.skipSpace() {
		space = true
		start = lx.i
	}
	// The quick way for a word of ASCII letters and digits, hashed on the
	// way (see word): the same token as word reads, where no initials,
	// apostrophe, slash or letter of another script can follow.
	if start < len(s) && s[start]|0x20 >= 'a' && s[start]|0x20 <= 'z' && !(start+1 < len(s) && s[start+1] == '.') {
		h, j := asciiRun(s, start, 2166136261)
		kind := tWord
		for j+1 < len(s) && (s[j] == '/' || kind == tSym && s[j] == '.') && (isDigit(s[j+1]) || isASCIILetter(s[j+1])) {
			// A symbol, "a/70/174", "a/ac.290/2021/crp.2", as symbolTail
			// reads it.
			h, j = asciiRun(s, j+1, (h^uint32(s[j]))*16777619)
			kind = tSym
		}
		// Not followed by a letter of another script, an apostrophe or a
		// slash.
		if j == len(s) || s[j] < utf8.RuneSelf && s[j] != '\'' && s[j] != '/' {
			*t = token{kind: kind, space: space, start: int32(start), end: int32(j)}
			lx.i, lx.h = j, h
			return
		}
	}
	if start >= len(s) {
		*t = token{kind: tEOF, space: space, start: int32(start), end: int32(start)}
		return
	}
	*t = token{space: space, start: int32(start)}
	c := s[start]
	switch {
	case isDigit(c):
		lx.number(t, start)
	case c == '#':
		t.kind, t.c = tMark, '#'
		lx.i++
	case isASCIILetter(c):
		lx.word(t, start)
		return
	case c < utf8.RuneSelf:
		lx.punct(t, start)
	default:
		if ok, _ := letterAt(s, start); ok {
			lx.word(t, start)
			return
		}
		lx.punct(t, start)
	}
	t.end = int32(lx.i)
}

// skipSpace skips the spaces at lx.i (ASCII white space, '~', the
// no-break space and the other Unicode spaces of U+2000 to U+200A and
// U+202F) and reports whether there were any.
func (lx *lexer) skipSpace() bool {
	s := lx.s
	space := false
	for lx.i < len(s) {
		c := s[lx.i]
		switch c {
		case ' ', '\t', '\n', '\r', '~', '\f', '\v':
			lx.i++
			space = true
			continue
		}
		if c == 0xC2 && lx.i+1 < len(s) && s[lx.i+1] == 0xA0 { // no-break space
			lx.i += 2
			space = true
			continue
		}
		if c == 0xE2 && lx.i+2 < len(s) && s[lx.i+1] == 0x80 && (s[lx.i+2] == 0xAF || s[lx.i+2] >= 0x80 && s[lx.i+2] <= 0x8A) { // narrow and other spaces
			lx.i += 3
			space = true
			continue
		}
		break
	}
	return space
}

// number reads the token that begins with the digit at start into t
// (whose start is set) and moves lx.i past it: a number ("13", with its
// value if it has at most 4 digits, and a symbol's tail: "70/174"), a
// dotted number ("1.2.3"), a number with a lone letter ("13f"), an
// ordinal ("3rd") or a word no document holds ("3d").
func (lx *lexer) number(t *token, start int) {
	s := lx.s
	j := start
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	t.kind = tNum
	t.val = -1
	if j-start <= 4 {
		t.val = int16(atoi(s[start:j]))
	}
	switch {
	case j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]):
		for j < len(s) && (isDigit(s[j]) || s[j] == '.' && j+1 < len(s) && isDigit(s[j+1])) {
			j++
		}
		t.kind = tDotted
	case j < len(s) && (isASCIILetter(s[j]) || s[j] >= utf8.RuneSelf && isAlnumAt(s, j)):
		k := alnumRun(s, j)
		w := s[j:k]
		switch {
		case k == j+1:
			t.kind = tBare
		case ordinalSuffix(w):
			t.kind = tOrd
		default:
			t.kind = tWord // "3d": a word no document holds
		}
		j = k
	}
	if t.kind == tNum || t.kind == tWord {
		j = lx.symbolTail(j, t)
	}
	lx.i = j
}

// word reads the word that begins with the letter at start into t (whose
// start is set), its end included, and moves lx.i past it: initials with
// full stops ("U.N."), a possessive without its "'s" ("Leaders’"), or a
// word with a symbol's tail.
func (lx *lexer) word(t *token, start int) {
	s := lx.s
	// Initials with full stops: "U.N.", "G.A.".
	if k := initials(s, start); k > 0 {
		t.kind, t.dotted = tWord, true
		lx.i = k
		t.end = int32(k)
		return
	}
	// The run of ASCII letters and digits, folded and hashed as foldHash
	// does, on the way; the rest of the run, if any, by alnumRun.
	h, j := asciiRun(s, start, 2166136261)
	if j < len(s) && s[j] >= utf8.RuneSelf {
		if k := alnumRun(s, j); k > j {
			j, h = k, 0
		}
	}
	t.kind = tWord
	// A possessive: "chair's", "Leaders’".
	if a := apostrophe(s, j); a > 0 && j+a < len(s) && (s[j+a] == 's' || s[j+a] == 'S') && (j+a+1 == len(s) || !isAlnumAt(s, j+a+1)) {
		t.end = int32(j)
		lx.i = j + a + 1
		lx.h = h
		return
	}
	lx.i = lx.symbolTail(j, t)
	t.end = int32(lx.i)
	if lx.i == j {
		lx.h = h
	}
}

// punct reads the punctuation mark, or the character of no citation, at
// start into t (whose start is set) and moves lx.i past it. Dashes,
// quotes and apostrophes are read as their ASCII forms, the degree sign
// of "n°" as 'o' ("nº" is a word), the marks ¶ and § as tMark.
func (lx *lexer) punct(t *token, start int) {
	r, n := utf8.DecodeRuneInString(lx.s[start:])
	lx.i += n
	t.kind = tPunct
	switch r {
	case '(', ')', ',', ';', ':', '.', '-', '\'', '"', '&', '[', ']', '{', '}', '\\', '*', '!', '?':
		t.c = byte(r)
	case '–', '—', '‐', '‑', '−':
		t.c = '-'
	case '’', '‘':
		t.c = '\''
	case '“', '”', '„', '«', '»', '‹', '›':
		t.c = '"'
	case '°':
		t.c = 'o' // of the number sign "n°"
	case '¶':
		t.kind, t.c = tMark, 'P'
	case '§':
		t.kind, t.c = tMark, 'S'
	default:
		t.kind = tBad
	}
}

// ordinalSuffix reports whether w, the letters after a number, make it an
// ordinal: "st", "nd", "rd", "th" ("3rd"), and in French "er", "re",
// "ere", "eme" and "e" with accents or without ("1er", "1re", "2ème"; "2e"
// alone is read as a label, "13f", unless a unit follows it).
func ordinalSuffix(w string) bool {
	for _, suf := range [...]string{"st", "nd", "rd", "th", "er", "re", "ere", "eme"} {
		if compareToFolded(w, suf) == 0 {
			return true
		}
	}
	return false
}

// ordinalValue returns the number of an ordinal in digits: 12 of "12th".
func ordinalValue(s string) int {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return atoi(s[:i])
}

// symbolTail extends a token over inner slashes, "a/70/174", and, once it
// is a symbol, over full stops inside it: "a/ac.290/2021/crp.2" (a full
// stop that no letter or digit follows ends the symbol, as at the end of a
// sentence).
func (lx *lexer) symbolTail(j int, t *token) int {
	s := lx.s
	for j+1 < len(s) && (s[j] == '/' || t.kind == tSym && s[j] == '.') && (isDigit(s[j+1]) || isASCIILetter(s[j+1])) {
		j = alnumRun(s, j+1)
		t.kind = tSym
	}
	return j
}

func isAlnumAt(s string, i int) bool {
	if isDigit(s[i]) {
		return true
	}
	ok, _ := letterAt(s, i)
	return ok
}

// apostrophe returns the size of an apostrophe at i, or 0.
func apostrophe(s string, i int) int {
	if i < len(s) && s[i] == '\'' {
		return 1
	}
	if i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && s[i+2] == 0x99 {
		return 3
	}
	return 0
}

// equalFoldASCII reports whether a and b are equal but for the case of ASCII
// letters.
func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i]|0x20 != b[i]|0x20 {
			return false
		}
	}
	return true
}

// fold maps a rune as package words does: lower case, Latin letters
// without accents.
func fold(r rune) rune { return words.FoldLetter(r) }

// compareToFolded compares s, folded, with w, which is folded already.
func compareToFolded(s, w string) int {
	i, j := 0, 0
	for i < len(s) && j < len(w) && s[i] < utf8.RuneSelf && w[j] < utf8.RuneSelf {
		a, b := s[i], w[j]
		if a >= 'A' && a <= 'Z' {
			a += 'a' - 'A'
		}
		if a != b {
			if a < b {
				return -1
			}
			return 1
		}
		i++
		j++
	}
	for i < len(s) && j < len(w) {
		var a rune
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			a = rune(c)
			i++
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			a = fold(r)
			i += n
		}
		var b rune
		if c := w[j]; c < utf8.RuneSelf {
			b = rune(c)
			j++
		} else {
			r, n := utf8.DecodeRuneInString(w[j:])
			b = r
			j += n
		}
		if a != b {
			if a < b {
				return -1
			}
			return 1
		}
	}
	switch {
	case i < len(s):
		return 1
	case j < len(w):
		return -1
	}
	return 0
}

// look finds the keyword and index entry of t, the token scan read last,
// with the hash word computed on the way if it did.
func (lx *lexer) look(t *token) {
	if lx.h != 0 && !t.dotted && (t.kind == tWord || t.kind == tSym) {
		// ASCII letters and digits (and a symbol's slashes) only: a word of
		// the tables is it when it has its bytes, lowered.
		s := lx.s[t.start:t.end]
		t.kw, t.cls, t.post = 0, kNone, 0
		mask := uint32(len(keywordHash) - 1)
		for k := lx.h & mask; t.kind == tWord && keywordHash[k] != 0; k = (k + 1) & mask {
			if v := keywordHash[k]; equalLowerASCII(s, keywords[v-1].word) {
				t.kw, t.cls = v, keywords[v-1].class
				break
			}
		}
		mask = uint32(len(indexHash) - 1)
		for k := lx.h & mask; indexHash[k] != 0; k = (k + 1) & mask {
			if v := indexHash[k]; equalLowerASCII(s, index[v-1].Word) {
				t.post = int16(v)
				break
			}
		}
		return
	}
	t.look(lx.s)
}

// equalLowerASCII reports whether w is s lowered, for s of ASCII letters and
// digits only.
func equalLowerASCII(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i]|0x20 != w[i] {
			return false
		}
	}
	return true
}

// look finds a word's keyword and index entry. lexer.word hashes most words
// as it reads them: lex then calls lookHashed.
func (t *token) look(in string) {
	if t.kind != tWord && t.kind != tSym {
		return
	}
	s := in[t.start:t.end]
	if t.dotted {
		var b [8]byte
		n := 0
		for i := 0; i < len(s) && n < len(b); i += 2 {
			b[n] = s[i] | 0x20
			n++
		}
		t.post = int16(wordIndex(string(b[:n])) + 1)
		// A treaty series in initials: "E.T.S. No. 185".
		if k := keywordIndex(string(b[:n])); k >= 0 && keywords[k].class == kTreaty {
			t.kw, t.cls = uint8(k+1), kTreaty
		}
		return
	}
	t.lookHashed(s, foldHash(s))
}

// lookHashed is look for the word or symbol s of t, whose fold hashes to h.
func (t *token) lookHashed(s string, h uint32) {
	if t.kind == tWord {
		if k := keywordHashed(s, h); k >= 0 {
			t.kw, t.cls = uint8(k+1), keywords[k].class
		} else {
			t.kw, t.cls = 0, kNone
		}
	}
	t.post = int16(wordHashed(s, h) + 1)
}

// bucket returns the bucket of the first byte of a folded word: 0-9 for
// digits, 10-35 for letters, 36 for the rest.
func bucket(s string) int {
	c := s[0]
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	case c < utf8.RuneSelf:
		return -1
	}
	r, _ := utf8.DecodeRuneInString(s)
	if f := fold(r); f >= 'a' && f <= 'z' {
		return int(f-'a') + 10
	}
	return 36
}

// lookupWord returns the index entry of the folded word or symbol s.
func lookupWord(s string) *posting {
	if i := wordHashed(s, foldHash(s)); i >= 0 {
		return &index[i]
	}
	return nil
}

// wordIndex returns the index in index of the folded word or symbol s, or -1.
func wordIndex(s string) int {
	b := bucket(s)
	if b < 0 {
		return -1
	}
	lo, hi := int(indexStart[b]), int(indexStart[b+1])
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if compareToFolded(s, index[m].Word) > 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(index) && compareToFolded(s, index[lo].Word) == 0 {
		return lo
	}
	return -1
}

// atoi reads a run of at most 9 ASCII digits.
func atoi(s string) int {
	if len(s) > 9 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// compareFolded compares a and b, folding both.
func compareFolded(a, b string) int {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		ra, rb = fold(ra), fold(rb)
		if ra != rb {
			if ra < rb {
				return -1
			}
			return 1
		}
		a, b = a[na:], b[nb:]
	}
	switch {
	case a != "":
		return 1
	case b != "":
		return -1
	}
	return 0
}

// initials returns the end of initials with full stops at i ("U.N.",
// "G.A."), two to eight ASCII letters each followed by a full stop, or 0.
func initials(s string, i int) int {
	j, n := i, 0
	for j+1 < len(s) && isASCIILetter(s[j]) && s[j+1] == '.' && n < 8 {
		j += 2
		n++
	}
	if n < 2 || j < len(s) && isAlnumAt(s, j) {
		return 0
	}
	return j
}

// foldHash returns the FNV-1a hash of the folded bytes of s, as the
// generator hashes the index's words.
func foldHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			h ^= uint32(c)
			h *= 16777619
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		var b [utf8.UTFMax]byte
		m := utf8.EncodeRune(b[:], fold(r))
		for k := 0; k < m; k++ {
			h ^= uint32(b[k])
			h *= 16777619
		}
	}
	return h
}

// wordHashed returns the index in index of s, whose fold hashes to h, or -1.
func wordHashed(s string, h uint32) int {
	mask := uint32(len(indexHash) - 1)
	for k := h & mask; ; k = (k + 1) & mask {
		v := indexHash[k]
		if v == 0 {
			return -1
		}
		if compareToFolded(s, index[v-1].Word) == 0 {
			return int(v - 1)
		}
	}
}

// keywordHashed returns the index in keywords of s, whose fold hashes to h,
// or -1.
func keywordHashed(s string, h uint32) int {
	mask := uint32(len(keywordHash) - 1)
	for k := h & mask; ; k = (k + 1) & mask {
		v := keywordHash[k]
		if v == 0 {
			return -1
		}
		if compareToFolded(s, keywords[v-1].word) == 0 {
			return int(v - 1)
		}
	}
}

func (p *parser) lex() *Error {
	lx := lexer{s: p.in}
	// n is a local, not p.ntok, and stored back without a deferred call,
	// which would keep it in memory: this loop is the hot path.
	toks, n := p.toks, p.ntok
	for {
		if n == len(toks) {
			p.ntok = n
			var t token
			if lx.scan(&t); t.kind == tEOF {
				return nil
			}
			return p.errorf("", "a citation of more than %d tokens", maxTokens)
		}
		t := &toks[n]
		// The quick way of scan and look for a word of ASCII letters and
		// digits (most tokens of a citation), written out here so that the
		// loop makes no call for it; TestQuickPaths and TestWordHash hold
		// it to scan's and look's ways.
		s, i := lx.s, lx.i
		space := false
		for i < len(s) && s[i] == ' ' {
			i++
			space = true
		}
		if i < len(s) && isASCIILetter(s[i]) && !(i+1 < len(s) && s[i+1] == '.') {
			h, j := asciiRun(s, i, 2166136261)
			if j == len(s) || s[j] < utf8.RuneSelf && s[j] != '\'' && s[j] != '/' {
				*t = token{kind: tWord, space: space, start: int32(i), end: int32(j)}
				lx.i = j
				w := s[i:j]
				mask := uint32(len(keywordHash) - 1)
				for k := h & mask; keywordHash[k] != 0; k = (k + 1) & mask {
					if v := keywordHash[k]; equalLowerASCII(w, keywords[v-1].word) {
						t.kw, t.cls = v, keywords[v-1].class
						break
					}
				}
				mask = uint32(len(indexHash) - 1)
				for k := h & mask; indexHash[k] != 0; k = (k + 1) & mask {
					if v := indexHash[k]; equalLowerASCII(w, index[v-1].Word) {
						t.post = int16(v)
						break
					}
				}
				n++
				continue
			}
		}
		lx.scan(t)
		if t.kind == tEOF {
			p.ntok = n
			return nil
		}
		if t.kind == tWord || t.kind == tSym {
			lx.look(t)
		}
		n++
	}
}
