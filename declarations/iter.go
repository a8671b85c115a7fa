package declarations

import (
	"iter"

	"github.com/cybernorms/cybernorms/norms"
)

// All returns an iterator over every document of the corpus, in ID order,
// the metadata-only ones included.
func All() iter.Seq[*Declaration] {
	return func(yield func(*Declaration) bool) {
		for _, d := range all {
			if !yield(d) {
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
}

// Backlinks returns the links other documents make to d: the documents that
// recall, reaffirm, endorse, restate, build on or cite it, in the order of
// their IDs. The slice shares the package's storage: do not modify it.
func (d *Declaration) Backlinks() []Backlink { return backlinks(d.ID) }

// NormLinks returns the documents and items that take up the norm with the
// given ID: first each item that restates it word for word (with
// [Backlink.Norm] set), then each link to the document that prints it, such
// as the Toronto report's reaffirmation of the UN GGE 2015 report. It returns
// nil for an unknown ID.
func NormLinks(id norms.ID) []Backlink {
	n, ok := norms.Lookup(id)
	if !ok {
		return nil
	}
	var out []Backlink
	for _, r := range n.RestatedBy() {
		b := Backlink{From: ID(r.Document), Rel: Restates, Norm: r.ID}
		if d := lookup(ID(r.Document)); d != nil {
			for i, p := range d.Paragraphs {
				if p.Norm == r.ID {
					b.Paragraph = i + 1
				}
			}
		}
		out = append(out, b)
	}
	return append(out, backlinks(ID(n.Document))...)
}
