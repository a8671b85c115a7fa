package main

import (
	"encoding/json"
	"iter"

	"github.com/cybernorms/cybernorms"
	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// The JSON output of the commands. Each command's help gives the shape of
// its output (its jsonShape), after jsonNote, which gives what they share:
// the reference. The package documentation holds both, and jsonDetails.
// The objects "document", "norm", "paragraph", "link" and "backlink" are
// the export's (export_json.go).

// jsonNote is what the help of a command with -json says of JSON output.
const jsonNote = `With -json, the output is one JSON object (fields may be added, never
renamed or removed; empty values are omitted); a "reference" is
  {"type": "norm"|"document"|"paragraph", "id", "document",
   "paragraph": 1-based position, "label", "anchor", "citation"}
and "document", "norm", "paragraph", "link" and "backlink" are the
objects of the JSON export (cybernorms export -schema).
`

// jsonDetails is what the package documentation adds to jsonNote: what
// the fields of a reference mean.
const jsonDetails = `A reference names what a citation resolves to. Its "id" is a norm's, a
paragraph's ("Toronto2018/7", "Lucca2017/p3") or a document's. Its
"paragraph" is the position of the paragraph, or of the paragraph that
states the norm; a document has none. Its "label" is the label as the
source prints it, or as the corpus knows it (see label_inferred in the
schema). Its "anchor" is the fragment of the paragraph in the HTML
edition (UNGGE2015.html#13f), and its "citation" the short citation. The
shapes are stable within the command's major version.
`

// writeJSON writes v to the output as indented JSON and a newline.
func (c *cmdEnv) writeJSON(v any) {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		panic(err) // the shapes hold only strings, numbers and slices of them
	}
	c.out.Write(data)
	c.out.WriteByte('\n')
}

// A jsonRef is the JSON reference to what a citation names: see jsonNote.
type jsonRef struct {
	Type      string `json:"type"`
	ID        string `json:"id"`
	Document  string `json:"document"`
	Paragraph int    `json:"paragraph,omitempty"`
	Label     string `json:"label,omitempty"`
	Anchor    string `json:"anchor,omitempty"`
	Citation  string `json:"citation"`
}

// ref returns the JSON reference to t.
func (t target) ref() jsonRef {
	switch {
	case !t.norm.IsZero():
		r := jsonRef{Type: "norm", ID: string(t.norm.ID()), Document: t.norm.Document(), Label: t.norm.Label(), Citation: t.norm.String()}
		if p := normParagraph(t.norm); !p.IsZero() {
			r.Paragraph = p.Position()
			r.Anchor = anchors(p.Document())[p.Position()]
		}
		return r
	case !t.para.IsZero():
		return paragraphRef(t.para)
	}
	return jsonRef{Type: "document", ID: string(t.doc.ID()), Document: string(t.doc.ID()), Citation: t.doc.String()}
}

// paragraphID returns the ID of a paragraph, as cybernorms.Ref.ID writes
// it: "Toronto2018/7" for a numbered paragraph, "Lucca2017/p3" for another.
func paragraphID(p declarations.Paragraph) string {
	return cybernorms.Ref{Document: p.Document(), Paragraph: p}.ID()
}

// paragraphRef returns the JSON reference to p.
func paragraphRef(p declarations.Paragraph) jsonRef {
	d := p.Document()
	return jsonRef{
		Type: "paragraph", ID: paragraphID(p), Document: string(d.ID()), Paragraph: p.Position(),
		Label: p.Label(), Anchor: anchors(d)[p.Position()], Citation: p.Cite(norms.Short),
	}
}

// A jsonTheme is a theme in the JSON output of themes, list -theme and
// show.
type jsonTheme struct {
	ID         string `json:"id"`
	Name       string `json:"name"`
	Definition string `json:"definition,omitempty"`
	Norms      int    `json:"norms,omitempty"`
	Words      string `json:"words,omitempty"`
}

// A jsonShared is a run of shared wording in the JSON output of show: the
// object of the export, so that one parser reads both.
type jsonShared = exportedShared

// jsonSharedWording returns shared wording for show -json.
func jsonSharedWording(shared iter.Seq[declarations.Shared]) []jsonShared {
	return exportSharedWording(shared)
}

// A jsonNormThemes holds a norm's themes in the JSON output of show, under
// "editorial".
type jsonNormThemes struct {
	Themes []jsonTheme `json:"themes"`
}

// jsonThemesOf returns a norm's themes for show -json.
func jsonThemesOf(n norms.Norm) *jsonNormThemes {
	var out jsonNormThemes
	for th := range n.Themes() {
		words, _ := n.ThemeWords(th)
		out.Themes = append(out.Themes, jsonTheme{ID: th.ID(), Name: th.Name(), Words: words})
	}
	if len(out.Themes) == 0 {
		return nil
	}
	return &out
}
