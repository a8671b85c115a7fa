package index

// A file that does not import package norms gets no fix.
func nofix() {
	_ = dot
	_ = list()[2] // want `constant index 2 into UN GGE 2015 selects norm 13.c., not norm 2: index with the letter constant norms.C`
}
