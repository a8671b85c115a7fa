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
//     (Lucca, Italy, 11 April 2017)";
//   - [norms.URL]: where it is published, or "" where the sources name no
//     address;
//   - [norms.BibTeX]: a BibTeX @misc entry keyed by its ID.
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
// document's citation followed by the paragraph's place, "para. 7", "norm 6"
// or "commitment 2" as the document labels it, or, for a paragraph the source
// does not number, "unnumbered paragraph 3 of 34" (counted by the corpus;
// in a French version, "paragraphe non numéroté 3 sur 25"). In
// [norms.BibTeX] style it is the document's entry, preceded by a comment that
// gives the pinpoint. It returns "" for the zero Paragraph.
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
