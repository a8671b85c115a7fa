package cite

import (
	"strconv"
	"strings"
)

// ParseRef reads a citation of one document, item or paragraph and returns
// what it names. See the package documentation for the grammar. A citation
// that names several things ("norms 13(a)–(k)", "the GGE 2015 norms") fails
// with an error that points to [ParseList]. Where the strict reading fails,
// it reads the citation's core amid glosses and descriptions, as [ReadRef]
// does. ParseRef does not allocate unless the strict reading fails.
func ParseRef(s string, mode Mode) (Ref, error) { return readRef(s, mode, nil) }

// langOf returns 1 + the index of the language version of document d that
// the parser's words name, or 0: some word of the parser (a word of a name
// or a unit) is of the version's names only, and none of the primary's
// only.
func (p *parser) langOf(d int) uint8 {
	if d < 0 || len(docs[d].Versions) == 0 {
		return 0
	}
	for vi := range docs[d].Versions {
		v := &docs[d].Versions[vi]
		own := false
		for _, t := range p.toks[:p.ntok] {
			if t.kind != tWord {
				continue
			}
			w := p.in[t.start:t.end]
			if hasFold(v.Lacks, w) {
				own = false
				break
			}
			if hasFold(v.Words, w) {
				own = true
			}
		}
		if own {
			return uint8(vi + 1)
		}
	}
	return 0
}

// hasFold reports whether the sorted folded list holds the folded s.
func hasFold(sorted []string, s string) bool {
	lo, hi := 0, len(sorted)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if compareToFolded(s, sorted[m]) > 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(sorted) && compareToFolded(s, sorted[lo]) == 0
}

// init trims the input, reads a LaTeX pinpoint ("\cite[para.~13(f)]{UNGGE2015}")
// and lexes.
func (p *parser) init(s string) *Error {
	in := strings.TrimSpace(s)
	if in == "" {
		return p.errorf("", "empty citation")
	}
	if len(in) > MaxLen {
		return p.errorf("", "a citation of %d bytes; the longest read is %d", len(in), MaxLen)
	}
	p.in = in
	if strings.HasPrefix(in, `\cite[`) && strings.HasSuffix(in, "}") {
		pin, key, ok := strings.Cut(in[len(`\cite[`):len(in)-1], "]{")
		if len(pin) > 1 && pin[0] == '{' && pin[len(pin)-1] == '}' {
			pin = pin[1 : len(pin)-1] // a braced pin: "{principle~[4]}"
		}
		d := lookupIndex(key)
		if !ok || d < 0 {
			return p.errorf(in, "%s is not a \\cite of a document of the corpus", quote(in))
		}
		p.forced = d + 1
		p.in = pin
		if err := p.lex(); err != nil {
			return err
		}
	}
	return nil
}

// lookupIndex returns the index in docs of the document with the ID, in
// any case, or -1.
func lookupIndex(id string) int {
	if i := lookupExact(id); i >= 0 {
		return i
	}
	// In any case: a binary search of foldedIDs, comparing in lower case.
	lo, hi := 0, len(foldedIDs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if compareFolded(docs[foldedIDs[m]].ID, id) < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(foldedIDs) && compareFolded(docs[foldedIDs[lo]].ID, id) == 0 {
		return int(foldedIDs[lo])
	}
	return -1
}

// lookupExact returns the index in docs of the document with the ID id,
// exactly, or -1: a binary search, docs being sorted by ID, written out
// (sort.Search's closure cost an ID's parse 10 ns, a tenth).
func lookupExact(id string) int {
	lo, hi := 0, len(docs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if docs[m].ID < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(docs) && docs[lo].ID == id {
		return lo
	}
	return -1
}

// parseID reads a machine ID: "Lucca2017", "UNGGE2015/13f", "Toronto2018/7",
// "Lucca2017/p3". It reports ok when the input has the shape of an ID of a
// known document.
func parseID(in string, mode Mode) (Ref, bool, error) {
	for i := 0; i < len(in); i++ {
		if c := in[i]; c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			return Ref{}, false, nil
		}
	}
	docID, local, hasLocal := strings.Cut(in, "/")
	di := lookupIndex(docID)
	var lang uint8
	if di < 0 {
		// A language version's ID: the document's, a full stop and the
		// version's BCP 47 tag, "ParisCall2018.fr" (as its data file and
		// its web page are named).
		base, tag, ok := strings.Cut(docID, ".")
		if di = lookupIndex(base); !ok || di < 0 {
			return Ref{}, false, nil
		}
		if lang = versionOf(&docs[di], tag); lang == 0 {
			return Ref{}, true, errorf(tag, "%s has no version in %s; the corpus holds it in %s", docs[di].ID, quote(tag), versionTags(&docs[di]))
		}
	}
	r, ok, err := parseLocal(di, in, local, hasLocal, mode)
	r.lang = lang
	return r, ok, err
}

// versionOf returns 1 + the index of the document's language version with
// the BCP 47 tag, in any case, or 0.
func versionOf(d *Doc, tag string) uint8 {
	for i, v := range d.Versions {
		if strings.EqualFold(v.Lang, tag) {
			return uint8(i + 1)
		}
	}
	return 0
}

// versionTags lists the document's languages with the IDs of its versions:
// `en (ParisCall2018), fr (ParisCall2018.fr)`.
func versionTags(d *Doc) string {
	tags := []string{d.Lang + " (" + d.ID + ")"}
	for _, v := range d.Versions {
		tags = append(tags, v.Lang+" ("+d.ID+"."+v.Lang+")")
	}
	return strings.Join(tags, ", ")
}

// parseLocal reads the part of an ID after the document's, in document di.
func parseLocal(di int, in, local string, hasLocal bool, mode Mode) (Ref, bool, error) {
	d := &docs[di]
	if !hasLocal {
		if mode == Norm {
			return Ref{}, true, errorf(in, "%s is the ID of a document, not of a norm; a norm's ID is the document's, a slash and the item's label, as in %q", d.ID, d.ID+"/"+firstLocal(d))
		}
		return docRef(di), true, nil
	}
	var r Ref
	if len(local) > 1 && (local[0] == 'p' || local[0] == 'P') && isDigit(local[1]) {
		n := 0
		for i := 1; i < len(local); i++ {
			if !isDigit(local[i]) || i > 6 {
				return Ref{}, true, errorf(local, "%s is not a paragraph's place; it is written p and a number, as in %q", quote(local), d.ID+"/p1")
			}
			n = n*10 + int(local[i]-'0')
		}
		if local[1] == '0' || n > len(d.Paras) {
			return Ref{}, true, errorf(local, "%s has %d paragraphs; there is no paragraph %s", d.Short, len(d.Paras), quote(local))
		}
		r = Ref{doc: int16(di + 1), para: int16(n), item: int16(d.Paras[n-1].Item), kind: KindParagraph}
	} else {
		found := false
		for i, l := range d.List.Labels {
			if eqLocal(l, local) {
				r, found = Ref{doc: int16(di + 1), item: int16(i + 1), kind: KindItem}, true
				r.para = int16(d.paraOfItem(i) + 1)
				break
			}
		}
		if !found {
			for i, pa := range d.Paras {
				if pa.Label != "" && eqLocal(pa.Label, local) {
					r, found = Ref{doc: int16(di + 1), para: int16(i + 1), item: int16(pa.Item), kind: KindParagraph}, true
					break
				}
			}
		}
		if !found {
			if mode == Norm && d.List.Kind == "" {
				return Ref{}, true, errorf(in, "%s has no list of norms", d.Short)
			}
			return Ref{}, true, errorf(local, "%s has no item %s", d.Short, quote(local))
		}
	}
	if mode == Norm && r.item == 0 {
		return Ref{}, true, errorf(local, "%s names a paragraph of %s, not a norm", quote(in), d.Short)
	}
	return r, true, nil
}

// eqLocal reports whether the label's local ID is local, in any case.
func eqLocal(label, local string) bool {
	j := 0
	for i := 0; i < len(label); i++ {
		c := label[i]
		if c == '(' || c == ')' || c == ' ' {
			continue
		}
		if j >= len(local) || c|0x20 != local[j]|0x20 {
			return false
		}
		j++
	}
	return j == len(local)
}

func firstLocal(d *Doc) string {
	if len(d.List.Labels) > 0 {
		return LocalID(d.List.Labels[0])
	}
	return "1"
}

// paraOfItem returns the index of the paragraph that holds item i, or -1.
func (d *Doc) paraOfItem(i int) int {
	// Items are in distinct paragraphs, in order: item i is in paragraph i
	// or a later one.
	for k := max(i, 0); k < len(d.Paras); k++ {
		if d.Paras[k].Item == i+1 {
			return k
		}
	}
	for k := 0; k < min(i, len(d.Paras)); k++ {
		if d.Paras[k].Item == i+1 {
			return k
		}
	}
	return -1
}

// several reports whether the parser names several things, and why.
func (p *parser) several() (string, bool) {
	switch {
	case p.nlabs > 1 || p.nlabs == 1 && p.labs[0].isRange:
		return "several labels", true
	case p.count > 0:
		return "a number of items", true
	case p.unitOnly && p.unitPl:
		return "a whole list", true
	case p.plural:
		return "several documents", true
	case p.enumYears:
		return "several years", true
	case p.nsyms > 1 && !p.oneSymbol():
		return "several symbols", true
	}
	return "", false
}

// oneSymbol reports whether the parser's symbols all name the same
// documents: "G.A. Res. 68/167, U.N. Doc. A/RES/68/167".
func (p *parser) oneSymbol() bool {
	for k := 1; k < p.nsyms; k++ {
		a, b := p.syms[0].Docs, p.syms[k].Docs
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if a[i] != b[i] {
				return false
			}
		}
	}
	return true
}

// candidates returns the documents that hold every word and symbol of the
// parser and agree with its year and date: sym and year select one of
// several symbols and years (-1 for all).
func (p *parser) candidates(sym, year int) docset {
	var s docset
	if p.forced > 0 {
		s.add(p.forced - 1)
		return s
	}
	switch {
	case p.nwords > 0:
		s = p.wordSet()
	case !p.named():
		// A label without a document: the lettered lists alone, in time
		// that does not grow with the corpus.
		for _, d := range lettered {
			s.add(int(d))
		}
	default:
		s.fill()
	}
	for k := 0; k < p.nsyms; k++ {
		if sym >= 0 && k != sym {
			continue
		}
		var o docset
		o.setOf(p.syms[k])
		s.and(&o)
		if w := p.symDate[k]; w != (ymd{}) {
			for d := s.next(0); d >= 0; d = s.next(d + 1) {
				if !w.agrees(&docs[d]) {
					s.del(d)
				}
			}
		}
	}
	for d := s.next(0); d >= 0; d = s.next(d + 1) {
		if !p.dateAgrees(&docs[d], year) {
			s.del(d)
		}
	}
	return s
}

func (p *parser) named() bool { return p.nwords > 0 || p.nsyms > 0 || p.nyears > 0 || p.forced > 0 }

// vague returns why a parser that names a whole document names no
// particular one, or nil: all its words are generic ("the G7 summit
// communiqué": such documents recur, and a year, place, symbol or title
// word must say which), or it is one common word of a title ("call",
// "cybercrime"), which names a document only as a proper name does
// ("Lucca", "CNI"). A unit and label narrow a citation enough ("G7
// Interior Ministers, commitment 12"; "G7 commitment 2" is ambiguous). A
// citation of a meeting, with no word of a title or kind, names the
// meeting, not a document it adopted.
func (p *parser) vague() *Error {
	if p.event && !p.titled && p.nsyms == 0 && p.forced == 0 {
		// "the 2015 Antalya summit", "Sommet du G20 Antalya 2015".
		return p.lazy(func() *Error {
			return p.errorf(p.text(p.wordAt), "the words name a meeting, not a document; cite what it adopted, by its title or kind")
		})
	}
	if p.nsyms > 0 || p.forced > 0 || p.nyears > 0 || p.nwords == 0 || p.unitSet || p.nlabs > 0 || p.count > 0 {
		return nil
	}
	switch {
	case !p.distinct:
		return p.lazy(func() *Error {
			return p.errorf(p.text(p.wordAt), "which year? the words name a kind of document, not one: add its year, place or symbol")
		})
	case p.nwords == 1 && !p.proper && p.month == 0:
		return p.lazy(func() *Error {
			w := p.text(p.wordAt)
			return p.errorf(w, "which document? %s alone is a common word; name the document by its title, place, year or symbol", quote(w))
		})
	}
	return nil
}

// single resolves a parser that names one thing.
func (p *parser) single(mode Mode) (Ref, error) {
	if why, ok := p.several(); ok {
		if p.nlabs > 1 {
			a, b := p.labs[0].from, p.labs[1].from
			return Ref{}, p.errorf(p.in[b.start:b.end], "more than one label, %s and %s; cybernorms.ResolveAll returns every item a citation names", quote(p.in[a.start:a.end]), quote(p.in[b.start:b.end]))
		}
		return Ref{}, p.errorf("", "the citation names %s; cybernorms.ResolveAll returns every item it names", why)
	}
	if !p.named() {
		switch {
		case p.nlabs == 0:
			return Ref{}, p.errorf("", "no document named")
		case p.labs[0].from.letter == 0 || p.unit != uNone && p.unit != uNorm || p.bare:
			return Ref{}, p.errorf("", "which document? no document named; a label alone names a norm only in the lettered form of the UN GGE 2015 norms, as in %q", "13(f)")
		}
	}
	if err := p.vague(); err != nil {
		return Ref{}, err
	}
	if len(docs) > fewCandidates && p.manyCandidates() {
		if r, ok := p.wholeName(mode); ok {
			return r, nil
		}
	}
	cands := p.candidates(-1, -1)
	p.prefer(&cands, mode)
	if d := cands.only(); d >= 0 && p.openKind == 0 && p.paraNo == 0 && p.itemPos == 0 && p.nlabs > 0 {
		if r, ok := labelFound(d, p.unit, mode, p.labs[0].from); ok {
			return r, nil // what pick answers for one candidate whose label is found at once
		}
	}
	return p.pick(&cands, mode, 0)
}

// wholeName is the quick way to the answer of pick when the citation holds
// the whole short name of the document it names ("UN GGE 2015 norm
// 13(f)"): it looks only at the documents anchored at the citation's words
// (see [posting]), not at every candidate, and reports ok when exactly one
// of them is a candidate that holds its whole short name, suits the unit
// and mode (as prefer asks) and has the label. pick would return that one
// too: it is among the candidates prefer keeps, and it is the only one of
// them that fits and holds its short name. Otherwise the caller takes the
// long way, which also writes the errors.
func (p *parser) wholeName(mode Mode) (Ref, bool) {
	if p.forced > 0 || p.nwords == 0 {
		return Ref{}, false
	}
	var (
		found  Ref
		foundD = -1
		n      int
	)
	try := func(ds []uint16) {
		for _, d16 := range ds {
			d := int(d16)
			if d == foundD || !p.isCandidate(d) || !p.holdsShort(&docs[d]) || !p.suits(&docs[d], mode) {
				continue
			}
			r, err := p.at(d, mode, 0)
			if err != nil {
				continue
			}
			found, foundD = r, d
			n++
		}
	}
	for i := 0; i < p.ntok && n < 2; i++ {
		if e := p.post(i); e != nil && len(e.Anchored) > 0 {
			try(e.Anchored)
		}
	}
	try(unanchored)
	return found, n == 1
}

// fewCandidates is the most candidates for which single takes the long way
// at once: below it, wholeName would cost more than it saves. A corpus of at
// most fewCandidates documents never takes the quick way.
const fewCandidates = 8

// manyCandidates reports whether every word of the parser is in more than
// fewCandidates documents, so that its candidates may be many.
func (p *parser) manyCandidates() bool {
	for k := 0; k < min(p.nwords, maxWordPosts); k++ {
		if len(p.wposts[k].Docs) <= fewCandidates {
			return false
		}
	}
	return p.nwords > 0 && p.nsyms == 0
}

// isCandidate reports whether document d is one of p.candidates(-1, -1),
// in time that does not grow with the corpus.
func (p *parser) isCandidate(d int) bool {
	if !p.named() && !sortedHas(lettered, uint16(d)) {
		return false
	}
	for k := 0; k < min(p.nwords, maxWordPosts); k++ {
		if p.restricts(k) && !sortedHas(p.wposts[k].Docs, uint16(d)) {
			return false
		}
	}
	if p.nwords > maxWordPosts && !p.more.has(d) {
		return false
	}
	for k := 0; k < p.nsyms; k++ {
		if !sortedHas(p.syms[k].Docs, uint16(d)) {
			return false
		}
		if w := p.symDate[k]; w != (ymd{}) && !w.agrees(&docs[d]) {
			return false
		}
	}
	return p.dateAgrees(&docs[d], -1)
}

// dateAgrees reports whether the document agrees with the parser's years
// (only its year-th when year >= 0), month and days.
func (p *parser) dateAgrees(doc *Doc, year int) bool {
	for k := 0; k < p.nyears; k++ {
		if year >= 0 && k != year {
			continue
		}
		// A document whose year the corpus does not know agrees only
		// when a symbol names it.
		if doc.Year != p.years[k] && (p.earlier[k] == 0 || doc.Year != p.earlier[k]) && !(doc.Year == 0 && p.nsyms > 0) {
			return false
		}
	}
	return !(p.month != 0 && doc.Month != 0 && doc.Month != p.month ||
		p.day1 != 0 && doc.Day != 0 && (doc.Day < p.day1 || doc.Day > p.day2))
}

// prefer keeps, of several candidates, those that can hold what the
// citation points at: a list of the unit's kind, numbered paragraphs, a
// list at all in Norm mode. When none can, it keeps them all, for the error.
func (p *parser) prefer(cands *docset, mode Mode) {
	if cands.count() < 2 {
		return
	}
	keep := *cands
	for d := keep.next(0); d >= 0; d = keep.next(d + 1) {
		if !p.suits(&docs[d], mode) {
			keep.del(d)
		}
	}
	if !keep.empty() {
		*cands = keep
	}
}

// suits reports whether the document can hold what the citation points
// at, as prefer asks.
func (p *parser) suits(doc *Doc, mode Mode) bool {
	ok := true
	switch {
	case p.unitSet && p.unit != uNone && p.unit != uPara:
		ok = unitFits(doc, p.unit) || partialFits(doc, p.unit)
	case p.unitSet && p.unit == uPara:
		ok = len(doc.Paras) > 0
	}
	return ok && !(mode == Norm && doc.List.Kind == "")
}

// pick returns the one document of cands where the parser's locator (its
// label k) names something in the mode.
func (p *parser) pick(cands *docset, mode Mode, k int) (Ref, error) {
	var (
		found  Ref
		nfound int
		fits   docset
		last   = -1
		ncand  int
	)
	// The candidates are tried quietly: an error is built only for the
	// answer, not for each candidate that does not fit.
	quiet := p.quiet
	p.quiet = true
	for d := cands.next(0); d >= 0; d = cands.next(d + 1) {
		ncand++
		r, err := p.at(d, mode, k)
		if err != nil {
			last = d
			continue
		}
		fits.add(d)
		if nfound == 0 {
			found = r
		}
		nfound++
		if nfound > maxNamed && !p.named() {
			break // a label without a document: ambiguous, whatever follows
		}
	}
	p.quiet = quiet
	switch {
	case nfound == 1:
		return found, nil
	case nfound > 1:
		// Among several, the one whose whole short name the citation holds.
		var whole Ref
		nwhole := 0
		for d := fits.next(0); d >= 0; d = fits.next(d + 1) {
			if p.holdsShort(&docs[d]) {
				if nwhole == 0 {
					whole, _ = p.at(d, mode, k)
				}
				nwhole++
			}
		}
		if nwhole == 1 {
			return whole, nil
		}
		return Ref{}, p.ambiguous(&fits, mode, k)
	case ncand == 1:
		_, err := p.at(last, mode, k)
		return Ref{}, err
	case ncand == 0:
		return Ref{}, p.noDocument(mode)
	}
	return Ref{}, p.noneHas(cands, mode, k)
}

// holdsShort reports whether the citation holds every word of the
// document's short name.
func (p *parser) holdsShort(d *Doc) bool {
	if len(d.ShortWords) == 0 {
		return false
	}
	for k, w := range d.ShortWords {
		found := false
		if e := d.ShortPosts[k]; e != 0 {
			// A word of the index: the tokens that fold to it are the words
			// and symbols that look found it at (not initials: "U.N." is
			// not "un" written out).
			for _, t := range p.toks[:p.ntok] {
				if uint16(t.post) == e && !t.dotted && (t.kind == tWord || t.kind == tSym) {
					found = true
					break
				}
			}
		} else {
			found = p.holdsWord(w)
		}
		if !found {
			return false
		}
	}
	return true
}

// holdsWord reports whether a word, number or symbol of the parser is the
// folded w, comparing texts.
func (p *parser) holdsWord(w string) bool {
	for _, t := range p.toks[:p.ntok] {
		if (t.kind == tWord || t.kind == tNum || t.kind == tSym) && compareToFolded(p.text(t), w) == 0 {
			return true
		}
	}
	return false
}

// at resolves the parser's locator (its label k) in document d.
func (p *parser) at(d int, mode Mode, k int) (Ref, *Error) {
	if p.openKind == 0 && p.paraNo == 0 && p.itemPos == 0 && p.nlabs > 0 {
		return p.resolveLabel(d, mode, p.labs[k].from) // the common case, in a small frame
	}
	return p.atPlace(d, mode, k)
}

// atPlace is at for the citations of a place without a label, or with no
// place: by opening words, unnumbered place, position, a unit alone, or the
// document.
func (p *parser) atPlace(d int, mode Mode, k int) (Ref, *Error) {
	doc := &docs[d]
	switch {
	case p.openKind != 0:
		return p.atOpening(d, mode) // "paragraph beginning “…”" (place.go)
	case p.paraNo > 0:
		if p.paraOf != len(doc.Paras) {
			return Ref{}, p.lazy(func() *Error {
				return p.errorf(p.text(p.unnumAt), "%s has %d paragraphs, not %d", doc.Short, len(doc.Paras), p.paraOf)
			})
		}
		if p.paraNo > len(doc.Paras) {
			return Ref{}, p.lazy(func() *Error {
				return p.errorf(p.text(p.unnumAt), "%s has %d paragraphs; there is no paragraph %d", doc.Short, len(doc.Paras), p.paraNo)
			})
		}
		pa := doc.Paras[p.paraNo-1]
		if pa.Label != "" {
			return Ref{}, p.lazy(func() *Error {
				return p.errorf(p.text(p.unnumAt), "paragraph %d of %s is numbered: cite it as %q", p.paraNo, doc.Short, doc.Pin(p.paraNo-1))
			})
		}
		if mode == Norm {
			return Ref{}, p.lazy(func() *Error {
				return p.errorf(p.text(p.unnumAt), "an unnumbered paragraph of %s is not a norm", doc.Short)
			})
		}
		return Ref{doc: int16(d + 1), para: int16(p.paraNo), kind: KindParagraph}, nil
	case p.itemPos > 0:
		// "the third principle": the item at that place of the list.
		if !unitFits(doc, p.unit) && partialFits(doc, p.unit) {
			return p.partialLabel(d, doc.Partial(), mode, citedLabel{num: int32(p.itemPos)}, p.text(p.itemAt))
		}
		if !unitFits(doc, p.unit) {
			return Ref{}, p.wrongUnit(doc, p.text(p.unitAt))
		}
		if p.itemPos > len(doc.List.Labels) {
			return Ref{}, p.lazy(func() *Error {
				kind := doc.List.Kind
				if len(doc.List.Labels) != 1 {
					kind += "s"
				}
				return p.errorf(p.text(p.itemAt), "%s has %d %s, not %d", doc.Short, len(doc.List.Labels), kind, p.itemPos)
			})
		}
		i := p.itemPos - 1
		return Ref{doc: int16(d + 1), item: int16(i + 1), para: int16(doc.paraOfItem(i) + 1), kind: KindItem}, nil
	case p.nlabs == 0 && p.unitOnly:
		// "the G20 norm": a unit with no label names the only item of a
		// list of one.
		if !unitFits(doc, p.unit) || len(doc.List.Labels) != 1 {
			// "the Charlevoix Commitment": the unit is a word of the
			// title, after the word before it there (partial.go).
			if mode != Norm && p.unitInTitle(doc) {
				return docRef(d), nil
			}
			return Ref{}, p.unitWithoutLabel(doc)
		}
		return Ref{doc: int16(d + 1), item: 1, para: int16(doc.paraOfItem(0) + 1), kind: KindItem}, nil
	case p.nlabs == 0:
		if mode == Norm {
			if doc.List.Kind == "" {
				return Ref{}, p.lazy(func() *Error {
					return p.errorf("", "%s has no list of norms; cite its paragraphs with package declarations", doc.Short)
				})
			}
			return Ref{}, p.lazy(func() *Error {
				return p.errorf("", "the citation names the %s, not one of its %ss; add a label, as in %q", doc.Short, doc.List.Kind, doc.Short+", "+doc.List.Unit+" "+doc.List.Labels[0])
			})
		}
		return docRef(d), nil
	}
	return p.resolveLabel(d, mode, p.labs[k].from)
}

func (p *parser) unitWithoutLabel(doc *Doc) *Error {
	w := p.text(p.unitAt)
	return p.errorf(w, "%s with no label; name one, as in %q", quote(w), doc.Short+", "+unitWords[p.unit]+" 1")
}

// unitFits reports whether a unit names items of the document's list.
func unitFits(d *Doc, unit int) bool {
	switch unit {
	case uNorm:
		return d.List.Kind == "norm"
	case uCommitment:
		return d.List.Kind == "commitment"
	case uPrinciple:
		return d.List.Kind == "principle"
	case uItem:
		return d.List.Kind != ""
	}
	return false
}

// guess returns the index of the item labelled l in a list labelled in
// order from 1 or from (a), if the label there is l, or -1.
func guess(d *Doc, l citedLabel) int {
	i := int(l.num) - 1
	if d.List.Lettered != "" {
		i = int(l.letter) - 'a'
	}
	if i >= 0 && i < len(d.List.Labels) && matchLabel(d.List.Labels[i], l, d.List.Lettered) {
		return i
	}
	return -1
}

// matchLabel reports whether the label as the corpus writes it ("13(f)",
// "6") is l; a lone letter matches the letter of a lettered list.
func matchLabel(label string, l citedLabel, lettered string) bool {
	i, n := 0, int32(0)
	for i < len(label) && isDigit(label[i]) {
		n = n*10 + int32(label[i]-'0')
		i++
	}
	var letter byte
	if i+2 < len(label) && label[i] == '(' {
		letter = label[i+1] | 0x20
	}
	if l.num == 0 {
		return lettered != "" && letter == l.letter
	}
	return n == l.num && letter == l.letter
}

// resolveLabel resolves one label in document d, strictly by the unit.
func (p *parser) resolveLabel(d int, mode Mode, l citedLabel) (Ref, *Error) {
	if r, ok := labelFound(d, p.unit, mode, l); ok {
		return r, nil
	}
	return p.labelNotFound(d, mode, l)
}

// labelFound is resolveLabel's common case, in a frame of its own: the
// item or paragraph that label l names in document d, where it is found at
// once; false where labelNotFound must look further or say why not.
func labelFound(d, unit int, mode Mode, l citedLabel) (Ref, bool) {
	doc := &docs[d]
	switch unit {
	case uNorm, uCommitment, uPrinciple, uItem:
		if !unitFits(doc, unit) {
			return Ref{}, false
		}
		if i := guess(doc, l); i >= 0 {
			return Ref{doc: int16(d + 1), item: int16(i + 1), para: int16(doc.paraOfItem(i) + 1), kind: KindItem}, true
		}
		return Ref{}, false
	}
	if doc.PartialAt != 0 || mode == Norm && doc.List.Kind == "" {
		return Ref{}, false
	}
	start := 0
	if l.letter != 0 && doc.List.Lettered != "" {
		if i := guess(doc, l); i >= 0 {
			if k := doc.paraOfItem(i); k >= 0 && matchLabel(doc.Paras[k].Label, l, doc.List.Lettered) {
				start = k
			}
		}
	}
	for i := start; i < len(doc.Paras); i++ {
		pa := &doc.Paras[i]
		if pa.Label == "" || !matchLabel(pa.Label, l, doc.List.Lettered) {
			continue
		}
		if byPara := pa.Item == 0 || doc.List.Unit == "para." || doc.List.Lettered != ""; !byPara || mode == Norm && pa.Item == 0 {
			return Ref{}, false
		}
		kind := KindParagraph
		if unit == uNone && pa.Item != 0 {
			kind = KindItem
		}
		return Ref{doc: int16(d + 1), para: int16(i + 1), item: int16(pa.Item), kind: kind}, true
	}
	return Ref{}, false
}

// labelNotFound is resolveLabel where labelFound found nothing at once: a
// partial list, a label the list lacks, a paragraph that is not a norm,
// and the errors that say so.
func (p *parser) labelNotFound(d int, mode Mode, l citedLabel) (Ref, *Error) {
	doc := &docs[d]
	part := p.in[l.start:l.end]
	if !unitFits(doc, p.unit) && partialFits(doc, p.unit) {
		return p.partialLabel(d, doc.Partial(), mode, l, part) // "Charter of Trust, principle 1" (partial.go)
	}
	if mode == Norm && doc.List.Kind == "" {
		return Ref{}, p.lazy(func() *Error {
			return p.errorf("", "%s has no list of norms; cite its paragraphs with package declarations", doc.Short)
		})
	}
	switch p.unit {
	case uNorm, uCommitment, uPrinciple, uItem:
		if !unitFits(doc, p.unit) {
			return Ref{}, p.wrongUnit(doc, part)
		}
		// The item's place, guessed from its label, then checked.
		if i := guess(doc, l); i >= 0 {
			return Ref{doc: int16(d + 1), item: int16(i + 1), para: int16(doc.paraOfItem(i) + 1), kind: KindItem}, nil
		}
		for i, lb := range doc.List.Labels {
			if matchLabel(lb, l, doc.List.Lettered) {
				return Ref{doc: int16(d + 1), item: int16(i + 1), para: int16(doc.paraOfItem(i) + 1), kind: KindItem}, nil
			}
		}
		return Ref{}, p.lazy(func() *Error {
			return p.errorf(part, "%s has no %s %s; its %ss are %s", doc.Short, doc.List.Kind, labelString(l, doc), doc.List.Kind, rangeOf(doc.List.Labels))
		})
	}
	// A paragraph: "para. 7", "¶ 7", or the lettered "13(f)" of a UN
	// document. A paragraph that holds an item of a list the source numbers
	// as its own (Lucca's "norm 6") is not "para. 6".
	start := 0
	if l.letter != 0 && doc.List.Lettered != "" {
		// The paragraph of a lettered item, found through the item: the
		// loop begins there, and finds it at once (labels are unique in a
		// document).
		if i := guess(doc, l); i >= 0 {
			if k := doc.paraOfItem(i); k >= 0 && matchLabel(doc.Paras[k].Label, l, doc.List.Lettered) {
				start = k
			}
		}
	}
	var pl *Partial // read at the first match: a label is cheaper to compare
	for i := start; i < len(doc.Paras); i++ {
		pa := doc.Paras[i]
		if pa.Label == "" || !matchLabel(pa.Label, l, doc.List.Lettered) {
			continue
		}
		if pl == nil {
			pl = doc.Partial()
		}
		if pl.heldAt(i) >= 0 {
			continue // an item of a partial list is not "para. 1"
		}
		if byPara := pa.Item == 0 || doc.List.Unit == "para." || doc.List.Lettered != ""; !byPara {
			return Ref{}, p.lazy(func() *Error {
				return p.errorf(part, "%s does not number its paragraphs; its %ss are cited as %q", doc.Short, doc.List.Kind, doc.Short+", "+doc.List.Unit+" "+pa.Label)
			})
		}
		if mode == Norm && pa.Item == 0 {
			return Ref{}, p.lazy(func() *Error { return p.errorf(part, "para. %s of %s is a paragraph, not a norm", pa.Label, doc.Short) })
		}
		kind := KindParagraph
		if p.unit == uNone && pa.Item != 0 {
			kind = KindItem
		}
		return Ref{doc: int16(d + 1), para: int16(i + 1), item: int16(pa.Item), kind: kind}, nil
	}
	if l.letter == 0 && doc.List.Lettered != "" && strconv.Itoa(int(l.num)) == doc.List.Lettered {
		return Ref{}, p.lazy(func() *Error {
			return p.errorf(part, "paragraph %s of the %s holds the %ss %s; name one, as in %q", doc.List.Lettered, doc.Short, doc.List.Kind, rangeOf(doc.List.Labels), doc.List.Labels[0])
		})
	}
	// No paragraph has the label: the errors say which labels there are.
	pl = doc.Partial()
	numbered, first, last := 0, "", ""
	for i, pa := range doc.Paras {
		if pa.Label != "" && pl.heldAt(i) < 0 && (pa.Item == 0 || doc.List.Unit == "para." || doc.List.Lettered != "") {
			numbered++
			if first == "" {
				first = pa.Label
			}
			last = pa.Label
		}
	}
	if numbered == 0 {
		if pl != nil {
			return Ref{}, p.lazy(func() *Error {
				return p.errorf(part, "%s does not number its paragraphs; the items of its list are cited as %q", doc.Short, doc.Short+", "+doc.Pin(pl.Paras[0]))
			})
		}
		if doc.List.Kind != "" && p.unit == uPara {
			return Ref{}, p.lazy(func() *Error {
				return p.errorf(part, "%s does not number its paragraphs; its %ss are cited as %q", doc.Short, doc.List.Kind, doc.Short+", "+doc.List.Unit+" "+doc.List.Labels[0])
			})
		}
		return Ref{}, p.lazy(func() *Error {
			return p.errorf(part, "%s does not number its paragraphs; cite one by its place, as in %q", doc.Short, doc.Short+", "+doc.firstUnlabelledPin())
		})
	}
	return Ref{}, p.lazy(func() *Error {
		return p.errorf(part, "%s has no paragraph %s; its labels are %s to %s", doc.Short, labelString(l, doc), first, last)
	})
}

// wrongUnit explains that the document has no item of the unit's kind.
func (p *parser) wrongUnit(doc *Doc, part string) *Error {
	u := unitWords[p.unit]
	switch pl := doc.Partial(); {
	case pl != nil && pl.fits(p.unit):
		return p.errorf(part, "%s, not the whole list; cite its %ss one by one, as in %q", pl.holds(doc), pl.Unit, doc.Short+", "+doc.Pin(pl.Paras[0]))
	case pl != nil:
		return p.errorf(part, "%s has no %ss: the list it holds in part is of %ss, cited as %q", doc.Short, u, pl.Kind, doc.Short+", "+doc.Pin(pl.Paras[0]))
	case doc.List.Kind != "":
		return p.errorf(part, "%s has no %ss: its list is of %ss, cited as %q", doc.Short, u, doc.List.Kind, doc.Short+", "+doc.List.Unit+" "+doc.List.Labels[0])
	case len(doc.Paras) > 0 && doc.Paras[0].Label != "":
		return p.errorf(part, "%s has no %ss; its paragraphs are cited as %q", doc.Short, u, doc.Short+", para. "+doc.Paras[0].Label)
	}
	return p.errorf(part, "%s has no list of %ss", doc.Short, u)
}

func labelString(l citedLabel, doc *Doc) string {
	s := ""
	if l.num != 0 {
		s = strconv.Itoa(int(l.num))
	} else if doc.List.Lettered != "" {
		s = doc.List.Lettered
	}
	if l.letter != 0 {
		s += "(" + string(l.letter) + ")"
	}
	return s
}

// rangeOf writes labels as "13(a) to 13(k)".
func rangeOf(labels []string) string {
	if len(labels) == 1 {
		return labels[0]
	}
	return labels[0] + " to " + labels[len(labels)-1]
}

// maxNamed is the most candidates an error names.
const maxNamed = 4

// ambiguous reports that the citation fits several documents.
func (p *parser) ambiguous(fits *docset, mode Mode, k int) *Error {
	if p.quiet {
		return errQuiet
	}
	names, more := nameSome(fits, func(d int) string {
		r, _ := p.at(d, mode, k)
		return describe(r)
	})
	if more != "" && !p.named() {
		more = " (and others)" // pick stops counting: a label alone is ambiguous
	}
	return p.errorf("", "ambiguous: it could be %s%s; name the document", joinOr(names), more)
}

// nameSome names the first maxNamed documents of ds, each as name writes
// it; more is what an error adds for the others: " (and 3 more, 7 in all)".
func nameSome(ds *docset, name func(d int) string) (names []string, more string) {
	n := 0
	for d := ds.next(0); d >= 0; d = ds.next(d + 1) {
		if n++; n <= maxNamed {
			names = append(names, name(d))
		}
	}
	if n > len(names) {
		more = " (and " + strconv.Itoa(n-len(names)) + " more, " + strconv.Itoa(n) + " in all)"
	}
	return names, more
}

func joinOr(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names, " or ")
}

// describe writes what a Ref names, for errors: "G7 Lucca 2017, norm 6".
func describe(r Ref) string {
	d := r.Doc()
	switch {
	case d == nil:
		return ""
	case r.item > 0 && r.kind == KindItem:
		return d.Short + ", " + d.List.Unit + " " + r.Label()
	case r.para > 0:
		return d.Short + ", " + d.Pin(r.Para())
	}
	return d.Short
}

func (p *parser) noneHas(cands *docset, mode Mode, k int) *Error {
	if p.quiet {
		return errQuiet
	}
	names, more := nameSome(cands, func(d int) string { return docs[d].Short })
	what := "that"
	if p.nlabs > 0 {
		l := p.labs[k].from
		what = strings.TrimSpace(unitWords[p.unit] + " " + quote(p.in[l.start:l.end]))
	} else if mode == Norm {
		what = "a list of norms"
	}
	return p.errorf("", "none of %s%s has %s", strings.Join(names, ", "), more, what)
}

func (p *parser) noDocument(mode Mode) *Error {
	if p.quiet {
		return errQuiet
	}
	if p.nyears > 0 {
		y := strconv.Itoa(p.years[0])
		if mode == Norm {
			return p.errorf(y, "no document of %s in the corpus with those words has a list of norms", y)
		}
		return p.errorf(y, "no document of %s in the corpus has those words", y)
	}
	if p.nwords > 1 {
		return p.errorf("", "no document of the corpus has all those words")
	}
	if mode == Norm {
		return p.errorf("", "the citation names no document of the corpus that has a list of norms")
	}
	return p.errorf("", "the citation names no document of the corpus")
}
