package cite

import "math/bits"

// The grammar reads the tokens of one citation into a [parser]: the words,
// symbols, years and dates that name documents, and the locator (a unit and
// labels) that names items or paragraphs in them. A number becomes a label
// only after a unit ("norm 6", "para. 7", "¶ 7", "§ 7"), in the lettered
// form "13(f)" or "13 (f)", or in a list or range that began with a label;
// every other number is read as what it is (a day, a year, a count, a session
// or agenda item, a treaty number) or makes the citation fail.

const (
	// MaxLen is the longest citation Parse and ParseList read, in bytes;
	// a longer one fails. Scan reads texts of any length.
	MaxLen = 1000
	// maxTokens is the most tokens of one citation.
	maxTokens = 128
	maxLabs   = 16
	maxSyms   = 8
	maxYears  = 8

	maxWordPosts = 8
)

// docset is a set of documents, as a bitmap over docs.
type docset [(len(docs) + 63) / 64]uint64

func (s *docset) fill() {
	for i := range s {
		s[i] = ^uint64(0)
	}
	if r := len(docs) % 64; r != 0 {
		s[len(s)-1] = 1<<r - 1
	}
}

// next returns the first document of the set at or after d, or -1: the
// way to visit a set, in time proportional to its words and members, not
// to the corpus.
func (s *docset) next(d int) int {
	w := d >> 6
	if w >= len(s) {
		return -1
	}
	x := s[w] &^ (1<<(uint(d)&63) - 1)
	for x == 0 {
		w++
		if w >= len(s) {
			return -1
		}
		x = s[w]
	}
	return w<<6 | bits.TrailingZeros64(x)
}

// only returns the one document of the set, or -1 for none or several.
func (s *docset) only() int {
	d := -1
	for i, w := range s {
		if w == 0 {
			continue
		}
		if d >= 0 || w&(w-1) != 0 {
			return -1
		}
		d = i<<6 | bits.TrailingZeros64(w)
	}
	return d
}

func (s *docset) add(d int)      { s[d/64] |= 1 << (d % 64) }
func (s *docset) has(d int) bool { return s[d/64]&(1<<(d%64)) != 0 }
func (s *docset) del(d int)      { s[d/64] &^= 1 << (d % 64) }
func (s *docset) and(o *docset) {
	for i := range s {
		s[i] &= o[i]
	}
}
func (s *docset) setOf(p *posting) {
	*s = docset{}
	for _, d := range p.Docs {
		s.add(int(d))
	}
}
func (s *docset) empty() bool {
	for _, w := range s {
		if w != 0 {
			return false
		}
	}
	return true
}
func (s *docset) count() int {
	n := 0
	for _, w := range s {
		n += bits.OnesCount64(w)
	}
	return n
}

// A citedLabel is a label as the citation writes it: num 13 and letter 'f' for
// "13(f)", num 0 for "(f)", letter 0 for "6".
type citedLabel struct {
	num        int32
	letter     byte
	start, end int32 // its span in the input
}

type labRange struct {
	from, to citedLabel
	isRange  bool
}

// A parser reads one citation: it holds its state, and arrays that hold as many
// entries as their counts in the state say.
type parser struct {
	parserState
	// The arrays below are read only under their counts (nwords, nsyms,
	// nyears, nlabs) and written before they are read, so that newParser
	// need not clear them.
	//
	// The words of a document's name, as their postings: the documents
	// that hold every word are their intersection, computed by wordSet
	// from the shortest. Words beyond the first maxWordPosts are and-ed
	// into more at once.
	wposts [maxWordPosts]*posting
	more   docset
	syms   [maxSyms]*posting
	symEnd [maxSyms]int32 // where each symbol's token ends
	years  [maxYears]int
	// earlier is, for a year written as a session of two years
	// ("2014/2015"), the first of them, which the year may be too; else 0.
	earlier [maxYears]int
	labs    [maxLabs]labRange
}

// parserState is what a parser knows, cleared for each citation.
type parserState struct {
	in   string
	toks []token   // the tokens: room in a parseBuf, or a stretch of a scanner's run
	buf  *parseBuf // the pooled buffer that holds the parser, to give back, or nil
	ntok int

	nwords   int
	organ    uint8 // the series of the parser's symbols (see posting.Series)
	wordAt   token // the first word, for errors
	plural   bool  // a plural word of a name: "reports", "resolutions"
	pluralAt token
	nsyms    int
	nyears   int
	month    int // of a date, or 0
	day1     int // of a date, or 0
	day2     int // the last day of a date's range
	// symDate is the date written right after a symbol ("68/167 of 18
	// December 2013", "A/70/174 (22 July 2015)"), which is that symbol's
	// own: in an enumeration of resolutions each date is checked against
	// its resolution only.
	symDate   [maxSyms]ymd
	dateOwner int // while a date is read: 1 + the symbol it follows, or 0
	unit      int
	unitSet   bool
	unitAt    token
	unitOnly  bool // a unit with no label
	unitPl    bool // the unit is plural
	nlabs     int
	count     int // "the 11 norms": 11
	countAt   token
	paraNo    int // "unnumbered paragraph 3 of 34": 3, 34
	paraOf    int
	unnumAt   token
	itemPos   int // "the third principle": 3, the item's place in its list
	itemAt    token
	forced    int // 1 + the index of the document a \cite key names
	enumYears bool
	bareYears int  // years not part of a date
	quiet     bool // errors are errQuiet: the trials of Scan
	bare      bool // a label written "13f"
	// distinct says that a word of a name says which document, not only
	// what kind or whose (see posting.Plain); proper that the first word
	// of a name is a proper name (posting.Proper).
	distinct, proper bool
	// event says that a word names a meeting (posting.Event); titled that
	// a common word of a title or kind names a document (posting.Title, not
	// posting.Proper).
	event, titled bool

	// A paragraph cited by its words (place.go): the quoted words are
	// in[openStart:openEnd]; openKind is 0 for none.
	openKind           Place
	openStart, openEnd int32
}

func (p *parser) text(t token) string { return p.in[t.start:t.end] }

// eofToken is what tok returns past the last token.
var eofToken = token{kind: tEOF}

// tok returns token i, or a token of kind tEOF past the last. The result
// is read-only.
func (p *parser) tok(i int) *token {
	if i < p.ntok {
		return &p.toks[i]
	}
	return &eofToken
}

func (p *parser) isPunct(i int, c byte) bool {
	if i >= p.ntok {
		return false
	}
	t := &p.toks[i]
	return t.kind == tPunct && t.c == c
}

func (p *parser) kw(i int) *keyword {
	if i >= p.ntok || p.toks[i].kw == 0 {
		return nil
	}
	return &keywords[p.toks[i].kw-1]
}

// post returns the index entry of the word or symbol at token i, or nil.
func (p *parser) post(i int) *posting {
	t := p.tok(i)
	if t.post == 0 {
		return nil
	}
	return &index[t.post-1]
}

func (p *parser) isKw(i int, c kwClass) bool {
	return i < p.ntok && p.toks[i].cls == c && c != kNone
}

func (p *parser) isWord(i int, w string) bool {
	t := p.tok(i)
	return t.kind == tWord && equalFoldASCII(p.text(*t), w)
}

func (p *parser) num(i int) int {
	t := p.tok(i)
	if t.kind != tNum {
		return -1
	}
	if t.val >= 0 {
		return int(t.val)
	}
	return atoi(p.text(*t))
}

func (p *parser) isYear(i int) bool {
	t := p.tok(i)
	return t.kind == tNum && t.end-t.start == 4 && t.val >= 1900 && t.val <= 2099
}

// romanMonth returns the month that token i writes in capital Roman
// numerals between full stops, with no space, as in "23.XI.2001", or 0.
func (p *parser) romanMonth(i int) int {
	t := p.tok(i)
	if t.kind != tWord || t.space || p.tok(i-1).space || !p.isPunct(i+1, '.') || p.tok(i+1).space {
		return 0
	}
	for m, r := range [...]string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"} {
		if p.text(*t) == r {
			return m + 1
		}
	}
	return 0
}

func (p *parser) isDay(i int) bool {
	t := p.tok(i)
	return t.kind == tNum && t.val >= 1 && t.val <= 31 && t.end-t.start <= 2
}

// read reads the tokens into the parser; it returns an error for a token
// the grammar does not allow.
func (p *parser) read() *Error {
	var unknown [4]token
	nu := 0
	var first *Error
	for i := 0; i < p.ntok; {
		var n int
		var err *Error
		if first == nil {
			n, err = p.element(i)
		} else if t := p.toks[i]; t.kind == tWord && t.kw == 0 && t.post == 0 && t.end-t.start > 1 {
			// After an error, only words are looked at.
			err = errUnknown
		} else {
			i++
			continue
		}
		if err == nil && n <= 0 {
			// Every element spans a token at least; this guards the loop.
			t := p.toks[i]
			err = p.lazy(func() *Error { return p.errorf(p.text(t), "%s is not understood here", quote(p.text(t))) })
		}
		if err == errUnknown {
			// Go on, to name every unknown word at once.
			t := p.toks[i]
			switch {
			case nu > 0 && joined(p.in[unknown[nu-1].end:t.start]):
				unknown[nu-1].end = t.end
			case nu < len(unknown):
				unknown[nu] = t
				nu++
			}
			i++
			continue
		}
		if err != nil {
			// Go on, in case a word is unknown: that is the first thing to
			// say ("article" in "Budapest Convention article 2"). Only
			// words are looked at after an error.
			if first == nil {
				first = err
			}
			i++
			continue
		}
		i += n
	}
	if nu > 0 {
		if p.quiet {
			return errQuiet
		}
		return unknownError(p.in, unknown[:nu])
	}
	return first
}

// errUnknown marks a word no citation holds; read names them all.
var errUnknown = &Error{Msg: "unknown word"}

// joined reports whether the text between two words only separates them.
func joined(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '-', ',', ';':
		default:
			return false
		}
	}
	return true
}

func unknownError(in string, ts []token) *Error {
	q := ""
	for k, t := range ts {
		if k > 0 {
			q += ", "
		}
		q += quote(in[t.start:t.end])
	}
	verb := "is"
	if len(ts) > 1 {
		verb = "are"
	}
	return errorf(in[ts[0].start:ts[0].end], "%s %s not part of any citation of the corpus", q, verb)
}

// element reads the element that begins at token i and returns how many
// tokens it spans.
func (p *parser) element(i int) (int, *Error) {
	t := &p.toks[i]
	if t.kind == tNum || t.kind == tOrd || t.cls == kMonth {
		p.dateOwner = p.symbolBefore(i)
		n := p.date(i)
		p.dateOwner = 0
		if n > 0 {
			return n, nil
		}
	}
	switch t.kind {
	case tBad:
		return 0, p.lazy(func() *Error { return p.errorf(p.text(*t), "%s is not a character of any citation", quote(p.text(*t))) })
	case tPunct:
		switch t.c {
		case '[', ']':
			// The square brackets of a description that stands for a
			// title ("[Joint communiqué …]"); a bracketed label is read by
			// labelAt.
			return 1, nil
		case '{', '}', '\\':
			return 0, p.lazy(func() *Error {
				return p.errorf(p.text(*t), "%s is not part of any citation of the corpus", quote(p.text(*t)))
			})
		case '(':
			// "(f)" only after a unit; a label letter elsewhere is not a label.
		}
		return 1, nil
	case tMark:
		return p.locator(i)
	case tNum:
		return p.numberElement(i)
	case tBare:
		if n := p.ordinal(i); n > 0 {
			return n, nil // "le 2e principe"
		}
		if n := p.session(i); n > 0 {
			return n, nil // "70e session"
		}
		p.bare = true
		return p.locator(i)
	case tOrd, tDotted:
		if n := p.ordinal(i); n > 0 {
			return n, nil // "the 3rd principle"
		}
		return 0, p.lazy(func() *Error {
			return p.errorf(p.text(*t), "%s is not a label here; write a unit and the label as the source prints it, as in %q", quote(p.text(*t)), "norm 13(f)")
		})
	case tSym:
		if y1, y2, ok := yearPair(p.text(*t)); ok && p.nyears < maxYears {
			// "the 2014/2015 Group of Governmental Experts": a session of
			// two years names a document of either.
			p.years[p.nyears], p.earlier[p.nyears] = y2, y1
			p.nyears++
			p.bareYears++
			return 1, nil
		}
		return p.symbolList(i)
	}
	return p.wordElement(i)
}

// numberElement reads the element that begins at the number token i, not
// a date: a count ("the 11 norms"), a year or a list of years, or a label
// without a unit, lettered ("13(f)", "13 (f)") or followed by a lone
// letter that ends the citation ("13 f", "13.f"); and returns how many
// tokens it spans.
func (p *parser) numberElement(i int) (int, *Error) {
	t := &p.toks[i]
	if p.isYear(i) {
		return p.yearList(i) // a year is no count
	}
	// A count right after a spaced dash is a gloss on what the citation
	// names, not what it names: "UN GGE 2015 report — 11 norms".
	if n := p.readCount(i); n > 0 && !(i > 0 && p.isPunct(i-1, '-') && p.toks[i-1].space) {
		return n, nil
	}
	// "13(f)", "13 (f)": the lettered form is a label without a unit.
	if p.isPunct(i+1, '(') && p.isPunct(i+3, ')') && p.tok(i+2).kind == tWord {
		if p.letterAt(i+2) == 0 {
			w := p.text(*p.tok(i + 2))
			return 0, p.errorf(w, "%s is not a label letter; the letters of labels are a to z", quote(w))
		}
		return p.locator(i)
	}
	// "13 f", "13.f": a number and a lone letter, ending the citation.
	if k := i + 1 + boolToInt(p.isPunct(i+1, '.')); p.letterAt(k) != 0 && (k+1 == p.ntok || p.tok(k+1).kind == tPunct) {
		return p.locator(i)
	}
	return 0, p.errorf(p.text(*t), "the number %s is not a label here; a label follows a unit, as in %q, or is lettered, as in %q", quote(p.text(*t)), "norm 6", "13(f)")
}

// wordElement reads the element that begins at the word token i: a
// keyword's element (a unit and its label, a session, an agenda item, a
// count, a treaty), a word of a document's name, or the plural of one
// ("reports", "resolutions"); and returns how many tokens it spans.
func (p *parser) wordElement(i int) (int, *Error) {
	t := &p.toks[i]
	if t.end-t.start == 1 {
		if n, e := p.hyphenatedBody(i); n > 0 {
			return n, e
		}
	}
	if l := t.end - t.start; (l == 5 || l == 6) && p.in[t.start]|0x20 == 'g' {
		if n := p.groupOfBody(i); n > 0 {
			return n, nil
		}
	}
	if t.cls == kPlace || t.cls == kUnit && p.kw(i).val == uPara {
		if n, err, ok := p.opening(i); ok {
			return n, err // "paragraph beginning “…”" (place.go)
		}
	}
	if k := p.kw(i); k != nil {
		switch k.class {
		case kFiller, kQualifier, kAnd, kOr, kTo:
			return 1, nil
		case kPlace:
			return 0, errUnknown // "heading", "passage" without the words they begin
		case kUnit, kUnits:
			if n := p.unnumberedFrench(i); n != 0 {
				if n < 0 {
					return 0, p.lazy(func() *Error {
						return p.errorf(p.text(p.toks[i]), "an unnumbered paragraph is cited by its place, as in %q", "paragraphe non numéroté 3 sur 25")
					})
				}
				return n, nil
			}
			// "item 93": an agenda item, not a unit (agenda reads it only
			// where the word is "item").
			if k.val == uItem {
				if n := p.agenda(i); n > 0 {
					return n, nil
				}
			}
			// A unit word that is also a word of a name and has no label
			// after it is the name's: "Cyber Norm Initiative".
			// Past up to two fillers ("Principles and Actions", "normes
			// dans le cyberespace"), but not past the fillers before
			// another element ("norm from the 2015 G20 Leaders'
			// Communiqué").
			if p.nameAfter(i) && p.labelAfterUnit(i) == 0 {
				if e := p.post(i); e != nil && !e.Sym {
					return p.word(i, e)
				}
			}
			return p.locator(i)
		case kNumWord:
			if n := p.session(i); n > 0 {
				return n, nil
			}
			if n := p.readCount(i); n > 0 {
				return n, nil
			}
			return 0, errUnknown
		case kOrdWord, kSession, kAgenda:
			if n := p.session(i); n > 0 {
				return n, nil
			}
			if n := p.agenda(i); n > 0 {
				return n, nil
			}
			if n := p.ordinal(i); n > 0 {
				return n, nil // "the third principle"
			}
		case kUnnumbered:
			return p.unnumbered(i)
		case kKind:
			// A kind of document no document of the corpus is ("statement",
			// "strategy"): it names another document.
			if p.post(i) == nil {
				return 0, errUnknown
			}
		case kTreaty:
			return p.treaty(i)
		case kMonth:
			if e := p.post(i); e == nil {
				return 0, p.errorf(p.text(*t), "a month without a year: %s", quote(p.text(*t)))
			}
		}
	}
	if e := p.post(i); e != nil {
		return p.word(i, e)
	}
	// A plural of a word of a name: "reports", "resolutions".
	if s := p.text(*t); len(s) > 3 && (s[len(s)-1] == 's' || s[len(s)-1] == 'S') {
		if e := lookupWord(s[:len(s)-1]); e != nil && !e.Sym {
			if !p.plural {
				p.plural, p.pluralAt = true, *t
			}
			return p.word(i, e)
		}
	}
	if p.isNonQualifier(i) {
		return 3, nil // "non-binding": a qualifier too
	}
	return 0, errUnknown
}

// hyphenatedBody reads "G-7" and "G-20", as some texts write the groups,
// as the words "G7" and "G20": it returns the tokens it spans, or 0.
func (p *parser) hyphenatedBody(i int) (int, *Error) {
	n := p.tok(i + 2)
	if p.letterAt(i) != 'g' || !p.isPunct(i+1, '-') || p.tok(i+1).space || n.kind != tNum || n.space || n.end-n.start > 2 {
		return 0, nil
	}
	var b [4]byte
	e := lookupWord(string(append(append(b[:0], 'g'), p.text(*n)...)))
	if e == nil {
		return 0, nil
	}
	p.word(i, e)
	return 3, nil
}

// isNonQualifier reports whether a qualifier negated by "non-" begins at
// token i ("non-binding"); "non-" before another word is no qualifier
// ("non-interference" describes a norm).
func (p *parser) isNonQualifier(i int) bool {
	if t := p.tok(i); t.end-t.start != 3 || !p.isPunct(i+1, '-') {
		return false // cheap first: every word element asks
	}
	return p.isWord(i, "non") && !p.tok(i+1).space && p.isKw(i+2, kQualifier)
}

// groupOfBody reads the groups' names in full, "Group of Seven", "Group
// of 7", "Group of Twenty" and the French "Groupe des Sept", "Groupe des
// Vingt", as the words "G7" and "G20": it returns the tokens it spans, or 0.
func (p *parser) groupOfBody(i int) int {
	var n int
	switch {
	case p.isWord(i, "group") && p.isWord(i+1, "of"):
		if n = p.num(i + 2); n < 0 {
			if k := p.kw(i + 2); k != nil && k.class == kNumWord {
				n = int(k.val)
			}
		}
	case p.isWord(i, "groupe") && p.isWord(i+1, "des"):
		switch n = p.num(i + 2); {
		case p.isWord(i+2, "sept"):
			n = 7
		case p.isWord(i+2, "vingt"):
			n = 20
		}
	}
	if n <= 0 || n > 99 {
		return 0
	}
	b := append(make([]byte, 0, 3), 'g')
	if n >= 10 {
		b = append(b, byte('0'+n/10))
	}
	e := lookupWord(string(append(b, byte('0'+n%10))))
	if e == nil {
		return 0
	}
	p.word(i, e)
	return 3
}

// nameAfter reports whether a word of a name, no word of the grammar,
// follows token i, over at most two fillers or conjunctions that are words
// of names too, and the two words are of one document's names: "Principles
// and Actions" is a title, "principles of the Paris Call" a unit before a
// name.
func (p *parser) nameAfter(i int) bool {
	for j := i + 1; j <= i+3; j++ {
		t := p.tok(j)
		switch {
		case t.kind != tWord && !(t.kind == tPunct && t.c == '\'' && !t.space):
			return false
		case t.kind == tPunct:
			continue // the elision of "d'engagement"
		case t.post == 0:
			return false
		case t.kw == 0:
			return p.post(i) == nil || sharesDoc(p.post(i).Docs, p.post(j).Docs)
		case t.cls != kFiller && t.cls != kAnd:
			return false
		}
	}
	return false
}

// sharesDoc reports whether the sorted lists of documents a and b have
// one in common.
func sharesDoc(a, b []uint16) bool {
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] == b[0]:
			return true
		case a[0] < b[0]:
			a = a[1:]
		default:
			b = b[1:]
		}
	}
	return false
}

func (p *parser) word(i int, e *posting) (int, *Error) {
	p.distinct = p.distinct || !e.Plain
	p.event = p.event || e.Event
	p.titled = p.titled || len(e.Title) > 0 && !e.Event && !e.Proper // "Dinard" of the Dinard Declaration is its place too: "the Dinard G7 meeting" is a meeting
	if n := p.nwords; n >= maxWordPosts && e.Organ != 0 {
		// A word of an organ's name may restrict nothing (see restricts),
		// which is known only once the symbols are read: it takes the place
		// of a word that restricts in any case, which goes into more.
		for k := range p.wposts {
			if p.wposts[k].Organ == 0 {
				p.wposts[k], e = e, p.wposts[k]
				break
			}
		}
	}
	switch n := p.nwords; {
	case n == 0:
		p.wordAt = p.toks[i]
		p.proper = e.Proper
		fallthrough
	case n < maxWordPosts:
		p.wposts[n] = e
	case n == maxWordPosts:
		p.more.setOf(e)
	default:
		var s docset
		s.setOf(e)
		p.more.and(&s)
	}
	p.nwords++
	return 1, nil
}

// wordSet returns the documents that hold every word of the parser: the
// documents of the word with the fewest, less those another word lacks.
// Its cost follows the rarest word's documents, not the corpus.
func (p *parser) wordSet() docset {
	n := min(p.nwords, maxWordPosts)
	m := -1
	for k := 0; k < n; k++ {
		if p.restricts(k) && (m < 0 || len(p.wposts[k].Docs) < len(p.wposts[m].Docs)) {
			m = k
		}
	}
	var s docset
	if m < 0 {
		s.fill() // only the organ of the parser's symbol: "UNGA A/70/174"
	} else {
		s.setOf(p.wposts[m])
	}
	for k := 0; k < n; k++ {
		if k == m || !p.restricts(k) {
			continue
		}
		ds := p.wposts[k].Docs
		if len(ds) <= 64 {
			// A short list: as a set, and-ed.
			var o docset
			o.setOf(p.wposts[k])
			s.and(&o)
			continue
		}
		for d := s.next(0); d >= 0; d = s.next(d + 1) {
			if !sortedHas(ds, uint16(d)) {
				s.del(d)
			}
		}
	}
	if p.nwords > maxWordPosts {
		s.and(&p.more)
	}
	return s
}

// restricts reports whether the parser's word k restricts its candidates:
// every word but a word of the name of the organ that issues the series of
// one of the parser's symbols ("UNGA", "General Assembly" before
// "A/70/174"; see posting.Organ).
func (p *parser) restricts(k int) bool {
	return p.wposts[k].Organ&p.organ == 0
}

// sortedHas reports whether the ascending list ds holds d.
func sortedHas(ds []uint16, d uint16) bool {
	lo, hi := 0, len(ds)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ds[m] < d {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(ds) && ds[lo] == d
}

// yearList reads a year, or several: "2010, 2013 and 2015".
func (p *parser) yearList(i int) (int, *Error) {
	j := i
	for {
		// Several years name several documents; the same year repeated
		// names one, and is held once.
		if y := p.num(j); p.hasYear(y) {
			// A year repeated names no other document: it is held once,
			// and counted as another year but in parentheses, where it
			// restates ("A/68/98* (2013) (2013 GGE Report)", not "the 2015
			// report and the 2015 communiqué").
			if !p.inParens(j) {
				p.bareYears++
			}
		} else if j == i || y != p.years[p.nyears-1] {
			if p.nyears == maxYears {
				return 0, p.errorf(p.text(p.toks[j]), "too many years")
			}
			if j > i {
				p.enumYears = true
			}
			p.years[p.nyears], p.earlier[p.nyears] = y, 0
			p.nyears++
			p.bareYears++
		}
		j++
		k := p.afterSep(j)
		if k > j && p.isYear(k) && p.date(k) == 0 {
			j = k
			continue
		}
		return j - i, nil
	}
}

// inParens reports whether token j stands inside parentheses opened
// before it.
func (p *parser) inParens(j int) bool {
	depth := 0
	for k := 0; k < j; k++ {
		switch {
		case p.isPunct(k, '('):
			depth++
		case p.isPunct(k, ')') && depth > 0:
			depth--
		}
	}
	return depth > 0
}

// hasYear reports whether the parser holds the year y already: a year
// repeated ("A/68/98* (2013) (2013 GGE Report)") is held once.
func (p *parser) hasYear(y int) bool {
	for k := 0; k < p.nyears; k++ {
		if p.years[k] == y {
			return true
		}
	}
	return false
}

// yearPair reads a session of two years written with a slash, "2014/2015",
// the second the year after the first.
func yearPair(s string) (y1, y2 int, ok bool) {
	if len(s) != 9 || s[4] != '/' {
		return 0, 0, false
	}
	for i := 0; i < 9; i++ {
		if i != 4 && !isDigit(s[i]) {
			return 0, 0, false
		}
	}
	y1, y2 = atoi(s[:4]), atoi(s[5:])
	return y1, y2, y1 >= 1900 && y2 == y1+1 && y2 <= 2099
}

// afterSep returns the index of the token after a comma, "and" or ", and"
// at j, or j.
func (p *parser) afterSep(j int) int {
	if p.isPunct(j, ',') {
		j++
	}
	if p.isKw(j, kAnd) {
		j++
	}
	return j
}

// addSym records the symbol e, whose token ends at end, written part.
func (p *parser) addSym(e *posting, end int32, part string) *Error {
	if p.nsyms == maxSyms {
		return p.errorf(part, "too many symbols")
	}
	p.syms[p.nsyms], p.symEnd[p.nsyms] = e, end
	p.organ |= e.Series
	p.nsyms++
	return nil
}

// symbolList reads a symbol, or several: "20/8 and 26/13".
func (p *parser) symbolList(i int) (int, *Error) {
	j := i
	for {
		t := p.toks[j]
		e := p.post(j)
		if e == nil || !e.Sym {
			return 0, p.errorf(p.text(t), "%s is not a symbol of any document of the corpus", quote(p.text(t)))
		}
		if err := p.addSym(e, t.end, p.text(t)); err != nil {
			return 0, err
		}
		j++
		k := p.afterSep(j)
		if k > j && p.tok(k).kind == tSym {
			j = k
			continue
		}
		return j - i, nil
	}
}

// treaty reads a treaty number: "ETS No. 185", "CETS No.185". It names the
// documents whose symbols hold "ets/185".
func (p *parser) treaty(i int) (int, *Error) {
	j := i + 1
	if p.isWord(j, "no") || p.isWord(j, "nr") {
		j++
		if p.isPunct(j, '.') {
			j++
		}
		if p.isPunct(j, ':') {
			j++ // "CETS No.: 185"
		}
	} else {
		j += p.numberSign(j) // "STE n° 185"
	}
	if p.tok(j).kind != tNum {
		return 0, p.errorf(p.text(p.toks[i]), "%s without a number", quote(p.text(p.toks[i])))
	}
	var found *posting
	if n := p.text(p.toks[j]); len(n) <= 8 {
		var b [12]byte
		found = lookupWord(string(append(append(b[:0], "ets/"...), n...)))
	}
	span := p.in[p.toks[i].start:p.toks[j].end]
	if found == nil {
		return 0, p.errorf(span, "%s is not the treaty number of any document of the corpus", quote(span))
	}
	if err := p.addSym(found, p.toks[j].end, span); err != nil {
		return 0, err
	}
	return j + 1 - i, nil
}

// date reads a date at token i, in every form the field writes, and returns
// how many tokens it spans, or 0: "11 April 2017", "5. April 2019", "April
// 11, 2017", "(22 July 2015)", "26 and 27 May 2016", "15-16 November 2015",
// "12th of November, 2018", "April 2017", "2015-07-22", "22 July".
func (p *parser) date(i int) int {
	t := p.tok(i)
	var d1, d2, m, j int
	switch {
	case t.kind == tNum && p.isYear(i) && p.isPunct(i+1, '-') && !p.tok(i+1).space && p.tok(i+2).end-p.tok(i+2).start == 2 && p.isPunct(i+3, '-') && p.tok(i+4).end-p.tok(i+4).start == 2:
		// ISO 8601: 2015-07-22.
		m, d1 = p.num(i+2), p.num(i+4)
		if m < 1 || m > 12 || d1 < 1 || d1 > 31 {
			return 0
		}
		p.setDate(atoi(p.text(*t)), m, d1, d1)
		return 5
	case t.kind == tNum && p.isDay(i):
		d1, d2, j = p.num(i), p.num(i), i+1
		if p.isPunct(j, '.') {
			j++ // "5. April 2019"
			if m = p.romanMonth(j); m > 0 {
				j++ // "23.XI.2001", as the Council of Europe dates its treaties
				break
			}
		} else if (p.isPunct(j, '-') || p.isKw(j, kAnd) || p.isPunct(j, '&')) && p.isDay(j+1) {
			d2, j = p.num(j+1), j+2
		}
		if !p.isKw(j, kMonth) {
			return 0
		}
		m, j = p.kw(j).val, j+1
	case t.kind == tOrd:
		d1, d2, j = ordinalValue(p.text(*t)), 0, i+1
		d2 = d1
		if p.isWord(j, "of") {
			j++
		}
		if !p.isKw(j, kMonth) {
			return 0
		}
		m, j = p.kw(j).val, j+1
	case p.isKw(i, kMonth):
		m, j = p.kw(i).val, i+1
		if p.isPunct(j, '.') && !p.tok(j).space {
			j++ // "Dec. 18, 2014"
		}
		if p.isDay(j) && !p.isYear(j) {
			d1, d2, j = p.num(j), p.num(j), j+1
			if p.isPunct(j, '-') && p.isDay(j+1) {
				d2, j = p.num(j+1), j+2
			}
		} else if !p.isYear(j) && !(p.isPunct(j, ',') && p.isYear(j+1)) {
			return 0 // a month alone
		}
	default:
		return 0
	}
	if p.isPunct(j, '.') && p.isYear(j+1) {
		j++
	}
	if p.isPunct(j, ',') && p.isYear(j+1) {
		j++
	}
	if p.isYear(j) {
		p.setDate(p.num(j), m, d1, d2)
		return j + 1 - i
	}
	if d1 == 0 {
		return 0
	}
	p.setDate(0, m, d1, d2)
	return j - i
}

// A ymd is a date known in part, with a range of days: y, m, d1 and d2 are
// 0 where unknown.
type ymd struct{ y, m, d1, d2 int16 }

// agrees reports whether the document's date agrees with the date, as far
// as both are known. A document whose year the corpus does not know agrees
// with any year.
func (w ymd) agrees(doc *Doc) bool {
	return (w.y == 0 || doc.Year == 0 || doc.Year == int(w.y)) &&
		(w.m == 0 || doc.Month == 0 || doc.Month == int(w.m)) &&
		(w.d1 == 0 || doc.Day == 0 || doc.Day >= int(w.d1) && doc.Day <= int(w.d2))
}

// symbolBefore returns 1 + the index of the symbol that the date at token
// i follows, with at most a comma or parenthesis and "of" or "on" between,
// or 0.
func (p *parser) symbolBefore(i int) int {
	if p.nsyms == 0 {
		return 0
	}
	j := i - 1
	if j >= 0 && (p.isWord(j, "of") || p.isWord(j, "on")) {
		j--
	}
	if j >= 0 && (p.isPunct(j, '(') || p.isPunct(j, ',')) {
		j--
	}
	if j >= 0 && p.nsyms > 0 && p.symEnd[p.nsyms-1] == p.toks[j].end && (p.toks[j].kind == tSym || p.toks[j].kind == tNum) {
		return p.nsyms
	}
	return 0
}

func (p *parser) setDate(y, m, d1, d2 int) {
	if p.dateOwner > 0 {
		p.symDate[p.dateOwner-1] = ymd{int16(y), int16(m), int16(d1), int16(d2)}
		return
	}
	if y != 0 && p.nyears < maxYears {
		p.years[p.nyears], p.earlier[p.nyears] = y, 0
		p.nyears++
	}
	p.month, p.day1, p.day2 = m, d1, d2
}

// session reads "Seventieth session, Item 93", "Sixty-eighth session",
// "70th session, agenda item 93".
func (p *parser) session(i int) int {
	j := i
	switch {
	case p.tok(j).kind == tOrd || p.isKw(j, kOrdWord) || p.tok(j).kind == tBare && p.in[p.tok(j).end-1]|0x20 == 'e':
		j++ // "70th session", "70e session"
	case p.isKw(j, kNumWord) && p.isPunct(j+1, '-') && p.isKw(j+2, kOrdWord):
		j += 3
	default:
		return 0
	}
	if !p.isKw(j, kSession) {
		return 0
	}
	j++
	k := j
	if p.isPunct(k, ',') || p.isPunct(k, ';') {
		k++
	}
	if n := p.agenda(k); n > 0 {
		return k + n - i
	}
	return j - i
}

// agenda reads an agenda item: "Item 93", "agenda item 93", "item 93 of
// the provisional agenda". A bare "Item 93" is an agenda item only after a
// session, which [parser.session] reads; here it needs "agenda".
func (p *parser) agenda(i int) int {
	j := i
	lead := p.isKw(j, kAgenda)
	if lead {
		j++
	}
	if !p.isWord(j, "item") || p.tok(j+1).kind != tNum {
		return 0
	}
	j += 2
	k := j
	if p.isWord(k, "of") {
		k++
		if p.isWord(k, "the") {
			k++
		}
		if p.isWord(k, "provisional") {
			k++
		}
		if p.isKw(k, kAgenda) {
			return k + 1 - i
		}
	}
	if lead || i > 0 && p.isKw(i-1, kSession) || i > 1 && p.isKw(i-2, kSession) {
		return j - i
	}
	return 0
}

// readCount reads a count: a number before a plural unit, with at most four
// words of a name between: "the 11 norms", "eleven norms", "11 UN Cyber
// Norms".
func (p *parser) readCount(i int) int {
	n := p.num(i)
	if k := p.kw(i); k != nil && k.class == kNumWord {
		n = k.val
	} else if p.isYear(i) || n < 0 {
		return 0
	}
	// At most four words between: "the 11 voluntary norms", "11 UN Cyber
	// Norms", "11 voluntary, non-binding norms".
	for j, words := i+1, 0; words <= 4; j, words = j+1, words+1 {
		if p.isPunct(j, ',') && p.isKw(j-1, kQualifier) {
			j++
		}
		if p.isNonQualifier(j) {
			j += 2
			continue
		}
		t := p.tok(j)
		if t.kind != tWord {
			return 0
		}
		if k := p.kw(j); k != nil && k.class == kUnits {
			p.count, p.countAt = n, p.toks[i]
			return 1
		}
		if t.post == 0 && t.cls != kQualifier {
			return 0 // only qualifiers and words of names stand between
		}
	}
	return 0
}

// letterAt returns the letter of a one-letter ASCII word at token i, or 0.
func (p *parser) letterAt(i int) byte {
	t := p.tok(i)
	if t.kind != tWord || t.end-t.start != 1 || !isASCIILetter(p.in[t.start]) {
		return 0
	}
	return p.in[t.start] | 0x20
}

// labelAt reads a label at token i: "13(f)", "13 (f)", "13f", "6", and,
// when inList, also "(f)" and "f". It returns the label and the tokens it
// spans, 0 for none, or an error for a label 0 or with a leading zero.
func (p *parser) labelAt(i int, inList bool) (citedLabel, int, *Error) {
	t := p.tok(i)
	var l citedLabel
	l.start = t.start
	switch t.kind {
	case tNum:
		s := p.text(*t)
		if s[0] == '0' {
			return l, 0, p.lazy(func() *Error {
				return p.errorf(s, "there is no label %s: labels are numbered from 1, without leading zeros", quote(s))
			})
		}
		if len(s) > 4 {
			return l, 0, nil
		}
		l.num = int32(t.val) // the lexer's value of a number of at most 4 digits
		l.end = t.end
		if p.isPunct(i+1, '(') && p.isPunct(i+3, ')') && p.tok(i+2).kind == tWord {
			if c := p.letterAt(i + 2); c != 0 {
				l.letter, l.end = c, p.tok(i+3).end
				return l, 4, nil
			}
			w := p.text(*p.tok(i + 2))
			return l, 0, p.lazy(func() *Error {
				return p.errorf(w, "%s is not a label letter; the letters of labels are a to z", quote(w))
			})
		}
		if k := i + 1 + boolToInt(p.isPunct(i+1, '.')); !inList && p.letterAt(k) != 0 && (k+1 == p.ntok || p.tok(k+1).kind == tPunct) {
			l.letter, l.end = p.letterAt(k), p.tok(k).end
			return l, k + 1 - i, nil
		}
		return l, 1, nil
	case tBare:
		s := p.text(*t)
		if s[0] == '0' {
			return l, 0, p.lazy(func() *Error {
				return p.errorf(s, "there is no label %s: labels are numbered from 1, without leading zeros", quote(s))
			})
		}
		if len(s) > 5 {
			return l, 0, nil
		}
		l.num, l.letter, l.end = int32(atoi(s[:len(s)-1])), s[len(s)-1]|0x20, t.end
		return l, 1, nil
	case tPunct:
		if l, n, err := p.bracketedLabel(i, inList); n > 0 || err != nil {
			return l, n, err // "principle [4]" (place.go)
		}
		if inList && t.c == '(' && p.isPunct(i+2, ')') {
			if c := p.letterAt(i + 1); c != 0 {
				l.letter, l.end = c, p.tok(i+2).end
				return l, 3, nil
			}
			if p.tok(i+1).kind == tWord {
				w := p.text(*p.tok(i + 1))
				return l, 0, p.lazy(func() *Error {
					return p.errorf(w, "%s is not a label letter; the letters of labels are a to z", quote(w))
				})
			}
		}
	case tWord:
		if c := p.letterAt(i); inList && c != 0 {
			l.letter, l.end = c, t.end
			return l, 1, nil
		}
	}
	return l, 0, nil
}

// labelAfterUnit returns how many tokens the unit at i spans if a label
// follows it, or 0.
func (p *parser) labelAfterUnit(i int) int {
	j := i + 1
	if p.isPunct(j, '.') {
		j++
	}
	j += p.numberSign(j)
	if _, n, err := p.labelAt(j, true); n > 0 || err != nil {
		return j - i
	}
	return 0
}

// locator reads a unit and its labels, or a lettered label without a unit:
// "norm 6", "para. 13(f)", "¶ 7", "norms 13(a)–(k)", "13(f), (g) and (h)",
// "paras 7-8", "norms 1, 2 and 5".
func (p *parser) locator(i int) (int, *Error) {
	t := &p.toks[i]
	unit, plural, j := p.unitOf(i)
	switch {
	case p.unitOnly && p.nlabs == 0 && unit == uNone:
		// "UN GGE norms, 13(g)": the unit stands apart from its label.
		unit, p.unitOnly = p.unit, false
	case p.unitOnly && p.unitPl && p.count > 0 && p.nlabs == 0 && unit == uPara && p.labelAfterUnit(i) > 0:
		// "11 norms from paragraphs 13(a)-(k)": the counted items, then
		// where they stand; the count is checked against the labels.
		p.unit, p.unitAt, p.unitPl, p.unitOnly = unit, *t, plural, false
	case p.unitSet || p.nlabs > 0:
		return 0, p.errorf(p.text(*t), "a second unit or label, %s; a citation names one place in one document", quote(p.text(*t)))
	default:
		p.unitSet, p.unit, p.unitAt, p.unitPl = true, unit, *t, plural
	}
	first, n, err := p.labelAt(j, unit != uNone)
	if err != nil {
		return 0, err
	}
	// "para 13 f", "para. 13.f": after a unit too, a lone letter that
	// ends the citation, or a part of it, is the number's.
	if n == 1 && unit != uNone && first.letter == 0 && p.tok(j).kind == tNum {
		if k := j + 1 + boolToInt(p.isPunct(j+1, '.')); p.letterAt(k) != 0 && (k+1 == p.ntok || p.tok(k+1).kind == tPunct) {
			first.letter, first.end = p.letterAt(k), p.tok(k).end
			n = k + 1 - j
		}
	}
	if n == 0 {
		p.unitOnly = true
		return j - i, nil
	}
	p.labs[0] = labRange{from: first, to: first}
	p.nlabs = 1
	end, err := p.moreLabels(first, j+n)
	if err != nil {
		return 0, err
	}
	return end - i, nil
}

// unitOf reads the unit that begins at token i, if any: a mark ("¶", "§",
// "#", doubled for the plural) or a unit word, with its period ("para.").
// It returns the unit (uNone if token i is a label), whether it is plural,
// and the index of the token after it.
func (p *parser) unitOf(i int) (unit int, plural bool, j int) {
	t := &p.toks[i]
	unit, j = uNone, i
	switch {
	case t.kind == tMark:
		unit, j = uPara, i+1
		if t.c == '#' {
			unit = uItem
		}
		if p.tok(j).kind == tMark && p.tok(j).c == t.c {
			plural, j = true, j+1 // "§§", "¶¶"
		}
	case t.kind == tWord:
		k := p.kw(i)
		unit, plural, j = k.val, k.class == kUnits, i+1
		if p.isPunct(j, '.') {
			j++
		}
		j += p.numberSign(j)
	}
	return unit, plural, j
}

// numberSign returns the tokens of a number sign at token j that a number
// follows, or 0: "No.", "no", "n." and the French "n°" and "nº", as in
// "principle No. 6", "principe n° 6".
func (p *parser) numberSign(j int) int {
	if t := p.tok(j); t.kind != tWord || t.end-t.start > 3 || p.in[t.start]|0x20 != 'n' {
		return 0 // cheap first: every unit asks
	}
	n := 0
	switch {
	case p.isWord(j, "no") || p.isWord(j, "n\u00ba"): // "nº" is a word: "º" is a letter
		n = 1 + boolToInt(p.isPunct(j+1, '.'))
	case p.isWord(j, "n") && (p.isPunct(j+1, '.') || p.isPunct(j+1, 'o')):
		n = 2
	}
	if n > 0 && p.tok(j+n).kind == tNum {
		return n
	}
	return 0
}

// moreLabels reads the ranges and enumerations that follow the first label
// of a locator, from token j: "–(k)", ", (g) and (h)", " to 11". It
// records them in p.labs and returns the index of the token after the last.
func (p *parser) moreLabels(first citedLabel, j int) (int, *Error) {
	for {
		k := j
		cur := &p.labs[p.nlabs-1]
		if p.isPunct(k, '-') || p.isKw(k, kTo) {
			if cur.isRange {
				return j, nil
			}
			l, n, err := p.labelAt(k+1, true)
			if err != nil {
				return 0, err
			}
			if n == 0 || !p.follows(first, l) {
				return j, nil
			}
			cur.to, cur.isRange = p.inherit(first, l), true
			j = k + 1 + n
			continue
		}
		if p.isPunct(k, ',') || p.isPunct(k, '&') {
			k++
		}
		if p.isKw(k, kAnd) {
			k++
		}
		if k == j {
			return j, nil
		}
		l, n, err := p.labelAt(k, true)
		if err != nil {
			return 0, err
		}
		if n == 0 || !p.follows(first, l) || l.letter == 0 && p.isYear(k) {
			return j, nil
		}
		if p.nlabs == maxLabs {
			return 0, p.errorf(p.in[l.start:l.end], "too many labels")
		}
		l = p.inherit(first, l)
		p.labs[p.nlabs] = labRange{from: l, to: l}
		p.nlabs++
		j = k + n
	}
}

// follows reports whether l can continue a list that began with first: a
// letter after a lettered label, a number after a numbered one.
func (p *parser) follows(first, l citedLabel) bool {
	if first.letter != 0 {
		return l.letter != 0 && (l.num == 0 || l.num == first.num)
	}
	return l.letter == 0 && l.num != 0
}

// inherit gives a bare letter the number of the list's first label:
// "(g)" of "13(f) and (g)" is 13(g).
func (p *parser) inherit(first, l citedLabel) citedLabel {
	if l.letter != 0 && l.num == 0 {
		l.num = first.num
	}
	return l
}

// unnumbered reads "unnumbered paragraph 3 of 34".
// ordinal reads an item named by its place in its list, at token i: an
// ordinal in words or digits and a unit of list items, singular, "the third
// principle", "the 3rd commitment", "the sixth norm" (of the UN GGE 2015
// list, 13(f)); and returns how many tokens it spans, or 0. Paragraphs are
// not counted so: a document that numbers them may not begin at 1.
func (p *parser) ordinal(i int) int {
	t := p.tok(i)
	n := 0
	switch {
	case t.kind == tOrd:
		n = ordinalValue(p.text(*t))
	case t.kind == tBare && (p.in[t.end-1]|0x20) == 'e':
		// The French "2e", which the lexer reads as a label until a unit
		// follows it.
		n = ordinalValue(p.text(*t))
	case p.isKw(i, kOrdWord):
		n = p.kw(i).val
	}
	k := p.kw(i + 1)
	if n < 1 || k == nil || k.class != kUnit || k.val == uPara || p.unitSet || p.nlabs > 0 || p.itemPos > 0 {
		return 0
	}
	p.unitSet, p.unit, p.unitAt = true, k.val, p.toks[i+1]
	p.itemPos, p.itemAt = n, p.toks[i]
	return 2
}

// unnumberedFrench reads the French place of an unnumbered paragraph at the
// unit word i, "paragraphe non numéroté 3 sur 25", and returns how many
// tokens it spans; 0 if the words "non numéroté" do not follow the unit, -1
// if its place is not as it should be.
func (p *parser) unnumberedFrench(i int) int {
	if k := p.kw(i); k == nil || k.val != uPara || !p.isWord(i+1, "non") || !p.isKw(i+2, kUnnumbered) {
		return 0
	}
	n, m := p.num(i+3), p.num(i+5)
	if n < 1 || !p.isWord(i+4, "sur") || m < 1 || p.unitSet || p.nlabs > 0 {
		return -1
	}
	p.unitSet, p.unit, p.unitAt = true, uPara, p.toks[i]
	p.paraNo, p.paraOf, p.unnumAt = n, m, p.toks[i]
	return 6
}

func (p *parser) unnumbered(i int) (int, *Error) {
	k := p.kw(i + 1)
	if k == nil || k.class != kUnit || k.val != uPara {
		return 0, p.errorf(p.text(p.toks[i]), "%s must be followed by %q and its place, as in %q", quote(p.text(p.toks[i])), "paragraph", "unnumbered paragraph 3 of 34")
	}
	j := i + 2
	if p.isPunct(j, '.') {
		j++
	}
	n, m := p.num(j), p.num(j+2)
	if n < 1 || !p.isWord(j+1, "of") || m < 1 {
		return 0, p.errorf(p.text(p.toks[i]), "an unnumbered paragraph is cited by its place, as in %q", "unnumbered paragraph 3 of 34")
	}
	if p.unitSet || p.nlabs > 0 {
		return 0, p.errorf(p.text(p.toks[i]), "a second unit or label; a citation names one place in one document")
	}
	p.unitSet, p.unit, p.unitAt = true, uPara, p.toks[i]
	p.paraNo, p.paraOf, p.unnumAt = n, m, p.toks[i]
	return j + 3 - i, nil
}

func boolToInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
