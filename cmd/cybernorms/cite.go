package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/cybernorms/cybernorms/norms"
)

// citeStyles are the values of cite -style: the names of the norms.Style
// values, which its help describes.
var citeStyles = []string{"short", "formal", "url", "bibtex"}

var citeCmd = &command{
	name:  "cite",
	args:  "[-style " + strings.Join(citeStyles, "|") + "] [-lang tag] [-json] <citation>",
	short: "print a citation in the given style",
	long: `Print a citation of a norm, a document or a paragraph. Styles:
  short    UN GGE 2015, norm 13(f)
  formal   the formal reference, in the style UN documents are cited
  url      the address where the source is published
  bibtex   a BibTeX entry for the document, with the pinpoint as a comment
`,
	jsonShape: `  cite -json  {"target": reference, "style", "citation"}
`,
	flags: func(fs *flag.FlagSet, c *cmdEnv) {
		choiceVar(fs, &c.style, "style", "short", "citation `style`: "+orList(citeStyles),
			choice{what: "citation style", words: citeStyles, fold: true})
		langFlag(fs, c)
		jsonFlag(fs, c)
	},
	run:         runCite,
	completeIDs: true,
}

// runCite prints the citation of what a citation names, in a style.
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

// noCitation explains why there is no citation of t in the given style:
// for a URL, that no page at an address was observed, or that the address
// the sources name is unverified.
func noCitation(t target, style norms.Style) error {
	name := t.cite(norms.Short)
	if style == norms.URL {
		if p := t.doc.Provenance(); p.URL != "" && p.URLUnverified != "" {
			return errors.New("no URL is cited for " + name + ": the address the sources name, " + p.URL + ", is unverified: " + p.URLUnverified)
		}
		return errors.New("no page where " + name + " is published was observed")
	}
	return errors.New("the sources give no " + style.String() + " for " + name)
}
