package norms

import (
	"iter"
	"sort"

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
	i := sort.Search(len(lists), func(i int) bool { return lists[i].doc >= document })
	if i < len(lists) && lists[i].doc == document {
		return List{&lists[i]}, true
	}
	return List{}, false
}
