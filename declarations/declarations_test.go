package declarations_test

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// docs are every document, by the name of its variable.
var docs = map[string]declarations.Declaration{
	"ASEAN2018":               declarations.ASEAN2018,
	"Budapest2001":            declarations.Budapest2001,
	"Charlevoix2018":          declarations.Charlevoix2018,
	"CharterOfTrust2018":      declarations.CharterOfTrust2018,
	"Dinard2019":              declarations.Dinard2019,
	"FundamentalElements2016": declarations.FundamentalElements2016,
	"G20Antalya2015":          declarations.G20Antalya2015,
	"GCSC2017":                declarations.GCSC2017,
	"GA58_199":                declarations.GA58_199,
	"GA68_167":                declarations.GA68_167,
	"GA69_166":                declarations.GA69_166,
	"GA70_237":                declarations.GA70_237,
	"HRC20_8":                 declarations.HRC20_8,
	"HRC26_13":                declarations.HRC26_13,
	"IseShima2016":            declarations.IseShima2016,
	"Lucca2017":               declarations.Lucca2017,
	"Lucca2017Communique":     declarations.Lucca2017Communique,
	"OEWG2021":                declarations.OEWG2021,
	"Paris2019":               declarations.Paris2019,
	"ParisCall2018":           declarations.ParisCall2018,
	"Taormina2017":            declarations.Taormina2017,
	"Toronto2018":             declarations.Toronto2018,
	"UNGGE2010":               declarations.UNGGE2010,
	"UNGGE2013":               declarations.UNGGE2013,
	"UNGGE2015":               declarations.UNGGE2015,
}

func TestIDsAndLookup(t *testing.T) {
	for name, d := range docs {
		if string(d.ID()) != name {
			t.Errorf("variable %s holds document %q", name, d.ID())
		}
		if got, ok := declarations.Lookup(d.ID()); !ok || got != d {
			t.Errorf("Lookup(%q) = %v, %v; want %v", d.ID(), got, ok, d)
		}
		if d.Title() == "" || d.Editorial().Short == "" || d.Kind().String() == "" || d.Provenance().Extent == 0 {
			t.Errorf("%s lacks a title, short name, kind or extent: %+v", name, d)
		}
	}
	for _, id := range []declarations.ID{"", "lucca2017", "Lucca2018", "UNGGE2015/13f"} {
		if d, ok := declarations.Lookup(id); ok || !d.IsZero() {
			t.Errorf("Lookup(%q) found %v", id, d)
		}
	}
	if allocs := testing.AllocsPerRun(100, func() { docSink, _ = declarations.Lookup("UNGGE2015") }); allocs != 0 {
		t.Errorf("Lookup allocates %v times per call, want 0", allocs)
	}
}

// dataBody reads a document's data file, checks it against the recorded
// SHA-256, and returns its body with the recorded corrections applied.
func dataBody(t *testing.T, d declarations.Declaration) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", filepath.FromSlash(d.Provenance().DataFile)))
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	if got := hex.EncodeToString(sum[:]); got != d.Provenance().SHA256 {
		t.Errorf("%s: the data file's SHA-256 is %s, the provenance says %s", d.ID(), got, d.Provenance().SHA256)
	}
	_, body, ok := strings.Cut(string(data), "\n---\n")
	if !ok {
		return ""
	}
	for _, c := range d.Provenance().Corrections {
		if strings.Count(body, c.Original) != 1 {
			t.Errorf("%s: correction of %q does not apply once", d.ID(), c.Original)
		}
		body = strings.Replace(body, c.Original, c.Corrected, 1)
	}
	return body
}

// TestFidelity checks every text of every document against its data file:
// each paragraph and each norm is a verbatim run of the file's body, after
// the corrections the provenance records.
func TestFidelity(t *testing.T) {
	for name, d := range docs {
		body := dataBody(t, d)
		if (body == "") != (d.Provenance().Extent == declarations.MetadataOnly) {
			t.Errorf("%s: extent %s, but the data file has body %q", name, d.Provenance().Extent, body)
		}
		if d.Provenance().Extent == declarations.MetadataOnly && (d.NumParagraphs() > 0 || d.Editorial().Note == "") {
			t.Errorf("%s: metadata only, with %d paragraphs and note %q", name, d.NumParagraphs(), d.Editorial().Note)
		}
		for p := range d.Paragraphs() {
			i := p.Position() - 1
			if p.Text() == "" || !strings.Contains(body, p.Text()) {
				t.Errorf("%s: paragraph %d is not in the data file: %q", name, i+1, p.Text())
			}
			if p.Break() == declarations.Inferred && p.Note() == "" {
				t.Errorf("%s: paragraph %d has an inferred break and no note", name, i+1)
			}
		}
		for n := range d.Norms() {
			if n.IsZero() || !strings.Contains(body, n.Text()) {
				t.Errorf("%s: norm %s is not in the data file", name, n.ID())
			}
		}
	}
}

func TestToronto2018(t *testing.T) {
	d := declarations.Toronto2018
	// The paragraphs as the data file prints them, numbered "N." at the start.
	num := regexp.MustCompile(`(?m)^(\d+)\. ?(.*)$`)
	var want [][2]string
	for _, m := range num.FindAllStringSubmatch(dataBody(t, d), -1) {
		want = append(want, [2]string{m[1], m[2]})
	}
	var got [][2]string
	for p := range d.Paragraphs() {
		got = append(got, [2]string{p.Label(), p.Text()})
	}
	if len(got) != 12 {
		t.Errorf("%d paragraphs, want 12", len(got))
	}
	if !reflect.DeepEqual(want, got) {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
	if d.Date().String() != "23 April 2018" || d.Place() != "Toronto, Canada" || d.Provenance().Extent != declarations.Full {
		t.Errorf("date %s, place %q, extent %s", d.Date(), d.Place(), d.Provenance().Extent)
	}
}

func TestNormLists(t *testing.T) {
	want := map[string]int{"UNGGE2015": 11, "G20Antalya2015": 1, "GCSC2017": 1, "Lucca2017": 12, "Dinard2019": 4, "Paris2019": 16, "ParisCall2018": 9}
	for name, d := range docs {
		listed := slices.Collect(d.Norms())
		if len(listed) != want[name] {
			t.Errorf("%s lists %d norms, want %d", name, len(listed), want[name])
		}
		var inParagraphs []norms.Norm
		for p := range d.Paragraphs() {
			n, ok := p.Norm()
			if ok {
				inParagraphs = append(inParagraphs, n)
			}
			if p.Kind() == declarations.Item && !ok {
				t.Errorf("%s: item %s states no norm", name, p.Label())
			}
		}
		if !slices.Equal(listed, inParagraphs) {
			t.Errorf("%s: Norms() = %v and the paragraphs' norms %v differ", name, listed, inParagraphs)
		}
		for i, n := range listed {
			if n.IsZero() || n.Document() != name || n.List().Norm(i) != n {
				t.Errorf("%s: norm %d, %v, is not item %d of the document's list", name, i+1, n, i+1)
			}
		}
	}
}

func TestLinks(t *testing.T) {
	for name, d := range docs {
		for l := range d.Links() {
			if _, ok := declarations.Lookup(l.Target); !ok {
				t.Errorf("%s %s unknown document %q", name, l.Rel, l.Target)
			}
			switch {
			case l.Paragraph < 0 || l.Paragraph > d.NumParagraphs():
				t.Errorf("%s: link to %s located at paragraph %d of %d", name, l.Target, l.Paragraph, d.NumParagraphs())
			case l.Paragraph == 0 && l.Basis == "":
				t.Errorf("%s: link to %s has neither a paragraph nor a basis", name, l.Target)
			}
		}
	}
	// The links the issue names.
	has := func(d declarations.Declaration, rel declarations.Rel, target declarations.ID) bool {
		for l := range d.Links() {
			if l.Rel == rel && l.Target == target {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		from   declarations.Declaration
		rel    declarations.Rel
		target declarations.ID
	}{
		{declarations.Lucca2017, declarations.Restates, "UNGGE2015"},
		{declarations.Lucca2017, declarations.Restates, "G20Antalya2015"},
		{declarations.Lucca2017, declarations.BuildsOn, "IseShima2016"},
		{declarations.Lucca2017, declarations.Cites, "HRC20_8"},
		{declarations.Toronto2018, declarations.Recalls, "Lucca2017"},
		{declarations.Toronto2018, declarations.Reaffirms, "Budapest2001"},
		{declarations.Dinard2019, declarations.Recalls, "UNGGE2013"},
		{declarations.Taormina2017, declarations.Endorses, "Lucca2017"},
		{declarations.UNGGE2015, declarations.Cites, "GA58_199"},
	} {
		if !has(c.from, c.rel, c.target) {
			t.Errorf("%s does not record that it %s %s", c.from.ID(), c.rel, c.target)
		}
	}
}

func TestMetadataOnlyDocuments(t *testing.T) {
	var got []string
	for name, d := range docs {
		if d.Provenance().Extent == declarations.MetadataOnly {
			got = append(got, name)
		}
	}
	want := []string{"Budapest2001", "GA58_199", "GA68_167", "GA69_166", "GA70_237", "HRC20_8", "HRC26_13", "Lucca2017Communique", "Taormina2017", "UNGGE2010", "UNGGE2013"}
	slices.Sort(got)
	if !slices.Equal(want, got) {
		t.Errorf("metadata-only documents = %q, want %q", got, want)
	}
}

func TestDate(t *testing.T) {
	tests := []struct {
		d    declarations.Date
		want string
	}{
		{declarations.Date{}, ""},
		{declarations.Date{Year: 2001}, "2001"},
		{declarations.Date{Year: 2017, Month: time.May}, "May 2017"},
		{declarations.Date{Year: 2017, Month: time.April, Day: 11}, "11 April 2017"},
		{declarations.Date{Year: 2017, Month: time.December, Day: 31}, "31 December 2017"},
		{declarations.Date{Year: 2017, Month: 13, Day: 1}, "1 Month(13) 2017"},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.d, got, tt.want)
		}
		if tt.d.IsZero() != (tt.want == "") {
			t.Errorf("%#v.IsZero() = %v", tt.d, tt.d.IsZero())
		}
	}
	if got := declarations.Lucca2017.Date(); got != (declarations.Date{Year: 2017, Month: time.April, Day: 11}) {
		t.Errorf("Lucca2017.Date = %v", got)
	}
}

func TestEnumStrings(t *testing.T) {
	got := []string{
		declarations.KindChairsReport.String(), declarations.Kind(0).String(),
		declarations.Excerpt.String(), declarations.Extent(9).String(),
		declarations.Heading.String(), declarations.ParagraphKind(9).String(),
		declarations.Inferred.String(), declarations.Break(9).String(),
		declarations.BuildsOn.String(), declarations.Rel(0).String(),
		declarations.Lucca2017.String(), (declarations.Declaration{}).String(),
	}
	want := []string{
		"chair's report", "Kind(0)",
		"excerpt", "Extent(9)",
		"heading", "ParagraphKind(9)",
		"inferred", "Break(9)",
		"builds on", "Rel(0)",
		"G7 Lucca 2017", "",
	}
	if !slices.Equal(want, got) {
		t.Errorf("strings = %q, want %q", got, want)
	}
}
