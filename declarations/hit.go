package declarations

import "github.com/cybernorms/cybernorms/norms"

// NormValue returns the norm the hit's paragraph states or contains, the one
// [Hit.Norm] identifies, as a value in the paragraph's language, and whether
// there is one (as [Paragraph.Norm] does).
func (h Hit) NormValue() (norms.Norm, bool) { return h.Paragraph.Norm() }

// Document returns the document, in the language version searched, that
// holds the hit's paragraph.
func (h Hit) Document() Declaration { return h.Paragraph.Document() }

// Cite returns the citation of the hit in the given style: the norm's, when
// the paragraph states or contains one ("G7 Lucca 2017, norm 7"), or else
// the paragraph's ("G7 Toronto 2018 Chair's Report, para. 4").
func (h Hit) Cite(style norms.Style) string {
	if n, ok := h.NormValue(); ok {
		return n.Cite(style)
	}
	return h.Paragraph.Cite(style)
}
