package main

import (
	"strings"
	"testing"
)

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
