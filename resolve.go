package cybernorms

import (
	"iter"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/internal/cite"
	"github.com/cybernorms/cybernorms/internal/words"
	"github.com/cybernorms/cybernorms/norms"
)

// A Ref is what a citation names: a document, one of its paragraphs, or an
// item of its list (with the paragraph that holds it). Its fields are
// read-only values of packages declarations and norms.
type Ref struct {
	// Document is the document named, or the one that holds the paragraph
	// or the item.
	Document declarations.Declaration
	// Paragraph is the paragraph named, or the one that holds the item; the
	// zero Paragraph when the citation names the whole document.
	Paragraph declarations.Paragraph
	// Norm is the item named; the zero Norm when the citation names a
	// document or a paragraph that states no norm.
	Norm norms.Norm
}

// ID returns the ID of what r names: a norm's ID ("UNGGE2015/13f"), a
// numbered paragraph's ("Toronto2018/7"), an unnumbered paragraph's by its
// place ("Lucca2017/p3"), or the document's ("Lucca2017"). Resolve reads
// each of them back.
func (r Ref) ID() string {
	switch {
	case !r.Norm.IsZero():
		return string(r.Norm.ID())
	case r.Paragraph.IsZero():
		return string(r.Document.ID())
	case r.Paragraph.Label() != "":
		return string(r.Document.ID()) + "/" + words.LocalID(r.Paragraph.Label())
	}
	return string(r.Document.ID()) + "/p" + itoa(r.Paragraph.Position())
}

// String returns a short citation of what r names: "UN GGE 2015, norm
// 13(f)", "G7 Toronto 2018 Chair's Report, para. 7", "G7 Lucca 2017".
func (r Ref) String() string {
	switch {
	case !r.Norm.IsZero():
		return r.Norm.String()
	case !r.Paragraph.IsZero():
		return r.Paragraph.Cite(norms.Short)
	}
	return r.Document.String()
}

// IsZero reports whether r names nothing.
func (r Ref) IsZero() bool { return r.Document.IsZero() }

// Resolve answers "what does this citation name?" for a citation of one
// document, paragraph or item, in any form this package's documentation
// describes. A citation that names several ("13(f) and (g)", "norms 1-11")
// fails with an error that points to [ResolveAll]. The error is a
// [*ParseError].
//
// A citation copied from a text may carry more than its core: Resolve reads
// it as a careful reader does, and sets aside a gloss or a word that names
// nothing ("UN GGE 2015 norm 13(b) — consider all relevant information",
// "the landmark 2015 report"); [Read] says what it set aside.
func Resolve(citation string) (Ref, error) {
	r, _, err := cite.ReadRef(citation, cite.Any)
	if err != nil {
		return Ref{}, cite.NewParseError(citation, err)
	}
	ref, ok := fromRef(r)
	if !ok {
		return Ref{}, &ParseError{Input: citation, Msg: "internal error: nothing named " + cite.Quote(r.ID())}
	}
	return ref, nil
}

// ResolveAll returns every document, paragraph or item a citation names, in
// order: ranges ("norms 13(a)–(k)", "Lucca norms 1-11", "paras 7-8"),
// enumerations ("13(f) and (g)", "resolutions 20/8 and 26/13"), whole lists
// ("the 11 norms of the 2015 GGE report") and several documents ("the 2010,
// 2013 and 2015 GGE reports"), as well as everything [Resolve] reads.
//
// Like [Resolve], it reads the core of a citation amid glosses and
// descriptions; [Read] says what it set aside.
func ResolveAll(citation string) ([]Ref, error) {
	r, err := Read(citation)
	return r.Refs, err
}

// A Reading is what [Read] makes of a citation: what it names, and what it
// set aside to name it.
type Reading struct {
	// Refs are what the citation names, in order.
	Refs []Ref
	// SetAside are the parts of the citation that the reading set aside as
	// naming nothing of what it cites: a gloss ("— consider all relevant
	// information", "(election integrity)"), words no citation of the
	// corpus holds ("landmark", "recommended"). It is empty when every part
	// of the citation took part in naming what it names. A caller that
	// wants strict citations refuses a Reading that sets anything aside.
	SetAside []Span
}

// A Span is a part of a citation: its bytes [Start, End), and their text.
type Span struct {
	// Start and End are the byte offsets of the part in the citation.
	Start, End int
	// Text is the part as written: citation[Start:End].
	Text string
}

// Read reads a citation as a careful reader does, and returns everything
// it names, in order, with the parts it set aside. A citation is read
// whole where it can be (every form that [ResolveAll] describes); where a
// part of it names nothing, Read finds the core and sets the rest aside as
// a reader does: a gloss after it or in parentheses, words the field puts
// around norms and reports ("the agreed non-binding norms", "adopted in
// Lucca on 11 April 2017"). A description in place of a label names the
// one item it fits ("the GGE 2015 norm on supply chain integrity": 13(i)),
// matched by stem against the item's text and its editorial title, which
// are the maintainers' words; where it fits several the error names them.
//
// Read never sets aside what would change what is named: a number, a
// symbol, a year or a date, a unit and its label, another kind of document
// ("the Taormina statement"), or a word written as the proper name of
// something else ("SEC Form 13(f)", "the G7 Biarritz summit communiqué"):
// such a citation fails. A generic title ("the G7 summit communiqué") or a
// lone common word ("call", "la") names nothing. The error is a
// [*ParseError].
func Read(citation string) (Reading, error) {
	rs, a, err := cite.ReadList(nil, citation, cite.Any)
	if err != nil {
		return Reading{}, cite.NewParseError(citation, err)
	}
	out := Reading{Refs: make([]Ref, 0, len(rs))}
	for _, r := range rs {
		ref, ok := fromRef(r)
		if !ok {
			return Reading{}, &ParseError{Input: citation, Msg: "internal error: nothing named " + cite.Quote(r.ID())}
		}
		out.Refs = append(out.Refs, ref)
	}
	for i := range a.Len() {
		sp := a.At(i)
		out.SetAside = append(out.SetAside, Span{Start: sp.Start, End: sp.End, Text: citation[sp.Start:sp.End]})
	}
	return out, nil
}

// A Citation is a citation found in running text by [Scan].
type Citation struct {
	// Start and End are the byte offsets of the citation in the text.
	Start, End int
	// Text is the citation as written: text[Start:End].
	Text string
	// Refs are what it names, in order; none when Err is set.
	Refs []Ref
	// Err is set when the text has the shape of a citation but names
	// nothing of the corpus ("UN GGE 2015 norm 13(l)"): a *ParseError that
	// says why.
	Err error
}

// Scan finds every citation in running text (a national statement, a
// report, a comment) and yields each with its place and what it names, in
// order. It reads with the grammar of [Resolve], and more cautiously: a
// stretch of text is a citation only where it points at a document by a
// name, symbol or ID (a lone word of a title is not one). Its cost is
// linear in the length of the text.
func Scan(text string) iter.Seq[Citation] {
	return func(yield func(Citation) bool) {
		for m := range cite.Scan(text) {
			c := Citation{Start: m.Start, End: m.End, Text: text[m.Start:m.End]}
			if m.Err != nil {
				c.Err = cite.NewParseError(c.Text, m.Err)
			}
			for _, r := range m.Refs {
				if ref, ok := fromRef(r); ok {
					c.Refs = append(c.Refs, ref)
				}
			}
			if c.Err == nil && len(c.Refs) == 0 {
				continue
			}
			if !yield(c) {
				return
			}
		}
	}
}

// A ParseError reports a citation that names nothing of the corpus, or not
// one thing. Its fields say what was given and what is wrong. Packages norms
// and declarations report their citations' errors with this type.
type ParseError = cite.ParseError

// fromRef converts a reference of the citation engine to a Ref.
func fromRef(r cite.Ref) (Ref, bool) {
	c := r.Doc()
	if c == nil {
		return Ref{}, false
	}
	d, ok := declarations.Lookup(declarations.ID(c.ID))
	if !ok {
		return Ref{}, false
	}
	if v, ok := d.In(r.Lang()); ok {
		d = v // cited in the words of a language version
	}
	ref := Ref{Document: d}
	if r.Para() >= 0 {
		ref.Paragraph = d.Paragraph(r.Para() + 1)
		if ref.Paragraph.IsZero() {
			return Ref{}, false
		}
	}
	if r.Item() >= 0 {
		l, ok := norms.ListOf(c.ID)
		if ref.Norm = l.Norm(r.Item()); !ok || ref.Norm.IsZero() {
			return Ref{}, false
		}
		if v, ok := ref.Norm.In(d.Lang()); ok {
			ref.Norm = v
		}
		if ref.Paragraph.IsZero() {
			for p := range d.Paragraphs() {
				if n, ok := p.Norm(); ok && n == ref.Norm {
					ref.Paragraph = p
					break
				}
			}
		}
	}
	return ref, true
}

// itoa formats a small non-negative number.
func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
