// Package cybernorms makes the international norms of responsible State
// behaviour in cyberspace citable in Go: the G7 declarations and reports of
// Lucca 2017, Toronto 2018, Dinard 2019 and Paris 2019, the norms of the UN
// GGE 2015 report and the norm of the G20 Antalya 2015 communiqué, as
// strongly typed values with their verbatim texts.
//
// The corpus is in two packages:
//
//   - [github.com/cybernorms/cybernorms/norms] holds every enumerated list of
//     norms, commitments or principles as a fixed-size array:
//     norms.UNGGE2015[norms.F] is norm 13(f) of the UN GGE 2015 report, and
//     norms.UNGGE2015[11] does not compile.
//   - [github.com/cybernorms/cybernorms/declarations] holds each document as
//     one variable, with its paragraphs, provenance and typed links:
//     declarations.Lucca2017, declarations.Toronto2018.
//
// Norms and documents have stable machine IDs ("UNGGE2015/13f", "Lucca2017")
// that are never renamed or reused. Both packages parse the citations people
// write ("A/70/174, para. 13(f)") and format citations in several styles.
//
// The command [github.com/cybernorms/cybernorms/cmd/cybernorms] shows,
// searches, cites and exports the corpus from a terminal. The checker normvet,
// in the repository's tooling module, vets the citations of norms in Go code.
//
// The values are generated from the source texts in the module's data
// directory by the program in gen, which checks that every text occurs
// verbatim in its source and that every restated norm agrees word for word
// with what it restates. Importing the packages costs no initialisation and
// no allocation: the values are static data.
package cybernorms

//go:generate go run ./gen
