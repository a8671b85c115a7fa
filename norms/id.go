package norms

import (
	"slices"

	"github.com/cybernorms/cybernorms/internal/ids"
)

// MarshalText implements [encoding.TextMarshaler]: an ID is stored as itself.
// It fails for an ID that names no norm of the corpus; the empty ID, which
// names none, marshals as the empty string.
func (id ID) MarshalText() ([]byte, error) { return ids.MarshalID(id, known, unknownID) }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the ID of a
// norm of the corpus, exactly (use [Parse] for the citations people write),
// or the empty string; for any other text it returns an [*UnknownIDError]
// that names the closest known IDs.
//
// A text longer than every ID of the corpus is refused without a lookup,
// and one more than twice as long as the longest at once, without looking
// for the closest IDs (its error names none): its cost does not grow with
// the text.
func (id *ID) UnmarshalText(text []byte) error {
	v, err := ids.UnmarshalID(text, known, unknownID)
	if err == nil {
		*id = v
	}
	return err
}

// known reports whether id is the ID of a value of the corpus.
func known(id string) bool { return len(id) <= longest.Of(allIDs) && lookup(id) != nil }

// longest is the length of the longest ID of the corpus.
var longest ids.Longest

// allIDs yields the ID of every norm of the corpus.
func allIDs(yield func(string) bool) {
	for n := range All() {
		if !yield(n.n.id) {
			return
		}
	}
}

// MarshalText implements [encoding.TextMarshaler]: a norm is stored as its
// ID, so that JSON, YAML and databases hold "UNGGE2015/13f" and not the text;
// a language version other than the list's as its [Norm.VersionID],
// "ParisCall2018.fr/2", so that it reads back in its language. The zero Norm
// marshals as the empty string.
func (n Norm) MarshalText() ([]byte, error) { return []byte(n.VersionID()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]: it sets n to the norm
// with the given ID or versioned ID ("ParisCall2018.fr/2"), or fails as
// [ID.UnmarshalText] does. The empty string sets the zero Norm.
func (n *Norm) UnmarshalText(text []byte) error {
	if v := byVersionID(text); v != nil {
		*n = Norm{v}
		return nil
	}
	var id ID
	if err := id.UnmarshalText(text); err != nil {
		return err
	}
	*n = Norm{lookup(string(id))}
	return nil
}

// An UnknownIDError reports a text that is not the ID of a norm.
type UnknownIDError struct {
	// ID is the text that was given.
	ID string
	// Closest are the known IDs closest to it, at most three, closest
	// first; none when ID is more than twice as long as the longest ID of
	// the corpus.
	Closest []ID
}

// Error returns the message: the unknown ID and the closest known ones.
func (e *UnknownIDError) Error() string { return ids.UnknownIDMessage("norm", e.ID, e.Closest) }

// unknownID builds the error for an unknown ID, with the closest known IDs
// (see [ids.ClosestIDs]); for an ID more than twice as long as the longest
// of the corpus, without them, so that the cost of the error does not grow
// with the ID.
func unknownID(id ID) error {
	if len(id) > 2*longest.Of(allIDs) {
		return &UnknownIDError{ID: string(id)}
	}
	return &UnknownIDError{ID: string(id), Closest: ids.ClosestIDs[ID](string(id), slices.Collect(allIDs))}
}
