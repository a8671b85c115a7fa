package main

import (
	"os"
	"path"
	"slices"
	"testing"

	"github.com/cybernorms/cybernorms/internal/kinds"
)

// TestConstNames checks that each keyword of the data files and of the model
// that the emitters write as a constant names a constant that the runtime
// packages declare: constName's rule, and internal/kinds' table, hold for
// every value, not only those the corpus uses.
func TestConstNames(t *testing.T) {
	consts := map[string][]string{} // package -> its hand-written constants
	for _, dir := range packageDirs {
		names, err := handWrittenNames(os.DirFS(".."), dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range names {
			if n.Kind == "const" {
				consts[path.Base(dir)] = append(consts[path.Base(dir)], n.Name)
			}
		}
	}
	want := func(pkg, name, of string) {
		t.Helper()
		if !slices.Contains(consts[pkg], name) {
			t.Errorf("%s: the generator writes %s.%s, which package %s does not declare", of, pkg, name, pkg)
		}
	}
	blockKinds := []string{"heading", "text", "item"} // model.go, block.Kind
	for _, kw := range slices.Concat(extents, breakKinds, rels, blockKinds) {
		want("declarations", constName(kw), kw)
	}
	for k := kinds.Doc(1); int(k) <= kinds.NumDoc; k++ {
		want("declarations", k.Const(), "kind "+k.Keyword())
	}
	for k := kinds.List(1); int(k) <= kinds.NumList; k++ {
		want("norms", k.Const(), "list "+k.Keyword())
	}
}
