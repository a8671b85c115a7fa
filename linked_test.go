package cybernorms_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// textsProgram prints every paragraph and every norm, and reads nothing else.
const textsProgram = `package main

import (
	"fmt"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

func main() {
	for d := range declarations.All() {
		for p := range d.Paragraphs() {
			fmt.Println(p.Label(), p.Text())
		}
	}
	for n := range norms.All() {
		fmt.Println(n.Text())
	}
}
`

// TestTextsLinkNoMetadata builds a program that prints every text of the
// corpus and checks that the linker left out the tables of what it does not
// read (provenance, metadata, facts, notes, links, titles, restatements,
// language versions): a program pays for the fields it reads, not for
// every field of the documents it reaches.
func TestTextsLinkNoMetadata(t *testing.T) {
	dir := userModule(t, textsProgram)
	if out, err := goCmd(t, dir, "build", "-o", "texts.bin", "."); err != nil {
		t.Fatalf("the program does not build: %v\n%s", err, out)
	}
	syms, err := goCmd(t, dir, "tool", "nm", filepath.Join(dir, "texts.bin"))
	if err != nil {
		t.Fatalf("go tool nm: %v\n%s", err, syms)
	}
	linked := map[string]bool{}
	for _, line := range strings.Split(syms, "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			linked[f[len(f)-1]] = true
		}
	}
	const decl, nrm = "github.com/cybernorms/cybernorms/declarations.", "github.com/cybernorms/cybernorms/norms."
	for _, s := range []string{decl + "all", nrm + "listItems"} {
		if !linked[s] {
			t.Errorf("%s is not in the symbol table; the program reads it", s)
		}
	}
	for _, s := range []string{
		decl + "docMeta", decl + "docProv", decl + "docFacts", decl + "docNotes", decl + "docLinks",
		decl + "docNorms", decl + "docBacklinks", decl + "docVersions", decl + "paraNotes", decl + "backlinkTable",
		nrm + "normTitles", nrm + "normRestates", nrm + "normTakesUp", nrm + "normRestatedBy", nrm + "normVersions",
		nrm + "names", nrm + "restaters", nrm + "versions",
	} {
		if linked[s] {
			t.Errorf("%s is linked, but the program reads none of it", s)
		}
	}
}
