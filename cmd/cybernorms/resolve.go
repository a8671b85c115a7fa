package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cybernorms/cybernorms"
	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// A target is what a citation names: a norm, or a document and, if the
// citation names one, a paragraph of it.
type target struct {
	norm norms.Norm
	doc  declarations.Declaration
	// para is the paragraph the citation names; the zero Paragraph when it
	// names the whole document.
	para declarations.Paragraph
}

// resolve turns a citation into what it names, with the module's one
// resolver, cybernorms.Resolve.
func resolve(citation string) (target, error) {
	r, err := cybernorms.Resolve(citation)
	if err != nil {
		return target{}, err
	}
	return targetOf(r), nil
}

// targetOf converts the resolver's Ref: a citation that names a norm names
// the norm, even where it names the paragraph that holds it too.
func targetOf(r cybernorms.Ref) target {
	if !r.Norm.IsZero() {
		return target{norm: r.Norm, doc: r.Document}
	}
	return target{doc: r.Document, para: r.Paragraph}
}

// in returns t in the language version with the BCP 47 tag lang, or an
// error that names the languages the corpus holds it in.
func (t target) in(lang string) (target, error) {
	d, ok := t.doc.In(lang)
	if !ok {
		var have []string
		for v := range t.doc.Versions() {
			have = append(have, v.Lang())
		}
		return target{}, fmt.Errorf("the corpus holds %s in %s only, not in %s", t.doc.ID(), strings.Join(have, ", "), quote(lang))
	}
	out := target{doc: d}
	if !t.norm.IsZero() {
		out.norm, _ = t.norm.In(lang)
	}
	if !t.para.IsZero() {
		out.para = d.Paragraph(t.para.Position())
	}
	return out, nil
}

// cite returns the citation of t in the given style.
func (t target) cite(style norms.Style) string {
	switch {
	case !t.norm.IsZero():
		return t.norm.Cite(style)
	case !t.para.IsZero():
		return t.para.Cite(style)
	default:
		return t.doc.Cite(style)
	}
}

// normParagraph returns the paragraph of n's document that states n, if
// any.
func normParagraph(n norms.Norm) declarations.Paragraph {
	d, ok := declarations.Lookup(declarations.ID(n.Document()))
	if !ok {
		return declarations.Paragraph{}
	}
	for p := range d.Paragraphs() {
		if pn, ok := p.Norm(); ok && pn.ID() == n.ID() {
			return p
		}
	}
	return declarations.Paragraph{}
}

// anchors returns the fragment identifiers of the paragraphs of d in the
// HTML edition, by position (anchors[0] is unused): for a paragraph that
// states a norm, the item part of the norm's ID ("13f"); for another
// labelled paragraph, its label in lower case without parentheses or
// spaces ("7"); otherwise, or where that would repeat an earlier anchor of
// the page, "p" and its position. Every paragraph also has the anchor "p"
// and its position (see [positionAnchor]).
func anchors(d declarations.Declaration) []string {
	a := make([]string, d.NumParagraphs()+1)
	seen := map[string]bool{}
	for p := range d.Paragraphs() {
		id := ""
		if n, ok := p.Norm(); ok {
			_, id, _ = strings.Cut(string(n.ID()), "/")
		} else if p.Label() != "" {
			id = localID(p.Label())
		}
		if id == "" || seen[id] || isPositionAnchor(id) {
			id = positionAnchor(p.Position())
		}
		seen[id] = true
		a[p.Position()] = id
	}
	return a
}

// positionAnchor returns the anchor every paragraph has: "p" and its
// 1-based position.
func positionAnchor(pos int) string { return "p" + strconv.Itoa(pos) }

// isPositionAnchor reports whether id has the form of a positionAnchor.
func isPositionAnchor(id string) bool {
	s, ok := strings.CutPrefix(id, "p")
	_, err := strconv.Atoi(s)
	return ok && err == nil
}

// localID turns a label into the item part of an ID: "13(f)" becomes
// "13f", as norm IDs are made.
func localID(label string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(label) {
		if r != '(' && r != ')' && r != ' ' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
