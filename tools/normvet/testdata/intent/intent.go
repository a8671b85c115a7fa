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
	_ = norms.Lucca2017[6]  // Lucca norm 6 // want `^norms.Lucca2017\[6\] .*norm.7.*norm.6.*comment.*norms.Lucca2017\[norms.N6\].*norm.6.*norms.Lucca2017\[norms.N7\].*norm.7\)$`
	_ = norms.Lucca2017[2]  /* protect critical infrastructure: norm 7 */ // want `^norms.Lucca2017\[2\] .*norm.3.*norm.2.*comment.*norm.7.*norms.Lucca2017\[norms.N7\].*norm.7.*norms.Lucca2017\[norms.N3\].*norm.3\)$`
	_ = norms.UNGGE2015[6]  // UN GGE 2015 norm 13(f) // want `^norms.UNGGE2015\[6\] .*norm.13.g..*norm.6.*comment.*norm.13.f..*norms.UNGGE2015\[norms.F\].*norm.13.f..*norms.UNGGE2015\[norms.G\].*norm.13.g.\)$`
	_ = norms.UNGGE2015[10] // norm (j), on reporting ICT vulnerabilities // want `norms.UNGGE2015\[norms.J\].*norm.13.j.`
	_ = norms.Dinard2019[1] // Dinard2019/1 // want `^norms.Dinard2019\[1\] .*commitment.2.*commitment.1.*comment.*norms.Dinard2019\[norms.N1\]`
	_ = norms.Paris2019[3]  // commitment #3 // want `norms.Paris2019\[norms.N3\].*commitment.3`

	// The comment agrees with the item selected: the fix writes its
	// constant, as without a comment.
	_ = norms.Lucca2017[5] // Lucca norm 6 // want `^norms.Lucca2017\[5\] .*norm.6.*norm.5.*norms.Lucca2017\[norms.N6\]$`

	// A comment that names several items, or none, says nothing.
	_ = norms.Lucca2017[6] // Lucca norms 6 and 7 // want `^norms.Lucca2017\[6\] .*norm.7.*norm.6.*norms.Lucca2017\[norms.N7\]$`
	_ = norms.Lucca2017[6] // the sixth // want `^norms.Lucca2017\[6\] .*norm.7.*norm.6.*norms.Lucca2017\[norms.N7\]$`
	_ = norms.Lucca2017[6] // UN GGE 2015 norm 13(f) // want `^norms.Lucca2017\[6\] .*norm.7.*norm.6.*norms.Lucca2017\[norms.N7\]$`
}

// constants read as the item they select: words beside that name another
// are reported, without a fix, since either may be wrong.
func constants() {
	_ = norms.Lucca2017[norms.N6] // Lucca norm 7 // want `^norms.Lucca2017\[norms.N6\] .*norm.6.*comment.*norm.7.*norms.Lucca2017\[norms.N7\].*norm.7.*comment$`
	_ = norms.UNGGE2015[norms.F]  // 13(g) // want `^norms.UNGGE2015\[norms.F\] .*norm.13.f..*comment.*norm.13.g..*norms.UNGGE2015\[norms.G\].*norm.13.g..*comment$`

	// Not reported: the comment agrees.
	_ = norms.Lucca2017[norms.N6] // Lucca norm 6
	_ = norms.UNGGE2015[norms.F]  // UN GGE 2015, norm 13(f)
	_ = norms.G20Antalya2015[0]   // G20 Antalya 2015, para. 26
}

// strings beside an index, in the same composite literal or call, on the
// same line.
func strings() []tag {
	tags := []tag{
		{"Lucca norm 6", norms.Lucca2017[6]},                     // want `^norms.Lucca2017\[6\] .*norm.7.*norm.6.*string.*norms.Lucca2017\[norms.N6\]`
		{name: "GGE norm 13(f)", norm: norms.UNGGE2015[norms.G]}, // want `^norms.UNGGE2015\[norms.G\] .*norm.13.g..*string.*norm.13.f..*norms.UNGGE2015\[norms.F\].*norm.13.f..*string$`
		{"Dinard commitment 2", norms.Dinard2019[norms.N2]},
	}
	tagged("Paris Call, principle 2", norms.ParisCall2018[2]) // want `norms.ParisCall2018\[norms.N2\].*principle.2`
	return tags
}

func tagged(string, norms.Norm) {}

// byName keys norms by a name that cites them.
var byName = map[string]norms.Norm{
	"Lucca norm 6": norms.Lucca2017[6], // want `string.*norms.Lucca2017\[norms.N6\]`
	"other":        norms.Lucca2017[6], // want `^norms.Lucca2017\[6\] .*norm.7.*norm.6.*norms.Lucca2017\[norms.N7\]$`
}

// above is the comment on the lines above an index.
func above() norms.Norm {
	// Lucca norm 6: do not harm critical infrastructure.
	x := norms.Lucca2017[6] // want `comment.*norms.Lucca2017\[norms.N6\]`

	// The comment beside y is not above the next line: it is y's.
	y := norms.Lucca2017[6] /* Lucca norm 9 */ // want `comment.*norm.9.*norms.Lucca2017\[norms.N9\].*norm.9`
	_ = norms.Lucca2017[6]  // want `^norms.Lucca2017\[6\] .*norm.7.*norm.6.*norms.Lucca2017\[norms.N7\]$`
	_ = y
	return x
}

// twoOnALine: a comment beside two indexes could be about either.
func twoOnALine() {
	_, _ = norms.Lucca2017[5], norms.Lucca2017[6] // Lucca norm 6 // want `^norms.Lucca2017\[5\] .*norm.6.*norm.5.*norms.Lucca2017\[norms.N6\]$` `^norms.Lucca2017\[6\] .*norm.7.*norm.6.*norms.Lucca2017\[norms.N7\]$`
}
