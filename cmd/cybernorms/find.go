package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cybernorms/cybernorms"
)

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

// A scanned is one citation found by scan, as -json writes it.
type scanned struct {
	File    string    `json:"file,omitempty"`
	Start   int       `json:"start"`
	End     int       `json:"end"`
	Line    int       `json:"line"`
	Column  int       `json:"column"`
	Text    string    `json:"text"`
	Targets []jsonRef `json:"targets,omitempty"`
	Error   string    `json:"error,omitempty"`
}

// runScan prints every citation found in the files named, or in the
// standard input: its place, its text and the IDs it names.
func runScan(c *cmdEnv) int {
	type input struct{ name, text string }
	var inputs []input
	if len(c.args) == 0 {
		data, err := io.ReadAll(io.LimitReader(stdin, maxScan+1))
		if err != nil {
			return c.fail(exitUsage, fmt.Errorf("reading the standard input: %w", err))
		}
		inputs = append(inputs, input{"", string(data)})
	}
	for _, name := range c.args {
		f, err := os.Open(name)
		if err != nil {
			return c.fail(exitUsage, err)
		}
		data, err := io.ReadAll(io.LimitReader(f, maxScan+1))
		f.Close()
		if err != nil {
			return c.fail(exitUsage, fmt.Errorf("reading %s: %w", quote(name), err))
		}
		inputs = append(inputs, input{name, string(data)})
	}
	found := []scanned{}
	for _, in := range inputs {
		if len(in.text) > maxScan {
			return c.fail(exitUsage, fmt.Errorf("%s is larger than %d bytes", quoteName(in.name), maxScan))
		}
		for m := range cybernorms.Scan(in.text) {
			line := 1 + strings.Count(in.text[:m.Start], "\n")
			col := m.Start - strings.LastIndexByte(in.text[:m.Start], '\n')
			s := scanned{File: in.name, Start: m.Start, End: m.End, Line: line, Column: col, Text: m.Text}
			if m.Err != nil {
				s.Error = m.Err.Error()
			}
			for _, r := range m.Refs {
				s.Targets = append(s.Targets, targetOf(r).ref())
			}
			found = append(found, s)
		}
	}
	if c.json {
		c.writeJSON(struct {
			Citations []scanned `json:"citations"`
		}{found})
	} else {
		for _, s := range found {
			where := fmt.Sprintf("%d:%d", s.Line, s.Column)
			if s.File != "" {
				where = s.File + ":" + where
			}
			var ids []string
			for _, t := range s.Targets {
				ids = append(ids, t.ID)
			}
			if s.Error != "" {
				fmt.Fprintf(&c.out, "%s: %s: names nothing: %s\n", where, quote(s.Text), s.Error)
				continue
			}
			fmt.Fprintf(&c.out, "%s: %s: %s\n", where, quote(s.Text), strings.Join(ids, " "))
		}
	}
	if len(found) == 0 {
		return exitNotFound
	}
	return exitOK
}

// quoteName quotes a file name, or names the standard input.
func quoteName(name string) string {
	if name == "" {
		return "the standard input"
	}
	return quote(name)
}

// maxScan is the most bytes scan reads from one input.
const maxScan = 16 << 20

// stdin is the standard input; a variable for the tests.
var stdin io.Reader = os.Stdin
