package main

import (
	"bytes"
	"cmp"
	"html/template"
	"slices"
	"strings"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/internal/textindex"
	"github.com/cybernorms/cybernorms/norms"
)

// The web edition's cross-walk, crosswalkPage: themes down, frameworks (the
// enumerated lists of the corpus, in the order of their documents' dates)
// across, each cell the items of the list that have the theme, linked to
// their anchors; then each theme with its definition and, framework by
// framework, the words of each norm that justify it. Themes are editorial,
// and the page says so. The document pages show each paragraph's shared
// wording (sharedNotes), linked both ways.

// crosswalkPage is the file name of the cross-walk.
const crosswalkPage = "crosswalk.html"

// themeAnchor returns the fragment of a theme on the cross-walk page:
// "theme-" and its ID.
func themeAnchor(th norms.Theme) string { return "theme-" + th.ID() }

type htmlCrosswalk struct {
	Columns []htmlFramework
	Rows    []htmlThemeRow
	Themes  []htmlThemeDetail
	Footer  string
}

// A htmlFramework is a column of the cross-walk: a list of the corpus.
type htmlFramework struct {
	Name, Href, Date string
	list             norms.List
}

// A htmlThemeRow is a row of the cross-walk: a theme, and for each column
// the links to its norms that have the theme.
type htmlThemeRow struct {
	Name, Anchor string
	Cells        [][]htmlLink
}

// A htmlThemeDetail is a theme with its definition and, framework by
// framework, its norms with the words that justify it.
type htmlThemeDetail struct {
	Name, ID, Anchor, Definition string
	Groups                       []htmlThemeGroup
}

type htmlThemeGroup struct {
	Framework, Href string
	Norms           []htmlThemeNorm
}

// A htmlThemeNorm is a norm of a theme: its link, and the words of the
// norm (in Lang) that justify the theme.
type htmlThemeNorm struct {
	Link        htmlLink
	Words, Lang string
}

const crosswalkStyle = `.wide{max-width:72rem}
.scroll{overflow-x:auto;margin:0 0 1rem}
.scroll:focus{outline:2px solid #0645ad;outline-offset:2px}
table{border-collapse:collapse;font-size:.95rem}
caption{text-align:left;color:#444;font-size:.9rem;padding:0 0 .5rem}
th,td{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:left}
thead th{background:#f3f3f3;font-weight:600}
tbody th{position:sticky;left:0;background:#fff;min-width:9rem;font-weight:600}
td ul{list-style:none;margin:0;padding:0}
td li{white-space:nowrap}
.none{color:#777}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
section.theme:target{background:#fff3c4}
dl.words{display:block}
.words dt{font-weight:600;margin-top:.5rem}
.words dd{margin:0 0 .25rem 1.5rem}`

var crosswalkTemplate = template.Must(template.New("crosswalk").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Themes across frameworks: the cybernorms cross-walk</title>
<style>` + htmlStyle + "\n" + crosswalkStyle + `</style>
</head>
<body>
<header class="wide"><nav aria-label="Corpus"><a href="index.html">cybernorms corpus</a><a href="crosswalk.html" aria-current="page">Themes across frameworks</a></nav></header>
<main class="wide">
<h1>Themes across frameworks</h1>
<p>What each framework of the corpus (each enumerated list of norms, commitments or principles, in the order of their dates) says about each theme. <strong>The themes are editorial</strong>: the cybernorms maintainers’ grouping of the norms, in their words, not the documents’; which norms have a theme is the maintainers’ reading too, justified for each norm by words of its own text, quoted under <a href="#themes">The themes</a>. Each cell links to the norms in their documents.</p>
<section aria-labelledby="grid">
<h2 id="grid">Themes by framework</h2>
<p>Themes down, frameworks across: in each cell, the items of the framework that the maintainers give the theme. On a narrow screen, the table scrolls sideways.</p>
<div class="scroll" role="region" aria-labelledby="grid-caption" tabindex="0">
<table>
<caption id="grid-caption">Themes (editorial) by framework</caption>
<thead>
<tr><th scope="col">Theme (editorial)</th>{{range .Columns}}<th scope="col"><a href="{{.Href}}">{{.Name}}</a>{{if .Date}}<br><span class="meta">{{.Date}}</span>{{end}}</th>{{end}}</tr>
</thead>
<tbody>
{{- range .Rows}}
<tr><th scope="row"><a href="#{{.Anchor}}">{{.Name}}</a></th>{{range .Cells}}{{if .}}<td><ul>{{range .}}<li><a href="{{.Href}}">{{.Text}}</a></li>{{end}}</ul></td>{{else}}<td class="none"><span aria-hidden="true">–</span><span class="sr-only">none</span></td>{{end}}{{end}}</tr>
{{- end}}
</tbody>
</table>
</div>
</section>
<section aria-labelledby="themes">
<h2 id="themes">The themes</h2>
<p>Each theme’s name and definition are the maintainers’ (editorial); under it, the norms that have it, framework by framework, each with the words of the norm that justify the theme, verbatim.</p>
{{- range .Themes}}
<section class="theme" id="{{.Anchor}}" aria-labelledby="{{.Anchor}}-h">
<h3 id="{{.Anchor}}-h">{{.Name}} <span class="meta">({{.ID}})</span></h3>
<p>{{.Definition}} <span class="meta">(definition, editorial)</span></p>
<dl class="words">
{{- range .Groups}}
<dt><a href="{{.Href}}">{{.Framework}}</a></dt>
{{- range .Norms}}
<dd><a href="{{.Link.Href}}">{{.Link.Text}}</a>: “<span lang="{{.Lang}}">{{.Words}}</span>”</dd>
{{- end}}
{{- end}}
</dl>
</section>
{{- end}}
</section>
</main>
<footer class="wide"><p>{{.Footer}}</p></footer>
</body>
</html>
`))

// crosswalkColumns returns the columns of the cross-walk: every list of
// the corpus, in the order of its document's date (unknown parts first),
// then of norms.Lists.
func crosswalkColumns() []htmlFramework {
	var cols []htmlFramework
	for l := range norms.Lists() {
		c := htmlFramework{Name: l.String(), Href: docHref(declarations.ID(l.Document())), list: l}
		if d, ok := declarations.Lookup(declarations.ID(l.Document())); ok {
			c.Date = d.Date().String()
		}
		cols = append(cols, c)
	}
	slices.SortStableFunc(cols, func(a, b htmlFramework) int {
		return compareDates(listDate(a.list), listDate(b.list))
	})
	return cols
}

// listDate returns the date of the document of a list.
func listDate(l norms.List) declarations.Date {
	d, _ := declarations.Lookup(declarations.ID(l.Document()))
	return d.Date()
}

// compareDates orders partial dates, a missing part before any known one.
func compareDates(a, b declarations.Date) int {
	return cmp.Or(cmp.Compare(a.Year, b.Year), cmp.Compare(a.Month, b.Month), cmp.Compare(a.Day, b.Day))
}

// normPlace names a norm within its list: "norm 13(f)", "principle [4]".
func normPlace(n norms.Norm) string {
	s := n.String()
	if d, ok := declarations.Lookup(declarations.ID(n.Document())); ok {
		if place, ok := strings.CutPrefix(s, d.String()+", "); ok {
			return place
		}
	}
	return s
}

// crosswalkView returns the view of the cross-walk page.
func crosswalkView(foot string) htmlCrosswalk {
	v := htmlCrosswalk{Columns: crosswalkColumns(), Footer: foot}
	col := map[string]int{} // a list's column, by its document's ID
	for i, c := range v.Columns {
		col[c.list.Document()] = i
	}
	for th := range norms.Themes() {
		row := htmlThemeRow{Name: th.Name(), Anchor: themeAnchor(th), Cells: make([][]htmlLink, len(v.Columns))}
		detail := htmlThemeDetail{Name: th.Name(), ID: th.ID(), Anchor: themeAnchor(th), Definition: th.Definition()}
		words := make([][]htmlThemeNorm, len(v.Columns))
		for n := range norms.ByTheme(th) {
			i, ok := col[n.Document()]
			if !ok {
				continue // a norm of no list, which the corpus does not have
			}
			row.Cells[i] = append(row.Cells[i], htmlLink{Text: normPlace(n), Href: normHref(n)})
			w, _ := n.ThemeWords(th)
			words[i] = append(words[i], htmlThemeNorm{Link: htmlLink{Text: normPlace(n), Href: normHref(n)}, Words: w, Lang: langOr(n.Lang())})
		}
		for i, ws := range words {
			if len(ws) > 0 {
				detail.Groups = append(detail.Groups, htmlThemeGroup{Framework: v.Columns[i].Name, Href: v.Columns[i].Href, Norms: ws})
			}
		}
		v.Rows = append(v.Rows, row)
		v.Themes = append(v.Themes, detail)
	}
	return v
}

// crosswalkHTML returns the cross-walk page.
func crosswalkHTML(foot string) ([]byte, error) {
	var b bytes.Buffer
	if err := crosswalkTemplate.Execute(&b, crosswalkView(foot)); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// A htmlShared is a note under a paragraph on its shared wording: a run
// of words (Text, in the page's language Lang; or the whole paragraph),
// and the paragraphs of other documents that hold it.
type htmlShared struct {
	Words      int
	Whole      bool
	Text, Lang string
	Links      []htmlLink
}

// sharedNotes returns the notes on the shared wording of q: one per run
// and place in q, with a link to each paragraph of another document that
// holds it, on the page of that paragraph's language version.
func sharedNotes(q declarations.Paragraph) []htmlShared {
	var notes []htmlShared
	text := q.Text()
	lang := langOr(q.Document().Lang())
	var last declarations.Shared
	for s := range q.SharedWording() {
		w := s.With.Paragraph
		link := htmlLink{Text: passageName(w), Href: passageHref(w), Lang: langOr(w.Document().Lang()), HrefLang: langOr(w.Document().Lang())}
		if len(notes) > 0 && s.Run == last.Run && s.Start == last.Start && s.End == last.End {
			n := &notes[len(notes)-1]
			n.Links = append(n.Links, link)
			continue
		}
		whole := strings.TrimFunc(text, func(r rune) bool { return !textindex.IsWord(r) }) == s.Text
		notes = append(notes, htmlShared{Words: s.Words, Whole: whole, Text: s.Text, Lang: lang, Links: []htmlLink{link}})
		last = s
	}
	return notes
}

// passageName names a paragraph of another document in a note: the norm
// it states, or its short citation.
func passageName(p declarations.Paragraph) string {
	if n, ok := p.Norm(); ok {
		if v, ok := n.In(p.Document().Lang()); ok {
			return v.String()
		}
		return n.String()
	}
	return p.Cite(norms.Short)
}

// passageHref returns the address of a paragraph on the page of its
// language version.
func passageHref(p declarations.Paragraph) string {
	d := p.Document()
	return pageName(d) + "#" + anchors(d)[p.Position()]
}
