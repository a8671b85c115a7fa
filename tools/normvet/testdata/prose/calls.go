package prose

import "github.com/cybernorms/cybernorms/norms"

// The constant argument of norms.Parse and norms.Lookup is checked whole.
func calls() {
	_, _ = norms.Parse("GGE norm 13(l)")    // want `UN.GGE.2015.has.no.norm`
	_, _ = norms.Parse("norm 6")            // want `which.document`
	_, _ = norms.Lookup("UNGGE2015/13l")    // want `norms.Lookup.*"UNGGE2015.13l".*UN.GGE.2015,.norm.13.k.`
	_, _ = norms.Lookup("Dinard2019/2")     // good
	_, _ = norms.Parse("Lucca 2017 item 6") // good
	const c = "Paris 2019 commitment 17"    // want `G7.Paris.2019.has.no.commitment`
	_, _ = norms.Parse(c)                   // want `G7.Paris.2019.has.no.commitment`
}
