package main

import (
	_ "embed"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// schemaJSON is the JSON Schema of the export, version [schemaVersion].
//
//go:embed corpus-v1.schema.json
var schemaJSON []byte

// schemaVersion is the version of the export's schema. Fields may be added
// within a version; renaming or removing one, or changing its meaning, takes
// a new version and a new schema file.
const schemaVersion = 1

// The types below are the export's schema in Go: each field's JSON name is
// the one corpus-v1.schema.json documents, and omitempty follows the
// schema's rule that empty strings and lists are omitted.

type exportedCorpus struct {
	SchemaVersion int                `json:"schema_version"`
	Documents     []exportedDocument `json:"documents"`
	Norms         []exportedNorm     `json:"norms"`
}

type exportedDocument struct {
	ID         string               `json:"id"`
	Title      string               `json:"title"`
	Kind       string               `json:"kind"`
	Body       string               `json:"body,omitempty"`
	Meeting    string               `json:"meeting,omitempty"`
	Place      string               `json:"place,omitempty"`
	Date       string               `json:"date,omitempty"`
	Symbol     string               `json:"symbol,omitempty"`
	Citation   string               `json:"citation,omitempty"`
	Provenance exportedProvenance   `json:"provenance"`
	Paragraphs []exportedParagraph  `json:"paragraphs,omitempty"`
	Norms      []string             `json:"norms,omitempty"`
	Links      []exportedLink       `json:"links,omitempty"`
	Editorial  exportedDocEditorial `json:"editorial"`
}

type exportedDocEditorial struct {
	Short string `json:"short"`
	Note  string `json:"note,omitempty"`
}

type exportedProvenance struct {
	Extent      string               `json:"extent"`
	Excerpt     string               `json:"excerpt,omitempty"`
	URL         string               `json:"url,omitempty"`
	Publisher   string               `json:"publisher,omitempty"`
	ReadFrom    string               `json:"read_from,omitempty"`
	Sources     []exportedSource     `json:"sources,omitempty"`
	Corrections []exportedCorrection `json:"corrections,omitempty"`
	Notes       []string             `json:"notes,omitempty"`
	DataFile    string               `json:"data_file"`
	SHA256      string               `json:"sha256"`
}

type exportedSource struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
}

type exportedCorrection struct {
	Original  string `json:"original"`
	Corrected string `json:"corrected,omitempty"`
	Reason    string `json:"reason"`
}

type exportedParagraph struct {
	Label string `json:"label,omitempty"`
	Kind  string `json:"kind"`
	Text  string `json:"text"`
	Break string `json:"break"`
	Note  string `json:"note,omitempty"`
	Norm  string `json:"norm,omitempty"`
}

type exportedLink struct {
	Rel       string `json:"rel"`
	Target    string `json:"target"`
	Paragraph int    `json:"paragraph,omitempty"`
	Basis     string `json:"basis,omitempty"`
}

type exportedNorm struct {
	ID             string                `json:"id"`
	Document       string                `json:"document"`
	Label          string                `json:"label"`
	Text           string                `json:"text"`
	Kind           string                `json:"kind"`
	Citation       string                `json:"citation"`
	FormalCitation string                `json:"formal_citation"`
	Restates       string                `json:"restates,omitempty"`
	Editorial      exportedNormEditorial `json:"editorial"`
}

type exportedNormEditorial struct {
	Title string `json:"title"`
}

// isoDate writes a partial date in ISO 8601 with only the known parts.
func isoDate(d declarations.Date) string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return pad(d.Year, 4)
	case d.Day == 0:
		return pad(d.Year, 4) + "-" + pad(int(d.Month), 2)
	}
	return pad(d.Year, 4) + "-" + pad(int(d.Month), 2) + "-" + pad(d.Day, 2)
}

func pad(n, width int) string {
	s := make([]byte, width)
	for i := width - 1; i >= 0; i-- {
		s[i] = byte('0' + n%10)
		n /= 10
	}
	return string(s)
}

// exportCorpus returns the whole corpus in the export's form.
func exportCorpus() exportedCorpus {
	c := exportedCorpus{SchemaVersion: schemaVersion, Documents: []exportedDocument{}, Norms: []exportedNorm{}}
	for d := range declarations.All() {
		c.Documents = append(c.Documents, exportDocument(d))
	}
	for n := range norms.All() {
		e := exportedNorm{
			ID:             string(n.ID),
			Document:       n.Document,
			Label:          n.Label,
			Text:           n.Text,
			Kind:           n.Kind.String(),
			Citation:       n.String(),
			FormalCitation: n.Cite(norms.Formal),
			Editorial:      exportedNormEditorial{Title: n.Editorial.Title},
		}
		if n.Restates != nil {
			e.Restates = string(n.Restates.ID)
		}
		c.Norms = append(c.Norms, e)
	}
	return c
}

func exportDocument(d *declarations.Declaration) exportedDocument {
	p := d.Provenance
	e := exportedDocument{
		ID:       string(d.ID),
		Title:    d.Title,
		Kind:     d.Kind.String(),
		Body:     d.Body,
		Meeting:  d.Meeting,
		Place:    d.Place,
		Date:     isoDate(d.Date),
		Symbol:   d.Symbol,
		Citation: d.Cite(norms.Formal),
		Provenance: exportedProvenance{
			Extent:    p.Extent.String(),
			Excerpt:   p.Excerpt,
			URL:       p.URL,
			Publisher: p.Publisher,
			ReadFrom:  p.ReadFrom,
			Notes:     p.Notes,
			DataFile:  p.DataFile,
			SHA256:    p.SHA256,
		},
		Editorial: exportedDocEditorial{Short: d.Editorial.Short, Note: d.Editorial.Note},
	}
	for _, s := range p.Sources {
		e.Provenance.Sources = append(e.Provenance.Sources, exportedSource{Path: s.Path, SHA256: s.SHA256})
	}
	for _, k := range p.Corrections {
		e.Provenance.Corrections = append(e.Provenance.Corrections, exportedCorrection{Original: k.Original, Corrected: k.Corrected, Reason: k.Reason})
	}
	for _, q := range d.Paragraphs {
		e.Paragraphs = append(e.Paragraphs, exportedParagraph{
			Label: q.Label,
			Kind:  q.Kind.String(),
			Text:  q.Text,
			Break: q.Break.String(),
			Note:  q.Note,
			Norm:  string(q.Norm),
		})
	}
	for _, id := range d.Norms {
		e.Norms = append(e.Norms, string(id))
	}
	for _, l := range d.Links {
		e.Links = append(e.Links, exportedLink{Rel: l.Rel.String(), Target: string(l.Target), Paragraph: l.Paragraph, Basis: l.Basis})
	}
	return e
}
