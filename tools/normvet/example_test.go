package normvet_test

import (
	"golang.org/x/tools/go/analysis/multichecker"
	"golang.org/x/tools/go/analysis/passes/printf"

	"github.com/cybernorms/cybernorms/tools/normvet"
)

// A checker of your own can run normvet beside other analyzers; its flags
// are then -normvet.list and -normvet.corpus.
func Example_multichecker() {
	multichecker.Main(normvet.Analyzer, printf.Analyzer)
}
