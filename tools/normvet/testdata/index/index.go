// Package index indexes the lettered list with constant integers.
package index

import (
	"github.com/cybernorms/cybernorms/norms"
	n2 "github.com/cybernorms/cybernorms/norms"
)

const five = 5

func f(list *[11]norms.Norm, arr [11]norms.Norm, i int) {
	_ = norms.UNGGE2015[5]    // want `constant index 5 into UN GGE 2015 selects norm 13.f., not norm 5: index with the letter constant norms.F`
	_ = n2.UNGGE2015[0]       // want `constant index 0 into UN GGE 2015 selects norm 13.a., not norm 0: index with the letter constant n2.A`
	_ = (norms.UNGGE2015)[10] // want `constant index 10 into UN GGE 2015`
	_ = list[five]            // want `constant index 5 into UN GGE 2015`
	_ = arr[2+1]              // want `constant index 3 into UN GGE 2015`

	// Not reported: the letter constants, a variable index, a numbered list.
	_ = norms.UNGGE2015[norms.F]
	_ = norms.UNGGE2015[i]
	_ = norms.Lucca2017[5]
	_ = norms.Paris2019[0]
	_ = norms.UNGGE2015[norms.Letter(2)]
}

func shadowed() {
	norms := []int{1}
	_ = norms[0]
	_ = n2.UNGGE2015[1] // want `constant index 1 into UN GGE 2015`
}

func list() *[11]norms.Norm { return &norms.UNGGE2015 }
