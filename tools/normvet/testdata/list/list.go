// Package list cites norms in every way normvet lists.
package list

import "github.com/cybernorms/cybernorms/norms"

// Critical infrastructure: UN GGE 2015, norm 13(f). // want `cites.UNGGE2015.13f..UN.GGE.2015,.norm.13.f...in.prose:."UN.GGE.2015,.norm.13.f."`
func f() {
	_ = norms.UNGGE2015[norms.G]                   // want `cites.UNGGE2015.13g..UN.GGE.2015,.norm.13.g...by.index`
	_ = norms.UNGGE2015[1]                         // want `^cites UNGGE2015.13b .UN.GGE.2015,.norm.13.b.. by index; norms.UNGGE2015\[1\] reads as norm 1$`
	_ = norms.Lucca2017[norms.N6]                  // want `^cites Lucca2017.6 .G7.Lucca.2017,.norm.6. by index$`
	_ = norms.Lucca2017[6]                         // want `^cites Lucca2017.7 .G7.Lucca.2017,.norm.7. by index; norms.Lucca2017\[6\] reads as norm 6$`
	_ = norms.G20Antalya2015[0]                    // want `^cites G20Antalya2015.26 .G20.Antalya.2015,.para..\[26\]. by index$`
	_, _ = norms.Lookup("Dinard2019/2")            // want `cites.Dinard2019.2..G7.Dinard.2019,.commitment.2..with.norms.Lookup`
	_, _ = norms.Parse("Paris 2019 commitment 12") // want `cites.Paris2019.12..G7.Paris.2019,.commitment.12..with.norms.Parse`
	_ = "see the Lucca Declaration, norm 12"       // want `cites.Lucca2017.12..G7.Lucca.2017,.norm.12..in.prose`

	// Not listed: bad citations (UN GGE norm 13(l)) and variable indexes.
	var i norms.Letter
	_ = norms.UNGGE2015[i]
}
