package cite

// A ParseError is the error the module's packages give for a citation they
// cannot read; each exports it under the name ParseError, documented in
// package cybernorms.
type ParseError struct {
	// Input is the citation given.
	Input string
	// Part is the part of the citation that was not understood, as it is
	// written in Input (the first, where there are several), or "" when the
	// citation was understood but names nothing, or several things.
	Part string
	// Msg says what is wrong. It quotes parts of the input escaped, never
	// raw control characters.
	Msg string
}

// Error returns the message: the citation, quoted (and shortened when it is
// long), and what is wrong with it.
func (e *ParseError) Error() string {
	return "cannot parse citation " + Quote(e.Input) + ": " + e.Msg
}

// NewParseError converts an error of the engine into a *ParseError for the
// citation input.
func NewParseError(input string, err error) *ParseError {
	// The engine returns its *Error unwrapped: a type assertion, not
	// errors.As, which would link package reflect's lite version.
	if ce, ok := err.(*Error); ok {
		return &ParseError{Input: input, Part: ce.Part, Msg: ce.Msg}
	}
	return &ParseError{Input: input, Msg: err.Error()}
}
