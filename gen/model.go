package main

import "fmt"

// The model the generator builds from a data file. Field names follow the
// runtime types of packages norms and declarations, which the emitters write.

// A document is one data file, understood: its metadata and, where it has a
// body, the blocks and list items derived from it.
type document struct {
	Path   string // data file, "data/Lucca2017.txt"
	SHA256 string // hex SHA-256 of the data file

	ID, Title, Short, Kind string
	// Description is, for a document with no published title, what it is
	// in the maintainers' words (editorial); Title is then empty, and
	// citations print the description in square brackets.
	Description                       string
	Aliases                           []string // editorial: other names the field cites it by
	Body, Meeting, Place, Symbol, URL string
	// URLUnverified says why the URL was not verified (no page at it was
	// observed), or is empty. Citations do not print an unverified URL.
	URLUnverified       string
	Publisher, ReadFrom string
	Date                date
	Extent, Excerpt     string
	Sources             []source
	Notes               []string
	EditorialNote       string

	// Lang is the BCP 47 tag of the language of the document's text and
	// title: "en" unless the file says otherwise with "lang:".
	Lang string
	// Version is true for a language version, a file <id>.<lang>.txt that
	// gives the same document (same ID, list and links) in another
	// language. Primary is then the document of <id>.txt; Versions, on a
	// primary, lists its language versions in Lang order. Versions are not
	// in corpus.Docs: they are reached through their primary.
	Version  bool
	Primary  *document
	Versions []*document

	// Facts from the bibliographic record (sources/document-facts.txt):
	// the document's number in its series ("58/199", "185"), the series
	// ("European Treaty Series"), the session and agenda item it was issued
	// under, other forms of its symbol as people write it, the dates on
	// which it was opened for signature, entered into force, was
	// distributed and was reissued. Empty or zero when not observed.
	Number, Series, Session, Agenda string
	AltSymbols                      []string
	Opened, InForce                 date
	Distributed, Reissued           date
	// AuthorNote says, in our words, how the corporate author (Body) stands
	// to the document, when it is more than "adopted it": "the report was
	// transmitted by the Secretary-General".
	AuthorNote string
	// Observed lists where each fact of the header was observed, in file
	// order: the "  observed:" attributes.
	Observed []observation

	// Omitted lists text of the source file left out of the body (a logo
	// line, a page furniture), each with why.
	Omitted []omission
	// CrossChecks lists further copies of the text that the tests compare
	// word for word with the body (a PDF of the same text, extracted).
	CrossChecks []crossCheck

	Corrections []correction
	List        *list // nil when the document enumerates nothing
	// Partial is the list the document enumerates and the corpus holds
	// only in part (partial.go), or nil. A document has a List or a
	// Partial, not both.
	Partial *partialList
	Links   []link

	// Raw is the body as the file gives it, Text the body after the
	// corrections; BodyLine is the line of the body's first line.
	Raw, Text string
	BodyLine  int
	// HeaderEnd is the line where the header ends (dataFile.HeaderEnd).
	HeaderEnd int
	edits     []edit
	keyLines  map[string]int // first line of each header key
	// lineStarts are the offsets in Raw where its lines begin; lineAt
	// computes them on first use.
	lineStarts []int

	Blocks []block
	Items  []item

	// ParaLabels says how the numbers of numbered paragraphs are known:
	// "printed" in the copy read, or "reported" by another copy and not
	// seen printed (ParaLabelsWhy says so); "" when the paragraphs are not
	// numbered.
	ParaLabels, ParaLabelsWhy string
	// Counted is true when the corpus holds the whole text with every
	// paragraph break published, so that an unnumbered paragraph's place
	// among the document's paragraphs ("unnumbered paragraph 3 of 34") is
	// the original's.
	Counted bool
}

// withVersions returns d and its language versions, in the order of Versions.
func (d *document) withVersions() []*document { return append([]*document{d}, d.Versions...) }

// A date is a calendar date known in part: zero fields are unknown.
type date struct{ Year, Month, Day int }

// A source is a file of the project's source collection the data was read from.
type source struct{ Path, SHA256 string }

// An observation is where one header fact was observed: the key and value
// of the entry and the "  observed:" attribute below it.
type observation struct {
	Key, Value, Where string
	Line              int
}

// An omission is source text deliberately left out of the body.
type omission struct {
	Text, Why string
	Line      int
}

// A crossCheck is another copy of the document's text, in the source
// collection, whose words must agree with the body's: Path and SHA256 as
// for a source; the copy's text runs from its header's "---" line to the end
// of the first line that ends with Ends.
type crossCheck struct {
	Path, SHA256, Ends string
	Line               int
}

// A correction replaces text of the source, for a recorded reason. Line is
// the line of its entry, ToLine that of its "to:" attribute.
type correction struct {
	From, To, Reason string
	Line, ToLine     int
}

// An edit is where a correction landed: [RawStart, RawEnd) of the raw body
// became [Start, End) of the corrected text.
type edit struct {
	RawStart, RawEnd int
	Start, End       int
}

// A list is the document's enumerated list of norms, commitments or
// principles, as declared by its "list:" entry.
type list struct {
	Kind      string // "norm", "commitment" or "principle"
	Style     string // "dash", "bullet", "lettered", "run-in", "sentence" or "paragraph"
	Count     int
	Paragraph string // lettered: the paragraph number; sentence: the paragraph's label
	Chapeau   string // run-in: the words that introduce the items
	Start     string // sentence: the words the norm begins with; paragraph: the words its paragraph begins with
	Unit      string // the word a citation puts before a label
	// Labels is "printed" when the source prints the labels, "inferred"
	// when it does not (a bullet list) and the corpus numbers the items in
	// source order; LabelsWhy then says so, in our words.
	Labels, LabelsWhy string
	Line              int
	Items             []itemDecl
}

// An itemDecl is what an "item:" entry says about one list item.
type itemDecl struct {
	Label, Title, Restates string
	TakesUp, Shared        string
	Differs                string
	Themes                 []themeDecl // editorial: what it is about (themes.go)
	Line                   int
}

// A link is a typed link to another document.
type link struct {
	Rel, Target string
	At          string // words that locate the linking paragraph, or ""
	Basis       string // where the link is known from, when not from the text
	Note        string // our words on the link (how a taken-up text differs)
	Unverified  string // why the link rests on no observed page, or ""
	Line        int
	Paragraph   int // 1-based block index located by At, or 0
}

// A block is a heading, paragraph or list item of a document's text.
type block struct {
	Label string
	Kind  string // "heading", "text" or "item"
	Text  string
	Break string // "published" or "inferred"
	Note  string
	Norm  string // ID of the norm the block states or contains
	Line  int    // line of the data file where the block begins
	Start int    // offset of Text in the corrected text

	// Place says how a citation names the block's place in the original
	// (see placeKinds); Opening is, for a block cited by its words, the
	// words it begins with (a heading's whole text); LabelNote, for a
	// label the source does not print, how the corpus knows it.
	Place     string
	Opening   string
	LabelNote string
}

// An item is one norm, commitment or principle of a document's list.
type item struct {
	ID, Label, Text string
	Kind            string
	Title           string // editorial, declared or inherited
	Restates        string // ID of the norm it restates, or ""
	// TakesUp is the ID of a norm whose words the item takes up without
	// restating it word for word; Shared is the run of words the two texts
	// share (checked in both), Differs our note on how they differ.
	TakesUp, Shared, Differs string
	// Themes are what the item is about, each with the words of its text
	// that justify it: declared, or taken from the norm it restates or
	// from its primary (themes.go). Editorial.
	Themes []themeDecl
	// LabelInferred is true when the source as read prints no label for
	// the item: the corpus numbered it (see list.LabelsWhy), or its number
	// is a paragraph number reported by another copy (see
	// document.ParaLabelsWhy).
	LabelInferred bool
	Index         int // position in the list, from 0
	Block         int // index of the block that holds it
	Start         int // offset of Text in the corrected text
	Line          int
	DeclLine      int // line of its "item:" entry, or the list's line
}

// String formats a date as the data files write it: YYYY, YYYY-MM or
// YYYY-MM-DD, as far as it is known.
func (d date) String() string {
	switch {
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}
