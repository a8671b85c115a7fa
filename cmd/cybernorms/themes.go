package main

import (
	"fmt"
	"iter"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/internal/textindex"
	"github.com/cybernorms/cybernorms/norms"
)

// The cross-walk in the command: "themes" lists the vocabulary of themes
// with how many norms each has, "list -theme T" the norms of a theme, and
// "show" a norm's themes and the wording a norm or a paragraph shares with
// other documents.

// editorialThemes says, in every output that shows themes, whose they are.
const editorialThemes = "Themes are editorial: the maintainers' grouping of the norms, in their words, each justified by words of the norm."

// A jsonTheme is a theme in the JSON output: see the package documentation.
type jsonTheme struct {
	ID         string `json:"id"`
	Name       string `json:"name"`
	Definition string `json:"definition,omitempty"`
	Norms      int    `json:"norms,omitempty"`
	Words      string `json:"words,omitempty"`
}

func runThemes(c *cmdEnv) int {
	if len(c.args) > 0 {
		return c.usageError("unexpected argument %s: themes takes none; list a theme's norms with \"cybernorms list -theme ID\"", quote(c.args[0]))
	}
	if c.json {
		out := struct {
			Editorial bool        `json:"editorial"`
			Themes    []jsonTheme `json:"themes"`
		}{Editorial: true, Themes: []jsonTheme{}}
		for th := range norms.Themes() {
			out.Themes = append(out.Themes, jsonTheme{ID: th.ID(), Name: th.Name(), Definition: th.Definition(), Norms: count(norms.ByTheme(th))})
		}
		c.writeJSON(out)
		return exitOK
	}
	tw := tabwriter.NewWriter(&c.out, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNORMS\tNAME (EDITORIAL)")
	for th := range norms.Themes() {
		fmt.Fprintf(tw, "%s\t%d\t%s\n", th.ID(), count(norms.ByTheme(th)), th.Name())
	}
	tw.Flush()
	fmt.Fprintf(&c.out, "\n%s\nA theme's norms: cybernorms list -theme ID.\n", editorialThemes)
	return exitOK
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
			ID         string                `json:"id"`
			Document   string                `json:"document"`
			Label      string                `json:"label"`
			Kind       string                `json:"kind"`
			Lang       string                `json:"lang,omitempty"`
			Citation   string                `json:"citation"`
			Editorial  exportedNormEditorial `json:"editorial"`
			ThemeWords string                `json:"theme_words"`
		}
		out := struct {
			Theme     jsonTheme `json:"theme"`
			Editorial bool      `json:"editorial"`
			Norms     []norm    `json:"norms"`
		}{Theme: jsonTheme{ID: th.ID(), Name: th.Name(), Definition: th.Definition()}, Editorial: true, Norms: []norm{}}
		for n := range norms.ByTheme(th) {
			words, _ := n.ThemeWords(th)
			out.Norms = append(out.Norms, norm{
				ID: string(n.ID()), Document: n.Document(), Label: n.Label(), Kind: n.Kind().String(),
				Lang: n.Lang(), Citation: n.String(), Editorial: exportedNormEditorial{Title: n.Editorial().Title},
				ThemeWords: words,
			})
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

// A jsonShared is a run of shared wording in the JSON output of show: the
// object of the export (export.go), so that one parser reads both.
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
