package main

// The guard over every citation the package prints: every style (short,
// formal, URL, BibTeX and its LaTeX pinpoint, CSL-JSON) of every document,
// language version, paragraph and norm, and the exports and commands that
// show them (JSON, CSV, the web edition, show). It holds the rules of
// citations a scholar would sign: no count the corpus does not know, no body
// repeated in the title it precedes, no description printed as a title, no
// metadata-only document said to have text, every label the source does not
// print marked, every UN document with its symbol or number, no unverified
// address cited and every unverified link marked, and every printed
// citation read back by the parser as what it cites.

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms"
	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// printedCitation is one citation the package prints, of what and in which
// style.
type printedCitation struct {
	doc   declarations.Declaration // the language version cited
	id    string                   // the ID of what it cites
	style string
	text  string
}

// allCitations returns every citation the package prints of the corpus.
func allCitations() []printedCitation {
	var out []printedCitation
	for d := range declarations.All() {
		for v := range d.Versions() {
			for _, st := range []norms.Style{norms.Short, norms.Formal, norms.URL, norms.BibTeX} {
				out = append(out, printedCitation{v, string(v.ID()), st.String(), v.Cite(st)})
			}
			for p := range v.Paragraphs() {
				id := paragraphID(p)
				for _, st := range []norms.Style{norms.Short, norms.Formal, norms.BibTeX} {
					out = append(out, printedCitation{v, id, "paragraph " + st.String(), p.Cite(st)})
				}
			}
			for n := range v.Norms() {
				for _, st := range []norms.Style{norms.Short, norms.Formal, norms.BibTeX} {
					out = append(out, printedCitation{v, string(n.ID()), "norm " + st.String(), n.Cite(st)})
				}
			}
		}
	}
	return out
}

// counted reports whether d's paragraphs may be counted in a citation: the
// corpus holds the whole text, and every break in it is published.
func counted(d declarations.Declaration) bool {
	if d.Provenance().Extent != declarations.Full {
		return false
	}
	for p := range d.Paragraphs() {
		if p.Break() != declarations.Published {
			return false
		}
	}
	return true
}

var countRE = regexp.MustCompile(`(?:unnumbered paragraph|paragraphe non numéroté) (\d+) (?:of|sur) (\d+)`)

// TestCitationGuard checks every printed citation against the rules above.
func TestCitationGuard(t *testing.T) {
	cites := allCitations()
	if len(cites) < 400 {
		t.Fatalf("only %d citations", len(cites))
	}
	for _, c := range cites {
		d := c.doc
		where := c.id + " (" + d.Lang() + ", " + c.style + ")"
		// No count the corpus does not know.
		for _, m := range countRE.FindAllStringSubmatch(c.text, -1) {
			if !counted(d) || m[2] != strconv.Itoa(d.NumParagraphs()) {
				t.Errorf("%s counts paragraphs the corpus cannot count: %q", where, c.text)
			}
		}
		// No body repeated in the title it precedes (BibTeX's author and
		// title: TestBibTeXGuard; CSL's: TestCSLShape).
		if b := d.Body(); b != "" && strings.Contains(c.style, "formal") {
			if title, ok := strings.CutPrefix(c.text, b+", "); ok && strings.Contains(strings.ToLower(title), strings.ToLower(b)) {
				t.Errorf("%s repeats the body %q in the title: %q", where, b, c.text)
			}
		}
		// No description printed as a title.
		if desc := d.Editorial().Description; desc != "" && strings.Contains(c.text, desc) && !strings.Contains(c.text, "["+desc+"]") {
			t.Errorf("%s prints the description %q as a title: %q", where, desc, c.text)
		}
		// No unverified address cited.
		if p := d.Provenance(); p.URLUnverified != "" && strings.Contains(c.text, p.URL) {
			t.Errorf("%s cites the unverified address %s", where, p.URL)
		}
		// Every printed citation parses back to what it cites.
		text := c.text
		if strings.Contains(c.style, "bibtex") {
			if !strings.HasPrefix(text, "%") {
				continue // the entry of a document: see TestBibTeXGuard
			}
			text = text[strings.Index(text, "cite as ")+len("cite as ") : strings.Index(text, "\n")]
		}
		if text == "" {
			continue // no URL
		}
		if strings.HasSuffix(c.style, "url") {
			continue
		}
		// A LaTeX pinpoint names the document by its key, in no language.
		r, err := cybernorms.Resolve(text)
		if err != nil || r.ID() != c.id || !strings.Contains(c.style, "bibtex") && r.Document.Lang() != d.Lang() {
			t.Errorf("%s: %q resolves to %s (%s), %v", where, text, r.ID(), r.Document.Lang(), err)
		}
	}
	t.Logf("%d printed citations checked", len(cites))
}

// TestBibTeXGuard checks every document's BibTeX entry: its type, the body
// not repeated in the title, a note on the corpus's text only where it holds
// some, the symbol or number of every UN document, the place and full date
// where known, and the URL only where observed.
func TestBibTeXGuard(t *testing.T) {
	field := func(entry, name string) string {
		m := regexp.MustCompile(`(?m)^  ` + name + ` +=\s(.*),$`).FindStringSubmatch(entry)
		if m == nil {
			return ""
		}
		return strings.Trim(m[1], "{}")
	}
	for d := range declarations.All() {
		e := d.Cite(norms.BibTeX)
		p := d.Provenance()
		typ := e[1:strings.Index(e, "{")]
		if want := map[bool]string{true: "techreport", false: "misc"}[d.Kind() == declarations.KindReport && d.Symbol() != ""]; typ != want {
			t.Errorf("%s: @%s, want @%s", d.ID(), typ, want)
		}
		if a := field(e, "author"); a != "" && strings.Contains(strings.ToLower(field(e, "title")), strings.ToLower(a)) {
			t.Errorf("%s: the author %q is in the title", d.ID(), a)
		}
		note := field(e, "note")
		switch p.Extent {
		case declarations.MetadataOnly:
			if strings.Contains(e, "cybernorms corpus") {
				t.Errorf("%s: a metadata-only document's entry says the corpus holds its text:\n%s", d.ID(), e)
			}
		case declarations.Excerpt:
			if !strings.HasPrefix(note, "Excerpt in the cybernorms corpus") {
				t.Errorf("%s: note %q", d.ID(), note)
			}
		case declarations.Full:
			if !strings.HasPrefix(note, "Full text in the cybernorms corpus") {
				t.Errorf("%s: note %q", d.ID(), note)
			}
		}
		if d.Symbol() != "" && !strings.Contains(e, d.Symbol()) || d.Kind() == declarations.KindResolution && !strings.Contains(e, d.Facts().Number) {
			t.Errorf("%s: the entry lacks the UN symbol or number:\n%s", d.ID(), e)
		}
		if d.Place() != "" && field(e, "address") != d.Place() {
			t.Errorf("%s: address %q, want %q", d.ID(), field(e, "address"), d.Place())
		}
		if field(e, "date") != isoDate(d.Date()) {
			t.Errorf("%s: date %q, want %q", d.ID(), field(e, "date"), isoDate(d.Date()))
		}
		if field(e, "url") != d.URL() {
			t.Errorf("%s: url %q, want the observed %q", d.ID(), field(e, "url"), d.URL())
		}
		if desc := d.Editorial().Description; desc != "" && field(e, "title") != "["+desc+"]" {
			t.Errorf("%s: title %q, want the description in brackets", d.ID(), field(e, "title"))
		}
	}
}

// TestInferredLabelsMarked checks that every label the source does not print
// is marked in every output that shows it, and that no printed label is.
func TestInferredLabelsMarked(t *testing.T) {
	_, out, _ := runCmd("export", "-format", "json")
	var c exportedCorpus
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatal(err)
	}
	jsonNorms := map[string]exportedNorm{}
	for _, n := range c.Norms {
		jsonNorms[n.ID] = n
	}
	_, normsCSV, _ := runCmd("export", "-format", "csv")
	rows, err := csv.NewReader(strings.NewReader(normsCSV)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	csvInferred := map[string]string{}
	last := slices.Index(rows[0], "label_inferred")
	if last < 0 {
		t.Fatalf("the norms CSV has no column label_inferred: %q", rows[0])
	}
	for _, r := range rows[1:] {
		csvInferred[r[0]+" "+r[4]] = r[last]
	}
	dir := t.TempDir()
	if _, err := writeHTML(dir); err != nil {
		t.Fatal(err)
	}
	inferred := 0
	for n := range norms.All() {
		for v := range n.Versions() {
			inf := v.List().Inferred()
			mark := "[" + v.Label() + "]"
			where := string(v.ID()) + " (" + v.Lang() + ")"
			for _, s := range []string{v.String(), v.Cite(norms.Formal), v.Cite(norms.BibTeX)} {
				if strings.Contains(s, mark) != inf {
					t.Errorf("%s: inferred %v, but the citation is %q", where, inf, s)
				}
			}
			if got := csvInferred[string(v.ID())+" "+v.Lang()]; got != strconv.FormatBool(inf) {
				t.Errorf("%s: CSV label_inferred %q", where, got)
			}
			_, show, _ := runCmd("show", "-lang", v.Lang(), string(v.ID()))
			if strings.Contains(show, "Label:       "+mark+", not printed by the source") != inf {
				t.Errorf("%s: show marks the label %v, want %v", where, !inf, inf)
			}
			if v.Lang() == n.Lang() {
				if j := jsonNorms[string(v.ID())]; j.LabelInferred != inf || inf && j.LabelNote == "" {
					t.Errorf("%s: JSON label_inferred %v, note %q", where, j.LabelInferred, j.LabelNote)
				}
			}
			p := normParagraph(v)
			page, err := os.ReadFile(filepath.Join(dir, pageName(p.Document())))
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(string(page), ">"+mark+"</a>") != inf || inf && !strings.Contains(string(page), "The label "+mark+" is not printed by the source") {
				t.Errorf("%s: the web page does not mark the label %s as it should (%v)", where, mark, inf)
			}
			if inf {
				inferred++
			}
		}
	}
	// The Paris Call's nine principles in two languages, the G20
	// communiqué's paragraph 26, and the one norm of the GCSC's Call.
	if inferred != 20 {
		t.Errorf("%d inferred labels, want 20", inferred)
	}
	for _, d := range c.Documents {
		for _, p := range append(d.Paragraphs, versionParas(d)...) {
			if p.LabelInferred && (p.Label == "" || p.LabelNote == "" || !strings.Contains(p.Pinpoint, "["+p.Label+"]")) {
				t.Errorf("%s: paragraph %q: JSON label_inferred without its note or mark", d.ID, p.Label)
			}
		}
	}
}

func versionParas(d exportedDocument) []exportedParagraph {
	var ps []exportedParagraph
	for _, v := range d.Versions {
		ps = append(ps, v.Paragraphs...)
	}
	return ps
}

// TestUnverifiedMarked checks that every link and address that rests on no
// observed page is marked in every output that shows it, and cited by none.
func TestUnverifiedMarked(t *testing.T) {
	_, out, _ := runCmd("export", "-format", "json")
	_, csl, _ := runCmd("export", "-format", "csl")
	dir := t.TempDir()
	if _, err := writeHTML(dir); err != nil {
		t.Fatal(err)
	}
	urls, links := 0, 0
	for d := range declarations.All() {
		page, _ := os.ReadFile(filepath.Join(dir, pageName(d)))
		_, show, _ := runCmd("show", string(d.ID()))
		if p := d.Provenance(); p.URLUnverified != "" {
			urls++
			if strings.Contains(csl, p.URL) || d.URL() != "" || strings.Contains(d.Cite(norms.BibTeX), p.URL) {
				t.Errorf("%s: the unverified address %s is cited", d.ID(), p.URL)
			}
			if !strings.Contains(show, p.URL+" (unverified: ") || !strings.Contains(string(page), "Address named, unverified") || !strings.Contains(out, `"url_unverified": `) {
				t.Errorf("%s: an output does not mark the unverified address %s", d.ID(), p.URL)
			}
		}
		for l := range d.Links() {
			if l.Unverified == "" {
				continue
			}
			links++
			if !strings.Contains(show, "[unverified: "+l.Unverified+"]") || !strings.Contains(string(page), "[unverified: ") {
				t.Errorf("%s: the unverified link to %s is not marked", d.ID(), l.Target)
			}
			target, _ := declarations.Lookup(l.Target)
			_, tshow, _ := runCmd("show", string(l.Target))
			tpage, _ := os.ReadFile(filepath.Join(dir, pageName(target)))
			if !strings.Contains(tshow, "[unverified: ") || !strings.Contains(string(tpage), "[unverified: ") {
				t.Errorf("%s: the unverified link from %s is not marked where it is shown", l.Target, d.ID())
			}
		}
	}
	// The address of A/70/174, of the G20 communiqué and of the Paris Call;
	// GA resolution 70/237's endorsement of the 2015 report.
	if urls != 3 || links != 1 {
		t.Errorf("%d unverified addresses and %d unverified links, want 3 and 1", urls, links)
	}
}

// readmeBlock returns the lines of the fenced block that follows the marker
// in the README, failing the test if there is none.
func readmeBlock(t *testing.T, readme, marker string) []string {
	t.Helper()
	_, after, ok := strings.Cut(readme, marker+"\n```\n")
	if !ok {
		t.Fatalf("README.md has no block after %q", marker)
	}
	block, _, ok := strings.Cut(after, "```\n")
	if !ok {
		t.Fatalf("README.md: the block after %q does not end", marker)
	}
	return strings.Split(strings.TrimSuffix(block, "\n"), "\n")
}

// TestREADMECitations checks that every citation the README shows is one the
// package prints: the lines of its block of printed citations are citations
// (or lines of BibTeX entries) of allCitations, and those of its block of
// rendered CSL citations are lines of the golden files TestCSLStyles
// compares with Pandoc's output, the first of which is the rendering of the
// very sentence the README shows.
func TestREADMECitations(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	printed := map[string]bool{}
	for _, c := range allCitations() {
		printed[c.text] = true
		for _, line := range strings.Split(c.text, "\n") {
			printed[line] = true
			if _, cmd, ok := strings.Cut(line, ": cite as "); ok {
				printed[cmd] = true // a LaTeX pinpoint
			}
		}
	}
	lines := readmeBlock(t, readme, "<!-- citations: printed -->")
	for _, l := range lines {
		if !printed[l] {
			t.Errorf("README.md shows a citation the package does not print: %q", l)
		}
	}
	if !strings.Contains(readme, "```\n"+readmeCSLExample+"\n```\n") {
		t.Errorf("README.md does not show the sentence TestCSLStyles renders: %q", readmeCSLExample)
	}
	csl := readmeBlock(t, readme, "<!-- citations: csl -->")
	for _, l := range csl {
		style, text, ok := strings.Cut(l, ": ")
		golden, err := os.ReadFile(filepath.Join("testdata", "csl", style+".txt"))
		if !ok || err != nil {
			t.Errorf("README.md: %q names no rendered style (%v)", l, err)
			continue
		}
		if !strings.Contains("\n"+string(golden), "\n"+text+"\n") {
			t.Errorf("README.md shows a rendering that is not a line of testdata/csl/%s.txt: %q", style, text)
		}
	}
	if len(lines) < 10 || len(csl) < 4 {
		t.Errorf("README.md shows %d printed and %d rendered citations", len(lines), len(csl))
	}
}
