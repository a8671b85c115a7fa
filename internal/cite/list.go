package cite

import (
	"strings"
	"unicode/utf8"
)

// ParseList reads a citation that may name several things and returns every
// document, item or paragraph it names, in order: ranges ("norms
// 13(a)–(k)", "13(a) to (k)", "Lucca norms 1-11", "paras 7-8"),
// enumerations ("13(f) and (g)", "13(f), (g) and (h)", "resolutions 20/8 and
// 26/13"), whole lists ("the 11 norms of the 2015 GGE report", "the GGE 2015
// norms") and several documents ("the 2010, 2013 and 2015 GGE reports"). A
// citation of one thing gives a list of one. Every name in it must resolve,
// or ParseList fails and returns nothing.
func ParseList(s string, mode Mode) ([]Ref, error) { return AppendList(nil, s, mode) }

// AppendList is [ParseList] appending to dst; on failure it returns dst
// unchanged.
func AppendList(dst []Ref, s string, mode Mode) ([]Ref, error) {
	out, _, err := ReadList(dst, s, mode)
	return out, err
}

// ReadList is [AppendList] that, where the strict reading fails, reads the
// citation's core amid glosses, qualifiers and descriptions (see
// [ReadRef]), and returns what it set aside.
func ReadList(dst []Ref, s string, mode Mode) ([]Ref, Aside, error) {
	in := strings.TrimSpace(s)
	if len(in) > MaxLen {
		return dst, Aside{}, errorf("", "a citation of %d bytes; the longest read is %d", len(in), MaxLen)
	}
	if r, ok, err := parseID(in, mode); ok {
		if err != nil {
			return dst, Aside{}, err
		}
		return append(dst, r), Aside{}, nil
	}
	p := newParser()
	defer p.free()
	if err := p.init(in); err != nil {
		return dst, Aside{}, err
	}
	if p.forced == 0 {
		if err := p.lex(); err != nil {
			return dst, Aside{}, err
		}
	}
	// The strict reading first, quietly where a core may be read after it:
	// its error is built only if nothing reads.
	n, loose := p.ntok, p.forced == 0
	p.quiet = loose
	out, err := p.strictList(dst, mode)
	if err == nil || !loose {
		return out, Aside{}, err
	}
	if out, a, ok := readQuoted(dst, s, mode); ok {
		return out, a, nil
	}
	out, a, cerr := p.readListCore(dst, mode)
	if cerr == nil {
		a.shift(leadingSpace(s))
		return out, a, nil
	}
	if cerr != errNoCore {
		return dst, Aside{}, cerr
	}
	p.restart(n, false)
	_, err = p.strictList(dst, mode)
	return dst, Aside{}, err
}

// strictList is ReadList's strict reading of the parser: one citation, or
// several joined by commas and "and".
func (p *parser) strictList(dst []Ref, mode Mode) ([]Ref, error) {
	var err error
	if rerr := p.read(); rerr != nil {
		err = rerr
	} else {
		var out []Ref
		if out, err = p.list(dst, mode); err == nil {
			return out, nil
		}
	}
	// Several citations joined by commas and "and": "the 2015 GGE report
	// and the 2015 G20 Leaders' Communiqué". Every part must be one.
	if p.forced == 0 {
		if out, ok := splitList(p.in, p.toks[:p.ntok], dst, mode); ok {
			return out, nil
		}
	}
	return dst, err
}

// restart clears what the parser read of its n tokens, to read them again,
// quietly or not.
func (p *parser) restart(n int, quiet bool) {
	p.parserState = parserState{in: p.in, toks: p.toks, buf: p.buf, ntok: n, quiet: quiet, forced: p.forced}
}

// splitList reads toks as citations separated by commas, semicolons and
// "and", each part the longest that parses (of at most maxSpan tokens, so
// that the work is linear in the tokens), and reports whether every part
// is one.
func splitList(in string, toks []token, dst []Ref, mode Mode) ([]Ref, bool) {
	sep := func(t token) bool {
		return t.kind == tPunct && (t.c == ',' || t.c == ';') || t.cls == kAnd
	}
	out, parts := dst, 0
	prevYear := false // the part before has a year
	for lo := 0; lo < len(toks); {
		for lo < len(toks) && sep(toks[lo]) {
			lo++
		}
		if lo == len(toks) {
			break
		}
		found := false
		for hi := min(len(toks), lo+maxSpan); hi > lo; hi-- {
			if hi < len(toks) && !sep(toks[hi]) {
				continue
			}
			var q parser
			q.in, q.quiet = in, true
			q.toks, q.ntok = toks[lo:hi], hi-lo
			if q.read() == nil {
				if rs, err := q.list(out, mode); err == nil {
					out, found = rs, true
				}
			}
			if found {
				// "G7 Foreign Ministers' Communiqué, Toronto, 2018" is one
				// citation, its place and year in apposition: a part that
				// names a document by place and year only does not follow
				// a part without a year.
				if parts > 0 && !prevYear && q.placeOnly() {
					return dst, false
				}
				// "the GGEs (2013, 2015, 2021)": a year alone after another
				// part is one of that part's years, not a citation of its
				// own (of whatever document alone has that year).
				if parts > 0 && q.nwords == 0 && q.nsyms == 0 && !q.unitSet && q.nlabs == 0 {
					return dst, false
				}
				prevYear = q.nyears > 0
				lo = hi
				parts++
				break
			}
		}
		if !found {
			return dst, false
		}
	}
	return out, parts > 1
}

func (p *parser) list(dst []Ref, mode Mode) ([]Ref, error) {
	n := len(dst)
	out, err := p.resolveList(dst, mode)
	if err == nil {
		for i := n; i < len(out); i++ {
			out[i].lang = p.langOf(out[i].DocIndex())
		}
	}
	return out, err
}

// resolveList is [parser.list] before the languages are set: one thing, several
// documents, a whole list, or labels, ranges and enumerations in one
// document.
func (p *parser) resolveList(dst []Ref, mode Mode) ([]Ref, error) {
	if _, ok := p.several(); !ok {
		r, err := p.single(mode)
		if err != nil {
			return dst, err
		}
		return append(dst, r), nil
	}
	if p.enumYears || p.nsyms > 1 && !p.oneSymbol() {
		return p.severalDocs(dst, mode)
	}
	if err := p.vague(); err != nil {
		return dst, err
	}
	if !p.named() && (p.nlabs == 0 || p.labs[0].from.letter == 0) {
		return dst, p.errorf("", "which document? name it, as in %q", "UN GGE 2015 norms 13(a) to (k)")
	}
	cands := p.candidates(-1, -1)
	if p.nlabs == 0 {
		return p.wholeList(dst, &cands)
	}
	n := len(dst)
	out, err := p.labelled(dst, &cands, mode)
	if err == nil && p.count > 0 && len(out)-n != p.count {
		return dst, p.errorf(p.text(p.countAt), "the labels name %d items, not %d", len(out)-n, p.count)
	}
	return out, err
}

// severalDocs appends the documents of a citation of several documents,
// each named whole by a year or a symbol: "the 2010, 2013 and 2015 GGE
// reports", "resolutions 20/8 and 26/13".
func (p *parser) severalDocs(dst []Ref, mode Mode) ([]Ref, error) {
	if p.nlabs > 1 || p.nlabs == 1 && p.labs[0].isRange || p.count > 0 || p.unitOnly {
		return dst, p.errorf("", "a citation of several documents names them whole; cite their items one document at a time")
	}
	n, byYear := p.nsyms, false
	if p.enumYears {
		n, byYear = p.nyears, true
		if p.nsyms > 1 {
			return dst, p.errorf("", "several years and several symbols; name each document once")
		}
	}
	for k := 0; k < n; k++ {
		var cands docset
		if byYear {
			cands = p.candidates(-1, k)
		} else {
			cands = p.candidates(k, -1)
		}
		r, err := p.pick(&cands, mode, 0)
		if err != nil {
			return dst, err
		}
		dst = append(dst, r)
	}
	return dst, nil
}

// placeOnly reports whether the parser names its document by place, date
// or year only: no word of a title, no symbol, no unit or label.
func (p *parser) placeOnly() bool {
	if p.nsyms > 0 || p.nlabs > 0 || p.unitSet || p.forced > 0 {
		return false
	}
	for _, t := range p.toks[:p.ntok] {
		if t.post != 0 && len(index[t.post-1].Title) > 0 {
			return false
		}
	}
	return true
}

// wholeList appends every item of the one list of the candidates cands
// whose unit the citation names: "the GGE 2015 norms", "the 11 norms of
// ...".
func (p *parser) wholeList(dst []Ref, cands *docset) ([]Ref, error) {
	if !p.unitSet || p.unit == uPara {
		return dst, p.errorf("", "the citation names several documents; name them by year or symbol, as in %q", "the 2013 and 2015 GGE reports")
	}
	var fits docset
	nfits, first := 0, -1
	for d := cands.next(0); d >= 0; d = cands.next(d + 1) {
		if unitFits(&docs[d], p.unit) {
			fits.add(d)
			if nfits == 0 {
				first = d
			}
			nfits++
		}
	}
	switch {
	case nfits == 0 && cands.count() == 1:
		if d := cands.next(0); d >= 0 {
			return dst, p.wrongUnit(&docs[d], p.text(p.unitAt))
		}
		return dst, p.noDocument(Norm)
	case nfits == 0:
		return dst, p.noDocument(Norm)
	case nfits > 1:
		return dst, p.ambiguous(&fits, Document, 0)
	}
	doc := &docs[first]
	if p.count > 0 && p.count != len(doc.List.Labels) {
		return dst, p.errorf(p.text(p.countAt), "%s has %d %ss, not %d", doc.Short, len(doc.List.Labels), doc.List.Kind, p.count)
	}
	for i := range doc.List.Labels {
		dst = append(dst, Ref{doc: int16(first + 1), item: int16(i + 1), para: int16(doc.paraOfItem(i) + 1), kind: KindItem})
	}
	return dst, nil
}

// labelled appends the items or paragraphs of the labels, ranges and
// enumerations of the citation in the one document of cands it names.
func (p *parser) labelled(dst []Ref, cands *docset, mode Mode) ([]Ref, error) {
	r0, err := p.pick(cands, mode, 0)
	if err != nil {
		return dst, err
	}
	d := r0.DocIndex()
	for k := 0; k < p.nlabs; k++ {
		lr := p.labs[k]
		from, err := p.resolveLabel(d, mode, lr.from)
		if err != nil {
			return dst, err
		}
		if !lr.isRange {
			dst = append(dst, from)
			continue
		}
		to, err := p.resolveLabel(d, mode, lr.to)
		if err != nil {
			return dst, err
		}
		var rerr error
		if dst, rerr = p.appendRange(dst, d, lr, from, to); rerr != nil {
			return dst, rerr
		}
	}
	return dst, nil
}

// appendRange appends the items or paragraphs of document d from from to
// to, the ends of the range lr; paragraphs without a label are skipped.
func (p *parser) appendRange(dst []Ref, d int, lr labRange, from, to Ref) ([]Ref, error) {
	doc := &docs[d]
	byItem := from.kind == KindItem
	if byItem && to.item < from.item || !byItem && to.para < from.para {
		return dst, p.errorf(p.in[lr.from.start:lr.to.end], "the range %s runs backwards", quote(p.in[lr.from.start:lr.to.end]))
	}
	if byItem {
		for i := from.item; i <= to.item; i++ {
			dst = append(dst, Ref{doc: int16(d + 1), item: i, para: int16(doc.paraOfItem(int(i)-1) + 1), kind: KindItem})
		}
		return dst, nil
	}
	for i := from.para; i <= to.para; i++ {
		if doc.Paras[i-1].Label == "" {
			continue
		}
		dst = append(dst, Ref{doc: int16(d + 1), para: i, item: int16(doc.Paras[i-1].Item), kind: from.kind})
	}
	return dst, nil
}

// readQuoted reads a list of quoted citations, as tables and datasets
// write them: "'UN GGE 2015 Norm 13(e) — respect for privacy', 'Paris Call
// Principle 2'". Each item is read on its own, with its glosses; it reports
// whether every item names something.
func readQuoted(dst []Ref, s string, mode Mode) ([]Ref, Aside, bool) {
	var items [maxLabs]Span
	n := quotedItems(s, items[:])
	if n < 2 {
		return dst, Aside{}, false
	}
	var a Aside
	out := dst
	for _, it := range items[:n] {
		var ia Aside
		var err error
		if out, ia, err = ReadList(out, s[it.Start:it.End], mode); err != nil {
			return dst, Aside{}, false
		}
		ia.shift(it.Start)
		for k := range ia.Len() {
			a.add(s, ia.At(k))
		}
	}
	return out, a, true
}

// quotedItems finds in s a list of quoted items separated by commas,
// semicolons, "and" or "et", and nothing else, and writes their spans
// (inside the quotation marks) into items; it returns how many, or 0 when
// s is not such a list.
func quotedItems(s string, items []Span) int {
	n, i := 0, 0
	for {
		i = skipSpaces(s, i)
		open, size := utf8.DecodeRuneInString(s[i:])
		closing := closingQuote(open)
		if i == len(s) || closing == 0 || n == len(items) {
			return 0
		}
		start := i + size
		// The closing mark: the first that a separator or the end follows.
		end, next := -1, -1
		for j := start; j < len(s); {
			r, rs := utf8.DecodeRuneInString(s[j:])
			if r == closing {
				if k, ok := afterItem(s, j+rs); ok {
					end, next = j, k
					break
				}
			}
			j += rs
		}
		if end <= start {
			return 0
		}
		items[n] = Span{start, end}
		n++
		if next == len(s) {
			if n < 2 {
				return 0
			}
			return n
		}
		i = next
	}
}

// closingQuote returns the mark that closes a quotation opened by r, or 0.
func closingQuote(r rune) rune {
	switch r {
	case '\'', '"':
		return r
	case '‘':
		return '’'
	case '“':
		return '”'
	case '«':
		return '»'
	}
	return 0
}

// afterItem reports whether what follows a closing quotation mark at i is
// the end of s or a separator of items, and returns where the next item
// begins.
func afterItem(s string, i int) (int, bool) {
	i = skipSpaces(s, i)
	if i == len(s) {
		return i, true
	}
	if s[i] == ',' || s[i] == ';' {
		i = skipSpaces(s, i+1)
	}
	for _, w := range [...]string{"and ", "et ", "& "} {
		if strings.HasPrefix(s[i:], w) {
			i = skipSpaces(s, i+len(w))
			break
		}
	}
	if i < len(s) && closingQuote(rune(s[i])) != 0 || strings.HasPrefix(s[i:], "‘") || strings.HasPrefix(s[i:], "“") || strings.HasPrefix(s[i:], "«") {
		return i, true
	}
	return 0, false
}

func skipSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
		i++
	}
	return i
}
