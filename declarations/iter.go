package declarations

import (
	"iter"

	"github.com/cybernorms/cybernorms/norms"
)

// All returns an iterator over every document of the corpus, in ID order,
// the metadata-only ones included.
func All() iter.Seq[Declaration] {
	return func(yield func(Declaration) bool) {
		for _, d := range all {
			if !yield(Declaration{d}) {
				return
			}
		}
	}
}

// A Backlink is a link to a document seen from the document it points to:
// From links to it with relation Rel.
type Backlink struct {
	// From is the linking document.
	From ID
	// Rel is the relation: From Rel the document.
	Rel Rel
	// Paragraph is the 1-based position, in From's Paragraphs, of the block
	// that makes the link, or 0 where the link is known from another source.
	Paragraph int
	// Basis says, in the maintainers' words, where the link is known from
	// when it is not from From's own text.
	Basis string
	// Norm is, in the results of [NormLinks], the item of From that restates
	// the norm; "" for a link to the whole document.
	Norm norms.ID
	// Unverified says why the link rests on no observed page, or is "" (see
	// [Link.Unverified]).
	Unverified string
}

// Backlinks returns the links other documents make to d: the documents that
// recall, reaffirm, endorse, restate, build on or cite it, in the order of
// their IDs.
func (d Declaration) Backlinks() iter.Seq[Backlink] {
	return func(yield func(Backlink) bool) {
		if d.d == nil {
			return
		}
		s := docBacklinks[d.d.num]
		for _, b := range backlinkTable[s.start:][:s.n] {
			if !yield(b) {
				return
			}
		}
	}
}

// NormLinks returns the documents and items that take up the given norm:
// first each item that restates it word for word (with [Backlink.Norm] set),
// then each link to the document that prints it, such as the Toronto report's
// reaffirmation of the UN GGE 2015 report.
func NormLinks(n norms.Norm) iter.Seq[Backlink] {
	return func(yield func(Backlink) bool) {
		for r := range n.RestatedBy() {
			b := Backlink{From: ID(r.Document()), Rel: Restates, Norm: r.ID()}
			if d := lookup(r.Document()); d != nil {
				for i, p := range d.paras {
					if p.norm == r.ID() {
						b.Paragraph = i + 1
					}
				}
			}
			if !yield(b) {
				return
			}
		}
		if d, ok := Lookup(ID(n.Document())); ok {
			d.Backlinks()(yield)
		}
	}
}
