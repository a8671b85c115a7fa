package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/cybernorms/cybernorms"
	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// quote quotes s as Go does, so that no control character of the input
// reaches the terminal.
func quote(s string) string { return strconv.Quote(s) }

// plural returns "1 paragraph" or "n paragraphs".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// writeJSON writes v to the output as indented JSON and a newline.
func (c *cmdEnv) writeJSON(v any) {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		panic(err) // the shapes hold only strings, numbers and slices of them
	}
	c.out.Write(data)
	c.out.WriteByte('\n')
}

// citationArg returns the command's arguments joined as one citation, so
// that it may be given quoted or not, or reports a usage error.
func citationArg(c *cmdEnv) (string, int) {
	s := strings.Join(c.args, " ")
	if strings.TrimSpace(s) == "" {
		return "", c.usageError("missing citation")
	}
	return s, exitOK
}

// resolveArgs resolves the command's arguments as one citation. On failure
// it reports the error and returns the exit status.
func resolveArgs(c *cmdEnv) (target, int) {
	s, code := citationArg(c)
	if code != exitOK {
		return target{}, code
	}
	t, err := resolve(s)
	if err != nil {
		c.fail(exitNotFound, err)
		if id := suggestID(strings.TrimSpace(s)); id != "" {
			fmt.Fprintf(c.stderr, "%s: did you mean %s?\n", c.name(), id)
		}
		return target{}, exitNotFound
	}
	if c.lang != "" {
		if t, err = t.in(c.lang); err != nil {
			return target{}, c.fail(exitNotFound, err)
		}
	}
	return t, exitOK
}

// A jsonRef is the JSON reference to what a citation names: see the
// package documentation.
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

func runList(c *cmdEnv) int {
	if c.theme != "" {
		return runListTheme(c) // themes.go
	}
	what := "documents"
	switch len(c.args) {
	case 0:
	case 1:
		what = strings.ToLower(c.args[0])
	default:
		return c.usageError("unexpected argument %s: list takes one word, documents or norms", quote(c.args[1]))
	}
	switch what {
	case "documents", "docs":
		if c.json {
			type doc struct {
				ID             string               `json:"id"`
				Title          string               `json:"title"`
				TitleEditorial bool                 `json:"title_editorial,omitempty"`
				Kind           string               `json:"kind"`
				Lang           string               `json:"lang,omitempty"`
				Date           string               `json:"date,omitempty"`
				Extent         string               `json:"extent"`
				Paragraphs     int                  `json:"paragraphs"`
				Norms          int                  `json:"norms"`
				Editorial      exportedDocEditorial `json:"editorial"`
			}
			out := struct {
				Documents []doc `json:"documents"`
			}{[]doc{}}
			for d := range declarations.All() {
				out.Documents = append(out.Documents, doc{
					ID: string(d.ID()), Title: d.Title(), Kind: d.Kind().String(), Lang: d.Lang(),
					Date: isoDate(d.Date()), Extent: d.Provenance().Extent.String(),
					Paragraphs: d.NumParagraphs(), Norms: count(d.Norms()),
					Editorial:      exportedDocEditorial{Short: d.Editorial().Short, Note: d.Editorial().Note, Description: d.Editorial().Description},
					TitleEditorial: d.Editorial().Description != "",
				})
			}
			c.writeJSON(out)
			return exitOK
		}
		rows := [][]string{{"ID", "EXTENT", "PARAGRAPHS", "NORMS", "SHORT NAME (EDITORIAL)"}}
		for d := range declarations.All() {
			rows = append(rows, []string{string(d.ID()), d.Provenance().Extent.String(), strconv.Itoa(d.NumParagraphs()), strconv.Itoa(count(d.Norms())), d.String()})
		}
		table(&c.out, c.width, rows)
	case "norms":
		if c.json {
			type norm struct {
				ID        string                `json:"id"`
				Document  string                `json:"document"`
				Label     string                `json:"label"`
				Kind      string                `json:"kind"`
				Lang      string                `json:"lang,omitempty"`
				Citation  string                `json:"citation"`
				Editorial exportedNormEditorial `json:"editorial"`
			}
			out := struct {
				Norms []norm `json:"norms"`
			}{[]norm{}}
			for n := range norms.All() {
				out.Norms = append(out.Norms, norm{
					ID: string(n.ID()), Document: n.Document(), Label: n.Label(), Kind: n.Kind().String(),
					Lang: n.Lang(), Citation: n.String(), Editorial: exportedNormEditorial{Title: n.Editorial().Title},
				})
			}
			c.writeJSON(out)
			return exitOK
		}
		rows := [][]string{{"ID", "CITATION", "TITLE (EDITORIAL)"}}
		for n := range norms.All() {
			rows = append(rows, []string{string(n.ID()), n.String(), n.Editorial().Title})
		}
		table(&c.out, c.width, rows)
	default:
		return c.usageError("cannot list %s: say documents or norms%s", quote(c.args[0]), meant(c.args[0], c.cmd.complete))
	}
	return exitOK
}

// count returns the number of values seq yields.
func count[T any](seq func(func(T) bool)) int {
	n := 0
	for range seq {
		n++
	}
	return n
}

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

func showJSON(c *cmdEnv, t target) {
	type out struct {
		Target         jsonRef            `json:"target"`
		Norm           *exportedNorm      `json:"norm,omitempty"`
		TakenUpBy      []exportedBacklink `json:"taken_up_by,omitempty"`
		Document       *exportedDocument  `json:"document,omitempty"`
		Paragraph      *exportedParagraph `json:"paragraph,omitempty"`
		FormalCitation string             `json:"formal_citation,omitempty"`
		Links          []exportedLink     `json:"links,omitempty"`
		Editorial      *jsonNormThemes    `json:"editorial,omitempty"`      // themes.go
		SharedWording  []jsonShared       `json:"shared_wording,omitempty"` // themes.go
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
		field(w, "Extent", extent(d))
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
	themeSection(n).print(w)                                            // themes.go
	sharedSection(n.Text(), declarations.NormSharedWording(n)).print(w) // themes.go
}

// quoteEditorial marks an editorial text as the maintainers'.
func quoteEditorial(s string) string {
	if s == "" {
		return ""
	}
	return s + " (editorial)"
}

func extent(d declarations.Declaration) string { return extentNote(d) }

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
	sharedSection(p.Text(), p.SharedWording()).print(w) // themes.go
}

// linkTarget names a linked document by its short name and ID.
func linkTarget(id declarations.ID) string {
	if t, ok := declarations.Lookup(id); ok {
		return fmt.Sprintf("%s (%s)", t, id)
	}
	return string(id)
}

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
	field(w, "Extent", extent(d))
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

// ANSI escapes that begin and end bold type.
const (
	boldOn  = "\x1b[1m"
	boldOff = "\x1b[22m"
)

func runSearch(c *cmdEnv) int {
	q := strings.Join(c.args, " ")
	if strings.TrimSpace(q) == "" {
		return c.usageError("missing words to search for")
	}
	hits, err := declarations.Search(q)
	if err != nil {
		return c.fail(exitUsage, err)
	}
	if c.json {
		type hit struct {
			Target         jsonRef  `json:"target"`
			Norm           string   `json:"norm,omitempty"`
			Text           string   `json:"text"`
			Matches        [][2]int `json:"matches"`
			Snippet        string   `json:"snippet"`
			SnippetMatches [][2]int `json:"snippet_matches"`
		}
		out := struct {
			Query string `json:"query"`
			Hits  []hit  `json:"hits"`
		}{q, []hit{}}
		for _, h := range hits {
			snip, snipMatches := h.Snippet()
			e := hit{Target: paragraphRef(h.Paragraph), Norm: string(h.Norm), Text: h.Text(), Matches: h.Matches, Snippet: snip, SnippetMatches: snipMatches}
			if e.SnippetMatches == nil {
				e.SnippetMatches = [][2]int{}
			}
			out.Hits = append(out.Hits, e)
		}
		c.writeJSON(out)
	}
	if len(hits) == 0 {
		fmt.Fprintf(c.stderr, "%s: no paragraph matches %s\n", c.name(), quote(q))
		return exitNotFound
	}
	if c.json {
		return exitOK
	}
	out := c.text()
	for _, h := range hits {
		where := h.Paragraph.Cite(norms.Short)
		if n, ok := h.Paragraph.Norm(); ok {
			where = fmt.Sprintf("%s (%s)", n, n.ID())
		}
		snippet, _ := h.Snippet()
		if c.color {
			snippet = h.Highlight(boldOn, boldOff)
		}
		out.text(where)
		out.line("  ", 2, snippet)
		out.blank()
	}
	fmt.Fprintf(&c.out, "%s\n", plural(len(hits), "paragraph"))
	return exitOK
}

func runCite(c *cmdEnv) int {
	style, err := norms.ParseStyle(c.style)
	if err != nil {
		return c.usageError("%v", err)
	}
	t, code := resolveArgs(c)
	if code != exitOK {
		return code
	}
	out := t.cite(style)
	if out == "" {
		return c.fail(exitNotFound, noCitation(t, style))
	}
	if c.json {
		c.writeJSON(struct {
			Target   jsonRef `json:"target"`
			Style    string  `json:"style"`
			Citation string  `json:"citation"`
		}{t.ref(), style.String(), out})
		return exitOK
	}
	if style == norms.BibTeX {
		fmt.Fprintln(&c.out, strings.TrimSuffix(out, "\n")) // code, not prose: never wrapped
	} else {
		c.text().text(out)
	}
	return exitOK
}
