package main

import (
	"fmt"
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

// citationArg returns the command's arguments joined as one citation, so
// that it may be given quoted or not, or reports a usage error.
func citationArg(c *cmdEnv) (string, int) {
	s := strings.Join(c.args, " ")
	if strings.TrimSpace(s) == "" {
		return "", c.usageError("missing citation")
	}
	return s, exitOK
}

// resolveArgs resolves the command's arguments as one citation, with the
// module's one resolver, cybernorms.Resolve, in the language -lang names.
// On failure it reports the error and returns the exit status.
func resolveArgs(c *cmdEnv) (target, int) {
	s, code := citationArg(c)
	if code != exitOK {
		return target{}, code
	}
	r, err := cybernorms.Resolve(s)
	if err != nil {
		c.fail(exitNotFound, err)
		if id := suggestID(strings.TrimSpace(s)); id != "" {
			fmt.Fprintf(c.stderr, "%s: did you mean %s?\n", c.name(), id)
		}
		return target{}, exitNotFound
	}
	t := targetOf(r)
	if c.lang != "" {
		if t, err = t.in(c.lang); err != nil {
			return target{}, c.fail(exitNotFound, err)
		}
	}
	return t, exitOK
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
