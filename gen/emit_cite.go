package main

import (
	"sort"

	"github.com/cybernorms/cybernorms/internal/words"
	"github.com/dave/jennifer/jen"
)

// vocabulary returns the sorted, folded words and symbols by which a citation
// may name the document: those of its title, short name, aliases, body,
// meeting, place, kind and symbol. The citation parser tokenizes its input
// with the same package, internal/words.
func vocabulary(d *document) []string {
	set := map[string]bool{}
	for _, s := range append([]string{d.Title, d.Short, d.Body, d.Meeting, d.Place, d.Symbol, docKindWords[d.Kind]}, d.Aliases...) {
		for _, t := range words.Tokens(s) {
			if t.Kind == words.Word || t.Kind == words.Symbol {
				set[t.Text] = true
			}
		}
	}
	out := make([]string, 0, len(set))
	for w := range set {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// shortWords returns the folded tokens of the document's short name.
func shortWords(d *document) []string {
	var out []string
	for _, t := range words.Tokens(d.Short) {
		if t.Kind == words.Word || t.Kind == words.Number || t.Kind == words.Symbol {
			out = append(out, t.Text)
		}
	}
	return out
}

// emitCite writes the citation parser's table of documents.
func emitCite(c *corpus) ([]byte, error) {
	f := jen.NewFile("cite")
	f.HeaderComment(generatedHeader)
	f.Comment("docs is every document of the corpus, in ID order, with what the parser")
	f.Comment("and the formatters need: its metadata, vocabulary, list and paragraph labels.")
	f.Var().Id("docs").Op("=").Index(jen.Op("...")).Id("Doc").ValuesFunc(func(g *jen.Group) {
		for _, d := range c.Docs {
			var fs fields
			fs.str("ID", d.ID)
			fs.str("Short", d.Short)
			fs.str("Title", d.Title)
			fs.str("Body", d.Body)
			fs.str("Place", d.Place)
			fs.str("Symbol", d.Symbol)
			fs.str("URL", d.URL)
			fs.str("Kind", docKindWords[d.Kind])
			if d.Date.Year != 0 {
				fs.code("Year", jen.Lit(d.Date.Year))
			}
			if d.Date.Month != 0 {
				fs.code("Month", jen.Lit(d.Date.Month))
			}
			if d.Date.Day != 0 {
				fs.code("Day", jen.Lit(d.Date.Day))
			}
			fs.code("Words", stringSlice(vocabulary(d)))
			fs.code("ShortWords", stringSlice(shortWords(d)))
			if l := d.List; l != nil {
				var lf fields
				lf.str("Kind", l.Kind)
				lf.str("Unit", l.Unit)
				if l.Style == "lettered" {
					lf.str("Lettered", l.Paragraph)
				}
				var labels []string
				for _, it := range d.Items {
					labels = append(labels, it.Label)
				}
				lf.code("Labels", stringSlice(labels))
				fs.code("List", jen.Id("List").Add(lf.values()))
			}
			if len(d.Blocks) > 0 {
				var paras []string
				for _, b := range d.Blocks {
					paras = append(paras, b.Label)
				}
				fs.code("Paras", stringSlice(paras))
			}
			g.Add(jen.Line().Add(fs.values()))
		}
		g.Line()
	})
	return render(f)
}

// stringSlice is a []string literal.
func stringSlice(ss []string) *jen.Statement {
	var vs []jen.Code
	for _, s := range ss {
		vs = append(vs, jen.Lit(s))
	}
	return jen.Index().String().Values(vs...)
}
