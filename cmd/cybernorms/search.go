package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

var searchCmd = &command{
	name:  "search",
	args:  `[-json] <words or "phrases">`,
	short: "find the paragraphs that contain every word or phrase",
	long: `Search every text of the corpus, case-insensitively. Every word and
every "quoted phrase" must occur in a paragraph for it to match; a word
matches the beginning of a word of the text. Prints each matching
paragraph's citation and a snippet; on a terminal the matches are in
bold, unless NO_COLOR is set. Exits with status 1 if nothing matches,
and 2 if the query cannot be read (an unclosed quotation mark).
`,
	jsonShape: `  search -json  {"query", "hits": [{"target": reference, "norm": ID,
                 "text": the paragraph's text, "matches": [[start, end]],
                 "snippet": plain excerpt, "snippet_matches": [[start, end]]}]}
                (UTF-8 byte offsets, end exclusive; "hits": [] when nothing
                matches, with status 1)
`,
	flags: jsonFlag,
	run:   runSearch,
}

// ANSI escapes that begin and end bold type.
const (
	boldOn  = "\x1b[1m"
	boldOff = "\x1b[22m"
)

// runSearch prints every paragraph that holds all the terms of the query.
func runSearch(c *cmdEnv) int {
	q := strings.Join(c.args, " ")
	if strings.TrimSpace(q) == "" {
		return c.usageError("missing words to search for")
	}
	hits, err := declarations.Search(q)
	if err != nil {
		return c.fail(exitUsage, err)
	}
	if c.json {
		type hit struct {
			Target         jsonRef  `json:"target"`
			Norm           string   `json:"norm,omitempty"`
			Text           string   `json:"text"`
			Matches        [][2]int `json:"matches"`
			Snippet        string   `json:"snippet"`
			SnippetMatches [][2]int `json:"snippet_matches"`
		}
		out := struct {
			Query string `json:"query"`
			Hits  []hit  `json:"hits"`
		}{q, []hit{}}
		for _, h := range hits {
			snip, snipMatches := h.Snippet()
			e := hit{Target: paragraphRef(h.Paragraph), Norm: string(h.Norm), Text: h.Text(), Matches: h.Matches, Snippet: snip, SnippetMatches: snipMatches}
			if e.SnippetMatches == nil {
				e.SnippetMatches = [][2]int{}
			}
			out.Hits = append(out.Hits, e)
		}
		c.writeJSON(out)
	}
	if len(hits) == 0 {
		fmt.Fprintf(c.stderr, "%s: no paragraph matches %s\n", c.name(), quote(q))
		return exitNotFound
	}
	if c.json {
		return exitOK
	}
	out := c.text()
	for _, h := range hits {
		where := h.Paragraph.Cite(norms.Short)
		if n, ok := h.Paragraph.Norm(); ok {
			where = fmt.Sprintf("%s (%s)", n, n.ID())
		}
		snippet, _ := h.Snippet()
		if c.color {
			snippet = h.Highlight(boldOn, boldOff)
		}
		out.text(where)
		out.line("  ", 2, snippet)
		out.blank()
	}
	fmt.Fprintf(&c.out, "%s\n", plural(len(hits), "paragraph"))
	return exitOK
}

// plural returns "1 paragraph" or "n paragraphs".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}
