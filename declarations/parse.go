package declarations

import (
	"errors"

	"github.com/cybernorms/cybernorms/internal/cite"
	"github.com/cybernorms/cybernorms/norms"
)

// Parse turns a citation into the document it names and, if it names one, the
// paragraph. It accepts, in any case and spacing, the words the field uses
// for a document (its title, short name, place, issuing body, year, UN
// symbol, or a recorded alias), in any order, optionally followed by a unit
// ("para.", "paragraph", "¶", "§", "norm", "item", "commitment", "#", "no.")
// and a paragraph or item label as the source prints it:
//
//	Toronto 2018 chair's report, para. 7
//	Lucca Declaration
//	A/70/174, para. 13(f)
//	G7 Lucca 2017, norm 6
//
// and machine IDs: "Lucca2017", and "Toronto2018/7" for paragraph 7 (the
// paragraph part is a label in lower case without parentheses, as in a norm
// ID). Only labelled paragraphs can be named; the paragraph returned for an
// item is the item's own paragraph. A word that names no document of the
// corpus makes Parse fail; the error is a [*norms.ParseError] that says which
// part was not understood.
func Parse(citation string) (Declaration, Paragraph, error) {
	r, err := cite.Parse(citation, cite.Document)
	if err != nil {
		var ce *cite.Error
		if errors.As(err, &ce) {
			return Declaration{}, Paragraph{}, &norms.ParseError{Input: citation, Part: ce.Part, Msg: ce.Msg}
		}
		return Declaration{}, Paragraph{}, &norms.ParseError{Input: citation, Msg: err.Error()}
	}
	d := lookup(r.Doc.ID)
	if d == nil {
		return Declaration{}, Paragraph{}, &norms.ParseError{Input: citation, Msg: "internal error: no document " + r.Doc.ID}
	}
	if r.Label == "" {
		return Declaration{d}, Paragraph{}, nil
	}
	for i := range d.paras {
		if d.paras[i].label == r.Label {
			return Declaration{d}, Paragraph{d, uint16(i)}, nil
		}
	}
	return Declaration{}, Paragraph{}, &norms.ParseError{Input: citation, Msg: "internal error: no paragraph " + r.Label + " in " + r.Doc.ID}
}
