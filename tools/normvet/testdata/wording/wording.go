// Package wording holds one case of each report of normvet, with its whole
// message: the one place that pins the words. Elsewhere, testdata matches
// what a report says (the citation, the items, the fix), not its words.
// The words of -list and of deprecations are pinned in list and uselegacy.
//
// A citation or a label in a pattern is written with "." for its spaces
// ("UN.GGE.2015,.norm.13.k."), as in all testdata: in a comment, it would
// be a citation of its own, or words beside an index.
package wording

import (
	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// See UN GGE norm 13(l). // want `^citation "UN.GGE.norm.13\(l\)" names no norm: UN.GGE.2015 has no norm.13\(l\); its norms are 13\(a\) to 13\(k\); closest: UN.GGE.2015,.norm.13\(k\) \(UNGGE2015.13k\)$`
func citations() {
	_ = norms.MustParse("Luca Declaration, norm 6")                        // want `^norms.MustParse panics: citation "Luca.Declaration,.norm.6" names no norm: "Luca" is not part of any citation of the corpus; closest: G7.Lucca.2017,.norm.6 \(Lucca2017.6\)$`
	_, _ = norms.Lookup("UNGGE2015/13l")                                   // want `^norms.Lookup: no norm has ID "UNGGE2015.13l"; closest: UN.GGE.2015,.norm.13\(k\) \(UNGGE2015.13k\)$`
	_, _ = norms.Lookup("CoE2001/1")                                       // want `^norms.Lookup: unknown norm ID "CoE2001.1"`
	_, _, _ = declarations.Parse("SEC Form 13(f)")                         // want `^declarations.Parse: cannot parse citation "SEC Form 13\(f\)": "SEC Form" is not part of any citation of the corpus$`
	_, _ = declarations.MustParse("Toronto 2018 chair's report, para. 13") // want `^declarations.MustParse panics: cannot parse citation "Toronto.2018.chair's.report,.para..13": G7.Toronto.2018.Chair's.Report has no paragraph.13; its labels are 1 to 12$`
	_, _ = declarations.Lookup("Lucca2071")                                // want `^declarations.Lookup: unknown document ID "Lucca2071"; the closest known IDs are Lucca2017`
}

func indexes() {
	_ = norms.Lucca2017[6]                        // want `^norms.Lucca2017\[6\] is norm.7, not norm.6: write norms.Lucca2017\[norms.N7\]$`
	_ = norms.Lucca2017[5]                        // Lucca norm 5 // want `^norms.Lucca2017\[5\] is norm.6, not norm.5 as the comment beside it says: write norms.Lucca2017\[norms.N5\] for norm.5 \(norms.Lucca2017\[norms.N6\] is norm.6\)$`
	_ = norms.Lucca2017[2]                        // norm 7 // want `^norms.Lucca2017\[2\] is norm.3, not norm.2, and the comment beside it says norm.7: write norms.Lucca2017\[norms.N7\] for norm.7 \(norms.Lucca2017\[norms.N3\] is norm.3\)$`
	_ = norms.Lucca2017[norms.N6]                 // Lucca norm 7 // want `^norms.Lucca2017\[norms.N6\] is norm.6, but the comment beside it says norm.7: write norms.Lucca2017\[norms.N7\] for norm.7, or correct the comment$`
	_ = []any{"Lucca norm 6", norms.Lucca2017[6]} // want `^norms.Lucca2017\[6\] is norm.7, not norm.6 as the string beside it says: write norms.Lucca2017\[norms.N6\] for norm.6 \(norms.Lucca2017\[norms.N7\] is norm.7\)$`

	// Lucca norm 6
	_ = norms.Lucca2017[6] // want `^norms.Lucca2017\[6\] is norm.7, not norm.6 as the comment above it says: write norms.Lucca2017\[norms.N6\] for norm.6 \(norms.Lucca2017\[norms.N7\] is norm.7\)$`
}
