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
		r, err := ParseRef(tt.in, tt.mode)
		if tt.errSubstr != "" {
			var e *Error
			if !errors.As(err, &e) || !strings.Contains(e.Msg, tt.errSubstr) {
				t.Errorf("ParseRef(%q, %v) = %+v, %v; want an *Error containing %q", tt.in, tt.mode, r, err, tt.errSubstr)
			}
			continue
		}
		if err != nil || r.Doc() == nil || r.Doc().ID != tt.doc || r.Label() != tt.lab {
			t.Errorf("ParseRef(%q, %v) = %+v, %v; want %s %q", tt.in, tt.mode, r, err, tt.doc, tt.lab)
		}
	}
}

// TestFormalByKind checks each kind's formal citation, in the forms the field
// uses, with the facts of the data files as observed in
// sources/document-facts.txt: A/68/98 of 24 June 2013 (line 24); resolution
// 58/199, A/RES/58/199, adopted 23 December 2003 (lines 36-41); 69/166 of 18
// December 2014 (line 69); A/RES/70/237 (line 79), whose date was not seen;
// 26/13 as A/HRC/RES/26/13 (line 107), 20/8 and 26/13 with their year only
// (data/HRC20_8.txt, data/HRC26_13.txt: the pages disagree on the day);
// "European Treaty Series - No. 185", "Convention on Cybercrime",
// "Budapest, 23.XI.2001" (line 139).
func TestFormalByKind(t *testing.T) {
	for _, tt := range []struct{ id, want string }{
		{"UNGGE2013", "Report of the Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security, UN Doc. A/68/98 (24 June 2013)"},
		{"GA58_199", "UNGA Res 58/199 (23 December 2003), UN Doc. A/RES/58/199"},
		{"GA69_166", "UNGA Res 69/166 (18 December 2014)"},
		{"GA70_237", "UNGA Res 70/237, UN Doc. A/RES/70/237"},
		{"HRC20_8", "HRC Res 20/8 (2012)"},
		{"HRC26_13", "HRC Res 26/13 (2014), UN Doc. A/HRC/RES/26/13"},
		{"Budapest2001", "Convention on Cybercrime (opened for signature 23 November 2001), ETS No. 185"},
	} {
		d := Lookup(tt.id)
		if got := d.Formal(); got != tt.want {
			t.Errorf("%s: Formal() = %q, want %q", tt.id, got, tt.want)
		}
		if r, err := ParseRef(tt.want, Document); err != nil || r.ID() != tt.id {
			t.Errorf("ParseRef(%q) = %s, %v; want %s", tt.want, r.ID(), err, tt.id)
		}
	}
}

// TestBibTeXURL checks that a URL is given verbatim, not escaped as text.
func TestBibTeXURL(t *testing.T) {
	d := Doc{ID: "X2020", Title: "A_b 50%", URL: "https://example.org/a_b%20c#d{e}"}
	got := d.BibTeX()
	if !strings.Contains(got, "  url          = {https://example.org/a_b%20c#d%7Be%7D},\n") {
		t.Errorf("BibTeX url not verbatim:\n%s", got)
	}
	if !strings.Contains(got, `{{A\_b 50\%}}`) {
		t.Errorf("BibTeX title not escaped:\n%s", got)
	}
}

// The grammar intersects postings by binary search (sortedHas) and walks
// document sets in order: every posting's lists must be ascending and
// without repeats.
func TestIndexPostingsAscending(t *testing.T) {
	for _, e := range index {
		for _, ds := range [][]uint16{e.Docs, e.Strong, e.Title} {
			for i := 1; i < len(ds); i++ {
				if ds[i-1] >= ds[i] {
					t.Errorf("posting %q: documents %v are not ascending", e.Word, ds)
					break
				}
			}
		}
	}
}

func TestDocsetNext(t *testing.T) {
	var s docset
	want := []int{0, 5, 63, 64, len(docs) - 1}
	for _, d := range want {
		if d < len(docs) {
			s.add(d)
		}
	}
	var got []int
	for d := s.next(0); d >= 0; d = s.next(d + 1) {
		got = append(got, d)
	}
	var exp []int
	for _, d := range want {
		if d < len(docs) && !slices.Contains(exp, d) {
			exp = append(exp, d)
		}
	}
	slices.Sort(exp)
	if !slices.Equal(got, exp) {
		t.Errorf("next visits %v, want %v", got, exp)
	}
	if d := s.next(len(docs) + 70); d != -1 {
		t.Errorf("next past the end = %d, want -1", d)
	}
}

// label and paraOfItem rely on two properties of the generated table: the
// labels of a document's paragraphs are unique, and its list's items are in
// distinct paragraphs, in order.
func TestParagraphLabelsUniqueItemsInOrder(t *testing.T) {
	for di := range docs {
		d := &docs[di]
		seen := map[string]bool{}
		last := -1
		for k, pa := range d.Paras {
			if pa.Label != "" {
				if seen[pa.Label] {
					t.Errorf("%s: paragraph label %q twice", d.ID, pa.Label)
				}
				seen[pa.Label] = true
			}
			if pa.Item != 0 {
				if pa.Item-1 <= last {
					t.Errorf("%s: paragraph %d holds item %d after item %d", d.ID, k, pa.Item, last+1)
				}
				last = pa.Item - 1
			}
		}
		for i := range d.List.Labels {
			if k := d.paraOfItem(i); k >= 0 && d.Paras[k].Item != i+1 {
				t.Errorf("%s: paraOfItem(%d) = %d, which holds item %d", d.ID, i, k, d.Paras[k].Item)
			}
		}
	}
}
