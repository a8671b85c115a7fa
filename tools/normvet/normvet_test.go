package normvet_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cybernorms/cybernorms/tools/normvet"
)

// testdata is a module that requires the runtime module, replaced by the
// repository's root, so that its packages import the real package norms.
var testdata, _ = filepath.Abs("testdata")

// setFlag sets a flag of the analyzer for the duration of a test.
func setFlag(t *testing.T, name, value string) {
	t.Helper()
	f := normvet.Analyzer.Flags.Lookup(name)
	old := f.Value.String()
	if err := f.Value.Set(value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Value.Set(old) })
}

func TestProse(t *testing.T) {
	analysistest.Run(t, testdata, normvet.Analyzer, "./prose")
}

func TestIndex(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata, normvet.Analyzer, "./index")
}

func TestDeprecated(t *testing.T) {
	setFlag(t, "corpus", "github.com/cybernorms/cybernorms,example.com/normvettest/legacy,example.com/normvettest/oldpkg")
	analysistest.Run(t, testdata, normvet.Analyzer, "./uselegacy", "./legacy")
}

func TestList(t *testing.T) {
	setFlag(t, "list", "true")
	analysistest.Run(t, testdata, normvet.Analyzer, "./list")
}
