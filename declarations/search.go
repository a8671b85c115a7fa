package declarations

import (
	"fmt"
	"math/bits"
	"strings"
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
func (h Hit) Snippet() (string, [][2]int) {
	if len(h.Matches) == 0 {
		return "", nil
	}
	return snippet(h.Text(), h.Matches)
}

// Highlight returns the snippet with every match in it between open and
// close: h.Highlight("**", "**") marks the matches as Markdown bold,
// "… intentionally damages **critical infrastructure** or …". The markers
// are written as given; to write HTML, escape the snippet's pieces (between
// the ranges [Hit.Snippet] returns) yourself.
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
// those within its snippet in [Hit.SnippetMatches].
//
// # Cost
//
// Search reads a word index that the generator built with the corpus: it
// checks in full only the paragraphs that hold a word beginning with each
// term's first word, and allocates only for the query's terms and for its
// hits.
func Search(query string) ([]Hit, error) {
	terms, err := parseQuery(query)
	if err != nil {
		return nil, err
	}
	var hits []Hit
	var cand [setWords]uint64
	candidates(terms, cand[:])
	for w, bits := range cand {
	paragraphs:
		for ; bits != 0; bits &= bits - 1 {
			para := searchParas[w*64+tz(bits)]
			p := para.data()
			m := matches(p.text, terms)
			if m == nil {
				continue paragraphs
			}
			hits = append(hits, Hit{Paragraph: para, Norm: p.norm, Matches: m})
		}
	}
	return hits, nil
}

// candidates sets in set the paragraphs (numbered as in searchParas) that may
// hold every term: for a term that begins with a word character, those that
// hold a word beginning with the term's first word, by the generator's word
// index; a term that begins with punctuation restricts nothing. Search then
// checks each candidate in full, so the set may hold too many paragraphs but
// never too few.
func candidates(terms []term, set []uint64) {
	for i := range set {
		set[i] = ^uint64(0)
	}
	if n := len(searchParas) % 64; n != 0 {
		set[len(set)-1] = 1<<n - 1
	}
	var termSet [setWords]uint64
	for t := range terms {
		if !terms[t].wordStart {
			continue
		}
		clear(termSet[:])
		key := terms[t].key
		for i := vocabSearch(key); i < len(searchWordEnds) && strings.HasPrefix(vocabWord(i), key); i++ {
			start := uint32(0)
			if i > 0 {
				start = searchPostingEnds[i-1]
			}
			post, p := searchPostings[start:searchPostingEnds[i]], 0
			for len(post) > 0 {
				gap, n := textindex.Uvarint(post)
				p += int(gap)
				post = post[n:]
				termSet[p/64] |= 1 << (p % 64)
			}
		}
		for i := range set {
			set[i] &= termSet[i]
		}
	}
}

// setWords is the number of words of a set of paragraphs, one bit each.
const setWords = (len(searchParas) + 63) / 64

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
func vocabSearch(key string) int {
	lo, hi := 0, len(searchWordEnds)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if vocabWord(m) < key {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// tz returns the number of trailing zero bits of x, which is not 0.
func tz(x uint64) int { return bits.TrailingZeros64(x) }

// A term is one word or phrase of a query, folded: each rune is replaced by
// fold's result, and each run of white space by a single ' '.
type term struct {
	pat []rune
	// wordStart says that the term begins with a word character, and so
	// matches only where a word of the text begins.
	wordStart bool
	// key is the term's first word, folded: a word of a paragraph the term
	// matches begins with it.
	key string
	// lead holds the first bytes of the UTF-8 encodings of the runes that
	// fold to pat[0], nlead of them: where a match can begin.
	lead  [4]byte
	nlead int
}

// parseQuery splits a query into its terms.
func parseQuery(query string) ([]term, error) {
	var terms []term
	for i := 0; i < len(query); {
		r, size := utf8.DecodeRuneInString(query[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isQuote(r):
			j := i + size
			end := strings.IndexFunc(query[j:], isQuote)
			if end < 0 {
				return nil, fmt.Errorf("declarations: search query %q has an unclosed quotation mark", query)
			}
			phrase := strings.TrimSpace(query[j : j+end])
			if phrase == "" {
				return nil, fmt.Errorf("declarations: search query %q has an empty phrase", query)
			}
			terms = append(terms, newTerm(phrase))
			_, qsize := utf8.DecodeRuneInString(query[j+end:])
			i = j + end + qsize
		default:
			end := strings.IndexFunc(query[i:], func(r rune) bool {
				return unicode.IsSpace(r) || isQuote(r)
			})
			if end < 0 {
				end = len(query) - i
			}
			terms = append(terms, newTerm(query[i:i+end]))
			i += end
		}
	}
	if len(terms) == 0 {
		return nil, fmt.Errorf("declarations: search query %q has no terms", query)
	}
	return terms, nil
}

// isQuote reports whether r is a quotation mark of the query syntax.
func isQuote(r rune) bool { return r == '"' || r == '“' || r == '”' }

// newTerm folds s, which is not empty and does not begin or end with white
// space, into a term.
func newTerm(s string) term {
	t := term{pat: make([]rune, 0, len(s))}
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			t.pat = append(t.pat, ' ')
			space = false
		}
		t.pat = append(t.pat, fold(r))
	}
	first, _ := utf8.DecodeRuneInString(s)
	t.wordStart = isWord(first)
	if t.wordStart {
		n := 0
		for n < len(t.pat) && isWord(t.pat[n]) {
			n++
		}
		t.key = string(t.pat[:n])
	}

	// The runes that fold to pat[0]: its case folding orbit, and the
	// apostrophes or hyphens that fold maps to ' and -.
	p0 := t.pat[0]
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
	return t
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

// find returns the first match of t in text at or after byte offset from.
func (t *term) find(text string, from int) (start, end int, ok bool) {
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
		if fold(r) == t.pat[0] && (!t.wordStart || !wordBefore(text, i)) {
			if e := t.matchAt(text, i+size); e >= 0 {
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

// matchAt reports where a match of t ends in text, given that its first rune
// matches the rune that ends at byte offset i, or -1 if t does not match.
func (t *term) matchAt(text string, i int) int {
	for _, p := range t.pat[1:] {
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

// matches returns every match of every term in text, merged where they
// overlap or touch, in order, found in one pass per term; or nil when a term
// does not occur in text, so that the paragraph is no hit.
func matches(text string, terms []term) [][2]int {
	var m [][2]int
	for t := range terms {
		s, e, ok := terms[t].find(text, 0)
		if !ok {
			return nil
		}
		for ok {
			m = insert(m, [2]int{s, e})
			s, e, ok = terms[t].find(text, e)
		}
	}
	return m
}

// insert adds r to the sorted, disjoint ranges m, merging it with those it
// overlaps or touches.
func insert(m [][2]int, r [2]int) [][2]int {
	// Find the first range that ends at or after r begins.
	i := 0
	for i < len(m) && m[i][1] < r[0] {
		i++
	}
	// Merge every range that begins at or before r ends.
	j := i
	for j < len(m) && m[j][0] <= r[1] {
		r[0] = min(r[0], m[j][0])
		r[1] = max(r[1], m[j][1])
		j++
	}
	if i == j {
		m = append(m, [2]int{})
		copy(m[i+1:], m[i:])
		m[i] = r
		return m
	}
	m[i] = r
	return append(m[:i+1], m[j:]...)
}

// fold and isWord are the rules of matching that the generator's word index
// shares; see package internal/textindex.
func fold(r rune) rune { return textindex.Fold(r) }

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
