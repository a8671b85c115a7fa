package main

import "fmt"

// The model the generator builds from a data file. Field names follow the
// runtime types of packages norms and declarations; data/README.md says
// what each header key means.

// A document is one data file, understood: its metadata and, where it has a
// body, the blocks and list items derived from it.
type document struct {
	Path   string // data file, "data/Lucca2017.txt"
	SHA256 string // hex SHA-256 of the data file

	ID, Title, Description, Short, Kind string
	Aliases                             []string
	Body, Meeting, Place, Symbol, URL   string
	URLUnverified                       string
	Publisher, ReadFrom                 string
	Date                                date
	Extent, Excerpt                     string
	Sources                             []source
	Notes                               []string
	EditorialNote                       string

	// Lang is the BCP 47 tag of the text's language, "en" by default. A
	// language version (<id>.<lang>.txt) has Version set and its Primary;
	// a primary lists its Versions in Lang order. Only primaries are in
	// corpus.Docs.
	Lang     string
	Version  bool
	Primary  *document
	Versions []*document

	// The bibliographic facts; empty or zero when not observed.
	Number, Series, Session, Agenda string
	AltSymbols                      []string
	Opened, InForce                 date
	Distributed, Reissued           date
	AuthorNote                      string
	Observed                        []observation // in file order

	Omitted     []omission
	CrossChecks []crossCheck
	Corrections []correction
	List        *list        // nil when the document enumerates nothing
	Partial     *partialList // a list held in part (partial.go); never with List
	Links       []link

	// Raw is the body as the file gives it, Text the body after the
	// corrections; BodyLine is the line of the body's first line, HeaderEnd
	// that of the header's last.
	Raw, Text  string
	BodyLine   int
	HeaderEnd  int
	edits      []edit
	keyLines   map[string]int // first line of each header key
	lineStarts []int          // offsets in Raw where its lines begin (lineAt)

	Blocks []block
	Items  []item

	// ParaLabels is "printed" or "reported", and ParaLabelsWhy says why,
	// for numbered paragraphs (the attributes of "paragraphs:").
	ParaLabels, ParaLabelsWhy string
	// Counted is true when the corpus holds the whole text with every break
	// published, so that a paragraph's place among them is the original's.
	Counted bool
}

func (d *document) withVersions() []*document { return append([]*document{d}, d.Versions...) }

// A date is a calendar date known in part: zero fields are unknown.
type date struct{ Year, Month, Day int }

type source struct{ Path, SHA256 string }

// An observation is where one header fact was observed: the key and value
// of the entry and its "observed:" attribute.
type observation struct {
	Key, Value, Where string
	Line              int
}

type omission struct {
	Text, Why string
	Line      int
}

type crossCheck struct {
	Path, SHA256, Ends string
	Line               int
}

// A correction's Line is that of its entry, ToLine that of its "to:".
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

// A list is the document's "list:" entry, with its "item:" entries.
type list struct {
	Kind, Style, Paragraph, Chapeau, Start, Unit string
	Labels, LabelsWhy                            string
	Count, Line                                  int
	Items                                        []itemDecl
}

// An itemDecl is what an "item:" entry says about one list item.
type itemDecl struct {
	Label, Title, Restates, TakesUp, Shared, Differs string
	Themes                                           []themeDecl
	Line                                             int
}

type link struct {
	Rel, Target, At, Basis, Note, Unverified string
	Line                                     int
	Paragraph                                int // 1-based block index located by At, or 0
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

	// Place says how a citation names the block's place (derivePlaces);
	// Opening holds the words that cite it, if any; LabelNote says how the
	// corpus knows a label the source does not print.
	Place     string
	Opening   string
	LabelNote string
}

// An item is one norm, commitment or principle of a document's list. Its
// Title, Restates, TakesUp, Shared, Differs and Themes are its "item:"
// entry's; a restating item or a version's takes the Title of its original.
type item struct {
	ID, Label, Text, Kind                     string
	Title, Restates, TakesUp, Shared, Differs string
	Themes                                    []themeDecl
	// LabelInferred is true when the source as read prints no label for
	// the item (list.LabelsWhy or document.ParaLabelsWhy says why).
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
