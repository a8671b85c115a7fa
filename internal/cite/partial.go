package cite

import (
	"strconv"
	"strings"
)

// A Partial is an enumerated list of a document that the corpus holds only
// in part: principles 1 and 2 of the Charter of Trust's ten, the first of
// the Charlevoix Commitment's commitments. Its items are not items of a
// [List] (the lists of package norms, which are whole): the items held are
// paragraphs of the document, labelled as the source labels them, and a
// citation of one with the list's unit ("Charter of Trust, principle 1")
// names the paragraph ([KindParagraph]) that begins it. A citation of an
// item the corpus does not hold fails, saying which items it holds. The
// table partials is generated from the data files' "partial-list:" entries.
type Partial struct {
	Doc  string // the document's ID
	Kind string // what the items are: "principle", "commitment", "element"
	Unit string // the word a citation puts before a label: "principle"
	// Count is the number of items the document has, as the sources give
	// it, or 0 where they do not say.
	Count int
	// Labels are the labels of the items held, in source order: "1", "2".
	Labels []string
	// Paras are, for each item held, the index in the document's Paras of
	// the paragraph that begins it and bears its label.
	Paras []int
}

// Partial returns the list of the document that the corpus holds in part,
// or nil.
func (d *Doc) Partial() *Partial {
	if d.PartialAt == 0 {
		return nil
	}
	return &partials[d.PartialAt-1]
}

// heldAt returns the index in Labels of the held item that paragraph i
// begins, or -1. It is -1 for the nil Partial.
func (pl *Partial) heldAt(i int) int {
	if pl == nil {
		return -1
	}
	for k, p := range pl.Paras {
		if p == i {
			return k
		}
	}
	return -1
}

// fits reports whether a citation's unit names the partial list's items:
// its kind's unit, or "item", which names an item of any list. "element" is
// read as "item".
func (pl *Partial) fits(unit int) bool {
	if pl == nil {
		return false
	}
	switch unit {
	case uNorm:
		return pl.Kind == "norm"
	case uCommitment:
		return pl.Kind == "commitment"
	case uPrinciple:
		return pl.Kind == "principle"
	case uItem:
		return true
	}
	return false
}

// partialFits reports whether document doc has a partial list whose items
// the unit names.
func partialFits(doc *Doc, unit int) bool {
	return unit != uNone && unit != uPara && doc.Partial().fits(unit)
}

// held says which items the corpus holds, in words: "principles 1 and 2",
// "commitment 1", "principles 1 to 3".
func (pl *Partial) held() string {
	n := len(pl.Labels)
	switch n {
	case 1:
		return pl.Unit + " " + pl.Labels[0]
	case 2:
		return pl.Unit + "s " + pl.Labels[0] + " and " + pl.Labels[1]
	}
	return pl.Unit + "s " + pl.Labels[0] + " to " + pl.Labels[n-1]
}

// of says what the held items are part of: "of its 10", "of its
// commitments, how many is not known".
func (pl *Partial) of() string {
	if pl.Count > 0 {
		return "of its " + strconv.Itoa(pl.Count)
	}
	return "of its " + pl.Unit + "s, how many is not known"
}

// holds says, for errors, what the corpus holds of document doc's partial
// list: "Charter of Trust: the corpus holds principles 1 and 2 of its 10".
func (pl *Partial) holds(doc *Doc) string {
	return doc.Short + ": the corpus holds " + pl.held() + " " + pl.of()
}

// partialLabel resolves label l, cited with the parser's unit, among the
// held items of document d's partial list pl: the paragraph that begins
// the item. In Norm mode, and for an item not held, it fails.
func (p *parser) partialLabel(d int, pl *Partial, mode Mode, l citedLabel, part string) (Ref, *Error) {
	doc := &docs[d]
	if mode == Norm {
		return Ref{}, p.lazy(func() *Error {
			return p.errorf(part, "%s, as paragraphs, not as a list of norms: cite them with package declarations", pl.holds(doc))
		})
	}
	if l.letter == 0 {
		for k, lb := range pl.Labels {
			if matchLabel(lb, l, "") {
				return Ref{doc: int16(d + 1), para: int16(pl.Paras[k] + 1), kind: KindParagraph}, nil
			}
		}
	}
	return Ref{}, p.lazy(func() *Error {
		return p.errorf(part, "%s, not %s %s", pl.holds(doc), pl.Unit, strings.TrimSpace(labelString(l, doc)))
	})
}

// unitInTitle reports whether the parser's unit word and the word before it
// are two words that follow each other in the document's title: the
// "Commitment" of "the Charlevoix Commitment", which names the document,
// not an item of a list. It does not allocate.
func (p *parser) unitInTitle(doc *Doc) bool {
	u := p.unitAt
	prev := -1
	for i := 0; i < p.ntok; i++ {
		if p.toks[i].start == u.start {
			prev = i - 1
			break
		}
	}
	if prev < 0 || p.toks[prev].kind != tWord {
		return false
	}
	want := [2]string{p.text(p.toks[prev]), p.text(u)}
	var last string
	title := doc.Title
	for title != "" {
		i := strings.IndexByte(title, ' ')
		w := title
		if i >= 0 {
			w, title = title[:i], title[i+1:]
		} else {
			title = ""
		}
		if last != "" && compareFolded(last, want[0]) == 0 && compareFolded(w, want[1]) == 0 {
			return true
		}
		last = w
	}
	return false
}

// holdsLabel reports whether label is the label of an item held; false for
// the nil Partial.
func (pl *Partial) holdsLabel(label string) bool {
	if pl == nil {
		return false
	}
	for _, l := range pl.Labels {
		if l == label {
			return true
		}
	}
	return false
}
