package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// invisible reports whether r is one of the graphic characters that print
// as nothing, or as a space, and so can hide a difference (data/README.md
// lists them).
func invisible(r rune) bool {
	return r == 0x034f || r == 0x115f || r == 0x1160 || r == 0x17b4 || r == 0x17b5 || r >= 0x180b && r <= 0x180f ||
		r == 0x2800 || r == 0x3164 || r >= 0xfe00 && r <= 0xfe0f || r == 0xffa0 || r >= 0xe0100 && r <= 0xe01ef
}

// allowedRune reports whether a data file may hold r: the line feed, the
// space, the no-break and narrow no-break spaces, and every other graphic
// character that is not in invisible.
func allowedRune(r rune) bool {
	switch {
	case r == '\n' || r == ' ' || r == '\u00a0' || r == '\u202f':
		return true
	case unicode.Is(unicode.Zs, r):
		return false // other spaces: en quad, thin space, ideographic space ...
	case invisible(r):
		return false
	}
	return unicode.IsGraphic(r)
}

// checkCharacters refuses any character allowedRune does not allow, naming
// line, column and code point. checkEncoding explains invalid UTF-8,
// carriage returns and byte-order marks better.
func checkCharacters(p string, data []byte) error {
	line := 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == '\n':
			line++
		case r == utf8.RuneError && size == 1, r == '\r', r == '\uFEFF': // checkEncoding's
		case !allowedRune(r):
			return errorf(p, line, "column %d: %s; data files hold only printable characters, spaces and line feeds (see data/README.md)", column(data, i), describeRune(r))
		}
		i += size
	}
	return nil
}

// decodeValue decodes lit, the Go string literal given as the value of key
// at column col of a line. What an escape stands for reaches users as the
// character itself, so the rules on a file's characters hold for it too.
// The error names the column where the escape (or the run of escapes that
// spells one character) begins.
func decodeValue(path string, line, col int, key, lit string) (string, error) {
	v, err := strconv.Unquote(lit)
	if err != nil {
		return "", errorf(path, line, "the value of %q is not a valid Go string literal: %s", key, abbreviate(lit, 40))
	}
	at, size, what := firstRefusedDecoded(v)
	if what == "" {
		return v, nil
	}
	from, src := literalSpan(lit, at, size)
	where := fmt.Sprintf("column %d: the quoted value of %q", col+from, key)
	if strings.HasPrefix(src, `\`) {
		where = fmt.Sprintf("column %d: the escape %s in the quoted value of %q", col+from, src, key)
	}
	return "", errorf(path, line, "%s stands for %s; remove it: a quoted value may stand only for characters a data file may hold itself, printable characters, spaces and line feeds (see data/README.md)", where, what)
}

// firstRefusedDecoded returns the offset, size and description of the first
// refused character of v, a decoded value, or what == "" for none.
func firstRefusedDecoded(v string) (at, size int, what string) {
	for i := 0; i < len(v); i += size {
		var r rune
		r, size = utf8.DecodeRuneInString(v[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return i, size, fmt.Sprintf("the byte 0x%02x, which is not UTF-8 here (data files are UTF-8: write the character itself, or its \\u escape)", v[i])
		case r == '\r':
			return i, size, "a carriage return (U+000D); lines end with a line feed, \\n"
		case r == '\uFEFF':
			return i, size, "a byte-order mark (U+FEFF)"
		case r == '\t':
			return i, size, "a tab (U+0009)"
		case r == ' ' && strings.HasPrefix(v[i+1:], "\n"):
			return i, size, "a space at the end of a line (before \\n), which data files do not hold"
		case !allowedRune(r):
			return i, size, describeRune(r)
		}
	}
	return 0, 0, ""
}

// literalSpan returns the offset in lit, a valid Go string literal, of the
// escapes or characters that stand for the decoded bytes [at, at+size), and
// their text.
func literalSpan(lit string, at, size int) (int, string) {
	rest, off, dec := lit[1:len(lit)-1], 1, 0
	start := -1
	for rest != "" {
		r, multibyte, tail, err := strconv.UnquoteChar(rest, '"')
		if err != nil {
			break
		}
		n := 1
		if r >= utf8.RuneSelf && multibyte {
			n = utf8.RuneLen(r)
		}
		src := len(rest) - len(tail)
		if start < 0 && dec+n > at {
			start = off
		}
		if start >= 0 && dec+n >= at+size {
			return start, lit[start : off+src]
		}
		dec, off, rest = dec+n, off+src, tail
	}
	return 1, lit
}

// describeRune names a refused character.
func describeRune(r rune) string {
	u := fmt.Sprintf("U+%04X", r)
	switch {
	case r == 0:
		return "a NUL byte (" + u + ")"
	case r == '\t':
		return "a tab (" + u + "); indent attributes with two spaces"
	case r == 0x1b:
		return "an escape character (" + u + "), which terminals obey"
	case r < 0x20 || r == 0x7f:
		return "a control character (" + u + ")"
	case r >= 0x80 && r <= 0x9f:
		return "a C1 control character (" + u + ")"
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return "a bidirectional control (" + u + "), which can make text display in another order than it is read"
	case r == 0x00ad:
		return "a soft hyphen (" + u + "), which is invisible"
	case unicode.Is(unicode.Cf, r):
		return "an invisible format character (" + u + ")"
	case unicode.Is(unicode.Zs, r):
		return "an unusual space (" + u + "); use a space, a no-break space or a narrow no-break space"
	case unicode.Is(unicode.Co, r):
		return "a private-use character (" + u + ")"
	case invisible(r):
		return "an invisible character (" + u + ")"
	case r == 0x2028 || r == 0x2029:
		return "a line or paragraph separator (" + u + "); end lines with a line feed"
	}
	return "an unassigned or non-printing character (" + u + ")"
}
