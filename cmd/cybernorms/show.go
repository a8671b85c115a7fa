package main

import (
	"flag"
	"fmt"
	"iter"
	"strconv"
	"strings"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/internal/textindex"
	"github.com/cybernorms/cybernorms/norms"
)

var showCmd = &command{
	name:  "show",
	args:  "[-lang tag] [-json] <citation>",
	short: "show a norm, a document or a paragraph, with its text and provenance",
	long: `Show what the citation names: a norm (its citation, text, source,
restatements, the documents that take it up, its themes, which are
editorial, and the wording it shares with other documents), a document
(its metadata, provenance, links and text), or a paragraph of a document
(with the wording it shares). Shared wording is computed from the texts:
runs of 8 words or more that a paragraph of another document holds too.
The citation may be several words; quote it or not. A citation that
names nothing exits with status 1.
`,
	jsonShape: `  show -json  {"target": reference, and
                 "norm": norm, "taken_up_by": [backlink],
                 "editorial": {"themes": [{"id", "name", "words"}]},
                 "shared_wording": [shared]                   for a norm,
                 "document": document                         for a document,
                 "paragraph": paragraph, "formal_citation",
                 "links": [link], "shared_wording": [shared]  for a paragraph}
              shared: {"text", "start", "end", "words", "with": reference,
                 "with_lang", "with_norm", "with_text", "with_start",
                 "with_end"} (UTF-8 byte offsets into the target's paragraph,
                 and into the other's; the other's language and norm)
              The norm's and paragraph's objects, the export's, hold the
              same themes and shared wording.
`,
	flags: func(fs *flag.FlagSet, c *cmdEnv) {
		langFlag(fs, c)
		jsonFlag(fs, c)
	},
	run:         runShow,
	completeIDs: true,
}

// runShow prints what a citation names.
func runShow(c *cmdEnv) int {
	t, code := resolveArgs(c)
	if code != exitOK {
		return code
	}
	if c.json {
		showJSON(c, t)
		return exitOK
	}
	out := c.text()
	switch {
	case !t.norm.IsZero():
		showNorm(out, t.norm)
	case !t.para.IsZero():
		showParagraph(out, t.para)
	default:
		showDocument(out, t.doc)
	}
	return exitOK
}

// showJSON writes what show -json writes of t.
func showJSON(c *cmdEnv, t target) {
	type out struct {
		Target         jsonRef            `json:"target"`
		Norm           *exportedNorm      `json:"norm,omitempty"`
		TakenUpBy      []exportedBacklink `json:"taken_up_by,omitempty"`
		Document       *exportedDocument  `json:"document,omitempty"`
		Paragraph      *exportedParagraph `json:"paragraph,omitempty"`
		FormalCitation string             `json:"formal_citation,omitempty"`
		Links          []exportedLink     `json:"links,omitempty"`
		Editorial      *jsonNormThemes    `json:"editorial,omitempty"`
		SharedWording  []jsonShared       `json:"shared_wording,omitempty"`
	}
	o := out{Target: t.ref()}
	switch {
	case !t.norm.IsZero():
		n := exportNorm(t.norm)
		o.Norm = &n
		for b := range declarations.NormLinks(t.norm) {
			o.TakenUpBy = append(o.TakenUpBy, exportBacklink(b))
		}
		o.Editorial = jsonThemesOf(t.norm)
		o.SharedWording = jsonSharedWording(declarations.NormSharedWording(t.norm))
	case !t.para.IsZero():
		p := exportParagraph(t.para)
		o.Paragraph = &p
		o.FormalCitation = t.para.Cite(norms.Formal)
		for l := range t.doc.Links() {
			if l.Paragraph == t.para.Position() {
				o.Links = append(o.Links, exportLink(l))
			}
		}
		o.SharedWording = jsonSharedWording(t.para.SharedWording())
	default:
		d := exportDocument(t.doc)
		o.Document = &d
	}
	c.writeJSON(o)
}

// field writes "name: value" when value is not empty, the value in a column
// of its own: wrapped, its lines are aligned under its start.
func field(w textOut, name, value string) {
	if value != "" {
		w.line(fmt.Sprintf("%-12s ", name+":"), fieldIndent, value)
	}
}

// fieldIndent is the column at which a field's value begins.
const fieldIndent = 13

// item writes an entry of a list under a heading, indented by two spaces
// (four on its further lines).
func item(w textOut, s string) { w.line("  ", 4, s) }

// showNorm writes what show prints of a norm.
func showNorm(w textOut, n norms.Norm) {
	w.text(n.String())
	w.blank()
	w.text(n.Text())
	w.blank()
	field(w, "ID", string(n.ID()))
	field(w, "Kind", n.Kind().String())
	field(w, "Label", normLabelNote(n))
	field(w, "Title", quoteEditorial(n.Editorial().Title))
	field(w, "Source", n.Cite(norms.Formal))
	field(w, "URL", n.Cite(norms.URL))
	if d, ok := declarations.Lookup(declarations.ID(n.Document())); ok {
		field(w, "Extent", extentNote(d))
	}
	if r, ok := n.Restates(); ok {
		field(w, "Restates", fmt.Sprintf("%s (%s)", r, r.ID()))
	}
	if tu, ok := n.TakesUp(); ok {
		s := fmt.Sprintf("%s (%s), sharing the words %q", tu.Norm, tu.Norm.ID(), tu.Shared)
		if tu.Differs != "" {
			s += "; how they differ (editorial): " + tu.Differs
		}
		field(w, "Takes up", s)
	}
	first := true
	for r := range n.RestatedBy() {
		if first {
			w.text("Restated by:")
			first = false
		}
		item(w, fmt.Sprintf("%s (%s)", r, r.ID()))
	}
	first = true
	for l := range declarations.NormLinks(n) {
		if l.Norm != "" {
			continue // listed above, as a restatement
		}
		if first {
			w.text("Its document is taken up by:")
			first = false
		}
		item(w, describeBacklink(l))
	}
	themeSection(n).print(w)
	sharedSection(n.Text(), declarations.NormSharedWording(n)).print(w)
}

// quoteEditorial marks an editorial text as the maintainers'.
func quoteEditorial(s string) string {
	if s == "" {
		return ""
	}
	return s + " (editorial)"
}

// describeBacklink says who links to a document, and where.
func describeBacklink(l declarations.Backlink) string {
	from, ok := declarations.Lookup(l.From)
	if !ok {
		return string(l.From)
	}
	where := from.String()
	if p := from.Paragraph(l.Paragraph); !p.IsZero() {
		where = p.Cite(norms.Short)
	}
	return fmt.Sprintf("%s %s it", where, l.Rel) + linkNotes(l.Basis, "", l.Unverified)
}

// showParagraph writes what show prints of a paragraph.
func showParagraph(w textOut, p declarations.Paragraph) {
	w.text(p.Cite(norms.Short))
	w.blank()
	w.text(p.Text())
	w.blank()
	field(w, "Source", p.Cite(norms.Formal))
	field(w, "Label", labelNote(p.Label(), p.LabelInferred(), p.LabelNote()))
	field(w, "Kind", p.Kind().String())
	field(w, "Break", p.Break().String())
	field(w, "Note", p.Note())
	if n, ok := p.Norm(); ok {
		field(w, "Norm", fmt.Sprintf("%s (%s)", n, n.ID()))
	}
	for l := range p.Document().Links() {
		if l.Paragraph == p.Position() {
			field(w, "Link", fmt.Sprintf("%s %s", l.Rel, linkTarget(l.Target))+linkNotes("", l.Note, l.Unverified))
		}
	}
	sharedSection(p.Text(), p.SharedWording()).print(w)
}

// linkTarget names a linked document by its short name and ID.
func linkTarget(id declarations.ID) string {
	if t, ok := declarations.Lookup(id); ok {
		return fmt.Sprintf("%s (%s)", t, id)
	}
	return string(id)
}

// showDocument writes what show prints of a document: its metadata,
// provenance and links, and its text.
func showDocument(w textOut, d declarations.Declaration) {
	w.text(d.Title())
	w.blank()
	field(w, "ID", string(d.ID()))
	field(w, "Title", titleNote(d))
	field(w, "Short name", quoteEditorial(d.Editorial().Short))
	field(w, "Kind", d.Kind().String())
	field(w, "Language", d.Lang())
	field(w, "Body", d.Body())
	field(w, "Meeting", d.Meeting())
	field(w, "Place", d.Place())
	field(w, "Date", d.Date().String())
	field(w, "Symbol", d.Symbol())
	field(w, "Citation", d.Cite(norms.Formal))
	prov := d.Provenance()
	field(w, "URL", urlValue(prov))
	field(w, "Extent", extentNote(d))
	field(w, "Read from", prov.ReadFrom)
	field(w, "Publisher", prov.Publisher)
	field(w, "Note", quoteEditorial(d.Editorial().Note))
	for _, n := range prov.Notes {
		field(w, "Note", n)
	}
	for _, k := range prov.Corrections {
		field(w, "Correction", fmt.Sprintf("%q → %q: %s", k.Original, k.Corrected, k.Reason))
	}
	for _, o := range prov.Omitted {
		field(w, "Omitted", fmt.Sprintf("%q: %s", o.Text, o.Reason))
	}
	f := d.Facts()
	field(w, "Number", f.Number)
	field(w, "Series", f.Series)
	field(w, "Session", f.Session)
	field(w, "Agenda item", f.Agenda)
	field(w, "In force", f.InForce.String())
	for l := range d.Links() {
		s := fmt.Sprintf("%s %s", l.Rel, linkTarget(l.Target))
		if p := d.Paragraph(l.Paragraph); !p.IsZero() {
			s += " in " + paragraphPlace(p)
		}
		field(w, "Link", s+linkNotes(l.Basis, l.Note, l.Unverified))
	}
	for l := range d.Backlinks() {
		field(w, "Linked from", describeBacklink(l))
	}
	var ns []norms.Norm
	for n := range d.Norms() {
		ns = append(ns, n)
	}
	if len(ns) > 0 {
		field(w, "Norms", fmt.Sprintf("%d, %s to %s", len(ns), ns[0].ID(), ns[len(ns)-1].ID()))
	}
	for v := range d.Versions() {
		if v != d {
			field(w, "Version", fmt.Sprintf("%s: %s", v.Lang(), v.Title()))
		}
	}
	if d.NumParagraphs() == 0 {
		return
	}
	w.blank()
	for p := range d.Paragraphs() {
		if p.Label() != "" {
			w.text(paragraphLabel(p) + " " + p.Text())
		} else {
			w.text(p.Text())
		}
		w.blank()
	}
}

// paragraphPlace names a paragraph as a citation would: "para. 7".
func paragraphPlace(p declarations.Paragraph) string {
	c := p.Cite(norms.Short)
	return strings.TrimPrefix(strings.TrimPrefix(c, p.Document().String()), ", ")
}

// A section is what show prints under a heading: the heading and its
// items, each a line indented under it.
type section struct {
	heading string
	items   []string
}

// print writes the section, if it has items, wrapped as show wraps its
// lists.
func (s section) print(w textOut) {
	if len(s.items) == 0 {
		return
	}
	w.text(s.heading)
	for _, it := range s.items {
		item(w, it)
	}
}

// themeSection is what show prints of a norm's themes. The justifying
// words are those of the norm in its document's first language, which a
// language version names.
func themeSection(n norms.Norm) section {
	s := section{heading: "Themes (editorial):"}
	of := ""
	for v := range n.Versions() {
		if v.Lang() != n.Lang() {
			of = " of the " + v.Lang() + " text"
		}
		break
	}
	for th := range n.Themes() {
		words, _ := n.ThemeWords(th)
		s.items = append(s.items, fmt.Sprintf("%s (%s), for the words%s %s", th.Name(), th.ID(), of, strconv.Quote(words)))
	}
	return s
}

// sharedSection is what show prints of the wording a text (a norm's, or a
// paragraph's) shares with other documents.
func sharedSection(text string, shared iter.Seq[declarations.Shared]) section {
	s := section{heading: "Shared wording (computed, runs of 8 words or more):"}
	whole := strings.TrimFunc(text, func(r rune) bool { return !textindex.IsWord(r) })
	for sh := range shared {
		what := fmt.Sprintf("%d words", sh.Words)
		if sh.Text == whole {
			what += ", the whole text,"
		}
		item := fmt.Sprintf("%s with %s", what, placeName(sh.With.Paragraph))
		if sh.Text != whole {
			item += ": " + strconv.Quote(sh.Text)
		}
		s.items = append(s.items, item)
	}
	return s
}

// placeName names a paragraph for show: the norm it states, or its
// citation, with the ID.
func placeName(p declarations.Paragraph) string {
	if n, ok := p.Norm(); ok {
		return fmt.Sprintf("%s (%s)", n, n.ID())
	}
	return fmt.Sprintf("%s (%s)", p.Cite(norms.Short), paragraphID(p))
}
