// Package normvet is a checker, in the style of go vet, for code that cites
// the norms of the cybernorms corpus. Its [Analyzer] reports three things.
//
// # Citations that name no norm
//
// A citation of a norm in a comment or a string literal that does not
// resolve, with the closest one that does:
//
//	// See UN GGE norm 13(l).
//
//	citation "UN GGE norm 13(l)" names no norm: UN GGE 2015 has no norm
//	13(l); its norms are 13(a) to 13(k); closest: UN GGE 2015, norm 13(k)
//	(UNGGE2015/13k)
//
// The verdict is [norms.Parse]'s, so a citation normvet accepts is one the
// package accepts. Finding the citations in prose is a heuristic, built to
// flag only text that clearly tries to cite a norm of the corpus:
//
//   - A machine ID of a known document, such as "UNGGE2015/13l" or
//     "Lucca2017/13", is always a citation.
//   - Otherwise a citation is a run of the words citations of the corpus
//     are made of: the words that name its documents (titles, short names,
//     places, bodies, symbols, aliases), years, units ("norm", "item",
//     "commitment", "para.", "¶", ...), fillers ("the", "of") and labels
//     ("13(f)", "6"), separated only by spaces, line breaks, commas, colons
//     or parentheses. Any other word ends it, and so do a full stop (other
//     than that of "para." or "no.") and a unit with no label after it ("the
//     UN GGE norms, item 12"). A run with several labels is split between
//     them at "and", "or" or a comma. The lines of a comment are read as one
//     text, except blank lines, indented (code) lines and an example's
//     output.
//   - The citation must hold exactly one label, and a word that names one
//     document with a list of norms: "UN", "GGE", "A/70/174", "Lucca",
//     "Dinard", "Paris", "G20" or "Antalya", or a near miss of one of the
//     longer names (one letter off, or two in a word of six letters or more
//     that starts alike: "Luca", "Dinrad"), so that misspellings are caught.
//     "G7" alone is not enough. The label must follow a unit, unless it is
//     lettered in parentheses: "Lucca 2017 item 13" and "UN GGE 13(l)" are
//     citations, "Paris 2019 16" is not. A label written before the name is
//     tied to it by "of" or "in": "norm 6 of the Lucca Declaration".
//   - A year, if there is one, must be the year of a document of the
//     corpus, so "Paris 2024 item 3" is left alone.
//   - The one citation without a document name is the UN GGE's own form,
//     "norm 13(l)", and only when no other word qualifies it ("L2 norm 13(f)"
//     is not one).
//   - A citation of a paragraph rather than a norm is not reported when
//     package declarations resolves it ("Toronto2018/7"), when it names the
//     paragraph that holds the lettered norms ("paragraph 13 of the UN GGE
//     report"), or when it names a document of the corpus without a list
//     ("UN GGE 2010 para. 7").
//   - Mentions are not citations: in a comment, a citation between quotation
//     marks (as in a quoted error message) is not reported, and the string
//     literals of test files, which hold bad citations on purpose, are not
//     either. Generated files are not checked at all.
//
// So "SEC Form 13(f)", "Section 13(f) of the Act", "item 13", "RFC 2119
// section 5" or "the G7 commitment 5" are never reported: run over the
// standard library, normvet reports nothing. The argument of [norms.Parse]
// or [norms.Lookup], when it is a constant, is a citation by definition and
// is checked whole.
//
// # Ordinal indexes into the lettered list
//
// A constant integer index into [norms.UNGGE2015] (or any array of
// [norms.Norm], or pointer to one, of its type) compiles, but reads as
// "norm 5" where it selects norm 13(f). normvet reports it, with a
// suggested fix that writes the letter constant, qualified as the file
// imports package norms:
//
//	n := norms.UNGGE2015[5]       // reported
//	n := norms.UNGGE2015[norms.F] // the fix
//
// # Deprecated identifiers
//
// A use of an identifier of the corpus (package, type, function, variable,
// constant, field or method) whose doc comment has a paragraph beginning
// "Deprecated:", with that paragraph in the message. The packages that
// declare them are analysed first, and what they deprecate travels as
// analysis facts, so this works under go vet too. The -corpus flag sets the
// import path prefixes whose deprecations count (by default
// github.com/cybernorms/cybernorms).
//
// # Listing citations
//
// With -list, normvet reports nothing of the above; instead it reports, one
// diagnostic per line with its position, every norm the package cites:
// constant indexes into a list (norms.UNGGE2015[norms.F], norms.Lucca2017[5]),
// constant arguments of norms.Lookup and norms.Parse, and citations in prose
// that resolve. Each line reads "cites ID (citation) how". Add -json for
// output a program can read.
//
// # Running it
//
// The command is github.com/cybernorms/cybernorms/tools/cmd/normvet:
//
//	normvet ./...
//	normvet -fix ./...
//	normvet -list ./...
//	go vet -vettool=$(which normvet) ./...
package normvet
