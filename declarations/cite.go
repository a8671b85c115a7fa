package declarations

import (
	"github.com/cybernorms/cybernorms/internal/cite"
	"github.com/cybernorms/cybernorms/norms"
)

// Cite returns a citation of the document in the given style:
//
//   - [norms.Short]: its short name, "G7 Lucca 2017";
//   - [norms.Formal]: its formal reference, in the style UN documents are
//     cited: "Report of the Group of Governmental Experts ..., UN Doc.
//     A/70/174 (22 July 2015)", or, without a UN symbol, "G7 Foreign
//     Ministers, G7 Declaration on Responsible States Behavior in Cyberspace
//     (Lucca, Italy, 11 April 2017)"; a body the title names is not repeated
//     before it, and a document with no published title is cited by its
//     description in square brackets;
//   - [norms.URL]: where it is published, or "" where no page at an
//     address was observed;
//   - [norms.BibTeX]: a BibTeX entry keyed by its ID (@techreport for a UN
//     report, @misc otherwise).
func (d Declaration) Cite(style norms.Style) string {
	if d.d == nil {
		return ""
	}
	doc := cite.Lookup(d.d.id)
	if doc == nil {
		return d.String()
	}
	c, _ := doc.In(d.d.lang) // a language version is cited in its language
	switch style {
	case norms.Formal:
		return c.Formal()
	case norms.URL:
		return c.URL
	case norms.BibTeX:
		return c.BibTeX()
	}
	return d.String()
}

// Cite returns a citation of the paragraph in the given style: the
// document's citation followed by the paragraph's place in the original
// document, [Paragraph.Pinpoint]. In [norms.BibTeX] style it is the
// document's entry, preceded by a comment that gives the pinpoint. It
// returns "" for the zero Paragraph.
func (p Paragraph) Cite(style norms.Style) string {
	if p.d == nil {
		return ""
	}
	d := Declaration{p.d}
	doc := cite.Lookup(p.d.id)
	if doc == nil {
		return ""
	}
	c, _ := doc.In(p.d.lang)
	pin := c.Pin(int(p.i))
	switch style {
	case norms.Formal:
		return c.Formal() + ", " + pin
	case norms.URL:
		return c.URL
	case norms.BibTeX:
		return c.PinnedBibTeX(d.String()+", "+pin, pin)
	}
	return d.String() + ", " + pin
}

// Pinpoint returns how a citation names the paragraph's place in the original
// document, as far as the corpus knows it:
//
//   - the label the source prints: "para. 7", "norm 6", "para. 13(f)";
//   - a label the source as read does not print, in square brackets:
//     "principle [4]" (the Paris Call prints its principles as bullets),
//     "para. [26]" (a number reported by another copy); see
//     [Paragraph.LabelInferred];
//   - in a text the corpus holds whole, with every paragraph break
//     published, its place among the document's paragraphs: "unnumbered
//     paragraph 3 of 34" (in a French version, "paragraphe non numéroté 3
//     sur 25");
//   - otherwise its words, which name it in any copy, where a count of the
//     corpus's paragraphs would not: "heading “…”", "paragraph beginning
//     “…”", or "passage beginning “…”" where the corpus, not the source,
//     begins it (an inferred break).
//
// It returns "" for the zero Paragraph.
func (p Paragraph) Pinpoint() string {
	if c, ok := p.citeDoc(); ok {
		return c.Pin(int(p.i))
	}
	return ""
}

// LabelInferred reports whether the paragraph's label is not printed by the
// source as read: the corpus's number of an unnumbered item (the Paris
// Call's bullets), or a paragraph number known from another copy (the G20
// Antalya 2015 communiqué's 26). Citations print such a label in square
// brackets; [Paragraph.LabelNote] says how the corpus knows it.
func (p Paragraph) LabelInferred() bool {
	c, ok := p.citeDoc()
	return ok && c.Paras[p.i].Place == cite.PlaceSupplied
}

// LabelNote says, in the maintainers' words, how the corpus knows a label the
// source does not print (see [Paragraph.LabelInferred]), or returns "".
func (p Paragraph) LabelNote() string {
	if !p.LabelInferred() {
		return ""
	}
	c, _ := p.citeDoc()
	return c.LabelNote
}

// citeDoc returns the citation engine's view of the paragraph's document,
// in the paragraph's language.
func (p Paragraph) citeDoc() (cite.Doc, bool) {
	if p.d == nil {
		return cite.Doc{}, false
	}
	doc := cite.Lookup(p.d.id)
	if doc == nil || int(p.i) >= len(doc.Paras) {
		return cite.Doc{}, false
	}
	c, _ := doc.In(p.d.lang)
	return c, true
}
