package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/cybernorms/cybernorms/norms"
)

var themesCmd = &command{
	name:  "themes",
	args:  "[-json]",
	short: "list the themes of the cross-walk (editorial), with how many norms each has",
	long: `List the themes of the cross-walk: what the norms are about, as the
maintainers group them across documents (critical infrastructure, the
supply chain, human rights and privacy ...), each with its ID and how many
norms have it. Themes are editorial: the maintainers' vocabulary, in their
words, and each norm's themes are justified by words of the norm.
"cybernorms list -theme ID" lists a theme's norms.
`,
	jsonShape: `  themes -json  {"editorial": true, "themes": [{"id", "name", "definition",
                 "norms": count}]}
`,
	flags: jsonFlag,
	run:   runThemes,
}

// editorialThemes says, in every output that shows themes, whose they are.
const editorialThemes = "Themes are editorial: the maintainers' grouping of the norms, in their words, each justified by words of the norm."

func runThemes(c *cmdEnv) int {
	if code := c.noArgs(`takes none; list a theme's norms with "cybernorms list -theme ID"`); code != exitOK {
		return code
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
