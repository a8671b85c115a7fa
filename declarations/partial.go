package declarations

// A PartialList is an enumerated list of a document that the corpus holds
// only in part: the copy read stops after principle 2 of the Charter of
// Trust's ten principles, after the first of the Charlevoix Commitment's
// commitments, after element 1 of the eight G7 Fundamental Elements.
//
// Package norms holds only whole lists, as fixed-size arrays that a program
// may take for complete: a partial list is not among them, and its items
// are not norms ([Paragraph.Norm] reports none). The items the corpus holds
// are paragraphs of the document, labelled as the source labels them ("1",
// "2"), or as the corpus numbers them where the source prints a bullet
// ([PartialList.Inferred]); a citation of a held item ("Charter of Trust,
// principle 1", or the paragraph's ID "CharterOfTrust2018/1") names the
// paragraph that begins it, and a citation of an item the corpus does not
// hold ("Charter of Trust, principle 5") fails, saying which it holds.
type PartialList struct {
	// Kind says what the items are, in words: "principle", "commitment",
	// "element".
	Kind string
	// Unit is the word a citation puts before an item's label: "principle".
	Unit string
	// Count is the number of items the document has, as the sources give
	// it (10 principles of the Charter of Trust), or 0 where they do not say.
	Count int
	// Inferred reports whether the labels are the corpus's numbering of
	// items the source prints without one, in source order from 1, rather
	// than the source's own; LabelsWhy then says why.
	Inferred  bool
	LabelsWhy string
	// Held are the items the corpus holds, in source order.
	Held []HeldItem
}

// A HeldItem is an item of a [PartialList] that the corpus holds: its label
// and its paragraphs, from First, the one that prints its label (the
// paragraph a citation of the item names, labelled with the item's label),
// to Last, the paragraph before the next item or heading, or the last of
// the text. The text the corpus holds may stop inside the last item; the
// document's [Provenance.Excerpt] says where.
type HeldItem struct {
	// Label is the item's label: the number the source prints ("1" of
	// "1.Ownership for cyber and IT security"), or the corpus's where
	// [PartialList.Inferred].
	Label string
	// First is the paragraph that begins the item, labelled with Label;
	// Last is its last paragraph (First itself for an item of one).
	First, Last Paragraph
}

// partialList is the data of a PartialList: docPartial[num].
type partialList struct {
	kind, unit, labelsWhy string
	count                 int
	inferred              bool
	held                  []heldItem
}

// heldItem is the data of a HeldItem: its label and the positions, from
// 1, of its first and last paragraphs.
type heldItem struct {
	label       string
	first, last uint16
}

// PartialList returns the list the document enumerates and the corpus holds
// only in part, and whether there is one. A document whose list the corpus
// holds whole has its list in package norms ([Declaration.Norms]) and no
// partial list. The result is the caller's own copy.
func (d Declaration) PartialList() (PartialList, bool) {
	pl := docPartial[d.data().num]
	if pl == nil {
		return PartialList{}, false
	}
	out := PartialList{Kind: pl.kind, Unit: pl.unit, Count: pl.count, Inferred: pl.inferred, LabelsWhy: pl.labelsWhy,
		Held: make([]HeldItem, len(pl.held))}
	for i, h := range pl.held {
		out.Held[i] = HeldItem{Label: h.label, First: d.Paragraph(int(h.first)), Last: d.Paragraph(int(h.last))}
	}
	return out, true
}
