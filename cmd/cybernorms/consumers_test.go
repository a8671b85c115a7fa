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
	wantNorms = append(wantNorms, []string{"id", "document", "label", "kind", "lang", "citation", "formal_citation", "restates", "title_editorial", "text", "label_inferred", "themes_editorial"})
	for n := range norms.All() {
		var themes []string
		for th := range n.Themes() {
			themes = append(themes, th.ID())
		}
		for v := range n.Versions() {
			r, _ := v.Restates()
			wantNorms = append(wantNorms, []string{string(v.ID()), v.Document(), v.Label(), v.Kind().String(), v.Lang(),
				v.String(), v.Cite(norms.Formal), string(r.ID()), v.Editorial().Title, v.Text(), strconv.FormatBool(v.List().Inferred()),
				strings.Join(themes, ";")})
		}
	}
	var wantParas [][]string
	wantParas = append(wantParas, []string{"document", "lang", "position", "label", "anchor", "kind", "paragraph_break", "norm", "citation", "text", "label_inferred"})
	for d := range declarations.All() {
		for v := range d.Versions() {
			for p := range v.Paragraphs() {
				n, _ := p.Norm()
				wantParas = append(wantParas, []string{string(v.ID()), v.Lang(), strconv.Itoa(p.Position()), p.Label(), anchors(v)[p.Position()],
					p.Kind().String(), p.Break().String(), string(n.ID()), p.Cite(norms.Short), p.Text(), strconv.FormatBool(p.LabelInferred())})
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
	types := map[string]string{"UNGGE2015": "report", "Budapest2001": "treaty", "GA70_237": "report", "HRC20_8": "report", "Lucca2017": "speech", "Toronto2018": "speech"}
	for _, it := range items {
		d, ok := declarations.Lookup(declarations.ID(it["id"].(string)))
		title := it["title"].(string)
		if d.Editorial().Description != "" {
			title = strings.TrimSuffix(strings.TrimPrefix(title, `<span class="nocase">`), "</span>")
		}
		if !ok || title != d.Title() {
			t.Errorf("item %v: title %q", it["id"], it["title"])
			continue
		}
		if want, ok := types[string(d.ID())]; ok && it["type"] != want {
			t.Errorf("%s: type %v, want %s", d.ID(), it["type"], want)
		}
		// Every UN document carries its symbol, or its number where no
		// symbol was observed.
		number, _ := it["number"].(string)
		if d.Symbol() != "" && !strings.Contains(number, d.Symbol()) || d.Kind() == declarations.KindResolution && !strings.Contains(number, d.Facts().Number) {
			t.Errorf("%s: number %q", d.ID(), number)
		}
		// No author repeated in the title.
		if as, _ := it["author"].([]any); len(as) > 0 {
			if a := as[0].(map[string]any)["literal"].(string); strings.Contains(strings.ToLower(title), strings.ToLower(a)) {
				t.Errorf("%s: the author %q is in the title %q", d.ID(), a, title)
			}
		}
		if u, _ := it["URL"].(string); u != d.URL() {
			t.Errorf("%s: URL %q, want the observed %q", d.ID(), u, d.URL())
		}
		if date := d.Date(); date.Year != 0 {
			parts := fmt.Sprint(it["issued"].(map[string]any)["date-parts"])
			if !strings.HasPrefix(parts, "[["+strconv.Itoa(date.Year)) {
				t.Errorf("%s: issued %s", d.ID(), parts)
			}
		}
	}
}
