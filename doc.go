// Package cybernorms makes the international norms of responsible State
// behaviour in cyberspace citable in Go: the G7 declarations and reports of
// Lucca 2017, Toronto 2018, Dinard 2019 and Paris 2019, the norms of the UN
// GGE 2015 report, the norm of the G20 Antalya 2015 communiqué and the Paris
// Call for Trust and Security in Cyberspace (2018, in English and French),
// and as excerpts the G7 Principles and Actions on Cyber and Fundamental
// Elements of Cybersecurity for the Financial Sector (2016), the GCSC's norm
// on the public core of the Internet (2017), the Charter of Trust, the ASEAN
// Leaders' Statement on Cybersecurity Cooperation and the G7 Charlevoix
// Commitment (2018) and the opening of the OEWG's final report (2021), as
// strongly typed, read-only values with their verbatim texts.
//
// The corpus is in two packages:
//
//   - [github.com/cybernorms/cybernorms/norms] holds every enumerated list of
//     norms, commitments or principles that the corpus holds whole as a
//     fixed-size array:
//     norms.UNGGE2015[norms.F] is norm 13(f) of the UN GGE 2015 report,
//     norms.Lucca2017[norms.N6] is norm 6 of the Lucca Declaration, and
//     norms.UNGGE2015[11] does not compile.
//   - [github.com/cybernorms/cybernorms/declarations] holds each document as
//     one variable, with its paragraphs, provenance, facts, language versions
//     and typed links: declarations.Lucca2017, declarations.ParisCall2018;
//     the items of a list it holds only in part (the Charter of Trust's
//     principles 1 and 2 of ten) are paragraphs there, never arrays of
//     package norms.
//
// Norms, paragraphs and documents have stable machine IDs ("UNGGE2015/13f",
// "Toronto2018/7", "Lucca2017") that are never renamed or reused. This
// package answers the question both need: what does a citation name?
//
// # Citations
//
// [Resolve] turns a citation of one document, paragraph or norm into a
// [Ref]; [ResolveAll] returns everything a citation names, in order; [Scan]
// finds the citations in running text, with their byte offsets. The
// functions norms.Parse and declarations.Parse read the same citations, each
// for its own kind of value. They all read:
//
//   - IDs: "UNGGE2015/13f", "Toronto2018/7" (a paragraph the source
//     numbers), "Lucca2017/p3" (the third paragraph, numbered or not),
//     "Lucca2017".
//   - The names the field uses for a document, in any order and case, with
//     British or American spelling: its title, short name, body, meeting,
//     place, year and date, kind, aliases and initialisms ("GGE", "UNGA",
//     "CNI"), its UN symbol in the forms authors use ("A/70/174", "UN Doc.
//     A/70/174", "A/RES/70/237", "UNGA Res. 70/237", "GA res 68/167",
//     "resolution 68/167 of 18 December 2013") and treaty numbers ("ETS No.
//     185"): "the 2015 UN GGE report", "Lucca Declaration", "Appel de Paris".
//   - A unit and a label after the document: "norm 13(f)", "para. 7", "¶
//     26", "commitment 2", "principle 5", "recommendation 13(f)", and a
//     label the source does not print in square brackets, "principle [4]",
//     "para. [26]", as [Ref.String] prints it; a paragraph by its place,
//     "unnumbered paragraph 3 of 34" (in French "paragraphe non numéroté 3
//     sur 25"), or by its opening words, quoted, "paragraph beginning “We
//     affirm our willingness”", "passage beginning “…”", "heading “…”"
//     (as [Ref.String] prints a paragraph whose place in the original the
//     corpus does not know); an item by its place in its list,
//     "the third principle of the Paris Call", "the 6th norm" (of the
//     lettered UN GGE list, 13(f)); and, for
//     the lettered UN GGE norms alone, "13(f)" or "norm (f)" without a
//     document.
//   - A description in place of a label: "the GGE 2015 norm on supply chain
//     integrity", "the Paris Call principle on elections". It names the one
//     item of the documents named whose text, editorial title or themes
//     (below) hold every word of the description, each word by its stem;
//     where several items fit, the error names them all, and nothing is
//     guessed.
//   - For ResolveAll: ranges ("norms 13(a)–(k)", "Lucca norms 1-11", "paras
//     7-8"), enumerations ("13(f), (g) and (h)", "resolutions 20/8 and
//     26/13"), whole lists ("the 11 norms of the 2015 GGE report") and
//     several documents ("the 2010, 2013 and 2015 GGE reports").
//
// A number is a label only where a unit or the lettered form makes it one:
// dates ("LUCCA, 11 APRIL 2017", "April 11, 2017", "(22 July 2015)", "15-16
// November 2015"), counts ("the 11 norms", "eleven norms"), sessions and
// agenda items ("Seventieth session, Item 93") and treaty numbers are read
// as what they are. Units are strict ("para. 6" never means "norm 6"); only
// ASCII digits are digits; a word or character that belongs to no citation
// of the corpus makes the citation fail, and so does a citation that could
// name two things: the error, a [*ParseError], says which part was not
// understood, or names the candidates. The grammar in full is documented
// with the engine, in the module's internal/cite package.
//
// # Themes and shared wording
//
// Each norm has one to three themes (norms.Theme: critical infrastructure,
// the supply chain, human rights and privacy ...), the maintainers' editorial
// grouping, each justified by words of the norm that the generator finds in
// its text; norms.ByTheme gives what every list says about a theme, the
// cross-walk of the frameworks. The wording documents share is computed from
// the texts: every run of eight words or more that paragraphs of two
// documents hold, recorded once with all its passages
// (declarations.SharedRuns, Paragraph.SharedWording), such as the Lucca
// Declaration's sentences on human rights online that the Toronto report
// and the Paris Call repeat.
//
// # Values, cost and provenance
//
// Every value is read-only: nothing a program does with what the packages
// export or return changes what their functions answer. Importing them
// costs no initialisation and no allocation: the values are static data,
// generated from the source texts in the module's data directory by the
// program in gen, which checks that every text occurs verbatim in its source
// and that every restated norm agrees word for word with what it restates.
// Each document's provenance names the published copy its text was read
// from.
//
// The command [github.com/cybernorms/cybernorms/cmd/cybernorms] shows,
// searches, cites, resolves, scans and exports the corpus (JSON, CSV,
// CSL-JSON, a static web edition) from a terminal. The checker normvet, in
// the repository's tooling module, vets the citations of norms in Go code.
package cybernorms

//go:generate go run ./gen
