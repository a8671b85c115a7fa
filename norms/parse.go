package norms

import (
	"errors"
	"strconv"

	"github.com/cybernorms/cybernorms/internal/cite"
)

// Parse turns a citation into the norm it names. It accepts, in any case and
// spacing:
//
//   - the machine ID: "UNGGE2015/13f";
//   - the document named by any of the words the field uses for it (its
//     title, short name, place, issuing body, year, UN symbol, or a recorded
//     alias such as "GGE"), in any order, with a unit and a label:
//     "UN GGE 2015 norm 13(f)", "2015 GGE report, para. 13 (f)",
//     "A/70/174, para. 13(f)", "A/70/174 ¶ 13(f)", "GGE norm (f)",
//     "UN norm F", "Lucca Declaration, norm 6", "G7 Lucca 2017 item 6",
//     "G20 Antalya 2015 para. 26", "Dinard commitment 2",
//     "Paris 2019 commitment 12";
//   - a lettered label alone, "13(f)", "norm 13(f)", "norm (f)" or "norm f":
//     the UN GGE 2015 norms are the only lettered list of the corpus, so
//     these name them. A numbered label alone ("norm 6") names no document
//     and fails.
//
// The units are "norm", "item", "commitment", "principle", "recommendation"
// (the G7 texts speak of "the recommendations contained in" the UN GGE
// reports), "para.", "paragraph", "¶", "§", "#" and "no."; fillers such as
// "the" and "of" are ignored. Any other word that names no document of the
// corpus makes Parse fail, so that "SEC Form 13(f)", "13F filing" and
// "Section 13(f) of the Act" are not taken for norms.
//
// On failure the error is a [*ParseError] that says which part was not
// understood, or why the citation names no single norm.
func Parse(citation string) (Norm, error) {
	r, err := cite.Parse(citation, cite.Norm)
	if err != nil {
		return Norm{}, newParseError(citation, err)
	}
	n := lookup(r.Doc.ID + "/" + cite.LocalID(r.Label))
	if n == nil {
		return Norm{}, &ParseError{Input: citation, Msg: "internal error: no norm " + strconv.Quote(r.Doc.ID+"/"+r.Label)}
	}
	return Norm{n}, nil
}

// A ParseError reports a citation that names no single item of the corpus.
type ParseError struct {
	// Input is the citation given.
	Input string
	// Part is the part of the citation that was not understood, as it is
	// written in Input (the first, where there are several), or "" when the
	// citation was understood but names nothing, or several things.
	Part string
	// Msg says what is wrong.
	Msg string
}

// Error returns the message: the citation, quoted, and what is wrong with it.
func (e *ParseError) Error() string {
	return "cannot parse citation " + strconv.Quote(e.Input) + ": " + e.Msg
}

// newParseError converts an error of the internal parser.
func newParseError(input string, err error) *ParseError {
	var ce *cite.Error
	if errors.As(err, &ce) {
		return &ParseError{Input: input, Part: ce.Part, Msg: ce.Msg}
	}
	return &ParseError{Input: input, Msg: err.Error()}
}
