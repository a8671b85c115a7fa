package main

import (
	"bytes"
	"fmt"
	"html/template"
	"strconv"
	"strings"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// -format html: the static web edition, index.html, the cross-walk
// crosswalk.html (export_crosswalk.go), and a page per language version of
// each document, ID.html for the version the package's variable holds and
// ID.LANG.html for the others. Each paragraph has the anchor "p" and its
// position, and those of anchors also their label's ("13f"). No script;
// one inline style sheet; html/template escapes every text.
func init() {
	registerFormat(&exportFormat{
		name:  "html",
		order: 4,
		title: "a static web edition",
		help: `a static web edition in the directory -o names: index.html,
crosswalk.html (the themes, editorial, down and the
frameworks across, each cell the norms that have the
theme; each theme at #theme-ID) and one page per document
(ID.html, and ID.LANG.html for each further language
version); every paragraph has the anchor #pN (N its
1-based position), and a labelled one or a norm also
#LABEL, the norm ID's item part: UNGGE2015.html#13f. Under
each paragraph, the wording it shares with other
documents (computed), linked to their paragraphs.
`,
		export: exportHTML,
	})
}

// exportHTML writes the web edition to the directory -o names.
func exportHTML(c *cmdEnv) int {
	if c.output == "" {
		return c.usageError("-format html needs -o DIR, the directory to write the pages to")
	}
	if _, err := writeHTML(c.output); err != nil {
		return c.fail(exitNotFound, err)
	}
	return exitOK
}

// pageName returns the file name of the page of a language version.
func pageName(v declarations.Declaration) string {
	primary, _ := declarations.Lookup(v.ID())
	if v == primary || primary.IsZero() {
		return string(v.ID()) + ".html"
	}
	return string(v.ID()) + "." + v.Lang() + ".html"
}

// docHref returns the address of the page of the document with the given
// ID, or "" when the corpus does not hold it.
func docHref(id declarations.ID) string {
	d, ok := declarations.Lookup(id)
	if !ok {
		return ""
	}
	return pageName(d)
}

// paragraphHref returns the address of the paragraph at position pos of
// the document with the given ID.
func paragraphHref(id declarations.ID, pos int) string {
	h := docHref(id)
	if h == "" || pos <= 0 {
		return h
	}
	d, _ := declarations.Lookup(id)
	if pos > d.NumParagraphs() {
		return h
	}
	return h + "#" + anchors(d)[pos]
}

// normHref returns the address of a norm: its paragraph in its document's
// page.
func normHref(n norms.Norm) string {
	p := normParagraph(n)
	if p.IsZero() {
		return docHref(declarations.ID(n.Document()))
	}
	return paragraphHref(declarations.ID(n.Document()), p.Position())
}

// anchors returns the fragment identifiers of the paragraphs of d in the
// HTML edition, by position (anchors[0] is unused): for a paragraph that
// states a norm, the item part of the norm's ID ("13f"); for another
// labelled paragraph, its label in lower case without parentheses or
// spaces ("7"); otherwise, or where that would repeat an earlier anchor of
// the page, "p" and its position. Every paragraph also has the anchor "p"
// and its position (see [positionAnchor]).
func anchors(d declarations.Declaration) []string {
	a := make([]string, d.NumParagraphs()+1)
	seen := map[string]bool{}
	for p := range d.Paragraphs() {
		id := ""
		if n, ok := p.Norm(); ok {
			_, id, _ = strings.Cut(string(n.ID()), "/")
		} else if p.Label() != "" {
			id = localID(p.Label())
		}
		if id == "" || seen[id] || isPositionAnchor(id) {
			id = positionAnchor(p.Position())
		}
		seen[id] = true
		a[p.Position()] = id
	}
	return a
}

// positionAnchor returns the anchor every paragraph has: "p" and its
// 1-based position.
func positionAnchor(pos int) string { return "p" + strconv.Itoa(pos) }

// isPositionAnchor reports whether id has the form of a positionAnchor.
func isPositionAnchor(id string) bool {
	s, ok := strings.CutPrefix(id, "p")
	_, err := strconv.Atoi(s)
	return ok && err == nil
}

// localID turns a label into the item part of an ID: "13(f)" becomes
// "13f", as norm IDs are made.
func localID(label string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(label) {
		if r != '(' && r != ')' && r != ' ' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// A htmlLink is a link to show: text, and its address ("" for none).
type htmlLink struct {
	Text, Href, Lang, HrefLang string
}

type htmlField struct {
	Name  string
	Value string
	Href  string
}

type htmlParagraph struct {
	ID, Anchor string // the position anchor and the label's anchor ("" if the same)
	Heading    bool
	Label      string // as the page prints it: "7.", "13(f)", "[4]" for a label the source does not print
	LabelNote  string // for a label the source does not print, how the corpus knows it
	Text       string
	Inferred   string // the note of an inferred break, or "" for a published one
	Notes      []htmlNote
	Shared     []htmlShared // the wording it shares with other documents (export_crosswalk.go)
}

// A htmlNote is a line under a paragraph: "Norm UNGGE2015/13f", "Restates …".
type htmlNote struct {
	Before string
	Links  []htmlLink
	After  string
}

type htmlPage struct {
	Lang, UILang string // the page's language, and "en" for the apparatus when it differs
	Title        string
	Heading      string
	TitleNote    string // for a document with no published title: that the heading is a description
	Short        string
	Summary      string // kind, date, symbol and extent, in a line
	Fields       []htmlField
	Versions     []htmlLink
	Paragraphs   []htmlParagraph
	Links        []htmlNote
	Backlinks    []htmlNote
	Provenance   []htmlField
	Corrections  []declarations.Correction
	Omitted      []declarations.Omission
	Observations []declarations.Observation
	Notes        []string
	Footer       string
}

type htmlIndex struct {
	Documents []htmlIndexDoc
	Lists     []htmlIndexList
	Footer    string
}

type htmlIndexDoc struct {
	Href, Name, Title, Lang, Kind, Date, Extent string
	TitleNote                                   string // for a title that is a description
	Versions                                    []htmlLink
}

type htmlIndexList struct {
	Name  string
	Norms []htmlLink
}

const htmlStyle = `body{font:1.05rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1b1b;background:#fff}
header,main,footer{max-width:46rem;margin:0 auto;padding:0 1rem}
header{padding-top:.75rem;border-bottom:1px solid #ddd}
nav a{margin-right:1rem}
h1{font-size:1.6rem;line-height:1.25;margin:1rem 0 .5rem}
h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid #ddd}
h3{font-size:1.05rem;margin:1.5rem 0 .5rem}
a{color:#0645ad}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}
dt{font-weight:600}
dd{margin:0;overflow-wrap:anywhere}
.para{margin:0 0 1rem}
.para:target,.para :target{background:#fff3c4}
.para:has(>:target){background:#fff3c4}
.label{font-weight:700;text-decoration:none;margin-right:.3rem}
.note{margin:-.6rem 0 1rem 1.5rem;font-size:.9rem;color:#444}
.inferred{font-size:.85rem;color:#555}
ul.docs{list-style:none;padding:0}
ul.docs li{margin:0 0 1rem}
.meta{color:#444;font-size:.9rem}
footer{margin-top:3rem;padding-bottom:2rem;border-top:1px solid #ddd;font-size:.85rem;color:#444;overflow-wrap:anywhere}
@media (max-width:30rem){dl{grid-template-columns:1fr}dt{margin-top:.4rem}}`

var htmlTemplates = template.Must(template.New("").Parse(`
{{define "head"}}<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>` + htmlStyle + `</style>
{{- range .Versions}}{{if .Href}}
<link rel="alternate" hreflang="{{.HrefLang}}" href="{{.Href}}">{{end}}{{end}}
</head>
{{end}}

{{define "note"}}{{.Before}}{{range $i, $l := .Links}}{{if $i}}, {{end}}{{if $l.Href}}<a href="{{$l.Href}}">{{$l.Text}}</a>{{else}}{{$l.Text}}{{end}}{{end}}{{.After}}{{end}}

{{define "doc"}}{{template "head" .}}<body>
<header{{if .UILang}} lang="{{.UILang}}"{{end}}><nav aria-label="Corpus"><a href="index.html">cybernorms corpus</a><a href="crosswalk.html">Themes across frameworks</a></nav></header>
<main>
<h1>{{.Heading}}</h1>
{{- if .TitleNote}}
<p class="meta"{{if .UILang}} lang="{{.UILang}}"{{end}}>{{.TitleNote}}</p>{{end}}
{{- if .Short}}
<p class="meta"{{if .UILang}} lang="{{.UILang}}"{{end}}><span lang="{{.Lang}}">{{.Short}}</span> (short name, editorial)</p>{{end}}
{{- if .Summary}}
<p class="meta">{{.Summary}}</p>{{end}}
{{- if gt (len .Versions) 1}}
<nav aria-label="Language versions"{{if .UILang}} lang="{{.UILang}}"{{end}}><p>Language versions:
{{range .Versions}}{{if .Href}}<a href="{{.Href}}" hreflang="{{.HrefLang}}" lang="{{.Lang}}">{{.Text}}</a>{{else}}<strong lang="{{.Lang}}">{{.Text}}</strong> (this page){{end}} {{end}}</p></nav>{{end}}
{{- if .Paragraphs}}
<section aria-labelledby="text">
<h2 id="text"{{if .UILang}} lang="{{.UILang}}"{{end}}>Text</h2>
{{- range .Paragraphs}}
{{if .Heading}}<h3 class="para" id="{{.ID}}">{{if .Anchor}}<span id="{{.Anchor}}"></span>{{end}}{{if .Label}}<a class="label" href="#{{or .Anchor .ID}}">{{.Label}}</a> {{end}}{{.Text}}</h3>
{{- else}}<p class="para" id="{{.ID}}">{{if .Anchor}}<span id="{{.Anchor}}"></span>{{end}}{{if .Label}}<a class="label" href="#{{or .Anchor .ID}}">{{.Label}}</a> {{end}}{{.Text}}</p>{{end}}
{{- if .LabelNote}}
<p class="note inferred"{{if $.UILang}} lang="{{$.UILang}}"{{end}}>The label {{.Label}} is not printed by the source; the maintainers’ note: {{.LabelNote}}</p>{{end}}
{{- if .Inferred}}
<p class="note inferred"{{if $.UILang}} lang="{{$.UILang}}"{{end}}>Paragraph break inferred by the maintainers: {{.Inferred}}</p>{{end}}
{{- range .Notes}}
<p class="note"{{if $.UILang}} lang="{{$.UILang}}"{{end}}>{{template "note" .}}</p>{{end}}
{{- range .Shared}}
<p class="note shared"{{if $.UILang}} lang="{{$.UILang}}"{{end}}>Shared wording (computed): {{if .Whole}}the whole text, {{.Words}} words,{{else}}{{.Words}} words, “<span lang="{{.Lang}}">{{.Text}}</span>”,{{end}} also in {{range $i, $l := .Links}}{{if $i}}; {{end}}<a href="{{$l.Href}}" hreflang="{{$l.HrefLang}}" lang="{{$l.Lang}}">{{$l.Text}}</a>{{end}}.</p>{{end}}
{{- end}}
</section>
{{- end}}
<div{{if .UILang}} lang="{{.UILang}}"{{end}}>
<section aria-labelledby="about"{{if .UILang}} lang="{{.UILang}}"{{end}}>
<h2 id="about">About this document</h2>
<dl>
{{- range .Fields}}
<dt>{{.Name}}</dt><dd>{{if .Href}}<a href="{{.Href}}">{{.Value}}</a>{{else}}{{.Value}}{{end}}</dd>{{end}}
</dl>
</section>
{{- if .Links}}
<section aria-labelledby="links">
<h2 id="links">Links to other documents</h2>
<ul>{{range .Links}}
<li>{{template "note" .}}</li>{{end}}
</ul>
</section>
{{- end}}
{{- if .Backlinks}}
<section aria-labelledby="backlinks">
<h2 id="backlinks">Linked from</h2>
<ul>{{range .Backlinks}}
<li>{{template "note" .}}</li>{{end}}
</ul>
</section>
{{- end}}
<section aria-labelledby="provenance">
<h2 id="provenance">Provenance</h2>
<dl>
{{- range .Provenance}}
<dt>{{.Name}}</dt><dd>{{if .Href}}<a href="{{.Href}}">{{.Value}}</a>{{else}}{{.Value}}{{end}}</dd>{{end}}
</dl>
{{- if .Corrections}}
<h3>Corrections to the source text</h3>
<ul>{{range .Corrections}}
<li>“{{.Original}}” → “{{.Corrected}}”: {{.Reason}}</li>{{end}}
</ul>{{end}}
{{- if .Omitted}}
<h3>Text of the copy left out</h3>
<ul>{{range .Omitted}}
<li>“{{.Text}}”: {{.Reason}}</li>{{end}}
</ul>{{end}}
{{- if .Observations}}
<h3>Where the facts were observed</h3>
<ul>{{range .Observations}}
<li>{{.Fact}} “{{.Value}}”: {{.Where}}</li>{{end}}
</ul>{{end}}
{{- if .Notes}}
<h3>Notes (the maintainers’)</h3>
<ul>{{range .Notes}}
<li>{{.}}</li>{{end}}
</ul>{{end}}
</section>
</div>
</main>
<footer{{if .UILang}} lang="{{.UILang}}"{{end}}><p>{{.Footer}}</p></footer>
</body>
</html>
{{end}}

{{define "index"}}<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>cybernorms corpus: norms of responsible State behaviour in cyberspace</title>
<style>` + htmlStyle + `</style>
</head>
<body>
<header><nav aria-label="Corpus"><a href="index.html" aria-current="page">cybernorms corpus</a><a href="crosswalk.html">Themes across frameworks</a></nav></header>
<main>
<h1>Norms of responsible State behaviour in cyberspace</h1>
<p>The documents of the cybernorms corpus, with their texts where the corpus holds them, their provenance and the links between them. Short names and norm titles are editorial: written by the cybernorms maintainers, not by the documents’ authors. Under each paragraph, the wording it shares with other documents is computed from the texts.</p>
<p><a href="crosswalk.html"><strong>Themes across frameworks</strong></a>: the cross-walk, what each framework’s norms say about each theme (the themes are editorial, the maintainers’).</p>
<section aria-labelledby="documents">
<h2 id="documents">Documents</h2>
<ul class="docs">
{{- range .Documents}}
<li><a href="{{.Href}}"><strong>{{.Name}}</strong></a><br><span lang="{{.Lang}}">{{.Title}}</span>{{if .TitleNote}} <span class="meta">({{.TitleNote}})</span>{{end}}<br><span class="meta">{{.Kind}}{{if .Date}}, {{.Date}}{{end}}; {{.Extent}}{{range .Versions}}; <a href="{{.Href}}" hreflang="{{.HrefLang}}" lang="{{.Lang}}">{{.Text}}</a>{{end}}</span></li>
{{- end}}
</ul>
</section>
<section aria-labelledby="norms">
<h2 id="norms">Norms, commitments and principles</h2>
{{- range .Lists}}
<h3>{{.Name}}</h3>
<ul>{{range $i, $n := .Norms}}
<li><a href="{{$n.Href}}">{{$n.Text}}</a></li>{{end}}
</ul>
{{- end}}
</section>
</main>
<footer><p>{{.Footer}}</p></footer>
</body>
</html>
{{end}}
`))

// footer returns the footer of every page: the module version and corpus
// digest the pages were made from.
func footer() string {
	v := buildVersion()
	return fmt.Sprintf("Made by cybernorms export -format html from %s %s; corpus digest %s. No scripts.", v.Module, v.Version, v.CorpusDigest)
}

// langName names a language in itself, for the links between versions.
func langName(tag string) string {
	switch tag {
	case "en", "":
		return "English"
	case "fr":
		return "Français"
	case "es":
		return "Español"
	case "ru":
		return "Русский"
	case "zh":
		return "中文"
	case "ar":
		return "العربية"
	}
	return tag
}

// writeHTML writes the web edition to dir, as replaceDir does, and returns
// the number of pages.
func writeHTML(dir string) (int, error) {
	pages, err := htmlPages()
	if err != nil {
		return 0, err
	}
	if err := replaceDir(dir, pages); err != nil {
		return 0, err
	}
	return len(pages), nil
}

// htmlPages returns the pages of the web edition, by file name.
func htmlPages() (map[string][]byte, error) {
	foot := footer()
	pages := map[string][]byte{}
	var idx htmlIndex
	idx.Footer = foot
	for d := range declarations.All() {
		entry := htmlIndexDoc{Href: pageName(d), Name: d.String(), Title: d.Title(), Lang: langOr(d.Lang()), Kind: d.Kind().String(), Date: d.Date().String(), Extent: d.Provenance().Extent.String()}
		if d.Editorial().Description != "" {
			entry.TitleNote = "no published title: a description, editorial"
		}
		for v := range d.Versions() {
			if v != d {
				entry.Versions = append(entry.Versions, htmlLink{Text: langName(v.Lang()), Href: pageName(v), Lang: v.Lang(), HrefLang: v.Lang()})
			}
			var b bytes.Buffer
			if err := htmlTemplates.ExecuteTemplate(&b, "doc", docPage(v, foot)); err != nil {
				return nil, err
			}
			pages[pageName(v)] = b.Bytes()
		}
		idx.Documents = append(idx.Documents, entry)
	}
	for l := range norms.Lists() {
		il := htmlIndexList{Name: l.String()}
		for n := range l.Norms() {
			text := n.String()
			if t := n.Editorial().Title; t != "" {
				text += ": " + t
			}
			il.Norms = append(il.Norms, htmlLink{Text: text, Href: normHref(n)})
		}
		idx.Lists = append(idx.Lists, il)
	}
	var b bytes.Buffer
	if err := htmlTemplates.ExecuteTemplate(&b, "index", idx); err != nil {
		return nil, err
	}
	pages["index.html"] = b.Bytes()
	cw, err := crosswalkHTML(foot)
	if err != nil {
		return nil, err
	}
	pages[crosswalkPage] = cw
	return pages, nil
}

// langOr returns tag, or "en" when the corpus gives none.
func langOr(tag string) string {
	if tag == "" {
		return "en"
	}
	return tag
}

// docPage returns the view of the page of one language version of a
// document.
func docPage(d declarations.Declaration, foot string) htmlPage {
	p := htmlPage{Lang: langOr(d.Lang()), Title: d.String() + ": " + d.Title(), Heading: d.Title(), Short: d.Editorial().Short, Footer: foot}
	if d.Editorial().Description != "" {
		p.TitleNote = "No published title: the heading is the maintainers’ description of the document (editorial)."
	}
	if p.Lang != "en" {
		p.UILang = "en"
	}
	p.Versions = docVersions(d)
	p.Summary = docSummary(d)
	p.Fields = docFields(d)
	a := anchors(d)
	p.Paragraphs = docParagraphs(d, a)
	p.Links = docLinks(d, a)
	p.Backlinks = docBacklinks(d)
	prov := d.Provenance()
	p.Provenance = docProvenance(d, prov)
	p.Corrections = prov.Corrections
	p.Omitted = prov.Omitted
	p.Observations = prov.Observations
	p.Notes = prov.Notes
	return p
}

// addField appends the field name to fields, linked to href if it is not
// "", when its value is not "".
func addField(fields *[]htmlField, name, value, href string) {
	if value != "" {
		*fields = append(*fields, htmlField{Name: name, Value: value, Href: href})
	}
}

// docVersions returns the links to the language versions of d, the one of
// d itself without a link.
func docVersions(d declarations.Declaration) []htmlLink {
	var vs []htmlLink
	primary, _ := declarations.Lookup(d.ID())
	for v := range primary.Versions() {
		l := htmlLink{Text: langName(v.Lang()), Lang: langOr(v.Lang()), HrefLang: langOr(v.Lang())}
		if v != d {
			l.Href = pageName(v)
		}
		vs = append(vs, l)
	}
	return vs
}

// docSummary returns the line under the page's heading: the kind of d, its
// date, UN symbol and extent, those it has, joined by " · ".
func docSummary(d declarations.Declaration) string {
	summary := []string{capitalize(d.Kind().String())}
	for _, s := range []string{d.Date().String(), d.Symbol(), extentNote(d)} {
		if s != "" {
			summary = append(summary, s)
		}
	}
	return strings.Join(summary, " · ")
}

// docFields returns the facts of d that it has, in the order of the page:
// its identity, its document facts, its editorial note and the range of
// its norms.
func docFields(d declarations.Declaration) []htmlField {
	var fields []htmlField
	addField(&fields, "ID", string(d.ID()), "")
	addField(&fields, "Kind", d.Kind().String(), "")
	addField(&fields, "Body", d.Body(), "")
	addField(&fields, "Meeting", d.Meeting(), "")
	addField(&fields, "Place", d.Place(), "")
	addField(&fields, "Date", d.Date().String(), "")
	addField(&fields, "UN symbol", d.Symbol(), "")
	addField(&fields, "Citation", d.Cite(norms.Formal), "")
	addField(&fields, "Published at", d.URL(), d.URL())
	f := d.Facts()
	addField(&fields, "Number", f.Number, "")
	addField(&fields, "Series", f.Series, "")
	addField(&fields, "Session", f.Session, "")
	addField(&fields, "Agenda item", f.Agenda, "")
	addField(&fields, "Other symbols", strings.Join(f.AltSymbols, ", "), "")
	addField(&fields, "Opened for signature", f.Opened.String(), "")
	addField(&fields, "In force", f.InForce.String(), "")
	addField(&fields, "Distributed", f.Distributed.String(), "")
	addField(&fields, "Reissued", f.Reissued.String(), "")
	addField(&fields, "Authorship (editorial)", f.AuthorNote, "")
	if note := d.Editorial().Note; note != "" {
		addField(&fields, "What it is (editorial)", note, "")
	}
	var ns []norms.Norm
	for n := range d.Norms() {
		ns = append(ns, n)
	}
	if len(ns) > 0 {
		addField(&fields, "Norms", fmt.Sprintf("%d, %s to %s", len(ns), ns[0].ID(), ns[len(ns)-1].ID()), "")
	}
	return fields
}

// docParagraphs returns the paragraphs of d, each with its anchor (from a,
// the anchors of d's paragraphs), the note on an inferred break, the notes
// on the norm it holds and its links.
func docParagraphs(d declarations.Declaration, a []string) []htmlParagraph {
	var ps []htmlParagraph
	linksAt := map[int][]declarations.Link{}
	for l := range d.Links() {
		linksAt[l.Paragraph] = append(linksAt[l.Paragraph], l)
	}
	for q := range d.Paragraphs() {
		hp := htmlParagraph{ID: positionAnchor(q.Position()), Heading: q.Kind() == declarations.Heading, Label: q.Label(), Text: q.Text()}
		if q.LabelInferred() {
			hp.Label, hp.LabelNote = "["+q.Label()+"]", q.LabelNote()
			if hp.LabelNote == "" {
				hp.LabelNote = "no note"
			}
		}
		if anchor := a[q.Position()]; anchor != hp.ID {
			hp.Anchor = anchor
		}
		if q.Break() == declarations.Inferred {
			hp.Inferred = q.Note()
			if hp.Inferred == "" {
				hp.Inferred = "no note"
			}
		}
		if n, ok := q.Norm(); ok {
			hp.Notes = normNotes(n)
		}
		hp.Shared = sharedNotes(q)
		for _, l := range linksAt[q.Position()] {
			hp.Notes = append(hp.Notes, htmlNote{Before: capitalize(l.Rel.String()) + " ", Links: []htmlLink{targetLink(l.Target)}, After: linkNotes("", "", l.Unverified) + "."})
		}
		ps = append(ps, hp)
	}
	return ps
}

// normNotes returns the notes on the norm n under its paragraph: its kind,
// ID and editorial title, its themes (linked to the cross-walk), and the
// norms it restates, takes up and is restated by.
func normNotes(n norms.Norm) []htmlNote {
	note := fmt.Sprintf("%s %s", capitalize(n.Kind().String()), n.ID())
	if title := n.Editorial().Title; title != "" {
		note += ": “" + title + "” (editorial title)"
	}
	notes := []htmlNote{{Before: note}}
	var themes []htmlLink
	for th := range n.Themes() {
		themes = append(themes, htmlLink{Text: th.Name(), Href: crosswalkPage + "#" + themeAnchor(th)})
	}
	if len(themes) > 0 {
		notes = append(notes, htmlNote{Before: "Themes (editorial): ", Links: themes, After: "."})
	}
	if r, ok := n.Restates(); ok {
		notes = append(notes, htmlNote{Before: "Restates ", Links: []htmlLink{{Text: r.String(), Href: normHref(r)}}, After: "."})
	}
	if tu, ok := n.TakesUp(); ok {
		after := ", sharing the words “" + tu.Shared + "”."
		if tu.Differs != "" {
			after += " How they differ (editorial): " + tu.Differs
		}
		notes = append(notes, htmlNote{Before: "Takes up ", Links: []htmlLink{{Text: tu.Norm.String(), Href: normHref(tu.Norm)}}, After: after})
	}
	var by []htmlLink
	for r := range n.RestatedBy() {
		by = append(by, htmlLink{Text: r.String(), Href: normHref(r)})
	}
	if len(by) > 0 {
		notes = append(notes, htmlNote{Before: "Restated by ", Links: by, After: "."})
	}
	return notes
}

// docLinks returns the links of d to other documents, each with the
// paragraph it is made in (anchored by a), its basis and its note.
func docLinks(d declarations.Declaration, a []string) []htmlNote {
	var links []htmlNote
	for l := range d.Links() {
		n := htmlNote{Before: capitalize(l.Rel.String()) + " ", Links: []htmlLink{targetLink(l.Target)}}
		if q := d.Paragraph(l.Paragraph); !q.IsZero() {
			n.Links = append(n.Links, htmlLink{Text: "in " + paragraphPlace(q), Href: "#" + a[q.Position()]})
		}
		n.After = linkNotes(l.Basis, l.Note, l.Unverified)
		links = append(links, n)
	}
	return links
}

// docBacklinks returns the links to d from other documents, each from the
// paragraph it is made in, with its basis.
func docBacklinks(d declarations.Declaration) []htmlNote {
	var backlinks []htmlNote
	for b := range d.Backlinks() {
		from, _ := declarations.Lookup(b.From)
		text := from.String()
		if q := from.Paragraph(b.Paragraph); !q.IsZero() {
			text = q.Cite(norms.Short)
		}
		n := htmlNote{Links: []htmlLink{{Text: text, Href: paragraphHref(b.From, b.Paragraph)}}, After: " " + b.Rel.String() + " this document" + linkNotes(b.Basis, "", b.Unverified)}
		backlinks = append(backlinks, n)
	}
	return backlinks
}

// docProvenance returns the fields of the provenance prov of d: its
// extent, source, publisher, what it was read from, the paragraph breaks
// published and inferred, its data file and the file's hash.
func docProvenance(d declarations.Declaration, prov declarations.Provenance) []htmlField {
	var fields []htmlField
	ext := prov.Extent.String()
	if prov.Excerpt != "" {
		ext += ": " + prov.Excerpt
	}
	addField(&fields, "Extent", ext, "")
	if prov.URLUnverified != "" {
		addField(&fields, "Address named, unverified", urlValue(prov), "")
	} else {
		addField(&fields, "Source", prov.URL, prov.URL)
	}
	addField(&fields, "Publisher", prov.Publisher, "")
	addField(&fields, "Read from", prov.ReadFrom, "")
	inferred := 0
	for q := range d.Paragraphs() {
		if q.Break() == declarations.Inferred {
			inferred++
		}
	}
	if d.NumParagraphs() > 0 {
		addField(&fields, "Paragraph breaks", fmt.Sprintf("%d published, %d inferred", d.NumParagraphs()-inferred, inferred), "")
	}
	addField(&fields, "Data file", prov.DataFile, "")
	addField(&fields, "SHA-256", prov.SHA256, "")
	return fields
}

// targetLink links to a document by its short name.
func targetLink(id declarations.ID) htmlLink {
	t, ok := declarations.Lookup(id)
	if !ok {
		return htmlLink{Text: string(id)}
	}
	return htmlLink{Text: t.String(), Href: docHref(id)}
}
