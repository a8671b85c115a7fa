package norms

import (
	"iter"
	"strconv"

	"github.com/cybernorms/cybernorms/internal/kinds"
	"github.com/cybernorms/cybernorms/internal/words"
)

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
// never reused: a norm that leaves the corpus is deprecated, not deleted. The
// language versions of a norm share its ID (see [Norm.In]).
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
	if w := kinds.List(k).Words(); w != "" {
		return w
	}
	return words.EnumName("Kind", nil, int(k))
}

// A Letter indexes a list whose items the source labels with letters, such as
// the eleven norms of the UN GGE 2015 report: [UNGGE2015] indexed by [F],
// UNGGE2015[F], is norm 13(f).
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

// A Number indexes a list whose items are numbered 1, 2, 3 ..., so that an
// index reads as the item it selects: [Lucca2017] indexed by [N6],
// Lucca2017[N6], is norm 6, where the plain index 6 would select the seventh
// item, norm 7. The constants [N1], [N2] ... are the only values to use. The
// checker normvet reports a plain integer index into a numbered list and
// offers the constant.
type Number int

// String returns the number as the source prints it: "6" for [N6].
func (n Number) String() string { return strconv.Itoa(int(n) + 1) }

// A Norm is one item of an enumerated list of norms, commitments or principles:
// a small value that refers to the corpus's read-only data, which its methods
// read. Copying a Norm, storing it or comparing it with == is cheap and safe;
// nothing done with a Norm changes the corpus.
//
// The values come from the package's lists ([UNGGE2015], [Lucca2017], ...),
// from [Lookup], [Parse] and [All]. The zero Norm is no norm: its methods
// return zero values, and [Norm.IsZero] reports it.
type Norm struct{ n *norm }

// norm is the data of a Norm, laid out statically by the generated tables.
// It holds what nearly every program reads, the text and the label, and
// what identifies the norm; the rest (titles, restatements, language
// versions) sits in tables indexed by num, which the linker keeps only in a
// program that calls the methods reading them.
type norm struct {
	id, label, text, lang string
	list                  uint16 // index of its list in lists
	num                   uint16 // index of its entries in the tables normTitles, normRestates ...
	names                 uint16 // index in names of its document's short name and unit, in its language
}

// A span is where a norm's entries begin in a table, and how many there are.
type span struct{ start, n uint16 }

// A takeUp is the data of a [TakeUp]: the norm taken up, the words shared,
// and how the texts differ.
type takeUp struct {
	norm            *norm
	shared, differs string
}

// A citeName is the short name of a list's document and the unit of its
// items, in one language: "UN GGE 2015" and "norm".
type citeName struct{ name, unit string }

// IsZero reports whether n is the zero Norm, which names no norm.
func (n Norm) IsZero() bool { return n.n == nil }

// ID returns the norm's stable machine identifier, such as "UNGGE2015/13f".
func (n Norm) ID() ID {
	if n.n == nil {
		return ""
	}
	return ID(n.n.id)
}

// Document returns the identifier of the document that prints the list, the
// name of its variable in package declarations: "UNGGE2015".
func (n Norm) Document() string {
	if n.n == nil {
		return ""
	}
	return lists[n.n.list].doc
}

// Label returns the item's label as the source prints it ("13(f)", "6"), or,
// where the source as read prints none, as the corpus knows it (see
// [List.Inferred]): the corpus's number of an unnumbered item ("4" of the
// Paris Call's fourth bullet), or a number reported by another copy.
func (n Norm) Label() string {
	if n.n == nil {
		return ""
	}
	return n.n.label
}

// Text returns the item's text, verbatim, without its label, in the norm's
// language ([Norm.Lang]).
func (n Norm) Text() string {
	if n.n == nil {
		return ""
	}
	return n.n.text
}

// Kind says whether the item is a norm, a commitment or a principle.
func (n Norm) Kind() Kind {
	if n.n == nil {
		return 0
	}
	return lists[n.n.list].kind
}

// Lang returns the BCP 47 tag of the language of the norm's text: "en", "fr".
func (n Norm) Lang() string {
	if n.n == nil {
		return ""
	}
	return n.n.lang
}

// Editorial returns what the cybernorms maintainers wrote about the norm.
func (n Norm) Editorial() Editorial {
	if n.n == nil {
		return Editorial{}
	}
	return Editorial{Title: normTitles[n.n.num]}
}

// Editorial holds what the cybernorms maintainers wrote about a norm, in their
// own words. None of it is text of the document; do not quote it as such.
type Editorial struct {
	// Title is a short title for the item, in English, such as "Do not damage
	// critical infrastructure".
	Title string
}

// Restates returns the norm this item restates word for word, and whether
// there is one. The generator checks that the two texts agree in every word;
// only the final punctuation mark, and the case of the first letter where a
// clause is quoted as a sentence, may differ.
func (n Norm) Restates() (Norm, bool) {
	if n.n == nil || normRestates[n.n.num] == nil {
		return Norm{}, false
	}
	return Norm{normRestates[n.n.num]}, true
}

// A TakeUp records that an item takes up the words of a norm of another list
// without restating it word for word, as principle 4 of the Paris Call takes
// up the G20 Antalya 2015 norm on ICT-enabled theft of intellectual property.
// The generator checks that both texts hold Shared.
type TakeUp struct {
	// Norm is the norm taken up.
	Norm Norm
	// Shared is a run of words that both texts hold, verbatim.
	Shared string
	// Differs says, in the maintainers' words, how the texts differ.
	Differs string
}

// TakesUp returns the norm whose words this item takes up without restating
// it, with the words they share and how they differ, and whether there is
// one. For a word-for-word restatement, see [Norm.Restates].
func (n Norm) TakesUp() (TakeUp, bool) {
	if n.n == nil || normTakesUp[n.n.num] == nil {
		return TakeUp{}, false
	}
	t := normTakesUp[n.n.num]
	return TakeUp{Norm{t.norm}, t.shared, t.differs}, true
}

// RestatedBy returns the items of other lists that restate this norm, in the
// order of their IDs: the Lucca Declaration's item 6 restates UN GGE norm
// 13(f).
func (n Norm) RestatedBy() iter.Seq[Norm] {
	return func(yield func(Norm) bool) {
		if n.n == nil {
			return
		}
		s := normRestatedBy[n.n.num]
		for _, r := range restaters[s.start:][:s.n] {
			if !yield(Norm{r}) {
				return
			}
		}
	}
}

// In returns the version of the norm in the language with the given BCP 47
// tag ("fr"), and whether the corpus holds one. Language versions share the
// norm's ID, label and list; they differ in text. A norm is its own version
// in its own language.
func (n Norm) In(lang string) (Norm, bool) {
	for v := range n.Versions() {
		if v.n.lang == lang {
			return v, true
		}
	}
	return Norm{}, false
}

// Versions returns the norm in each language the corpus holds it in, the
// version in the document's first language (the one the list's variable
// holds) first. A norm known in one language has one version: itself.
func (n Norm) Versions() iter.Seq[Norm] {
	return func(yield func(Norm) bool) {
		if n.n == nil {
			return
		}
		s := normVersions[n.n.num]
		if s.n == 0 {
			yield(n)
			return
		}
		for _, v := range versions[s.start:][:s.n] {
			if !yield(Norm{v}) {
				return
			}
		}
	}
}

// List returns the list the norm belongs to; the zero List for the zero Norm.
func (n Norm) List() List {
	if n.n == nil {
		return List{}
	}
	return List{&lists[n.n.list]}
}

// String returns a short citation of the norm, such as
// "UN GGE 2015, norm 13(f)", in the norm's language ("Appel de Paris,
// principe [5]"), or "" for the zero Norm. A label the source as read does
// not print (see [List.Inferred]) is in square brackets, as the field marks
// what the citer supplies: "Paris Call, principle [4]".
func (n Norm) String() string {
	if n.n == nil {
		return ""
	}
	c := &names[n.n.names]
	if lists[n.n.list].inferred {
		return c.name + ", " + c.unit + " [" + n.n.label + "]"
	}
	return c.name + ", " + c.unit + " " + n.n.label
}

// A List describes one enumerated list of the corpus: the eleven norms of the
// UN GGE 2015 report, the twelve of the Lucca Declaration, and so on. Like a
// [Norm], it is a small read-only view; the zero List is no list.
type List struct{ l *list }

// list is the data of a List. It refers to no norm, so that a program that
// prints a norm's citation does not link every list: the items of lists[i]
// are listItems[i], and its document's name and its unit are names[i].
type list struct {
	doc      string
	kind     Kind
	inferred bool   // the source as read prints none of the labels
	note     string // how the corpus knows labels the source does not print
	index    uint16 // its index in lists, listItems and names
}

// Document returns the identifier of the document that prints the list.
func (l List) Document() string {
	if l.l == nil {
		return ""
	}
	return l.l.doc
}

// Name returns the short name the field cites the document by, such as
// "UN GGE 2015". It is editorial.
func (l List) Name() string {
	if l.l == nil {
		return ""
	}
	return names[l.l.index].name
}

// Unit returns the word a citation puts before an item's label: "norm",
// "commitment", "principle" or, where the label is a paragraph number,
// "para.".
func (l List) Unit() string {
	if l.l == nil {
		return ""
	}
	return names[l.l.index].unit
}

// Kind returns the kind of every item of the list.
func (l List) Kind() Kind {
	if l.l == nil {
		return 0
	}
	return l.l.kind
}

// Inferred reports whether the item labels are not printed by the source as
// read: the corpus's numbering of items the source does not label (the
// bullets of the Paris Call), or a number known from another copy (the G20
// Antalya 2015 communiqué's paragraph 26, not seen printed), rather than the
// source's own. Citations print such labels in square brackets:
// "principle [4]", "para. [26]". [List.LabelNote] says how the corpus knows
// them.
func (l List) Inferred() bool { return l.l != nil && l.l.inferred }

// LabelNote says, in the maintainers' words, how the corpus knows labels the
// source does not print (see [List.Inferred]), or returns "".
func (l List) LabelNote() string {
	if l.l == nil {
		return ""
	}
	return l.l.note
}

// Len returns the number of items.
func (l List) Len() int {
	if l.l == nil {
		return 0
	}
	return len(listItems[l.l.index])
}

// Norm returns the i-th item, counted from 0 in source order, or the zero Norm
// when i is out of range.
func (l List) Norm(i int) Norm {
	if l.l == nil || i < 0 || i >= len(listItems[l.l.index]) {
		return Norm{}
	}
	return Norm{listItems[l.l.index][i]}
}

// Norms returns the list's items in source order.
func (l List) Norms() iter.Seq[Norm] {
	return func(yield func(Norm) bool) {
		if l.l == nil {
			return
		}
		for _, n := range listItems[l.l.index] {
			if !yield(Norm{n}) {
				return
			}
		}
	}
}

// String returns the list's name and kind: "UN GGE 2015 norms".
func (l List) String() string {
	if l.l == nil {
		return ""
	}
	return names[l.l.index].name + " " + l.l.kind.String() + "s"
}

// IsZero reports whether l is the zero List, which is no list.
func (l List) IsZero() bool { return l.l == nil }
