package norms

// MustParse is like [Parse] but panics if the citation names no single norm,
// with the [*ParseError] that Parse returns as the panic value. It is for
// citations written as constants in a program, where a typo is the
// programmer's error, to be found when the program starts (or earlier: the
// checker normvet reports, at vet time, the constant citations passed to
// MustParse that name no norm):
//
//	var supplyChain = norms.MustParse("UN GGE 2015 norm 13(i)")
//
// This is what [regexp.MustCompile] is to [regexp.Compile]. For citations
// read from input, use [Parse] and handle its error.
func MustParse(citation string) Norm {
	n, err := Parse(citation)
	if err != nil {
		panic(err)
	}
	return n
}
