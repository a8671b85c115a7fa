package main

import (
	"reflect"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms/norms"
)

// TestThemesCommand checks the cross-walk in the command: themes, list
// -theme, and the themes and shared wording that show prints.
func TestThemesCommand(t *testing.T) {
	tests := []struct {
		args        []string
		code        int
		out, errOut []string // substrings, in order
	}{
		{args: []string{"themes"}, out: []string{
			"ID", "NORMS", "NAME (EDITORIAL)",
			"critical-infrastructure", "7", "Critical infrastructure",
			"electronic-evidence", "5", "Electronic evidence and lawful access",
			"Themes are editorial",
		}},
		{args: []string{"themes", "x"}, code: 2, errOut: []string{`unexpected argument "x"`}},
		{args: []string{"list", "-theme", "supply-chain"}, out: []string{
			"Supply chain and product security (supply-chain, editorial): The security",
			"Lucca2017/9", `"ensure the integrity of the supply chain`,
			"ParisCall2018/6", "UNGGE2015/13i",
			"Themes are editorial",
		}},
		{args: []string{"list", "norms", "-theme", "Human rights and privacy"}, out: []string{"Paris2019/3", `"safeguards to protect legitimate news reporting"`, "UNGGE2015/13e"}},
		{args: []string{"list", "-theme", "supply-chian"}, code: 2, errOut: []string{`unknown theme "supply-chian"; the closest themes are supply-chain`}},
		{args: []string{"list", "documents", "-theme", "elections"}, code: 2, errOut: []string{`-theme lists norms: unexpected argument "documents"`}},
		{args: []string{"show", "UN GGE 2015 13(i)"}, out: []string{
			"Themes (editorial):\n  Supply chain and product security (supply-chain), for the words \"ensure the integrity of the supply chain",
			"  Proliferation of malicious tools (proliferation), for the words \"prevent the proliferation",
			"Shared wording (computed, runs of 8 words or more):\n  46 words, the whole text, with G7 Lucca 2017, norm 9 (Lucca2017/9)",
			"  9 words with Paris Call, principle [5] (ParisCall2018/5): \"to prevent the proliferation of malicious ICT tools and\"",
		}},
		{args: []string{"show", "-lang", "fr", "ParisCall2018/7"}, out: []string{"Cyber hygiene (cyber-hygiene), for the words of the en text \"strengthen an advanced cyber hygiene for all actors\""}},
		{args: []string{"show", "Toronto2018/5"}, out: []string{
			"Shared wording (computed, runs of 8 words or more):",
			"14 words with G7 Lucca 2017", "(Lucca2017/p14): \"that the same rights that people have offline must also be protected online and\"",
			"14 words with Paris Call", "(ParisCall2018/p4)",
			"19 words with G7 Lucca 2017", "relevant treaties\"",
		}},
	}
	for _, tt := range tests {
		code, out, errOut := runCmd(tt.args...)
		if code != tt.code {
			t.Errorf("%q: status %d, want %d (stderr %q)", tt.args, code, tt.code, errOut)
		}
		for _, pair := range []struct {
			got  string
			want []string
		}{{out, tt.out}, {errOut, tt.errOut}} {
			rest := pair.got
			for _, w := range pair.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Errorf("%q: output lacks %q (in order) in:\n%s", tt.args, w, pair.got)
					break
				}
				rest = rest[i+len(w):]
			}
		}
	}
	// A document shows no themes, and a norm without shared wording none.
	if _, out, _ := runCmd("show", "Dinard2019/3"); strings.Contains(out, "Shared wording") || !strings.Contains(out, "Themes (editorial)") {
		t.Errorf("show Dinard2019/3:\n%s", out)
	}
}

// TestThemesJSON checks the JSON shapes the package documentation gives for
// themes, list -theme and show.
func TestThemesJSON(t *testing.T) {
	v := decodeJSON(t, "themes", "-json")
	checkKeys(t, "themes", v, "editorial", "themes")
	themes := v["themes"].([]any)
	if v["editorial"] != true || len(themes) != count(norms.Themes()) {
		t.Fatalf("themes -json: %v", v)
	}
	checkKeys(t, "themes[0]", themes[0], "id", "name", "definition", "norms")
	if th := themes[6].(map[string]any); th["id"] != "critical-infrastructure" || th["norms"] != 7.0 {
		t.Errorf("themes -json: themes[6] is %v", th)
	}

	v = decodeJSON(t, "list", "-theme", "elections", "-json")
	checkKeys(t, "list -theme", v, "theme", "editorial", "norms")
	checkKeys(t, "list -theme .theme", v["theme"], "id", "name", "definition")
	ns := v["norms"].([]any)
	if len(ns) != 1 {
		t.Fatalf("list -theme elections: %v", ns)
	}
	checkKeys(t, "list -theme .norms[0]", ns[0], "id", "document", "label", "kind", "lang", "citation", "editorial", "theme_words")
	if n := ns[0].(map[string]any); n["id"] != "ParisCall2018/3" || n["theme_words"] != "prevent malign interference by foreign actors aimed at undermining electoral processes" {
		t.Errorf("list -theme elections: %v", n)
	}

	v = decodeJSON(t, "show", "-json", "UN GGE 2015 13(i)")
	ed := v["editorial"].(map[string]any)
	checkKeys(t, "show .editorial", ed, "themes")
	ths := ed["themes"].([]any)
	checkKeys(t, "show .editorial.themes[0]", ths[0], "id", "name", "words")
	sh := v["shared_wording"].([]any)
	if len(sh) != 2 {
		t.Fatalf("show 13(i): shared wording %v", sh)
	}
	checkKeys(t, "show .shared_wording[1]", sh[1], "text", "start", "end", "words", "with", "with_lang", "with_norm", "with_text", "with_start", "with_end")
	s := sh[1].(map[string]any)
	if s["with_lang"] != "en" || s["with_norm"] != "ParisCall2018/5" {
		t.Errorf("show 13(i): shared wording with_lang %v, with_norm %v", s["with_lang"], s["with_norm"])
	}
	// The norm object is the export's, and holds the same themes and
	// shared wording as the output's own "editorial" and "shared_wording".
	n := v["norm"].(map[string]any)
	if !reflect.DeepEqual(n["editorial"].(map[string]any)["themes"], ths) || !reflect.DeepEqual(n["shared_wording"], v["shared_wording"]) {
		t.Errorf("show 13(i): the norm's editorial.themes and shared_wording differ from the output's:\n%v\n%v", n, v)
	}
	checkKeys(t, "show .shared_wording[1].with", s["with"], "type", "id", "document", "paragraph", "label", "anchor", "citation")
	text := "States should take reasonable steps to ensure the integrity of the supply chain so that end users can have confidence in the security of ICT products. States should seek to prevent the proliferation of malicious ICT tools and techniques and the use of harmful hidden functions."
	if got := text[int(s["start"].(float64)):int(s["end"].(float64))]; got != s["text"] || got != "to prevent the proliferation of malicious ICT tools and" || s["words"] != 9.0 || s["with"].(map[string]any)["id"] != "ParisCall2018/5" {
		t.Errorf("show 13(i): shared wording %v", s)
	}

	v = decodeJSON(t, "show", "-json", "Lucca2017/p14")
	if _, ok := v["editorial"]; ok {
		t.Error("show of a paragraph has themes")
	}
	if sh := v["shared_wording"].([]any); len(sh) != 4 {
		t.Errorf("show Lucca2017/p14: shared wording %v", sh)
	}
	if p := v["paragraph"].(map[string]any); !reflect.DeepEqual(p["shared_wording"], v["shared_wording"]) {
		t.Errorf("show Lucca2017/p14: the paragraph's shared_wording differs from the output's:\n%v", p)
	}
}
