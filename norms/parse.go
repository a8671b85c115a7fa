package norms

import (
	"strconv"

	"github.com/cybernorms/cybernorms/internal/cite"
)

// Parse turns a citation into the norm it names: the machine ID
// ("UNGGE2015/13f") or any form the field writes, "A/70/174, para. 13(f)",
// "UN GGE 2015 norm 13(f)", "GGE norm (f)", "Lucca Declaration, norm 6",
// "Paris 2019 commitment 12". The forms, and what is never read as a label
// (dates, counts, sessions, treaty numbers), are described once, in the
// documentation of package [github.com/cybernorms/cybernorms]; a citation
// that names several norms ("13(f) and (g)") fails with an error that points
// to the function that returns them all.
//
// On failure the error is a [*ParseError] that says which part was not
// understood, or why the citation names no single norm. A citation in the
// words of a language version ("Appel de Paris, principe 2") returns the norm
// in that language. Parse does not allocate when it succeeds.
func Parse(citation string) (Norm, error) {
	r, err := cite.ParseRef(citation, cite.Norm)
	if err != nil {
		return Norm{}, cite.NewParseError(citation, err)
	}
	n := lookupRef(r)
	if n == nil {
		return Norm{}, &ParseError{Input: citation, Msg: "internal error: no norm " + strconv.Quote(r.ID())}
	}
	if lang := r.Lang(); lang == "" || lang == n.lang {
		return Norm{n}, nil
	}
	if v, ok := (Norm{n}).In(r.Lang()); ok {
		return v, nil // cited in another language ("Appel de Paris, principe 2")
	}
	return Norm{n}, nil
}

// lookupRef returns the norm a reference of the citation engine names, or
// nil when it names none: the engine's document knows the place of its list
// in lists (TestListIndexes holds them together).
func lookupRef(r cite.Ref) *norm {
	li, item := r.ListItem()
	if li < 0 || li >= len(lists) {
		return nil
	}
	if items := listItems[lists[li].index]; item < len(items) {
		return items[item]
	}
	return nil
}

// ParseError is the error of [Parse], the type with which every package of
// the module reports a citation it cannot read: see
// [github.com/cybernorms/cybernorms.ParseError].
type ParseError = cite.ParseError
