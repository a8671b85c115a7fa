// Package ids holds the rules of the corpus's machine IDs that the
// generator and the runtime share. [LocalID] makes the item part of an ID
// from a label: "13(f)" becomes "13f". [MarshalID] and [UnmarshalID] are the
// text marshalling of the ID types of packages norms and declarations.
// [ClosestIDs] and [UnknownIDMessage] make the error for an unknown ID, and
// [Longest] bounds the texts worth looking up.
package ids

import (
	"iter"
	"strconv"
	"sync/atomic"
	"unicode/utf8"

	"github.com/cybernorms/cybernorms/internal/words"
)

// UnknownIDMessage is the message of the unknown-ID errors of packages norms
// and declarations: `unknown norm ID "UNGGE2015/13l"; the closest known IDs
// are UNGGE2015/13k, ...`, what naming the kind of ID. An id longer than
// 64 bytes is quoted by its first 40 bytes or so and its length:
// `unknown norm ID "UNGGE2015/13l…" (1048576 bytes)`.
func UnknownIDMessage[T ~string](what, id string, closest []T) string {
	var msg string
	if len(id) > 64 {
		head := id[:40]
		for len(head) > 0 && !utf8.RuneStart(id[len(head)]) {
			head = head[:len(head)-1]
		}
		msg = "unknown " + what + " ID " + strconv.Quote(head+"…") + " (" + strconv.Itoa(len(id)) + " bytes)"
	} else {
		msg = "unknown " + what + " ID " + strconv.Quote(id)
	}
	for i, c := range closest {
		if i == 0 {
			msg += "; the closest known IDs are "
		} else {
			msg += ", "
		}
		msg += string(c)
	}
	return msg
}

// ClosestIDs returns the at most three known IDs closest to id (see
// [words.Closest]), as the unknown-ID errors list them.
func ClosestIDs[T ~string](id string, known []string) []T {
	var out []T
	for _, c := range words.Closest(id, known, 3) {
		out = append(out, T(c))
	}
	return out
}

// LocalID turns a label into the item part of an ID: "13(f)" becomes "13f":
// lower case, without parentheses or spaces. It is the one rule by which
// the generator makes IDs and the runtime reads them.
func LocalID(label string) string { return string(AppendLocalID(make([]byte, 0, len(label)), label)) }

// AppendLocalID appends [LocalID] of label to b, without allocating.
func AppendLocalID(b []byte, label string) []byte {
	for i := 0; i < len(label); i++ {
		switch c := label[i]; {
		case c == '(' || c == ')' || c == ' ':
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		default:
			b = append(b, c)
		}
	}
	return b
}

// MarshalID is the MarshalText of the ID types of packages norms and
// declarations: the ID as itself, or, for an ID that is not empty and that
// known does not know, the error unknown builds.
func MarshalID[T ~string](id T, known func(string) bool, unknown func(T) error) ([]byte, error) {
	if id != "" && !known(string(id)) {
		return nil, unknown(id)
	}
	return []byte(id), nil
}

// UnmarshalID is the UnmarshalText of the same types: the text as an ID, or
// the error unknown builds for a text that is not empty and not known.
func UnmarshalID[T ~string](text []byte, known func(string) bool, unknown func(T) error) (T, error) {
	id := T(text)
	if id != "" && !known(string(id)) {
		return "", unknown(id)
	}
	return id, nil
}

// A Longest is the length in bytes of the longest ID of a kind, measured
// the first time it is asked for, so that package initialisation does no
// work. The zero Longest is ready to use.
type Longest struct{ n atomic.Int32 }

// Of returns the length of the longest of all, every ID of the kind.
func (l *Longest) Of(all iter.Seq[string]) int {
	if n := l.n.Load(); n > 0 {
		return int(n)
	}
	m := 0
	for id := range all {
		m = max(m, len(id))
	}
	l.n.Store(int32(m))
	return m
}
