// Package intent indexes the lists of package norms beside comments and
// strings that say which item the code means.
package intent

import "github.com/cybernorms/cybernorms/norms"

// A tag pairs a label with a norm, as a tracker's table does.
type tag struct {
	name string
	norm norms.Norm
}

// comments beside an integer index that reads as one item and selects
// another: the fix follows the comment, and the message names both items.
func comments() {
	_ = norms.Lucca2017[6]  // Lucca norm 6 // want `^norms.Lucca2017\[6\] is.norm.7, not.norm.6 as the comment beside it says: write norms.Lucca2017\[norms.N6\] for.norm.6 \(norms.Lucca2017\[norms.N7\] is.norm.7\)$`
	_ = norms.Lucca2017[2]  /* protect critical infrastructure: norm 7 */ // want `^norms.Lucca2017\[2\] is.norm.3, not.norm.2, and the comment beside it says.norm.7: write norms.Lucca2017\[norms.N7\] for.norm.7 \(norms.Lucca2017\[norms.N3\] is.norm.3\)$`
	_ = norms.UNGGE2015[6]  // UN GGE 2015 norm 13(f) // want `^norms.UNGGE2015\[6\] is.norm.13.g., not.norm.6, and the comment beside it says.norm.13.f.: write norms.UNGGE2015\[norms.F\] for.norm.13.f. \(norms.UNGGE2015\[norms.G\] is.norm.13.g.\)$`
	_ = norms.UNGGE2015[10] // norm (j), on reporting ICT vulnerabilities // want `write norms.UNGGE2015\[norms.J\] for.norm.13.j.`
	_ = norms.Dinard2019[1] // Dinard2019/1 // want `^norms.Dinard2019\[1\] is.commitment.2, not.commitment.1 as the comment beside it says: write norms.Dinard2019\[norms.N1\]`
	_ = norms.Paris2019[3]  // commitment #3 // want `write norms.Paris2019\[norms.N3\] for.commitment.3`

	// The comment agrees with the item selected: the fix writes its
	// constant, as without a comment.
	_ = norms.Lucca2017[5] // Lucca norm 6 // want `^norms.Lucca2017\[5\] is.norm.6, not.norm.5: write norms.Lucca2017\[norms.N6\]$`

	// A comment that names several items, or none, says nothing.
	_ = norms.Lucca2017[6] // Lucca norms 6 and 7 // want `^norms.Lucca2017\[6\] is.norm.7, not.norm.6: write norms.Lucca2017\[norms.N7\]$`
	_ = norms.Lucca2017[6] // the sixth // want `^norms.Lucca2017\[6\] is.norm.7, not.norm.6: write norms.Lucca2017\[norms.N7\]$`
	_ = norms.Lucca2017[6] // UN GGE 2015 norm 13(f) // want `^norms.Lucca2017\[6\] is.norm.7, not.norm.6: write norms.Lucca2017\[norms.N7\]$`
}

// constants read as the item they select: words beside that name another
// are reported, without a fix, since either may be wrong.
func constants() {
	_ = norms.Lucca2017[norms.N6] // Lucca norm 7 // want `^norms.Lucca2017\[norms.N6\] is.norm.6, but the comment beside it says.norm.7: write norms.Lucca2017\[norms.N7\] for.norm.7, or correct the comment$`
	_ = norms.UNGGE2015[norms.F]  // 13(g) // want `^norms.UNGGE2015\[norms.F\] is.norm.13.f., but the comment beside it says.norm.13.g.: write norms.UNGGE2015\[norms.G\] for.norm.13.g., or correct the comment$`

	// Not reported: the comment agrees.
	_ = norms.Lucca2017[norms.N6] // Lucca norm 6
	_ = norms.UNGGE2015[norms.F]  // UN GGE 2015, norm 13(f)
	_ = norms.G20Antalya2015[0]   // G20 Antalya 2015, para. 26
}

// strings beside an index, in the same composite literal or call, on the
// same line.
func strings() []tag {
	tags := []tag{
		{"Lucca norm 6", norms.Lucca2017[6]},                     // want `^norms.Lucca2017\[6\] is.norm.7, not.norm.6 as the string beside it says: write norms.Lucca2017\[norms.N6\]`
		{name: "GGE norm 13(f)", norm: norms.UNGGE2015[norms.G]}, // want `^norms.UNGGE2015\[norms.G\] is.norm.13.g., but the string beside it says.norm.13.f.: write norms.UNGGE2015\[norms.F\] for.norm.13.f., or correct the string$`
		{"Dinard commitment 2", norms.Dinard2019[norms.N2]},
	}
	tagged("Paris Call, principle 2", norms.ParisCall2018[2]) // want `write norms.ParisCall2018\[norms.N2\] for.principle.2`
	return tags
}

func tagged(string, norms.Norm) {}

// byName keys norms by a name that cites them.
var byName = map[string]norms.Norm{
	"Lucca norm 6": norms.Lucca2017[6], // want `as the string beside it says: write norms.Lucca2017\[norms.N6\]`
	"other":        norms.Lucca2017[6], // want `^norms.Lucca2017\[6\] is.norm.7, not.norm.6: write norms.Lucca2017\[norms.N7\]$`
}

// above is the comment on the lines above an index.
func above() norms.Norm {
	// Lucca norm 6: do not harm critical infrastructure.
	x := norms.Lucca2017[6] // want `as the comment above it says: write norms.Lucca2017\[norms.N6\]`

	// The comment beside y is not above the next line: it is y's.
	y := norms.Lucca2017[6] /* Lucca norm 9 */ // want `, and the comment beside it says.norm.9: write norms.Lucca2017\[norms.N9\] for.norm.9`
	_ = norms.Lucca2017[6]  // want `^norms.Lucca2017\[6\] is.norm.7, not.norm.6: write norms.Lucca2017\[norms.N7\]$`
	_ = y
	return x
}

// twoOnALine: a comment beside two indexes could be about either.
func twoOnALine() {
	_, _ = norms.Lucca2017[5], norms.Lucca2017[6] // Lucca norm 6 // want `^norms.Lucca2017\[5\] is.norm.6, not.norm.5: write norms.Lucca2017\[norms.N6\]$` `^norms.Lucca2017\[6\] is.norm.7, not.norm.6: write norms.Lucca2017\[norms.N7\]$`
}
