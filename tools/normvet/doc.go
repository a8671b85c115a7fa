// Package normvet is a checker, in the style of go vet, for code that cites
// the norms of the cybernorms corpus. Its [Analyzer] reports four things.
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
// package accepts. The citations are found by the runtime's own scanner,
// which finds citations in running text for cybernorms.Scan, in a strict
// mode built to flag only text that clearly tries to cite a norm:
//
//   - A machine ID of a known document, such as "UNGGE2015/13l", is always
//     a citation.
//   - Otherwise a citation is a stretch of the words citations are made of:
//     names, years, units ("norm", "para."), fillers and labels ("13(f)").
//     Any other word ends it, and so do a full stop and a blank line.
//   - It holds a word that points at one document with a list ("UN",
//     "GGE", "A/70/174", "Lucca", "Dinard", "Paris", "G20", "Antalya"). A
//     near miss of a longer one counts too ("Luca", "Dinrad"), so that
//     misspellings are caught; "G7" alone does not.
//   - It holds a label after a unit, or a number with a letter: "Lucca 2017
//     item 13" and "UN GGE 13(l)" are citations, "Paris 2019 16" is not. A
//     label before the name is tied to it by "of" or "in".
//   - One that names nothing holds one label and one unit at most.
//   - A year must be the year of a document of the corpus, so "Paris 2024
//     item 3" is left alone.
//   - The one citation without a document name is the UN GGE's own form,
//     "norm 13(l)", and only when no word qualifies it ("L2 norm 13(f)").
//   - A citation of a paragraph rather than a norm is not reported: one that
//     package declarations resolves ("Toronto2018/7"), or one of a document
//     without a list ("UN GGE 2010 para. 7").
//   - Mentions are not citations. In a comment, a citation between quotation
//     marks is not reported. Nor are the strings of test files, which hold
//     bad citations on purpose. Generated files are not checked at all.
//
// The closest citation named in a report is found by changing the label, a
// year or a misspelt name, one or two at a time, and parsing the result.
// Only the label and the four changeable words nearest it are tried, so the
// time grows linearly with the citation's length.
//
// So "SEC Form 13(f)", "Section 13(f) of the Act", "item 13", "RFC 2119
// section 5" or "the G7 commitment 5" are never reported. Run over the
// standard library, normvet reports nothing.
//
// # Citations written as constants
//
// The argument of [norms.Parse], [norms.MustParse], [norms.Lookup],
// [declarations.Parse], [declarations.MustParse] or [declarations.Lookup],
// when it is a constant, is a citation (or an ID) by definition and is
// checked whole, with the package's own parser, so that a citation a
// MustParse would panic on at run time is reported at vet time:
//
//	var critical = norms.MustParse("Luca Declaration, norm 6")
//
//	norms.MustParse panics: citation "Luca Declaration, norm 6" names no
//	norm: "Luca" is not part of any citation of the corpus; closest: G7
//	Lucca 2017, norm 6 (Lucca2017/6)
//
// Where the closest citation differs from the one written only by misspelt
// words of a name, the item meant is certain, and a suggested fix writes
// the closest citation in its short form ("G7 Lucca 2017, norm 6"). Where it
// changes the label or the year, which would name another item or another
// document, the message names it and there is no fix.
//
// # Indexes that read as another item
//
// The lists of package norms are arrays, so an index past the end does not
// compile, but an index in range may read as one item and select another:
// norms.Lucca2017[6] reads as norm 6 and is norm 7. The way to index a list
// depends on how the source labels its items, which normvet reads from the
// labels of [norms.Lists]:
//
//   - a numbered list (labels 1, 2, 3 ...: Lucca2017, Dinard2019,
//     Paris2019) with the [norms.Number] constants: norms.Lucca2017[norms.N6]
//     is norm 6;
//   - a lettered list (labels 13(a), 13(b) ...: UNGGE2015) with the
//     [norms.Letter] constants: norms.UNGGE2015[norms.F] is norm 13(f);
//   - a list of other labels, such as G20Antalya2015, whose one item is
//     labelled 26 (its paragraph), with an integer counted from 0:
//     norms.G20Antalya2015[0]. No constant names its items, and the integer
//     cannot be taken for another item's label.
//
// Any other constant index is reported, with a suggested fix that writes the
// constant naming the item the code selects, qualified as the file imports
// package norms (none for a dot import). A conversion such as
// norms.Number(5) reads as its integer, and so is reported as one:
//
//	norms.Lucca2017[6]             // is norm 7, not norm 6: write norms.Lucca2017[norms.N7]
//	norms.UNGGE2015[5]             // is norm 13(f), not norm 5: write norms.UNGGE2015[norms.F]
//	norms.Lucca2017[norms.F]       // is norm 6, not norm (f): write norms.Lucca2017[norms.N6]
//	norms.UNGGE2015[norms.N6]      // is norm 13(f), not norm 6: write norms.UNGGE2015[norms.F]
//	norms.G20Antalya2015[norms.N1] // is para. 26, not para. 1: write norms.G20Antalya2015[0]
//
// (Each message begins with the index as written: "norms.Lucca2017[6] is
// norm 7, ...".)
//
// The fix keeps what the code selects, unless the words beside the index
// say what is meant (see below): without them, if the code meant norm 6, the
// reader sees it in the fix (norms.N7) and corrects it. An integer index into
// a list of other labels is reported, without a fix, only where the integer
// is the label of another item.
//
// # The words beside an index
//
// A comment or a string beside an index often says which item the code
// means, and normvet reads it: a comment on the line of the index, a string
// literal beside it in the same composite literal or call on the same line,
// or else a comment on the lines just above that line. Those words name an
// item of the list when they hold a citation of it ("Lucca norm 6",
// "UNGGE2015/13f") or a label after a unit ("norm 6", "commitment #3", "norm
// (j)", "13(f)"), and no other item. Where they name an item other than the
// one the index selects, the report says both, and the suggested fix follows
// the words, naming the other reading in the message:
//
//	norms.Lucca2017[6] // Lucca norm 6
//
//	norms.Lucca2017[6] is norm 7, not norm 6 as the comment beside it says:
//	write norms.Lucca2017[norms.N6] for norm 6 (norms.Lucca2017[norms.N7] is
//	norm 7)
//
// An index that reads as the item it selects (a constant: norms.Lucca2017[norms.N6])
// beside words that name another is reported too, without a fix, since
// either may be wrong. Words that name several items ("norms 6 and 7"),
// items of another list, or nothing are passed over, and so are all words
// on a line that holds two indexes into lists.
//
// The index is recognised into the variables of package norms (through
// parentheses, & and *) and, for the lettered list, into any array of its
// type or pointer to one ([11]norms.Norm), as a function's parameter may be.
// An array of a numbered list's length is not taken for that list: a
// program's own [4]norms.Norm is not Dinard2019.
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
// constant indexes into a list (norms.UNGGE2015[norms.F],
// norms.Lucca2017[norms.N6]), constant arguments of norms.Lookup,
// norms.Parse and norms.MustParse (and of declarations.Parse and MustParse
// where they name the paragraph that states a norm), and citations in prose
// that resolve. Each line reads "cites ID
// (citation) how". An index is listed as the item it selects; one that reads
// as another item says so:
//
//	cites Lucca2017/7 (G7 Lucca 2017, norm 7) by index; norms.Lucca2017[6] reads as norm 6
//
// Add -json for output a program can read.
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
