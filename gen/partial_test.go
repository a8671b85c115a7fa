package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// partialCharter is a fictional charter of which the copy read holds two
// of five principles: a partial list.
const partialCharter = `id: Charter2018
title: Charter of Trust
short: Charter 2018
kind: other
date: 2018-02
extent: excerpt
excerpt: the preamble and principles 1 and 2 of five.
partial-list: principle
  count: 5
  marker: "{n}."
---
Our Principles

We sign a charter.

1.Ownership

Anchor the responsibility.

Establish measures.

2.Responsibility

Companies must act.
`

func TestDerivePartialList(t *testing.T) {
	d, err := buildText(t, "Charter2018.txt", strings.Replace(partialCharter, "---\nOur Principles", "heading: \"Our Principles\"\n---\nOur Principles", 1))
	if err != nil {
		t.Fatal(err)
	}
	want := []blockSummary{
		{"", "heading", "Our Principles", "published", "", 13},
		{"", "text", "We sign a charter.", "published", "", 15},
		{"1", "text", "Ownership", "published", "", 17},
		{"", "text", "Anchor the responsibility.", "published", "", 19},
		{"", "text", "Establish measures.", "published", "", 21},
		{"2", "text", "Responsibility", "published", "", 23},
		{"", "text", "Companies must act.", "published", "", 25},
	}
	if diff := cmp.Diff(want, summarize(d)); diff != "" {
		t.Errorf("blocks (-want +got):\n%s", diff)
	}
	pl := d.Partial
	wantHeld := []heldItem{{Label: "1", Block: 2, Last: 4, Line: 17}, {Label: "2", Block: 5, Last: 6, Line: 23}}
	if pl == nil || pl.Kind != "principle" || pl.Unit != "principle" || pl.Count != 5 || pl.Inferred || !cmp.Equal(wantHeld, pl.Held) {
		t.Fatalf("partial list %+v", pl)
	}
	// Not a list of package norms: no items.
	if d.List != nil || len(d.Items) != 0 {
		t.Errorf("list %v, items %v", d.List, d.Items)
	}
	// The held items' paragraphs are cited by their labels, printed; the
	// doc comment prints them as the source does.
	if d.Blocks[2].Place != placeLabel || labelledLine(d, d.Blocks[2]) != "1.Ownership" {
		t.Errorf("place %q, line %q", d.Blocks[2].Place, labelledLine(d, d.Blocks[2]))
	}
	if got := partialDoc(d); got != "Of its 5 principles, the corpus holds principles 1 and 2, as paragraphs of the text (see [Declaration.PartialList]); package norms holds whole lists only." {
		t.Errorf("partialDoc = %q", got)
	}

	// A bullet: the corpus numbers the held items, and says why.
	bullets := `id: Commitment2018
title: A Commitment
short: Commitment 2018
kind: other
extent: excerpt
excerpt: the chapeau and the first commitment.
partial-list: commitment
  count: unknown
  marker: "- "
  labels-why: The first bullet after the chapeau.
---
We commit to:

- Respond to threats.
`
	d, err = buildText(t, "Commitment2018.txt", bullets)
	if err != nil {
		t.Fatal(err)
	}
	if pl := d.Partial; pl == nil || !pl.Inferred || pl.Count != 0 || len(pl.Held) != 1 || d.Blocks[1].Text != "Respond to threats." || d.Blocks[1].Label != "1" || d.Blocks[1].Place != placeSupplied {
		t.Errorf("partial list %+v, block %+v", pl, d.Blocks[1])
	}
}

func TestPartialListErrors(t *testing.T) {
	tests := []struct{ name, old, new, want string }{
		{"marker not found", `marker: "{n}."`, `marker: "Principle {n}: "`,
			`data/Charter2018.txt:8: no paragraph of text begins with the marker "Principle {n}: ": a partial list holds at least one item`},
		{"the list whole", "count: 5", "count: 2",
			`data/Charter2018.txt:8: the text holds all 2 principles: the list is whole; declare it with "list:"`},
		{"an item beyond the count", "count: 5", "count: 1",
			`data/Charter2018.txt:9: count "1": the number of items the document has, 2 or more, or "unknown" where the sources do not say`},
		{"a gap", "2.Responsibility", "3.Responsibility",
			`data/Charter2018.txt:22: principle 3 follows principle 1: a gap or a disorder in the numbering`},
		{"a label beyond the count", "2.Responsibility", "2.Responsibility\n\n3.Security\n\n4.Trust\n\n5.Care\n\n6.More", // 6 of 5
			`data/Charter2018.txt:30: principle 6 of a list of 5`},
		{"count not a number", "count: 5", "count: many",
			`data/Charter2018.txt:9: count "many": the number of items the document has, 2 or more, or "unknown" where the sources do not say`},
		{"inferred labels without why", `marker: "{n}."`, `marker: "- "`,
			`data/Charter2018.txt:8: marker "- " prints no number: the corpus numbers the held items from 1; say why that is the document's numbering in "labels-why:"`},
		{"why for printed labels", `marker: "{n}."`, "marker: \"{n}.\"\n  labels-why: Because.",
			`data/Charter2018.txt:8: "labels-why:" explains labels the corpus infers, and marker "{n}." prints them`},
		{"a marker of no text", `marker: "{n}."`, `marker: "{n}"`,
			`data/Charter2018.txt:10: marker "{n}": say how the text prints a label`},
		{"two numbers", `marker: "{n}."`, `marker: "{n}.{n}"`,
			`data/Charter2018.txt:10: marker "{n}.{n}": "{n}" stands for the label's number, once`},
		{"an unknown kind", "partial-list: principle", "partial-list: rule",
			`data/Charter2018.txt:8: unknown partial-list "rule"; want one of norm, commitment, principle, element`},
		{"with a whole list", "partial-list: principle", "list: principle\n  style: dash\n  count: 1\npartial-list: principle",
			`the document declares a whole list (line 8) and a partial one: the corpus holds one list of a document`},
		{"with numbered paragraphs", "partial-list: principle", "paragraphs: numbered\npartial-list: principle",
			`data/Charter2018.txt:9: a partial list's items are labelled paragraphs, and "paragraphs: numbered" labels every paragraph by its number: the labels would clash`},
		{"a held item as a heading", "---\nOur", "heading: \"1.Ownership\"\n---\nOur",
			`this heading begins with the partial list's marker "{n}.": an item of the list begins a paragraph of text, not a heading`},
		{"the marker alone", "1.Ownership", "1.",
			`data/Charter2018.txt:16: the paragraph is the marker "{n}." alone, with no text of the item`},
		{"metadata only", "extent: excerpt\nexcerpt: the preamble and principles 1 and 2 of five.\n", "extent: metadata-only\n",
			`"partial-list" describes a text, and a metadata-only document has none`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(partialCharter, tt.old) {
				t.Fatalf("test setup: %q not in the file", tt.old)
			}
			text := strings.Replace(partialCharter, tt.old, tt.new, 1)
			if tt.name == "metadata only" {
				text = text[:strings.Index(text, "---\n")]
			}
			_, err := buildText(t, "Charter2018.txt", text)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got error %v\nwant %s", err, tt.want)
			}
		})
	}
}

// paragraphNorm is a fictional call whose one norm is an unlabelled
// paragraph under a title of its own: a list of style paragraph.
const paragraphNorm = `id: Call2017
title: A Call
short: Call 2017
kind: other
extent: full
heading: "A NORM"
list: norm
  style: paragraph
  start: "Actors should not"
  count: 1
  labels: inferred
  labels-why: The Call prints its one norm without a number.
item: 1
  title: Do not damage the core
---
We call on all.

A NORM

Actors should not damage the core.
`

func TestDeriveParagraphList(t *testing.T) {
	d, err := buildText(t, "Call2017.txt", paragraphNorm)
	if err != nil {
		t.Fatal(err)
	}
	want := []blockSummary{
		{"", "text", "We call on all.", "published", "", 16},
		{"", "heading", "A NORM", "published", "", 18},
		{"1", "item", "Actors should not damage the core.", "published", "Call2017/1", 20},
	}
	if diff := cmp.Diff(want, summarize(d)); diff != "" {
		t.Errorf("blocks (-want +got):\n%s", diff)
	}
	if len(d.Items) != 1 || !d.Items[0].LabelInferred || d.Blocks[2].Place != placeSupplied {
		t.Errorf("items %+v, place %q", d.Items, d.Blocks[2].Place)
	}
	for _, tt := range []struct{ old, new, want string }{
		{"count: 1", "count: 2", `data/Call2017.txt:10: a list of style paragraph is one unlabelled paragraph, a list of one: count 2, want 1`},
		{"  labels: inferred\n  labels-why: The Call prints its one norm without a number.\n", "",
			`data/Call2017.txt:7: the items of a paragraph list carry no label: declare "labels: inferred", with "labels-why:"`},
		{`start: "Actors should not"`, `start: "damage the core"`, `data/Call2017.txt:7: start "damage the core" does not begin a paragraph of text; declare a break before it`},
		{`start: "Actors should not"`, `start: "A NORM"`, `data/Call2017.txt:7: start "A NORM" does not begin a paragraph of text; declare a break before it`},
		{`start: "Actors should not"`, `start: "Nobody"`, `data/Call2017.txt:7: start: "Nobody" does not occur in the text`},
	} {
		if _, err := buildText(t, "Call2017.txt", strings.Replace(paragraphNorm, tt.old, tt.new, 1)); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: got error %v\nwant %s", tt.new, err, tt.want)
		}
	}
}

// TestOpeningBeforeAQuotation checks that a paragraph cited by its opening
// words may hold a quotation mark after them ("... – “It is everyone’s
// task”."), and that one whose opening words hold one is refused.
func TestOpeningBeforeAQuotation(t *testing.T) {
	doc := `id: Charter2018
title: A Charter
short: Charter 2018
kind: other
extent: excerpt
excerpt: two paragraphs.
---
Anchor the responsibility for cybersecurity at the highest levels – “It is everyone’s task”.

Companies must act.
`
	d, err := buildText(t, "Charter2018.txt", doc)
	if err != nil {
		t.Fatal(err)
	}
	if d.Blocks[0].Place != placeParagraph || d.Blocks[0].Opening != "Anchor the responsibility for cybersecurity at the highest" {
		t.Errorf("place %q, opening %q", d.Blocks[0].Place, d.Blocks[0].Opening)
	}
	_, err = buildText(t, "Charter2018.txt", strings.Replace(doc, "Anchor the responsibility", "“Anchor” the responsibility", 1))
	if err == nil || !strings.Contains(err.Error(), "data/Charter2018.txt:8: paragraph 1 is cited by its opening words, which hold a quotation mark") {
		t.Errorf("got %v", err)
	}
}
