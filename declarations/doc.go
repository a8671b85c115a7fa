// Package declarations holds the documents of the cybernorms corpus: the G7
// declarations, principles and reports, the UN GGE 2015 report and the
// opening of the OEWG's 2021 report, the G20 Antalya communiqué, the Paris
// Call for Trust and Security in Cyberspace, the GCSC's Call to Protect the
// Public Core of the Internet, the Charter of Trust and the ASEAN Leaders'
// Statement on Cybersecurity Cooperation, with their texts, provenance and
// links, as Go values.
//
// # The model
//
// Each document is one variable of type [Declaration], named by place (or
// body) and year: [Lucca2017], [Toronto2018], [Dinard2019], [Paris2019],
// [UNGGE2015], [G20Antalya2015], [ParisCall2018], and held as excerpts
// [IseShima2016], [FundamentalElements2016], [GCSC2017], [CharterOfTrust2018],
// [ASEAN2018], [Charlevoix2018] and [OEWG2021]. Its documentation quotes the
// text the corpus holds.
//
//	d := declarations.Toronto2018
//	fmt.Println(d.Title(), d.Date()) // Chair's Report of ... 23 April 2018
//	for p := range d.Paragraphs() {
//		fmt.Println(p.Label(), p.Text()) // 1 All G7 partners reiterated ...
//	}
//
// A document's [Declaration.Paragraphs] are its headings, paragraphs and list
// items in source order, each a [Paragraph] with the label the source prints
// and its verbatim text; an item that states a norm gives it with
// [Paragraph.Norm], and [Declaration.Norms] lists them all (see package
// [github.com/cybernorms/cybernorms/norms]). Paragraphs are counted from 1:
// [Declaration.Paragraph](7) is the seventh.
//
// [Declaration.Provenance] says where the text was read (the published copy,
// its publisher and address), whether the corpus holds the full text or an
// excerpt (and of what), which paragraph breaks are published and which
// inferred, every correction made to the source, and the SHA-256 of the data
// file the values were generated from.
//
// [Declaration.Links] are typed links to other documents: the Lucca
// Declaration restates the UN GGE 2015 norms and builds on the 2016 Ise-Shima
// Principles and Actions on Cyber; the Toronto report recalls the Lucca
// Declaration. Documents that the corpus only names, such as the Budapest
// Convention or the resolutions the UN GGE norms cite, are here too, with
// [MetadataOnly] provenance and no paragraphs, so that every link resolves
// with [Lookup].
//
// # Lists held in part
//
// A document whose list the corpus holds whole lists its items in package
// norms ([Declaration.Norms]). Where the copy read stops inside the list,
// the items it holds stay paragraphs of the document, labelled as the
// source labels them: principles 1 and 2 of the Charter of Trust's ten
// ([CharterOfTrust2018]), the first of the Charlevoix Commitment's
// commitments ([Charlevoix2018], labelled by the corpus, since the source
// prints bullets), element 1 of the eight G7 Fundamental Elements
// ([FundamentalElements2016]). [Declaration.PartialList] says what the list
// is, how many items it has where the sources say, and which the corpus
// holds, with their paragraphs. A citation of a held item ("Charter of
// Trust, principle 1", "CharterOfTrust2018/1") names the paragraph that
// begins it; a citation of an item the corpus does not hold fails, and says
// which it holds. No such list is in package norms, so no program that
// iterates over its lists can take one for whole.
//
// Fields of [Editorial] are written by the maintainers, never by the
// documents' authors.
//
// # Read-only values
//
// A Declaration or a Paragraph is a small value that refers to the corpus's
// data, which the package keeps to itself and its methods read. Methods that
// return slices ([Declaration.Provenance]) return the caller's own copies;
// the others return values or iterators. A program can reassign the exported
// variables (Go has no constant values of struct type), which changes what
// that variable holds for the whole program; no function of the package reads
// them, so [Lookup], [Parse], [All], [Search] and every other answer stay
// those of the data files.
//
// # Languages
//
// A document may be held in several official language versions (the Paris
// Call in English and French). The versions share the document's ID, its
// list structure and its links; each has its own title, text and provenance,
// and [Declaration.Lang] says its language as a BCP 47 tag. The package's
// variable, [Lookup] and [All] give the version in the document's first
// language; [Declaration.In] and [Declaration.Versions] give the others.
//
// # Citing, parsing and searching
//
// [Declaration.Cite] and [Paragraph.Cite] give a document or one of its
// paragraphs in the citation styles of package norms ([norms.Style]);
// [Parse] turns the citations people write ("Toronto 2018 chair's report,
// para. 7", "Lucca Declaration", "Toronto2018/7") into the document and the
// paragraph. [Search] finds the paragraphs of the whole corpus that hold
// words and "quoted phrases", with snippets. [All] iterates over the
// documents; [Declaration.Backlinks] and [NormLinks] follow links back from
// the document, or the norm, they point to.
//
// # Shared wording
//
// [Paragraph.SharedWording] gives the wording a paragraph shares with
// paragraphs of other documents: runs of at least [MinSharedWords] words,
// computed at generation from the texts as [Search] reads them, not chosen
// by anyone; [NormSharedWording] does the same for a norm. Each run is
// recorded once with every passage that holds it ([SharedRuns]): the
// Lucca Declaration's eleven norms that repeat the UN GGE's word for word,
// and its sentences on human rights online that the Toronto report and the
// Paris Call take up.
//
// # Cost
//
// Importing the package costs no initialisation: every document is static
// data laid out by the compiler, with no init function, no map and no
// allocation. A program carries the documents it refers to; calling
// [Lookup] makes it carry them all. It carries a document's title, date and
// paragraphs with the document, and its provenance, facts, links and notes
// only if it calls the method that reads them: those are tables indexed by
// the document's number, linked whole, for every document. The shared
// wording is a table of its own, carried, with every document it names,
// only by a program that reads it. [Search] reads a
// word index built by the generator, with the place of every word: a query
// with hits makes two allocations (its hits and their matches, found in one
// pass into buffers that later queries reuse), one without none.
package declarations
