package main

// The model the generator builds from a data file. Field names follow the
// runtime types of packages norms and declarations, which the emitters write.

// A document is one data file, understood: its metadata and, where it has a
// body, the blocks and list items derived from it.
type document struct {
	Path   string // data file, "data/Lucca2017.txt"
	SHA256 string // hex SHA-256 of the data file

	ID, Title, Short, Kind            string
	Aliases                           []string // editorial: other names the field cites it by
	Body, Meeting, Place, Symbol, URL string
	Publisher, ReadFrom               string
	Date                              date
	Extent, Excerpt                   string
	Sources                           []source
	Notes                             []string
	EditorialNote                     string

	Corrections []correction
	List        *list // nil when the document enumerates nothing
	Links       []link

	// Raw is the body as the file gives it, Text the body after the
	// corrections; BodyLine is the line of the body's first line.
	Raw, Text string
	BodyLine  int
	edits     []edit

	Blocks []block
	Items  []item
}

// A date is a calendar date known in part: zero fields are unknown.
type date struct{ Year, Month, Day int }

// A source is a file of the project's source collection the data was read from.
type source struct{ Path, SHA256 string }

// A correction replaces text of the source, for a recorded reason.
type correction struct {
	From, To, Reason string
	Line             int
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
	Style     string // "dash", "lettered", "run-in" or "sentence"
	Count     int
	Paragraph string // lettered: the paragraph number; sentence: the paragraph's label
	Chapeau   string // run-in: the words that introduce the items
	Start     string // sentence: the words the norm begins with
	Unit      string // the word a citation puts before a label
	Inferred  bool   // the labels are the corpus's numbering of unlabelled items
	Line      int
	Items     []itemDecl
}

// An itemDecl is what an "item:" entry says about one list item.
type itemDecl struct {
	Label, Title, Restates string
	Line                   int
}

// A link is a typed link to another document.
type link struct {
	Rel, Target string
	At          string // words that locate the linking paragraph, or ""
	Basis       string // where the link is known from, when not from the text
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
}

// An item is one norm, commitment or principle of a document's list.
type item struct {
	ID, Label, Text string
	Kind            string
	Title           string // editorial, declared or inherited
	Restates        string // ID of the norm it restates, or ""
	Index           int    // position in the list, from 0
	Block           int    // index of the block that holds it
	Start           int    // offset of Text in the corrected text
	Line            int
	DeclLine        int // line of its "item:" entry, or the list's line
}
