// Package sample holds one case of each report of normvet, and of the index
// report one for a lettered and one for a numbered list.
package sample

import (
	"fmt"

	"example.com/sample/legacy"
	"github.com/cybernorms/cybernorms/norms"
)

// Report explains a decision. It follows UN GGE norm 13(l).
func Report() {
	fmt.Println(norms.UNGGE2015[5])
	fmt.Println(legacy.Old())
	fmt.Println(norms.Lucca2017[6])

	// Fine: UN GGE 2015, norm 13(f); norms.UNGGE2015[norms.F]; legacy.New.
	fmt.Println(norms.UNGGE2015[norms.F], legacy.New())
}
