package declarations

import "github.com/cybernorms/cybernorms/norms"

// Of returns the document that prints the norm's list, in the norm's
// language: Of(norms.UNGGE2015[norms.F]) is [UNGGE2015], the report.
// ([norms.Norm.Document] gives the same document's ID as a plain string,
// since package norms cannot name this package's types.) The zero Norm has
// the zero Declaration.
func Of(n norms.Norm) Declaration {
	d, ok := Lookup(ID(n.Document()))
	if !ok {
		return Declaration{}
	}
	if v, ok := d.In(n.Lang()); ok {
		return v
	}
	return d
}

// ParagraphOf returns the paragraph of the norm's document (see [Of]) that
// states or contains the norm: for norm 13(f) of the UN GGE 2015 report,
// the paragraph labelled 13(f). It returns the zero [Paragraph] for the
// zero Norm, and for a norm whose document holds no paragraph stating it.
func ParagraphOf(n norms.Norm) Paragraph {
	d := Of(n)
	for p := range d.Paragraphs() {
		if pn, ok := p.Norm(); ok && pn.ID() == n.ID() {
			return p
		}
	}
	return Paragraph{}
}
