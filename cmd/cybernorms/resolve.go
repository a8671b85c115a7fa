package main

import (
	"fmt"
	"strings"

	"github.com/cybernorms/cybernorms"
)

var resolveCmd = &command{
	name:  "resolve",
	args:  "[-json] <citation>",
	short: "print the IDs of what a citation names, one per line (a range or a list names several)",
	long: `Print what a citation names: the ID of each document, paragraph or
norm, one per line, in order. A range ("norms 13(a)-(k)"), an enumeration
("13(f) and (g)", "resolutions 20/8 and 26/13") or a whole list ("the 11
norms of the 2015 GGE report") names several. A citation that names
nothing exits with status 1 and says why. A gloss or a word that names
nothing ("UN GGE 2015 norm 13(b) - consider all relevant information") is
set aside, and a note on the standard error says what.
`,
	jsonShape: `  resolve -json  {"input": "...", "targets": [reference],
                  "set_aside": [{"start", "end", "text"}]}
`,
	flags: jsonFlag,
	run:   runResolve,
}

// runResolve prints what a citation names: every ID, one per line, in order
// (a range or an enumeration names several).
func runResolve(c *cmdEnv) int {
	s, code := citationArg(c)
	if code != exitOK {
		return code
	}
	reading, err := cybernorms.Read(s)
	if err != nil {
		return c.fail(exitNotFound, err)
	}
	if c.json {
		out := struct {
			Input    string         `json:"input"`
			Targets  []jsonRef      `json:"targets"`
			SetAside []jsonSetAside `json:"set_aside,omitempty"`
		}{Input: s, Targets: []jsonRef{}}
		for _, r := range reading.Refs {
			out.Targets = append(out.Targets, targetOf(r).ref())
		}
		for _, sp := range reading.SetAside {
			out.SetAside = append(out.SetAside, jsonSetAside(sp))
		}
		c.writeJSON(out)
		return exitOK
	}
	for _, r := range reading.Refs {
		fmt.Fprintln(&c.out, r.ID())
	}
	noteSetAside(c, reading.SetAside)
	return exitOK
}

// A jsonSetAside is a part of a citation that resolve set aside, as -json
// writes it: its byte offsets in the citation and its text.
type jsonSetAside struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// noteSetAside says on the standard error what a reading set aside, so
// that a reader of the output can judge it.
func noteSetAside(c *cmdEnv, spans []cybernorms.Span) {
	if len(spans) == 0 {
		return
	}
	var parts []string
	for _, sp := range spans {
		parts = append(parts, quote(sp.Text))
	}
	fmt.Fprintf(c.stderr, "cybernorms resolve: note: set aside as naming nothing: %s\n", strings.Join(parts, ", "))
}
