package cite

import (
	"strconv"
	"strings"

	"github.com/cybernorms/cybernorms/internal/ids"
)

// A Mode says what a citation must name.
type Mode int

const (
	// Norm: an item of a document's list.
	Norm Mode = iota
	// Document: a document, or one of its paragraphs. A citation of a list
	// item names the item's paragraph.
	Document
	// Any: whatever the citation names, a document, a paragraph or an item.
	Any
)

// A Ref is what a citation names: a document and, unless it names the whole
// document, an item of its list or one of its paragraphs, or both where the
// paragraph is the item's ("A/70/174, para. 13(f)"). It is a plain value:
// the indexes of the document in [Docs], of the item in the document's
// List.Labels and of the paragraph in its Paras. The zero Ref names nothing.
type Ref struct {
	doc, item, para int16 // 1 + index; 0 for none
	kind            Kind
	lang            uint8 // 1 + the index in the document's Versions of the version named; 0 for the primary
}

// A Kind is what a Ref names, as the citation put it.
type Kind uint8

const (
	// KindNone: the zero Ref.
	KindNone Kind = iota
	// KindDocument: a whole document.
	KindDocument
	// KindItem: an item of a list, cited by its unit ("norm 6",
	// "commitment 2") or ID.
	KindItem
	// KindParagraph: a paragraph, cited as one ("para. 7", "unnumbered
	// paragraph 3 of 34"). The paragraph may hold an item: then Item is
	// set too.
	KindParagraph
)

func docRef(d int) Ref { return Ref{doc: int16(d + 1), kind: KindDocument} }

// IsZero reports whether r names nothing.
func (r Ref) IsZero() bool { return r.doc == 0 }

// Kind returns what the citation named.
func (r Ref) Kind() Kind { return r.kind }

// DocIndex returns the index of the document in [Docs], or -1.
func (r Ref) DocIndex() int { return int(r.doc) - 1 }

// Doc returns the document, or nil for the zero Ref.
func (r Ref) Doc() *Doc {
	if r.doc == 0 {
		return nil
	}
	return &docs[r.doc-1]
}

// Lang returns the language of the version of the document that the
// citation named, as a BCP 47 tag ("fr"), when the words that named the
// document are only in that version's names ("Appel de Paris, principe
// 2"); it returns "" when they are in the primary's names, or in both
// ("Paris Call, principle 2", "Paris2019", "A/70/174"). The Ref names the
// same document and item either way: the language says which text the
// citation pointed at, for callers that hold the versions' texts.
func (r Ref) Lang() string {
	if r.doc == 0 || r.lang == 0 {
		return ""
	}
	return docs[r.doc-1].Versions[r.lang-1].Lang
}

// ListItem returns the place of the list of r's document in package norms'
// table of lists (see [List.Index]) and the index of r's item in it, or -1
// and -1 when r names no item.
func (r Ref) ListItem() (list, item int) {
	if r.doc == 0 || r.item == 0 {
		return -1, -1
	}
	return docs[r.doc-1].List.Index, int(r.item) - 1
}

// Item returns the index of the item in the document's list, or -1.
func (r Ref) Item() int { return int(r.item) - 1 }

// Para returns the index of the paragraph in the document's Paras, or -1.
func (r Ref) Para() int { return int(r.para) - 1 }

// Label returns the label of the item or paragraph as the source prints it
// ("13(f)", "6"), or "" for a document or an unnumbered paragraph.
func (r Ref) Label() string {
	switch {
	case r.doc == 0:
		return ""
	case r.item > 0:
		return docs[r.doc-1].List.Labels[r.item-1]
	case r.para > 0:
		return docs[r.doc-1].Paras[r.para-1].Label
	}
	return ""
}

// ID returns the machine ID of what r names: "Lucca2017" for a document,
// "UNGGE2015/13f" for an item or a labelled paragraph, "Lucca2017/p3" for
// the third paragraph of a document, counted from 1, where the source does
// not number it. See the package documentation for the grammar.
func (r Ref) ID() string { return string(r.AppendID(nil)) }

// AppendID appends r's ID to b.
func (r Ref) AppendID(b []byte) []byte {
	if r.doc == 0 {
		return b
	}
	d := &docs[r.doc-1]
	b = append(b, d.ID...)
	if l := r.Label(); l != "" {
		b = append(b, '/')
		return appendLocal(b, l)
	}
	if r.para > 0 {
		b = append(b, "/p"...)
		return strconv.AppendInt(b, int64(r.para), 10)
	}
	return b
}

func appendLocal(b []byte, label string) []byte { return ids.AppendLocalID(b, label) }

// VersionID returns r's ID with the language of the version it names, for
// a version other than the document's primary: "ParisCall2018.fr/2" for
// "Appel de Paris, principe 2"; for the primary, the ID.
func (r Ref) VersionID() string { return VersionID(r.ID(), r.Lang()) }

// VersionID returns the ID id with the language tag lang of a version
// other than the primary: "ParisCall2018.fr/2" of "ParisCall2018/2" and
// "fr". With lang "" it returns id.
func VersionID(id, lang string) string {
	if lang == "" {
		return id
	}
	doc, local, ok := strings.Cut(id, "/")
	if ok {
		return doc + "." + lang + "/" + local
	}
	return doc + "." + lang
}

// SplitVersion splits a versioned ID ("ParisCall2018.fr/2") into the ID
// and the language tag ("ParisCall2018/2", "fr"), and reports whether id
// has a tag.
func SplitVersion(id string) (base, lang string, ok bool) {
	doc, local, hasLocal := strings.Cut(id, "/")
	base, lang, ok = strings.Cut(doc, ".")
	if !ok || base == "" || lang == "" {
		return id, "", false
	}
	if hasLocal {
		base += "/" + local
	}
	return base, lang, true
}

// String returns r's ID, or "" for the zero Ref.
func (r Ref) String() string { return r.ID() }
