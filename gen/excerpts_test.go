package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Seven documents held as excerpts from single source files: each data file is
// checked against the structure its source file shows, worked out here from
// the source (its paragraphs, lines and labels), and against the facts its
// source's header gives.

// sourceBody returns the text of a source file after its header's "---"
// line, or skips the test when the source collection is not at hand.
func sourceBody(t *testing.T, name string) (header, body string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(sourcesDir(t), "sources", name))
	if err != nil {
		t.Fatal(err)
	}
	header, body, ok := strings.Cut(string(data), "\n---\n")
	if !ok {
		t.Fatalf("%s has no header line ---", name)
	}
	return header, body
}

func TestExcerpts(t *testing.T) {
	for _, tt := range []struct {
		id, source string
		// blocks are the source's paragraphs, as the data file must hold
		// them: the source's blank-line paragraphs, or its lines (lines),
		// less those it omits, split where breaks are declared.
		lines   bool
		omit    string
		splitAt []string
		// labels are the blocks' labels, in order ("" for none), after
		// the list's marker or number is taken off.
		labels []string
		date   date
		symbol string
	}{
		{id: "IseShima2016", source: "G7-2016-Principles-and-Actions-on-Cyber-excerpt.txt", lines: true, date: date{2016, 5, 27}},
		{id: "Charlevoix2018", source: "G7-2018-Charlevoix-Commitment-excerpt.txt", labels: []string{"", "", "", "", "1"}, date: date{2018, 6, 9}},
		{id: "GCSC2017", source: "GCSC-2017-Call-to-Protect-the-Public-Core-excerpt.txt", omit: "CALL TO PROTECT THE PUBLIC CORE OF THE",
			splitAt: []string{"Without prejudice"}, labels: []string{"", "", "", "", "", "", "1"}, date: date{2017, 11, 0}},
		{id: "CharterOfTrust2018", source: "Charter-of-Trust-2018-excerpt.txt", splitAt: []string{"Cybersecurity is and"},
			labels: []string{"", "", "", "1", "", "2", ""}, date: date{2018, 2, 0}},
		{id: "ASEAN2018", source: "ASEAN-2018-Leaders-Statement-excerpt.txt", date: date{2018, 4, 0}},
		{id: "OEWG2021", source: "OEWG-2021-Final-Report-CRP2-paras1-3.txt", labels: []string{"", "", "1", "2", "3"}, date: date{2021, 3, 10}, symbol: "A/AC.290/2021/CRP.2"},
		{id: "FundamentalElements2016", source: "G7-2016-Fundamental-Elements-excerpt.txt", labels: []string{"", "", "", "1", "", ""}, date: date{2016, 10, 11}},
	} {
		t.Run(tt.id, func(t *testing.T) {
			header, body := sourceBody(t, tt.source)
			d := buildData(t, tt.id)
			if d.Extent != "excerpt" || d.Excerpt == "" {
				t.Errorf("extent %q, excerpt %q", d.Extent, d.Excerpt)
			}
			if !slices.ContainsFunc(d.Sources, func(s source) bool { return s.Path == "sources/"+tt.source }) {
				t.Errorf("the data file does not name sources/%s", tt.source)
			}
			var want []string
			if tt.lines {
				want = sourceLines(body)
			} else {
				want = rawBlocks(body)
			}
			want = slices.DeleteFunc(want, func(s string) bool { return s == tt.omit })
			for _, at := range tt.splitAt {
				for i, b := range want {
					if k := strings.Index(b, at); k > 0 {
						want = slices.Insert(want, i+1, b[k:])
						want[i] = strings.TrimRight(b[:k], " \n")
						break
					}
				}
			}
			if len(d.Blocks) != len(want) {
				t.Fatalf("%d paragraphs, the source shows %d", len(d.Blocks), len(want))
			}
			for i, blk := range d.Blocks {
				label := ""
				if tt.labels != nil {
					label = tt.labels[i]
				}
				// The block is the source's paragraph, its label or marker
				// taken off, and any recorded correction of debris applied
				// (a footnote number dropped, a lost space restored).
				src := want[i]
				for _, c := range d.Corrections {
					src = strings.Replace(src, c.From, c.To, 1)
				}
				if blk.Label != label || !strings.HasSuffix(src, blk.Text) || len(src)-len(blk.Text) > len("Element 1: ") {
					t.Errorf("paragraph %d: label %q, text %q; the source shows %q, label %q", i+1, blk.Label, abbreviate(blk.Text, 60), abbreviate(src, 60), label)
				}
			}
			if d.Date != tt.date || d.Symbol != tt.symbol {
				t.Errorf("date %v, symbol %q; want %v, %q", d.Date, d.Symbol, tt.date, tt.symbol)
			}
			// The copy the text was read from, as the header names it,
			// is named in the provenance.
			where := strings.Fields(strings.TrimPrefix(strings.SplitN(header, "\n", 3)[1], "Where read: URL "))[0]
			if !strings.Contains(d.ReadFrom, where) && d.URL != where {
				t.Errorf("the provenance does not name the copy read, %s", where)
			}
			// A text read in one copy only says so.
			if strings.Contains(header, "Verified: NO second") || strings.Contains(header, "single-copy") {
				single := false
				for _, n := range d.Notes {
					single = single || strings.Contains(n, "one copy only")
				}
				if !single {
					t.Errorf("the header says the text (or part of it) is single-copy; no note says so")
				}
			}
		})
	}
}

// TestGCSCNormAgainstTheCommission checks the norm of the GCSC's Call
// against the second copy its source's header quotes: the Commission's own
// site, "The norm states: '...'".
func TestGCSCNormAgainstTheCommission(t *testing.T) {
	header, _ := sourceBody(t, "GCSC-2017-Call-to-Protect-the-Public-Core-excerpt.txt")
	_, quote, ok := strings.Cut(header, "The norm states: '")
	if !ok {
		t.Fatal("the header quotes no norm")
	}
	quote, _, _ = strings.Cut(quote, "'")
	d := buildData(t, "GCSC2017")
	if len(d.Items) != 1 || d.Items[0].Text != quote || d.Items[0].ID != "GCSC2017/1" {
		t.Errorf("the norm is %v; the Commission's site reads %q", d.Items, quote)
	}
}
