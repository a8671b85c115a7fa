package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/cybernorms/cybernorms"
)

var scanCmd = &command{
	name:  "scan",
	args:  "[-json] [file ...]",
	short: "find every citation in the files, or the standard input, with its place and IDs",
	long: `Find every citation in the files named, or in the standard input, and
print each as file:line:column: "text": IDs. Text shaped like a citation
that names nothing ("UN GGE 2015 norm 13(l)") is printed with the reason.
A scan that finds nothing exits with status 1. Each input is read up to
16 MiB.
`,
	jsonShape: `  scan -json  {"citations": [{"file", "start", "end", "line", "column", "text",
               "targets": [reference], "error"}]}
`,
	details: `In the JSON output, "start" and "end" are byte offsets into the file,
the end exclusive. "line" and "column" count from 1, the column in bytes.
Text shaped like a citation that names nothing has an "error" and no
"targets". A scan that finds nothing writes "citations": [] and exits
with status 1.
`,
	flags: jsonFlag,
	run:   runScan,
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
	for _, in := range inputs {
		if len(in.text) > maxScan {
			return c.fail(exitUsage, fmt.Errorf("%s is larger than %d bytes", quoteName(in.name), maxScan))
		}
	}
	// Each citation is written as it is found, as a line of text or as an
	// element of the JSON object's list (which writeJSON would indent so).
	n := 0
	// The JSON references built, by language and ID: a text cites the same
	// few things again and again, and building a reference reads its
	// document (its anchors).
	refs := map[string]jsonRef{}
	if c.json {
		c.out.WriteString("{\n  \"citations\": [")
	}
	for _, in := range inputs {
		var at lineCounter
		for m := range cybernorms.Scan(in.text) {
			line, col := at.position(in.text, m.Start)
			n++
			c.spill()
			if !c.json {
				writeScanned(&c.out, in.name, line, col, m)
				continue
			}
			s := scanned{File: in.name, Start: m.Start, End: m.End, Line: line, Column: col, Text: m.Text}
			if m.Err != nil {
				s.Error = m.Err.Error()
			}
			for _, r := range m.Refs {
				key := r.Document.Lang() + " " + r.ID()
				ref, ok := refs[key]
				if !ok {
					ref = targetOf(r).ref()
					refs[key] = ref
				}
				s.Targets = append(s.Targets, ref)
			}
			data, err := json.MarshalIndent(s, "    ", "  ")
			if err != nil {
				panic(err) // strings, numbers and slices of them
			}
			if n > 1 {
				c.out.WriteByte(',')
			}
			c.out.WriteString("\n    ")
			c.out.Write(data)
		}
	}
	if c.json {
		if n > 0 {
			c.out.WriteString("\n  ")
		}
		c.out.WriteString("]\n}\n")
	}
	if n == 0 {
		return exitNotFound
	}
	return exitOK
}

// writeScanned writes a citation m that scan found in file at line and
// col as a line of text: "file:line:column: "text": IDs", or "...: names
// nothing: why". It needs the IDs only: the JSON references, with their
// citations and anchors, are built for -json alone.
func writeScanned(w io.Writer, file string, line, col int, m cybernorms.Citation) {
	where := strconv.Itoa(line) + ":" + strconv.Itoa(col)
	if file != "" {
		where = file + ":" + where
	}
	if m.Err != nil {
		fmt.Fprintf(w, "%s: %s: names nothing: %s\n", where, quote(m.Text), m.Err)
		return
	}
	ids := make([]string, len(m.Refs))
	for i, r := range m.Refs {
		ids[i] = r.ID()
	}
	fmt.Fprintf(w, "%s: %s: %s\n", where, quote(m.Text), strings.Join(ids, " "))
}

// A lineCounter finds the line and column of offsets of a text given in
// ascending order, reading each byte of the text once: scan's cost stays
// linear in the text, however many citations it holds.
type lineCounter struct {
	at        int // the offset up to which the lines are counted
	line      int // the number of newlines before at
	lineStart int // the offset just after the last of them, or 0
}

// position returns the line and the column (counted from 1, the column in
// bytes) of byte offset i of text. Offsets below the last one given are
// counted again from the start of the text.
func (lc *lineCounter) position(text string, i int) (line, col int) {
	if i < lc.at {
		*lc = lineCounter{}
	}
	for {
		k := strings.IndexByte(text[lc.at:i], '\n')
		if k < 0 {
			break
		}
		lc.line++
		lc.lineStart = lc.at + k + 1
		lc.at = lc.lineStart
	}
	lc.at = i
	return 1 + lc.line, i - lc.lineStart + 1
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
