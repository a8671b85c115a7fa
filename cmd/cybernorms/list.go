package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

var listCmd = &command{
	name:  "list",
	args:  "[documents|norms] [-theme id] [-json]",
	short: "list the documents, or every norm, of the corpus",
	long: `With no argument or "documents", list every document: its ID, how much
of it the corpus holds, its paragraphs and norms, and its short name.
With "norms", list every norm, commitment and principle: its ID, its
citation and the maintainers' short title. The word may be in any case.
With -theme, list the norms of a theme (its ID or its name, see
cybernorms themes), each with the words of the norm that justify it; the
themes are editorial.
`,
	jsonShape: `  list documents -json  {"documents": [{"id", "title", "kind", "lang", "date",
                         "extent", "paragraphs": count, "norms": count,
                         "editorial": {"short"}}]}
  list norms -json      {"norms": [{"id", "document", "label", "kind", "lang",
                         "citation", "editorial": {"title"}}]}
  list -theme T -json   {"theme": {"id", "name", "definition"},
                         "editorial": true,
                         "norms": [{"id", "document", "label", "kind", "lang",
                         "citation", "editorial": {"title"}, "theme_words"}]}
`,
	flags: func(fs *flag.FlagSet, c *cmdEnv) {
		fs.StringVar(&c.theme, "theme", "", "list the norms of this `theme` (its ID or name; see cybernorms themes)")
		jsonFlag(fs, c)
	},
	run:      runList,
	complete: []string{"documents", "norms"},
}

// runList lists the documents, the norms, or the norms of a theme.
func runList(c *cmdEnv) int {
	if c.theme != "" {
		return runListTheme(c)
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
			out := struct {
				Documents []listedDocument `json:"documents"`
			}{[]listedDocument{}}
			for d := range declarations.All() {
				out.Documents = append(out.Documents, listDocument(d))
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
			out := struct {
				Norms []listedNorm `json:"norms"`
			}{[]listedNorm{}}
			for n := range norms.All() {
				out.Norms = append(out.Norms, listNorm(n))
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

// A listedDocument is a document in the JSON output of list documents.
type listedDocument struct {
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

func listDocument(d declarations.Declaration) listedDocument {
	return listedDocument{
		ID: string(d.ID()), Title: d.Title(), TitleEditorial: d.Editorial().Description != "", Kind: d.Kind().String(),
		Lang: d.Lang(), Date: isoDate(d.Date()), Extent: d.Provenance().Extent.String(),
		Paragraphs: d.NumParagraphs(), Norms: count(d.Norms()), Editorial: exportDocEditorial(d),
	}
}

// A listedNorm is a norm in the JSON output of list norms and list -theme.
type listedNorm struct {
	ID        string                `json:"id"`
	Document  string                `json:"document"`
	Label     string                `json:"label"`
	Kind      string                `json:"kind"`
	Lang      string                `json:"lang,omitempty"`
	Citation  string                `json:"citation"`
	Editorial exportedNormEditorial `json:"editorial"`
}

func listNorm(n norms.Norm) listedNorm {
	return listedNorm{
		ID: string(n.ID()), Document: n.Document(), Label: n.Label(), Kind: n.Kind().String(),
		Lang: n.Lang(), Citation: n.String(), Editorial: exportedNormEditorial{Title: n.Editorial().Title},
	}
}

// count returns the number of values seq yields.
func count[T any](seq func(func(T) bool)) int {
	n := 0
	for range seq {
		n++
	}
	return n
}

// runListTheme lists the norms of the theme that -theme names (by ID or by
// name), with the words of each that justify it.
func runListTheme(c *cmdEnv) int {
	if len(c.args) > 1 || len(c.args) == 1 && strings.ToLower(c.args[0]) != "norms" {
		return c.usageError("-theme lists norms: unexpected argument %s", quote(c.args[len(c.args)-1]))
	}
	th, err := norms.ParseTheme(c.theme)
	if err != nil {
		return c.usageError("%v (see cybernorms themes)", err)
	}
	if c.json {
		type norm struct {
			listedNorm
			ThemeWords string `json:"theme_words"`
		}
		out := struct {
			Theme     jsonTheme `json:"theme"`
			Editorial bool      `json:"editorial"`
			Norms     []norm    `json:"norms"`
		}{Theme: jsonTheme{ID: th.ID(), Name: th.Name(), Definition: th.Definition()}, Editorial: true, Norms: []norm{}}
		for n := range norms.ByTheme(th) {
			words, _ := n.ThemeWords(th)
			out.Norms = append(out.Norms, norm{listNorm(n), words})
		}
		c.writeJSON(out)
		return exitOK
	}
	fmt.Fprintf(&c.out, "%s (%s, editorial): %s\n\n", th.Name(), th.ID(), th.Definition())
	tw := tabwriter.NewWriter(&c.out, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tCITATION\tTHE NORM'S WORDS")
	for n := range norms.ByTheme(th) {
		words, _ := n.ThemeWords(th)
		fmt.Fprintf(tw, "%s\t%s\t%s\n", n.ID(), n, strconv.Quote(words))
	}
	tw.Flush()
	fmt.Fprintf(&c.out, "\n%s\n", editorialThemes)
	return exitOK
}
