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

	ID, Title, Short, Kind            string
	Description                       string   // editorial: what a document with no published title is
	Aliases                           []string // editorial: other names the field cites it by
	Body, Meeting, Place, Symbol, URL string
	URLUnverified                     string // why the URL is held though no page at it was observed
	Publisher, ReadFrom               string
	Date                              date
	Extent, Excerpt                   string
	Sources                           []source
	Notes                             []string
	EditorialNote                     string

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
	AuthorNote                      string        // editorial: how the Body stands to the document
	Observed                        []observation // where each fact was observed, in file order

	Omitted     []omission   // source text left out of the body
	CrossChecks []crossCheck // other copies the tests compare with the body
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

	// ParaLabels says how numbered paragraphs' numbers are known: "printed",
	// or "reported" by another copy (ParaLabelsWhy says how); "" when the
	// paragraphs are not numbered.
	ParaLabels, ParaLabelsWhy string
	// Counted is true when the corpus holds the whole text with every break
	// published, so that a paragraph's place among them is the original's.
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

// A crossCheck is another copy of the text, in the source collection, whose
// words must agree with the body's. The copy's text runs from its header's
// "---" line to the end of the first line that ends with Ends.
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
	// Labels is "printed", or "inferred" where the corpus numbers the
	// items (a bullet list); LabelsWhy then says why, in our words.
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

	// Place says how a citation names the block's place (derivePlaces);
	// Opening holds the words that cite it, if any; LabelNote says how the
	// corpus knows a label the source does not print.
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
	// TakesUp is a norm whose words the item takes up, not word for word;
	// Shared is the run of words both share, Differs our note on how they
	// differ.
	TakesUp, Shared, Differs string
	Themes                   []themeDecl // editorial (themes.go)
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
