package declarations

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/cybernorms/cybernorms/internal/textindex"
	"github.com/cybernorms/cybernorms/norms"
)

// A Hit is a paragraph that matches a query: one result of [Search].
type Hit struct {
	// Paragraph is the paragraph that matches; its Document method gives the
	// document.
	Paragraph Paragraph
	// Norm is the ID of the norm the paragraph states or contains (see
	// [Paragraph.Norm]), or "".
	Norm norms.ID
	// Matches are the byte ranges [start, end) of the paragraph's text (see
	// [Hit.Text]) that match a term of the query, in order and not
	// overlapping: where matches of two terms overlap or touch, they are
	// merged into one range.
	Matches [][2]int
}

// Snippet returns an excerpt of the paragraph around its first match, as
// plain text, and the byte ranges [start, end) of the excerpt that match a
// term of the query, in order and not overlapping, like [Hit.Matches]. The
// excerpt is the whole text when it is at most 160 characters long, or else
// about 160 characters of it, cut at white space, with "…" where it is cut:
// "… should not conduct or knowingly support ICT activity contrary to its
// obligations under international law that intentionally damages critical
// infrastructure or …". It holds no marks; see [Hit.Highlight]. Search
// builds no snippet: each call of Snippet builds one.
//
// Snippet reads h.Matches as they are, even when a program has changed
// them since Search returned them, and never panics on them: it ignores a
// range that is empty or reversed, or that lies outside the text; cuts one
// that runs past either end of the text at that end; widens one whose ends
// fall inside a character to whole characters; and sorts the ranges and
// merges those that overlap or touch. Without a range left, the snippet is
// empty.
func (h Hit) Snippet() (string, [][2]int) {
	text := h.Text()
	m := h.Matches
	if !wellFormed(text, m) {
		m = mend(text, m)
	}
	if len(m) == 0 {
		return "", nil
	}
	return snippet(text, m)
}

// wellFormed reports whether the ranges m are as Search returns them for
// text: not empty, within the text, at character boundaries, in order and
// apart.
func wellFormed(text string, m [][2]int) bool {
	prev := -1
	for _, r := range m {
		if r[0] <= prev || r[0] >= r[1] || r[1] > len(text) || !boundary(text, r[0]) || !boundary(text, r[1]) {
			return false
		}
		prev = r[1]
	}
	return true
}

// boundary reports whether byte offset i of text, which is within it or
// at its end, begins a character or ends the text.
func boundary(text string, i int) bool { return i == len(text) || utf8.RuneStart(text[i]) }

// mend returns a copy of the ranges m made well formed for text, as
// Hit.Snippet documents.
func mend(text string, m [][2]int) [][2]int {
	var out [][2]int
	for _, r := range m {
		s, e := max(r[0], 0), min(r[1], len(text))
		if s >= e {
			continue
		}
		for !boundary(text, s) {
			s--
		}
		for !boundary(text, e) {
			e++
		}
		out = append(out, [2]int{s, e})
	}
	return out[:merge(out)]
}

// Highlight returns the snippet with every match in it between open and
// close: h.Highlight("**", "**") marks the matches as Markdown bold,
// "… intentionally damages **critical infrastructure** or …". The markers
// are written as given; to write HTML, escape the snippet's pieces (between
// the ranges [Hit.Snippet] returns) yourself. It reads h.Matches as
// [Hit.Snippet] does, whatever a program has done to them.
func (h Hit) Highlight(open, close string) string {
	s, m := h.Snippet()
	var b strings.Builder
	b.Grow(len(s) + len(m)*(len(open)+len(close)))
	at := 0
	for _, r := range m {
		b.WriteString(s[at:r[0]])
		b.WriteString(open)
		b.WriteString(s[r[0]:r[1]])
		b.WriteString(close)
		at = r[1]
	}
	b.WriteString(s[at:])
	return b.String()
}

// Text returns the whole text of the hit's paragraph, to which
// [Hit.Matches] refer.
func (h Hit) Text() string { return h.Paragraph.Text() }

// Search returns the paragraphs of the corpus that contain every term of the
// query, in corpus order (documents in ID order, paragraphs in order). It
// searches the text of every [Paragraph] of every document: headings,
// paragraphs and list items, but not titles or other metadata.
//
// # Terms
//
// The query is a list of terms separated by white space. A term is a word, or
// a phrase between double quotation marks: "critical infrastructure". The
// straight quotation mark (") and the typographic ones (“ and ”) are all
// quotation marks, interchangeably: a phrase begins at one and ends at the
// next, so “critical infrastructure” is the same phrase. A quotation mark
// inside a word also begins or ends a phrase. Search returns an error, which
// quotes the query, when the query has no term, when a quotation mark is not
// closed, or when a phrase is empty.
//
// A paragraph is a hit when it contains every term of the query, in any
// order. A query whose terms occur nowhere returns no hits and no error.
//
// # Matching
//
// Matching is case-insensitive, by Unicode simple case folding ("STATES",
// "states" and "States" are equal), and treats the apostrophes ’, ‘ and ' as
// equal, and the hyphens ‐ (U+2010) and ‑ (U+2011) as equal to -. It does not
// otherwise normalise text: "e" does not match "é", and - does not match the
// dashes – and —.
//
// A word of the text is a run of letters, digits and combining marks; every
// other character (white space and punctuation, including hyphens,
// apostrophes and slashes) separates words, so "non-binding" holds the words
// "non" and "binding", and "20/8" the words "20" and "8".
//
// A term matches where its characters occur in the text, in order, with two
// rules:
//
//   - It matches only where a word of the text begins, when the term itself
//     begins with a letter or digit: "state" matches "States", "non-State" and
//     "statement", "infrastructure" matches "infrastructures", "binding"
//     matches "non-binding", but "tate" does not match "States". A term's end
//     need not be the end of a word: every term is a prefix.
//   - In a phrase, any run of white space matches any run of white space in
//     the text (at least one character): "critical infrastructure" matches
//     "critical infrastructure" and "critical\ninfrastructure", but not
//     "critical-infrastructure" or "critical, infrastructure". Each word of a
//     phrase but the last must thus match a whole word of the text, and the
//     last matches as a prefix.
//
// Punctuation in a term matches the same punctuation in the text, literally:
// "non-binding" matches "non-binding" but not "non binding" or
// "nonbinding"; "ICT-enabled" matches "ICT-enabled"; "20/8" matches
// "20/8"; "States'" matches "States'" and "States’" but not "States"; and a
// term that begins with punctuation, such as "(ICT)", may match anywhere,
// not only where a word begins.
//
// Every occurrence of every term in a hit is reported in [Hit.Matches], and
// those within its snippet by [Hit.Snippet].
//
// # Limits
//
// Search refuses a query longer than [MaxQueryLen] bytes, or one of more
// than [MaxQueryTerms] terms (a phrase is one term), with an error that
// wraps [ErrQueryTooLarge] and quotes the query's beginning: a server that
// passes its users' queries to Search can tell them apart with
// errors.Is(err, declarations.ErrQueryTooLarge). Below the limits, the cost
// of a query is linear in the number and the length of its terms (and in
// the size of the corpus): a query at both limits is answered in a few
// milliseconds, and one past them refused at once.
//
// # Cost
//
// Search reads a word index that the generator built with the corpus, which
// records where each word of each paragraph begins. A term that is one word
// is matched from the index alone, without reading the text; a phrase, or a
// term holding punctuation, is checked against the text only where its first
// word occurs; a term that begins with punctuation, or one so short that it
// begins more than 32 words of the index, is sought in the text of the
// paragraphs that the other terms leave (of every paragraph, when it is
// alone). Search allocates nothing but its result, one slice of hits and one
// array that holds the matches of them all: it finds them in one pass, into
// buffers that it keeps for the searches that follow, and then allocates the
// result to size. A query without hits allocates nothing.
func Search(query string) ([]Hit, error) {
	var (
		termBuf [queryTerms]term
		patBuf  [queryPattern]byte
		cur     [maxCursors]cursor
	)
	terms, pat, err := parseQuery(query, termBuf[:0], patBuf[:0])
	if err != nil {
		return nil, err
	}
	if !plan(terms, pat) {
		return nil, nil
	}
	open(terms, cur[:])
	if t := &terms[0]; len(terms) == 1 && t.whole && !t.scan && t.c1-t.c0 == 1 {
		return wordHits(t, &cur[t.c0]), nil
	}
	// Find the hits and their matches in one pass, into a scratch buffer;
	// then allocate the result once, to size, and fill it.
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.found, sc.m = sc.found[:0], sc.m[:0]
	if len(terms) == 1 && terms[0].whole && !terms[0].scan {
		collectWord(&terms[0], cur[:], sc)
	} else {
		collect(terms, pat, cur[:], sc)
	}
	if len(sc.found) == 0 {
		return nil, nil
	}
	hits := make([]Hit, len(sc.found))
	m := make([][2]int, len(sc.m))
	copy(m, sc.m)
	for i, f := range sc.found {
		para := searchParas[f.para]
		hits[i] = Hit{Paragraph: para, Norm: para.data().norm, Matches: m[f.start:f.end:f.end]}
	}
	return hits, nil
}

// The limits of a query to [Search], which refuses a longer query, or one
// of more terms, with an error that wraps [ErrQueryTooLarge]. A query at
// the limits costs a few milliseconds whatever its terms.
const (
	// MaxQueryLen is the most bytes of a query: room for any paragraph of
	// the corpus as a phrase.
	MaxQueryLen = 4096
	// MaxQueryTerms is the most terms of a query, words or phrases.
	MaxQueryTerms = 64
)

// ErrQueryTooLarge is wrapped by the error [Search] returns for a query
// longer than [MaxQueryLen] bytes or of more than [MaxQueryTerms] terms;
// test for it with [errors.Is].
var ErrQueryTooLarge = errors.New("declarations: search query too large")

// A queryError is an error of Search about a query that wraps another,
// such as ErrQueryTooLarge.
type queryError struct {
	msg string
	err error
}

func (e *queryError) Error() string { return e.msg }
func (e *queryError) Unwrap() error { return e.err }

// tooLarge returns the error for a query past the limits: it quotes the
// query's first 40 bytes or so and says which limit it passes.
func tooLarge(query, why string) error {
	head := query
	if len(head) > 40 {
		head = head[:40]
		for len(head) > 0 && !utf8.RuneStart(query[len(head)]) {
			head = head[:len(head)-1]
		}
		head += "…"
	}
	return &queryError{msg: "declarations: search query " + strconv.Quote(head) + " " + why, err: ErrQueryTooLarge}
}

// tooManyTerms returns the error for a query of more than MaxQueryTerms
// terms.
func tooManyTerms(query string) error {
	return tooLarge(query, "has more than "+strconv.Itoa(MaxQueryTerms)+" terms; Search reads at most "+strconv.Itoa(MaxQueryTerms))
}

// wordHits returns the hits of a query of one term that is one word of the
// index, which c reads: the index's totals for the word size the result.
func wordHits(t *term, c *cursor) []Hit {
	hits := make([]Hit, c.Paras)
	m := make([][2]int, c.Total)
	j := 0
	for i := range hits {
		para := searchParas[c.Para]
		d := para.data()
		start := j
		for range c.N {
			s := c.Offset()
			m[j] = [2]int{s, t.keyEndAt(c, d.text, s)}
			j++
		}
		hits[i] = Hit{Paragraph: para, Norm: d.norm, Matches: m[start:j:j]}
		c.Next()
	}
	return hits
}

// A scratch holds the hits that a pass over the index finds, before Search
// allocates its result: for each hit, its paragraph's place in searchParas
// and where its matches are in m. Search takes one from scratchPool, so
// that its pass allocates nothing once the pool holds buffers large enough.
type scratch struct {
	found []found
	m     [][2]int
}

// A found is a hit in a scratch: the paragraph searchParas[para], whose
// matches are m[start:end].
type found struct{ para, start, end int32 }

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// add records in sc a hit in paragraph p whose matches are sc.m[start:].
func (sc *scratch) add(p, start int) {
	sc.found = append(sc.found, found{int32(p), int32(start), int32(len(sc.m))})
}

// The sizes of Search's buffers on the stack: a query with more terms or
// longer ones allocates for them, and a term that begins more than
// maxCursors words of the index (less those that the query's other terms
// take) is sought in the text instead.
const (
	queryTerms   = 8
	queryPattern = 256
	maxCursors   = 32
)

// plan finds in the index the words where each term of a query can begin
// (see term), and reports whether the query can have hits: false when a term
// that must begin a word of the index begins none.
func plan(terms []term, pat []byte) bool {
	cursors := 0
	for i := range terms {
		t := &terms[i]
		if !t.wordStart {
			t.scan = true
			continue
		}
		key := pat[t.start:t.keyEnd]
		t.lo = vocabSearch(key)
		if t.whole {
			t.hi = vocabPrefixEnd(key, t.lo)
		} else if t.lo < len(searchWordEnds) && vocabWord(t.lo) == string(key) {
			t.hi = t.lo + 1
		} else {
			t.hi = t.lo
		}
		if t.hi == t.lo {
			return false
		}
		if cursors+t.hi-t.lo > maxCursors {
			t.scan = true
			continue
		}
		t.c0, t.c1 = cursors, cursors+t.hi-t.lo
		cursors = t.c1
	}
	return true
}

// firstPara returns the least paragraph the cursors are at, or
// textindex.Done when all are done.
func firstPara(cs []cursor) int {
	p := textindex.Done
	for k := range cs {
		p = min(p, cs[k].Para)
	}
	return p
}

// A cursor reads the postings of a word of the index.
type cursor struct {
	textindex.Cursor
	// even says that the word is as long in every occurrence as folded,
	// and so is every prefix of it (see searchUneven).
	even bool
}

// open sets the cursors of the terms on the postings of their words.
func open(terms []term, cur []cursor) {
	for i := range terms {
		t := &terms[i]
		for k := t.c0; k < t.c1; k++ {
			w := t.lo + k - t.c0
			start := uint32(0)
			if w > 0 {
				start = searchPostingEnds[w-1]
			}
			cur[k].Reset(searchPostings[start:searchPostingEnds[w]])
			_, uneven := slices.BinarySearch(searchUneven[:], uint32(w))
			cur[k].even = !uneven
		}
	}
}

// keyEndAt returns where the key of t ends in text when it begins at offset
// s, at an occurrence of the word that c reads, which begins with the key:
// from the key's length when the word is even, or else by reading the text.
func (t *term) keyEndAt(c *cursor, text string, s int) int {
	if c.even {
		return s + t.keyEnd - t.start
	}
	return skipRunes(text, s, t.keyRunes)
}

// collect finds the hits of the terms, in corpus order, reading the index
// through the cursors that open set, and records them in sc.
func collect(terms []term, pat []byte, cur []cursor, sc *scratch) {
	cursorTerms := 0
	for i := range terms {
		if !terms[i].scan {
			cursorTerms++
		}
	}
	for p := next(terms, cur, 0, cursorTerms); p < len(searchParas); p = next(terms, cur, p+1, cursorTerms) {
		text := searchParas[p].data().text
		start, hit := len(sc.m), true
		for i := range terms {
			if !terms[i].match(text, pat, cur, p, &sc.m) {
				hit = false
				break
			}
		}
		if !hit {
			sc.m = sc.m[:start]
			continue
		}
		sc.m = sc.m[:start+merge(sc.m[start:])]
		sc.add(p, start)
	}
}

// collectWord is collect for a query of one term that is one word, read
// from the index alone.
func collectWord(t *term, cur []cursor, sc *scratch) {
	cs := cur[t.c0:t.c1]
	for {
		p := firstPara(cs)
		if p == textindex.Done {
			return
		}
		text := searchParas[p].data().text
		start := len(sc.m)
		for k := range cs {
			c := &cs[k]
			if c.Para != p {
				continue
			}
			for range c.N {
				s := c.Offset()
				sc.m = append(sc.m, [2]int{s, t.keyEndAt(c, text, s)})
			}
			c.Next()
		}
		if len(cs) > 1 {
			// The words' matches, each in order, interleave.
			sc.m = sc.m[:start+merge(sc.m[start:])]
		}
		sc.add(p, start)
	}
}

// next returns the first paragraph at or after p that holds, for each term
// with cursors (cursorTerms of them), a word where the term can begin,
// moving the cursors on to it; or a number not less than len(searchParas).
func next(terms []term, cur []cursor, p, cursorTerms int) int {
	if cursorTerms == 0 {
		return p
	}
	for {
		moved := false
		for i := range terms {
			t := &terms[i]
			if t.scan {
				continue
			}
			least := textindex.Done
			for k := t.c0; k < t.c1; k++ {
				c := &cur[k]
				for c.Para < p {
					c.Next()
				}
				least = min(least, c.Para)
			}
			if least == textindex.Done {
				return least
			}
			if least > p {
				p = least
				moved = cursorTerms > 1
			}
		}
		if !moved {
			return p
		}
	}
}

// merge sorts the ranges m by their start and merges those that overlap or
// touch, in place, and returns how many ranges are left. Its cost is
// O(n log n) in the number of ranges, whatever their order: the terms of a
// query append their matches one term after the other, so that the ranges
// of many terms that match the same words arrive far out of order.
func merge(m [][2]int) int {
	if !slices.IsSortedFunc(m, byStart) {
		slices.SortFunc(m, byStart)
	}
	n := 0
	for _, r := range m {
		if n > 0 && r[0] <= m[n-1][1] {
			m[n-1][1] = max(m[n-1][1], r[1])
			continue
		}
		m[n] = r
		n++
	}
	return n
}

// byStart orders ranges by their start.
func byStart(a, b [2]int) int { return cmp.Compare(a[0], b[0]) }

// vocabWord returns word i of the index's vocabulary.
func vocabWord(i int) string {
	start := uint32(0)
	if i > 0 {
		start = searchWordEnds[i-1]
	}
	return searchVocab[start:searchWordEnds[i]]
}

// vocabSearch returns the index of the first word of the vocabulary that is
// not less than key.
func vocabSearch(key []byte) int {
	lo, hi := 0, len(searchWordEnds)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if vocabWord(m) < string(key) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// vocabPrefixEnd returns the index of the first word of the vocabulary at or
// after lo that does not begin with key, given that none before lo does and
// is greater than key.
func vocabPrefixEnd(key []byte, lo int) int {
	hi := len(searchWordEnds)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if w := vocabWord(m); len(w) >= len(key) && w[:len(key)] == string(key) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// A term is one word or phrase of a query, folded into bytes of the query's
// pattern buffer: each rune is replaced by fold's result, in UTF-8, and each
// run of white space by a single ' '.
type term struct {
	// start and end delimit the term's pattern in the buffer; start to
	// keyEnd is its key, the folded first word (empty when the term begins
	// with punctuation), keyRunes runes long.
	start, end, keyEnd, keyRunes int
	// wordStart says that the term begins with a word character, and so
	// matches only where a word of the text begins: where a word of the
	// index begins with the key, when the term is that one word (whole), or
	// else where a word of the index is the key.
	wordStart, whole bool
	// lead holds the first bytes of the UTF-8 encodings of the runes that
	// fold to the pattern's first rune, nlead of them: where a match can
	// begin.
	lead  [4]byte
	nlead int

	// The words of the index where the term can begin are lo to hi. Search
	// reads their postings through cursors c0 to c1, or, when scan is set,
	// seeks the term in the text instead.
	lo, hi, c0, c1 int
	scan           bool
}

// match appends to *m the matches of t in paragraph p, whose text is text,
// and reports whether there are any. The term's cursors, if any, are on p
// or after it.
func (t *term) match(text string, pat []byte, cur []cursor, p int, m *[][2]int) bool {
	n := len(*m)
	switch {
	case t.scan:
		for s, e, ok := t.find(text, pat, 0); ok; s, e, ok = t.find(text, pat, e) {
			*m = append(*m, [2]int{s, e})
		}
	case t.whole:
		for k := t.c0; k < t.c1; k++ {
			c := &cur[k]
			if c.Para != p {
				continue
			}
			for range c.N {
				s := c.Offset()
				*m = append(*m, [2]int{s, t.keyEndAt(c, text, s)})
			}
		}
	default:
		// One word, the key, where the term can begin; check the rest.
		c := &cur[t.c0]
		if c.Para != p {
			return false
		}
		rest := pat[t.keyEnd:t.end]
		end := 0
		for range c.N {
			s := c.Offset()
			if s < end {
				continue // inside the previous match
			}
			if e := matchRest(text, t.keyEndAt(c, text, s), rest); e >= 0 {
				end = e
				*m = append(*m, [2]int{s, e})
			}
		}
	}
	return len(*m) > n
}

// skipRunes returns the byte offset n runes after offset i of text.
func skipRunes(text string, i, n int) int {
	for ; n > 0; n-- {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return i
}

// parseQuery splits a query into its terms, appended to terms, and their
// patterns, appended to pat.
//
// It refuses a query past MaxQueryLen bytes before reading it, and one of
// more than MaxQueryTerms terms when it reaches the term past them.
func parseQuery(query string, terms []term, pat []byte) ([]term, []byte, error) {
	if len(query) > MaxQueryLen {
		return nil, nil, tooLarge(query, "is "+strconv.Itoa(len(query))+" bytes long; Search reads at most "+strconv.Itoa(MaxQueryLen))
	}
	for i := 0; i < len(query); {
		if len(terms) > MaxQueryTerms {
			return nil, nil, tooManyTerms(query)
		}
		r, size := utf8.DecodeRuneInString(query[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isQuote(r):
			j := i + size
			end := strings.IndexFunc(query[j:], isQuote)
			if end < 0 {
				return nil, nil, errors.New("declarations: search query " + strconv.Quote(query) + " has an unclosed quotation mark")
			}
			phrase := strings.TrimSpace(query[j : j+end])
			if phrase == "" {
				return nil, nil, errors.New("declarations: search query " + strconv.Quote(query) + " has an empty phrase")
			}
			terms, pat = appendTerm(terms, pat, phrase)
			_, qsize := utf8.DecodeRuneInString(query[j+end:])
			i = j + end + qsize
		default:
			end := strings.IndexFunc(query[i:], isSpaceOrQuote)
			if end < 0 {
				end = len(query) - i
			}
			terms, pat = appendTerm(terms, pat, query[i:i+end])
			i += end
		}
	}
	switch {
	case len(terms) == 0:
		return nil, nil, errors.New("declarations: search query " + strconv.Quote(query) + " has no terms")
	case len(terms) > MaxQueryTerms:
		return nil, nil, tooManyTerms(query)
	}
	return terms, pat, nil
}

// isQuote reports whether r is a quotation mark of the query syntax.
func isQuote(r rune) bool { return r == '"' || r == '“' || r == '”' }

// isSpaceOrQuote reports whether r ends a word of the query.
func isSpaceOrQuote(r rune) bool { return unicode.IsSpace(r) || isQuote(r) }

// appendTerm folds s, which is not empty and does not begin or end with
// white space, into a term appended to terms, and its pattern, appended to
// pat.
func appendTerm(terms []term, pat []byte, s string) ([]term, []byte) {
	t := term{start: len(pat)}
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			pat = append(pat, ' ')
			space = false
		}
		pat = utf8.AppendRune(pat, fold(r))
	}
	t.end = len(pat)
	first, _ := utf8.DecodeRuneInString(s)
	t.wordStart = isWord(first)
	t.keyEnd = t.start
	if t.wordStart {
		for t.keyEnd < t.end {
			r, size := utf8.DecodeRune(pat[t.keyEnd:t.end])
			if !isWord(r) {
				break
			}
			t.keyEnd += size
			t.keyRunes++
		}
		t.whole = t.keyEnd == t.end
	}

	// The runes that fold to the pattern's first rune: its case folding
	// orbit, and the apostrophes or hyphens that fold maps to ' and -.
	p0, _ := utf8.DecodeRune(pat[t.start:t.end])
	t.addLead(p0)
	for r := unicode.SimpleFold(p0); r != p0; r = unicode.SimpleFold(r) {
		t.addLead(r)
	}
	switch p0 {
	case '\'':
		t.addLead('’')
		t.addLead('‘')
	case '-':
		t.addLead('\u2010')
		t.addLead('\u2011')
	}
	return append(terms, t), pat
}

// addLead adds the first byte of r's encoding to t.lead.
func (t *term) addLead(r rune) {
	var buf [utf8.UTFMax]byte
	utf8.EncodeRune(buf[:], r)
	for _, b := range t.lead[:t.nlead] {
		if b == buf[0] {
			return
		}
	}
	if t.nlead < len(t.lead) {
		t.lead[t.nlead] = buf[0]
		t.nlead++
	}
}

// find returns the first match of t, whose pattern is in pat, in text at or
// after byte offset from.
func (t *term) find(text string, pat []byte, from int) (start, end int, ok bool) {
	p0, p0size := utf8.DecodeRune(pat[t.start:t.end])
	rest := pat[t.start+p0size : t.end]
	// next[k] is the offset of the next byte t.lead[k] at or after i.
	var next [len(t.lead)]int
	for k := range t.nlead {
		next[k] = indexByteFrom(text, from, t.lead[k])
	}
	for {
		i := len(text)
		for k := range t.nlead {
			i = min(i, next[k])
		}
		if i == len(text) {
			return 0, 0, false
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if fold(r) == p0 && (!t.wordStart || !wordBefore(text, i)) {
			if e := matchRest(text, i+size, rest); e >= 0 {
				return i, e, true
			}
		}
		for k := range t.nlead {
			if next[k] == i {
				next[k] = indexByteFrom(text, i+1, t.lead[k])
			}
		}
	}
}

// indexByteFrom returns the offset of the first byte c of text at or after
// from, or len(text).
func indexByteFrom(text string, from int, c byte) int {
	if j := strings.IndexByte(text[from:], c); j >= 0 {
		return from + j
	}
	return len(text)
}

// wordBefore reports whether the rune before byte offset i of text is a word
// character.
func wordBefore(text string, i int) bool {
	if i == 0 {
		return false
	}
	if c := text[i-1]; c < utf8.RuneSelf {
		return isWord(rune(c))
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return isWord(r)
}

// matchRest reports where a match of the pattern pat ends in text when it
// begins at byte offset i, or -1 if pat does not match there. A ' ' of the
// pattern matches a run of white space.
func matchRest(text string, i int, pat []byte) int {
	for j := 0; j < len(pat); {
		p, psize := rune(pat[j]), 1
		if p >= utf8.RuneSelf {
			p, psize = utf8.DecodeRune(pat[j:])
		}
		j += psize
		if p == ' ' {
			n := 0
			for i < len(text) {
				r, size := utf8.DecodeRuneInString(text[i:])
				if !unicode.IsSpace(r) {
					break
				}
				i += size
				n++
			}
			if n == 0 {
				return -1
			}
			continue
		}
		if i >= len(text) {
			return -1
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if fold(r) != p {
			return -1
		}
		i += size
	}
	return i
}

// fold and isWord are the rules of matching that the generator's word index
// shares; see package internal/textindex. fold inlines its ASCII case.
func fold(r rune) rune {
	if r < utf8.RuneSelf {
		if uint32(r-'a') < 26 {
			r -= 'a' - 'A'
		}
		return r
	}
	return textindex.FoldSearch(r)
}

func isWord(r rune) bool { return textindex.IsWord(r) }

// snippetLen is the length of a snippet, in runes, and snippetBefore the
// number of runes of context it aims to show before the first match.
const (
	snippetLen    = 160
	snippetBefore = 50
)

// snippet returns the excerpt of text around the first of the matches m,
// and the ranges of the matches within it.
func snippet(text string, m [][2]int) (string, [][2]int) {
	start, end := 0, len(text)
	if utf8.RuneCountInString(text) > snippetLen {
		start, end = window(text, m[0])
		// Keep whole a later match that the cut would split (a phrase, which
		// holds white space), up to the end of its word.
		for _, r := range m[1:] {
			if r[0] < end && end < r[1] {
				end = r[1]
				for !spaceAt(text, end) {
					_, size := utf8.DecodeRuneInString(text[end:])
					end += size
				}
			}
		}
	}
	prefix := ""
	if start > 0 {
		prefix = "… "
	}
	var sm [][2]int
	for _, r := range m {
		if r[1] <= start || r[0] >= end {
			continue
		}
		s, e := max(r[0], start), min(r[1], end)
		sm = append(sm, [2]int{s - start + len(prefix), e - start + len(prefix)})
	}
	s := prefix + text[start:end]
	if end < len(text) {
		s += " …"
	}
	return s, sm
}

// window returns the byte range of text to show around the match first: about
// snippetLen runes, beginning up to snippetBefore runes before the match,
// cut at white space.
func window(text string, first [2]int) (start, end int) {
	// Back up snippetBefore runes from the match, then move forward to the
	// beginning of a word; if that passes the match, back to the beginning
	// of its word.
	start = first[0]
	for n := 0; n < snippetBefore && start > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:start])
		start -= size
	}
	if start > 0 {
		s := start
		for s < first[0] && !spaceBefore(text, s) {
			_, size := utf8.DecodeRuneInString(text[s:])
			s += size
		}
		if s == first[0] && !spaceBefore(text, s) {
			for s > 0 && !spaceBefore(text, s) {
				_, size := utf8.DecodeLastRuneInString(text[:s])
				s -= size
			}
		}
		start = s
	}
	// Go snippetLen runes forward; if the text ends first, move the start
	// back instead, to show snippetLen runes in all.
	end = start
	n := 0
	for ; n < snippetLen && end < len(text); n++ {
		_, size := utf8.DecodeRuneInString(text[end:])
		end += size
	}
	if end == len(text) {
		for ; n < snippetLen && start > 0; n++ {
			_, size := utf8.DecodeLastRuneInString(text[:start])
			start -= size
		}
		for start > 0 && !spaceBefore(text, start) {
			_, size := utf8.DecodeRuneInString(text[start:])
			start += size
		}
		return start, end
	}
	// Keep the first match whole, then cut at the end of a word: back to the
	// white space before the rune at end, or, if that would cut into the
	// match, forward to the next white space.
	if end < first[1] {
		end = first[1]
	}
	e := end
	for e > first[1] && !spaceAt(text, e) {
		_, size := utf8.DecodeLastRuneInString(text[:e])
		e -= size
	}
	if !spaceAt(text, e) {
		for e < len(text) && !spaceAt(text, e) {
			_, size := utf8.DecodeRuneInString(text[e:])
			e += size
		}
	}
	// Drop white space at the cut.
	for e > start {
		r, size := utf8.DecodeLastRuneInString(text[:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= size
	}
	return start, e
}

// spaceBefore reports whether the rune before byte offset i of text is white
// space.
func spaceBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r)
}

// spaceAt reports whether the rune at byte offset i of text is white space;
// it reports true at the end of the text.
func spaceAt(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r)
}
