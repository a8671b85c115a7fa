package main

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestParseFile(t *testing.T) {
	src := "# comment\n" +
		"id: X2020\n" +
		"title: \"A \\\"quoted\\\" title\"\n" +
		"\n" +
		"correction: why\n" +
		"  from: \"a\\nb\"\n" +
		"  to: c\n" +
		"---\n" +
		"Body line.\n"
	f, err := parseFile("data/X2020.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []entry{
		{Key: "id", Value: "X2020", Line: 2},
		{Key: "title", Value: `A "quoted" title`, Line: 3},
		{Key: "correction", Value: "why", Line: 5, Attrs: []attr{
			{Key: "from", Value: "a\nb", Line: 6},
			{Key: "to", Value: "c", Line: 7},
		}},
	}
	if diff := cmp.Diff(want, f.Entries); diff != "" {
		t.Errorf("entries (-want +got):\n%s", diff)
	}
	if !f.HasBody || f.Body != "Body line.\n" || f.BodyLine != 9 {
		t.Errorf("body = %q at line %d (has body %v), want %q at line 9", f.Body, f.BodyLine, f.HasBody, "Body line.\n")
	}
	if len(f.SHA256) != 64 {
		t.Errorf("SHA256 = %q", f.SHA256)
	}
}

func TestParseFileNoBody(t *testing.T) {
	f, err := parseFile("data/X.txt", []byte("id: X\n"))
	if err != nil {
		t.Fatal(err)
	}
	if f.HasBody || f.Body != "" {
		t.Errorf("HasBody = %v, Body = %q; want no body", f.HasBody, f.Body)
	}
}

func TestParseFileErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // the whole error message
	}{
		{"empty", "", "data/X.txt: the file is empty"},
		{"bom", "\xef\xbb\xbfid: X\n", "data/X.txt:1: the file begins with a UTF-8 byte-order mark; save it as UTF-8 without one"},
		{"bom inside", "id: X\ntitle: a\uFEFFb\n", "data/X.txt:2: byte-order mark (U+FEFF) inside the file"},
		{"crlf", "id: X\r\n", "data/X.txt:1: carriage return (CRLF line end); data files use LF line ends"},
		{"trailing space", "id: X\ntitle: T \n", "data/X.txt:2: white space at the end of the line"},
		{"trailing tab in body", "id: X\n---\nText.\t\n", "data/X.txt:3: white space at the end of the line"},
		{"invalid utf8", "id: X\ntitle: caf\xe9\n", "data/X.txt:2: invalid UTF-8 (byte 0xe9 at column 11); data files are UTF-8"},
		{"no final newline", "id: X\ntitle: T", "data/X.txt:2: the file does not end with a newline"},
		{"no colon", "id X\n", `data/X.txt:1: expected "key: value", found "id X"`},
		{"bad key", "Title: T\n", `data/X.txt:1: bad key "Title": keys are lower-case words joined by hyphens`},
		{"no space", "id:X\n", `data/X.txt:1: expected a space after "id:"`},
		{"bad literal", "title: \"open\n", `data/X.txt:1: the value of "title" is not a valid Go string literal: "open`},
		{"attr first", "  from: x\n", `data/X.txt:1: indented line before any entry: attributes belong below a "key: value" line`},
		{"bad indent", "id: X\n title: T\n", "data/X.txt:2: attribute lines are indented by exactly two spaces"},
		{"attr twice", "correction: c\n  from: a\n  from: b\n", `data/X.txt:3: attribute "from" given twice for the "correction" entry of line 1`},
		{"empty body", "id: X\n---\n\n", `data/X.txt:2: the body after "---" is empty; a document without text has no "---" line`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseFile("data/X.txt", []byte(tt.src))
			if err == nil {
				t.Fatalf("no error; want %q", tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error:\n got %q\nwant %q", err, tt.want)
			}
		})
	}
}

// escapeSeeds are quoted values whose escapes stand for each class of
// character a data file may not hold, and some it may.
var escapeSeeds = []string{
	`\x1b[31m`, `\u001b`, `\033`, `\x00`, `\000`, `\U00000000`, `\a`, `\b`, `\f`, `\v`, `\t`, `\r`,
	`\x7f`, `\u0085`, `\xc2\x9b`, `\u202e`, `\xe2\x80\xae`, `\u2067`, `\u061c`, `\u200b`, `\u2060`,
	`\u00ad`, `\ufeff`, `\u2028`, `\u2003`, `\ufe0f`, `\U000E0100`, `\u034f`, `\u3164`, `\u2800`,
	`\ue000`, `\U0010FFFF`, `\xff`, `\xe2\x80`, ` \n`, `\n`, `\u00e9`, `\u00a0`, `\u202f`, `\"`, `\\`,
}

// FuzzParseFile checks that the parser never panics; that every error it
// returns names the file and, when it is about a line, a line in the file;
// and that a file whose characters pass checkCharacters gives, if it
// parses, only values that obey the same rules once decoded.
func FuzzParseFile(f *testing.F) {
	f.Add([]byte("id: X\ntitle: T\n---\nText.\n"))
	f.Add([]byte("correction: c\n  from: \"a\\nb\"\n  to: d\n"))
	f.Add([]byte("\xef\xbb\xbfid: X\r\n"))
	for _, esc := range escapeSeeds {
		f.Add([]byte("id: X\ntitle: \"A " + esc + " title\"\ncorrection: c\n  from: a\n  to: \"b" + esc + "\"\n---\nText.\n"))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		pf, err := parseFile("data/X.txt", data)
		if err == nil {
			if checkCharacters("data/X.txt", data) == nil {
				for _, e := range pf.Entries {
					checkDecodedValue(t, e.Key, e.Value)
					for _, a := range e.Attrs {
						checkDecodedValue(t, a.Key, a.Value)
					}
				}
			}
			return
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, "data/X.txt:") {
			t.Fatalf("error does not name the file: %q", msg)
		}
		pe, ok := err.(*posError)
		if !ok {
			t.Fatalf("error is %T, want *posError", err)
		}
		lines := strings.Count(string(data), "\n") + 1
		if pe.Line < 0 || pe.Line > lines {
			t.Fatalf("error names line %d of a file of %d lines: %q", pe.Line, lines, msg)
		}
	})
}

// checkDecodedValue fails the test if the value of key holds what a data
// file may not: invalid UTF-8, a character allowedRune refuses, a carriage
// return or byte-order mark, a space at the end of a line.
func checkDecodedValue(t *testing.T, key, v string) {
	t.Helper()
	if !utf8.ValidString(v) {
		t.Fatalf("the value of %q is not UTF-8: %q", key, v)
	}
	for _, r := range v {
		if !allowedRune(r) || r == '\r' || r == '\uFEFF' {
			t.Fatalf("the value of %q holds U+%04X: %q", key, r, v)
		}
	}
	if strings.Contains(v, " \n") {
		t.Fatalf("the value of %q has a space at the end of a line: %q", key, v)
	}
}
