package main

import (
	"encoding/json"
	"strings"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/internal/cite"
)

// -format csl: CSL-JSON, the bibliography that Zotero, Pandoc and
// Mendeley read.
func init() {
	registerFormat(&exportFormat{
		name:  "csl",
		order: 3,
		title: "CSL-JSON",
		help: `CSL-JSON (Citation Style Language 1.0.2): an array of one
item per document, "id" its ID (the citation key), with
type (report for a UN document, treaty, or speech for a
document of a meeting), title, author (the issuing body
or organ, as a literal; none where the title names it),
issued, number (a UN document's designation: "UN Doc.
A/70/174", "HRC Res 20/8"), event-place, genre, the URL
where one was observed, and note.
`,
		export: func(c *cmdEnv) int { return c.write(cslJSON()) },
	})
}

// A cslItem is one item of CSL-JSON, the data format of the Citation Style
// Language 1.0.2 (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html),
// which Zotero, Pandoc and Mendeley read.
type cslItem struct {
	ID         string    `json:"id"`
	Type       string    `json:"type"`
	Title      string    `json:"title"`
	Author     []cslName `json:"author,omitempty"`
	Issued     *cslDate  `json:"issued,omitempty"`
	Number     string    `json:"number,omitempty"`
	Container  string    `json:"container-title,omitempty"`
	Genre      string    `json:"genre,omitempty"`
	EventPlace string    `json:"event-place,omitempty"`
	URL        string    `json:"URL,omitempty"`
	Language   string    `json:"language,omitempty"`
	Note       string    `json:"note,omitempty"`
	Source     string    `json:"source,omitempty"`
}

// A cslName is a name given as a whole: an institution.
type cslName struct {
	Literal string `json:"literal"`
}

// A cslDate holds one date as [year, month, day], as many parts as known.
type cslDate struct {
	DateParts [][]int `json:"date-parts"`
}

// cslJSON returns the CSL-JSON of the corpus: an array of one item per
// document, in ID order, keyed by the document's ID.
func cslJSON() ([]byte, error) {
	items := []cslItem{}
	for d := range declarations.All() {
		items = append(items, cslOf(d))
	}
	data, err := json.MarshalIndent(items, "", "  ")
	return append(data, '\n'), err
}

// cslOf returns the CSL-JSON item of a document, in the form that the
// Citation Style Language's styles (OSCOLA, Chicago author-date and APA among
// them, as Pandoc renders them with Debian's citation-style-language-styles;
// see TestCSLStyles) print as the field cites each kind:
//
//   - a UN document (a report or a resolution) is a "report", CSL's type for
//     a numbered document of an institution, whose number is its UN
//     designation: "UN Doc. A/70/174", "UNGA Res 58/199, UN Doc.
//     A/RES/58/199", "HRC Res 20/8"; its author is the organ that issued it
//     ("United Nations General Assembly"), not a 25-word group name. CSL's
//     "legislation" would print a resolution as a United States public law
//     in APA ("Pub. L. No. 20/8"), and OSCOLA prints neither the body nor the
//     number of a "legislation" or a "document";
//   - a treaty is a "treaty", its genre its number in its series ("ETS No.
//     185"), its container the series ("ETS");
//   - any other document (a declaration, communiqué, chair's report or
//     outcome document of a meeting) is a "speech", CSL's type for what is
//     issued at an event, the one type whose place (event-place) and full
//     date every style prints: OSCOLA "(Lucca, Italy, 11 April 2017)".
//     Its genre is its kind ("Declaration").
//
// The author is the corporate author a formal citation names: none where
// the title names the body ("G7 Principles and Actions on Cyber"). A
// document with no published title has its description in square
// brackets as its title, its case kept ("nocase"). The URL is given only
// where a page at it was observed.
func cslOf(d declarations.Declaration) cslItem {
	c := cite.Lookup(string(d.ID()))
	it := cslItem{
		ID:       string(d.ID()),
		Type:     "speech",
		Title:    d.Title(),
		URL:      d.URL(),
		Language: d.Lang(),
		Note:     "cybernorms ID " + string(d.ID()),
		Source:   "cybernorms",
	}
	if d.Editorial().Description != "" {
		it.Title = `<span class="nocase">` + d.Title() + `</span>`
	}
	author := ""
	if c != nil {
		author = c.Author()
	}
	f := d.Facts()
	switch {
	case d.Symbol() != "" || d.Kind() == declarations.KindResolution:
		it.Type = "report"
		if c != nil {
			it.Number = c.Designation()
		}
	case d.Kind() == declarations.KindConvention:
		// The series is the container, as CSL has it for treaties (APA
		// prints "ETS No. 185"); OSCOLA prints the genre.
		it.Type = "treaty"
		if c != nil {
			it.Genre = c.Designation()
			if i := strings.Index(it.Genre, " No. "); i > 0 {
				it.Container = it.Genre[:i]
			}
		}
		it.Number = f.Number
	default:
		it.EventPlace = d.Place()
		if author != "" && d.Kind() != declarations.KindOther {
			// Without an author, Chicago prints the genre twice.
			it.Genre = capitalize(d.Kind().String())
		}
	}
	if author != "" {
		it.Author = []cslName{{Literal: author}}
	}
	if date := d.Date(); date.Year != 0 {
		parts := []int{date.Year}
		if date.Month != 0 {
			parts = append(parts, int(date.Month))
			if date.Day != 0 {
				parts = append(parts, date.Day)
			}
		}
		it.Issued = &cslDate{DateParts: [][]int{parts}}
	}
	return it
}
