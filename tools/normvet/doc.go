// Package normvet is a checker, in the style of go vet, for code that cites
// the norms of the cybernorms corpus. Its [Analyzer] reports four things.
// The repository's README shows its output on an example.
//
// # Citations that name no norm
//
// A citation of a norm in a comment or a string literal that does not
// resolve is reported, with the closest one that does. "UN GGE norm 13(l)"
// names no norm, and UN GGE 2015, norm 13(k) is closest.
//
// The verdict is [norms.Parse]'s, so a citation normvet accepts is one the
// package accepts. The citations are found by the runtime's own scanner,
// the one behind cybernorms.Scan, in a strict mode. That mode flags only
// text that clearly tries to cite a norm:
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
// The constant argument of [norms.Parse], [norms.MustParse], [norms.Lookup],
// [declarations.Parse], [declarations.MustParse] or [declarations.Lookup] is
// a citation (or an ID) by definition. It is checked whole, with the
// package's own parser. So a citation that a MustParse would panic on at run
// time is reported at vet time, as norms.MustParse("Luca Declaration, norm
// 6") is.
//
// Where the closest citation differs only by misspelt words of a name, the
// item meant is certain. A suggested fix then writes the closest citation in
// its short form ("G7 Lucca 2017, norm 6"). Where it changes the label or
// the year, which would name another item or document, the report names it
// and there is no fix.
//
// # Indexes that read as another item
//
// The lists of package norms are arrays, so an index past the end does not
// compile. But an index in range may read as one item and select another:
// norms.Lucca2017[6] reads as norm 6 and is norm 7. How to index a list
// depends on how its source labels the items, which normvet reads from
// [norms.Lists]:
//
//   - a numbered list (labels 1, 2, 3 ...: Lucca2017, Dinard2019,
//     Paris2019) with the [norms.Number] constants: norms.Lucca2017[norms.N6]
//     is norm 6;
//   - a lettered list (labels 13(a), 13(b) ...: UNGGE2015) with the
//     [norms.Letter] constants: norms.UNGGE2015[norms.F] is norm 13(f);
//   - a list of other labels, such as G20Antalya2015, whose one item is
//     labelled 26, with an integer counted from 0: norms.G20Antalya2015[0].
//     No constant names its items, and 0 is no item's label.
//
// Any other constant index is reported. The suggested fix writes the
// constant that names the item the code selects, qualified as the file
// imports package norms. A conversion such as norms.Number(5) counts as its
// integer. So these are reported, with these fixes:
//
//	norms.Lucca2017[6]             → norms.Lucca2017[norms.N7]
//	norms.UNGGE2015[5]             → norms.UNGGE2015[norms.F]
//	norms.Lucca2017[norms.F]       → norms.Lucca2017[norms.N6]
//	norms.UNGGE2015[norms.N6]      → norms.UNGGE2015[norms.F]
//	norms.G20Antalya2015[norms.N1] → norms.G20Antalya2015[0]
//
// The fix keeps what the code selects, unless words beside the index say
// what is meant (see below). If the code meant norm 6, the reader sees
// norms.N7 in the fix and corrects it. An integer index into a list of other
// labels is reported, without a fix, only where it is another item's label.
//
// # The words beside an index
//
// A comment or a string beside an index often says which item the code
// means, and normvet reads it. It reads a comment on the line of the index,
// a string beside it in the same composite literal or call, or else a
// comment on the lines just above. Those words name an item when they hold
// a citation of it ("Lucca norm 6", "UNGGE2015/13f"), or a label after a
// unit ("norm 6", "commitment #3", "13(f)"), and no other item.
//
// Where they name another item than the one selected, the report names
// both, and the fix follows the words. So norms.Lucca2017[6] beside "//
// Lucca norm 6" is fixed to norms.Lucca2017[norms.N6]. A constant index
// beside words that name another item is reported without a fix, since
// either may be wrong. Words that name several items, items of another list,
// or nothing are passed over, as are all words on a line with two indexes.
//
// An index is recognised into the variables of package norms, through
// parentheses, & and *. For the lettered list, any array of its type, or
// pointer to one ([11]norms.Norm), counts too. An array of a numbered list's
// length is a program's own: a [4]norms.Norm is not Dinard2019.
//
// # Deprecated identifiers
//
// A use of an identifier of the corpus whose doc comment has a paragraph
// beginning "Deprecated:" is reported with that paragraph. What a package
// deprecates travels as analysis facts, so this works under go vet too. The
// -corpus flag sets the import path prefixes whose deprecations count (by
// default github.com/cybernorms/cybernorms).
//
// # Listing citations
//
// With -list, normvet reports none of the above. It reports instead every
// norm the package cites, one per line with its position: constant indexes
// into a list, constant arguments of Lookup, Parse and MustParse, and
// citations in prose that resolve. An index is listed as the item it
// selects, and one that reads as another item says so. Add -json for output
// a program can read.
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
