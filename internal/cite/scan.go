package cite

import (
	"iter"
	"slices"
	"strings"

	"github.com/cybernorms/cybernorms/internal/words"
)

// A Match is a citation found in running text.
type Match struct {
	// Start and End are the byte offsets of the citation in the text.
	Start, End int
	// Refs is every document, item or paragraph the citation names, in
	// order, as [ParseList] returns them. Scan reuses the slice: copy it to
	// keep it past the iteration. It is nil when Err is set.
	Refs []Ref
	// Err, when set, says why a stretch that has the shape of a citation
	// (an ID of a known document with an unknown item, "UNGGE2015/13l"; a
	// name and a unit and label, "UN GGE 2015 norm 13(l)") names nothing.
	// It is an *Error.
	Err error
}

// maxSpan is the most tokens of one citation in running text; with the
// cut of runs at maxTokens, it bounds the work per token, so that scanning
// is linear in the text. It holds a body's full name with a year and its
// acronym: "2015 United Nations Group of Governmental Experts on ...
// International Security (UN GGE)" is 25 tokens.
const maxSpan = 32

// Scan returns every citation in the text that names documents, items or
// paragraphs of the corpus, in order, with its byte offsets. It reads the
// text in runs of the words citations are made of (names of documents,
// units, labels, dates, symbols, IDs), broken by any other word, by ";", ":"
// or a full stop, and by a blank line; in each run it finds the longest
// stretches that parse as citations (with [ParseList]) and point at their
// documents: they hold a place or short name with a word of the title
// ("Lucca Declaration", "Appel de Paris"), a symbol ("A/70/174") or treaty
// number ("ETS No.185"), an ID, three or more capitalised words of a title
// ("Combating the Use of the Internet"), or the unit "norm" with a
// lettered label ("norm 13(f)"). One word alone is a citation only as an
// acronym written in capitals ("CNI"): a word of a name is often a common
// word ("call", "cybercrime"). A bare "13(f)", "Section 13(f)" or "SEC
// Form 13(f)" is no citation. A date right after a symbol is the symbol's
// own, so that an enumeration of resolutions with their dates resolves,
// up to the first resolution the corpus does not hold.
//
// Scan allocates little beyond its result; its cost is linear in the length
// of the text: a run is cut after 128 tokens, and from each token of a run
// that holds a name, stretches of at most 32 tokens are tried, longest
// first, none past a word that shares no document with the words before
// it: at most 32 parses per token, whatever the text. Measured
// (BenchmarkScan, BenchmarkScanHostile, best of several runs, -cpu 1, on a
// 2-core machine): about 59 MB/s on real prose and 129 MB/s on text made
// only of the words of names.
func Scan(text string) iter.Seq[Match] {
	return func(yield func(Match) bool) { scanText(text, false, yield) }
}

func scanText(text string, strict bool, yield func(Match) bool) {
	s := scanner{text: text, yield: yield, strict: strict}
	b := getBuf()
	defer putBuf(b)
	s.toks, s.trial = &b.toks, &b.p
	s.run()
}

type scanner struct {
	text  string
	yield func(Match) bool
	toks  *[maxTokens]token // the current run
	trial *parser           // the parser of the trials, reused: only its state is cleared
	n     int
	refs  []Ref
	stop  bool
	// strict is set by [ScanStrict].
	strict bool
	// before is the token right before the current run (the word that
	// broke the run before it), or a token of kind tEOF.
	before token
	// list is the last plural unit of a list's items read ("norms"), while
	// every token since may lead from it to the document whose list it
	// names ("norms of responsible state behaviour in cyberspace in
	// peacetime developed by" the 2015 report); its zero value is none.
	// runList is list as the current run began.
	list, runList listLead
}

// A listLead is a plural unit of list items in running text, and what
// followed it.
type listLead struct {
	unit  token
	since int // tokens read since
	ok    bool
}

// maxLead is the most tokens between a plural unit and the document whose
// list it names.
const maxLead = 16

// leadStop are words after which a plural unit no longer names the list of
// the document that follows: "norms beyond those of the 2015 report".
var leadStop = [...]string{"beyond", "than", "other", "besides", "unlike", "except", "outside", "not", "no", "new", "further", "additional", "those", "these", "some"}

// follow updates the list lead with token t.
func (s *scanner) follow(t token) {
	if t.cls == kUnits && keywords[t.kw-1].val != uPara {
		s.list = listLead{unit: t, ok: true}
		return
	}
	if !s.list.ok {
		return
	}
	s.list.since++
	switch {
	case s.list.since > maxLead:
		s.list.ok = false
	case t.kind == tPunct && (t.c == '.' || t.c == ';' || t.c == ':' || t.c == ')' || t.c == ','):
		s.list.ok = false // a clause's end: "norms of ... peacetime, reminding of those articulated in"
	case t.kind == tNum || t.kind == tSym || t.kind == tBare || t.kind == tMark || t.cls == kUnit:
		s.list.ok = false
	case t.kind == tWord:
		w := s.text[t.start:t.end]
		for _, stop := range leadStop {
			if equalFoldASCII(w, stop) {
				s.list.ok = false
			}
		}
	}
}

func (s *scanner) run() {
	lx := lexer{s: s.text}
	prevEnd := int32(0)
	var t token
	for !s.stop {
		lx.scan(&t)
		if t.kind == tWord || t.kind == tSym {
			lx.look(&t)
		}
		if s.n > 0 && blankLine(s.text[prevEnd:t.start]) {
			s.flush()
			s.before = token{kind: tEOF}
		}
		prevEnd = t.end
		if t.kind == tEOF {
			s.flush()
			return
		}
		// A machine ID stands alone: "UNGGE2015/13f", "Lucca2017".
		if (t.kind == tSym || t.kind == tWord) && t.post == 0 && t.kw == 0 && hasDigit(s.text[t.start:t.end]) {
			if r, ok, err := parseID(s.text[t.start:t.end], Any); ok {
				s.flush()
				if err != nil {
					s.emitErr(int(t.start), int(t.end), err)
				} else {
					s.emit(int(t.start), int(t.end), append(s.refs[:0], r))
				}
				continue
			}
		}
		if !s.citationish(t) && !(s.strict && s.nearMiss(t) != "") {
			s.flush()
			s.before = t
			s.follow(t)
			continue
		}
		if s.n == maxTokens {
			s.flush()
		}
		if s.n == 0 {
			s.runList = s.list
		}
		s.toks[s.n] = t
		s.n++
		s.follow(t)
	}
}

// blankLine reports whether the text between two tokens holds a blank line.
func blankLine(gap string) bool {
	nl := 0
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n':
			nl++
			if nl == 2 {
				return true
			}
		case ' ', '\t', '\r':
		default:
			nl = 0
		}
	}
	return false
}

// citationish reports whether a token may be part of a citation.
func (s *scanner) citationish(t token) bool {
	switch t.kind {
	case tNum, tBare, tOrd, tMark:
		return true
	case tSym:
		if _, _, ok := yearPair(s.text[t.start:t.end]); ok {
			return true // "its 2014/2015 Group of Governmental Experts"
		}
		return t.post != 0
	case tWord:
		if t.kw != 0 || t.post != 0 || t.end-t.start == 1 && isASCIILetter(s.text[t.start]) {
			return true
		}
		w := s.text[t.start:t.end]
		return len(w) > 3 && (w[len(w)-1] == 's' || w[len(w)-1] == 'S') && lookupWord(w[:len(w)-1]) != nil
	case tPunct:
		switch t.c {
		case '(', ')', ',', '-', '&', '\'', '"':
			return true
		case '*':
			// A reissue mark right after a symbol: "A/68/98*".
			return s.n > 0 && s.toks[s.n-1].kind == tSym && s.toks[s.n-1].end == t.start
		case '.':
			// After an abbreviation: "para.", "No.", "Doc.", "Res.".
			if s.n == 0 {
				return false
			}
			p := s.toks[s.n-1]
			if p.kind == tNum && p.end == t.start && p.end-p.start <= 2 && s.monthAfter(int(t.end)) {
				return true // "5. April 2019"
			}
			if p.kind != tWord || p.end != t.start {
				return false
			}
			if p.cls == kMonth || p.end-p.start == 1 {
				return true // "Dec. 18", "U.N. Doc."
			}
			w := s.text[p.start:p.end]
			return equalFoldASCII(w, "para") || equalFoldASCII(w, "paras") || equalFoldASCII(w, "no") || equalFoldASCII(w, "nos") ||
				equalFoldASCII(w, "doc") || equalFoldASCII(w, "res") || equalFoldASCII(w, "nr") || equalFoldASCII(w, "par")
		}
	}
	return false
}

// monthAfter reports whether the next word after offset i is a month.
func (s *scanner) monthAfter(i int) bool {
	lx := lexer{s: s.text, i: i}
	t := lx.next()
	return t.kind == tWord && keywordIndex(s.text[t.start:t.end]) >= 0 && keywords[keywordIndex(s.text[t.start:t.end])].class == kMonth
}

// flush finds the citations of the current run.
func (s *scanner) flush() {
	n := s.n
	s.n = 0
	if n == 0 || s.stop || !s.anchored(n) {
		return
	}
	// From each token, the longest stretch of at most maxSpan tokens that
	// is a citation; failing that, the reason a stretch of the shape of one
	// names nothing.
	for lo := 0; lo < n && !s.stop; {
		next, found := 0, false
		if !s.edge(s.toks[lo]) {
			next, found = s.longest(lo, s.sharedTop(lo, n), n)
		}
		if !found && s.shaped(lo, n) {
			next, found = s.explain(lo, n)
		}
		if found {
			lo = next
		} else {
			lo++
		}
	}
}

// anchored reports whether the run of n tokens holds anything that points
// at a document (a strong word or a symbol, the unit "norm", a treaty
// series, three capitalised words of titles within 12 tokens): the cheap
// test first, since a run without one holds no citation.
func (s *scanner) anchored(n int) bool {
	for i := 0; i < n; i++ {
		t := s.toks[i]
		switch {
		case t.post != 0 && (len(index[t.post-1].Strong) > 0 || index[t.post-1].Sym):
			return true
		case s.strict && s.named(t):
			return true
		case t.cls == kUnit && keywords[t.kw-1].val == uNorm:
			return true
		case t.cls == kUnits && keywords[t.kw-1].val == uNorm:
			return true // "the agreed UN cyber norms": checked by anchored
		case t.cls == kTreaty:
			return true // "ETS No. 185"
		case t.kind == tNum && t.end-t.start == 4 && i+2 < n && (s.toks[i+1].kind == tPunct && s.toks[i+1].c == ',' || s.toks[i+1].cls == kAnd) && s.toks[i+2].kind == tNum:
			return true // years enumerated, "de 2010, 2013 et 2015": checked by anchored
		case t.post != 0:
			// Three words of titles may name a document.
			words := 0
			for j := i; j < n && j < i+12; j++ {
				if c := s.text[s.toks[j].start]; s.toks[j].post != 0 && len(index[s.toks[j].post-1].Title) > 0 && c >= 'A' && c <= 'Z' {
					words++
				}
			}
			if words >= 3 {
				return true
			}
		}
	}
	return false
}

// sharedTop returns the end of the stretch from token lo, of at most
// maxSpan tokens, in which a citation may run: no citation runs past a
// word that shares no document with the words before it.
func (s *scanner) sharedTop(lo, n int) int {
	top := min(n, lo+maxSpan)
	var cur, w docset
	cur.fill()
	for j := lo; j < top; j++ {
		// A word of an organ's name may restrict nothing (see restricts).
		if t := s.toks[j]; t.post != 0 && t.kw == 0 && !index[t.post-1].Sym && index[t.post-1].Organ == 0 {
			w.setOf(&index[t.post-1])
			if w.and(&cur); w.empty() {
				return j
			}
			cur = w
		}
	}
	return top
}

// longest emits the longest citation that begins at token lo and ends by
// token top, of a run of n tokens, and returns the index of the token
// after it and true; or false if there is none. A unit and label right
// after the citation that it could not take make the whole a citation that
// names nothing ("UN GGE 2015 norm 13(l)"), emitted as an error.
func (s *scanner) longest(lo, top, n int) (int, bool) {
	for hi := top; hi > lo; hi-- {
		if l, h := s.trim(lo, hi); l != lo || h != hi {
			continue // tried as itself
		}
		if refs, ok := s.try(lo, hi); ok {
			if s.inTitle(lo, hi) {
				return 0, false
			}
			// A place and date in apposition right after it that the
			// citation cannot take ("the G7 Foreign Ministers' Communiqué
			// (Toronto, 23 April 2018)") say that its last part names
			// another document: the stretch is cut before that part, or
			// nothing begins here.
			if end := s.placeAfter(hi, n); end > hi {
				if _, ok := s.try(lo, end); !ok {
					a := s.lastSep(lo, hi)
					if a < 0 {
						return 0, false
					}
					hi = a + 1 // the loop goes on at a
					continue
				}
			}
			if end := s.locatorAfter(hi, n); end > hi {
				if err := s.why(lo, end); err != nil {
					if !s.strict || s.clear(lo, end, true) {
						s.emitErr(int(s.toks[lo].start), int(s.toks[end-1].end), err)
					}
					return end, true
				}
			}
			lo, refs = s.dropLead(lo, hi, refs)
			if s.strict && !s.clear(lo, hi, false) {
				return hi, true // read, and passed over
			}
			hi, refs = s.definedAfter(hi, n, refs)
			if start, items, ok := s.listOf(lo, refs); ok {
				s.emit(start, int(s.toks[hi-1].end), items)
				return hi, true
			}
			s.emit(int(s.toks[lo].start), int(s.toks[hi-1].end), refs)
			return hi, true
		}
	}
	return 0, false
}

// listOf reports whether the citation of one whole document that begins
// at token lo is the end of a citation of its list's items that a plural
// unit began before it: "norms of responsible state behaviour in
// cyberspace in peacetime developed by the UN Governmental Group of Experts
// (UN GGE) in 2015", "voluntary norms recommended in the 2015 Report". The
// unit is of the document's list, every token between leads to the
// document (no number, symbol, unit or sentence's end; no word such as
// "beyond" or "other"), and the last word before it is "in", "of", "by",
// "from" or "under" (and "the"). It returns where the citation begins and
// the items.
func (s *scanner) listOf(lo int, refs []Ref) (int, []Ref, bool) {
	if len(refs) != 1 || refs[0].kind != KindDocument {
		return 0, nil, false
	}
	lead := s.runList
	for _, t := range s.toks[:lo] {
		if lead.unit.kind != tEOF && t.start == lead.unit.start {
			lead = listLead{unit: t, ok: true}
			continue
		}
		if lead.ok {
			lead.since++
			if t.kind == tNum || t.kind == tSym || t.kind == tBare || t.kind == tMark || t.kind == tPunct && t.c != '(' && t.c != '-' && t.c != '\'' {
				lead.ok = false
			}
		}
	}
	if !lead.ok || lead.unit.kw == 0 || lead.since > maxLead {
		return 0, nil, false
	}
	// The word right before the document: a preposition, over "the".
	j := lo - 1
	prev := func() token {
		if j >= 0 {
			return s.toks[j]
		}
		return s.before
	}
	if t := prev(); t.kind == tWord && equalFoldASCII(s.text[t.start:t.end], "the") {
		j--
	}
	t := prev()
	if t.kind != tWord || t.end > s.toks[lo].start {
		return 0, nil, false
	}
	ok := false
	for _, w := range [...]string{"in", "of", "by", "from", "under", "dans", "du", "de", "par"} {
		ok = ok || equalFoldASCII(s.text[t.start:t.end], w)
	}
	// Before it, a participle: "recommended in", "developed by",
	// "élaborées par" (not "with the publication of").
	j--
	if v := prev(); ok && (v.kind != tWord || !participle(s.text[v.start:v.end])) {
		return 0, nil, false
	}
	d := refs[0].DocIndex()
	doc := &docs[d]
	if !ok || !unitFits(doc, keywords[lead.unit.kw-1].val) || len(doc.List.Labels) < 2 {
		return 0, nil, false
	}
	items := s.refs[:0]
	for i := range doc.List.Labels {
		items = append(items, Ref{doc: int16(d + 1), item: int16(i + 1), para: int16(doc.paraOfItem(i) + 1), kind: KindItem})
	}
	return int(lead.unit.start), items, true
}

// participle reports whether a word is a past participle, as an English
// or French one ends: "developed", "set", "élaborées".
func participle(w string) bool {
	switch {
	case len(w) > 4 && equalFoldASCII(w[len(w)-2:], "ed"):
		return true
	case strings.HasSuffix(w, "é") || strings.HasSuffix(w, "ée") || strings.HasSuffix(w, "és") || strings.HasSuffix(w, "ées"):
		return true
	}
	return false
}

// inTitle reports whether the stretch [lo, hi), which names its document by
// words of its title only (no word the document is known by in prose, no
// symbol, year or label), continues the title of something else: a
// capitalised word or a kind of document right before it ("Advancing
// Responsible State Behaviour in Cyberspace", of the 2021 GGE report; "UN
// Framework of Responsible State Behaviour").
func (s *scanner) inTitle(lo, hi int) bool {
	for _, t := range s.toks[lo:hi] {
		switch {
		case t.kind == tNum || t.kind == tSym || t.kind == tBare || t.kind == tMark || t.cls == kTreaty:
			return false
		case t.post != 0 && t.kw == 0 && (len(index[t.post-1].Strong) > 0 || index[t.post-1].Sym):
			return false
		}
	}
	// The word before it, over fillers ("Framework of").
	j := lo - 1
	for j >= 0 && s.toks[j].cls == kFiller {
		j--
	}
	prev := s.before
	if j >= 0 {
		prev = s.toks[j]
	} else if lo > 0 {
		return false // fillers begin the run: nothing joins it to the word before
	}
	if prev.kind != tWord || prev.end > s.toks[lo].start {
		return false
	}
	if gap := s.text[prev.end:s.toks[lo].start]; strings.ContainsAny(gap, ".,;:()\"\n") {
		return false
	}
	if prev.cls == kKind {
		return true
	}
	return prev.kw == 0 && capitalised(s.text[prev.start:prev.end])
}

// explain emits the reason that the stretch from token lo, which has the
// shape of a citation (a name, a unit and a label) but is none, names
// nothing; it returns the index of the token after the stretch and
// whether it emitted one.
func (s *scanner) explain(lo, n int) (int, bool) {
	if s.strict {
		return s.explainStrict(lo, n)
	}
	hi := n
	for hi > lo && s.edge(s.toks[hi-1]) && !(s.toks[hi-1].kind == tPunct && s.toks[hi-1].c == ')') {
		hi--
	}
	if err := s.why(lo, hi); err != nil {
		s.emitErr(int(s.toks[lo].start), int(s.toks[hi-1].end), err)
		return hi, true
	}
	return 0, false
}

// dropLead returns where the citation [lo, hi), which names refs, begins
// once words before its first comma or "and" that add nothing to it are
// left out ("report, and norm 13(f) of the 2015 report", after "its 2021
// report"): words only, no unit, label, number or symbol, after which the
// rest names the same things. It returns lo and refs when there are none.
func (s *scanner) dropLead(lo, hi int, refs []Ref) (int, []Ref) {
	if len(refs) > 8 {
		return lo, refs
	}
	k := lo
	for ; k < hi; k++ {
		t := s.toks[k]
		if t.kind == tPunct && t.c == ',' || t.cls == kAnd {
			break
		}
		if t.kind != tWord || t.cls == kUnit || t.cls == kUnits || t.cls == kTreaty {
			return lo, refs
		}
	}
	if k == lo || k == hi {
		return lo, refs
	}
	rest, end := s.trim(k, hi)
	if rest >= end || end != hi {
		return lo, refs
	}
	var saved [8]Ref
	n := copy(saved[:], refs)
	if again, ok := s.try(rest, hi); ok && slices.Equal(again, saved[:n]) {
		return rest, again
	}
	// try wrote over refs: the answer for [lo, hi) again.
	again, _ := s.try(lo, hi)
	return lo, again
}

// lastSep returns the index of the last comma, semicolon or "and" of the
// tokens (lo, hi), or -1.
func (s *scanner) lastSep(lo, hi int) int {
	for k := hi - 1; k > lo; k-- {
		if t := s.toks[k]; t.kind == tPunct && (t.c == ',' || t.c == ';') || t.cls == kAnd {
			return k
		}
	}
	return -1
}

// definedAfter returns the end of the citation that ends at token hi and
// names refs, with the short name that a text defines for its document in
// parentheses right after it: "UN Doc A/75/816 (2021) (2021 OEWG Report)",
// one citation and not two, however long the title before. It returns hi
// and refs unchanged when the parentheses hold anything else (a date, a
// place, another document, a part of the document).
func (s *scanner) definedAfter(hi, n int, refs []Ref) (int, []Ref) {
	var saved [4]Ref
	if hi >= n || len(refs) == 0 || len(refs) > len(saved) || s.toks[hi].kind != tPunct || s.toks[hi].c != '(' {
		return hi, refs
	}
	end := -1
	for k := hi + 1; k < n && k <= hi+maxSpan; k++ {
		if t := s.toks[k]; t.kind == tPunct && (t.c == '(' || t.c == ')') {
			if t.c == ')' {
				end = k
			}
			break
		}
	}
	if end <= hi+1 {
		return hi, refs
	}
	doc := refs[0].doc
	for _, r := range refs {
		if r.doc != doc {
			return hi, refs
		}
	}
	m := copy(saved[:], refs)
	// try reuses the buffer of refs: they are restored from saved.
	got, ok := s.try(hi+1, end)
	same := ok && len(got) == 1 && got[0].kind == KindDocument && got[0].doc == doc && s.nameWords(hi+1, end)
	refs = append(s.refs[:0], saved[:m]...)
	s.refs = refs
	if !same {
		return hi, refs
	}
	return end + 1, refs
}

// nameWords reports whether the tokens from lo to hi hold a word of a
// name (not only a date or a number): "(2021 OEWG Report)", not "(2021)".
func (s *scanner) nameWords(lo, hi int) bool {
	for _, t := range s.toks[lo:hi] {
		if t.kind == tWord && t.post != 0 {
			return true
		}
	}
	return false
}

// placeAfter returns the end of a place of the corpus and a date in
// apposition right after token hi (after a comma, or in parentheses):
// ", Toronto, 2018", " (Toronto, 23 April 2018)"; or hi when there is none.
func (s *scanner) placeAfter(hi, n int) int {
	if hi >= n || s.toks[hi].kind != tPunct || s.toks[hi].c != ',' && s.toks[hi].c != '(' {
		return hi
	}
	paren := s.toks[hi].c == '('
	place, end := false, hi
	for k := hi + 1; k < n; k++ {
		t := s.toks[k]
		switch {
		case t.kind == tWord && t.post != 0 && t.kw == 0 && len(index[t.post-1].Title) == 0 && len(index[t.post-1].Strong) > 0:
			place = true // a place: a word that points at documents and is in none's title
		case t.kind == tNum || t.kind == tOrd || t.cls == kMonth:
		case t.kind == tPunct && (t.c == ',' || t.c == '.' || t.c == '-'):
			continue // not an end
		case paren && t.kind == tPunct && t.c == ')':
			if place {
				return k + 1
			}
			return hi
		default:
			if place {
				return end
			}
			return hi
		}
		end = k + 1
	}
	if place {
		return end
	}
	return hi
}

// locatorAfter returns the end of a unit and label that follow token hi
// (after a comma), or hi: ", para. 6", " norm 13(l)".
func (s *scanner) locatorAfter(hi, n int) int {
	k := hi
	if k < n && s.toks[k].kind == tPunct && s.toks[k].c == ',' {
		k++
	}
	if k >= n {
		return hi
	}
	t := s.toks[k]
	switch {
	case t.cls == kUnit || t.cls == kUnits, t.kind == tMark:
		k++
		if k < n && s.toks[k].kind == tPunct && s.toks[k].c == '.' {
			k++
		}
	case t.kind == tNum:
	default:
		return hi
	}
	if k >= n || s.toks[k].kind != tNum && s.toks[k].kind != tBare {
		return hi
	}
	k++
	if k+2 < n && s.toks[k].kind == tPunct && s.toks[k].c == '(' && s.toks[k+2].kind == tPunct && s.toks[k+2].c == ')' {
		k += 3
	} else if t.kind == tNum {
		return hi // a number alone is no label
	}
	return k
}

// shaped reports whether tokens [lo, hi) hold the shape of a citation of an
// item: a word or symbol that points at a document, then a unit with a
// label, or a lettered label.
func (s *scanner) shaped(lo, hi int) bool {
	if s.strict {
		sh := s.shape(lo, min(hi, lo+maxSpan))
		return sh.labels > 0 && (sh.named || sh.norm)
	}
	named := false
	for i := lo; i < hi && i < lo+maxSpan; i++ {
		t := s.toks[i]
		switch {
		case t.post != 0 && (len(index[t.post-1].Strong) > 0 || index[t.post-1].Sym):
			named = true
		case !named:
		case t.cls == kUnit && i+1 < hi && (s.toks[i+1].kind == tNum || s.toks[i+1].kind == tBare):
			return true
		case t.kind == tMark && i+1 < hi && s.toks[i+1].kind == tNum:
			return true
		case t.kind == tNum && i+3 < hi && s.toks[i+1].kind == tPunct && s.toks[i+1].c == '(' && s.toks[i+3].kind == tPunct && s.toks[i+3].c == ')':
			return true
		}
	}
	return false
}

// why parses tokens [lo, hi) with messages, and returns its error, or nil
// if it parses.
func (s *scanner) why(lo, hi int) error {
	hi = min(hi, lo+maxSpan)
	p := s.trial
	p.parserState = parserState{in: s.text, toks: s.toks[lo:hi], ntok: hi - lo}
	if err := p.read(); err != nil {
		return err
	}
	if _, err := p.list(nil, Any); err != nil {
		return err
	}
	return nil
}

func (s *scanner) emitErr(start, end int, err error) {
	if !s.yield(Match{Start: start, End: end, Err: err}) {
		s.stop = true
	}
}

// trim drops fillers, conjunctions and punctuation from the ends of a
// stretch, but for a closing parenthesis that closes one inside it.
func (s *scanner) trim(lo, hi int) (int, int) {
	edge := s.edge
	for lo < hi && edge(s.toks[lo]) && !(s.toks[lo].kind == tPunct && s.toks[lo].c == '(' && s.letterLabel(lo)) {
		lo++
	}
	for hi > lo && edge(s.toks[hi-1]) {
		t := s.toks[hi-1]
		if t.kind == tPunct && t.c == ')' && s.opens(lo, hi-1) {
			break
		}
		hi--
	}
	return lo, hi
}

// edge reports whether a token cannot begin or end a citation in text.
func (s *scanner) edge(t token) bool {
	switch t.kind {
	case tPunct:
		return true
	case tWord:
		if t.kw == 0 {
			return false
		}
		switch keywords[t.kw-1].class {
		case kFiller, kQualifier, kAnd, kOr, kTo:
			return true
		}
	}
	return false
}

// letterLabel reports whether "(x)" begins at token i.
func (s *scanner) letterLabel(i int) bool {
	return i+2 < s.n && s.toks[i+1].kind == tWord && s.toks[i+1].end-s.toks[i+1].start == 1 && s.toks[i+2].kind == tPunct && s.toks[i+2].c == ')'
}

// opens reports whether an unclosed "(" is in tokens [lo, hi).
func (s *scanner) opens(lo, hi int) bool {
	depth := 0
	for i := lo; i < hi; i++ {
		if s.toks[i].kind == tPunct {
			switch s.toks[i].c {
			case '(':
				depth++
			case ')':
				if depth > 0 {
					depth--
				}
			}
		}
	}
	return depth > 0
}

// try parses tokens [lo, hi) of the run as a citation that points at its
// documents.
func (s *scanner) try(lo, hi int) ([]Ref, bool) {
	p := s.trial
	p.parserState = parserState{in: s.text, quiet: true, toks: s.toks[lo:hi], ntok: hi - lo}
	if err := p.read(); err != nil {
		return nil, false
	}
	refs, err := p.list(s.refs[:0], Any)
	if err != nil || !p.anchored(refs) && !(s.strict && s.clear(lo, hi, false)) {
		return nil, false
	}
	s.refs = refs
	return refs, true
}

// anchored reports whether a parser read from running text points at the
// documents it names (see [Scan]).
func (p *parser) anchored(refs []Ref) bool {
	if p.bareYears > 1 && !p.enumYears {
		return false // "2015 UN GGE Report and the 2015": the second is another's
	}
	if p.nsyms > 0 || p.unit == uNorm && p.nlabs > 0 && p.labs[0].from.letter != 0 {
		return true
	}
	// A whole list of norms named by its unit, in lower case, and the body
	// that agreed it alone: "the agreed United Nations' (UN) cyber norms",
	// "the 11 UN norms" ("11 UN Cyber Norms" is a name of something else;
	// "norms of responsible State behaviour" names no body).
	if p.unitSet && p.unitPl && p.unit == uNorm && p.nlabs == 0 && p.nwords > 0 && p.nyears == 0 && !p.distinct &&
		len(refs) > 1 && refs[0].kind == KindItem && !capitalised(p.text(p.unitAt)) && p.namesBefore(p.unitAt) {
		return true
	}
	// One word alone names a document only as an acronym written in
	// capitals ("CNI"): a word of a name is often a common word ("call",
	// "cybercrime", "Cybercrime" in another body's name).
	if w, ok := p.oneWord(); ok && p.nlabs == 0 && !acronym(w) {
		return false
	}
	for k, r := range refs {
		if k > 0 && r.doc == refs[k-1].doc {
			continue
		}
		d := uint16(r.DocIndex())
		strong, title, caps, kind, generic := false, false, 0, false, false
		doc := &docs[d]
		for k := 0; k < p.nyears; k++ {
			if p.years[k] == doc.Year {
				caps++ // a matching year counts as a capitalised word
			}
		}
		for _, t := range p.toks[:p.ntok] {
			e := p.nameOf(t)
			if e == nil {
				continue
			}
			if hasDoc(e.Strong, d) {
				strong = true
			}
			if hasDoc(e.Title, d) {
				title = true
				if c := p.in[t.start]; c >= 'A' && c <= 'Z' {
					caps++
				}
				if kindWord(doc.Kind, p.in[t.start:t.end]) {
					kind = true
				}
				if e.Plain && t.kw == 0 {
					generic = true // a generic word of its title: "rapports"
				}
			}
		}
		// Several documents named by their years and kind: "the 2010, 2013
		// and 2015 reports", "rapports de 2010, 2013 et 2015".
		if p.enumYears && (kind || generic) && caps > 0 {
			continue
		}
		// Three capitalised words of its title are a citation if one is the
		// document's kind ("Joint Communiqué of the G7 Foreign Ministers
		// Meeting"); without it, four ("Combating the Use of the
		// Internet"): "Responsible State Behaviour" is no citation.
		if !(strong && (title || p.nlabs > 0) || caps >= 4 || caps >= 3 && kind) {
			return false
		}
	}
	return true
}

// nameOf returns the index entry of a word of a name, or of the word whose
// plural it is ("rapports"), or nil.
func (p *parser) nameOf(t token) *posting {
	if t.post != 0 {
		return &index[t.post-1]
	}
	if s := p.text(t); t.kind == tWord && t.kw == 0 && len(s) > 3 && (s[len(s)-1] == 's' || s[len(s)-1] == 'S') {
		if e := lookupWord(s[:len(s)-1]); e != nil && !e.Sym {
			return e
		}
	}
	return nil
}

// namesBefore reports whether every word of a name in the parser comes
// before token u: "UN norms", not "the norms at the UN".
func (p *parser) namesBefore(u token) bool {
	for _, t := range p.toks[:p.ntok] {
		if t.post != 0 && t.kw == 0 && t.start > u.start {
			return false
		}
	}
	return true
}

func hasDoc(ds []uint16, d uint16) bool {
	for _, x := range ds {
		if x == d {
			return true
		}
	}
	return false
}

func (s *scanner) emit(start, end int, refs []Ref) {
	s.refs = refs
	if !s.yield(Match{Start: start, End: end, Refs: refs}) {
		s.stop = true
	}
}

// kindWord reports whether w, folded, is a word of the kind ("chair's
// report": "chair", "report").
func kindWord(kind, w string) bool {
	for len(kind) > 0 {
		i := 0
		for i < len(kind) && kind[i] != ' ' && kind[i] != '\'' {
			i++
		}
		if i > 0 && compareFolded(w, kind[:i]) == 0 {
			return true
		}
		for i < len(kind) && (kind[i] == ' ' || kind[i] == '\'' || kind[i] == 's' && i > 0 && kind[i-1] == '\'') {
			i++
		}
		kind = kind[i:]
	}
	return false
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// oneWord returns the parser's word, if it holds only one word that is not
// a filler, a conjunction or a month.
func (p *parser) oneWord() (string, bool) {
	w, n := "", 0
	for _, t := range p.toks[:p.ntok] {
		if t.kind != tWord {
			continue
		}
		if t.kw != 0 {
			switch keywords[t.kw-1].class {
			case kFiller, kQualifier, kAnd, kOr, kTo, kMonth:
				continue
			}
		}
		w, n = p.in[t.start:t.end], n+1
	}
	return w, n == 1
}

// acronym reports whether w is written as an acronym: two or more
// capital ASCII letters or digits, a letter first ("CNI", "G7").
func acronym(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if c := w[i]; !(c >= 'A' && c <= 'Z' || isDigit(c)) {
			return false
		}
	}
	return true
}

// ScanStrict is [Scan] for a checker of the citations in a text, such as
// normvet: it yields only what clearly tries to cite an item of a list of
// the corpus, and yields it whether or not it names one, with the reason
// (Err) when it does not. So that a checker reports no false alarm, a
// stretch of Scan's runs is yielded when it holds:
//
//   - a word that points at one document with a list: a word of its short
//     name but the year and "G7" ("UN", "GGE", "Lucca", "G20"), or its
//     symbol ("A/70/174"); or a misspelling of one of five letters or more,
//     a letter off, or two in a word of six letters or more that begins
//     alike ("Luca", "Dinrad"), which Scan passes over;
//   - a label after a unit, or a number with a letter ("item 13", "13(l)"),
//     and one only if the stretch names nothing; a name after the label is
//     tied to it by "of" or "in" ("norm 6 of the Lucca Declaration");
//   - no year but that of a document of the corpus ("Paris 2024 item 3" is
//     passed over).
//
// The UN GGE's own form "norm 13(l)" needs no name, unless a word right
// before it qualifies it ("L2 norm 13(f)"). A stretch that names nothing
// holds one unit at most ("the UN GGE norms, item 12 the G20 norm" is
// none), and it is passed over when its words and year point only at
// documents without a list ("UN GGE 2010 para. 7" cites a paragraph). A
// machine ID of a known document ("UNGGE2015/13l") is always yielded. The
// cost is Scan's, and a few distances for each word the corpus lacks.
func ScanStrict(text string) iter.Seq[Match] {
	return func(yield func(Match) bool) { scanText(text, true, yield) }
}

// explainStrict is explain for ScanStrict: the stretch from token lo runs
// to the next label's "and", "or" or comma, or else to the end of the run;
// it is yielded with its reason if it clearly tries to cite an item.
func (s *scanner) explainStrict(lo, n int) (int, bool) {
	hi, first := n, -1
	for i := lo; i < n; i++ {
		end := s.labelEnd(lo, i, n)
		if end == 0 {
			continue
		}
		if first >= 0 {
			hi = first
			for j := first; j < i; j++ {
				if t := s.toks[j]; t.cls == kAnd || t.cls == kOr || t.kind == tPunct && (t.c == ',' || t.c == ';') {
					hi = j
					break
				}
			}
			break
		}
		first = end
		i = end - 1
	}
	a, b := s.trim(lo, hi)
	if a >= b {
		return hi, true
	}
	err := s.why(a, b)
	if err == nil {
		return 0, false // a citation, left to longest
	}
	if s.clear(a, b, true) {
		s.emitErr(int(s.toks[a].start), int(s.toks[b-1].end), err)
	}
	return hi, true
}

// A shape is what ScanStrict weighs in a stretch of tokens.
type shape struct {
	named    bool   // a word that points at a document with a list, or a misspelling of one
	norm     bool   // the unit "norm"
	labels   int    // labels
	units    int    // units and marks
	unitless bool   // the first label is neither after a unit nor a number with a letter
	untied   bool   // the first name follows the first label without "of" or "in" between
	badYear  bool   // a year of no document of the corpus
	cands    docset // the documents its words of names and years point at
}

// shape weighs tokens [lo, hi).
func (s *scanner) shape(lo, hi int) shape {
	var sh shape
	sh.cands.fill()
	tied := false
	for i := lo; i < hi; i++ {
		t := s.toks[i]
		if s.named(t) {
			sh.untied = sh.untied || !sh.named && sh.labels > 0 && !tied
			sh.named = true
		}
		if w := s.text[t.start:t.end]; t.kind == tWord && (equalFoldASCII(w, "of") || equalFoldASCII(w, "in")) {
			tied = true
		}
		if end := s.labelEnd(lo, i, hi); end > 0 {
			if sh.labels == 0 {
				sh.unitless = end-i != 4 && !s.afterUnit(lo, i) // "13(f)" needs none
			}
			sh.labels++
			i = end - 1
			continue
		}
		switch {
		case t.kind == tMark || t.cls == kUnit || t.cls == kUnits:
			sh.units++
			sh.norm = sh.norm || t.kind != tMark && keywords[t.kw-1].val == uNorm
		case t.kind == tNum:
			// A year: labelEnd takes other numbers.
			var years docset
			for d := range docs {
				if int(t.val) == docs[d].Year {
					years.add(d)
				}
			}
			sh.badYear = sh.badYear || years.empty()
			sh.cands.and(&years)
		case t.post != 0 && t.kw == 0:
			var w docset
			w.setOf(&index[t.post-1])
			sh.cands.and(&w)
		}
	}
	return sh
}

// labelEnd returns the end of the label that begins at token i of the
// stretch [lo, hi), or 0: a number that is not a year ("13"), a number with
// a letter ("13f", "13(f)"), a letter in parentheses ("(f)"), or a letter
// after a unit ("norm f").
func (s *scanner) labelEnd(lo, i, hi int) int {
	t := s.toks[i]
	paren := func(j int) bool { // "(x)" at j
		return j+2 < hi && s.toks[j].kind == tPunct && s.toks[j].c == '(' && s.toks[j+1].kind == tWord &&
			s.toks[j+1].end-s.toks[j+1].start == 1 && s.toks[j+2].kind == tPunct && s.toks[j+2].c == ')'
	}
	switch {
	case t.kind == tNum && t.end-t.start == 4 && t.val >= 1900 && t.val < 2100 && !s.afterUnit(lo, i):
		return 0 // a year
	case t.kind == tNum && paren(i+1):
		return i + 4
	case t.kind == tNum || t.kind == tBare:
		return i + 1
	case paren(i) && !(i > lo && s.toks[i-1].kind == tNum):
		return i + 3
	case t.kind == tWord && t.end-t.start == 1 && t.kw == 0 && s.afterUnit(lo, i):
		return i + 1
	}
	return 0
}

// afterUnit reports whether token i of a stretch that begins at lo follows
// a unit or a mark, over a full stop ("para. 6").
func (s *scanner) afterUnit(lo, i int) bool {
	if i > lo && s.toks[i-1].kind == tPunct && s.toks[i-1].c == '.' {
		i--
	}
	if i <= lo {
		return false
	}
	t := s.toks[i-1]
	return t.kind == tMark || t.cls == kUnit || t.cls == kUnits
}

// clear reports whether tokens [lo, hi) clearly try to cite an item (see
// [ScanStrict]); failed says that they name nothing.
func (s *scanner) clear(lo, hi int, failed bool) bool {
	sh := s.shape(lo, hi)
	if sh.labels == 0 || sh.badYear || sh.unitless || sh.untied || failed && (sh.labels > 1 || sh.units > 1) {
		return false
	}
	if !sh.named {
		// "norm 13(l)", the UN GGE's form, unqualified.
		t := s.toks[lo]
		return hi-lo == 5 && sh.norm && t.kind == tWord && s.toks[lo+1].val == 13 && !s.qualified(lo)
	}
	if failed && !sh.cands.empty() {
		// Words of names and a year that point only at documents without
		// a list cite a paragraph: "UN GGE 2010 para. 7".
		for d := sh.cands.next(0); d >= 0; d = sh.cands.next(d + 1) {
			if docs[d].List.Kind != "" {
				return true
			}
		}
		return false
	}
	return true
}

// qualified reports whether a word or number stands right before token lo,
// not a filler, with only spaces between: "L2" of "L2 norm 13(f)".
func (s *scanner) qualified(lo int) bool {
	p := s.before
	if lo > 0 {
		p = s.toks[lo-1]
	}
	switch p.kind {
	case tWord, tNum, tBare, tSym, tOrd, tDotted:
	default:
		return false
	}
	if s.edge(p) || p.end > s.toks[lo].start {
		return false
	}
	for _, c := range []byte(s.text[p.end:s.toks[lo].start]) {
		if c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}

// named reports whether t points at one document with a list (see
// [ScanStrict]), or misspells such a word.
func (s *scanner) named(t token) bool {
	if t.post == 0 {
		return s.nearMiss(t) != ""
	}
	e := &index[t.post-1]
	for _, d := range e.Docs {
		doc := &docs[d]
		if doc.List.Kind == "" {
			continue
		}
		if e.Sym && compareToFolded(doc.Symbol, e.Word) == 0 || !e.Sym && (e.Word == "gge" || e.Word == "ungge") {
			return true
		}
		for _, w := range doc.ShortWords {
			if w == e.Word && w != "g7" && !isYearWord(w) {
				return true
			}
		}
	}
	return false
}

// nearMiss returns the word of a short name that t misspells (see
// [NearMiss]), or "".
func (s *scanner) nearMiss(t token) string {
	if t.kind != tWord || t.kw != 0 || t.post != 0 || t.dotted {
		return ""
	}
	return NearMiss(s.text[t.start:t.end])
}

// NearMiss returns the word of the short name of a document with a list
// that w misspells ("lucca" for "Luca", "dinard" for "Dinrad"), or "" if
// there is none or w is a word of the corpus's names or grammar: w is a
// letter off a word of five letters or more, or two letters off one that
// begins alike in a word of six letters or more.
func NearMiss(w string) string {
	if len(w) < 4 || len(w) > 16 || lookupWord(w) != nil || keywordIndex(w) >= 0 {
		return ""
	}
	var b [16]byte
	for i := 0; i < len(w); i++ {
		if !isASCIILetter(w[i]) {
			return ""
		}
		b[i] = w[i] | 0x20
	}
	lw := string(b[:len(w)])
	for d := range docs {
		if docs[d].List.Kind == "" {
			continue
		}
		for _, x := range docs[d].Words {
			if len(x) < 5 || isYearWord(x) || x != "ungge" && !containsWord(docs[d].ShortWords, x) || len(lw)-len(x) > 2 || len(x)-len(lw) > 2 {
				continue
			}
			if k := words.Distance(lw, x); k == 1 || k == 2 && len(lw) >= 6 && lw[0] == x[0] {
				return x
			}
		}
	}
	return ""
}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// isYearWord reports whether w is four digits.
func isYearWord(w string) bool {
	return len(w) == 4 && isDigit(w[0]) && isDigit(w[1]) && isDigit(w[2]) && isDigit(w[3])
}
