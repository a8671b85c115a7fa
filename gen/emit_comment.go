package main

import (
	"strings"
	"unicode/utf8"

	"github.com/dave/jennifer/jen"
)

// commentWidth is the width, in runes, that doc comments wrap to.
const commentWidth = 76

// A docComment builds a Go doc comment from paragraphs and lists, wrapped so
// that go/printer (which gofmt and jennifer use) leaves it as it is.
type docComment struct {
	lines []string
}

// para adds a paragraph of prose.
func (c *docComment) para(text string) {
	c.blank()
	c.lines = append(c.lines, wrap(text, commentWidth, "")...)
}

// heading adds a heading.
func (c *docComment) heading(text string) {
	c.blank()
	c.lines = append(c.lines, "# "+text)
}

// item adds an item of a bulleted list.
func (c *docComment) item(text string) {
	if n := len(c.lines); n > 0 && !strings.HasPrefix(c.lines[n-1], "  ") {
		c.blank()
	}
	w := wrap(text, commentWidth-4, "")
	for i, l := range w {
		if i == 0 {
			c.lines = append(c.lines, "  - "+l)
		} else {
			c.lines = append(c.lines, "    "+l)
		}
	}
}

func (c *docComment) blank() {
	if len(c.lines) > 0 && c.lines[len(c.lines)-1] != "" {
		c.lines = append(c.lines, "")
	}
}

// code returns the comment as jennifer comment lines.
func (c *docComment) code() *jen.Statement {
	s := jen.Null()
	for _, l := range c.lines {
		s.Comment(l).Line()
	}
	return s
}

// wrap breaks text into lines of at most width runes at spaces (a longer
// word stands alone). It never begins a line with a word that doc-comment
// syntax would read as markup: "#" (a heading) or a bare list marker.
func wrap(text string, width int, indent string) []string {
	words := strings.Fields(text)
	var lines []string
	var cur []string
	n := 0
	for i := 0; i < len(words); i++ {
		w := words[i]
		wl := utf8.RuneCountInString(w)
		if len(cur) > 0 && n+1+wl > width {
			// Carry the last word of the line over if the next line would
			// begin with markup.
			if markup(w) && len(cur) > 1 {
				last := cur[len(cur)-1]
				cur = cur[:len(cur)-1]
				lines = append(lines, indent+strings.Join(cur, " "))
				cur, n = []string{last}, utf8.RuneCountInString(last)
				cur = append(cur, w)
				n += 1 + wl
				continue
			}
			lines = append(lines, indent+strings.Join(cur, " "))
			cur, n = nil, 0
		}
		if len(cur) > 0 {
			n++
		}
		cur = append(cur, w)
		n += wl
	}
	if len(cur) > 0 {
		lines = append(lines, indent+strings.Join(cur, " "))
	}
	return lines
}

// markup reports whether a word at the start of a comment line would be read
// as doc-comment markup.
func markup(w string) bool {
	if strings.HasPrefix(w, "#") || w == "-" || w == "*" || w == "+" || w == "•" {
		return true
	}
	digits := strings.TrimRight(w, ".)")
	if digits == w || digits == "" {
		return false
	}
	for _, r := range digits {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
