package declarations

import (
	"strconv"
	"time"

	"github.com/cybernorms/cybernorms/internal/cite"
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
// documents.
//
// The values are the package's variables ([Lucca2017], [Toronto2018], ...);
// they are meant to be read, not built.
type Declaration struct {
	// ID is the document's stable machine identifier.
	ID ID
	// Title is the document's title as the sources print it. For a
	// document the corpus knows only by metadata and whose title the sources
	// do not give, such as a UN resolution cited by number, it is the
	// designation the sources cite it by ("General Assembly resolution
	// 68/167"), and [Provenance.Notes] says that the title is not known.
	Title string
	// Kind says what sort of document it is.
	Kind Kind
	// Body is who adopted or issued the document: "G7 Foreign Ministers".
	Body string
	// Meeting is the meeting at which it was adopted, where known.
	Meeting string
	// Place is where it was adopted, as the sources give it.
	Place string
	// Date is when it was adopted or issued. Fields the sources do not give
	// are zero.
	Date Date
	// Symbol is the document's UN symbol, such as "A/70/174", or "".
	Symbol string
	// Provenance says where the text was read and how complete it is.
	Provenance Provenance
	// Paragraphs are the text's paragraphs, headings and list items in source
	// order. A document the corpus knows only by its metadata has none.
	Paragraphs []Paragraph
	// Norms lists, in source order, the IDs of the norms, commitments or
	// principles the document enumerates; look them up with [norms.Lookup].
	Norms []norms.ID
	// Links are the document's typed links to other documents.
	Links []Link
	// Editorial is written by the cybernorms maintainers, not by the
	// document's authors.
	Editorial Editorial
}

// String returns the document's short name, such as "G7 Lucca 2017".
func (d *Declaration) String() string {
	if d.Editorial.Short != "" {
		return d.Editorial.Short
	}
	return string(d.ID)
}

// Lookup returns the document with the given ID, and whether there is one.
// It does not allocate.
func Lookup(id ID) (*Declaration, bool) {
	d := lookup(id)
	return d, d != nil
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

var kindNames = [...]string{
	KindDeclaration:     "declaration",
	KindChairsReport:    "chair's report",
	KindCommunique:      "communiqué",
	KindOutcomeDocument: "outcome document",
	KindReport:          "report",
	KindResolution:      "resolution",
	KindConvention:      "convention",
	KindOther:           "document",
}

// String returns the kind in words: "declaration", "chair's report", ...
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
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
func (d Date) String() string { return cite.FormatDate(d.Year, int(d.Month), d.Day) }

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
	// Publisher is who published the copy the text was read from.
	Publisher string
	// ReadFrom describes the copy the text or the facts were read from.
	ReadFrom string
	// Sources are the files of the maintainers' source collection that the
	// text and the facts were taken from.
	Sources []Source
	// Corrections lists every change made to the source text, with its reason.
	Corrections []Correction
	// Notes records uncertain points and gaps, in the maintainers' words.
	Notes []string
	// DataFile is the file in the module's data directory the values were
	// generated from, and SHA256 the hex SHA-256 of its bytes.
	DataFile string
	SHA256   string
}

// A Source is a file of the maintainers' source collection: a copy of a
// document, or a secondary source that facts were taken from.
type Source struct {
	// Path names the file within the collection, such as
	// "seeds/002_b4af27f0ae508450.txt".
	Path string
	// SHA256 is the hex SHA-256 of the file as read.
	SHA256 string
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

// String returns "full text", "excerpt" or "metadata only".
func (e Extent) String() string {
	switch e {
	case Full:
		return "full text"
	case Excerpt:
		return "excerpt"
	case MetadataOnly:
		return "metadata only"
	}
	return "Extent(" + strconv.Itoa(int(e)) + ")"
}

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
// item of a list.
type Paragraph struct {
	// Label is the paragraph's number or the item's label as the source
	// prints it ("7", "13(f)"), or "" where the source prints none.
	Label string
	// Kind says whether the block is a heading, a paragraph or a list item.
	Kind ParagraphKind
	// Text is the block's text, verbatim, without its label.
	Text string
	// Break says how the corpus knows that the block begins where it does.
	Break Break
	// Note says, in the maintainers' words, why a break was inferred.
	Note string
	// Norm is the ID of the norm the block states or contains, or "".
	Norm norms.ID
}

// ParagraphKind says what sort of block a [Paragraph] is.
type ParagraphKind uint8

// The kinds of block.
const (
	Heading ParagraphKind = iota + 1 // a title, dateline or section heading
	Text                             // a paragraph of running text
	Item                             // an item of an enumerated list
)

// String returns "heading", "text" or "item".
func (k ParagraphKind) String() string {
	switch k {
	case Heading:
		return "heading"
	case Text:
		return "text"
	case Item:
		return "item"
	}
	return "ParagraphKind(" + strconv.Itoa(int(k)) + ")"
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

// String returns "published" or "inferred".
func (b Break) String() string {
	switch b {
	case Published:
		return "published"
	case Inferred:
		return "inferred"
	}
	return "Break(" + strconv.Itoa(int(b)) + ")"
}

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
func (r Rel) String() string {
	if int(r) < len(relNames) && relNames[r] != "" {
		return relNames[r]
	}
	return "Rel(" + strconv.Itoa(int(r)) + ")"
}

// Editorial holds what the cybernorms maintainers wrote about a document, in
// their own words. None of it is text of the document.
type Editorial struct {
	// Short is the short name the field cites the document by, such as
	// "G7 Lucca 2017".
	Short string
	// Note describes the document where the corpus holds no text of it.
	Note string
}
