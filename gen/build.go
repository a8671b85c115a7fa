package main

import (
	"path"
	"strings"
)

// buildDocument turns a parsed data file into a document, in two halves: the
// header (header.go) checks every entry and fills the metadata; the
// derivation (derive.go) turns the body into blocks and list items.
func buildDocument(f *dataFile) (*document, error) {
	d := &document{Path: f.Path, SHA256: f.SHA256, BodyLine: f.BodyLine, HeaderEnd: f.HeaderEnd, keyLines: map[string]int{}}
	var errs errList
	b := &builder{f: f, d: d, errs: &errs}
	if _, lang, ok := strings.Cut(strings.TrimSuffix(path.Base(f.Path), ".txt"), "."); ok {
		b.fileLang, d.Version = lang, true
	}
	b.header()
	b.checkUserFacing() // check_userfacing.go
	if len(errs) > 0 {
		return nil, errs.err()
	}
	switch {
	case d.Extent == "metadata-only" && f.HasBody:
		errs.add(errorf(f.Path, f.BodyLine-1, "a metadata-only document has no body; remove the %q line and the text after it", bodySeparator))
	case d.Extent != "metadata-only" && !f.HasBody:
		errs.add(errorf(f.Path, d.keyLines["extent"], "extent %q needs a body: the text, after a %q line", d.Extent, bodySeparator))
	case f.HasBody:
		d.Raw = f.Body
		for _, o := range d.Omitted {
			if strings.Contains(d.Raw, o.Text) {
				b.errorf(o.Line, "omitted: %q is in the body; an omission records source text the body leaves out", abbreviate(o.Text, 50))
			}
		}
		b.applyCorrections()
		for _, step := range []func(){b.deriveBlocks, b.deriveList, b.derivePartial, b.derivePlaces, b.locateLinks} {
			if len(errs) == 0 {
				step()
			}
		}
	}
	return d, errs.err()
}

// A builder holds the state of building one document: what the header
// declared for the derivation to apply, and the errors found.
type builder struct {
	f    *dataFile
	d    *document
	errs *errList

	headings []entry
	breaks   []entry
	numbered bool

	fileLang   string       // the tag of a version's file name, <id>.<lang>.txt
	lineBreaks map[int]bool // blocks begun by a declared break at a line start
}

func (b *builder) errorf(line int, format string, args ...any) {
	b.errs.add(errorf(b.f.Path, line, format, args...))
}
