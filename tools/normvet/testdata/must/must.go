// Package must writes citations as constants, passed to MustParse and
// Parse: normvet checks them whole, at vet time, instead of a panic at run
// time.
package must

import (
	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

var (
	supplyChain = norms.MustParse("UN GGE 2015 norm 13(i)")
	critical    = norms.MustParse("Lucca Declaration, norm 6")

	// A misspelt name: the item is the one written, so its citation is
	// offered as a fix.
	misspelt = norms.MustParse("Luca Declaration, norm 6")           // want `^norms.MustParse .*"Luca Declaration, norm 6".*G7 Lucca 2017, norm 6 \(Lucca2017/6\)$`
	parsed   = must(norms.Parse("Dinrad Declaration, commitment 2")) // want `"Dinrad Declaration, commitment 2".*G7 Dinard 2019, commitment 2`

	// A label the list does not have, or a year of another document: the
	// closest is a guess at the item, named but not written.
	wrongYr    = norms.MustParse("UN GGE 2013 norm 13(f)") // want `^norms.MustParse .*"UN.GGE.2013.norm.13.f.".*UN.GGE.2015,.norm.13.f. .UNGGE2015/13f.$`
	noSuchNorm = norms.MustParse("UN GGE norm 13(l)")      // want `^norms.MustParse .*"UN.GGE.norm.13.l.".*UN.GGE.2015.has.no.norm.13.l.;.its.norms.are.13.a..to.13.k..*UN.GGE.2015,.norm.13.k. .UNGGE2015/13k.$`

	// Documents and paragraphs, with package declarations.
	report, para7 = declarations.MustParse("Toronto 2018 chair's report, para. 7")
	_, para13     = declarations.MustParse("Toronto 2018 chair's report, para. 13") // want `^declarations.MustParse .*cannot parse citation "Toronto 2018 chair's report, para. 13": G7 Toronto 2018 Chair's Report has no paragraph 13; its labels are 1 to 12$`
	_, _, _       = declarations.Parse("SEC Form 13(f)")                            // want `^declarations.Parse.*cannot parse citation "SEC Form 13\(f\)": "SEC Form" is not part of any citation of the corpus$`
	lucca, _      = declarations.Lookup("Lucca2017")
	_, _          = declarations.Lookup("Lucca2071") // want `^declarations.Lookup.*unknown document ID "Lucca2071"; the closest known IDs are Lucca2017`
)

func must(n norms.Norm, err error) norms.Norm { return norms.MustParse(string(n.ID())) }
