package main

import (
	"errors"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// A target is what a citation names: a norm, or a document and, if the
// citation names one, a paragraph of it.
type target struct {
	norm *norms.Norm
	doc  *declarations.Declaration
	// para is the 1-based position of the paragraph in doc.Paragraphs, or 0
	// when the citation names the whole document.
	para int
}

// resolve turns a citation into what it names. A citation that names a norm
// (by its list's label, as in "Lucca 2017 item 6") is a norm, even though it
// also names a paragraph of the document; anything else is read as a
// document or a paragraph.
//
// When the citation names neither, the error is the norm parser's if it
// points at a part of the citation ("UN GGE 2015 has no norm 13(l)"), and
// otherwise the document parser's, which then says more than "has no list of
// norms" ("G7 Toronto 2018 Chair's Report has no paragraph 13").
func resolve(citation string) (target, error) {
	n, normErr := norms.Parse(citation)
	if normErr == nil {
		return target{norm: n}, nil
	}
	d, p, err := declarations.Parse(citation)
	if err != nil {
		var pe *norms.ParseError
		if errors.As(normErr, &pe) && pe.Part != "" {
			return target{}, normErr
		}
		return target{}, err
	}
	t := target{doc: d}
	if p != nil {
		for i := range d.Paragraphs {
			if &d.Paragraphs[i] == p {
				t.para = i + 1
			}
		}
	}
	return t, nil
}

// cite returns the citation of t in the given style.
func (t target) cite(style norms.Style) string {
	switch {
	case t.norm != nil:
		return t.norm.Cite(style)
	case t.para > 0:
		return t.doc.CiteParagraph(t.para, style)
	default:
		return t.doc.Cite(style)
	}
}
