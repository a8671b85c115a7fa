// Package norms holds the norms, commitments and principles of the cybernorms
// corpus as typed Go values with their verbatim texts.
//
// # The model
//
// Each list the corpus holds whole is a fixed-size array, in source order,
// named after its document:
//
//   - [UNGGE2015]: norms 13(a) to 13(k) of the 2015 UN GGE report (A/70/174);
//   - [G20Antalya2015]: the norm on ICT-enabled theft of intellectual
//     property, paragraph 26 of the G20 Antalya communiqué;
//   - [GCSC2017]: the GCSC's norm on the public core of the Internet;
//   - [Lucca2017]: the twelve norms of the G7 Lucca Declaration, which
//     restate the UN GGE norms and the G20 norm;
//   - [Dinard2019]: the four commitments of the G7 Dinard Declaration;
//   - [Paris2019]: the sixteen commitments of the G7 interior ministers'
//     Paris outcome document;
//   - [ParisCall2018]: the nine principles of the Paris Call, in English and
//     in French.
//
// A list the corpus holds only in part is not here. The copies read stop
// after principle 2 of the Charter of Trust's ten, for example. An array of
// the held items would look whole. Those items are paragraphs of their
// documents in package declarations, which says how much of each list the
// corpus holds. So every list that [Lists] and [All] give is whole.
//
// Index the lettered UN list with the constants [A] to [K], and the numbered
// lists with [N1], [N2] and so on. Each constant's documentation quotes the
// items it selects:
//
//	n := norms.UNGGE2015[norms.F]  // UN GGE 2015, norm 13(f)
//	fmt.Println(n.Text())          // A State should not conduct or knowingly ...
//	m := norms.Lucca2017[norms.N6] // G7 Lucca 2017, norm 6
//
// An index out of range is a compile-time error: norms.UNGGE2015[11] does
// not build. A plain integer index reads wrong (norms.Lucca2017[6] is norm
// 7), which the checker normvet reports.
//
// A [Norm] has a stable [ID] ("UNGGE2015/13f") apart from its display
// [Norm.Label] ("13(f)"). Store the ID, show the label, and find the norm
// again with [Lookup]. [Norm.Restates] points to the norm an item restates
// word for word. [Norm.Editorial] holds the maintainers' short title, which
// is not text of the document.
//
// # Read-only values
//
// A Norm or a List refers to data the package keeps to itself. No field can
// be written, and no method hands out the package's storage. A program may
// assign to an exported variable such as norms.UNGGE2015[norms.F]. That
// changes the variable, not the corpus: no function of the package reads
// the exported variables.
//
// # Languages
//
// A language version is not another document. Its norms share their IDs,
// labels and lists, and differ in text. [Norm.Lang] gives a norm's BCP 47
// tag, [Norm.In] the norm in another language, and [Norm.Versions] every
// version. The exported lists, [Lookup] and [All] give the first version.
// [Norm.VersionID] names one version: "ParisCall2018.fr/2".
//
// # Citing and parsing
//
// [Norm.String] is the concise citation ("UN GGE 2015, norm 13(f)").
// [Norm.Cite] gives other [Style] values: the formal reference, the URL, or
// a BibTeX entry. [Parse] reads the citations people write, described in
// package [github.com/cybernorms/cybernorms]. A Norm and an [ID] marshal as
// text to their ID. An unknown ID fails to unmarshal with an
// [*UnknownIDError] that names the closest known IDs.
//
// # Themes
//
// Every norm has one to three themes of type [Theme], such as
// [ThemeCriticalInfrastructure]. [Themes] lists the vocabulary. [Norm.Themes]
// gives a norm's themes, and [Norm.ThemeWords] the words that justify each.
// [ByTheme] gives a theme's norms across every list. Themes are editorial,
// never text of the documents.
//
// # Where the texts come from
//
// The values are generated from the source texts in the module's data
// directory. Every text is checked to occur verbatim there, and every
// restatement to agree word for word. Package declarations records each
// document's provenance and corrections.
//
// # Cost
//
// Importing the package costs no initialisation: every value is static data,
// with no init function, no map and no allocation. A program carries only
// the lists it refers to, unless it calls a function that can reach every
// list, such as [Lookup] or [All]. [Parse] takes about 80 ns for an ID and
// 250–300 ns for a citation in prose, without allocating (BENCHMARKS.md).
package norms
