package norms_test

import (
	"encoding/json"
	"testing"

	"github.com/cybernorms/cybernorms/norms"
)

// TestVersionID: a language version's versioned ID reads back to the same
// version, through Parse and through JSON; its ID names the norm.
func TestVersionID(t *testing.T) {
	en := norms.ParisCall2018[norms.N2]
	fr, ok := en.In("fr")
	if !ok {
		t.Fatal("the Paris Call has no French version")
	}
	if en.VersionID() != "ParisCall2018/2" || fr.VersionID() != "ParisCall2018.fr/2" || fr.ID() != en.ID() {
		t.Errorf("VersionID: %q, %q; ID %q, %q", en.VersionID(), fr.VersionID(), en.ID(), fr.ID())
	}
	if n := norms.UNGGE2015[norms.F]; n.VersionID() != "UNGGE2015/13f" {
		t.Errorf("VersionID of 13(f) = %q", n.VersionID())
	}
	for _, n := range []norms.Norm{en, fr} {
		back, err := norms.Parse(n.VersionID())
		if err != nil || back != n {
			t.Errorf("Parse(%q) = %v, %v; want the %s version", n.VersionID(), back, err, n.Lang())
		}
		b, err := json.Marshal(n)
		var got norms.Norm
		if err != nil || json.Unmarshal(b, &got) != nil || got != n {
			t.Errorf("%s through JSON (%s): %v, %v", n.VersionID(), b, got, err)
		}
	}
	if _, err := norms.Parse("ParisCall2018.de/2"); err == nil {
		t.Error(`Parse("ParisCall2018.de/2") succeeded`)
	}
}
