package main

// This file is copied, as it is, into the embedded-JSON programs that
// benchreport builds: it declares the plain structs that the alternative design
// decodes its corpus into. It must therefore stay free of imports and of
// anything but type declarations. benchreport fills the same types from the
// real corpus values to write the JSON, and checks with reflection that every
// field or accessor method of the real types has a counterpart here (see
// checkMirror).

// Corpus is the whole corpus as the embedded-JSON design ships it: every list
// of norms, every norm and every document, with all their fields.
type Corpus struct {
	Lists        []List
	Norms        []Norm
	Declarations []Declaration
}

// List mirrors norms.List.
type List struct {
	Document  string
	Name      string
	Unit      string
	Kind      uint8
	Inferred  bool   `json:",omitempty"`
	LabelNote string `json:",omitempty"`
	Len       int
}

// Norm mirrors norms.Norm; Restates is the ID of the restated norm.
type Norm struct {
	ID        string
	Document  string
	Label     string
	Text      string
	Kind      uint8
	Lang      string
	Restates  string  `json:",omitempty"`
	TakesUp   *TakeUp `json:",omitempty"`
	Editorial NormEditorial
	// Themes are the norm's themes (norms.Norm.Themes), each with the
	// words that justify it (norms.Norm.ThemeWords).
	Themes []NormTheme `json:",omitempty"`
}

// NormTheme mirrors one theme of a norm: its ID and the words of the norm
// that justify it.
type NormTheme struct {
	Theme string
	Words string
}

// TakeUp mirrors norms.TakeUp; Norm is the ID of the norm taken up.
type TakeUp struct {
	Norm    string
	Shared  string
	Differs string
}

// NormEditorial mirrors norms.Editorial.
type NormEditorial struct {
	Title string `json:",omitempty"`
}

// Declaration mirrors declarations.Declaration.
type Declaration struct {
	ID         string
	Title      string
	Kind       uint8
	Body       string `json:",omitempty"`
	Meeting    string `json:",omitempty"`
	Place      string `json:",omitempty"`
	Date       Date
	Symbol     string `json:",omitempty"`
	Lang       string
	Provenance Provenance
	Paragraphs []Paragraph `json:",omitempty"`
	Norms      []string    `json:",omitempty"`
	Links      []Link      `json:",omitempty"`
	Facts      Facts
	Editorial  DeclarationEditorial
	// PartialList is the list the document holds in part, or nil.
	PartialList *PartialList `json:",omitempty"`
}

// PartialList mirrors declarations.PartialList.
type PartialList struct {
	Kind      string
	Unit      string
	Count     int    `json:",omitempty"`
	Inferred  bool   `json:",omitempty"`
	LabelsWhy string `json:",omitempty"`
	Held      []HeldItem
}

// HeldItem mirrors declarations.HeldItem; First and Last are the positions
// of its paragraphs, from 1.
type HeldItem struct {
	Label       string
	First, Last int
}

// Facts mirrors declarations.Facts.
type Facts struct {
	Number      string   `json:",omitempty"`
	Series      string   `json:",omitempty"`
	Session     string   `json:",omitempty"`
	Agenda      string   `json:",omitempty"`
	AltSymbols  []string `json:",omitempty"`
	Opened      Date
	InForce     Date
	Distributed Date
	Reissued    Date
	AuthorNote  string `json:",omitempty"`
}

// Date mirrors declarations.Date.
type Date struct {
	Year  int `json:",omitempty"`
	Month int `json:",omitempty"`
	Day   int `json:",omitempty"`
}

// Provenance mirrors declarations.Provenance.
type Provenance struct {
	Extent        uint8
	Excerpt       string        `json:",omitempty"`
	URL           string        `json:",omitempty"`
	URLUnverified string        `json:",omitempty"`
	Publisher     string        `json:",omitempty"`
	ReadFrom      string        `json:",omitempty"`
	Corrections   []Correction  `json:",omitempty"`
	Notes         []string      `json:",omitempty"`
	Omitted       []Omission    `json:",omitempty"`
	Observations  []Observation `json:",omitempty"`
	DataFile      string
	SHA256        string
}

// Correction mirrors declarations.Correction.
type Correction struct {
	Original  string
	Corrected string
	Reason    string
}

// Omission mirrors declarations.Omission.
type Omission struct {
	Text   string
	Reason string
}

// Observation mirrors declarations.Observation.
type Observation struct {
	Fact  string
	Value string
	Where string
}

// Paragraph mirrors declarations.Paragraph; Norm is a norm ID or "".
type Paragraph struct {
	Label         string `json:",omitempty"`
	Kind          uint8
	Text          string
	Break         uint8
	Note          string `json:",omitempty"`
	Norm          string `json:",omitempty"`
	LabelInferred bool   `json:",omitempty"`
	LabelNote     string `json:",omitempty"`
	// SharedWording mirrors declarations.Paragraph.SharedWording.
	SharedWording []Shared `json:",omitempty"`
}

// Shared mirrors declarations.Shared: where the run is in the paragraph,
// its words, and the other passage (the other document's ID and language,
// the paragraph's position, and where the run is in it).
type Shared struct {
	Start, End, Words int
	WithDocument      string
	WithLang          string
	WithParagraph     int
	WithStart         int
	WithEnd           int
}

// Link mirrors declarations.Link.
type Link struct {
	Rel        uint8
	Target     string
	Paragraph  int    `json:",omitempty"`
	Basis      string `json:",omitempty"`
	Note       string `json:",omitempty"`
	Unverified string `json:",omitempty"`
}

// DeclarationEditorial mirrors declarations.Editorial.
type DeclarationEditorial struct {
	Short       string `json:",omitempty"`
	Note        string `json:",omitempty"`
	Description string `json:",omitempty"`
}
