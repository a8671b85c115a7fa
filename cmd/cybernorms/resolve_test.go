package main

import (
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
