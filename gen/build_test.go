package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms/internal/cite"
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

// TestLocalID holds the labels' local IDs the generator relies on: it builds
// item IDs with cite.LocalID, the runtime's own function.
func TestLocalID(t *testing.T) {
	for label, want := range map[string]string{"13(f)": "13f", "6": "6", "13 (F)": "13f", "26": "26"} {
		if got := cite.LocalID(label); got != want {
			t.Errorf("cite.LocalID(%q) = %q, want %q", label, got, want)
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

// buildText parses and builds a data file given as text, named data/name.
func buildText(t *testing.T, name, text string) (*document, error) {
	t.Helper()
	f, err := parseFile("data/"+name, []byte(text))
	if err != nil {
		return nil, err
	}
	return buildDocument(f)
}

// A metadata-only resolution with every bibliographic fact key.
const resolutionFacts = `id: GA58_199
title: Creation of a culture
  observed: https://example.org/a "58/199. Creation of a culture"
short: Res 58/199
kind: resolution
body: Assembly
author-note: Adopted on the report of a committee.
symbol: A/RES/58/199
  observed: https://example.org/a "A/RES/58/199"
alt-symbol: A/res/58/199
number: 58/199
session: Fifty-eighth session
agenda: Agenda item 91 (b)
date: 2003-12-23
distributed: 2004-01-30
reissued: 2004-02
extent: metadata-only
`

func TestFactKeys(t *testing.T) {
	d, err := buildText(t, "GA58_199.txt", resolutionFacts)
	if err != nil {
		t.Fatal(err)
	}
	got := []any{d.Lang, d.Number, d.Session, d.Agenda, d.AltSymbols, d.Distributed, d.Reissued, d.AuthorNote, d.Observed}
	want := []any{"en", "58/199", "Fifty-eighth session", "Agenda item 91 (b)", []string{"A/res/58/199"},
		date{2004, 1, 30}, date{2004, 2, 0}, "Adopted on the report of a committee.",
		[]observation{
			{Key: "title", Value: "Creation of a culture", Where: `https://example.org/a "58/199. Creation of a culture"`, Line: 3},
			{Key: "symbol", Value: "A/RES/58/199", Where: `https://example.org/a "A/RES/58/199"`, Line: 9},
		}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("facts (-want +got):\n%s", diff)
	}

	treaty := `id: Budapest2001
title: Convention on Cybercrime
short: Budapest Convention
kind: convention
series: European Treaty Series
number: 185
opened: 2001-11-23
in-force: 2004-07-01
extent: metadata-only
`
	d, err = buildText(t, "Budapest2001.txt", treaty)
	if err != nil {
		t.Fatal(err)
	}
	if d.Series != "European Treaty Series" || d.Number != "185" || d.Opened != (date{2001, 11, 23}) || d.InForce != (date{2004, 7, 1}) {
		t.Errorf("treaty facts: %q %q %v %v", d.Series, d.Number, d.Opened, d.InForce)
	}
}

func TestFactErrors(t *testing.T) {
	tests := []struct{ name, old, new, want string }{
		{"number not in symbol", "number: 58/199", "number: 58/198",
			`data/GA58_199.txt:11: number "58/198" does not end the symbol "A/RES/58/199"`},
		{"number not the ID's", "symbol: A/RES/58/199\n", "symbol: A/RES/58/198\n",
			`data/GA58_199.txt:11: number "58/199" does not end the symbol "A/RES/58/198"`},
		{"bad number", "number: 58/199", "number: 58-199",
			`data/GA58_199.txt:11: number "58-199" is not a number in a series, such as 185 or 58/199`},
		{"series without number", "number: 58/199", "series: United Nations",
			`data/GA58_199.txt:11: a series needs the document's "number:" in it`},
		{"opened for a resolution", "reissued: 2004-02", "opened: 2004-02",
			`data/GA58_199.txt:16: "opened" is a fact of a convention, and this document is a resolution`},
		{"distributed before the date", "distributed: 2004-01-30", "distributed: 2003-12-22",
			`data/GA58_199.txt:15: distributed 2003-12-22 is before the document's date 2003-12-23`},
		{"alt-symbol repeats the symbol", "alt-symbol: A/res/58/199", "alt-symbol: A/RES/58/199",
			`data/GA58_199.txt:10: alt-symbol "A/RES/58/199" repeats the symbol`},
		{"author note without body", "body: Assembly\n", "",
			`data/GA58_199.txt:6: "author-note:" describes the corporate author, and there is no "body:"`},
		{"bad language tag", "id: GA58_199\n", "id: GA58_199\nlang: French\n",
			`data/GA58_199.txt:2: lang "French" is not a BCP 47 language tag such as en, fr, zh-Hans`},
		{"bad fact date", "reissued: 2004-02", "reissued: 2004-13",
			`data/GA58_199.txt:16: reissued: date "2004-13": no month 13`},
		{"unknown attribute", "session: Fifty-eighth session", "session: Fifty-eighth session\n  seen: somewhere",
			`data/GA58_199.txt:13: unknown attribute "seen" of "session"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(resolutionFacts, tt.old) {
				t.Fatalf("test setup: %q not in the file", tt.old)
			}
			_, err := buildText(t, "GA58_199.txt", strings.Replace(resolutionFacts, tt.old, tt.new, 1))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got error %v\nwant %s", err, tt.want)
			}
		})
	}
}

func TestFactDatesInOrder(t *testing.T) {
	treaty := "id: T2001\ntitle: T\nshort: T\nkind: convention\nopened: 2001-11-23\nin-force: 2001-07-01\nextent: metadata-only\n"
	_, err := buildText(t, "T2001.txt", treaty)
	if want := `data/T2001.txt:6: entry into force 2001-07-01 is before the opening for signature 2001-11-23`; err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

// A call with a bullet list, a line-continued paragraph broken by a
// declared break, an omitted logo line and a dateline.
const bulletCall = `id: Call2018
title: Call for Trust
short: Call
kind: declaration
date: 2018-11-12
extent: full
omitted: "![logo](/logo.png)"
  why: The logo is not text.
heading: "Paris, 12 November 2018"
break: "To that end, we"
  status: inferred
  why: The French separates the paragraphs.
list: principle
  style: bullet
  count: 2
  labels: inferred
  labels-why: The source prints bullets; the corpus numbers them.
item: 1
  title: Prevent harm
item: 2
  title: Protect the core
---
We recognize the need.
To that end, we affirm our will to:

- Prevent harm;
- Protect the core.

Paris, 12 November 2018
`

func TestDeriveBullet(t *testing.T) {
	d, err := buildText(t, "Call2018.txt", bulletCall)
	if err != nil {
		t.Fatal(err)
	}
	want := []blockSummary{
		{"", "text", "We recognize the need.", "published", "", 23},
		{"", "text", "To that end, we affirm our will to:", "inferred", "", 24},
		{"1", "item", "Prevent harm;", "published", "Call2018/1", 26},
		{"2", "item", "Protect the core.", "published", "Call2018/2", 27},
		{"", "heading", "Paris, 12 November 2018", "published", "", 29},
	}
	if diff := cmp.Diff(want, summarize(d)); diff != "" {
		t.Errorf("blocks (-want +got):\n%s", diff)
	}
	if d.Blocks[1].Note != "The French separates the paragraphs." {
		t.Errorf("break note = %q", d.Blocks[1].Note)
	}
	for _, it := range d.Items {
		if !it.LabelInferred || it.Kind != "principle" {
			t.Errorf("item %s: inferred %v, kind %s", it.Label, it.LabelInferred, it.Kind)
		}
	}
	if d.List.Unit != "principle" || d.List.Labels != "inferred" || d.List.LabelsWhy == "" {
		t.Errorf("list: unit %q, labels %q, why %q", d.List.Unit, d.List.Labels, d.List.LabelsWhy)
	}
	if diff := cmp.Diff([]omission{{Text: "![logo](/logo.png)", Why: "The logo is not text.", Line: 7}}, d.Omitted); diff != "" {
		t.Errorf("omitted (-want +got):\n%s", diff)
	}
	// A published break may also be declared at the start of such a line.
	d, err = buildText(t, "Call2018.txt", strings.Replace(bulletCall, "  status: inferred\n  why: The French separates the paragraphs.\n", "  status: published\n", 1))
	if err != nil || d.Blocks[1].Break != "published" {
		t.Errorf("published line break: %v", err)
	}
}

func TestBulletErrors(t *testing.T) {
	tests := []struct{ name, old, new, want string }{
		{"no declared break", "break: \"To that end, we\"\n  status: inferred\n  why: The French separates the paragraphs.\n", "",
			`data/Call2018.txt:21: this line continues the paragraph of line 20`},
		{"labels not declared", "  labels: inferred\n  labels-why: The source prints bullets; the corpus numbers them.\n", "",
			`data/Call2018.txt:13: the items of a bullet list carry no label: declare "labels: inferred", with "labels-why:"`},
		{"inferred labels without why", "  labels-why: The source prints bullets; the corpus numbers them.\n", "",
			`data/Call2018.txt:13: inferred labels need "labels-why:" saying how the items are numbered`},
		{"inferred labels on a dash list", "style: bullet", "style: dash",
			`data/Call2018.txt:13: a list of style dash prints its labels; "labels: inferred" is for styles bullet and paragraph`},
		{"numbered bullet", "- Protect the core.", "- 2. Protect the core.",
			`data/Call2018.txt:27: this bullet item prints a number ("- 2. Protect the cor…"): the list is of style dash, with printed labels`},
		{"omitted text in the body", `omitted: "![logo](/logo.png)"`, `omitted: "Prevent harm"`,
			`data/Call2018.txt:7: omitted: "Prevent harm" is in the body; an omission records source text the body leaves out`},
		{"takes-up without shared words", "  title: Prevent harm\n", "  title: Prevent harm\n  takes-up: X/1\n",
			`data/Call2018.txt:18: item 1 takes up X/1: say which words the two share ("shared:") and how they differ ("differs:")`},
		{"restates and takes up", "  title: Prevent harm\n", "  title: Prevent harm\n  takes-up: X/1\n  restates: X/1\n",
			`data/Call2018.txt:18: item 1 both restates and takes up a norm`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(bulletCall, tt.old) {
				t.Fatalf("test setup: %q not in the file", tt.old)
			}
			_, err := buildText(t, "Call2018.txt", strings.Replace(bulletCall, tt.old, tt.new, 1))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got error %v\nwant %s", err, tt.want)
			}
		})
	}
}

// bulletCallFr is a French version of bulletCall.
const bulletCallFr = `id: Call2018
lang: fr
title: Appel pour la confiance
date: 2018-11-12
extent: full
heading: "Paris, le 12 novembre 2018"
list: principle
  style: bullet
  count: 2
  unit: principe
  labels: inferred
  labels-why: La source imprime des puces.
---
Nous reconnaissons le besoin.

À cet effet, nous affirmons :

- d’empêcher le mal ;
- de protéger le cœur.

Paris, le 12 novembre 2018
`

// versionCorpus builds the two files and groups them into a corpus.
func versionCorpus(t *testing.T, en, fr string) (*corpus, error) {
	t.Helper()
	p, err := buildText(t, "Call2018.txt", en)
	if err != nil {
		t.Fatal(err)
	}
	v, err := buildText(t, "Call2018.fr.txt", fr)
	if err != nil {
		return nil, err
	}
	c, err := newCorpus([]*document{v, p})
	if err != nil {
		return nil, err
	}
	return c, c.validate()
}

func TestVersions(t *testing.T) {
	c, err := versionCorpus(t, bulletCall, bulletCallFr)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Docs) != 1 {
		t.Fatalf("%d documents, want the primary only", len(c.Docs))
	}
	p := c.Docs[0]
	if len(p.Versions) != 1 {
		t.Fatalf("%d versions, want 1", len(p.Versions))
	}
	v := p.Versions[0]
	if p.Lang != "en" || v.Lang != "fr" || !v.Version || v.Primary != p || p.Primary != nil {
		t.Errorf("langs %q %q, version %v, primary %p (want %p)", p.Lang, v.Lang, v.Version, v.Primary, p)
	}
	if v.Kind != "declaration" || v.Short != "Call" || v.List.Unit != "principe" {
		t.Errorf("kind %q, short %q, unit %q", v.Kind, v.Short, v.List.Unit)
	}
	for i, it := range v.Items {
		if it.ID != p.Items[i].ID || it.Title != p.Items[i].Title || !it.LabelInferred {
			t.Errorf("item %d: %s %q, want %s %q", i, it.ID, it.Title, p.Items[i].ID, p.Items[i].Title)
		}
	}
	if c.items["Call2018/1"] != &p.Items[0] {
		t.Errorf("the corpus's norm table should hold the primary's items")
	}
}

func TestVersionErrors(t *testing.T) {
	tests := []struct{ name, old, new, want string }{
		{"file name and lang differ", "lang: fr", "lang: de",
			`data/Call2018.fr.txt:1: id "Call2018" and lang "de" do not match the file name of a language version: the file must be data/Call2018.de.txt`},
		{"no lang", "lang: fr\n", "",
			`data/Call2018.fr.txt:12: missing key "lang:": a language version data/Call2018.fr.txt names its language tag ("fr") in the header too, which ends here`},
		{"the document's keys", "extent: full\n", "extent: full\nkind: declaration\nlink: cites X\n  at: \"cœur\"\n",
			`data/Call2018.fr.txt:6: "kind" belongs to the document, not to one language version: give it in data/Call2018.txt`},
		{"another date", "date: 2018-11-12", "date: 2018-11-13",
			`data/Call2018.fr.txt:4: date 2018-11-13 differs from the date 2018-11-12 of data/Call2018.txt: the versions are one document`},
		{"another list length", "  count: 2", "  count: 1",
			`data/Call2018.fr.txt:7: the list declares count 1, but the text has 2 items`},
		{"one item fewer", "- de protéger le cœur.\n", "", `data/Call2018.fr.txt:7: the list declares count 2, but the text has 1 items`},
		{"another list", "list: principle", "list: commitment",
			`data/Call2018.fr.txt:7: list commitment (labels inferred) differs from the list principle (labels inferred) of data/Call2018.txt`},
		{"another paragraph structure", "Nous reconnaissons le besoin.\n\n", "",
			`data/Call2018.fr.txt:16: 4 paragraphs, but data/Call2018.txt has 5: language versions share their paragraph structure (declare the breaks one text lacks); the first to differ is paragraph 2, here an item labelled "1", in data/Call2018.txt (line 24) a text labelled ""`},
		{"a paragraph for an item", "- d’empêcher le mal ;\n", "- d’empêcher le mal ;\n\nPlus.\n\n",
			`data/Call2018.fr.txt:20: 6 paragraphs, but data/Call2018.txt has 5: language versions share their paragraph structure (declare the breaks one text lacks); the first to differ is paragraph 4, here a text labelled "", in data/Call2018.txt (line 27) an item labelled "2"`},
		{"restates in a version", "  labels-why: La source imprime des puces.\n", "  labels-why: La source imprime des puces.\nitem: 1\n  restates: X/1\n",
			`data/Call2018.fr.txt:13: item 1: what a norm restates or takes up belongs to the document: declare it in data/Call2018.txt`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(bulletCallFr, tt.old) {
				t.Fatalf("test setup: %q not in the file", tt.old)
			}
			_, err := versionCorpus(t, bulletCall, strings.Replace(bulletCallFr, tt.old, tt.new, 1))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got error %v\nwant %s", err, tt.want)
			}
		})
	}
	// A version needs its document, and a language of its own.
	v, err := buildText(t, "Call2018.fr.txt", bulletCallFr)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := newCorpus([]*document{v}); err == nil || !strings.Contains(err.Error(), "a language version of Call2018, but there is no data/Call2018.txt") {
		t.Errorf("version without its document: %v", err)
	}
	p, err := buildText(t, "Call2018.txt", strings.Replace(bulletCall, "id: Call2018\n", "id: Call2018\nlang: fr\n", 1))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := newCorpus([]*document{p, v}); err == nil || !strings.Contains(err.Error(), `data/Call2018.fr.txt:2: lang "fr" is the language of data/Call2018.txt itself`) {
		t.Errorf("two files of one language: %v", err)
	}
}

func TestTakesUp(t *testing.T) {
	norm := `id: Norm2015
title: N
short: N
kind: report
extent: full
list: norm
  style: dash
  count: 1
item: 1
  title: No theft
---
- 1. No country should steal trade secrets of companies or commercial sectors.
`
	call := strings.Replace(bulletCall, "  title: Prevent harm\n", "  title: Prevent harm\n  takes-up: Norm2015/1\n  shared: \"steal trade secrets of companies\"\n  differs: A goal, not a rule.\n", 1)
	call = strings.Replace(call, "- Prevent harm;", "- Prevent those who steal trade secrets of companies;", 1)
	call = strings.Replace(call, "extent: full\n", "extent: full\nlink: builds-on Norm2015\n  at: \"Prevent those who\"\n  note: Takes up the words.\n", 1)
	build := func(t *testing.T, norm, call string) error {
		a, err := buildText(t, "Norm2015.txt", norm)
		if err != nil {
			t.Fatal(err)
		}
		b, err := buildText(t, "Call2018.txt", call)
		if err != nil {
			t.Fatal(err)
		}
		c, err := newCorpus([]*document{a, b})
		if err != nil {
			t.Fatal(err)
		}
		return c.validate()
	}
	if err := build(t, norm, call); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, norm, call, want string }{
		{"shared words not in the norm", strings.Replace(norm, "steal trade", "steal the trade", 1), call,
			`data/Call2018.txt:21: item 1 takes up Norm2015/1: the shared words "steal trade secrets of companies" are not in Norm2015/1`},
		{"shared words not in the item", norm, strings.Replace(call, "steal trade secrets of companies;", "take trade secrets of companies;", 1),
			`item 1 takes up Norm2015/1: the shared words "steal trade secrets of companies" are not in this item`},
		{"unknown norm", norm, strings.Replace(call, "takes-up: Norm2015/1", "takes-up: Norm2015/2", 1),
			`item 1 takes up Norm2015/2: no such norm; did you mean "Norm2015/1"?`},
		{"no link", norm, strings.Replace(call, "link: builds-on Norm2015", "link: cites Norm2015", 1),
			`item 1 takes up Norm2015/1: the document has no "link: builds-on Norm2015" with a "note:" on how the words differ`},
		{"word for word", strings.Replace(norm, "No country should steal trade secrets of companies or commercial sectors.", "Prevent those who steal trade secrets of companies.", 1), call,
			`item 1 takes up Norm2015/1: the two agree word for word; say "restates:"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if err := build(t, tt.norm, tt.call); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v\nwant %s", err, tt.want)
			}
		})
	}
}
