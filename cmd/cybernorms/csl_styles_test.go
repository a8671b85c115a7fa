package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// cslStyleDir is where Debian's citation-style-language-styles installs the
// Citation Style Language's styles.
const cslStyleDir = "/usr/share/citation-style-language/styles"

// cslStyles are the styles the CSL-JSON export is rendered in: OSCOLA, the
// style legal scholars cite UN documents in, Chicago author-date (Pandoc's
// default) and APA.
var cslStyles = []string{"oscola", "chicago-author-date", "apa"}

// readmeCSLExample is the sentence whose rendering in each style the README
// shows (TestREADMECitations reads it there).
const readmeCSLExample = "The norm on critical infrastructure [@UNGGE2015, para. 13(f)] was restated by the G7 [@Lucca2017, norm 6]; the Paris Call takes up the G20 norm [@ParisCall2018, principle [4]; @G20Antalya2015, para. [26]]."

// cslPaper returns a Markdown paper that cites every document of the corpus
// once without a pinpoint and, where it has them, once with the pinpoint of
// its first list item and once with that of its first paragraph cited by
// its words, and lists every document in its bibliography.
func cslPaper() string {
	var b strings.Builder
	b.WriteString("---\nnocite: \"@*\"\n---\n\n")
	// The README's example comes first, so that each style cites the
	// documents in full there.
	b.WriteString(readmeCSLExample + "\n\n")
	for d := range declarations.All() {
		b.WriteString(string(d.ID()) + " [@" + string(d.ID()) + "]")
		for n := range d.Norms() {
			b.WriteString(", [@" + string(d.ID()) + ", " + pinOf(n) + "]")
			break
		}
		for p := range d.Paragraphs() {
			if pin := p.Pinpoint(); p.Label() == "" && !strings.HasPrefix(pin, "unnumbered") {
				b.WriteString(", [@" + string(d.ID()) + ", " + pin + "]")
				break
			}
		}
		b.WriteString(".\n\n")
	}
	return b.String()
}

// pinOf returns the pinpoint of n in its formal citation: "para. 13(a)" of
// "Report of the Group ..., UN Doc. A/70/174 (22 July 2015), para. 13(a)".
func pinOf(n norms.Norm) string {
	d, _ := declarations.Lookup(declarations.ID(n.Document()))
	return strings.TrimPrefix(n.Cite(norms.Formal), d.Cite(norms.Formal)+", ")
}

// renderCSL renders the paper in the style (a name in cslStyleDir, or ""
// for Pandoc's built-in style) with Pandoc's citeproc and the corpus's
// CSL-JSON, as plain text. It fails the test on any message Pandoc writes.
func renderCSL(t *testing.T, pandoc, dir, style string) string {
	t.Helper()
	bib := filepath.Join(dir, "corpus.json")
	if _, err := os.Stat(bib); err != nil {
		exportTo(t, dir, "corpus.json", "-format", "csl")
		os.WriteFile(filepath.Join(dir, "paper.md"), []byte(cslPaper()), 0o666)
	}
	args := []string{"--citeproc", "--bibliography", bib, "-t", "plain", "--wrap=none"}
	if style != "" {
		args = append(args, "--csl", filepath.Join(cslStyleDir, style+".csl"))
	}
	cmd := exec.Command(pandoc, append(args, filepath.Join(dir, "paper.md"))...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("pandoc --csl %s: %v\n%s", style, err, stderr.String())
	}
	return string(out)
}

// TestCSLStyles renders the CSL-JSON export with Pandoc in OSCOLA, Chicago
// author-date and APA, from the style files of Debian's
// citation-style-language-styles, and compares the citations and
// bibliographies with the golden files in testdata/csl, which were reviewed
// by hand; go test -run TestCSLStyles -update rewrites them. Pandoc must
// write no warning. It skips, saying so, when Pandoc or the styles are not
// installed (.ci/exports-consumers installs both).
func TestCSLStyles(t *testing.T) {
	pandoc := lookTool(t, "pandoc")
	if _, err := os.Stat(filepath.Join(cslStyleDir, "oscola.csl")); err != nil {
		t.Skipf("the CSL styles are not installed in %s: skipping (.ci/exports-consumers installs citation-style-language-styles)", cslStyleDir)
	}
	dir := t.TempDir()
	for _, style := range cslStyles {
		got := renderCSL(t, pandoc, dir, style)
		golden := filepath.Join("testdata", "csl", style+".txt")
		if *update {
			os.MkdirAll(filepath.Dir(golden), 0o777)
			if err := os.WriteFile(golden, []byte(got), 0o666); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if got != string(want) {
			t.Errorf("pandoc --csl %s.csl renders otherwise than %s (if the change is intended and reviewed, run go test -run TestCSLStyles -update):\n%s", style, golden, lineDiff(string(want), got))
		}
	}
	// The built-in style is the Chicago author-date style of the same
	// rules.
	if got := renderCSL(t, pandoc, dir, ""); !strings.Contains(got, "(United Nations General Assembly 2015, para. 13(f))") {
		t.Errorf("Pandoc's default style does not cite the 2015 report as the Chicago style file does:\n%s", got)
	}
}

// lineDiff lists the lines of want and got that differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := range max(len(w), len(g)) {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			c = g[i]
		}
		if a != c {
			b.WriteString("-" + a + "\n+" + c + "\n")
		}
	}
	return b.String()
}

// TestCSLPaper checks that the paper TestCSLStyles renders cites every
// document, and each list's first item with its pinpoint.
func TestCSLPaper(t *testing.T) {
	paper := cslPaper()
	for d := range declarations.All() {
		if !strings.Contains(paper, "[@"+string(d.ID())+"]") {
			t.Errorf("the paper does not cite %s", d.ID())
		}
	}
	for l := range norms.Lists() {
		if pin := pinOf(l.Norm(0)); !strings.Contains(paper, "[@"+l.Document()+", "+pin+"]") {
			t.Errorf("the paper does not cite %s with %q", l.Document(), pin)
		}
	}
}
