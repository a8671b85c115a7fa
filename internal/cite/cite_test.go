package cite

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestLocalID(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"13(f)", "13f"},
		{"13(F)", "13f"},
		{"6", "6"},
		{"26", "26"},
	} {
		if got := LocalID(tt.in); got != tt.want {
			t.Errorf("LocalID(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestDocs checks the generated table the parser and the formatters read:
// sorted by ID, every ID found by Lookup, every vocabulary sorted and
// holding the words of the short name but its year.
func TestDocs(t *testing.T) {
	docs := Docs()
	if len(docs) == 0 {
		t.Fatal("no documents")
	}
	if !slices.IsSortedFunc(docs, func(a, b Doc) int { return strings.Compare(a.ID, b.ID) }) {
		t.Error("Docs() is not sorted by ID")
	}
	for i := range docs {
		d := &docs[i]
		if got := Lookup(d.ID); got != d {
			t.Errorf("Lookup(%q) = %p, want %p", d.ID, got, d)
		}
		if !slices.IsSorted(d.Words) {
			t.Errorf("%s: Words not sorted: %q", d.ID, d.Words)
		}
		for _, w := range d.ShortWords {
			if w == strconv.Itoa(d.Year) {
				continue // the year is matched against Year, not the vocabulary
			}
			if _, ok := slices.BinarySearch(d.Words, w); !ok && !slices.Contains(d.Symbols, w) {
				t.Errorf("%s: short-name word %q not in its vocabulary", d.ID, w)
			}
		}
	}
	for _, id := range []string{"", "lucca2017", "Lucca2017/6", "Nowhere2020"} {
		if d := Lookup(id); d != nil {
			t.Errorf("Lookup(%q) = %s, want nil", id, d.ID)
		}
	}
}

// TestParseModes checks what each mode accepts: a norm citation must name an
// item of a list; a document citation may name a whole document or a
// labelled paragraph of one.
func TestParseModes(t *testing.T) {
	for _, tt := range []struct {
		in        string
		mode      Mode
		doc, lab  string
		errSubstr string
	}{
		{in: "UN GGE 2015 norm 13(f)", mode: Norm, doc: "UNGGE2015", lab: "13(f)"},
		{in: "UN GGE 2015 norm 13(f)", mode: Document, doc: "UNGGE2015", lab: "13(f)"},
		{in: "Toronto 2018, para. 7", mode: Document, doc: "Toronto2018", lab: "7"},
		{in: "Toronto 2018, para. 7", mode: Norm, errSubstr: "has no list of norms"},
		{in: "Lucca Declaration", mode: Document, doc: "Lucca2017"},
		{in: "Lucca Declaration", mode: Norm, errSubstr: "not one of its norms"},
		{in: "GGE 2015 recommendation 13(f)", mode: Norm, doc: "UNGGE2015", lab: "13(f)"},
		{in: "SEC Form 13(f)", mode: Norm, errSubstr: `"SEC Form" is not part of any citation`},
	} {
		r, err := Parse(tt.in, tt.mode)
		if tt.errSubstr != "" {
			var e *Error
			if !errors.As(err, &e) || !strings.Contains(e.Msg, tt.errSubstr) {
				t.Errorf("Parse(%q, %v) = %+v, %v; want an *Error containing %q", tt.in, tt.mode, r, err, tt.errSubstr)
			}
			continue
		}
		if err != nil || r.Doc == nil || r.Doc.ID != tt.doc || r.Label != tt.lab {
			t.Errorf("Parse(%q, %v) = %+v, %v; want %s %q", tt.in, tt.mode, r, err, tt.doc, tt.lab)
		}
	}
}
