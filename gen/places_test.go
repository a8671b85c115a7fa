package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// placeSummary is what TestPlaces compares of a block: its label, how a
// citation names its place, and the words it opens with.
type placeSummary struct{ Label, Place, Opening string }

func places(d *document) []placeSummary {
	var s []placeSummary
	for _, b := range d.Blocks {
		s = append(s, placeSummary{b.Label, b.Place, b.Opening})
	}
	return s
}

// TestPlaces checks how the generator says a citation names each paragraph:
// by a printed label; by its place among the paragraphs only in a full text
// whose every break is published; otherwise by its opening words (a
// heading whole, a paragraph begun by an inferred break as a passage),
// long enough to begin no other paragraph and not ending on a word such as
// "of".
func TestPlaces(t *testing.T) {
	const full = `id: Full2020
title: Full
short: Full 2020
kind: declaration
extent: full
heading: "FULL"
---
FULL

We note that the Group of Experts met twice.

We note that the Group of Experts met in Geneva.
`
	d, err := buildText(t, "Full2020.txt", full)
	if err != nil {
		t.Fatal(err)
	}
	want := []placeSummary{
		{"", placeCounted, "FULL"},
		{"", placeCounted, "We note that the Group of Experts met twice."},
		{"", placeCounted, "We note that the Group of Experts met in Geneva."},
	}
	if diff := cmp.Diff(want, places(d)); diff != "" || !d.Counted {
		t.Errorf("a full text with published breaks (counted %v), places (-want +got):\n%s", d.Counted, diff)
	}

	// An excerpt: the place among the paragraphs is not the original's.
	excerpt := strings.Replace(full, "extent: full\n", "extent: excerpt\nexcerpt: three paragraphs.\n", 1)
	if d, err = buildText(t, "Full2020.txt", excerpt); err != nil {
		t.Fatal(err)
	}
	want = []placeSummary{
		{"", placeHeading, "FULL"},
		{"", placeParagraph, "We note that the Group of Experts met twice."},
		{"", placeParagraph, "We note that the Group of Experts met in Geneva."},
	}
	if diff := cmp.Diff(want, places(d)); diff != "" || d.Counted {
		t.Errorf("an excerpt, places (-want +got):\n%s", diff)
	}

	// A full text with an inferred break: not counted either.
	inferred := strings.Replace(full, "heading: \"FULL\"\n", "heading: \"FULL\"\nbreak: \"met twice\"\n  status: inferred\n  why: A guess.\n", 1)
	inferred = strings.Replace(inferred, "Experts met twice.", "Experts met once. They met twice.", 1)
	inferred = strings.Replace(inferred, "break: \"met twice\"", "break: \"They met twice\"", 1)
	if d, err = buildText(t, "Full2020.txt", inferred); err != nil {
		t.Fatal(err)
	}
	want = []placeSummary{
		{"", placeHeading, "FULL"},
		{"", placeParagraph, "We note that the Group of Experts met once."},
		{"", placePassage, "They met twice."},
		{"", placeParagraph, "We note that the Group of Experts met in Geneva."},
	}
	if diff := cmp.Diff(want, places(d)); diff != "" || d.Counted {
		t.Errorf("a full text with an inferred break, places (-want +got):\n%s", diff)
	}

	// A bullet list's labels are supplied; so are reported paragraph
	// numbers.
	d = buildTestdata(t, "Epsilon2023")
	if d.Blocks[1].Place != placeLabel || d.Items[0].LabelInferred {
		t.Errorf("printed paragraph numbers: %+v", d.Blocks[1])
	}
	reported, err := buildText(t, "Epsilon2023.txt", strings.Replace(string(mustRead(t, "testdata/corpus/data/Epsilon2023.txt")), "paragraphs: numbered\n",
		"paragraphs: numbered\n  labels: reported\n  labels-why: A reproduction's lead-in gives the numbers.\n", 1))
	if err != nil {
		t.Fatal(err)
	}
	if b := reported.Blocks[1]; b.Place != placeSupplied || b.LabelNote != "A reproduction's lead-in gives the numbers." || !reported.Items[0].LabelInferred {
		t.Errorf("reported paragraph numbers: %+v, item %+v", b, reported.Items[0])
	}
}

// TestPlaceErrors checks the errors of the keys that say what is not
// observed or not printed, and of paragraphs that cannot be cited by their
// words.
func TestPlaceErrors(t *testing.T) {
	const doc = `id: Err2020
title: Err
short: Err 2020
kind: declaration
extent: excerpt
excerpt: two paragraphs.
url: https://example.org/err
---
We said “this” first.

We said it again.
`
	for _, tt := range []struct{ name, old, new, want string }{
		{"quotation mark", "", "", `data/Err2020.txt:9: paragraph 1 is cited by its opening words, which hold a quotation mark`},
		{"description and title", "title: Err\n", "title: Err\ndescription: An error\n", `data/Err2020.txt:3: "description:" is for a document with no published title, and this one gives "title:" (line 2)`},
		{"neither", "title: Err\n", "", `data/Err2020.txt:7: missing required key "title": add a "title:" line to the header, which ends here`},
		{"unverified and observed", "url: https://example.org/err\n", "url: https://example.org/err\n  observed: a page\n  unverified: no page\n", `data/Err2020.txt:9: "url" is marked unverified and says where it was observed`},
		{"reported labels without why", "extent: excerpt\n", "paragraphs: numbered\n  labels: reported\nextent: excerpt\n", `reported paragraph numbers need "labels-why:"`},
		{"labels of unnumbered paragraphs", "extent: excerpt\n", "paragraphs: unnumbered\n  labels: reported\n  labels-why: x\nextent: excerpt\n", `"labels:" says how paragraph numbers are known, and these paragraphs are unnumbered`},
		{"same words", "We said it again.", "We said “this” first.", `begins with the same words as another`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := doc
			if tt.old != "" || tt.new != "" {
				if !strings.Contains(text, tt.old) {
					t.Fatalf("test setup: %q not in the file", tt.old)
				}
				text = strings.Replace(text, tt.old, tt.new, 1)
			}
			if tt.name == "same words" {
				text = strings.ReplaceAll(text, "“this” ", "")
			}
			_, err := buildText(t, "Err2020.txt", text)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got error %v\nwant %s", err, tt.want)
			}
		})
	}
}
