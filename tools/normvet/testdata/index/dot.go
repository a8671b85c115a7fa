package index

import . "github.com/cybernorms/cybernorms/norms"

func dot() (Norm, Norm) {
	return UNGGE2015[6], Lucca2017[6] // want `^UNGGE2015\[6\] .*norm 13\(g\).*norm 6.*UNGGE2015\[G\]$` `^Lucca2017\[6\] .*norm 7.*norm 6.*Lucca2017\[N7\]$`
}
