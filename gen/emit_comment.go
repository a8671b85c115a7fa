package main

import (
	"strings"
	"unicode/utf8"

	"github.com/dave/jennifer/jen"
)

// commentWidth is the width, in runes, that doc comments wrap to.
const commentWidth = 76

// A docComment builds a Go doc comment from paragraphs and lists, wrapped so
// that gofmt leaves it as it is.
type docComment struct {
	lines []string
}

func (c *docComment) para(text string) {
	c.blank()
	c.lines = append(c.lines, wrap(text, commentWidth)...)
}

func (c *docComment) heading(text string) {
	c.blank()
	c.lines = append(c.lines, "# "+text)
}

// item adds an item of a bulleted list.
func (c *docComment) item(text string) {
	if n := len(c.lines); n > 0 && !strings.HasPrefix(c.lines[n-1], "  ") {
		c.blank()
	}
	prefix := "  - "
	for _, l := range wrap(text, commentWidth-4) {
		c.lines = append(c.lines, prefix+l)
		prefix = "    "
	}
}

func (c *docComment) blank() {
	if len(c.lines) > 0 && c.lines[len(c.lines)-1] != "" {
		c.lines = append(c.lines, "")
	}
}

func (c *docComment) code() *jen.Statement {
	s := jen.Null()
	for _, l := range c.lines {
		s.Comment(l).Line()
	}
	return s
}

// wrap breaks text into lines of at most width runes at spaces (a longer
// word stands alone). It never begins a line with a word that doc-comment
// syntax would read as markup: it carries the word before over with it.
func wrap(text string, width int) []string {
	var lines, cur []string
	for _, w := range strings.Fields(text) {
		if len(cur) > 0 && utf8.RuneCountInString(strings.Join(cur, " "))+1+utf8.RuneCountInString(w) > width {
			k := len(cur)
			if markup(w) && k > 1 {
				k--
			}
			lines = append(lines, strings.Join(cur[:k], " "))
			cur = append([]string(nil), cur[k:]...)
		}
		cur = append(cur, w)
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

// markup reports whether a word at the start of a comment line would be read
// as doc-comment markup: a heading, a bullet or a number of a list.
func markup(w string) bool {
	if strings.HasPrefix(w, "#") || w == "-" || w == "*" || w == "+" || w == "•" {
		return true
	}
	digits := strings.TrimRight(w, ".)")
	return digits != w && digits != "" && strings.Trim(digits, "0123456789") == ""
}
