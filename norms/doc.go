// Package norms holds the norms, commitments and principles of the cybernorms
// corpus as typed Go values with their verbatim texts.
//
// # The model
//
// Each enumerated list the corpus holds whole is a fixed-size array, in
// source order, named after the document that prints it:
//
//   - [UNGGE2015]: the eleven norms of paragraph 13 of the 2015 UN GGE report
//     (A/70/174), 13(a) to 13(k);
//   - [G20Antalya2015]: the norm on ICT-enabled theft of intellectual property
//     in paragraph 26 of the G20 Antalya communiqué of 2015;
//   - [GCSC2017]: the one norm of the Global Commission on the Stability of
//     Cyberspace's Call to Protect the Public Core of the Internet (2017), on
//     non-interference with the public core of the Internet;
//   - [Lucca2017]: the twelve norms of the G7 Lucca Declaration of 2017, which
//     restate the eleven UN GGE norms and the G20 norm;
//   - [Dinard2019]: the four commitments of the G7 Dinard Declaration of 2019;
//   - [Paris2019]: the sixteen commitments of the G7 interior ministers' Paris
//     outcome document of 2019;
//   - [ParisCall2018]: the nine principles of the Paris Call for Trust and
//     Security in Cyberspace of 2018, in English and in French (see
//     Languages below).
//
// A list the corpus holds only in part is not here: the copies read stop
// after principle 2 of the Charter of Trust's ten principles, after the
// first of the G7 Charlevoix Commitment's commitments, and after element 1
// of the eight G7 Fundamental Elements of Cybersecurity for the Financial
// Sector (2016). An array of the items held would look whole, and one of
// the full size would have empty items; those items are paragraphs of
// their documents in package declarations, which says what each list is
// and how much of it the corpus holds (its Declaration.PartialList). So
// every list that [Lists] and [All] give is whole, and a citation of a held
// item ("Charter of Trust, principle 1") is a paragraph for [Parse], not a
// norm.
//
// Index the lettered UN list with the constants [A] to [K], and the numbered
// lists with [N1], [N2] ..., so that code says which item it means; each
// constant's documentation quotes the items it selects:
//
//	n := norms.UNGGE2015[norms.F] // UN GGE 2015, norm 13(f)
//	fmt.Println(n)                // UN GGE 2015, norm 13(f)
//	fmt.Println(n.Text())         // A State should not conduct or knowingly ...
//	m := norms.Lucca2017[norms.N6] // G7 Lucca 2017, norm 6
//
// Because the lists are arrays, an index out of range is a compile-time
// error: norms.UNGGE2015[11] does not build. A plain integer index into a
// numbered list reads wrong (norms.Lucca2017[6] is norm 7); the checker
// normvet reports it and offers the constant.
//
// A [Norm] carries a stable machine [ID] ("UNGGE2015/13f") apart from its
// display [Norm.Label] ("13(f)"); store the ID, show the label, and turn an ID
// back into a norm with [Lookup]. A norm that restates another word for word
// points to it through [Norm.Restates]: item 6 of the Lucca Declaration
// restates UN GGE norm 13(f). [Norm.Editorial] holds the maintainers' short
// title, which is not text of the document. [Norm.List] is the [List] the
// norm belongs to.
//
// # Read-only values
//
// A Norm or a List is a small value that refers to the corpus's data, which
// the package keeps to itself and its methods read: there is no field to
// write, and no method hands out the package's own storage. What a program
// can change is its own copy of a value, and the package's exported
// variables (Go has no constant arrays): assigning to norms.UNGGE2015[norms.F]
// changes what that variable holds, for the whole program, but not the
// corpus, and no function of the package reads the exported variables, so
// [Lookup], [Parse], [All], [Norm.Cite] and every other answer stay those of
// the data files.
//
// # Languages
//
// A document may be held in several official language versions (the Paris
// Call in English and French). A language version is not another document:
// its norms share their IDs, labels and lists with the first version, and
// differ in text. [Norm.Lang] gives a norm's language as a BCP 47 tag ("en",
// "fr"), [Norm.In] the same norm in another language, and [Norm.Versions]
// every version. The exported lists, [Lookup] and [All] give the version in
// the document's first language. UN documents, with their six official
// languages, fit the same model.
//
// The documents themselves, with their paragraphs, provenance and links, are
// in package [github.com/cybernorms/cybernorms/declarations].
//
// # Citing and parsing
//
// [Norm.String] is the concise citation ("UN GGE 2015, norm 13(f)"), and
// [Norm.Cite] gives it in other [Style] values: the formal reference of the
// source in the style UN documents are cited, the source's URL, or a BibTeX
// entry. [Parse] goes the other way, from the citations people write ("A/70/174,
// para. 13(f)", "GGE norm (f)", "Lucca Declaration, norm 6") to the norm,
// and fails with a [*ParseError] that says which part it did not understand.
// A Norm and an [ID] marshal as text to their ID, so JSON and databases hold
// "UNGGE2015/13f"; an unknown ID fails to unmarshal with an
// [*UnknownIDError] that names the closest known IDs.
//
// [All] and [Lists] iterate over every norm and every list;
// [Norm.RestatedBy] follows restatements back from the norm restated.
//
// # Themes
//
// Every norm has one to three themes, values of type [Theme]: what it is
// about, as the maintainers group the norms across documents
// ([ThemeCriticalInfrastructure], [ThemeSupplyChain], [ThemeHumanRights] ...;
// [Themes] lists the vocabulary). [Norm.Themes] gives a norm's themes and
// [Norm.ThemeWords] the words of the norm that justify each, which the
// generator checks are words of its text; [ByTheme] gives a theme's norms
// across every list, the UN GGE's, the G7's, the G20's and the Paris Call's
// side by side. Themes are editorial, never text of the documents. A Theme
// marshals as text to its stable ID ("supply-chain").
//
// # Where the texts come from
//
// The values are generated from the source texts in the module's data
// directory; every text is checked, at generation, to occur verbatim in its
// data file or in a recorded correction of extraction debris, and every
// restatement to agree word for word with the norm it restates. The package
// declarations records each document's provenance and corrections.
//
// # Cost
//
// Importing the package costs no initialisation: every value is laid out by
// the compiler as static data, with no init function, no map and no
// allocation. A program that does not refer to a list does not carry it,
// unless it calls a function that can reach every list, such as [Lookup],
// [All] or [List.Norms]. What most programs read (ID, label, text, language)
// is in each norm's value; editorial titles, restatements and language
// versions are in tables indexed by the norm's number, which a program
// carries only when it calls a method that reads them, and then for every
// norm; so are the themes. [Parse] takes about 80 ns for an ID and 230–280 ns for a citation
// in prose, without allocating (BENCHMARKS.md in the module).
package norms
