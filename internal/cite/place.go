package cite

import (
	"unicode"
	"unicode/utf8"
)

// Citations of a paragraph by its words, and of a label the source does not
// print. A paragraph whose place in the original the corpus does not know
// (see [Place]) is cited by the words it begins with, quoted: "paragraph
// beginning “We affirm our willingness”", "passage beginning “Thus, the G7
// Ministers of Interior”", "heading “III. Norms, rules and principles …”".
// The words in the quotation marks are the document's, not the grammar's:
// they are read as one element and matched against the paragraphs'
// openings ([Para.Start]), never looked up as words of names.

// opening reads a citation of a paragraph by its words at token i: a word
// "heading" or "passage", or the unit "paragraph" ("para."), with
// "beginning" after it or not, then quoted words; in French, "intertitre",
// "passage" or "paragraphe", with "commençant par" or not. It reports ok
// false, consuming nothing, when the tokens at i are not such a citation.
func (p *parser) opening(i int) (n int, err *Error, ok bool) {
	j := i + 1
	var kind Place
	switch k := p.kw(i); {
	case k != nil && k.class == kUnit && k.val == uPara:
		kind = PlaceParagraph
		if p.isPunct(j, '.') {
			j++
		}
	case p.isWord(i, "heading") || p.isWord(i, "intertitre"):
		kind = PlaceHeading
	case p.isWord(i, "passage"):
		kind = PlacePassage
	default:
		return 0, nil, false
	}
	// The common case first, cheaply: a label follows ("para. 13(f)").
	if t := p.tok(j); t.kind != tWord && !(t.kind == tPunct && t.c == '"') {
		return 0, nil, false
	}
	if p.isWord(j, "beginning") {
		j++
	} else if p.isWord(j, "commençant") && p.isWord(j+1, "par") {
		j += 2
	}
	if !p.isPunct(j, '"') {
		return 0, nil, false
	}
	end := j + 1
	for end < p.ntok && !p.isPunct(end, '"') {
		end++
	}
	// The quoted words are the document's: no other part of the grammar
	// reads them as words of a name, years or labels, not even to report
	// them unknown after an unclosed quotation mark, when "beginning" and
	// the quotation mark go too.
	if end == p.ntok {
		p.hide(i+1, end)
	} else {
		p.hide(j+1, end)
	}
	if end == p.ntok || end == j+1 {
		return 0, p.lazy(func() *Error {
			return p.errorf(p.text(p.toks[i]), "a paragraph cited by its words quotes them in quotation marks, as in %q", "paragraph beginning “We affirm our willingness”")
		}), true
	}
	if p.unitSet || p.nlabs > 0 {
		return 0, p.errorf(p.text(p.toks[i]), "a second unit or label; a citation names one place in one document"), true
	}
	p.unitSet, p.unit, p.unitAt = true, uPara, p.toks[i]
	p.openKind = kind
	p.openStart, p.openEnd = p.toks[j].end, p.toks[end].start
	return end + 1 - i, nil, true
}

// hide makes tokens [from, to) of a parser that owns its tokens (a parse's,
// not a trial of Scan, which shares the scanner's) punctuation that no part
// of the grammar reads.
func (p *parser) hide(from, to int) {
	if p.buf == nil {
		return
	}
	for k := from; k < to; k++ {
		p.toks[k] = token{kind: tPunct, start: p.toks[k].start, end: p.toks[k].end}
	}
}

// atOpening resolves a citation of a paragraph by its words in document d:
// the one paragraph whose opening the quoted words are, or begin at a
// word's end.
func (p *parser) atOpening(d int, mode Mode) (Ref, *Error) {
	doc := &docs[d]
	quote := p.in[p.openStart:p.openEnd]
	found, n := -1, 0
	for k := range doc.Paras {
		if s := doc.Paras[k].Start; s != "" && beginsWith(s, quote) {
			found, n = k, n+1
		}
	}
	switch {
	case n == 0:
		return Ref{}, p.lazy(func() *Error {
			return p.errorf(quote, "no paragraph of %s without a number begins %s", doc.Short, quote1(quote))
		})
	case n > 1:
		return Ref{}, p.lazy(func() *Error {
			return p.errorf(quote, "%d paragraphs of %s begin %s; quote more of the words", n, doc.Short, quote1(quote))
		})
	case mode == Norm:
		return Ref{}, p.lazy(func() *Error {
			return p.errorf(quote, "a paragraph of %s cited by its words is not a norm", doc.Short)
		})
	}
	return Ref{doc: int16(d + 1), para: int16(found + 1), kind: KindParagraph}, nil
}

// quote1 quotes the words of a citation for a message.
func quote1(s string) string { return "“" + s + "”" }

// beginsWith reports whether the quoted words q are s, or begin it and end
// at a word's end: compared letter by letter, ignoring case, with every run
// of white space (and "~", LaTeX's tie) as one space and ’ as '. It does not
// allocate.
func beginsWith(s, q string) bool {
	i, j := skipSpace(s, 0), skipSpace(q, 0)
	for j < len(q) {
		if i == len(s) {
			return false
		}
		sb, qb := blankAt(s, i), blankAt(q, j)
		if sb != qb {
			return false
		}
		if sb {
			i, j = skipSpace(s, i), skipSpace(q, j)
			continue
		}
		a, na := utf8.DecodeRuneInString(s[i:])
		b, nb := utf8.DecodeRuneInString(q[j:])
		if foldQuote(a) != foldQuote(b) {
			return false
		}
		i, j = i+na, j+nb
	}
	return i == len(s) || !isWordRune(s, i) || !isWordRuneBefore(s, i)
}

// blankAt reports whether white space (or "~") begins at i.
func blankAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	switch s[i] {
	case ' ', '\t', '\n', '\r', '~':
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r == '\u00a0' || r == '\u202f'
}

// skipSpace returns the index after the run of white space at i.
func skipSpace(s string, i int) int {
	for i < len(s) && blankAt(s, i) {
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return i
}

// isWordRune reports whether a letter or digit begins at i.
func isWordRune(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isWordRuneBefore reports whether a letter or digit ends at i.
func isWordRuneBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// foldQuote folds a rune for beginsWith: its lower case, and the
// typographic apostrophe as "'".
func foldQuote(r rune) rune {
	if r == '’' || r == '‘' {
		return '\''
	}
	return unicode.ToLower(r)
}

// bracketedLabel reads a label in square brackets at token i, "[4]", the
// form of a label the source does not print (see [PlaceSupplied]), and
// returns it and the tokens it spans, or 0.
func (p *parser) bracketedLabel(i int, inList bool) (citedLabel, int, *Error) {
	if !p.isPunct(i, '[') {
		return citedLabel{}, 0, nil
	}
	l, n, err := p.labelAt(i+1, inList)
	if err != nil || n == 0 || !p.isPunct(i+1+n, ']') {
		return citedLabel{}, 0, err
	}
	l.start, l.end = p.toks[i].start, p.toks[i+1+n].end
	return l, n + 2, nil
}

// firstUnlabelledPin returns how a citation names the first paragraph of d
// that has no label (see [Doc.Pin]), for the parser's messages.
func (d *Doc) firstUnlabelledPin() string {
	for i, p := range d.Paras {
		if p.Label == "" {
			return d.Pin(i)
		}
	}
	return d.Pin(0)
}
