package norms

import "strconv"

// An ID is the stable machine identifier of a norm, such as "UNGGE2015/13f" or
// "Lucca2017/6". It is what to store in a database, a JSON document or a YAML
// file; [Norm.Label] is what to show a reader.
//
// The grammar is:
//
//	id       = document "/" item
//	document = the identifier of the document that prints the list ("UNGGE2015",
//	           "Lucca2017"), the same as the name of its variable in package
//	           declarations
//	item     = the item's label in lower case, with parentheses and spaces
//	           removed: "13(f)" becomes "13f", "6" stays "6"
//
// An ID, once published, always names the same text. IDs are never renamed and
// never reused: a norm that leaves the corpus is deprecated, not deleted.
type ID string

// String returns the ID as a string.
func (id ID) String() string { return string(id) }

// Kind says what a list item asks of those who adopt it.
type Kind uint8

// The kinds of list item in the corpus.
const (
	// KindNorm is a norm of responsible State behaviour: "States should ...".
	KindNorm Kind = iota + 1
	// KindCommitment is a commitment of the signatories: "we commit to ...".
	KindCommitment
	// KindPrinciple is a principle a document sets out.
	KindPrinciple
)

// String returns "norm", "commitment" or "principle".
func (k Kind) String() string {
	switch k {
	case KindNorm:
		return "norm"
	case KindCommitment:
		return "commitment"
	case KindPrinciple:
		return "principle"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// A Letter indexes a list whose items the source labels with letters, such as
// the eleven norms of the UN GGE 2015 report: [UNGGE2015][F] is norm 13(f).
// The constants [A] to [K] are the only values to use; each one's
// documentation quotes the norm it selects.
type Letter int

// String returns the letter as the source prints it: "a" for [A].
func (l Letter) String() string {
	if l < 0 || l >= 26 {
		return "Letter(" + strconv.Itoa(int(l)) + ")"
	}
	return string(rune('a' + l))
}

// A Norm is one item of an enumerated list of norms, commitments or principles,
// with its verbatim text.
//
// The values live in the package's lists ([UNGGE2015], [Lucca2017], ...) and
// are meant to be read, not built: take them by index or with [Lookup].
type Norm struct {
	// ID is the stable machine identifier, such as "UNGGE2015/13f".
	ID ID
	// Document is the identifier of the document that prints the list, the
	// name of its variable in package declarations: "UNGGE2015".
	Document string
	// Label is the item's label as the source prints it: "13(f)", "6".
	Label string
	// Text is the item's text, verbatim, without its label.
	Text string
	// Kind says whether the item is a norm, a commitment or a principle.
	Kind Kind
	// Restates is the norm this item restates word for word, or nil.
	// The generator checks that the two texts agree in every word; only the
	// final punctuation mark, and the case of the first letter where a
	// clause is quoted as a sentence, may differ.
	Restates *Norm
	// Editorial is written by the cybernorms maintainers, not by the
	// document's authors.
	Editorial Editorial
}

// Editorial holds what the cybernorms maintainers wrote about a norm, in their
// own words. None of it is text of the document; do not quote it as such.
type Editorial struct {
	// Title is a short title for the item, such as "Do not damage critical
	// infrastructure".
	Title string
}

// String returns a short citation of the norm, such as
// "UN GGE 2015, norm 13(f)".
func (n Norm) String() string {
	s := n.Set()
	if s == nil {
		return string(n.ID)
	}
	return s.Name + ", " + s.Unit + " " + n.Label
}

// Set returns the list the norm belongs to, or nil for a Norm that is not
// one of the package's values.
func (n Norm) Set() *Set { return setOf(n.Document) }

// A Set describes one enumerated list of the corpus: the eleven norms of the
// UN GGE 2015 report, the twelve of the Lucca Declaration, and so on.
type Set struct {
	// Document is the identifier of the document that prints the list.
	Document string
	// Name is the short name the field cites the document by, such as
	// "UN GGE 2015". It is editorial.
	Name string
	// Unit is the word a citation puts before an item's label: "norm",
	// "commitment" or, where the label is a paragraph number, "para.".
	Unit string
	// Kind is the kind of every item of the list.
	Kind Kind
	// Len is the number of items.
	Len int
}

// Norms returns the list's items in source order. The slice shares the
// package's storage: do not modify it.
func (s *Set) Norms() []Norm { return normsOf(s.Document) }

// Lookup returns the norm with the given ID, and whether there is one.
// It does not allocate.
func Lookup(id ID) (*Norm, bool) {
	n := lookup(id)
	return n, n != nil
}
