package main

import (
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// textSizes are the raw bytes of text that the size programs print: the
// physical limit of what a binary that holds those texts must carry.
type textSizes struct {
	// Norm is len(norms.UNGGE2015[norms.F].Text).
	Norm int
	// NormList is the sum of len(Text) over the whole UNGGE2015 list, which
	// the one-norm program carries because the list is one array.
	NormList int
	// Doc is the sum of len(Text) over the DocParagraphs paragraphs of
	// Toronto2018.
	Doc, DocParagraphs int
	// Corpus is the sum of len(Text) over every paragraph of every document
	// and every norm: what the whole-corpus program prints.
	Corpus int
	// CorpusDistinct is Corpus counting each distinct text once; the linker
	// stores identical strings once, so this is the tighter limit.
	CorpusDistinct int
	// Paragraphs, NormCount and Documents count what Corpus sums over.
	Paragraphs, NormCount, Documents int
}

// measureTexts sums the texts of the corpus as the size programs print them.
func measureTexts() textSizes {
	var t textSizes
	t.Norm = len(norms.UNGGE2015[norms.F].Text)
	for _, n := range norms.UNGGE2015 {
		t.NormList += len(n.Text)
	}
	for _, p := range declarations.Toronto2018.Paragraphs {
		t.Doc += len(p.Text)
		t.DocParagraphs++
	}
	seen := make(map[string]bool)
	add := func(s string) {
		t.Corpus += len(s)
		if !seen[s] {
			seen[s] = true
			t.CorpusDistinct += len(s)
		}
	}
	for d := range declarations.All() {
		t.Documents++
		for _, p := range d.Paragraphs {
			t.Paragraphs++
			add(p.Text)
		}
	}
	for n := range norms.All() {
		t.NormCount++
		add(n.Text)
	}
	return t
}

// mirrorCorpus copies every set, norm and document of the corpus into the
// mirror structs of mirror.go. (norms.Norm and declarations.Declaration
// marshal to JSON as their ID only, so they cannot be marshalled directly.)
func mirrorCorpus() Corpus {
	var c Corpus
	for s := range norms.Sets() {
		c.Sets = append(c.Sets, Set{Document: s.Document, Name: s.Name, Unit: s.Unit, Kind: uint8(s.Kind), Len: s.Len})
	}
	for n := range norms.All() {
		m := Norm{
			ID:        string(n.ID),
			Document:  n.Document,
			Label:     n.Label,
			Text:      n.Text,
			Kind:      uint8(n.Kind),
			Editorial: NormEditorial{Title: n.Editorial.Title},
		}
		if n.Restates != nil {
			m.Restates = string(n.Restates.ID)
		}
		c.Norms = append(c.Norms, m)
	}
	for d := range declarations.All() {
		p := d.Provenance
		m := Declaration{
			ID:      string(d.ID),
			Title:   d.Title,
			Kind:    uint8(d.Kind),
			Body:    d.Body,
			Meeting: d.Meeting,
			Place:   d.Place,
			Date:    Date{Year: d.Date.Year, Month: int(d.Date.Month), Day: d.Date.Day},
			Symbol:  d.Symbol,
			Provenance: Provenance{
				Extent:    uint8(p.Extent),
				Excerpt:   p.Excerpt,
				URL:       p.URL,
				Publisher: p.Publisher,
				ReadFrom:  p.ReadFrom,
				Notes:     p.Notes,
				DataFile:  p.DataFile,
				SHA256:    p.SHA256,
			},
			Editorial: DeclarationEditorial{Short: d.Editorial.Short, Note: d.Editorial.Note},
		}
		for _, s := range p.Sources {
			m.Provenance.Sources = append(m.Provenance.Sources, Source{Path: s.Path, SHA256: s.SHA256})
		}
		for _, x := range p.Corrections {
			m.Provenance.Corrections = append(m.Provenance.Corrections, Correction{Original: x.Original, Corrected: x.Corrected, Reason: x.Reason})
		}
		for _, q := range d.Paragraphs {
			m.Paragraphs = append(m.Paragraphs, Paragraph{Label: q.Label, Kind: uint8(q.Kind), Text: q.Text, Break: uint8(q.Break), Note: q.Note, Norm: string(q.Norm)})
		}
		for _, id := range d.Norms {
			m.Norms = append(m.Norms, string(id))
		}
		for _, l := range d.Links {
			m.Links = append(m.Links, Link{Rel: uint8(l.Rel), Target: string(l.Target), Paragraph: l.Paragraph, Basis: l.Basis})
		}
		c.Declarations = append(c.Declarations, m)
	}
	return c
}

// corpusJSON returns the corpus as the embedded-JSON design ships it.
func corpusJSON() ([]byte, error) {
	if err := checkMirror(); err != nil {
		return nil, err
	}
	return json.Marshal(mirrorCorpus())
}

// checkMirror reports an error if a real type has a field that its mirror
// lacks, so that the JSON never silently carries less than the Go values.
func checkMirror() error {
	pairs := []struct{ real, mirror any }{
		{norms.Set{}, Set{}},
		{norms.Norm{}, Norm{}},
		{norms.Editorial{}, NormEditorial{}},
		{declarations.Declaration{}, Declaration{}},
		{declarations.Date{}, Date{}},
		{declarations.Provenance{}, Provenance{}},
		{declarations.Source{}, Source{}},
		{declarations.Correction{}, Correction{}},
		{declarations.Paragraph{}, Paragraph{}},
		{declarations.Link{}, Link{}},
		{declarations.Editorial{}, DeclarationEditorial{}},
	}
	for _, p := range pairs {
		rt, mt := reflect.TypeOf(p.real), reflect.TypeOf(p.mirror)
		for i := 0; i < rt.NumField(); i++ {
			f := rt.Field(i)
			if !f.IsExported() {
				continue
			}
			if _, ok := mt.FieldByName(f.Name); !ok {
				return fmt.Errorf("mirror %s lacks field %s of %s: update tools/cmd/benchreport/mirror.go and corpus.go", mt.Name(), f.Name, rt)
			}
		}
	}
	return nil
}
