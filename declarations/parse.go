package declarations

import (
	"strconv"

	"github.com/cybernorms/cybernorms/internal/cite"
)

// Parse turns a citation into the document it names and, if it names one, the
// paragraph: the machine IDs "Lucca2017", "Toronto2018/7" (a numbered
// paragraph) and "Lucca2017/p3" (the third paragraph, numbered or not), or
// any form the field writes: "Toronto 2018 chair's report, para. 7", "Lucca
// Declaration", "A/70/174, para. 13(f)", "G7 Lucca 2017, norm 6" (the
// paragraph that holds the item), "G7 Lucca 2017, unnumbered paragraph 3 of
// 34" and "G7 Paris 2019, passage beginning “In addition, in some cases,
// investigation”" (the forms [Paragraph.Cite] prints for a paragraph the
// source does not number; see [Paragraph.Pinpoint]). The forms are described once, in the documentation of package
// [github.com/cybernorms/cybernorms], whose Resolve also answers for
// citations that name several things.
//
// On failure the error is a [*ParseError] that says which part was not
// understood.
func Parse(citation string) (Declaration, Paragraph, error) {
	r, err := cite.ParseRef(citation, cite.Document)
	if err != nil {
		return Declaration{}, Paragraph{}, cite.NewParseError(citation, err)
	}
	d, p, ok := fromRef(r)
	if !ok {
		return Declaration{}, Paragraph{}, &ParseError{Input: citation, Msg: "internal error: no document or paragraph " + strconv.Quote(r.ID())}
	}
	return d, p, nil
}

// ParseError is the error of [Parse], the type with which every package of
// the module reports a citation it cannot read: see
// [github.com/cybernorms/cybernorms.ParseError].
type ParseError = cite.ParseError

// fromRef returns the document and paragraph that a reference of the
// citation engine names, and whether it names one.
func fromRef(r cite.Ref) (Declaration, Paragraph, bool) {
	c := r.Doc()
	if c == nil {
		return Declaration{}, Paragraph{}, false
	}
	d := lookup(c.ID)
	if d == nil {
		return Declaration{}, Paragraph{}, false
	}
	if lang := r.Lang(); lang != "" && lang != d.lang {
		if v, ok := (Declaration{d}).In(lang); ok {
			d = v.d // cited in the words of a language version
		}
	}
	if r.Para() < 0 {
		return Declaration{d}, Paragraph{}, true
	}
	if r.Para() >= len(d.paras) {
		return Declaration{}, Paragraph{}, false
	}
	return Declaration{d}, Paragraph{d, uint16(r.Para())}, true
}
