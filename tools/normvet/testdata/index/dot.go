package index

import . "github.com/cybernorms/cybernorms/norms"

func dot() (Norm, Norm) {
	return UNGGE2015[6], Lucca2017[6] // want `^UNGGE2015\[6\] is norm 13\(g\), not norm 6: write UNGGE2015\[G\]$` `^Lucca2017\[6\] is norm 7, not norm 6: write Lucca2017\[N7\]$`
}
