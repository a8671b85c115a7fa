package declarations_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// TestPartialLists shows how the corpus holds a list it has only in part
// (data/README.md, "Partial lists"): the held items are paragraphs of the
// document, labelled as the source labels them, and the list's kind, size
// and held labels are in Declaration.PartialList; citations of a held item
// name its paragraph, and citations of an item not held fail, saying which
// the corpus holds. The expected values are read off the source files
// (sources/Charter-of-Trust-2018-excerpt.txt: "Our 10 Principles",
// "1.Ownership ...", "2.Responsibility ..."; G7-2018-Charlevoix-Commitment-
// excerpt.txt: one bullet after "commit to:", the others not reachable;
// G7-2016-Fundamental-Elements-excerpt.txt: "Element 1: ...", elements 2-8
// not reachable), not from the generated code.
func TestPartialLists(t *testing.T) {
	for _, tt := range []struct {
		d           declarations.Declaration
		kind        string
		count       int
		inferred    bool
		held        []string // labels
		first, last []string // the opening words of each held item's first and last paragraphs
		cite        []string // citations of the held items, in order
		notHeld     string   // a citation of an item not held
		notHeldMsg  string
	}{
		{
			d: declarations.CharterOfTrust2018, kind: "principle", count: 10,
			held:       []string{"1", "2"},
			first:      []string{"Ownership for cyber and IT security", "Responsibility throughout the digital supply chain"},
			last:       []string{"Anchor the responsibility", "Companies – and if necessary"},
			cite:       []string{"Charter of Trust principle 1", "Charter of Trust, principle 2"},
			notHeld:    "Charter of Trust principle 5",
			notHeldMsg: "the corpus holds principles 1 and 2 of its 10, not principle 5",
		},
		{
			d: declarations.Charlevoix2018, kind: "commitment", inferred: true,
			held:  []string{"1"},
			first: []string{"Respond to foreign threats"},
			last:  []string{"Respond to foreign threats"},
			cite:  []string{"Charlevoix commitment 1"},
			// Not "the Charlevoix Commitment, commitment 2": the grammar
			// reads a unit word of a title ("Commitment") as the title's
			// only before another word of a name.
			notHeld:    "G7 Charlevoix 2018, commitment 2",
			notHeldMsg: "the corpus holds commitment 1 of its commitments, how many is not known, not commitment 2",
		},
		{
			d: declarations.FundamentalElements2016, kind: "element", count: 8,
			held:       []string{"1"},
			first:      []string{"Cybersecurity Strategy and Framework."},
			last:       []string{"The purpose of a cybersecurity strategy"},
			cite:       []string{"G7 Fundamental Elements 2016, element 1"},
			notHeld:    "G7 Fundamental Elements, element 3",
			notHeldMsg: "the corpus holds element 1 of its 8, not element 3",
		},
	} {
		t.Run(string(tt.d.ID()), func(t *testing.T) {
			pl, ok := tt.d.PartialList()
			if !ok || pl.Kind != tt.kind || pl.Unit != tt.kind || pl.Count != tt.count || pl.Inferred != tt.inferred || len(pl.Held) != len(tt.held) {
				t.Fatalf("PartialList() = %+v, %v", pl, ok)
			}
			if pl.Inferred == (pl.LabelsWhy == "") {
				t.Errorf("Inferred %v, LabelsWhy %q", pl.Inferred, pl.LabelsWhy)
			}
			// The document has no list of norms: nothing in package norms.
			if n := slices.Collect(tt.d.Norms()); len(n) != 0 {
				t.Errorf("Norms() = %v", n)
			}
			if l, ok := norms.ListOf(string(tt.d.ID())); ok {
				t.Errorf("norms.ListOf(%s) = %v", tt.d.ID(), l)
			}
			for i, h := range pl.Held {
				f := h.First
				if h.Label != tt.held[i] || f.Label() != h.Label || !strings.HasPrefix(f.Text(), tt.first[i]) || !strings.HasPrefix(h.Last.Text(), tt.last[i]) ||
					f.Document() != tt.d || h.Last.Position() < f.Position() {
					t.Errorf("held item %d: %q, first %d %q %q, last %d %q", i, h.Label, f.Position(), f.Label(), f.Text(), h.Last.Position(), h.Last.Text())
				}
				// The paragraph is text labelled by the item, not a list
				// item of package norms.
				if n, ok := f.Norm(); ok || f.Kind() == declarations.Item || f.LabelInferred() != tt.inferred {
					t.Errorf("held item %s: norm %v %v, kind %s, label inferred %v", h.Label, n, ok, f.Kind(), f.LabelInferred())
				}
				// Cited as the source cites it, by the list's unit; the
				// citation and the ID name the paragraph again.
				c := f.Cite(norms.Short)
				want := tt.d.Editorial().Short + ", " + tt.kind + " " + h.Label
				if tt.inferred {
					want = tt.d.Editorial().Short + ", " + tt.kind + " [" + h.Label + "]"
				}
				if c != want {
					t.Errorf("held item %s cites as %q, want %q", h.Label, c, want)
				}
				id := string(tt.d.ID()) + "/" + h.Label
				for _, s := range []string{c, id, tt.cite[i], f.Cite(norms.Formal)} {
					d, p, err := declarations.Parse(s)
					if err != nil || d != tt.d || p != f {
						t.Errorf("Parse(%q) = %v, %d, %v; want %s, paragraph %d", s, d.ID(), p.Position(), err, tt.d.ID(), f.Position())
					}
				}
				// Not a norm.
				if n, err := norms.Parse(tt.cite[i]); err == nil || !strings.Contains(err.Error(), "package declarations") {
					t.Errorf("norms.Parse(%q) = %v, %v; want an error that points to package declarations", tt.cite[i], n, err)
				}
			}
			if _, _, err := declarations.Parse(tt.notHeld); err == nil || !strings.Contains(err.Error(), tt.notHeldMsg) {
				t.Errorf("Parse(%q) = %v; want an error saying %q", tt.notHeld, err, tt.notHeldMsg)
			}
		})
	}
	// A held item's label is not a paragraph number.
	if _, _, err := declarations.Parse("Charter of Trust, para. 1"); err == nil || !strings.Contains(err.Error(), `cited as "Charter of Trust, principle 1"`) {
		t.Errorf(`Parse("Charter of Trust, para. 1"): %v`, err)
	}
	// The list is not named whole: the corpus has two of its ten principles.
	for _, s := range []string{"Charter of Trust principles 1 to 10", "the ten principles of the Charter of Trust"} {
		if _, _, err := declarations.Parse(s); err == nil {
			t.Errorf("Parse(%q) succeeded", s)
		}
	}
}

// TestPartialListsAreNotLists checks that a program that iterates over the
// lists of package norms, or over every norm, cannot take a list the corpus
// holds in part for a whole one: no such list is among them, every list
// there is an array of the length its document's list has, and no norm
// belongs to a document with a partial list.
func TestPartialListsAreNotLists(t *testing.T) {
	partial := map[string]bool{}
	for d := range declarations.All() {
		if _, ok := d.PartialList(); ok {
			partial[string(d.ID())] = true
			if d.Provenance().Extent != declarations.Excerpt {
				t.Errorf("%s holds a list in part and is not an excerpt", d.ID())
			}
		}
	}
	if want := []string{"Charlevoix2018", "CharterOfTrust2018", "FundamentalElements2016"}; !slices.Equal(slices.Sorted(mapsKeys(partial)), want) {
		t.Errorf("documents with a partial list: %v, want %v", slices.Sorted(mapsKeys(partial)), want)
	}
	for l := range norms.Lists() {
		if partial[l.Document()] {
			t.Errorf("norms.Lists() yields %s, a list the corpus holds in part", l.Document())
		}
		d, _ := declarations.Lookup(declarations.ID(l.Document()))
		if n := len(slices.Collect(d.Norms())); n != l.Len() {
			t.Errorf("%s: the list has %d items, the document lists %d", l.Document(), l.Len(), n)
		}
		if _, ok := d.PartialList(); ok {
			t.Errorf("%s has a whole list and a partial one", l.Document())
		}
	}
	for n := range norms.All() {
		if partial[n.Document()] {
			t.Errorf("norms.All() yields %s", n.ID())
		}
	}
	// The GCSC's Call states one norm, which the corpus holds: a whole list,
	// an array of one.
	if len(norms.GCSC2017) != 1 || norms.GCSC2017[0].ID() != "GCSC2017/1" {
		t.Errorf("norms.GCSC2017 = %v", norms.GCSC2017)
	}
}

func mapsKeys(m map[string]bool) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}
