package declarations

// MustParse is like [Parse] but panics if the citation names no document,
// with the [*ParseError] that Parse returns as the panic value. It is for
// citations written as constants in a program, where a typo is the
// programmer's error, to be found when the program starts (or earlier: the
// checker normvet reports, at vet time, the constant citations passed to
// MustParse that name nothing):
//
//	var chairsReport, para7 = declarations.MustParse("Toronto 2018 chair's report, para. 7")
//
// The paragraph is the zero [Paragraph] when the citation names a whole
// document. This is what [regexp.MustCompile] is to [regexp.Compile]. For
// citations read from input, use [Parse] and handle its error.
func MustParse(citation string) (Declaration, Paragraph) {
	d, p, err := Parse(citation)
	if err != nil {
		panic(err)
	}
	return d, p
}
