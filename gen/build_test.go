package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// buildTestdata builds one file of the fictional test corpus.
func buildTestdata(t *testing.T, name string) *document {
	t.Helper()
	return buildFile(t, filepath.Join("testdata", "corpus", "data"), name)
}

// buildFile parses and builds the data file dir/name.txt, named as the
// generator names it, data/name.txt.
func buildFile(t *testing.T, dir, name string) *document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := parseFile("data/"+name+".txt", data)
	if err != nil {
		t.Fatal(err)
	}
	d, err := buildDocument(f)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// blockSummary is what the derivation tests compare of a block.
type blockSummary struct {
	Label, Kind, Text, Break, Norm string
	Line                           int
}

func summarize(d *document) []blockSummary {
	var s []blockSummary
	for _, b := range d.Blocks {
		s = append(s, blockSummary{b.Label, b.Kind, b.Text, b.Break, b.Norm, b.Line})
	}
	return s
}

func TestDeriveLettered(t *testing.T) {
	d := buildTestdata(t, "Alpha2020")
	want := []blockSummary{
		{"", "heading", "II. Norms", "published", "", 30},
		{"5(a)", "item", "States should cooperate.", "published", "Alpha2020/5a", 34},
		{"5(b)", "item", "States should protect infrastructure, taking into account resolution 1/1.", "published", "Alpha2020/5b", 36},
		{"5(c)", "item", "States should report vulnerabilities;", "published", "Alpha2020/5c", 38},
	}
	if diff := cmp.Diff(want, summarize(d)); diff != "" {
		t.Errorf("blocks (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"The final marks are unverified.", "The source marks a gap in the text here: 5. chapeau not obtained."}, d.Notes); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
	if d.Links[0].Paragraph != 3 {
		t.Errorf("link located at paragraph %d, want 3", d.Links[0].Paragraph)
	}
}

func TestDeriveDashWithCorrection(t *testing.T) {
	d := buildTestdata(t, "Beta2021")
	want := []blockSummary{
		{"", "heading", "BETA DECLARATION", "published", "", 26},
		{"", "text", "We restate the norms articulated in the Alpha report:", "published", "", 28},
		{"1", "item", "States should cooperate;", "published", "Beta2021/1", 30},
		{"2", "item", "States should protect infrastructure, taking into account resolution 1/1;", "published", "Beta2021/2", 31},
		{"3", "item", "States should report vulnerabilities.", "published", "Beta2021/3", 32},
	}
	if diff := cmp.Diff(want, summarize(d)); diff != "" {
		t.Errorf("blocks (-want +got):\n%s", diff)
	}
	if got := d.Items[1].Restates; got != "Alpha2020/5b" {
		t.Errorf("item 2 restates %q, want Alpha2020/5b", got)
	}
	// Item 2's text exists only through the correction.
	it := d.Items[1]
	if strings.Contains(d.Raw, "- 2. ") || !d.touchesCorrection(it.Start-len("- 2. "), it.Start+len(it.Text)) {
		t.Errorf("item 2 should come from the correction")
	}
}

func TestDeriveRunIn(t *testing.T) {
	d := buildTestdata(t, "Delta2022")
	want := []blockSummary{
		{"", "text", "We meet in Delta.", "published", "", 24},
		{"", "text", "We also commit to peace.", "published", "", 24},
		{"", "text", "As members we commit to:", "inferred", "", 24},
		{"1", "item", "Share information;", "inferred", "Delta2022/1", 24},
		{"2", "item", "Help others.", "inferred", "Delta2022/2", 24},
	}
	if diff := cmp.Diff(want, summarize(d)); diff != "" {
		t.Errorf("blocks (-want +got):\n%s", diff)
	}
	if d.Blocks[2].Note != "The list begins here." {
		t.Errorf("inferred break note = %q", d.Blocks[2].Note)
	}
}

func TestDeriveNumberedSentence(t *testing.T) {
	d := buildTestdata(t, "Epsilon2023")
	want := []blockSummary{
		{"6", "text", "We meet.", "published", "", 19},
		{"7", "text", "We agree that no state should steal secrets.", "published", "Epsilon2023/7", 21},
	}
	if diff := cmp.Diff(want, summarize(d)); diff != "" {
		t.Errorf("blocks (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]item{{ID: "Epsilon2023/7", Label: "7", Text: "no state should steal secrets.", Kind: "norm", Title: "No theft of secrets", Block: 1, Line: 21, DeclLine: 16}},
		d.Items, cmpopts.IgnoreFields(item{}, "Start")); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
}

func TestDeriveMetadataOnly(t *testing.T) {
	d := buildTestdata(t, "Gamma2019")
	if len(d.Blocks) != 0 || d.Extent != "metadata-only" || d.EditorialNote != "A fictional resolution." {
		t.Errorf("got %d blocks, extent %q, note %q", len(d.Blocks), d.Extent, d.EditorialNote)
	}
	if diff := cmp.Diff(date{Year: 2019}, d.Date); diff != "" {
		t.Errorf("date (-want +got):\n%s", diff)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want date
		err  string
	}{
		{"2017", date{2017, 0, 0}, ""},
		{"2017-04", date{2017, 4, 0}, ""},
		{"2017-04-11", date{2017, 4, 11}, ""},
		{"2016-02-29", date{2016, 2, 29}, ""},
		{"2017-02-29", date{}, `date "2017-02-29": no day 29 in that month`},
		{"2017-13", date{}, `date "2017-13": no month 13`},
		{"2017-4-11", date{}, `date "2017-4-11" is not YYYY, YYYY-MM or YYYY-MM-DD`},
		{"11 April 2017", date{}, `date "11 April 2017" is not YYYY, YYYY-MM or YYYY-MM-DD`},
		{"2017-04-11-01", date{}, `date "2017-04-11-01" is not YYYY, YYYY-MM or YYYY-MM-DD`},
	}
	for _, tt := range tests {
		got, err := parseDate(tt.in)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("parseDate(%q) error = %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("parseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestLocalID(t *testing.T) {
	for label, want := range map[string]string{"13(f)": "13f", "6": "6", "13 (F)": "13f", "26": "26"} {
		if got := localID(label); got != want {
			t.Errorf("localID(%q) = %q, want %q", label, got, want)
		}
	}
}

func TestRawOffsetAndLines(t *testing.T) {
	d := buildTestdata(t, "Beta2021")
	// Every block's recorded line holds the start of its text in the data
	// file, allowing for the correction that restored "2. ".
	data, err := os.ReadFile(filepath.Join("testdata", "corpus", "data", "Beta2021.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	for _, b := range d.Blocks {
		words := strings.Fields(b.Text)
		if !strings.Contains(lines[b.Line-1], words[len(words)-1]) {
			t.Errorf("block %q: line %d is %q", b.Text, b.Line, lines[b.Line-1])
		}
	}
}
