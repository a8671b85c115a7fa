package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The tests in this file check the real data files: that each document is
// parsed into the structure its source shows, computed here independently of
// the generator's derivation, and, where the maintainers' source collection
// is at hand, that every text is the source's, byte for byte.

// buildData builds one file of the repository's data/.
func buildData(t *testing.T, id string) *document {
	t.Helper()
	return buildFile(t, filepath.Join("..", "data"), id)
}

// rawBlocks splits a body at blank lines, the published paragraph breaks.
func rawBlocks(body string) []string {
	var out []string
	for _, b := range strings.Split(strings.TrimRight(body, "\n"), "\n\n") {
		if b = strings.Trim(b, "\n"); b != "" {
			out = append(out, b)
		}
	}
	return out
}

type labelled struct{ Label, Text string }

func TestToronto2018(t *testing.T) {
	d := buildData(t, "Toronto2018")
	// The source numbers its paragraphs "1. " to "12." at the start of each.
	var want []labelled
	num := regexp.MustCompile(`^(\d+)\.\s?`)
	for _, b := range rawBlocks(d.Raw) {
		m := num.FindStringSubmatch(b)
		if m == nil {
			t.Fatalf("block without a number: %q", b)
		}
		want = append(want, labelled{m[1], b[len(m[0]):]})
	}
	if len(want) != 12 {
		t.Fatalf("the source body has %d paragraphs, want 12", len(want))
	}
	var got []labelled
	for _, b := range d.Blocks {
		if b.Kind != "text" || b.Break != "published" {
			t.Errorf("paragraph %s: kind %s, break %s", b.Label, b.Kind, b.Break)
		}
		got = append(got, labelled{b.Label, b.Text})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("paragraphs (-want +got):\n%s", diff)
	}
	if !strings.HasPrefix(got[11].Text, "The group concurred") {
		t.Errorf("paragraph 12 = %q, want it to begin \"The group concurred\" (the source prints \"12.The group\")", got[11].Text)
	}
}

func TestUNGGE2015(t *testing.T) {
	d := buildData(t, "UNGGE2015")
	var want []labelled
	for _, c := range "abcdefghijk" {
		prefix := fmt.Sprintf("(%c) ", c)
		var text string
		for _, b := range rawBlocks(d.Raw) {
			if strings.HasPrefix(b, prefix) {
				text = b[len(prefix):]
			}
		}
		if text == "" {
			t.Fatalf("norm (%c) not in the source body", c)
		}
		want = append(want, labelled{fmt.Sprintf("13(%c)", c), text})
	}
	var got []labelled
	for _, it := range d.Items {
		got = append(got, labelled{it.Label, it.Text})
		if wantID := "UNGGE2015/" + strings.NewReplacer("(", "", ")", "").Replace(it.Label); it.ID != wantID {
			t.Errorf("item %s has ID %q, want %q", it.Label, it.ID, wantID)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("norms (-want +got):\n%s", diff)
	}
	if d.Blocks[0].Kind != "heading" || len(d.Blocks) != 12 {
		t.Errorf("want a heading and 11 items, got %d blocks starting with a %s", len(d.Blocks), d.Blocks[0].Kind)
	}
	if d.Extent != "excerpt" || d.Symbol != "A/70/174" {
		t.Errorf("extent %q, symbol %q", d.Extent, d.Symbol)
	}
}

func TestLucca2017(t *testing.T) {
	d := buildData(t, "Lucca2017")
	if len(d.Items) != 12 {
		t.Fatalf("%d items, want 12", len(d.Items))
	}
	// Items 1 to 11 restate the UN GGE norms (a) to (k) in order, item 12 the
	// G20 norm; the generator has already checked them word for word.
	for i, it := range d.Items {
		want := fmt.Sprintf("UNGGE2015/13%c", 'a'+i)
		if i == 11 {
			want = "G20Antalya2015/26"
		}
		if it.Label != fmt.Sprint(i+1) || it.Restates != want {
			t.Errorf("item %d: label %q restates %q, want label %d restating %s", i+1, it.Label, it.Restates, i+1, want)
		}
	}
	// The two repairs of PDF debris.
	if got := d.Items[2].Text; !strings.HasPrefix(got, "States should not knowingly allow") {
		t.Errorf("item 3 = %q", got)
	}
	if got := d.Items[10].Text; !strings.Contains(got, "A State should not use authorized emergency response teams") {
		t.Errorf("item 11 = %q", got)
	}
	if len(d.Corrections) != 2 {
		t.Errorf("%d corrections, want 2", len(d.Corrections))
	}
	var headings []string
	for _, b := range d.Blocks {
		if b.Kind == "heading" {
			headings = append(headings, b.Text)
		}
	}
	if diff := cmp.Diff([]string{"G7 DECLARATION ON RESPONSIBLE STATES BEHAVIOR IN CYBERSPACE", "LUCCA, 11 APRIL 2017", "INTRODUCTION", "DECLARATION"}, headings); diff != "" {
		t.Errorf("headings (-want +got):\n%s", diff)
	}
	// Every paragraph but the items is a published block of the source.
	raw := strings.Join(rawBlocks(d.Raw), "\n")
	for _, b := range d.Blocks {
		if b.Kind != "item" && !strings.Contains(raw, b.Text) {
			t.Errorf("paragraph %q is not in the source", b.Text)
		}
	}
}

func TestDinard2019(t *testing.T) {
	d := buildData(t, "Dinard2019")
	if len(d.Items) != 4 {
		t.Fatalf("%d commitments, want 4", len(d.Items))
	}
	// The body is one line; every block is a run of it, in order, and the
	// blocks together cover it but for the spaces at the breaks and the
	// items' numbers.
	joined := ""
	for _, b := range d.Blocks {
		if b.Kind == "item" {
			joined += b.Label + ". "
		}
		joined += b.Text + " "
	}
	if got, want := strings.TrimSpace(joined), strings.TrimSpace(d.Raw); got != want {
		t.Errorf("the blocks do not reassemble the text:\n got %q\nwant %q", got, want)
	}
	var breaks []string
	for _, b := range d.Blocks {
		breaks = append(breaks, b.Break)
	}
	want := []string{"published", "published", "published", "published", "inferred", "inferred", "inferred", "inferred", "inferred"}
	if diff := cmp.Diff(want, breaks); diff != "" {
		t.Errorf("breaks (-want +got):\n%s", diff)
	}
}

func TestParis2019(t *testing.T) {
	d := buildData(t, "Paris2019")
	if len(d.Items) != 16 {
		t.Fatalf("%d commitments, want 16", len(d.Items))
	}
	for i, it := range d.Items {
		if it.Label != fmt.Sprint(i+1) || it.Kind != "commitment" {
			t.Errorf("item %d: label %q, kind %q", i+1, it.Label, it.Kind)
		}
		// The item and its number occur in the source as printed.
		if !strings.Contains(d.Raw, it.Label+". "+it.Text) {
			t.Errorf("item %s is not in the source with its number", it.Label)
		}
	}
	last := d.Blocks[len(d.Blocks)-1]
	if !strings.HasPrefix(last.Text, "In addition, in some cases") || last.Break != "inferred" {
		t.Errorf("last paragraph = %q (%s), want the quoted paragraph of footnote [3], inferred", last.Text, last.Break)
	}
}

func TestG20Antalya2015(t *testing.T) {
	d := buildData(t, "G20Antalya2015")
	if len(d.Items) != 1 || len(d.Blocks) != 1 {
		t.Fatalf("%d items in %d paragraphs, want 1 in 1", len(d.Items), len(d.Blocks))
	}
	it, p := d.Items[0], d.Blocks[0]
	if p.Label != "26" || it.ID != "G20Antalya2015/26" || !strings.HasSuffix(p.Text, it.Text) || !strings.HasPrefix(it.Text, "no country should conduct") {
		t.Errorf("paragraph %s %q holds norm %s %q", p.Label, p.Text, it.ID, it.Text)
	}
}

// sourcesDir returns the maintainers' source collection (../shared beside
// the repository, or $CYBERNORMS_SOURCES), or skips the test when it is not
// at hand, as on a clone without it.
func sourcesDir(t *testing.T) string {
	dir := os.Getenv("CYBERNORMS_SOURCES")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	if _, err := os.Stat(filepath.Join(dir, "seeds")); err != nil {
		t.Skipf("source collection not found at %s (set CYBERNORMS_SOURCES): %v", dir, err)
	}
	return dir
}

// TestAgainstSources checks every data file against the source files it
// names: their SHA-256 sums, that each published block of the body occurs
// byte for byte in one of them, and that each published break the file
// declares begins a line of one of them.
func TestAgainstSources(t *testing.T) {
	dir := sourcesDir(t)
	entries, err := os.ReadDir(filepath.Join("..", "data"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		id, ok := strings.CutSuffix(e.Name(), ".txt")
		if !ok {
			continue
		}
		t.Run(id, func(t *testing.T) {
			d := buildData(t, id)
			if len(d.Sources) == 0 {
				t.Fatal("the data file names no source")
			}
			var texts []string
			for _, s := range d.Sources {
				data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(s.Path)))
				if err != nil {
					t.Fatal(err)
				}
				sum := sha256.Sum256(data)
				if got := hex.EncodeToString(sum[:]); got != s.SHA256 {
					t.Errorf("%s has SHA-256 %s, the data file says %s", s.Path, got, s.SHA256)
				}
				texts = append(texts, string(data))
			}
			in := func(s string) bool {
				for _, text := range texts {
					if strings.Contains(text, s) {
						return true
					}
				}
				return false
			}
			for _, b := range rawBlocks(d.Raw) {
				if !in(b) {
					t.Errorf("not in the sources byte for byte: %q", abbreviate(b, 80))
				}
			}
			for _, o := range d.Omitted {
				if !in(o.Text) {
					t.Errorf("omitted text is not in the sources: %q", abbreviate(o.Text, 80))
				}
			}
			// The words an observation quotes are the record's (or the
			// text's), as a source file gives them.
			for _, o := range d.Observed {
				for _, q := range quoted(o.Where) {
					if !in(q) {
						t.Errorf("line %d: %s is observed with words not in the sources: %q", o.Line, o.Key, q)
					}
				}
			}
			f, _ := parseFile(d.Path, mustRead(t, filepath.Join("..", "data", id+".txt")))
			for _, e := range f.Entries {
				if st, _ := e.attr("status"); e.Key == "break" && st.Value == "published" && !in("\n"+e.Value) {
					t.Errorf("break %q is declared published, but begins no line of the sources", e.Value)
				}
			}
		})
	}
}

// quoted returns the stretches of s between pairs of straight double quotes.
func quoted(s string) []string {
	var out []string
	for {
		_, rest, ok := strings.Cut(s, `"`)
		if !ok {
			return out
		}
		q, after, ok := strings.Cut(rest, `"`)
		if !ok {
			return out
		}
		out = append(out, q)
		s = after
	}
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// sourceLines splits a Markdown body into its non-empty lines: each is a
// paragraph, a bullet or a line that continues a paragraph.
func sourceLines(body string) []string {
	var out []string
	for _, l := range strings.Split(body, "\n") {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

func TestParisCall2018(t *testing.T) {
	for _, tt := range []struct {
		file, lang, unit, chapeau, dateline string
		breakStatus                         string
	}{
		{"ParisCall2018", "en", "principle", "To that end, we affirm our willingness", "Paris, 12th of November, 2018", "inferred"},
		{"ParisCall2018.fr", "fr", "principe", "À cet effet, nous nous déclarons résolus", "Paris, le 12 novembre 2018", "published"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			d := buildData(t, tt.file)
			if d.ID != "ParisCall2018" || d.Lang != tt.lang || d.Extent != "full" || d.Date != (date{2018, 11, 12}) {
				t.Errorf("id %s, lang %s, extent %s, date %v", d.ID, d.Lang, d.Extent, d.Date)
			}
			// Independently of the generator: every line of the body is a
			// block; a line "- " is a principle, numbered in order.
			type blk struct{ Label, Kind, Text string }
			var want []blk
			n := 0
			for _, l := range sourceLines(d.Raw) {
				switch {
				case strings.HasPrefix(l, "- "):
					n++
					want = append(want, blk{fmt.Sprint(n), "item", l[2:]})
				case l == tt.dateline:
					want = append(want, blk{"", "heading", l})
				default:
					want = append(want, blk{"", "text", l})
				}
			}
			var got []blk
			for _, b := range d.Blocks {
				got = append(got, blk{b.Label, b.Kind, b.Text})
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("blocks (-want +got):\n%s", diff)
			}
			if len(d.Items) != 9 || d.List.Kind != "principle" || d.List.Unit != tt.unit || d.List.Labels != "inferred" {
				t.Fatalf("%d items, list %s, unit %s, labels %s", len(d.Items), d.List.Kind, d.List.Unit, d.List.Labels)
			}
			for i, it := range d.Items {
				if it.ID != fmt.Sprintf("ParisCall2018/%d", i+1) || !it.LabelInferred {
					t.Errorf("item %d: ID %s, label inferred %v", i+1, it.ID, it.LabelInferred)
				}
			}
			// The only break not shown by a blank line is the one before
			// the sentence that introduces the principles.
			for _, b := range d.Blocks {
				want := "published"
				if strings.HasPrefix(b.Text, tt.chapeau) {
					want = tt.breakStatus
				}
				if b.Break != want {
					t.Errorf("paragraph %q: break %s, want %s", abbreviate(b.Text, 30), b.Break, want)
				}
			}
			if len(d.Omitted) != 1 || !strings.HasPrefix(d.Omitted[0].Text, "![Logo") {
				t.Errorf("omitted = %v, want the logo line", d.Omitted)
			}
		})
	}
}

// TestParisCall2018Versions checks the English and French texts as one
// document: the generator groups them, and they share their structure.
func TestParisCall2018Versions(t *testing.T) {
	en, fr := buildData(t, "ParisCall2018"), buildData(t, "ParisCall2018.fr")
	c, err := newCorpus([]*document{fr, en, buildData(t, "G20Antalya2015"), buildData(t, "UNGGE2015"), buildData(t, "Budapest2001"),
		buildData(t, "HRC20_8"), buildData(t, "HRC26_13"), buildData(t, "GA68_167"), buildData(t, "GA69_166"), buildData(t, "GA58_199"),
		buildData(t, "GCSC2017")})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.validate(); err != nil {
		t.Fatal(err)
	}
	if len(en.Versions) != 1 || en.Versions[0] != fr || fr.Primary != en {
		t.Fatalf("the French text is not a version of the English")
	}
	if got, want := fr.Items[4].Text, "d’élaborer des moyens d’empêcher la prolifération d’outils malveillants et de pratiques informatiques destinés à nuire ;"; got != want {
		t.Errorf("principe 5 = %q, want %q", got, want)
	}
	if got := en.Items[4].Text; got != "Develop ways to prevent the proliferation of malicious ICT tools and practices intended to cause harm;" {
		t.Errorf("principle 5 = %q", got)
	}
	for i := range en.Items {
		if fr.Items[i].Title != en.Items[i].Title {
			t.Errorf("item %d: the French version's editorial title %q is not the document's %q", i+1, fr.Items[i].Title, en.Items[i].Title)
		}
	}
	// The links' paragraphs are the same in both languages.
	for _, ln := range en.Links {
		t.Logf("%s %s at paragraph %d: %q / %q", ln.Rel, ln.Target, ln.Paragraph, abbreviate(en.Blocks[ln.Paragraph-1].Text, 40), abbreviate(fr.Blocks[ln.Paragraph-1].Text, 40))
	}
	if p := en.Links[0].Paragraph; !strings.Contains(fr.Blocks[p-1].Text, "la Convention de Budapest sur la cybercriminalité") {
		t.Errorf("the French paragraph %d does not name the Budapest Convention", p)
	}
	// Principle 4 takes up the G20 norm's words, principle 5 some of UN GGE 13(i)'s.
	if it := en.Items[3]; it.TakesUp != "G20Antalya2015/26" || len(strings.Fields(it.Shared)) != 24 {
		t.Errorf("principle 4 takes up %q, sharing %d words", it.TakesUp, len(strings.Fields(it.Shared)))
	}
	if it := en.Items[4]; it.TakesUp != "UNGGE2015/13i" {
		t.Errorf("principle 5 takes up %q", it.TakesUp)
	}
}

// crossWords returns the words of a text for a cross-check: white space
// and the bullets ("-" standing alone, as Markdown and pdftotext print
// them) are not words.
func crossWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if w != "-" {
			out = append(out, w)
		}
	}
	return out
}

// crossCheckPart returns the part of a cross-check copy compared with the
// body: from its header's "---" line to the end of the first line that ends
// with ends.
func crossCheckPart(copy, ends string) (string, error) {
	_, text, ok := strings.Cut(copy, "\n---\n")
	if !ok {
		return "", fmt.Errorf("no \"---\" line ends the copy's header")
	}
	for off := 0; off < len(text); {
		line, _, _ := strings.Cut(text[off:], "\n")
		if strings.HasSuffix(line, ends) {
			return text[:off+len(line)], nil
		}
		off += len(line) + 1
	}
	return "", fmt.Errorf("no line of the copy ends with %q", ends)
}

// diffWords describes the first difference between two word sequences.
func diffWords(body, copy []string) error {
	for i := 0; i < len(body) && i < len(copy); i++ {
		if body[i] != copy[i] {
			from := max(0, i-3)
			return fmt.Errorf("word %d is %q in the body, %q in the copy (body: %q)", i+1, body[i], copy[i], strings.Join(body[from:min(len(body), i+4)], " "))
		}
	}
	if len(body) != len(copy) {
		return fmt.Errorf("the body has %d words, the copy %d", len(body), len(copy))
	}
	return nil
}

// TestCrossChecks compares every body with the further copies its data file
// names ("cross-check:"), word for word, white space and bullets aside: an
// official PDF, extracted, against the text read from the publisher's source.
func TestCrossChecks(t *testing.T) {
	dir := sourcesDir(t)
	entries, err := os.ReadDir(filepath.Join("..", "data"))
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, e := range entries {
		id, ok := strings.CutSuffix(e.Name(), ".txt")
		if !ok {
			continue
		}
		d := buildData(t, id)
		for _, cc := range d.CrossChecks {
			t.Run(id, func(t *testing.T) {
				data := mustRead(t, filepath.Join(dir, filepath.FromSlash(cc.Path)))
				sum := sha256.Sum256(data)
				if got := hex.EncodeToString(sum[:]); got != cc.SHA256 {
					t.Errorf("%s has SHA-256 %s, the data file says %s", cc.Path, got, cc.SHA256)
				}
				part, err := crossCheckPart(string(data), cc.Ends)
				if err != nil {
					t.Fatalf("%s: %v", cc.Path, err)
				}
				body := crossWords(d.Text)
				if err := diffWords(body, crossWords(part)); err != nil {
					t.Errorf("%s against %s: %v", d.Path, cc.Path, err)
				}
				t.Logf("%s: %d words agree with %s", d.Path, len(body), cc.Path)
				// The same check fails on this body with any one word changed.
				for i := range body {
					changed := slices.Clone(body)
					changed[i] += "x"
					if diffWords(changed, crossWords(part)) == nil {
						t.Fatalf("changing word %d (%q) went unnoticed", i+1, body[i])
					}
				}
				checked++
			})
		}
	}
	if checked < 2 {
		t.Errorf("%d cross-checks ran, want at least the two of the Paris Call", checked)
	}
}

// TestCrossCheckFailsOnAChangedWord proves the cross-check is real: a body
// with one word changed, dropped or added, or a line moved, no longer agrees.
func TestCrossCheckFailsOnAChangedWord(t *testing.T) {
	copy := "header\n---\nWe reaffirm our support\nto an open cyberspace.\n-\n\nPrevent harm;\n\nParis, 12th of November, 2018\n\nA back page.\n"
	part, err := crossCheckPart(copy, "Paris, 12th of November, 2018")
	if err != nil {
		t.Fatal(err)
	}
	good := "We reaffirm our support to an open cyberspace.\n\n- Prevent harm;\n\nParis, 12th of November, 2018\n"
	if err := diffWords(crossWords(good), crossWords(part)); err != nil {
		t.Fatalf("the same words: %v", err)
	}
	for _, bad := range []string{
		strings.Replace(good, "open", "opened", 1),
		strings.Replace(good, "our ", "", 1),
		strings.Replace(good, "harm;", "harm", 1),
		strings.Replace(good, "12th", "12", 1),
		good + "More.\n",
	} {
		if err := diffWords(crossWords(bad), crossWords(part)); err == nil {
			t.Errorf("no difference found in %q", bad)
		}
	}
	if _, err := crossCheckPart(copy, "Paris, 13th of November"); err == nil {
		t.Errorf("a missing end line should be an error")
	}
}

// TestDocumentFacts checks the bibliographic facts taken from
// sources/document-facts.txt into the data files, and that each fact of a
// document's header carries where it was observed.
func TestDocumentFacts(t *testing.T) {
	type facts struct {
		Title, Body, Symbol, Number, Series, Session, Agenda string
		AltSymbols                                           []string
		Date, Opened, InForce, Distributed, Reissued         date
	}
	const gge = "Report of the Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security"
	const group = "United Nations Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security"
	const hrcTitle = "The promotion, protection and enjoyment of human rights on the Internet"
	want := map[string]facts{
		"UNGGE2010": {Title: gge, Body: group, Symbol: "A/65/201", Date: date{2010, 0, 0}},
		"UNGGE2013": {Title: gge, Body: group, Symbol: "A/68/98", AltSymbols: []string{"A/68/98*"}, Session: "Sixty-eighth session",
			Agenda: "Item 94 of the provisional agenda", Date: date{2013, 6, 24}, Reissued: date{2013, 7, 30}},
		"UNGGE2015": {Title: gge, Body: group, Symbol: "A/70/174", Session: "Seventieth session", Agenda: "Item 93 of the provisional agenda", Date: date{2015, 7, 22}},
		"GA58_199": {Title: "Creation of a global culture of cybersecurity and the protection of critical information infrastructures",
			Body: "United Nations General Assembly", Symbol: "A/RES/58/199", Number: "58/199", Session: "Fifty-eighth session",
			Agenda: "Agenda item 91 (b)", Date: date{2003, 12, 23}, Distributed: date{2004, 1, 30}},
		"GA68_167": {Title: "The right to privacy in the digital age", Body: "United Nations General Assembly", Symbol: "A/RES/68/167", Number: "68/167", Date: date{2013, 12, 18}},
		"GA69_166": {Body: "United Nations General Assembly", Number: "69/166", Date: date{2014, 12, 18}}, // no published title: a description
		"GA70_237": {Title: "Developments in the field of information and telecommunications in the context of international security",
			Body: "United Nations General Assembly", Symbol: "A/RES/70/237", Number: "70/237"},
		"HRC20_8": {Title: hrcTitle, Body: "United Nations Human Rights Council", AltSymbols: []string{"A/HRC/res/20/8"}, Number: "20/8", Date: date{2012, 0, 0}},
		"HRC26_13": {Title: hrcTitle, Body: "United Nations Human Rights Council", Symbol: "A/HRC/RES/26/13", AltSymbols: []string{"A/HRC/res/26/13"},
			Number: "26/13", Date: date{2014, 0, 0}}, // the session's label is the database's, not the cover's: left out
		"Budapest2001": {Title: "Convention on Cybercrime", Body: "Council of Europe", Series: "European Treaty Series", Number: "185",
			Date: date{2001, 11, 23}, Opened: date{2001, 11, 23}, InForce: date{2004, 7, 1}},
		"Taormina2017":  {Title: "G7 Taormina Leaders’ Communiqué", Body: "G7 Heads of State and Government", Date: date{2017, 5, 0}},
		"IseShima2016":  {Title: "G7 Principles and Actions on Cyber", Body: "G7", Date: date{2016, 5, 27}},
		"ParisCall2018": {Title: "Paris Call for Trust and Security in Cyberspace", Date: date{2018, 11, 12}},
	}
	for id, w := range want {
		t.Run(id, func(t *testing.T) {
			d := buildData(t, id)
			got := facts{d.Title, d.Body, d.Symbol, d.Number, d.Series, d.Session, d.Agenda, d.AltSymbols, d.Date, d.Opened, d.InForce, d.Distributed, d.Reissued}
			if diff := cmp.Diff(w, got); diff != "" {
				t.Errorf("facts (-want +got):\n%s", diff)
			}
			// Every fact from the record says where it was seen, and the
			// file names the record as a source.
			f, err := parseFile(d.Path, mustRead(t, filepath.Join("..", d.Path)))
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range f.Entries {
				switch e.Key {
				case "symbol", "alt-symbol", "number", "series", "session", "agenda", "distributed", "reissued", "opened", "in-force":
					if _, ok := e.attr("observed"); !ok {
						t.Errorf("line %d: %s %q does not say where it was observed", e.Line, e.Key, e.Value)
					}
				}
			}
			if !slices.ContainsFunc(d.Sources, func(s source) bool { return s.Path == "sources/document-facts.txt" }) {
				t.Errorf("the file does not name sources/document-facts.txt as a source")
			}
			if strings.Contains(d.Body, ";") || strings.Contains(d.Body, "transmitted") {
				t.Errorf("body %q is a description, not a body", d.Body)
			}
		})
	}
}
