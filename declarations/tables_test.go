package declarations

import "testing"

// everyDocument returns the data of every document and language version.
func everyDocument() []*document {
	var docs []*document
	for _, d := range all {
		for v := range (Declaration{d}).Versions() {
			docs = append(docs, v.d)
		}
	}
	return docs
}

// TestDocumentNumbers checks that the documents' numbers, which index the
// tables docMeta, docProv ..., number every document and language version
// once, from 1, and that each table has one entry per number and one for
// the zero Declaration.
func TestDocumentNumbers(t *testing.T) {
	docs := everyDocument()
	seen := map[uint16]string{}
	for _, d := range docs {
		if d.num == 0 || int(d.num) > len(docs) {
			t.Errorf("%s (%s): number %d, want 1 to %d", d.id, d.lang, d.num, len(docs))
		}
		if other, ok := seen[d.num]; ok {
			t.Errorf("%s (%s) and %s share the number %d", d.id, d.lang, other, d.num)
		}
		seen[d.num] = d.id
	}
	for _, n := range []int{len(docMeta), len(docProv), len(docFacts), len(docNotes), len(docLinks), len(docNorms), len(docBacklinks), len(docVersions)} {
		if n != len(docs)+1 {
			t.Errorf("a table has %d entries, want %d", n, len(docs)+1)
		}
	}
	if docMeta[0] != (meta{}) || docNotes[0] != "" || docLinks[0] != nil || docNorms[0] != nil {
		t.Error("the zero Declaration's entries are not zero")
	}
}

// TestParaNotes checks that paraNotes is sorted, as Paragraph.Note's binary
// search needs, that each note belongs to a paragraph of the corpus, and that
// Note finds it.
func TestParaNotes(t *testing.T) {
	byNum := map[uint16]*document{}
	for _, d := range everyDocument() {
		byNum[d.num] = d
	}
	for i, n := range paraNotes {
		if i > 0 {
			p := paraNotes[i-1]
			if p.doc > n.doc || p.doc == n.doc && p.para >= n.para {
				t.Errorf("paraNotes[%d] (%d, %d) is not after paraNotes[%d] (%d, %d)", i, n.doc, n.para, i-1, p.doc, p.para)
			}
		}
		d := byNum[n.doc]
		if d == nil || int(n.para) >= len(d.paras) {
			t.Errorf("paraNotes[%d] names no paragraph: document %d, paragraph %d", i, n.doc, n.para)
			continue
		}
		if got := (Paragraph{d, n.para}).Note(); got != n.note {
			t.Errorf("%s (%s) paragraph %d: Note() = %q, want %q", d.id, d.lang, n.para+1, got, n.note)
		}
	}
	if len(paraNotes) == 0 {
		t.Error("no paragraph has a note")
	}
	if got := (Paragraph{}).Note(); got != "" {
		t.Errorf("the zero Paragraph's note is %q", got)
	}
}
