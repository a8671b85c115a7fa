package main

import (
	"encoding/json"
	"strings"

	"github.com/cybernorms/cybernorms/declarations"
)

// A cslItem is one item of CSL-JSON, the data format of the Citation Style
// Language 1.0.2 (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html),
// which Zotero, Pandoc and Mendeley read.
type cslItem struct {
	ID          string    `json:"id"`
	Type        string    `json:"type"`
	Title       string    `json:"title"`
	Author      []cslName `json:"author,omitempty"`
	Contributor []cslName `json:"contributor,omitempty"`
	Issued      *cslDate  `json:"issued,omitempty"`
	Number      string    `json:"number,omitempty"`
	Collection  string    `json:"collection-title,omitempty"`
	CollNumber  string    `json:"collection-number,omitempty"`
	Genre       string    `json:"genre,omitempty"`
	EventTitle  string    `json:"event-title,omitempty"`
	EventPlace  string    `json:"event-place,omitempty"`
	URL         string    `json:"URL,omitempty"`
	Language    string    `json:"language,omitempty"`
	Note        string    `json:"note,omitempty"`
	Source      string    `json:"source,omitempty"`
}

// A cslName is a name given as a whole: an institution.
type cslName struct {
	Literal string `json:"literal"`
}

// A cslDate holds one date as [year, month, day], as many parts as known.
type cslDate struct {
	DateParts [][]int `json:"date-parts"`
}

// cslType maps the kinds of document to CSL item types: a treaty is
// "treaty", a resolution "legislation" (CSL's type for enacted texts), a
// report or chair's report "report", and a declaration, communiqué or
// outcome document "document", CSL's type for a document that fits no other.
var cslType = map[declarations.Kind]string{
	declarations.KindConvention:   "treaty",
	declarations.KindResolution:   "legislation",
	declarations.KindReport:       "report",
	declarations.KindChairsReport: "report",
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

func cslOf(d declarations.Declaration) cslItem {
	it := cslItem{
		ID:         string(d.ID()),
		Type:       "document",
		Title:      d.Title(),
		Number:     d.Symbol(),
		Genre:      capitalize(d.Kind().String()),
		EventTitle: d.Meeting(),
		EventPlace: d.Place(),
		URL:        d.URL(),
		Language:   d.Lang(),
		Note:       "cybernorms ID " + string(d.ID()),
		Source:     "cybernorms",
	}
	// Without a UN symbol, the number is the document's number in its
	// series ("185" of the European Treaty Series, "58/199").
	if f := d.Facts(); it.Number == "" {
		it.Number = f.Number
		if f.Series != "" {
			it.Collection, it.CollNumber = f.Series, f.Number
		}
	}
	if t, ok := cslType[d.Kind()]; ok {
		it.Type = t
	}
	if d.Kind() == declarations.KindOther {
		it.Genre = ""
	}
	// The issuing body is the author; where the data names several
	// ("United Nations General Assembly; Group of Governmental Experts, …"),
	// the first is the author and the others contributors, so that a
	// citation reads "(United Nations General Assembly 2015, para. 13(f))".
	for i, b := range strings.Split(d.Body(), "; ") {
		switch {
		case b == "":
		case i == 0:
			it.Author = append(it.Author, cslName{Literal: b})
		default:
			it.Contributor = append(it.Contributor, cslName{Literal: b})
		}
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
