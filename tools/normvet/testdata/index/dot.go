package index

import . "github.com/cybernorms/cybernorms/norms"

func dot() Norm {
	return UNGGE2015[6] // want `constant index 6 into UN GGE 2015 selects norm 13.g., not norm 6: index with the letter constant G`
}
