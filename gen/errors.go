package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cybernorms/cybernorms/internal/words"
)

// The errors of a run: each names a data file and line (posError), and a
// run collects them in order (errList).

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

// mapKeys returns a map's keys, sorted.
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

// internalError reports that the generator made what it should not (Go
// that does not compile, a name declared twice): its bug, or data its checks
// missed. It names the data files near the offending line, if it can tell,
// and quotes the start of the cause only.
func internalError(c *corpus, output string, err error) error {
	msg := err.Error()
	var src string
	if i := strings.Index(msg, " while formatting source:\n"); i >= 0 {
		msg, src = strings.TrimPrefix(msg[:i], "Error "), msg[i+len(" while formatting source:\n"):]
	}
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	if src != "" {
		msg = "it is not valid Go (" + msg + ")"
	}
	if len(msg) > 300 { // never the whole generated source
		msg = msg[:300] + "…"
	}
	var paths []string
	var line int
	fmt.Sscanf(strings.TrimPrefix(msg, "it is not valid Go ("), "%d:", &line)
	if line > 0 && src != "" {
		lines := strings.Split(src, "\n")
		lo, hi := max(0, line-1-3), min(len(lines), line+3)
		near := strings.ToLower(strings.Join(lines[lo:hi], "\n"))
		for _, d := range c.Docs {
			if strings.Contains(near, strings.ToLower(d.ID)) {
				paths = append(paths, d.Path)
			}
		}
	}
	if len(paths) == 0 {
		for _, d := range c.Docs {
			paths = append(paths, d.Path)
		}
	}
	return fmt.Errorf("internal error in the generated %s: %s\n\tthe data it came from: %s\n\tthis is a bug of the generator, or data its checks should have refused; please report it", output, msg, strings.Join(paths, ", "))
}
