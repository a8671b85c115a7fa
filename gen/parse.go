package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"strings"
	"unicode/utf8"
)

// A dataFile is one file of data/, split into its header entries and its
// body, with the line numbers every later error names.
type dataFile struct {
	Path    string  // "data/Lucca2017.txt"
	Entries []entry // header entries in file order
	// Body is the text after the "---" line, verbatim, from line BodyLine.
	Body     string
	BodyLine int
	HasBody  bool
	SHA256   string // hex SHA-256 of the whole file
	// HeaderEnd is the "---" line, or the last line of a file without a
	// body: an error about a key the header lacks names it.
	HeaderEnd int
}

// An entry is one "key: value" line of a header, with the indented
// "  attr: value" lines that follow it.
type entry struct {
	Key   string
	Value string
	Line  int
	Attrs []attr
}

// An attr is one indented "  key: value" line below an entry.
type attr struct {
	Key   string
	Value string
	Line  int
}

func (e *entry) attr(key string) (attr, bool) {
	for _, a := range e.Attrs {
		if a.Key == key {
			return a, true
		}
	}
	return attr{}, false
}

// attrOrEntry returns the entry's attribute key or, when it is absent, an
// empty attribute at the entry's line.
func (e *entry) attrOrEntry(key string) attr {
	if a, ok := e.attr(key); ok {
		return a
	}
	return attr{Key: key, Line: e.Line}
}

// bodySeparator is the line that ends the header and begins the body.
const bodySeparator = "---"

// parseFile splits a data file into header entries and body, checking its
// encoding and the header's syntax; buildDocument checks what they mean.
func parseFile(path string, data []byte) (*dataFile, error) {
	sum := sha256.Sum256(data)
	f := &dataFile{Path: path, SHA256: hex.EncodeToString(sum[:])}
	if err := checkEncoding(path, data); err != nil {
		return nil, err
	}
	text := string(data)
	lines := strings.SplitAfter(text, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	var cur *entry
	offset := 0
	for i, raw := range lines {
		line := strings.TrimSuffix(raw, "\n")
		n := i + 1
		offset += len(raw)
		switch {
		case line == bodySeparator:
			f.HasBody = true
			f.Body = text[offset:]
			f.BodyLine = n + 1
			f.HeaderEnd = n
			if strings.TrimSpace(f.Body) == "" {
				return nil, errorf(path, n, "the body after %q is empty; a document without text has no %q line", bodySeparator, bodySeparator)
			}
			return f, nil
		case line == "" || strings.HasPrefix(line, "#"): // blank lines and comments
		case strings.HasPrefix(line, "  "):
			if cur == nil {
				return nil, errorf(path, n, "indented line before any entry: attributes belong below a \"key: value\" line")
			}
			key, value, err := splitKeyValue(path, n, 2, line[2:])
			if err != nil {
				return nil, err
			}
			if _, dup := cur.attr(key); dup && key != "theme" { // an item's themes are its one repeatable attribute
				return nil, errorf(path, n, "attribute %q given twice for the %q entry of line %d", key, cur.Key, cur.Line)
			}
			cur.Attrs = append(cur.Attrs, attr{Key: key, Value: value, Line: n})
		case line[0] == ' ' || line[0] == '\t':
			return nil, errorf(path, n, "attribute lines are indented by exactly two spaces")
		default:
			key, value, err := splitKeyValue(path, n, 0, line)
			if err != nil {
				return nil, err
			}
			f.Entries = append(f.Entries, entry{Key: key, Value: value, Line: n})
			cur = &f.Entries[len(f.Entries)-1]
		}
	}
	f.HeaderEnd = len(lines)
	return f, nil
}

// checkEncoding rejects what would make a text differ invisibly from its
// source: invalid UTF-8, a byte-order mark, CR line ends, white space at the
// end of a line, and a missing final newline.
func checkEncoding(path string, data []byte) error {
	if len(data) == 0 {
		return errorf(path, 0, "the file is empty")
	}
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		return errorf(path, 1, "the file begins with a UTF-8 byte-order mark; save it as UTF-8 without one")
	}
	line := 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return errorf(path, line, "invalid UTF-8 (byte 0x%02x at column %d); data files are UTF-8", data[i], column(data, i))
		}
		switch r {
		case '\r':
			return errorf(path, line, "carriage return (CRLF line end); data files use LF line ends")
		case '\n':
			if i > 0 && (data[i-1] == ' ' || data[i-1] == '\t') {
				return errorf(path, line, "white space at the end of the line")
			}
			line++
		case '\uFEFF':
			return errorf(path, line, "byte-order mark (U+FEFF) inside the file")
		}
		i += size
	}
	if data[len(data)-1] != '\n' {
		return errorf(path, line, "the file does not end with a newline")
	}
	return nil
}

// column returns the 1-based byte column of offset i in data.
func column(data []byte, i int) int {
	return i - bytes.LastIndexByte(data[:i], '\n')
}

// splitKeyValue parses `key: value`, the text of line after indent bytes. A
// value that begins with a double quote is a Go string literal, decoded by
// decodeValue (check_chars.go).
func splitKeyValue(path string, line, indent int, s string) (key, value string, err error) {
	key, value, ok := strings.Cut(s, ":")
	if !ok {
		return "", "", errorf(path, line, "expected \"key: value\", found %q", abbreviate(s, 40))
	}
	if !keySyntax.MatchString(key) {
		return "", "", errorf(path, line, "bad key %q: keys are lower-case words joined by hyphens", key)
	}
	if value != "" && value[0] != ' ' {
		return "", "", errorf(path, line, "expected a space after %q", key+":")
	}
	col := indent + len(key) + len(":") + len(value) - len(strings.TrimLeft(value, " \t")) + 1
	value = strings.TrimSpace(value)
	if strings.HasPrefix(value, `"`) {
		v, err := decodeValue(path, line, col, key, value)
		if err != nil {
			return "", "", err
		}
		value = v
	}
	return key, value, nil
}

// keySyntax is the form of a key: lower-case words joined by hyphens.
var keySyntax = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)
