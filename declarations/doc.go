// Package declarations holds the documents of the cybernorms corpus, with
// their texts, provenance and links, as Go values.
//
// # The model
//
// Each document is one variable of type [Declaration], named by place (or
// body) and year: [Lucca2017], [Toronto2018], [Dinard2019], [Paris2019],
// [UNGGE2015], [G20Antalya2015] and [ParisCall2018]. Seven more are held as
// excerpts: [IseShima2016], [FundamentalElements2016], [GCSC2017],
// [CharterOfTrust2018], [ASEAN2018], [Charlevoix2018] and [OEWG2021]. Each
// variable's documentation quotes the text the corpus holds.
//
//	d := declarations.Toronto2018
//	fmt.Println(d.Title(), d.Date()) // Chair's Report of ... 23 April 2018
//	for p := range d.Paragraphs() {
//		fmt.Println(p.Label(), p.Text()) // 1 All G7 partners reiterated ...
//	}
//
// A document's [Declaration.Paragraphs] are its headings, paragraphs and
// list items in source order. Each [Paragraph] has the label the source
// prints and its verbatim text, and [Paragraph.Norm] gives the norm it
// states. Paragraphs are counted from 1: [Declaration.Paragraph](7) is the
// seventh.
//
// [Declaration.Provenance] says where the text was read, whether the corpus
// holds all of it, which paragraph breaks are published, every correction
// made to the source, and the SHA-256 of the data file.
//
// [Declaration.Links] are typed links to other documents. The Lucca
// Declaration restates the UN GGE 2015 norms, for example. Documents the
// corpus only names, such as the Budapest Convention, are here too, with no
// paragraphs, so that every link resolves with [Lookup].
//
// Fields of [Editorial] are the maintainers' words, never the documents'.
//
// # Lists held in part
//
// Where the copy read stops inside a list, the items it holds stay
// paragraphs of the document, labelled as the source labels them. The
// Charter of Trust's principles 1 and 2 of ten are an example.
// [Declaration.PartialList] says what the list is and which items the
// corpus holds. A citation of a held item ("Charter of Trust, principle 1")
// names its paragraph. A citation of another item fails and says which are
// held. No such list is in package norms, so none can be taken for whole.
//
// # Read-only values
//
// A Declaration or a Paragraph refers to data the package keeps to itself.
// Methods that return slices return the caller's own copies. A program may
// reassign an exported variable, but no function of the package reads the
// exported variables, so every answer stays that of the data files.
//
// # Languages
//
// A language version shares the document's ID, list structure and links.
// It has its own title, text and provenance, and [Declaration.Lang] gives
// its BCP 47 tag. The variable, [Lookup] and [All] give the first version;
// [Declaration.In] and [Declaration.Versions] give the others.
// [Declaration.VersionID] names one version: "ParisCall2018.fr".
//
// # Citing, parsing and searching
//
// [Declaration.Cite] and [Paragraph.Cite] give a document or a paragraph in
// the styles of package norms ([norms.Style]). [Parse] reads the citations
// people write, described in package [github.com/cybernorms/cybernorms].
// [Search] finds the paragraphs that hold words and "quoted phrases", with
// snippets. [Declaration.Backlinks] and [NormLinks] follow links back from
// what they point to.
//
// # Shared wording
//
// [Paragraph.SharedWording] gives the wording a paragraph shares with other
// documents: runs of at least [MinSharedWords] words, computed from the
// texts at generation. [NormSharedWording] does the same for a norm. Each
// run is recorded once with every passage that holds it ([SharedRuns]).
//
// # Cost
//
// Importing the package costs no initialisation: every document is static
// data, with no init function, no map and no allocation. A program carries
// the documents it refers to; calling [Lookup] makes it carry them all.
// Provenance, facts, links and shared wording are tables a program carries
// only if it reads them. A [Search] with hits makes two allocations, and
// one without none.
package declarations
