package cite

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// An Error says why a citation was not understood.
type Error struct {
	// Part is the part of the citation that was not understood, as it is
	// written in the input, or "".
	Part string
	// Msg says what is wrong, in words. It quotes parts of the input with
	// Go's escapes, never raw control characters, and never the whole
	// input: the caller quotes that once.
	Msg string
}

func (e *Error) Error() string { return e.Msg }

func errorf(part string, format string, args ...any) *Error {
	return &Error{Part: part, Msg: clean(sprintf(format, args...))}
}

// errQuiet is the error of a parser that reads quietly, as Scan does, which tries
// many stretches of text and needs only to know which parse.
var errQuiet = &Error{Msg: "not a citation"}

// errorf is errorf, or errQuiet when the parser reads quietly.
// lazy returns the error f makes, or errQuiet without making it when the
// parser reads quietly (the trials of Scan). The hot functions build their
// errors in f, out of line, so that their frames stay small: in a fresh
// process a parse that grows its goroutine's stack costs more than the
// parse. It is not inlined, for the same reason.
//
//go:noinline
func (p *parser) lazy(f func() *Error) *Error {
	if p.quiet {
		return errQuiet
	}
	return f()
}

func (p *parser) errorf(part string, format string, args ...any) *Error {
	if p.quiet {
		return errQuiet
	}
	return errorf(part, format, args...)
}

// clean escapes, as strconv.Quote does, any control character or invalid
// byte of the input that a message holds unquoted: a message never carries
// them raw.
func clean(msg string) string {
	ok := utf8.ValidString(msg)
	for i := 0; ok && i < len(msg); i++ {
		if msg[i] < 0x20 || msg[i] == 0x7f {
			ok = false
		}
	}
	if ok {
		return msg
	}
	var b strings.Builder
	for i, r := range msg {
		switch {
		case r == utf8.RuneError && len(msg[i:]) > 0 && !utf8.FullRuneInString(msg[i:]) || r == utf8.RuneError && msg[i] != 0xEF:
			const hex = "0123456789abcdef"
			b.WriteString(`\x`)
			b.WriteByte(hex[msg[i]>>4])
			b.WriteByte(hex[msg[i]&0xf])
		case r < 0x20 || r == 0x7f:
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Quote quotes s as strconv.Quote does (no raw control characters),
// shortened past 40 bytes with "…": the form in which errors quote a
// citation. Callers that quote the whole input in their messages should
// use it, once.
func Quote(s string) string { return quote(s) }

// quote quotes s as strconv.Quote does, shortened to about 40 characters.
func quote(s string) string {
	const max = 40
	if len(s) > max {
		cut := max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		return strconv.Quote(s[:cut]) + "…"
	}
	return strconv.Quote(s)
}

// A ParseError is the error the module's packages give for a citation they
// cannot read; each exports it under the name ParseError, documented in
// package cybernorms.
type ParseError struct {
	// Input is the citation given.
	Input string
	// Part is the part of the citation that was not understood, as it is
	// written in Input (the first, where there are several), or "" when the
	// citation was understood but names nothing, or several things.
	Part string
	// Msg says what is wrong. It quotes parts of the input escaped, never
	// raw control characters.
	Msg string
}

// Error returns the message: the citation, quoted (and shortened when it is
// long), and what is wrong with it.
func (e *ParseError) Error() string {
	return "cannot parse citation " + Quote(e.Input) + ": " + e.Msg
}

// NewParseError converts an error of the engine into a *ParseError for the
// citation input.
func NewParseError(input string, err error) *ParseError {
	// The engine returns its *Error unwrapped: a type assertion, not
	// errors.As, which would link package reflect's lite version.
	if ce, ok := err.(*Error); ok {
		return &ParseError{Input: input, Part: ce.Part, Msg: ce.Msg}
	}
	return &ParseError{Input: input, Msg: err.Error()}
}
