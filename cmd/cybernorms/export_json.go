package main

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"iter"
	"reflect"
	"slices"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// -format json: the whole corpus as one JSON document, whose schema is
// corpus-v1.schema.json. Its objects are also those of the JSON output of
// show and list.
func init() {
	registerFormat(&exportFormat{
		name:  "json",
		order: 1,
		title: "JSON",
		help: `one JSON document, schema version 1; -schema prints its
JSON Schema (2020-12). Within version 1 fields may be
added, never renamed or removed: the schema allows
properties it does not name.
`,
		flags:  []string{"schema"},
		export: exportJSON,
	})
}

// exportJSON writes the corpus as JSON, or with -schema its schema.
func exportJSON(c *cmdEnv) int {
	if c.schema {
		return c.write(schemaJSON, nil)
	}
	data, err := json.MarshalIndent(exportCorpus(), "", "  ")
	return c.write(append(data, '\n'), err)
}

// schemaJSON is the JSON Schema of the export, version [schemaVersion].
//
//go:embed corpus-v1.schema.json
var schemaJSON []byte

// schemaVersion is the version of the export's schema. Fields may be added
// within a version; renaming or removing one, or changing its meaning, takes
// a new version and a new schema file. The schema allows properties it does
// not name, so that a consumer holding it accepts every later export of the
// same version.
const schemaVersion = 1

// The types below are the export's schema in Go: each field's JSON name is
// the one corpus-v1.schema.json documents, and omitempty follows the
// schema's rule that empty strings and lists are omitted.

type exportedCorpus struct {
	SchemaVersion int                     `json:"schema_version"`
	Module        string                  `json:"module"`
	ModuleVersion string                  `json:"module_version"`
	CorpusDigest  string                  `json:"corpus_digest"`
	Documents     []exportedDocument      `json:"documents"`
	Norms         []exportedNorm          `json:"norms"`
	Editorial     exportedCorpusEditorial `json:"editorial"`
}

// An exportedCorpusEditorial is the editorial material of the whole
// corpus: the vocabulary of themes.
type exportedCorpusEditorial struct {
	Themes []exportedTheme `json:"themes"`
}

// An exportedTheme is a theme of the vocabulary: see norms.Theme.
type exportedTheme struct {
	ID         string `json:"id"`
	Name       string `json:"name"`
	Definition string `json:"definition"`
}

// An exportedNormTheme is a theme the maintainers give a norm, with the
// words of the norm that justify it.
type exportedNormTheme struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Words string `json:"words"`
}

// An exportedShared is a run of words that a paragraph (or the paragraph
// that states a norm) shares with a paragraph of another document, seen
// from the first: see declarations.Shared. Start and End are byte offsets
// into the text of the first paragraph, WithStart and WithEnd into the
// other's, which With, WithLang and WithNorm name. show -json writes the
// same objects.
type exportedShared struct {
	Text      string  `json:"text"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Words     int     `json:"words"`
	With      jsonRef `json:"with"`
	WithLang  string  `json:"with_lang,omitempty"`
	WithNorm  string  `json:"with_norm,omitempty"`
	WithText  string  `json:"with_text"`
	WithStart int     `json:"with_start"`
	WithEnd   int     `json:"with_end"`
}

type exportedDocument struct {
	ID             string               `json:"id"`
	Title          string               `json:"title"`
	TitleEditorial bool                 `json:"title_editorial,omitempty"`
	Kind           string               `json:"kind"`
	Lang           string               `json:"lang,omitempty"`
	Body           string               `json:"body,omitempty"`
	Meeting        string               `json:"meeting,omitempty"`
	Place          string               `json:"place,omitempty"`
	Date           string               `json:"date,omitempty"`
	Symbol         string               `json:"symbol,omitempty"`
	Citation       string               `json:"citation,omitempty"`
	Provenance     exportedProvenance   `json:"provenance"`
	Paragraphs     []exportedParagraph  `json:"paragraphs,omitempty"`
	Norms          []string             `json:"norms,omitempty"`
	Links          []exportedLink       `json:"links,omitempty"`
	Backlinks      []exportedBacklink   `json:"backlinks,omitempty"`
	Versions       []exportedDocument   `json:"versions,omitempty"`
	Facts          *exportedFacts       `json:"facts,omitempty"`
	Editorial      exportedDocEditorial `json:"editorial"`
}

type exportedFacts struct {
	Number      string   `json:"number,omitempty"`
	Series      string   `json:"series,omitempty"`
	Session     string   `json:"session,omitempty"`
	Agenda      string   `json:"agenda,omitempty"`
	AltSymbols  []string `json:"alt_symbols,omitempty"`
	Opened      string   `json:"opened,omitempty"`
	InForce     string   `json:"in_force,omitempty"`
	Distributed string   `json:"distributed,omitempty"`
	Reissued    string   `json:"reissued,omitempty"`
	AuthorNote  string   `json:"author_note,omitempty"`
}

type exportedDocEditorial struct {
	Short       string `json:"short"`
	Note        string `json:"note,omitempty"`
	Description string `json:"description,omitempty"`
}

// exportDocEditorial returns the editorial material of a document.
func exportDocEditorial(d declarations.Declaration) exportedDocEditorial {
	e := d.Editorial()
	return exportedDocEditorial{Short: e.Short, Note: e.Note, Description: e.Description}
}

type exportedProvenance struct {
	Extent        string                `json:"extent"`
	Excerpt       string                `json:"excerpt,omitempty"`
	URL           string                `json:"url,omitempty"`
	URLUnverified string                `json:"url_unverified,omitempty"`
	Publisher     string                `json:"publisher,omitempty"`
	ReadFrom      string                `json:"read_from,omitempty"`
	Corrections   []exportedCorrection  `json:"corrections,omitempty"`
	Omitted       []exportedOmission    `json:"omitted,omitempty"`
	Observations  []exportedObservation `json:"observations,omitempty"`
	Notes         []string              `json:"notes,omitempty"`
	DataFile      string                `json:"data_file"`
	SHA256        string                `json:"sha256"`
}

type exportedOmission struct {
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

type exportedObservation struct {
	Fact  string `json:"fact"`
	Value string `json:"value"`
	Where string `json:"where"`
}

type exportedCorrection struct {
	Original  string `json:"original"`
	Corrected string `json:"corrected,omitempty"`
	Reason    string `json:"reason"`
}

type exportedParagraph struct {
	Label         string           `json:"label,omitempty"`
	Kind          string           `json:"kind"`
	Text          string           `json:"text"`
	Break         string           `json:"break"`
	Note          string           `json:"note,omitempty"`
	Norm          string           `json:"norm,omitempty"`
	LabelInferred bool             `json:"label_inferred,omitempty"`
	LabelNote     string           `json:"label_note,omitempty"`
	Pinpoint      string           `json:"pinpoint,omitempty"`
	SharedWording []exportedShared `json:"shared_wording,omitempty"`
}

type exportedLink struct {
	Rel        string `json:"rel"`
	Target     string `json:"target"`
	Paragraph  int    `json:"paragraph,omitempty"`
	Basis      string `json:"basis,omitempty"`
	Note       string `json:"note,omitempty"`
	Unverified string `json:"unverified,omitempty"`
}

type exportedBacklink struct {
	From       string `json:"from"`
	Rel        string `json:"rel"`
	Paragraph  int    `json:"paragraph,omitempty"`
	Basis      string `json:"basis,omitempty"`
	Norm       string `json:"norm,omitempty"`
	Unverified string `json:"unverified,omitempty"`
}

type exportedNorm struct {
	ID             string                `json:"id"`
	Document       string                `json:"document"`
	Label          string                `json:"label"`
	Text           string                `json:"text"`
	Kind           string                `json:"kind"`
	Lang           string                `json:"lang,omitempty"`
	Citation       string                `json:"citation"`
	FormalCitation string                `json:"formal_citation"`
	Restates       string                `json:"restates,omitempty"`
	RestatedBy     []string              `json:"restated_by,omitempty"`
	TakesUp        *exportedTakeUp       `json:"takes_up,omitempty"`
	Versions       []exportedNormVersion `json:"versions,omitempty"`
	Editorial      exportedNormEditorial `json:"editorial"`
	LabelInferred  bool                  `json:"label_inferred,omitempty"`
	LabelNote      string                `json:"label_note,omitempty"`
	SharedWording  []exportedShared      `json:"shared_wording,omitempty"`
}

type exportedTakeUp struct {
	Norm    string `json:"norm"`
	Shared  string `json:"shared"`
	Differs string `json:"differs,omitempty"`
}

type exportedNormVersion struct {
	Lang          string           `json:"lang"`
	Text          string           `json:"text"`
	SharedWording []exportedShared `json:"shared_wording,omitempty"`
}

type exportedNormEditorial struct {
	Title  string              `json:"title"`
	Themes []exportedNormTheme `json:"themes,omitempty"`
}

// isoDate writes a partial date in ISO 8601 with only the known parts.
func isoDate(d declarations.Date) string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// exportCorpus returns the whole corpus in the export's form.
func exportCorpus() exportedCorpus {
	v := buildVersion()
	c := exportedCorpus{
		SchemaVersion: schemaVersion,
		Module:        modulePath,
		ModuleVersion: v.Version,
		CorpusDigest:  corpusDigest(),
		Documents:     []exportedDocument{},
		Norms:         []exportedNorm{},
		Editorial:     exportedCorpusEditorial{Themes: []exportedTheme{}},
	}
	for th := range norms.Themes() {
		c.Editorial.Themes = append(c.Editorial.Themes, exportedTheme{ID: th.ID(), Name: th.Name(), Definition: th.Definition()})
	}
	for d := range declarations.All() {
		c.Documents = append(c.Documents, exportDocument(d))
	}
	for n := range norms.All() {
		c.Norms = append(c.Norms, exportNorm(n))
	}
	return c
}

func exportNorm(n norms.Norm) exportedNorm {
	e := exportedNorm{
		ID:             string(n.ID()),
		Document:       n.Document(),
		Label:          n.Label(),
		Text:           n.Text(),
		Kind:           n.Kind().String(),
		Lang:           n.Lang(),
		Citation:       n.String(),
		FormalCitation: n.Cite(norms.Formal),
		Editorial:      exportedNormEditorial{Title: n.Editorial().Title, Themes: exportNormThemes(n)},
		SharedWording:  exportSharedWording(declarations.NormSharedWording(n)),
	}
	if n.List().Inferred() {
		e.LabelInferred, e.LabelNote = true, n.List().LabelNote()
	}
	if r, ok := n.Restates(); ok {
		e.Restates = string(r.ID())
	}
	for r := range n.RestatedBy() {
		e.RestatedBy = append(e.RestatedBy, string(r.ID()))
	}
	if t, ok := n.TakesUp(); ok {
		e.TakesUp = &exportedTakeUp{Norm: string(t.Norm.ID()), Shared: t.Shared, Differs: t.Differs}
	}
	for v := range n.Versions() {
		if v != n {
			e.Versions = append(e.Versions, exportedNormVersion{Lang: v.Lang(), Text: v.Text(), SharedWording: exportSharedWording(declarations.NormSharedWording(v))})
		}
	}
	return e
}

func exportDocument(d declarations.Declaration) exportedDocument {
	e := exportDocumentVersion(d)
	for b := range d.Backlinks() {
		e.Backlinks = append(e.Backlinks, exportBacklink(b))
	}
	for v := range d.Versions() {
		if v != d {
			e.Versions = append(e.Versions, exportDocumentVersion(v))
		}
	}
	return e
}

// exportDocumentVersion exports one language version of a document, without
// its backlinks and other versions.
func exportDocumentVersion(d declarations.Declaration) exportedDocument {
	p := d.Provenance()
	e := exportedDocument{
		ID:             string(d.ID()),
		Title:          d.Title(),
		TitleEditorial: d.Editorial().Description != "",
		Kind:           d.Kind().String(),
		Lang:           d.Lang(),
		Body:           d.Body(),
		Meeting:        d.Meeting(),
		Place:          d.Place(),
		Date:           isoDate(d.Date()),
		Symbol:         d.Symbol(),
		Citation:       d.Cite(norms.Formal),
		Provenance: exportedProvenance{
			Extent:        p.Extent.String(),
			Excerpt:       p.Excerpt,
			URL:           p.URL,
			URLUnverified: p.URLUnverified,
			Publisher:     p.Publisher,
			ReadFrom:      p.ReadFrom,
			Notes:         slices.Clip(p.Notes),
			DataFile:      p.DataFile,
			SHA256:        p.SHA256,
		},
		Editorial: exportDocEditorial(d),
	}
	for _, k := range p.Corrections {
		e.Provenance.Corrections = append(e.Provenance.Corrections, exportedCorrection{Original: k.Original, Corrected: k.Corrected, Reason: k.Reason})
	}
	for _, o := range p.Omitted {
		e.Provenance.Omitted = append(e.Provenance.Omitted, exportedOmission{Text: o.Text, Reason: o.Reason})
	}
	for _, o := range p.Observations {
		e.Provenance.Observations = append(e.Provenance.Observations, exportedObservation{Fact: o.Fact, Value: o.Value, Where: o.Where})
	}
	f := d.Facts()
	ef := exportedFacts{
		Number: f.Number, Series: f.Series, Session: f.Session, Agenda: f.Agenda, AltSymbols: f.AltSymbols,
		Opened: isoDate(f.Opened), InForce: isoDate(f.InForce), Distributed: isoDate(f.Distributed), Reissued: isoDate(f.Reissued),
		AuthorNote: f.AuthorNote,
	}
	if !reflect.ValueOf(ef).IsZero() {
		e.Facts = &ef
	}
	for q := range d.Paragraphs() {
		e.Paragraphs = append(e.Paragraphs, exportParagraph(q))
	}
	for n := range d.Norms() {
		e.Norms = append(e.Norms, string(n.ID()))
	}
	for l := range d.Links() {
		e.Links = append(e.Links, exportLink(l))
	}
	return e
}

func exportParagraph(q declarations.Paragraph) exportedParagraph {
	e := exportedParagraph{
		Label: q.Label(),
		Kind:  q.Kind().String(),
		Text:  q.Text(),
		Break: q.Break().String(),
		Note:  q.Note(),
		// Where the label is not the source's, and how a citation names
		// the paragraph's place in the original document.
		LabelInferred: q.LabelInferred(),
		LabelNote:     q.LabelNote(),
		Pinpoint:      q.Pinpoint(),
		SharedWording: exportSharedWording(q.SharedWording()),
	}
	if n, ok := q.Norm(); ok {
		e.Norm = string(n.ID())
	}
	return e
}

// exportNormThemes returns the themes of n, each with the words of n that
// justify it.
func exportNormThemes(n norms.Norm) []exportedNormTheme {
	var out []exportedNormTheme
	for th := range n.Themes() {
		words, _ := n.ThemeWords(th)
		out = append(out, exportedNormTheme{ID: th.ID(), Name: th.Name(), Words: words})
	}
	return out
}

// exportSharedWording returns the shared wording that shared yields, in
// its order.
func exportSharedWording(shared iter.Seq[declarations.Shared]) []exportedShared {
	var out []exportedShared
	for s := range shared {
		w := s.With.Paragraph
		e := exportedShared{
			Text: s.Text, Start: s.Start, End: s.End, Words: s.Words,
			With: paragraphRef(w), WithLang: w.Document().Lang(),
			WithText: s.With.Text(), WithStart: s.With.Start, WithEnd: s.With.End,
		}
		if n, ok := w.Norm(); ok {
			e.WithNorm = string(n.ID())
		}
		out = append(out, e)
	}
	return out
}

func exportLink(l declarations.Link) exportedLink {
	return exportedLink{Rel: l.Rel.String(), Target: string(l.Target), Paragraph: l.Paragraph, Basis: l.Basis, Note: l.Note, Unverified: l.Unverified}
}

func exportBacklink(b declarations.Backlink) exportedBacklink {
	return exportedBacklink{From: string(b.From), Rel: b.Rel.String(), Paragraph: b.Paragraph, Basis: b.Basis, Norm: string(b.Norm), Unverified: b.Unverified}
}
