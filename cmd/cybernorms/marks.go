package main

import (
	"strconv"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// The marks every output puts on what is not the documents' own or not
// observed: a label the source does not print (shown in square brackets,
// with how the corpus knows it), a description standing for a title, the
// maintainers' notes on links, and links and addresses that rest on no
// observed page (marked unverified). show, cite and list and the exports
// write them alike.

// labelNote says of a label the source does not print how the corpus knows
// it, for show's "Label:" line: "4, not printed by the source (editorial:
// ...)". It returns "" for a printed label.
func labelNote(label string, inferred bool, note string) string {
	if !inferred || label == "" {
		return ""
	}
	s := "[" + label + "], not printed by the source"
	if note != "" {
		s += " (editorial: " + note + ")"
	}
	return s
}

// normLabelNote is [labelNote] of a norm's label.
func normLabelNote(n norms.Norm) string {
	return labelNote(n.Label(), n.List().Inferred(), n.List().LabelNote())
}

// paragraphLabel prints a paragraph's label the way its document sets it
// off ("7.", "13(f)"), or, for a label the source does not print, in square
// brackets ("[4]").
func paragraphLabel(p declarations.Paragraph) string {
	switch l := p.Label(); {
	case p.LabelInferred():
		return "[" + l + "]"
	case len(l) > 0 && l[len(l)-1] == ')':
		return l
	default:
		return l + "."
	}
}

// titleNote says, for a document with no published title, that the title
// shown is the maintainers' description, or returns "".
func titleNote(d declarations.Declaration) string {
	if d.Editorial().Description == "" {
		return ""
	}
	return "none published; " + d.Title() + " is the maintainers' description (editorial)"
}

// urlValue returns a document's URL as show prints it: with its unverified
// mark, where no page at it was observed.
func urlValue(p declarations.Provenance) string {
	if p.URL != "" && p.URLUnverified != "" {
		return p.URL + " (unverified: " + p.URLUnverified + ")"
	}
	return p.URL
}

// linkNotes returns what show and the web edition add to a link: where it
// is known from and the maintainers' note on it, both editorial, and its
// unverified mark.
func linkNotes(basis, note, unverified string) string {
	s := ""
	if basis != "" {
		s += " (known from, editorial: " + basis + ")"
	}
	if note != "" {
		s += " (note, editorial: " + note + ")"
	}
	if unverified != "" {
		s += " [unverified: " + unverified + "]"
	}
	return s
}

// extentNote returns the extent of a document as show prints it: an
// excerpt with what it holds, and text of the copy left out, counted (the
// Omitted lines say what and why).
func extentNote(d declarations.Declaration) string {
	p := d.Provenance()
	s := p.Extent.String()
	if p.Extent == declarations.Excerpt && p.Excerpt != "" {
		s = "excerpt: " + p.Excerpt
	}
	switch n := len(p.Omitted); {
	case n == 1:
		s += " (1 passage of the copy left out: see Omitted)"
	case n > 1:
		s += " (" + strconv.Itoa(n) + " passages of the copy left out: see Omitted)"
	}
	return s
}
