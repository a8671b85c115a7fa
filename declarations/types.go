package declarations

import (
	"iter"
	"slices"
	"time"

	"github.com/cybernorms/cybernorms/internal/kinds"
	"github.com/cybernorms/cybernorms/internal/phash"
	"github.com/cybernorms/cybernorms/internal/words"
	"github.com/cybernorms/cybernorms/norms"
)

// An ID is the stable machine identifier of a document, such as "Lucca2017".
// It is the name of the document's variable in this package: a place (or a
// body) and a year as the field names them, and, for a second document of the
// same place and year, a suffix ("Lucca2017Communique"). Resolutions, which
// the field cites by number, are named by body and number ("GA70_237").
//
// An ID, once published, always names the same document; IDs are never
// renamed or reused.
type ID string

// String returns the ID as a string.
func (id ID) String() string { return string(id) }

// A Declaration is one document of the corpus: its text where the corpus holds
// it, its metadata, where the text was read, and its links to other
// documents. It is a small value that refers to the corpus's read-only data,
// which its methods read: copying, storing or comparing a Declaration is
// cheap and safe, and nothing done with one changes the corpus.
//
// The values are the package's variables ([Lucca2017], [Toronto2018], ...)
// and what [Lookup], [Parse] and [All] return. The zero Declaration is no
// document: its methods return zero values, and [Declaration.IsZero] reports
// it.
type Declaration struct{ d *document }

// document is the data of a Declaration, laid out statically by the generated
// tables. It holds what identifies and names the document, and its
// paragraphs, which most programs read; the rest (metadata, provenance,
// facts, links ...) sits in tables indexed by num, which the linker keeps
// only in a program that calls the methods reading them. A table holds an
// entry for every document: a program that reads one document's provenance
// links every document's.
type document struct {
	id, lang, title, short string
	paras                  []paragraph
	date                   Date
	num                    uint16 // index of its entries in docMeta, docProv ...; 0 for no document
	kind                   Kind
}

// meta is the metadata of a document that few programs read: docMeta[num].
// urlUnverified says why url was not verified, or is "".
type meta struct{ body, meeting, place, symbol, url, urlUnverified string }

// A span is where a document's entries begin in a table, and how many there
// are.
type span struct{ start, n uint16 }

// IsZero reports whether d is the zero Declaration, which names no document.
func (d Declaration) IsZero() bool { return d.d == nil }

// data returns d's data, or that of an empty document for the zero
// Declaration, so that the accessors need no test of their own.
func (d Declaration) data() *document {
	if d.d == nil {
		return &noDocument
	}
	return d.d
}

// noDocument is the data of the zero Declaration.
var noDocument document

// ID returns the document's stable machine identifier.
func (d Declaration) ID() ID { return ID(d.data().id) }

// Title returns the document's title as the sources print it, in its language
// ([Declaration.Lang]). For a document whose title the sources do not give
// (the Lucca joint communiqué, General Assembly resolution 69/166), it is the
// maintainers' description of it in square brackets, as citations print a
// description: "[Joint communiqué of the G7 foreign ministers' meeting]";
// [Editorial.Description] then holds the description, and the provenance's
// notes say why.
func (d Declaration) Title() string { return d.data().title }

// Kind says what sort of document it is.
func (d Declaration) Kind() Kind { return d.data().kind }

// Body returns who adopted or issued the document: "G7 Foreign Ministers".
func (d Declaration) Body() string { return docMeta[d.data().num].body }

// Meeting returns the meeting at which it was adopted, where known.
func (d Declaration) Meeting() string { return docMeta[d.data().num].meeting }

// Place returns where it was adopted, as the sources give it.
func (d Declaration) Place() string { return docMeta[d.data().num].place }

// Date returns when it was adopted or issued. Fields the sources do not give
// are zero.
func (d Declaration) Date() Date { return d.data().date }

// Symbol returns the document's UN symbol, such as "A/70/174", or "".
func (d Declaration) Symbol() string { return docMeta[d.data().num].symbol }

// Lang returns the BCP 47 tag of the language of this version of the
// document's text and title: "en", "fr".
func (d Declaration) Lang() string { return d.data().lang }

// URL returns where the document is published, if a page at that address was
// observed, or "". An address the sources name but no observation confirms
// is in [Provenance.URL], marked by [Provenance.URLUnverified], and no
// citation prints it.
func (d Declaration) URL() string {
	if m := &docMeta[d.data().num]; m.urlUnverified == "" {
		return m.url
	}
	return ""
}

// Provenance returns where the text was read and how complete it is. The
// result is the caller's own copy.
func (d Declaration) Provenance() Provenance {
	p := docProv[d.data().num]
	p.URL, p.URLUnverified = docMeta[d.data().num].url, docMeta[d.data().num].urlUnverified
	p.Corrections = slices.Clone(p.Corrections)
	p.Notes = slices.Clone(p.Notes)
	p.Omitted = slices.Clone(p.Omitted)
	p.Observations = slices.Clone(p.Observations)
	return p
}

// Facts returns the document's bibliographic facts beyond its title, body,
// place, date and symbol, where the sources give them. The result is the
// caller's own copy.
func (d Declaration) Facts() Facts {
	f := docFacts[d.data().num]
	f.AltSymbols = slices.Clone(f.AltSymbols)
	return f
}

// Facts are bibliographic facts of a document, where the sources give them;
// a fact they do not give is empty or zero.
type Facts struct {
	// Number is the document's number in its series: "58/199" for a UN
	// resolution, "185" for a treaty of the European Treaty Series.
	Number string
	// Series is the treaty series that numbers it: "European Treaty Series".
	Series string
	// Session and Agenda are the session and agenda item of the UN body
	// under which it was issued: "Seventieth session", "Item 93 of the
	// provisional agenda".
	Session, Agenda string
	// AltSymbols are other forms of its UN symbol as copies print it.
	AltSymbols []string
	// Opened and InForce are, for a treaty, the dates on which it was opened
	// for signature and entered into force.
	Opened, InForce Date
	// Distributed and Reissued are the dates on which a UN document was
	// distributed and reissued, where they differ from its date.
	Distributed, Reissued Date
	// AuthorNote says, in the maintainers' words, how the body stands to
	// the document when it is more than "adopted it": "the report was
	// transmitted by the Secretary-General".
	AuthorNote string
}

// Editorial returns what the cybernorms maintainers wrote about the document.
func (d Declaration) Editorial() Editorial {
	return Editorial{Short: d.data().short, Note: docNotes[d.data().num], Description: docDescriptions[d.data().num]}
}

// NumParagraphs returns the number of the text's paragraphs, headings and
// list items. A document the corpus knows only by its metadata has none.
func (d Declaration) NumParagraphs() int { return len(d.data().paras) }

// Paragraph returns the paragraph at the given position, counted from 1 in
// source order as [Link.Paragraph] counts, or the zero Paragraph when there
// is none.
func (d Declaration) Paragraph(pos int) Paragraph {
	if pos < 1 || pos > len(d.data().paras) {
		return Paragraph{}
	}
	return Paragraph{d.d, uint16(pos - 1)}
}

// Paragraphs returns the text's paragraphs, headings and list items in source
// order.
func (d Declaration) Paragraphs() iter.Seq[Paragraph] {
	return func(yield func(Paragraph) bool) {
		for i := range d.data().paras {
			if !yield(Paragraph{d.d, uint16(i)}) {
				return
			}
		}
	}
}

// Norms returns, in source order, the norms, commitments or principles the
// document enumerates (see package [github.com/cybernorms/cybernorms/norms]),
// in this version's language.
func (d Declaration) Norms() iter.Seq[norms.Norm] {
	return func(yield func(norms.Norm) bool) {
		for _, id := range docNorms[d.data().num] {
			n, _ := norms.Lookup(id)
			if v, ok := n.In(d.data().lang); ok {
				n = v
			}
			if !yield(n) {
				return
			}
		}
	}
}

// Links returns the document's typed links to other documents, in the order
// the data file records them.
func (d Declaration) Links() iter.Seq[Link] {
	return func(yield func(Link) bool) {
		for _, l := range docLinks[d.data().num] {
			if !yield(l) {
				return
			}
		}
	}
}

// In returns the version of the document in the language with the given BCP
// 47 tag ("fr"), and whether the corpus holds one. Language versions share
// the document's ID, list structure and links; they differ in title, text
// and provenance. A document is its own version in its own language.
func (d Declaration) In(lang string) (Declaration, bool) {
	for v := range d.Versions() {
		if v.d.lang == lang {
			return v, true
		}
	}
	return Declaration{}, false
}

// Versions returns the document in each language the corpus holds it in, the
// version the package's variable holds first.
func (d Declaration) Versions() iter.Seq[Declaration] {
	return func(yield func(Declaration) bool) {
		if d.d == nil {
			return
		}
		s := docVersions[d.d.num]
		if s.n == 0 {
			yield(d)
			return
		}
		for _, v := range versions[s.start:][:s.n] {
			if !yield(Declaration{v}) {
				return
			}
		}
	}
}

// String returns the document's short name, such as "G7 Lucca 2017", or its
// ID where it has none.
func (d Declaration) String() string {
	if s := d.data().short; s != "" {
		return s
	}
	return d.data().id
}

// Lookup returns the document with the given ID, and whether there is one.
// It does not allocate. The document returned is the version the package's
// variable holds; see [Declaration.In] for the others.
func Lookup(id ID) (Declaration, bool) {
	d := lookup(string(id))
	return Declaration{d}, d != nil
}

// lookup finds a document in index, the generator's perfect hash table of
// IDs.
func lookup(id string) *document {
	d := index[phash.Slot(phash.Hash(id), indexSeeds[:], len(index))]
	if d != nil && d.id == id {
		return d
	}
	return nil
}

// Kind says what sort of document a [Declaration] is.
type Kind uint8

// The kinds of document in the corpus.
const (
	KindDeclaration     Kind = iota + 1 // a declaration
	KindChairsReport                    // a chair's report of a meeting
	KindCommunique                      // a communiqué
	KindOutcomeDocument                 // an outcome document of a ministerial meeting
	KindReport                          // a report, such as a UN GGE report
	KindResolution                      // a resolution of a UN body
	KindConvention                      // a treaty
	KindOther                           // a document the sources do not classify
)

// String returns the kind in words: "declaration", "chair's report", ...
func (k Kind) String() string {
	if w := kinds.Doc(k).Words(); w != "" {
		return w
	}
	return words.EnumName("Kind", nil, int(k))
}

// A Date is a calendar date that may be known only in part: a zero Day means
// the day is not known, a zero Month that the month is not known either, and
// the zero Date that nothing is.
type Date struct {
	Year  int        // the year, such as 2017; 0 if not known
	Month time.Month // the month, or 0 if not known
	Day   int        // the day of the month, or 0 if not known
}

// IsZero reports whether nothing of the date is known.
func (d Date) IsZero() bool { return d == Date{} }

// String formats the date as the field writes it: "11 April 2017",
// "April 2017", "2017", or "" for the zero Date.
func (d Date) String() string { return words.FormatDate("", d.Year, int(d.Month), d.Day) }

// Provenance records where a document's text was read, how complete it is, and
// every correction made to it.
type Provenance struct {
	// Extent says whether the corpus holds the full text, an excerpt, or only
	// metadata.
	Extent Extent
	// Excerpt says, for an excerpt, what it holds and of what.
	Excerpt string
	// URL is where the document is published, if a source names it.
	URL string
	// URLUnverified says, where no page at URL was observed, why the
	// address is held all the same; it is "" for an observed URL. Citations
	// leave an unverified URL out, and [Declaration.URL] returns "".
	URLUnverified string
	// Publisher is who published the copy the text was read from.
	Publisher string
	// ReadFrom describes the copy the text or the facts were read from.
	ReadFrom string
	// Corrections lists every change made to the source text, with its reason.
	Corrections []Correction
	// Notes records uncertain points and gaps, in the maintainers' words.
	Notes []string
	// Omitted lists text of the copy read that the corpus leaves out, such
	// as a logo line, with why.
	Omitted []Omission
	// Observations say where each bibliographic fact was observed: the
	// page and the words seen there.
	Observations []Observation
	// DataFile is the file in the module's data directory the values were
	// generated from, and SHA256 the hex SHA-256 of its bytes.
	DataFile string
	SHA256   string
}

// An Omission is text of the copy read that the corpus leaves out.
type Omission struct {
	// Text is the text left out, as the copy prints it.
	Text string
	// Reason says why, in the maintainers' words.
	Reason string
}

// An Observation says where a fact of a document was observed.
type Observation struct {
	// Fact names the fact: "date", "symbol", "title" ...
	Fact string
	// Value is the fact as the corpus records it.
	Value string
	// Where names the page or copy and quotes the words seen there.
	Where string
}

// Extent says how much of a document the corpus holds.
type Extent uint8

// The extents.
const (
	// Full: the whole text.
	Full Extent = iota + 1
	// Excerpt: part of the text; [Provenance.Excerpt] says which.
	Excerpt
	// MetadataOnly: no text, only facts about the document.
	MetadataOnly
)

var extentNames = [...]string{Full: "full text", Excerpt: "excerpt", MetadataOnly: "metadata only"}

// String returns "full text", "excerpt" or "metadata only".
func (e Extent) String() string { return words.EnumName("Extent", extentNames[:], int(e)) }

// A Correction is one recorded change to a source text: the repair of
// extraction debris such as a list number lost at a page break.
type Correction struct {
	// Original is the source's text, Corrected what the corpus has instead.
	Original  string
	Corrected string
	// Reason says why, in the maintainers' words.
	Reason string
}

// A Paragraph is one block of a document's text: a heading, a paragraph or an
// item of a list. Like a [Declaration], it is a small read-only view of the
// corpus; the zero Paragraph is none.
type Paragraph struct {
	d *document
	i uint16
}

// paragraph is the data of a Paragraph. Its note, which few paragraphs have
// and few programs read, is in paraNotes.
type paragraph struct {
	label, text string
	kind        ParagraphKind
	brk         Break
	norm        norms.ID
}

// A paraNote is the note of paragraph para of document doc (its num).
type paraNote struct {
	doc, para uint16
	note      string
}

// IsZero reports whether p is the zero Paragraph.
func (p Paragraph) IsZero() bool { return p.d == nil }

// data returns p's data, or an empty paragraph's for the zero Paragraph.
func (p Paragraph) data() *paragraph {
	if p.d == nil {
		return &noParagraph
	}
	return &p.d.paras[p.i]
}

// noParagraph is the data of the zero Paragraph.
var noParagraph paragraph

// Document returns the document the paragraph belongs to.
func (p Paragraph) Document() Declaration { return Declaration{p.d} }

// Position returns the paragraph's position in its document, counted from 1 in
// source order, as [Declaration.Paragraph] and [Link.Paragraph] count; 0 for
// the zero Paragraph.
func (p Paragraph) Position() int {
	if p.d == nil {
		return 0
	}
	return int(p.i) + 1
}

// Label returns the paragraph's number or the item's label as the source
// prints it ("7", "13(f)"), or "" where the source prints none.
func (p Paragraph) Label() string { return p.data().label }

// Kind says whether the block is a heading, a paragraph or a list item.
func (p Paragraph) Kind() ParagraphKind { return p.data().kind }

// Text returns the block's text, verbatim, without its label.
func (p Paragraph) Text() string { return p.data().text }

// Break says how the corpus knows that the block begins where it does.
func (p Paragraph) Break() Break { return p.data().brk }

// Note says, in the maintainers' words, why a break was inferred.
func (p Paragraph) Note() string {
	if p.d == nil {
		return ""
	}
	i, ok := slices.BinarySearchFunc(paraNotes[:], p, func(n paraNote, p Paragraph) int {
		if n.doc != p.d.num {
			return int(n.doc) - int(p.d.num)
		}
		return int(n.para) - int(p.i)
	})
	if !ok {
		return ""
	}
	return paraNotes[i].note
}

// Norm returns the norm the block states or contains, and whether there is
// one.
func (p Paragraph) Norm() (norms.Norm, bool) {
	if p.data().norm == "" {
		return norms.Norm{}, false
	}
	n, ok := norms.Lookup(p.data().norm)
	if ok && p.d.lang != n.Lang() {
		n, ok = n.In(p.d.lang)
	}
	return n, ok
}

// ParagraphKind says what sort of block a [Paragraph] is.
type ParagraphKind uint8

// The kinds of block.
const (
	Heading ParagraphKind = iota + 1 // a title, dateline or section heading
	Text                             // a paragraph of running text
	Item                             // an item of an enumerated list
)

var paragraphKindNames = [...]string{Heading: "heading", Text: "text", Item: "item"}

// String returns "heading", "text" or "item".
func (k ParagraphKind) String() string {
	return words.EnumName("ParagraphKind", paragraphKindNames[:], int(k))
}

// Break says how the corpus knows where a [Paragraph] begins.
type Break uint8

// The kinds of break.
const (
	// Published: the copy the text was read from breaks the text there.
	Published Break = iota + 1
	// Inferred: the maintainers placed the break; [Paragraph.Note] says why.
	Inferred
)

var breakNames = [...]string{Published: "published", Inferred: "inferred"}

// String returns "published" or "inferred".
func (b Break) String() string { return words.EnumName("Break", breakNames[:], int(b)) }

// A Link is a typed link from one document to another: Lucca 2017 restates
// the UN GGE 2015 norms, Toronto 2018 recalls Lucca 2017.
type Link struct {
	// Rel is the relation: the linking document Rel the target.
	Rel Rel
	// Target is the document linked to.
	Target ID
	// Paragraph is the 1-based position, in the linking document's
	// Paragraphs, of the block that makes the link, or 0 where the link is
	// known from another source.
	Paragraph int
	// Basis says, in the maintainers' words, where the link is known from
	// when it is not from the linking document's own text.
	Basis string
	// Note says, in the maintainers' words, more of the link: how a text
	// that takes up another's words differs from it.
	Note string
	// Unverified says, in the maintainers' words, why the link rests on no
	// observed page, or is "" for a link the linking text or an observed
	// page makes. Every output of the command marks such a link.
	Unverified string
}

// Rel is the relation a [Link] records.
type Rel uint8

// The relations.
const (
	Restates  Rel = iota + 1 // repeats the target's norms word for word
	Recalls                  // recalls the target
	Reaffirms                // reaffirms or reiterates the target
	Endorses                 // endorses the target
	BuildsOn                 // builds on the target
	Cites                    // refers to the target
)

var relNames = [...]string{
	Restates:  "restates",
	Recalls:   "recalls",
	Reaffirms: "reaffirms",
	Endorses:  "endorses",
	BuildsOn:  "builds on",
	Cites:     "cites",
}

// String returns the relation in words: "restates", "builds on", ...
func (r Rel) String() string { return words.EnumName("Rel", relNames[:], int(r)) }

// Editorial holds what the cybernorms maintainers wrote about a document, in
// their own words. None of it is text of the document.
type Editorial struct {
	// Short is the short name the field cites the document by, such as
	// "G7 Lucca 2017".
	Short string
	// Note describes the document where the corpus holds no text of it.
	Note string
	// Description says what the document is, for a document with no
	// published title; [Declaration.Title] prints it in square brackets.
	// It is "" for a document with a title.
	Description string
}
