package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// citationArg returns the command's operands joined as one citation, so
// that it may be given quoted or not, or reports a usage error.
func citationArg(c *cmdEnv) (string, bool) {
	s := strings.Join(c.fs.Args(), " ")
	if strings.TrimSpace(s) == "" {
		fmt.Fprintf(c.stderr, "%s: missing citation\n", c.fs.Name())
		c.fs.Usage()
		return "", false
	}
	return s, true
}

// resolveArgs resolves the command's operands as one citation. On failure
// it reports the error and returns the exit status.
func resolveArgs(c *cmdEnv) (target, int) {
	s, ok := citationArg(c)
	if !ok {
		return target{}, 2
	}
	t, err := resolve(s)
	if err != nil {
		return target{}, fail(c, err)
	}
	return t, 0
}

// fail prints err as the command's error and returns exit status 1.
func fail(c *cmdEnv, err error) int {
	fmt.Fprintf(c.stderr, "%s: %v\n", c.fs.Name(), err)
	return 1
}

func runList(c *cmdEnv) int {
	what := "documents"
	switch c.fs.NArg() {
	case 0:
	case 1:
		what = c.fs.Arg(0)
	default:
		c.fs.Usage()
		return 2
	}
	tw := tabwriter.NewWriter(c.stdout, 0, 8, 2, ' ', 0)
	switch what {
	case "documents", "docs":
		fmt.Fprintln(tw, "ID\tEXTENT\tPARAGRAPHS\tNORMS\tNAME")
		for d := range declarations.All() {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\n", d.ID, d.Provenance.Extent, len(d.Paragraphs), len(d.Norms), d)
		}
	case "norms":
		fmt.Fprintln(tw, "ID\tCITATION\tTITLE (EDITORIAL)")
		for n := range norms.All() {
			fmt.Fprintf(tw, "%s\t%s\t%s\n", n.ID, n, n.Editorial.Title)
		}
	default:
		fmt.Fprintf(c.stderr, "%s: cannot list %q: say documents or norms\n", c.fs.Name(), what)
		return 2
	}
	if err := tw.Flush(); err != nil {
		return fail(c, err)
	}
	return 0
}

func runShow(c *cmdEnv) int {
	t, code := resolveArgs(c)
	if code != 0 {
		return code
	}
	var b bytes.Buffer
	switch {
	case t.norm != nil:
		showNorm(&b, t.norm)
	case t.para > 0:
		showParagraph(&b, t.doc, t.para)
	default:
		showDocument(&b, t.doc)
	}
	if _, err := c.stdout.Write(b.Bytes()); err != nil {
		return fail(c, err)
	}
	return 0
}

// field writes "name: value" when value is not empty.
func field(w io.Writer, name, value string) {
	if value != "" {
		fmt.Fprintf(w, "%-12s %s\n", name+":", value)
	}
}

func showNorm(w io.Writer, n *norms.Norm) {
	fmt.Fprintf(w, "%s\n\n%s\n\n", n, n.Text)
	field(w, "ID", string(n.ID))
	field(w, "Kind", n.Kind.String())
	field(w, "Title", quoteEditorial(n.Editorial.Title))
	field(w, "Source", n.Cite(norms.Formal))
	field(w, "URL", n.Cite(norms.URL))
	if d, ok := declarations.Lookup(declarations.ID(n.Document)); ok {
		field(w, "Extent", extent(d))
	}
	if n.Restates != nil {
		field(w, "Restates", fmt.Sprintf("%s (%s)", n.Restates, n.Restates.ID))
	}
	if by := n.RestatedBy(); len(by) > 0 {
		fmt.Fprintf(w, "Restated by:\n")
		for _, r := range by {
			fmt.Fprintf(w, "  %s (%s)\n", r, r.ID)
		}
	}
	var takenUp []string
	for _, l := range declarations.NormLinks(n.ID) {
		if l.Norm != "" {
			continue // listed above, as a restatement
		}
		takenUp = append(takenUp, describeBacklink(l))
	}
	if len(takenUp) > 0 {
		fmt.Fprintf(w, "Its document is taken up by:\n")
		for _, s := range takenUp {
			fmt.Fprintf(w, "  %s\n", s)
		}
	}
}

// quoteEditorial marks an editorial text as the maintainers'.
func quoteEditorial(s string) string {
	if s == "" {
		return ""
	}
	return s + " (editorial)"
}

func extent(d *declarations.Declaration) string {
	if d.Provenance.Extent == declarations.Excerpt && d.Provenance.Excerpt != "" {
		return "excerpt: " + d.Provenance.Excerpt
	}
	return d.Provenance.Extent.String()
}

// describeBacklink says who links to a document, and where.
func describeBacklink(l declarations.Backlink) string {
	from, ok := declarations.Lookup(l.From)
	if !ok {
		return string(l.From)
	}
	where := from.String()
	if l.Paragraph > 0 {
		where = from.CiteParagraph(l.Paragraph, norms.Short)
	}
	s := fmt.Sprintf("%s %s it", where, l.Rel)
	if l.Basis != "" {
		s += " (" + l.Basis + ")"
	}
	return s
}

func showParagraph(w io.Writer, d *declarations.Declaration, i int) {
	p := &d.Paragraphs[i-1]
	fmt.Fprintf(w, "%s\n\n%s\n\n", d.CiteParagraph(i, norms.Short), p.Text)
	field(w, "Source", d.CiteParagraph(i, norms.Formal))
	field(w, "Kind", p.Kind.String())
	field(w, "Break", p.Break.String())
	field(w, "Note", p.Note)
	if p.Norm != "" {
		if n, ok := norms.Lookup(p.Norm); ok {
			field(w, "Norm", fmt.Sprintf("%s (%s)", n, n.ID))
		}
	}
	for _, l := range d.Links {
		if l.Paragraph == i {
			field(w, "Link", fmt.Sprintf("%s %s", l.Rel, linkTarget(l.Target)))
		}
	}
}

// linkTarget names a linked document by its short name and ID.
func linkTarget(id declarations.ID) string {
	if t, ok := declarations.Lookup(id); ok {
		return fmt.Sprintf("%s (%s)", t, id)
	}
	return string(id)
}

func showDocument(w io.Writer, d *declarations.Declaration) {
	fmt.Fprintf(w, "%s\n\n", d.Title)
	field(w, "ID", string(d.ID))
	field(w, "Short name", quoteEditorial(d.Editorial.Short))
	field(w, "Kind", d.Kind.String())
	field(w, "Body", d.Body)
	field(w, "Meeting", d.Meeting)
	field(w, "Place", d.Place)
	field(w, "Date", d.Date.String())
	field(w, "Symbol", d.Symbol)
	field(w, "Citation", d.Cite(norms.Formal))
	field(w, "URL", d.Provenance.URL)
	field(w, "Extent", extent(d))
	field(w, "Read from", d.Provenance.ReadFrom)
	field(w, "Publisher", d.Provenance.Publisher)
	field(w, "Note", quoteEditorial(d.Editorial.Note))
	for _, n := range d.Provenance.Notes {
		field(w, "Note", n)
	}
	for _, k := range d.Provenance.Corrections {
		field(w, "Correction", fmt.Sprintf("%q → %q: %s", k.Original, k.Corrected, k.Reason))
	}
	for _, l := range d.Links {
		s := fmt.Sprintf("%s %s", l.Rel, linkTarget(l.Target))
		if l.Paragraph > 0 {
			s += " in " + paragraphPlace(d, l.Paragraph)
		}
		if l.Basis != "" {
			s += " (" + l.Basis + ")"
		}
		field(w, "Link", s)
	}
	for _, l := range d.Backlinks() {
		field(w, "Linked from", describeBacklink(l))
	}
	if len(d.Norms) > 0 {
		field(w, "Norms", fmt.Sprintf("%d, %s to %s", len(d.Norms), d.Norms[0], d.Norms[len(d.Norms)-1]))
	}
	if len(d.Paragraphs) == 0 {
		return
	}
	fmt.Fprintln(w)
	for _, p := range d.Paragraphs {
		if p.Label != "" {
			fmt.Fprintf(w, "%s %s\n\n", label(d, p), p.Text)
		} else {
			fmt.Fprintf(w, "%s\n\n", p.Text)
		}
	}
}

// paragraphPlace names the i-th paragraph of d as a citation would: "para. 7".
func paragraphPlace(d *declarations.Declaration, i int) string {
	c := d.CiteParagraph(i, norms.Short)
	return strings.TrimPrefix(strings.TrimPrefix(c, d.String()), ", ")
}

// label prints a paragraph's label the way its document sets it off.
func label(d *declarations.Declaration, p declarations.Paragraph) string {
	if strings.HasSuffix(p.Label, ")") {
		return p.Label
	}
	return p.Label + "."
}

func runSearch(c *cmdEnv) int {
	q := strings.Join(c.fs.Args(), " ")
	if strings.TrimSpace(q) == "" {
		fmt.Fprintf(c.stderr, "%s: missing words to search for\n", c.fs.Name())
		c.fs.Usage()
		return 2
	}
	hits, err := declarations.Search(q)
	if err != nil {
		return fail(c, err)
	}
	if len(hits) == 0 {
		fmt.Fprintf(c.stderr, "%s: no paragraph matches %s\n", c.fs.Name(), strconv.Quote(q))
		return 1
	}
	var b bytes.Buffer
	for _, h := range hits {
		where := h.Document.CiteParagraph(h.Paragraph, norms.Short)
		if n, ok := norms.Lookup(h.Norm); ok && n.Document == string(h.Document.ID) {
			where = fmt.Sprintf("%s (%s)", n, n.ID)
		}
		fmt.Fprintf(&b, "%s\n  %s\n\n", where, h.Snippet)
	}
	fmt.Fprintf(&b, "%d paragraphs\n", len(hits))
	if _, err := c.stdout.Write(b.Bytes()); err != nil {
		return fail(c, err)
	}
	return 0
}

func runCite(c *cmdEnv) int {
	style, err := norms.ParseStyle(c.style)
	if err != nil {
		fmt.Fprintf(c.stderr, "%s: %v\n", c.fs.Name(), err)
		return 2
	}
	t, code := resolveArgs(c)
	if code != 0 {
		return code
	}
	out := t.cite(style)
	if out == "" {
		return fail(c, fmt.Errorf("the sources give no %s for %s", style, t.cite(norms.Short)))
	}
	fmt.Fprintln(c.stdout, strings.TrimSuffix(out, "\n"))
	return 0
}

func runExport(c *cmdEnv) int {
	if c.fs.NArg() > 0 {
		c.fs.Usage()
		return 2
	}
	if c.format != "json" {
		fmt.Fprintf(c.stderr, "%s: unknown format %q: json is the only one\n", c.fs.Name(), c.format)
		return 2
	}
	var data []byte
	if c.schema {
		data = schemaJSON
	} else {
		var err error
		data, err = json.MarshalIndent(exportCorpus(), "", "  ")
		if err != nil {
			return fail(c, err)
		}
		data = append(data, '\n')
	}
	if _, err := c.stdout.Write(data); err != nil {
		return fail(c, err)
	}
	return 0
}
