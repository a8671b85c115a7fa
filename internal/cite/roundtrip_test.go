package cite

import (
	"strconv"
	"strings"
	"testing"
)

// printed returns every form in which the package prints a citation of a
// document (para < 0) or of its paragraph para: the short and formal
// citations, the LaTeX pinpoint of the BibTeX style, and the ID.
func printed(d *Doc, pin string) []string {
	if pin == "" {
		return []string{d.ID, d.Short, d.Formal()}
	}
	return []string{
		d.Short + ", " + pin,
		d.Formal() + ", " + pin,
		d.LaTeXCite(pin),
	}
}

// TestRoundTrip checks that every citation the package prints, of every
// document, every list item and every paragraph of the generated table,
// parses back to the same thing, in every mode that accepts it.
func TestRoundTrip(t *testing.T) {
	n := 0
	check := func(s string, mode Mode, want Ref, same func(Ref) bool) {
		t.Helper()
		n++
		got, err := ParseRef(s, mode)
		if err != nil || !same(got) {
			t.Errorf("ParseRef(%q, %d) = %s, %v; want %s", s, mode, got.ID(), err, want.ID())
			return
		}
		// The canonical ID parses back too.
		if back, err := ParseRef(got.ID(), mode); err != nil || !same(back) {
			t.Errorf("ParseRef(%q, %d) = %s, %v; want %s", got.ID(), mode, back.ID(), err, want.ID())
		}
		if l, err := ParseList(s, mode); err != nil || len(l) != 1 || !same(l[0]) {
			t.Errorf("ParseList(%q, %d) = %v, %v; want [%s]", s, mode, l, err, want.ID())
		}
	}
	for di := range docs {
		d := &docs[di]
		want := docRef(di)
		for _, s := range printed(d, "") {
			for _, m := range []Mode{Document, Any} {
				check(s, m, want, func(r Ref) bool { return r == want })
			}
		}
		for i, l := range d.List.Labels {
			item := i
			want := Ref{doc: int16(di + 1), item: int16(i + 1)}
			forms := append(printed(d, d.Locator(l)), d.Short+", "+d.List.Unit+" "+l, want.ID())
			for _, s := range forms {
				for _, m := range []Mode{Norm, Any} {
					check(s, m, want, func(r Ref) bool { return r.DocIndex() == di && r.Item() == item })
				}
			}
		}
		for k := range d.Paras {
			para := k
			want := Ref{doc: int16(di + 1), para: int16(k + 1)}
			for _, s := range append(printed(d, d.Pin(k)), want.ID()) {
				for _, m := range []Mode{Document, Any} {
					check(s, m, want, func(r Ref) bool { return r.DocIndex() == di && r.Para() == para })
				}
			}
		}
	}
	t.Logf("%d printed citations parsed back", n)
}

// TestParagraphIDs checks the ID form of paragraphs: every label of the
// corpus begins with a digit, so that "Lucca2017/p3" (the third paragraph)
// can never be the ID of a labelled item or paragraph.
func TestParagraphIDs(t *testing.T) {
	for i := range docs {
		d := &docs[i]
		for _, p := range d.Paras {
			if p.Label != "" && !isDigit(p.Label[0]) {
				t.Errorf("%s: label %q does not begin with a digit", d.ID, p.Label)
			}
		}
		for _, l := range d.List.Labels {
			if !isDigit(l[0]) {
				t.Errorf("%s: label %q does not begin with a digit", d.ID, l)
			}
		}
	}
}

func TestKeywords(t *testing.T) {
	for i := 1; i < len(keywords); i++ {
		if keywords[i-1].word >= keywords[i].word {
			t.Errorf("keywords not sorted at %q, %q", keywords[i-1].word, keywords[i].word)
		}
	}
	for i := 1; i < len(index); i++ {
		if index[i-1].Word >= index[i].Word {
			t.Errorf("index not sorted at %q, %q", index[i-1].Word, index[i].Word)
		}
	}
}

// TestKeywordStart checks keywordStart against keywords: each letter's
// first keyword, as keywordIndex searches them.
func TestKeywordStart(t *testing.T) {
	for b := 0; b <= 26; b++ {
		want := len(keywords)
		for i, k := range keywords {
			if int(k.word[0]-'a') >= b {
				want = i
				break
			}
		}
		if int(keywordStart[b]) != want {
			t.Errorf("keywordStart[%d] = %d, want %d", b, keywordStart[b], want)
		}
	}
	for i, k := range keywords {
		if got := keywordIndex(k.word); got != i {
			t.Errorf("keywordIndex(%q) = %d, want %d", k.word, got, i)
		}
	}
}

// TestKeywordHash checks the generated keywordHash against keywords, as the
// runtime's foldHash hashes them.
func TestKeywordHash(t *testing.T) {
	var want [len(keywordHash)]uint8
	mask := uint32(len(want) - 1)
	for i, k := range keywords {
		h := foldHash(k.word) & mask
		for want[h] != 0 {
			h = (h + 1) & mask
		}
		want[h] = uint8(i + 1)
	}
	if want != keywordHash {
		var b strings.Builder
		for i, v := range want {
			if i%16 == 0 {
				b.WriteString("\n\t")
			}
			b.WriteString(strconv.Itoa(int(v)) + ", ")
		}
		t.Errorf("keywordHash disagrees with the runtime's hash; want:\n%s", b.String())
	}
	for i, k := range keywords {
		if got := keywordHashed(k.word, foldHash(k.word)); got != i {
			t.Errorf("keywordHashed(%q) = %d, want %d", k.word, got, i)
		}
	}
}
