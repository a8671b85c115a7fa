package cite

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cybernorms/cybernorms/internal/words"
)

// A citation copied from a real text often carries more than its core: a
// gloss after it ("UN GGE 2015 norm 13(b) — consider all relevant
// information", "Paris Call, principle 3 (election integrity)"), words the
// field puts around norms and reports that the grammar does not know ("the
// landmark 2015 report"), or a description in place of a label ("the GGE
// 2015 norm on supply chain integrity"). When the strict reading of a
// citation fails, readCore reads it as a careful reader does: it finds the
// core, sets aside what names nothing, matches a description against the
// items it could describe, and accepts the answer only where nothing set
// aside could change what is named. What it sets aside is reported
// ([Aside]), so that a strict caller can refuse it.
//
// It never sets aside a number, a symbol, a year or a date, a unit with
// its label or a mark: those say what is named, and a citation whose core
// cannot take them fails. An unknown word written as a proper name (an
// acronym such as "SEC" or "OSCE", or a capitalised word amid lower-case
// words, such as "Biarritz" in "the G7 Biarritz summit communiqué") names
// something else, and fails the citation too. A citation whose core names
// no document but by a lettered label ("norm 13(d)") takes a gloss after a
// separator only, never a word before the label ("SEC Form 13(f)").

// A Span is a part of a citation, by byte offsets in the citation as given.
type Span struct{ Start, End int }

// maxAside is the most spans an Aside holds; further parts set aside are
// merged into its last span.
const maxAside = 8

// Aside lists the parts of a citation that its reading set aside as naming
// nothing of what it cites: glosses and words the grammar does not know.
// The zero Aside is empty.
type Aside struct {
	n     int
	spans [maxAside]Span
}

// Len returns the number of spans set aside.
func (a *Aside) Len() int { return a.n }

// At returns the i-th span set aside, in the order of the citation.
func (a *Aside) At(i int) Span { return a.spans[i] }

// add records s, merged with the last span where only spaces separate
// them in the input in.
func (a *Aside) add(in string, s Span) {
	if a.n > 0 {
		last := &a.spans[a.n-1]
		if strings.TrimSpace(in[last.End:s.Start]) == "" || a.n == maxAside {
			last.End = s.End
			return
		}
	}
	a.spans[a.n] = s
	a.n++
}

// shift moves the spans by off bytes: from the trimmed input to the input
// as given.
func (a *Aside) shift(off int) {
	for i := range a.n {
		a.spans[i].Start += off
		a.spans[i].End += off
	}
}

// The marks readCore gives tokens.
const (
	mKeep     = iota
	mGloss    // part of a gloss: set aside
	mUnknown  // a word the grammar does not know: set aside
	mDescribe // a word of a description of an item: matched against the items
	mQualify  // words around a whole list ("the norms of responsible State behaviour"): set aside
)

// ReadRef reads a citation of one document, item or paragraph as
// [ParseRef] does; where the strict reading fails, it reads the core of
// the citation amid glosses, qualifiers and descriptions (see the package
// documentation), and returns what it set aside.
func ReadRef(s string, mode Mode) (Ref, Aside, error) {
	var a Aside
	r, err := readRef(s, mode, &a)
	return r, a, err
}

// readRef is ReadRef, writing what it sets aside to a, or to nothing when
// a is nil: ParseRef, which returns no Aside, copies none.
func readRef(s string, mode Mode, a *Aside) (Ref, error) {
	in := strings.TrimSpace(s)
	if len(in) > MaxLen {
		return Ref{}, errorf("", "a citation of %d bytes; the longest read is %d", len(in), MaxLen)
	}
	if r, ok, err := parseID(in, mode); ok {
		return r, err
	}
	return readWords(s, in, mode, a)
}

// readWords is readRef for a citation in words, in (s trimmed), apart so
// that an ID's reading does not pay for the parser's frame.
func readWords(s, in string, mode Mode, a *Aside) (Ref, error) {
	p := newParser()
	defer p.free()
	if err := p.init(in); err != nil {
		return Ref{}, err
	}
	if p.forced == 0 {
		if err := p.lex(); err != nil {
			return Ref{}, err
		}
	}
	// The strict reading first, quietly where a core may be read after it:
	// its error is built only if nothing reads.
	n, loose := p.ntok, p.forced == 0
	p.quiet = loose
	if err := p.read(); err == nil {
		if r, err := p.single(mode); err == nil {
			r.lang = p.langOf(r.DocIndex())
			return r, nil
		} else if !loose {
			return Ref{}, err
		}
	} else if !loose {
		return Ref{}, err
	}
	r, core, err := p.readCore(mode)
	switch {
	case err == nil:
		if a != nil {
			*a = core
			a.shift(leadingSpace(s))
		}
		return r, nil
	case err != errNoCore:
		return Ref{}, err
	}
	p.restart(n, false)
	if err := p.read(); err != nil {
		return Ref{}, err
	}
	_, err = p.single(mode)
	return Ref{}, err
}

// leadingSpace returns the length of the white space that begins s, as
// strings.TrimSpace trims it.
func leadingSpace(s string) int {
	return len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
}

// errNoCore says that readCore found no reading: the caller reports the
// strict reading's error.
var errNoCore = &Error{Msg: "no core"}

// An attempt is one way readCore marks what a core leaves out; it tries
// them in order and takes the first core that reads.
type attempt struct {
	quotes  bool // quoted runs may be glosses
	shorten int  // a description or qualifier ends this many of its possible ends early
	cut     int  // >0: every token from cut on is a gloss
}

// maxShorten is the most ends of a description readCore tries, from the
// longest.
const maxShorten = 6

// maxCuts is the most places readCore tries to cut a trailing gloss that
// no separator introduces ("the Budapest Convention as a key tool for
// combating cybercrime").
const maxCuts = 6

// cores calls try with each core of the parser's citation in turn, the
// tokens reset and marked for it, and returns what the first core that try
// accepts set aside; or errNoCore, or the first error of a description
// (which says more than the strict reading's error).
func (p *parser) cores(try func(unknown bool, desc *descWords) (int, error)) (Aside, error) {
	n := p.ntok
	var orig []token
	if p.buf != nil {
		orig = p.buf.orig[:n] // room in the parse's buffer: no allocation
	} else {
		orig = make([]token, n)
	}
	copy(orig, p.toks[:n])
	in, buf, quiet := p.in, p.buf, p.quiet
	reset := func() {
		copy(p.toks, orig)
		p.parserState = parserState{in: in, toks: p.toks, buf: buf, ntok: n, quiet: quiet}
	}
	var all [2 + maxShorten + maxCuts]attempt
	attempts := append(all[:0], attempt{}, attempt{quotes: true})
	for k := 1; k <= maxShorten; k++ {
		attempts = append(attempts, attempt{quotes: true, shorten: k})
	}
	for k, cuts := n-1, 0; k > 0 && cuts < maxCuts; k-- {
		if p.cutsGloss(orig, k) {
			attempts = append(attempts, attempt{quotes: true, cut: k})
			cuts++
		}
	}
	var first error
	for _, at := range attempts {
		if at.cut > 0 && first != nil {
			break // a description fitted several items or none: no gloss cut off makes it fit one
		}
		reset()
		var a Aside
		var desc descWords
		ok, unknown, mid := p.markCore(at, &a, &desc)
		if !ok {
			continue
		}
		d, err := try(unknown, &desc)
		if err == nil && (at.cut > 0 && !namesOnly(orig[at.cut:], d) || !namesOnly(orig[mid[0]:mid[1]], d)) {
			err = errNoCore
		}
		if err == nil {
			return a, nil
		}
		if err != errNoCore && first == nil {
			first = err
		}
	}
	reset()
	if first == nil {
		first = errNoCore
	}
	return Aside{}, first
}

// cutsGloss reports whether the tokens from k on may be a gloss that no
// separator introduces: they begin with a word of two letters or more in
// lower case that is no unit or other word of the grammar's structure, and
// hold only words and punctuation (no label's letter in parentheses).
// Names of documents in them are checked once the core is read (see
// cores).
func (p *parser) cutsGloss(toks []token, k int) bool {
	t := toks[k]
	if t.kind != tWord || t.end-t.start < 2 || p.in[t.start] < 'a' || p.in[t.start] > 'z' {
		return false
	}
	if t.kw != 0 && t.cls != kFiller && t.cls != kQualifier {
		return false
	}
	if t.post != 0 && index[t.post-1].Event {
		return false // "the Toronto summit" names a meeting, not the report it published
	}
	for i := k; i < len(toks); i++ {
		t := toks[i]
		if !inert(t) && !unitAlone(toks, i) || t.cls == kKind || t.kind == tWord && acronym(p.text(t)) {
			return false // a kind of document or an acronym names something else
		}
		if t.post != 0 && t.kw == 0 && index[t.post-1].Plain && len(index[t.post-1].Title) > 0 {
			return false // a kind of the documents: "the Toronto communiqué" is not the chair's report
		}
		if p.titlePhrase(toks, i) {
			return false // "for Third Party Cyber Risk Management": another document's title
		}
		if toks[i].kind == tPunct && toks[i].c == '(' && i+2 < len(toks) && toks[i+2].kind == tPunct && toks[i+2].c == ')' {
			return false
		}
	}
	return true
}

// inSubject reports whether token i stands in the subject of a title: after
// a word of a document's name and "on" ("the Dinard declaration on gender
// equality", "G7 Declaration on Non-Proliferation and Disarmament"), with
// only words between. Such words say which document of a meeting or a
// series is cited, and are never set aside: they name another document
// than the one whose name comes before "on". A unit's description stays a
// description ("the GGE 2015 norm on supply chain integrity"), and a gloss
// a gloss ("Norm 13(d), cooperation on terrorist use of ICTs").
func (p *parser) inSubject(toks []token, mark []uint8, i int) bool {
	for j := i - 1; j > 0; j-- {
		t := toks[j]
		if t.kind == tPunct && (t.c == '-' || t.c == '\'') && !t.space {
			continue
		}
		if t.kind != tWord {
			return false
		}
		if p.subjectAt(toks, j) {
			return mark[j-1] == mKeep // of the core, not of a gloss: "norm 13(d), cooperation on terrorist use"
		}
	}
	return false
}

// subjectAt reports whether the subject of a title begins at token j: "on"
// (in French "sur", "concernant") after a word of a document's name, or
// after a plural unit: "the 2015 GGE report's recommendations on
// confidence-building measures" are not its norms.
func (p *parser) subjectAt(toks []token, j int) bool {
	t := toks[j]
	if j == 0 || t.cls != kFiller {
		return false
	}
	if w := p.text(t); !equalFoldASCII(w, "on") && !equalFoldASCII(w, "sur") && !equalFoldASCII(w, "concernant") {
		return false
	}
	prev := toks[j-1]
	return prev.kind == tWord && (prev.post != 0 && prev.kw == 0 || prev.cls == kUnits)
}

// namesOnly reports whether every proper name and every word documents are
// known by in prose among toks is a name of document d: a gloss cut off
// after a core may speak of the document cited ("the Budapest Convention
// as a key tool for combating cybercrime"), not of another.
func namesOnly(toks []token, d int) bool {
	for _, t := range toks {
		if t.post == 0 || t.kw != 0 {
			continue
		}
		if e := &index[t.post-1]; (e.Proper || len(e.Strong) > 0) && !sortedHas(e.Docs, uint16(d)) {
			return false
		}
	}
	return true
}

// readCore reads the core of the parser's citation, whose strict reading
// failed, and returns what it names and what it set aside; errNoCore if it
// finds none, or the error of a description that fits several items or
// none.
func (p *parser) readCore(mode Mode) (Ref, Aside, error) {
	var r Ref
	a, err := p.cores(func(unknown bool, desc *descWords) (int, error) {
		if !p.coreReads(unknown, desc) {
			return -1, errNoCore
		}
		var err error
		if desc.n > 0 {
			r, err = p.described(mode, desc)
		} else if r, err = p.single(mode); err != nil {
			err = errNoCore
		}
		if err == nil {
			r.lang = p.langOf(r.DocIndex())
		}
		return r.DocIndex(), err
	})
	return r, a, err
}

// readListCore is readCore for a citation that may name several things.
func (p *parser) readListCore(dst []Ref, mode Mode) ([]Ref, Aside, error) {
	out := dst
	a, err := p.cores(func(unknown bool, desc *descWords) (int, error) {
		if !p.coreReads(unknown, desc) {
			return -1, errNoCore
		}
		if desc.n > 0 {
			r, err := p.described(mode, desc)
			if err == nil {
				r.lang = p.langOf(r.DocIndex())
				out = append(dst, r)
			}
			return r.DocIndex(), err
		}
		var err error
		if out, err = p.list(dst, mode); err != nil || len(out) == len(dst) {
			out = dst
			return -1, errNoCore
		}
		return out[len(dst)].DocIndex(), nil
	})
	return out, a, err
}

// coreReads reads the marked core and reports whether it may name what it
// reads: a core that names no document but by a lettered label takes a
// gloss after it and nothing else ("norm 13(d), cooperation on terrorist use
// of ICTs", not "SEC Form 13(f)").
func (p *parser) coreReads(unknown bool, desc *descWords) bool {
	if err := p.read(); err != nil {
		return false
	}
	return p.named() || desc.n > 0 || !unknown && p.unit == uNorm
}

// maxDesc is the most words of a description.
const maxDesc = 12

// descWords are the words of a description, as spans of the input.
type descWords struct {
	n     int
	spans [maxDesc]Span
}

// markCore marks the tokens of the parser's citation that are set aside
// (glosses, unknown words, qualifiers of a whole list) or describe an item,
// records them in a and desc, keeps the other tokens as the parser's, and
// resets the parser to read them. It reports whether the core may be read
// (something was set aside or describes, and no unknown word it sets
// aside is written as a proper name of something else), and whether a
// word the grammar does not know was set aside outside a gloss.
func (p *parser) markCore(at attempt, a *Aside, desc *descWords) (ok, unknown bool, mid [2]int) {
	n := p.ntok
	var mark [maxTokens]uint8
	toks := p.toks[:n]
	if at.cut > 0 {
		for k := at.cut; k < n; k++ {
			mark[k] = mGloss
		}
	}
	mid = p.markGlosses(toks, mark[:n], at.quotes)
	for i, t := range toks {
		if mark[i] == mKeep && p.unknownWord(t) && !p.isNonQualifier(i) {
			mark[i] = mUnknown
		}
	}
	// A hyphen or apostrophe between two words set aside is theirs:
	// "non-binding", "so-called".
	for i := 1; i+1 < n; i++ {
		if mark[i] == mKeep && toks[i].kind == tPunct && (toks[i].c == '-' || toks[i].c == '\'') && !toks[i].space && !toks[i+1].space &&
			mark[i-1] == mUnknown && mark[i+1] == mUnknown {
			mark[i] = mUnknown
		}
	}
	if !p.markDescription(toks, mark[:n], at.shorten) {
		return false, false, mid
	}
	any := false
	for i := range toks {
		switch mark[i] {
		case mKeep:
			continue
		case mUnknown:
			if p.namesOther(toks, mark[:n], i) {
				return false, false, mid
			}
			unknown = true
		}
		if mark[i] != mDescribe && p.unknownWord(toks[i]) && p.inSubject(toks, mark[:n], i) {
			return false, false, mid // the subject of a title, or of a list of some items only
		}
		any = true
	}
	if !any {
		return false, false, mid
	}
	// Record what is set aside and what describes; keep the rest.
	k := 0
	for i, t := range toks {
		switch mark[i] {
		case mKeep:
			toks[k] = t
			k++
		case mDescribe:
			if desc.n < maxDesc {
				desc.spans[desc.n] = Span{int(t.start), int(t.end)}
				desc.n++
			}
		default:
			a.add(p.in, Span{int(t.start), int(t.end)})
		}
	}
	in, buf, quiet := p.in, p.buf, p.quiet
	p.parserState = parserState{in: in, toks: p.toks, buf: buf, ntok: k, quiet: quiet}
	return true, unknown, mid
}

// markGlosses marks the glosses of the tokens: a bracketed run of inert
// tokens ("(election integrity)"), a quoted one if quotes is set, and
// everything after the first separator (a comma, semicolon, colon or spaced
// dash) after which every token is inert or a count ("— consider all
// relevant information", "— 11 norms"). Inert tokens are words and
// punctuation: no number, symbol, year, mark or label. It also marks a
// gloss between commas that a participle begins and a date ends the
// citation after ("…, published at the G7 Foreign Ministers meeting in
// Toronto, April 23, 2018"), and returns its span, whose names the caller
// checks are the document's own; or an empty span.
func (p *parser) markGlosses(toks []token, mark []uint8, quotes bool) (mid [2]int) {
	n := len(toks)
	for i := 0; i < n; i++ {
		t := toks[i]
		if t.kind != tPunct || t.c != '(' && t.c != '[' && !(quotes && t.c == '"') {
			continue
		}
		closer := t.c
		switch t.c {
		case '(':
			closer = ')'
		case '[':
			closer = ']'
		}
		j := i + 1
		for j < n && !(toks[j].kind == tPunct && toks[j].c == closer) && inert(toks[j]) {
			j++
		}
		if j == n || j == i+1 || !(toks[j].kind == tPunct && toks[j].c == closer) {
			continue
		}
		// "(f)" is a label's letter, not a gloss.
		if j == i+2 && toks[i+1].kind == tWord && toks[i+1].end-toks[i+1].start == 1 {
			continue
		}
		for k := i; k <= j; k++ {
			mark[k] = mGloss
		}
		i = j
	}
	for i := 1; i < n; i++ {
		t := toks[i]
		sep := t.kind == tPunct && (t.c == ',' || t.c == ';' || t.c == ':' ||
			t.c == '-' && t.space && (i+1 == n || toks[i+1].space))
		if !sep || i+1 == n || p.subtitleAt(toks, i+1) {
			continue
		}
		all := true
		for k := i + 1; k < n && all; k++ {
			all = mark[k] == mGloss || inert(toks[k]) || unitAlone(toks, k) ||
				toks[k].kind == tNum && k+1 < n && toks[k+1].cls == kUnits || // a count: "— 11 norms"
				toks[k].cls == kUnits && k > 0 && toks[k-1].kind == tNum
		}
		if all {
			for k := i; k < n; k++ {
				mark[k] = mGloss
			}
			return mid
		}
		if j := p.glossBeforeDate(toks, i); j > 0 && mid[1] == 0 {
			for k := i; k < j; k++ {
				mark[k] = mGloss
			}
			mid = [2]int{i, j}
		}
	}
	return mid
}

// glossBeforeDate returns the comma that ends a gloss begun by a
// participle after the comma at token i, where a date after it ends the
// citation; or 0.
func (p *parser) glossBeforeDate(toks []token, i int) int {
	if toks[i].c != ',' || toks[i+1].kind != tWord || toks[i+1].kw != 0 || !participle(p.text(toks[i+1])) || p.in[toks[i+1].start] < 'a' || p.in[toks[i+1].start] > 'z' {
		return 0
	}
	for j := i + 2; j+1 < len(toks); j++ {
		switch t := toks[j]; {
		case t.kind == tPunct && t.c == ',':
			if n := p.date(j + 1); n > 0 && j+1+n == len(toks) {
				return j
			}
			return 0
		case !inert(t):
			return 0
		}
	}
	return 0
}

// inert reports whether a token may be part of a gloss: a word or a
// punctuation mark, not a number, symbol, mark or label, nor a word of the
// grammar's structure (a unit, a month, a treaty series, a session).
func inert(t token) bool {
	switch t.kind {
	case tWord:
		switch t.cls {
		case kMonth, kUnit, kUnits, kTreaty, kSession, kAgenda, kUnnumbered:
			return false
		}
		return true
	case tPunct, tBad:
		return true
	}
	return false
}

// unitAlone reports whether token i is a unit word with no number after
// it: a gloss may hold one ("— a declaration on common principles").
func unitAlone(toks []token, i int) bool {
	return (toks[i].cls == kUnit || toks[i].cls == kUnits) && (i+1 == len(toks) || toks[i+1].kind != tNum && toks[i+1].kind != tBare && toks[i+1].kind != tPunct)
}

// unknownWord reports whether a word token names nothing the grammar
// knows: no keyword, no word of a name, no plural of one, no letter of a
// label.
func (p *parser) unknownWord(t token) bool {
	if t.kind != tWord || t.kw != 0 || t.post != 0 || t.end-t.start == 1 {
		return false
	}
	s := p.text(t)
	if len(s) > 3 && (s[len(s)-1] == 's' || s[len(s)-1] == 'S') {
		if e := lookupWord(s[:len(s)-1]); e != nil && !e.Sym {
			return false
		}
	}
	return true
}

// namesOther reports whether the unknown word at i is written as the
// proper name of something else, or a misspelt name: an acronym (see
// acronym: "SEC", "OSCE", and with a plural "s", "CSIRTs"), or a
// capitalised word right next to a word of a document's name, a number or
// a symbol ("the G7 Biarritz summit communiqué", "the Luca Declaration";
// "Forum" in "lancé lors du Forum de Paris" stands among fillers).
func (p *parser) namesOther(toks []token, mark []uint8, i int) bool {
	s := p.text(toks[i])
	if acronym(s) || len(s) > 2 && s[len(s)-1] == 's' && acronym(s[:len(s)-1]) || p.titlePhrase(toks, i) || p.subtitleAt(toks, i) {
		return true
	}
	if !capitalised(s) {
		return false
	}
	name := func(j int) bool {
		if j < 0 || j >= len(toks) || mark[j] != mKeep {
			return false
		}
		t := toks[j]
		return t.kind == tWord && t.kw == 0 && t.post != 0 || t.kind == tNum || t.kind == tSym
	}
	// A name, number or symbol on its right ("Luca Declaration", "Luca
	// 2017"), or but for the first word on its left where no punctuation
	// ends it ("Group Undated, published at ..." begins a gloss).
	return name(i+1) || i > 0 && name(i-1) && !(i+1 < len(toks) && toks[i+1].kind == tPunct)
}

// titlePhrase reports whether token i is an unknown capitalised word right
// before another capitalised word that names no document: a title of
// something else ("Third Party Cyber Risk Management").
func (p *parser) titlePhrase(toks []token, i int) bool {
	if i+1 >= len(toks) || !p.unknownWord(toks[i]) || !capitalised(p.text(toks[i])) {
		return false
	}
	n := toks[i+1]
	return n.kind == tWord && (n.kw == 0 && n.post == 0 || n.cls == kQualifier) && capitalised(p.text(n))
}

// subtitleAt reports whether a subtitle begins at token i: a capitalised
// word of no document's name after a colon that ends a document's name
// with no unit or label ("the Cyber Norm Initiative: Synthesis of lessons
// learned and best practices" is another document). After a label, a
// colon introduces a gloss: "norm 13(b): Consider all relevant
// information".
func (p *parser) subtitleAt(toks []token, i int) bool {
	if i < 2 || toks[i-1].kind != tPunct || toks[i-1].c != ':' || !p.unknownWord(toks[i]) || !capitalised(p.text(toks[i])) {
		return false
	}
	for j, t := range toks[:i-1] {
		if t.cls == kUnits || t.kind == tMark || t.cls == kUnit && p.labelAfterUnitIn(toks, j) {
			return false // a unit of the "Cyber Norm Initiative" is its name's
		}
	}
	return true
}

// capitalised reports whether a word begins with a capital letter.
func capitalised(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// hasLower reports whether some word of four letters or more that is no
// word of the grammar is written in lower case: then the citation is not
// in title case, and a capitalised word is a name.
func (p *parser) hasLower(toks []token) bool {
	for _, t := range toks {
		if t.kind == tWord && t.end-t.start >= 4 && t.kw == 0 {
			if c := p.in[t.start]; c >= 'a' && c <= 'z' {
				return true
			}
		}
	}
	return false
}

// descLead are the words after which a unit is described: "the norm on
// supply chain integrity", "le principe sur la sécurité".
var descLead = [...]string{"on", "about", "concerning", "regarding", "relating", "against", "to", "sur", "relatif", "relative", "concernant"}

func (p *parser) isDescLead(t token) bool {
	if t.kind != tWord {
		return false
	}
	for _, w := range descLead {
		if equalFoldASCII(p.text(t), w) {
			return true
		}
	}
	return false
}

// markDescription marks the words that describe an item in place of its
// label: after a singular unit with no label and a word such as "on" ("the
// GGE 2015 norm on supply chain integrity", "the UN norm to “ensure the
// integrity of the supply chain”"), or right before it ("the supply chain
// norm"). After a plural unit with no label, such words, and "of" or "for"
// with them, qualify the whole list and are set aside ("the norms of
// responsible State behaviour"); after a unit and its label, they are a
// gloss ("principe 6 sur la sécurité du cycle de vie"). A description runs
// over words that point at no document (no proper name, no word a
// document is known by in prose) and the fillers and generic words
// between them, to one of its possible ends: a word that is neither
// filler nor generic. It runs to its last possible end, or, with shorten,
// to that many ends before; markDescription reports false when a run has
// fewer ends than that, so that the attempt is not made twice.
func (p *parser) markDescription(toks []token, mark []uint8, shorten int) bool {
	n := len(toks)
	lower := p.hasLower(toks)
	shortened := shorten == 0
	for u := 0; u < n; u++ {
		t := toks[u]
		if mark[u] != mKeep || t.cls != kUnit && t.cls != kUnits {
			continue
		}
		// A unit with its label, or after an ordinal ("the third
		// principle"), names its item: words after it are a gloss.
		labelled := p.labelAfterUnitIn(toks, u) || u > 0 && ordinalToken(p.in, toks[u-1])
		m := uint8(mDescribe)
		switch {
		case labelled:
			m = mGloss
		case t.cls == kUnits:
			m = mQualify
		}
		after := u + 1
		if labelled {
			after = p.labelEnd(toks, u)
		}
		// After: "norm on ...", and for a whole list "norms of ...".
		of := m == mQualify && after < n && toks[after].kind == tWord &&
			(equalFoldASCII(p.text(toks[after]), "of") || equalFoldASCII(p.text(toks[after]), "for"))
		if after < n && (p.isDescLead(toks[after]) || of) {
			j := after + 1
			if j < n && mark[j] == mGloss && toks[j].kind == tPunct && toks[j].c == '"' {
				// A quoted description: "to “ensure the integrity of the
				// supply chain”".
				for k := j; k < n && mark[k] == mGloss; k++ {
					mark[k] = mKeep
				}
			}
			var ends [maxShorten + 1]int
			nends := 0
			for ; j < n && mark[j] != mGloss; j++ {
				if !p.describing(toks[j], mark[j], lower) {
					break
				}
				if mark[j] == mUnknown || toks[j].kw == 0 && toks[j].post != 0 && !index[toks[j].post-1].Plain {
					if nends == len(ends) {
						copy(ends[:], ends[1:])
						nends--
					}
					ends[nends] = j
					nends++
				}
			}
			last := -1
			if nends > 0 {
				k := nends - 1
				if !shortened {
					k -= shorten
					shortened = true
				}
				if k < 0 {
					return false
				}
				last = ends[k]
			}
			for k := after; k <= last; k++ {
				if toks[k].kind == tPunct && toks[k].c == '"' {
					mark[k] = mGloss
				} else {
					mark[k] = m
				}
			}
		}
		if labelled {
			continue
		}
		// Before: "the supply chain norm". It begins with a word.
		first := -1
		for j := u - 1; j >= 0 && mark[j] != mGloss; j-- {
			if toks[j].kw != 0 || !p.describing(toks[j], mark[j], lower) || toks[j].post != 0 && index[toks[j].post-1].Plain {
				break
			}
			if toks[j].kind == tWord {
				first = j
			}
		}
		if first >= 0 {
			for k := first; k < u; k++ {
				mark[k] = m
			}
		}
	}
	return shortened
}

// ordinalToken reports whether t is an ordinal: "third", "3rd", "3e".
func ordinalToken(in string, t token) bool {
	return t.kind == tOrd || t.cls == kOrdWord || t.kind == tBare && in[t.end-1]|0x20 == 'e'
}

// labelEnd returns the index of the token after the label that follows the
// unit at u (see labelAfterUnitIn).
func (p *parser) labelEnd(toks []token, u int) int {
	j := u + 1
	if j < len(toks) && toks[j].kind == tPunct && toks[j].c == '.' {
		j++
	}
	switch {
	case j < len(toks) && toks[j].kind == tNum && j+3 < len(toks) && toks[j+1].kind == tPunct && toks[j+1].c == '(' && toks[j+3].kind == tPunct && toks[j+3].c == ')':
		return j + 4
	case j+2 < len(toks) && toks[j].kind == tPunct && toks[j].c == '(':
		return j + 3
	}
	return j + 1
}

// labelAfterUnitIn reports whether a label follows the unit at u.
func (p *parser) labelAfterUnitIn(toks []token, u int) bool {
	j := u + 1
	if j < len(toks) && toks[j].kind == tPunct && toks[j].c == '.' {
		j++
	}
	if j >= len(toks) {
		return false
	}
	switch t := toks[j]; t.kind {
	case tNum, tBare:
		return true
	case tPunct:
		return t.c == '(' && j+2 < len(toks) && toks[j+1].kind == tWord && toks[j+1].end-toks[j+1].start == 1
	case tWord:
		return t.end-t.start == 1 && (j+1 == len(toks) || toks[j+1].kind == tPunct)
	}
	return false
}

// describing reports whether a token may be a word of a description: an
// unknown word (not a capitalised one, a name, where the citation writes
// other words in lower case), a filler, a quotation mark, or a word of a
// name that is no proper name and not a word documents are known by in
// prose.
func (p *parser) describing(t token, mark uint8, lower bool) bool {
	if mark == mUnknown {
		return !lower || !capitalised(p.text(t))
	}
	if t.kind == tPunct {
		return t.c == '-' || t.c == '\'' || t.c == '"'
	}
	if t.kind != tWord {
		return false
	}
	if t.kw != 0 {
		return t.cls == kFiller || t.cls == kQualifier || t.cls == kAnd
	}
	if t.post == 0 {
		return false
	}
	e := &index[t.post-1]
	return !e.Proper && len(e.Strong) == 0 && !e.Sym
}

// described resolves a citation whose unit has a description in place of
// a label: the one item of the documents it names whose text or editorial
// title holds every word of the description (by stem: "protecting" is
// "protect"). Several fit: an ambiguity error that names them; none: an
// error that says so.
func (p *parser) described(mode Mode, desc *descWords) (Ref, error) {
	var stems [maxDesc]string
	var buf [maxDesc][64]byte
	ns := 0
	for k := 0; k < desc.n; k++ {
		sp := desc.spans[k]
		w := p.in[sp.Start:sp.End]
		if ki := keywordIndex(w); ki >= 0 || p.isDescLead(token{kind: tWord, start: int32(sp.Start), end: int32(sp.End)}) {
			continue // "on", "the", "of"
		}
		f := foldInto(buf[k][:0], w)
		if len(f) == 0 {
			continue
		}
		stems[ns] = words.Stem(string(f))
		ns++
	}
	if ns == 0 || !p.unitSet || p.unitPl || p.nlabs > 0 {
		return Ref{}, errNoCore
	}
	var cands docset
	if p.named() {
		cands = p.candidates(-1, -1)
		p.prefer(&cands, mode)
	} else {
		cands.fill()
	}
	var found [maxNamed + 1]Ref
	nfound := 0
	for d := cands.next(0); d >= 0; d = cands.next(d + 1) {
		doc := &docs[d]
		if !unitFits(doc, p.unit) {
			continue
		}
		for i, its := range doc.List.Stems {
			if !holdsAll(its, stems[:ns]) {
				continue
			}
			if nfound < len(found) {
				found[nfound] = Ref{doc: int16(d + 1), item: int16(i + 1), para: int16(doc.paraOfItem(i) + 1), kind: KindItem}
			}
			nfound++
		}
	}
	what := p.in[desc.spans[0].Start:desc.spans[desc.n-1].End]
	switch {
	case nfound == 1 && !p.named():
		return Ref{}, errorf(what, "which document? the description %s fits %s; name its document", quote(what), describe(found[0]))
	case nfound == 1:
		return found[0], nil
	case nfound == 0:
		return Ref{}, errorf(what, "no %s %s fits the description %s; cite it by its label", unitWords[p.unit], p.sourceName(&cands), quote(what))
	}
	var names []string
	for _, r := range found[:min(nfound, maxNamed)] {
		names = append(names, describe(r))
	}
	more := ""
	if nfound > maxNamed {
		more = " (and " + strconv.Itoa(nfound-maxNamed) + " more)"
	}
	return Ref{}, errorf(what, "ambiguous: the description %s fits %s%s; cite one by its label", quote(what), joinOr(names), more)
}

// sourceName names the documents a description was matched in: "of UN GGE
// 2015", or "of the corpus".
func (p *parser) sourceName(cands *docset) string {
	if cands.count() == 1 {
		return "of " + docs[cands.next(0)].Short
	}
	return "of the corpus"
}

// holdsAll reports whether the sorted stems hold every one of want.
func holdsAll(stems []string, want []string) bool {
	for _, w := range want {
		if _, ok := slices.BinarySearch(stems, w); !ok {
			return false
		}
	}
	return true
}

// foldInto appends the folded form of the word w to b.
func foldInto(b []byte, w string) []byte {
	for _, r := range w {
		b = utf8.AppendRune(b, fold(r))
	}
	return b
}
