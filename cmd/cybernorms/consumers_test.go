package main

// Tests in which a real consumer reads an export: Python's csv module, Pandoc
// and headless Chromium. Each runs when its tool is installed and skips,
// saying so, when it is not; .ci/exports-consumers installs them.

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// lookTool returns the path of the first of names that is installed, or
// skips the test. It skips it too unless CYBERNORMS_CONSUMERS is set, as
// .ci/exports-consumers sets it: the consumers are part of the CI gate, not
// of the README's test command, whose time must not depend on what else
// the machine has installed (Chromium takes seconds a page).
func lookTool(t *testing.T, names ...string) string {
	t.Helper()
	if os.Getenv("CYBERNORMS_CONSUMERS") == "" {
		t.Skipf("a consumer test, run by .ci/exports-consumers: set CYBERNORMS_CONSUMERS=1 to run it here")
	}
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	t.Skipf("%s not installed: skipping this consumer test (.ci/exports-consumers installs it)", names[0])
	return ""
}

// exportTo runs export with args and writes its output to a file of dir.
func exportTo(t *testing.T, dir, name string, args ...string) string {
	t.Helper()
	code, out, errOut := runCmd(append([]string{"export"}, args...)...)
	if code != 0 || errOut != "" {
		t.Fatalf("export %q: status %d, %s", args, code, errOut)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(out), 0o666); err != nil {
		t.Fatal(err)
	}
	return path
}

// readCSVPython reads a CSV file with Python's csv module and returns its
// rows.
const readCSVPython = `
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    json.dump(list(csv.reader(f, strict=True)), sys.stdout)
`

// TestCSVPython checks that Python's csv module reads every row of both
// CSV exports back equal to the library's values.
func TestCSVPython(t *testing.T) {
	python := lookTool(t, "python3", "python")
	dir := t.TempDir()

	var wantNorms [][]string
	wantNorms = append(wantNorms, []string{"id", "document", "label", "kind", "lang", "citation", "formal_citation", "restates", "title_editorial", "text"})
	for n := range norms.All() {
		for v := range n.Versions() {
			r, _ := v.Restates()
			wantNorms = append(wantNorms, []string{string(v.ID()), v.Document(), v.Label(), v.Kind().String(), v.Lang(),
				v.String(), v.Cite(norms.Formal), string(r.ID()), v.Editorial().Title, v.Text()})
		}
	}
	var wantParas [][]string
	wantParas = append(wantParas, []string{"document", "lang", "position", "label", "anchor", "kind", "paragraph_break", "norm", "citation", "text"})
	for d := range declarations.All() {
		for v := range d.Versions() {
			for p := range v.Paragraphs() {
				n, _ := p.Norm()
				wantParas = append(wantParas, []string{string(v.ID()), v.Lang(), strconv.Itoa(p.Position()), p.Label(), anchors(v)[p.Position()],
					p.Kind().String(), p.Break().String(), string(n.ID()), p.Cite(norms.Short), p.Text()})
			}
		}
	}

	for _, tt := range []struct {
		name string
		args []string
		want [][]string
	}{
		{"norms.csv", []string{"-format", "csv"}, wantNorms},
		{"paragraphs.csv", []string{"-format", "csv", "-table", "paragraphs"}, wantParas},
	} {
		path := exportTo(t, dir, tt.name, tt.args...)
		data, _ := os.ReadFile(path)
		if !strings.HasSuffix(string(data), "\r\n") {
			t.Errorf("%s: lines do not end in CRLF, as RFC 4180 has them", tt.name)
		}
		out, err := exec.Command(python, "-c", readCSVPython, path).Output()
		if err != nil {
			t.Fatalf("python csv on %s: %v", tt.name, err)
		}
		var got [][]string
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatal(err)
		}
		if len(got) != len(tt.want) {
			t.Errorf("%s: Python reads %d rows, want %d", tt.name, len(got), len(tt.want))
		}
		for i := range min(len(got), len(tt.want)) {
			if !slices.Equal(got[i], tt.want[i]) {
				t.Errorf("%s row %d: Python reads\n\t%q\nwant\n\t%q", tt.name, i, got[i], tt.want[i])
			}
		}
		t.Logf("%s: Python's csv module read %d rows of %d columns back equal", tt.name, len(got), len(got[0]))
	}
}

// TestCSLPandoc renders a Markdown file that cites two documents with
// Pandoc's citeproc and the CSL-JSON export, and checks the citations and
// the bibliography it prints; then it cites every document, and checks
// that Pandoc reads every item without a warning.
func TestCSLPandoc(t *testing.T) {
	pandoc := lookTool(t, "pandoc")
	dir := t.TempDir()
	bib := exportTo(t, dir, "corpus.json", "-format", "csl")
	paper := filepath.Join(dir, "paper.md")
	os.WriteFile(paper, []byte("The norm on critical infrastructure [@UNGGE2015, para. 13(f)] was restated by the G7 [@Lucca2017].\n"), 0o666)
	cmd := exec.Command(pandoc, "--citeproc", "--bibliography", bib, "-t", "plain", "--wrap=none", paper)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pandoc: %v", err)
	}
	got := string(out)
	t.Logf("pandoc --citeproc prints:\n%s", got)
	// The author is the first body the data names.
	author := func(d declarations.Declaration) string { a, _, _ := strings.Cut(d.Body(), "; "); return a }
	gge, lucca := declarations.UNGGE2015, declarations.Lucca2017
	for _, want := range []string{
		fmt.Sprintf("The norm on critical infrastructure (%s 2015, para. 13(f)) was restated by the G7 (%s 2017).", author(gge), author(lucca)),
		fmt.Sprintf("%s. 2017. “%s.” Declaration.", author(lucca), lucca.Title()),
		fmt.Sprintf("%s. 2015. “%s.” Report A/70/174. %s", author(gge), gge.Title(), gge.URL()),
	} {
		if !strings.Contains(got, want) {
			t.Errorf("pandoc's output lacks\n\t%s", want)
		}
	}

	all := filepath.Join(dir, "all.md")
	os.WriteFile(all, []byte("---\nnocite: \"@*\"\n---\n\nEvery document.\n"), 0o666)
	cmd = exec.Command(pandoc, "--citeproc", "--bibliography", bib, "-t", "plain", "--wrap=none", all)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err = cmd.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("pandoc, every item: %v\n%s", err, stderr.String())
	}
	// Chicago style title-cases titles, and Pandoc sets ' as ’.
	norm := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, "’", "'")) }
	for d := range declarations.All() {
		if !strings.Contains(norm(string(out)), norm(d.Title())) {
			t.Errorf("pandoc's bibliography of every item lacks %s, %q", d.ID(), d.Title())
		}
	}
}

// TestCSLShape checks the CSL-JSON items against the library's values.
func TestCSLShape(t *testing.T) {
	_, out, _ := runCmd("export", "-format", "csl")
	var items []map[string]any
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatal(err)
	}
	if len(items) != count(declarations.All()) {
		t.Fatalf("%d items", len(items))
	}
	types := map[string]string{"UNGGE2015": "report", "Budapest2001": "treaty", "GA70_237": "legislation", "Lucca2017": "document", "Toronto2018": "report"}
	for _, it := range items {
		d, ok := declarations.Lookup(declarations.ID(it["id"].(string)))
		if !ok || it["title"] != d.Title() {
			t.Errorf("item %v", it["id"])
			continue
		}
		if want, ok := types[string(d.ID())]; ok && it["type"] != want {
			t.Errorf("%s: type %v, want %s", d.ID(), it["type"], want)
		}
		if d.Symbol() != "" && it["number"] != d.Symbol() {
			t.Errorf("%s: number %v", d.ID(), it["number"])
		}
		if date := d.Date(); date.Year != 0 {
			parts := fmt.Sprint(it["issued"].(map[string]any)["date-parts"])
			if !strings.HasPrefix(parts, "[["+strconv.Itoa(date.Year)) {
				t.Errorf("%s: issued %s", d.ID(), parts)
			}
		}
	}
}
