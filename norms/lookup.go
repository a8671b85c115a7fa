package norms

import (
	"iter"

	"github.com/cybernorms/cybernorms/internal/phash"
)

// Lookup returns the norm with the given ID, and whether there is one. It
// does not allocate. The norm returned is the version in the document's first
// language; see [Norm.In] for the others.
func Lookup(id ID) (Norm, bool) {
	n := lookup(string(id))
	return Norm{n}, n != nil
}

// lookup finds a norm in index, the generator's perfect hash table of IDs.
func lookup(id string) *norm {
	n := index[phash.Slot(phash.Hash(id), indexSeeds[:], len(index))]
	if n != nil && n.id == id {
		return n
	}
	return nil
}

// All returns every norm of the corpus, list by list in the order of their
// documents' IDs, and in source order within a list. It yields the version
// of each norm in its document's first language.
func All() iter.Seq[Norm] {
	return func(yield func(Norm) bool) {
		for _, items := range listItems {
			for _, n := range items {
				if !yield(Norm{n}) {
					return
				}
			}
		}
	}
}

// Lists returns every list of the corpus, in the order of their documents'
// IDs.
func Lists() iter.Seq[List] {
	return func(yield func(List) bool) {
		for i := range lists {
			if !yield(List{&lists[i]}) {
				return
			}
		}
	}
}

// ListOf returns the list the document with the given ID prints, and whether
// it prints one.
func ListOf(document string) (List, bool) {
	// lists is in the order of the documents' IDs: a binary search.
	lo, hi := 0, len(lists)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if lists[m].doc < document {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(lists) && lists[lo].doc == document {
		return List{&lists[lo]}, true
	}
	return List{}, false
}
