// Package index indexes the lists of package norms with constants that read
// wrong.
package index

import (
	"github.com/cybernorms/cybernorms/norms"
	n2 "github.com/cybernorms/cybernorms/norms"
)

const five = 5

// lettered indexes the lettered UN GGE 2015 list.
func lettered(list *[11]norms.Norm, arr [11]norms.Norm, i int) {
	_ = norms.UNGGE2015[5]               // want `^norms.UNGGE2015\[5\] .*norm 13\(f\).*norm 5.*norms.UNGGE2015\[norms.F\]$`
	_ = n2.UNGGE2015[0]                  // want `^n2.UNGGE2015\[0\] .*norm 13\(a\).*norm 0.*n2.UNGGE2015\[n2.A\]$`
	_ = (norms.UNGGE2015)[10]            // want `^\(norms.UNGGE2015\)\[10\] .*norm 13\(k\).*norm 10.*\(norms.UNGGE2015\)\[norms.K\]$`
	_ = (&norms.UNGGE2015)[4]            // want `norm 13\(e\).*norm 4`
	_ = list[five]                       // want `^list\[five\] .*norm 13\(f\).*norm 5.*list\[norms.F\]$`
	_ = arr[2+1]                         // want `^arr\[2 \+ 1\] .*norm 13\(d\).*norm 3.*arr\[norms.D\]$`
	_ = norms.UNGGE2015[norms.N6]        // want `^norms.UNGGE2015\[norms.N6\] .*norm 13\(f\).*norm 6.*norms.UNGGE2015\[norms.F\]$`
	_ = norms.UNGGE2015[norms.N11]       // want `norm 13\(k\).*norm 11`
	_ = norms.UNGGE2015[norms.Letter(2)] // want `^norms.UNGGE2015\[norms.Letter\(2\)\] .*norm 13\(c\).*norm 2.*norms.UNGGE2015\[norms.C\]$`

	// Not reported: the letter constants, a variable index.
	_ = norms.UNGGE2015[norms.F]
	_ = norms.UNGGE2015[i]
	_ = norms.UNGGE2015[norms.Letter(i)]
}

// numbered indexes the numbered lists.
func numbered(i int, k norms.Number) {
	_ = norms.Lucca2017[6]               // want `^norms.Lucca2017\[6\] .*norm 7.*norm 6.*norms.Lucca2017\[norms.N7\]$`
	_ = n2.Lucca2017[0]                  // want `^n2.Lucca2017\[0\] .*norm 1.*norm 0.*n2.Lucca2017\[n2.N1\]$`
	_ = norms.Paris2019[15]              // want `^norms.Paris2019\[15\] .*commitment 16.*commitment 15.*norms.Paris2019\[norms.N16\]$`
	_ = (*&norms.Dinard2019)[five-2]     // want `^\(\*&norms.Dinard2019\)\[five - 2\] .*commitment 4.*commitment 3.*\(\*&norms.Dinard2019\)\[norms.N4\]$`
	_ = norms.Lucca2017[norms.F]         // want `^norms.Lucca2017\[norms.F\] .*norm 6.*norm \(f\).*norms.Lucca2017\[norms.N6\]$`
	_ = norms.Lucca2017[norms.Number(5)] // want `^norms.Lucca2017\[norms.Number\(5\)\] .*norm 6.*norm 5.*norms.Lucca2017\[norms.N6\]$`
	_ = norms.Dinard2019[norms.A]        // want `commitment 1.*commitment \(a\).*norms.Dinard2019\[norms.N1\]$`

	// Not reported: the number constants, variable indexes.
	_ = norms.Lucca2017[norms.N6]
	_ = norms.Paris2019[norms.N16]
	_ = norms.Lucca2017[i]
	_ = norms.Lucca2017[k]
	_ = norms.Lucca2017[norms.Number(i)]
}

// otherLabels indexes the G20 Antalya 2015 list, whose one item is labelled
// 26: no constant names it, so an integer index reads right and a constant
// does not.
func otherLabels() {
	_ = norms.G20Antalya2015[0]
	_ = norms.G20Antalya2015[norms.N1] // want `^norms.G20Antalya2015\[norms.N1\] .*para. 26.*para. 1.*norms.G20Antalya2015\[0\]$`
	_ = norms.G20Antalya2015[norms.Number(0)]
	_ = norms.G20Antalya2015[norms.A] // want `^norms.G20Antalya2015\[norms.A\] .*para. 26.*para. \(a\).*norms.G20Antalya2015\[0\]$`
}

// ownArrays are not lists of the corpus, except one of the lettered list's
// type: an array of a numbered list's length is as likely a program's own.
func ownArrays(four [4]norms.Norm, twelve [12]norms.Norm) {
	_ = four[0]
	_ = twelve[6]
}

func shadowed() {
	norms := []int{1}
	_ = norms[0]
	_ = n2.UNGGE2015[1] // want `n2.UNGGE2015\[n2.B\]$`
	_ = n2.Lucca2017[1] // want `n2.Lucca2017\[n2.N2\]$`
}

func list() *[11]norms.Norm { return &norms.UNGGE2015 }
