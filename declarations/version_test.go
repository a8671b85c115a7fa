package declarations_test

import (
	"encoding/json"
	"testing"

	"github.com/cybernorms/cybernorms/declarations"
)

// TestVersionID: a language version's versioned ID reads back to the same
// version, through Parse and through JSON; its ID names the document.
func TestVersionID(t *testing.T) {
	en := declarations.ParisCall2018
	fr, ok := en.In("fr")
	if !ok {
		t.Fatal("the Paris Call has no French version")
	}
	if en.VersionID() != "ParisCall2018" || fr.VersionID() != "ParisCall2018.fr" || fr.ID() != en.ID() {
		t.Errorf("VersionID: %q, %q; ID %q, %q", en.VersionID(), fr.VersionID(), en.ID(), fr.ID())
	}
	for _, d := range []declarations.Declaration{en, fr, declarations.Lucca2017} {
		back, p, err := declarations.Parse(d.VersionID())
		if err != nil || back != d || !p.IsZero() {
			t.Errorf("Parse(%q) = %v, %v, %v; want the %s version", d.VersionID(), back, p, err, d.Lang())
		}
		b, err := json.Marshal(d)
		var got declarations.Declaration
		if err != nil || json.Unmarshal(b, &got) != nil || got != d {
			t.Errorf("%s through JSON (%s): %v, %v", d.VersionID(), b, got, err)
		}
	}
	if _, _, err := declarations.Parse("Lucca2017.fr"); err == nil {
		t.Error(`Parse("Lucca2017.fr") succeeded`)
	}
}
