package norms

import "iter"

// All returns an iterator over every norm of the corpus: list by list, in the
// order of their documents' IDs, and each list in source order.
func All() iter.Seq[*Norm] {
	return func(yield func(*Norm) bool) {
		for i := range sets {
			l := normsOf(sets[i].Document)
			for j := range l {
				if !yield(&l[j]) {
					return
				}
			}
		}
	}
}

// Sets returns an iterator over the lists of the corpus, in the order of
// their documents' IDs.
func Sets() iter.Seq[*Set] {
	return func(yield func(*Set) bool) {
		for i := range sets {
			if !yield(&sets[i]) {
				return
			}
		}
	}
}

// RestatedBy returns the items of other lists that restate n word for word,
// such as item 6 of the Lucca Declaration for UN GGE norm 13(f). The slice
// shares the package's storage: do not modify it.
func (n Norm) RestatedBy() []*Norm { return restatedBy(n.ID) }
