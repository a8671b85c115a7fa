// Package cybernorms makes the international norms of responsible State
// behaviour in cyberspace citable in Go.
//
// The corpus holds the texts of G7 declarations and reports (Lucca 2017,
// Toronto 2018, Dinard 2019, Paris 2019), the UN GGE 2015 norms, the G20
// Antalya 2015 norm and the Paris Call (2018, in English and French). It
// holds excerpts of seven more: the G7 Principles and Actions on Cyber and
// Fundamental Elements (2016), the GCSC's public-core norm (2017), the
// Charter of Trust, the ASEAN Leaders' Statement and the Charlevoix
// Commitment (2018), and the OEWG's final report (2021). Every text is
// verbatim, and every value is strongly typed and read-only.
//
// # The model
//
// Package [github.com/cybernorms/cybernorms/norms] holds each list of norms,
// commitments or principles as a fixed-size array. norms.UNGGE2015[norms.F]
// is norm 13(f) of the UN GGE 2015 report, and norms.UNGGE2015[11] does not
// compile. Package [github.com/cybernorms/cybernorms/declarations] holds each
// document as one variable, such as declarations.Lucca2017, with its
// paragraphs, provenance, facts, language versions and typed links. A list
// the corpus holds only in part is paragraphs there, never an array.
//
// Norms, paragraphs and documents have stable IDs: "UNGGE2015/13f",
// "Toronto2018/7", "Lucca2017/p3", "Lucca2017". IDs are never renamed or
// reused. A language version's ID adds its tag: "ParisCall2018.fr/2".
//
// # Citations
//
// This package answers one question: what does a citation name? [Resolve]
// returns the one document, paragraph or norm a citation names, as a [Ref].
// [ResolveAll] returns all it names, in order. [Read] also returns the parts
// it set aside, and [Scan] finds citations in running text. norms.Parse and
// declarations.Parse read the same citations. They read the forms of the
// field, for example:
//
//	UNGGE2015/13f                          an ID
//	A/70/174, para. 13(f)                  a symbol, a unit and a label
//	UN GGE 2015 norm 13(f)                 a short name
//	Lucca Declaration, norm 6              a title's words
//	the third principle of the Paris Call  a place in a list
//	Appel de Paris, principe 2             a language version's names
//	the GGE 2015 norm on supply chain integrity   a description
//	norms 13(a)–(k)                        a range (ResolveAll)
//	the 2010, 2013 and 2015 GGE reports    several documents (ResolveAll)
//
// A citation copied from a text may carry a gloss or a word that names
// nothing. [Read] sets these aside and says so. It never sets aside a
// number, a symbol, a date, a unit or a label. A generic title ("the G7
// summit communiqué") or a lone common word names nothing. An error is a
// [*ParseError] that says which part was not understood, or names the
// candidates. The grammar in full is documented with its engine, the
// module's internal/cite package.
//
// # Themes and shared wording
//
// Each norm has one to three themes, such as critical infrastructure or the
// supply chain. Themes are the maintainers' editorial grouping, each
// justified by words of the norm. norms.ByTheme gives what every list says
// about a theme. The wording documents share is computed from the texts:
// every run of eight words or more, with all its passages
// (declarations.SharedRuns).
//
// # Cost and provenance
//
// Importing the packages costs no initialisation and no allocation: the
// values are static data. The program in gen generates them from the
// source texts in the module's data directory. It checks that every text
// occurs verbatim in its source, and that every restated norm agrees word
// for word. Each document's provenance names the copy its text was read
// from.
//
// The command [github.com/cybernorms/cybernorms/cmd/cybernorms] shows,
// searches, cites, resolves, scans and exports the corpus. The checker
// normvet, in the repository's tooling module, vets citations in Go code.
package cybernorms

//go:generate go run ./gen
