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
	t.Norm = len(norms.UNGGE2015[norms.F].Text())
	for _, n := range norms.UNGGE2015 {
		t.NormList += len(n.Text())
	}
	for p := range declarations.Toronto2018.Paragraphs() {
		t.Doc += len(p.Text())
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
		for p := range d.Paragraphs() {
			t.Paragraphs++
			add(p.Text())
		}
	}
	for n := range norms.All() {
		t.NormCount++
		add(n.Text())
	}
	return t
}

// mirrorCorpus copies every list, norm and document of the corpus into the
// mirror structs of mirror.go. (norms.Norm and declarations.Declaration are
// handles that marshal to JSON as their ID only, so they cannot be marshalled
// directly.)
func mirrorCorpus() Corpus {
	var c Corpus
	for l := range norms.Lists() {
		c.Lists = append(c.Lists, List{Document: l.Document(), Name: l.Name(), Unit: l.Unit(), Kind: uint8(l.Kind()), Inferred: l.Inferred(), LabelNote: l.LabelNote(), Len: l.Len()})
	}
	for n := range norms.All() {
		m := Norm{
			ID:        string(n.ID()),
			Document:  n.Document(),
			Label:     n.Label(),
			Text:      n.Text(),
			Kind:      uint8(n.Kind()),
			Lang:      n.Lang(),
			Editorial: NormEditorial{Title: n.Editorial().Title},
		}
		if r, ok := n.Restates(); ok {
			m.Restates = string(r.ID())
		}
		if t, ok := n.TakesUp(); ok {
			m.TakesUp = &TakeUp{Norm: string(t.Norm.ID()), Shared: t.Shared, Differs: t.Differs}
		}
		for th := range n.Themes() {
			words, _ := n.ThemeWords(th)
			m.Themes = append(m.Themes, NormTheme{Theme: th.ID(), Words: words})
		}
		c.Norms = append(c.Norms, m)
	}
	for d := range declarations.All() {
		p := d.Provenance()
		date := d.Date()
		m := Declaration{
			ID:      string(d.ID()),
			Title:   d.Title(),
			Kind:    uint8(d.Kind()),
			Body:    d.Body(),
			Meeting: d.Meeting(),
			Place:   d.Place(),
			Date:    Date{Year: date.Year, Month: int(date.Month), Day: date.Day},
			Symbol:  d.Symbol(),
			Lang:    d.Lang(),
			Provenance: Provenance{
				Extent:        uint8(p.Extent),
				Excerpt:       p.Excerpt,
				URL:           p.URL,
				URLUnverified: p.URLUnverified,
				Publisher:     p.Publisher,
				ReadFrom:      p.ReadFrom,
				Notes:         p.Notes,
				DataFile:      p.DataFile,
				SHA256:        p.SHA256,
			},
			Editorial: DeclarationEditorial{Short: d.Editorial().Short, Note: d.Editorial().Note, Description: d.Editorial().Description},
		}
		for _, x := range p.Omitted {
			m.Provenance.Omitted = append(m.Provenance.Omitted, Omission{Text: x.Text, Reason: x.Reason})
		}
		for _, x := range p.Observations {
			m.Provenance.Observations = append(m.Provenance.Observations, Observation{Fact: x.Fact, Value: x.Value, Where: x.Where})
		}
		f := d.Facts()
		mdate := func(d declarations.Date) Date { return Date{Year: d.Year, Month: int(d.Month), Day: d.Day} }
		m.Facts = Facts{Number: f.Number, Series: f.Series, Session: f.Session, Agenda: f.Agenda, AltSymbols: f.AltSymbols,
			Opened: mdate(f.Opened), InForce: mdate(f.InForce), Distributed: mdate(f.Distributed), Reissued: mdate(f.Reissued), AuthorNote: f.AuthorNote}
		for _, x := range p.Corrections {
			m.Provenance.Corrections = append(m.Provenance.Corrections, Correction{Original: x.Original, Corrected: x.Corrected, Reason: x.Reason})
		}
		for q := range d.Paragraphs() {
			mp := Paragraph{Label: q.Label(), Kind: uint8(q.Kind()), Text: q.Text(), Break: uint8(q.Break()), Note: q.Note(), LabelInferred: q.LabelInferred(), LabelNote: q.LabelNote()}
			if n, ok := q.Norm(); ok {
				mp.Norm = string(n.ID())
			}
			for s := range q.SharedWording() {
				w := s.With.Paragraph
				mp.SharedWording = append(mp.SharedWording, Shared{Start: s.Start, End: s.End, Words: s.Words,
					WithDocument: string(w.Document().ID()), WithLang: w.Document().Lang(), WithParagraph: w.Position(), WithStart: s.With.Start, WithEnd: s.With.End})
			}
			m.Paragraphs = append(m.Paragraphs, mp)
		}
		for n := range d.Norms() {
			m.Norms = append(m.Norms, string(n.ID()))
		}
		for l := range d.Links() {
			m.Links = append(m.Links, Link{Rel: uint8(l.Rel), Target: string(l.Target), Paragraph: l.Paragraph, Basis: l.Basis, Note: l.Note, Unverified: l.Unverified})
		}
		if pl, ok := d.PartialList(); ok {
			mp := &PartialList{Kind: pl.Kind, Unit: pl.Unit, Count: pl.Count, Inferred: pl.Inferred, LabelsWhy: pl.LabelsWhy}
			for _, h := range pl.Held {
				mp.Held = append(mp.Held, HeldItem{Label: h.Label, First: h.First.Position(), Last: h.Last.Position()})
			}
			m.PartialList = mp
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

// checkMirror reports an error if a real type has a field, or an accessor
// method (exported, without parameters), that its mirror lacks, so that the
// JSON never silently carries less than the Go values. The methods that
// derive what other fields already hold are listed, with the reason, in
// derived.
func checkMirror() error {
	pairs := []struct{ real, mirror any }{
		{norms.List{}, List{}},
		{norms.Norm{}, Norm{}},
		{norms.Editorial{}, NormEditorial{}},
		{declarations.Declaration{}, Declaration{}},
		{declarations.Date{}, Date{}},
		{declarations.Provenance{}, Provenance{}},
		{declarations.Correction{}, Correction{}},
		{declarations.Paragraph{}, Paragraph{}},
		{declarations.Link{}, Link{}},
		{declarations.Editorial{}, DeclarationEditorial{}},
		{declarations.Facts{}, Facts{}},
		{declarations.Omission{}, Omission{}},
		{declarations.Observation{}, Observation{}},
		{norms.TakeUp{}, TakeUp{}},
		{declarations.PartialList{}, PartialList{}},
		{declarations.HeldItem{}, HeldItem{}},
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
		for i := 0; i < rt.NumMethod(); i++ {
			m := rt.Method(i)
			if m.Type.NumIn() != 1 || derived[rt.Name()+"."+m.Name] != "" {
				continue
			}
			if _, ok := mt.FieldByName(m.Name); !ok {
				return fmt.Errorf("mirror %s lacks field %s for method %s.%s: update tools/cmd/benchreport/mirror.go and corpus.go", mt.Name(), m.Name, rt, m.Name)
			}
		}
	}
	return nil
}

// derived are the accessor methods of the real types that need no field of
// their own in the mirror, by "Type.Method", with the reason.
var derived = map[string]string{
	"List.IsZero":               "the zero List",
	"List.String":               "from Name and Kind",
	"List.Norms":                "the norms whose Document is the list's",
	"Norm.IsZero":               "the zero Norm",
	"Norm.String":               "from the list's Name and Unit and the norm's Label",
	"Norm.MarshalText":          "the ID",
	"Norm.List":                 "the list whose Document is the norm's",
	"Norm.RestatedBy":           "the norms whose Restates is this one",
	"Norm.Versions":             "the language versions, which share the ID",
	"Norm.VersionID":            "the ID and Lang",
	"Date.IsZero":               "from Year, Month and Day",
	"Date.String":               "from Year, Month and Day",
	"Declaration.IsZero":        "the zero Declaration",
	"Declaration.String":        "Editorial.Short or the ID",
	"Declaration.MarshalText":   "the ID",
	"Declaration.URL":           "Provenance.URL, unless Provenance.URLUnverified",
	"Declaration.NumParagraphs": "len(Paragraphs)",
	"Declaration.Backlinks":     "the Links of the other documents",
	"Declaration.Versions":      "the language versions, which share the ID",
	"Declaration.VersionID":     "the ID and Lang",
	"Paragraph.IsZero":          "the zero Paragraph",
	"Paragraph.String":          "a citation of the paragraph",
	"Paragraph.Pinpoint":        "from the paragraph's Label, LabelInferred, its place and its text",
	"Paragraph.Document":        "the document that holds it",
	"Paragraph.Position":        "its index in the document's Paragraphs",
}
