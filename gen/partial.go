package main

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"
)

// Partial lists (data/README.md, "Partial lists"): the held items stay
// labelled paragraphs of the document; the list's kind, size and held labels
// go to the document's metadata and to the citation parser's tables.

// A partialList is an enumerated list of the document that the corpus holds
// in part, as its "partial-list:" entry declares it.
type partialList struct {
	Kind  string // "norm", "commitment", "principle" or "element"
	Unit  string // the word a citation puts before a label; Kind by default
	Count int    // the items the document has; 0 when the sources do not say
	// Marker is how the text prints a label at the head of the paragraph
	// that begins an item, "{n}" for the number: "Element {n}: ". A marker
	// without "{n}" (a bullet) prints none: the corpus numbers the held
	// items from 1 (Inferred), and LabelsWhy says why.
	Marker    string
	Inferred  bool
	LabelsWhy string
	Line      int
	Held      []heldItem
}

// A heldItem is an item of a partial list that the corpus holds: its label,
// the block that begins it and the last of its blocks.
type heldItem struct {
	Label       string
	Block, Last int
	Line        int
}

// partialKinds are the kinds of item a partial list may hold: those of
// package norms' lists, and the elements of a framework.
var partialKinds = append(slices.Clone(listKinds), "element")

// partialList records the "partial-list:" entry, which derivePartial
// applies to the text.
func (b *builder) partialList(e *entry) {
	if b.d.Version {
		b.errorf(e.Line, "a language version cannot declare a partial list: the corpus holds partial lists in one language only")
		return
	}
	pl := &partialList{Kind: b.oneOf(e.Line, "partial-list", e.Value, partialKinds), Line: e.Line}
	count := e.attrOrEntry("count")
	if count.Value != "unknown" {
		n, err := strconv.Atoi(count.Value)
		if err != nil || n < 2 || count.Value[0] == '0' {
			b.errorf(count.Line, "count %q: the number of items the document has, 2 or more, or \"unknown\" where the sources do not say", count.Value)
		}
		pl.Count = n
	}
	marker := e.attrOrEntry("marker")
	pl.Marker = marker.Value
	switch n := strings.Count(pl.Marker, "{n}"); {
	case n > 1:
		b.errorf(marker.Line, "marker %q: \"{n}\" stands for the label's number, once", pl.Marker)
	case strings.TrimSpace(strings.ReplaceAll(pl.Marker, "{n}", "")) == "":
		b.errorf(marker.Line, "marker %q: say how the text prints a label, with \"{n}\" for the number (\"{n}.\", \"Element {n}: \"), or the bullet that stands for it (\"- \")", pl.Marker)
	case n == 0:
		pl.Inferred = true
	}
	pl.Unit, pl.LabelsWhy = e.attrOrEntry("unit").Value, e.attrOrEntry("labels-why").Value
	if pl.Unit == "" {
		pl.Unit = pl.Kind
	}
	switch {
	case pl.Inferred && pl.LabelsWhy == "":
		b.errorf(e.Line, "marker %q prints no number: the corpus numbers the held items from 1; say why that is the document's numbering in \"labels-why:\"", pl.Marker)
	case !pl.Inferred && pl.LabelsWhy != "":
		b.errorf(e.Line, "\"labels-why:\" explains labels the corpus infers, and marker %q prints them", pl.Marker)
	}
	b.d.Partial = pl
}

// checkPartial checks that a partial list is the document's one list, and
// that its labels cannot clash with paragraph numbers.
func (b *builder) checkPartial() {
	d, pl := b.d, b.d.Partial
	switch {
	case pl == nil:
	case d.List != nil:
		b.errorf(pl.Line, "the document declares a whole list (line %d) and a partial one: the corpus holds one list of a document", d.List.Line)
	case b.numbered:
		b.errorf(pl.Line, "a partial list's items are labelled paragraphs, and \"paragraphs: numbered\" labels every paragraph by its number: the labels would clash")
	}
}

// markerPattern matches a marker at the head of a paragraph, "{n}" a number
// of one to three digits that does not begin with 0.
func markerPattern(marker string) *regexp.Regexp {
	before, after, ok := strings.Cut(marker, "{n}")
	if !ok {
		return regexp.MustCompile("^" + regexp.QuoteMeta(marker))
	}
	return regexp.MustCompile("^" + regexp.QuoteMeta(before) + "([1-9][0-9]{0,2})" + regexp.QuoteMeta(after))
}

// derivePartial finds the held items of the partial list. Each paragraph of
// text that begins with the marker begins one, labelled by the number the
// marker prints (without a gap), or else by its place from 1. The marker is
// taken off the text. An item runs to the next item or heading.
func (b *builder) derivePartial() {
	d, pl := b.d, b.d.Partial
	if pl == nil {
		return
	}
	re := markerPattern(pl.Marker)
	for i := range d.Blocks {
		blk := &d.Blocks[i]
		m := re.FindStringSubmatch(blk.Text)
		if m == nil {
			continue
		}
		if blk.Kind != "text" {
			b.errorf(blk.Line, "this %s begins with the partial list's marker %q: an item of the list begins a paragraph of text, not a heading", blk.Kind, pl.Marker)
			continue
		}
		label := strconv.Itoa(len(pl.Held) + 1)
		if !pl.Inferred {
			label = m[1]
			n, _ := strconv.Atoi(label)
			if k := len(pl.Held); k > 0 {
				if prev, _ := strconv.Atoi(pl.Held[k-1].Label); n != prev+1 {
					b.errorf(blk.Line, "%s %s follows %s %d: a gap or a disorder in the numbering", pl.Kind, label, pl.Kind, prev)
					continue
				}
			}
			if pl.Count > 0 && n > pl.Count {
				b.errorf(blk.Line, "%s %s of a list of %d", pl.Kind, label, pl.Count)
				continue
			}
		}
		if len(m[0]) == len(blk.Text) {
			b.errorf(blk.Line, "the paragraph is the marker %q alone, with no text of the item", pl.Marker)
			continue
		}
		blk.Label = label
		blk.Text = blk.Text[len(m[0]):]
		blk.Start += len(m[0])
		pl.Held = append(pl.Held, heldItem{Label: label, Block: i, Line: blk.Line})
	}
	if len(*b.errs) > 0 {
		return
	}
	switch {
	case len(pl.Held) == 0:
		b.errorf(pl.Line, "no paragraph of text begins with the marker %q: a partial list holds at least one item", pl.Marker)
		return
	case pl.Count > 0 && len(pl.Held) == pl.Count:
		b.errorf(pl.Line, "the text holds all %d %ss: the list is whole; declare it with \"list:\"", pl.Count, pl.Kind)
		return
	}
	for k := range pl.Held {
		h := &pl.Held[k]
		h.Last = len(d.Blocks) - 1
		if k+1 < len(pl.Held) {
			h.Last = pl.Held[k+1].Block - 1
		}
		for j := h.Block + 1; j <= h.Last; j++ {
			if d.Blocks[j].Kind == "heading" {
				h.Last = j - 1
				break
			}
		}
	}
}

// labelledLine formats a labelled paragraph for a doc comment as the source
// prints it: "7. text", "Element 1: Cybersecurity ...", or an inferred
// label in brackets, "[1] Respond ...".
func labelledLine(d *document, blk block) string {
	if d.Partial != nil { // its labelled paragraphs are its held items
		if d.Partial.Inferred {
			return "[" + blk.Label + "] " + blk.Text
		}
		return strings.Replace(d.Partial.Marker, "{n}", blk.Label, 1) + blk.Text
	}
	return blk.Label + ". " + blk.Text
}

// partialValue is the composite literal of the partial list of d for
// package declarations' table docPartial, or nil.
func partialValue(d *document) jen.Code {
	pl := d.Partial
	if pl == nil {
		return nil
	}
	var fs fields
	fs.str("kind", pl.Kind)
	fs.str("unit", pl.Unit)
	fs.num("count", pl.Count)
	fs.flag("inferred", pl.Inferred)
	fs.str("labelsWhy", pl.LabelsWhy)
	fs.code("held", jen.Index().Id("heldItem").Values(rows(pl.Held, func(h heldItem) jen.Code {
		return jen.Values(jen.Lit(h.Label), jen.Lit(h.Block+1), jen.Lit(h.Last+1))
	})...))
	return jen.Op("&").Id("partialList").Add(fs.values())
}

func emitCitePartials(f *jen.File, c *corpus) {
	declare(f, "partials are the lists the corpus holds in part, one per document that has\none, in ID order: the kind, unit and known size of each, and its held\nitems' labels, with the index in the document's Paras of the paragraph\neach begins.",
		"partials", jen.Index(jen.Op("...")).Id("Partial").Values(rows(c.Docs, func(d *document) jen.Code {
			pl := d.Partial
			if pl == nil {
				return nil
			}
			var fs fields
			fs.str("Doc", d.ID)
			fs.str("Kind", pl.Kind)
			fs.str("Unit", pl.Unit)
			fs.num("Count", pl.Count)
			var labels []string
			var paras []jen.Code
			for _, h := range pl.Held {
				labels = append(labels, h.Label)
				paras = append(paras, jen.Lit(h.Block))
			}
			fs.code("Labels", stringSlice(labels))
			fs.code("Paras", jen.Index().Int().Values(paras...))
			return fs.values()
		})...))
}

// partialDoc says, for a document's doc comment, what the corpus holds of
// its partial list: "Of its 10 principles, the corpus holds principles 1
// and 2, as paragraphs of the text (see [Declaration.PartialList]); package
// norms holds whole lists only."
func partialDoc(d *document) string {
	pl := d.Partial
	var labels []string
	for _, h := range pl.Held {
		l := h.Label
		if pl.Inferred {
			l = "[" + l + "]"
		}
		labels = append(labels, l)
	}
	held := pl.Unit + " " + labels[0]
	switch n := len(labels); {
	case n == 2:
		held = pl.Unit + "s " + labels[0] + " and " + labels[1]
	case n > 2:
		held = pl.Unit + "s " + labels[0] + " to " + labels[n-1]
	}
	of := "Of its " + strconv.Itoa(pl.Count) + " " + pl.Kind + "s"
	if pl.Count == 0 {
		of = "Of its " + pl.Kind + "s, whose number the sources do not give"
	}
	s := of + ", the corpus holds " + held + ", as paragraphs of the text (see [Declaration.PartialList]); package norms holds whole lists only."
	if pl.Inferred {
		s += " The source prints no number; the label is the corpus's. " + pl.LabelsWhy
	}
	return s
}
