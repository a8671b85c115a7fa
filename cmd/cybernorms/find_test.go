package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
