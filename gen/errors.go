package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"unicode/utf8"

	"github.com/cybernorms/cybernorms/internal/words"
)

// The errors of a run, shared by every step: an error names the data file
// and line (posError), a run collects them in order (errList, at most
// maxErrors), and an unknown name gets a "did you mean" (suggest) drawn
// from the known names (mapKeys, which every step also uses to run over a
// map in order).

// maxErrors caps how many errors one run reports.
const maxErrors = 20

// errList collects the errors of a run, in the order found.
type errList []error

func (l *errList) add(err error) {
	if err != nil && len(*l) < maxErrors {
		*l = append(*l, err)
	}
}

func (l errList) err() error { return errors.Join(l...) }

// mapKeys returns a map's keys, sorted: the known names of a table, or the
// paths of the generated files, in the order a run takes them.
func mapKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// suggest returns "; did you mean X?" for the known name closest to s.
func suggest(s string, known []string) string {
	best, bestDist := "", 3
	for _, k := range known {
		if dist := words.Distance(s, k); dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best == "" {
		return ""
	}
	return "; did you mean " + strconv.Quote(best) + "?"
}

// A posError is an error at a line of a data file.
type posError struct {
	Path string
	Line int
	Msg  string
}

func (e *posError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

func errorf(path string, line int, format string, args ...any) *posError {
	return &posError{Path: path, Line: line, Msg: fmt.Sprintf(format, args...)}
}

// abbreviate shortens s to at most n runes for an error message.
func abbreviate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}
