package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms"
)

func TestResolveCommand(t *testing.T) {
	code, out, errOut := runCmd("resolve", "UN GGE 2015 norms 13(f)", "and", "(g)")
	if code != 0 || out != "UNGGE2015/13f\nUNGGE2015/13g\n" || errOut != "" {
		t.Errorf("resolve: %d %q %q", code, out, errOut)
	}
	code, out, _ = runCmd("resolve", "G7 Lucca 2017, unnumbered paragraph 3 of 34")
	if code != 0 || out != "Lucca2017/p3\n" {
		t.Errorf("resolve of an unnumbered paragraph: %d %q", code, out)
	}
	code, out, errOut = runCmd("resolve", "SEC Form 13(f)")
	if code != 1 || out != "" || !strings.Contains(errOut, `"SEC Form" is not part of any citation`) {
		t.Errorf("resolve of a non-citation: %d %q %q", code, out, errOut)
	}
	if code, _, _ := runCmd("resolve"); code != 2 {
		t.Errorf("resolve without a citation: status %d, want 2", code)
	}
	v := decodeJSON(t, "resolve", "-json", "the 2010, 2013 and 2015 GGE reports")
	checkKeys(t, "resolve", v, "input", "targets")
	var ids []string
	for _, r := range v["targets"].([]any) {
		m := r.(map[string]any)
		checkKeys(t, "resolve target", m, "type", "id", "document", "citation")
		ids = append(ids, m["id"].(string))
	}
	if got := strings.Join(ids, " "); got != "UNGGE2010 UNGGE2013 UNGGE2015" {
		t.Errorf("resolve -json targets %s", got)
	}
}

func TestScanCommand(t *testing.T) {
	// From the Toronto chair's report (seeds/000_90451483d41a2c24.txt,
	// paragraph 4) and the Paris Call (Paris-Call-2018-en.txt).
	text := "The group reiterated their shared commitment to the Budapest Convention on Cybercrime.\n" +
		"We recognize that ... the Budapest Convention on Cybercrime is a key tool in this regard.\n"
	file := filepath.Join(t.TempDir(), "statement.txt")
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCmd("scan", file)
	want := file + `:1:53: "Budapest Convention on Cybercrime": Budapest2001` + "\n" +
		file + `:2:27: "Budapest Convention on Cybercrime": Budapest2001` + "\n"
	if code != 0 || out != want || errOut != "" {
		t.Errorf("scan: %d\n%s\nwant\n%s\n%s", code, out, want, errOut)
	}
	stdin = strings.NewReader("nothing here")
	defer func() { stdin = os.Stdin }()
	if code, out, _ := runCmd("scan"); code != 1 || out != "" {
		t.Errorf("scan of text without a citation: %d %q", code, out)
	}
	stdin = strings.NewReader(text)
	v := decodeJSON(t, "scan", "-json")
	cs := v["citations"].([]any)
	if len(cs) != 2 {
		t.Fatalf("scan -json: %d citations", len(cs))
	}
	c := cs[0].(map[string]any)
	checkKeys(t, "scan citation", c, "start", "end", "line", "column", "text", "targets")
	start, end := int(c["start"].(float64)), int(c["end"].(float64))
	if text[start:end] != c["text"] {
		t.Errorf("scan -json: offsets %d-%d hold %q, not %q", start, end, text[start:end], c["text"])
	}
	if code, _, errOut := runCmd("scan", filepath.Join(t.TempDir(), "missing")); code != 2 || errOut == "" {
		t.Errorf("scan of a missing file: %d %q", code, errOut)
	}
}

func TestShowLanguage(t *testing.T) {
	code, out, _ := runCmd("show", "Paris Call principle 5")
	// Paris-Call-2018-en.txt, the fifth principle.
	if code != 0 || !strings.Contains(out, "Develop ways to prevent the proliferation of malicious ICT tools and practices intended to cause harm;") {
		t.Errorf("show Paris Call principle 5: %d\n%s", code, out)
	}
	code, out, _ = runCmd("show", "Paris Call principle 5", "-lang", "fr")
	// Paris-Call-2018-fr.txt, line 46.
	if code != 0 || !strings.HasPrefix(out, "Appel de Paris, principe [5]\n") || !strings.Contains(out, "d’élaborer des moyens d’empêcher la prolifération d’outils malveillants et de pratiques informatiques destinés à nuire ;") {
		t.Errorf("show -lang fr Paris Call principle 5: %d\n%s", code, out)
	}
	code, _, errOut := runCmd("show", "-lang", "fr", "Lucca2017")
	if code != 1 || !strings.Contains(errOut, `in en only, not in "fr"`) {
		t.Errorf("show -lang fr Lucca2017: %d %q", code, errOut)
	}
}

// TestScanJSONStreamed checks that scan -json, which writes each citation as
// it finds it, writes the bytes that writeJSON writes for the whole list:
// for no citation, one, and several from several files, with errors, in
// English and in French.
func TestScanJSONStreamed(t *testing.T) {
	dir := t.TempDir()
	texts := map[string]string{
		"none.txt":  "nothing here\n",
		"one.txt":   "As A/70/174, para. 13(f) says.",
		"many.txt":  "See UN GGE 2015 norm 13(l) and UNGGE2015/13z.\nAlso A/70/174, para. 13(f), and the Lucca Declaration, norms 1-3.\n",
		"fr.txt":    "L'Appel de Paris, principe 3; the Paris Call principle 3 <&>.",
		"empty.txt": "",
	}
	for name, text := range texts {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, files := range [][]string{{"none.txt"}, {"empty.txt"}, {"one.txt"}, {"many.txt", "none.txt", "fr.txt", "one.txt"}} {
		var args []string
		var found []scanned
		for _, f := range files {
			path := filepath.Join(dir, f)
			args = append(args, path)
			var at lineCounter
			for m := range cybernorms.Scan(texts[f]) {
				line, col := at.position(texts[f], m.Start)
				s := scanned{File: path, Start: m.Start, End: m.End, Line: line, Column: col, Text: m.Text}
				if m.Err != nil {
					s.Error = m.Err.Error()
				}
				for _, r := range m.Refs {
					s.Targets = append(s.Targets, targetOf(r).ref())
				}
				found = append(found, s)
			}
		}
		if found == nil {
			found = []scanned{}
		}
		var want cmdEnv
		want.writeJSON(struct {
			Citations []scanned `json:"citations"`
		}{found})
		code, out, errOut := runCmd(append([]string{"scan", "-json"}, args...)...)
		if wantCode := map[bool]int{true: 1, false: 0}[len(found) == 0]; code != wantCode || errOut != "" {
			t.Errorf("scan -json %v: status %d, %q", files, code, errOut)
		}
		if out != want.out.String() {
			t.Errorf("scan -json %v:\n%s\nwant (writeJSON)\n%s", files, out, want.out.String())
		}
	}
}
