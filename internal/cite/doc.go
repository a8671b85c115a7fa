// Package cite reads the citations the field writes ("A/70/174, para.
// 13(f)", "Lucca Declaration, norm 6", "norms 13(a)–(k)"), and formats the
// citations of the corpus's documents. It is the one engine behind the
// runtime packages' Parse, the command's resolve and scan, and normvet. Its
// results are plain values: a [Ref] is a document, and an item of its list
// or a paragraph, by index.
//
// The documents ([Docs]), the index of the words that name them and the
// grammar's words are tables the generator writes (docs_gen.go). The grammar
// is hand-written here, in a file for each stage:
//
//   - lex.go reads the tokens of a citation (lexing);
//   - keywords.go names the classes of the grammar's words;
//   - grammar.go reads tokens into a parser's elements (grammar);
//   - resolve.go finds what the elements name (resolution), and list.go
//     what a citation of several things names;
//   - core.go reads the core of a citation amid glosses and descriptions;
//   - place.go and partial.go read places by opening words and lists held
//     in part;
//   - errors.go builds the errors; parser.go holds a parse's state and
//     buffers;
//   - scan.go finds citations in running text (scanning);
//   - cite.go, ref.go and sprintf.go format citations and IDs.
//
// # Entry points
//
//   - [ParseRef] reads a citation of one document, item or paragraph. It does
//     not allocate unless its strict reading fails.
//   - [ReadRef] and [ReadList] also return what they set aside.
//   - [ParseList] reads a citation that may name several things: ranges,
//     enumerations, whole lists, several documents.
//   - [Scan] finds every citation in running text, with its byte offsets.
//   - [ScanStrict] is Scan for a checker such as normvet: only what clearly
//     tries to cite an item, with the reason when it names nothing.
//
// # IDs
//
// An ID names a document, an item or a paragraph:
//
//	Lucca2017        the document
//	UNGGE2015/13f    item 13(f) of its list, or the paragraph so labelled:
//	                 the label in lower case, without parentheses or spaces
//	Toronto2018/7    paragraph 7 (a paragraph the source numbers)
//	Lucca2017/p3     the 3rd paragraph of the document, counted from 1 among
//	                 all its paragraphs (headings, paragraphs, list items),
//	                 for a paragraph the source does not number
//	ParisCall2018.fr/2  the same in a language version other than the
//	                 primary ([Ref.VersionID]): the document's ID, a full
//	                 stop and the version's BCP 47 tag
//
// Every label of the corpus begins with a digit (a test holds this), so "p"
// and a number never clash with a label's ID. The p-form names any
// paragraph, numbered or not; the canonical ID of a labelled paragraph is
// its label's. A citation of a paragraph names its place in the original
// document ([Doc.Pin], [Place]): "unnumbered paragraph 3 of 34" only where
// the corpus holds the whole text with every break published, so that the
// count is the original's; elsewhere its opening words ("paragraph
// beginning “…”"). Both parse back.
//
// # Grammar
//
// A citation is read as tokens: words (any letters; compared folded: case,
// accents, typographic quotes and dashes do not matter), ASCII numbers (only
// ASCII digits are digits), symbols ("A/70/174", "70/237"), punctuation and
// the marks ¶, § and #. A character that no citation holds (a control
// character, a digit of another script, a symbol) makes the citation fail;
// nothing is dropped. A citation is at most [MaxLen] bytes and 128 tokens.
//
// The tokens make elements:
//
//   - Words of a document's names: its title, short name, body, meeting,
//     place, kind and aliases. The groups' names in full ("Group of Seven",
//     "Group of 7", "Groupe des Vingt") and hyphenated ("G-7") are "G7" and
//     "G20". British and American spellings count alike,
//     and so do singulars of plural title words ("State" for "States").
//     Initialisms of its body and title count ("GGE", "UNGA"), "UN" for
//     "United Nations", and initials with stops ("U.N."). A word of no
//     document makes the citation fail, naming the word.
//   - Fillers that name nothing: "the", "of", "see", "doc", "document",
//     "opened for signature", the elided "l'" of French, ...
//   - Symbols: a UN symbol ("A/70/174", with full stops inside it
//     "A/AC.290/2021/CRP.2"), a resolution's number ("70/237") and its
//     series symbol ("A/RES/70/237", "A/HRC/RES/20/8").
//   - Treaty numbers: "ETS No. 185", "CETS No.185", "CETS No.: 185", read as
//     the symbol "ets/185" of the document whose metadata records it.
//   - Years: a four-digit number from 1900 to 2099 that is not a label; and
//     lists of them, "2010, 2013 and 2015".
//   - Dates, in every form the field writes: "11 April 2017", "April 11,
//     2017", "5. April 2019", "2015-07-22", "(22 July 2015)", "26 and 27 May
//     2016", "15-16 November 2015", "10-11 APRIL 2017", "12th of November,
//     2018", "Dec. 18, 2014", "April 2017", "22 July", and with French
//     months ("12 novembre 2018"). A date's year must be the document's; its
//     month and day must agree where the corpus knows them. A date right
//     after a symbol ("68/167 of 18 December 2013", "A/70/174 (22 July
//     2015)") is that symbol's own: in "resolutions 68/167 of 18 December
//     2013, 69/166 of 18 December 2014" each date is checked against its
//     resolution. Datelines ("LUCCA, 11 APRIL 2017") are a place and a date.
//   - Sessions and agenda items: "Seventieth session, Item 93", "Sixty-eighth
//     session", "agenda item 91", "Item 94 of the provisional agenda".
//   - Counts: a number, in digits or words, before a plural unit, with at
//     most four words between: "the 11 norms", "eleven norms", "11 UN Cyber
//     Norms", "eleven voluntary, non-binding norms". A count must equal the
//     length of the list it counts.
//   - Locators: a unit and labels. The units of list items are "norm" and
//     "recommendation" (norms), "commitment", "principle", "element", and
//     "item", "no.", "nr", "number" and "#" (any list). The units of
//     paragraphs are "para.", "paragraph", "¶" and "§". Each is also plural,
//     and French where the corpus holds French ("principe", "paragraphe").
//     A label is "6", "13(f)", "13 (f)" or "13f", and after a unit also "(f)"
//     and "f". A number sign may come between them ("principle No. 6",
//     "principe n° 6"). A label in square brackets, "[4]", is one the source does not
//     print ([PlaceSupplied]). "0" and leading zeros make no label. Ranges
//     ("13(a)–(k)", "1-11") and enumerations ("13(f), (g) and (h)") follow a
//     first label. Without a unit, only the lettered form "13(f)" is a label.
//   - Places without a label. "unnumbered paragraph N of M" (in French
//     "paragraphe non numéroté N sur M") names a paragraph by its place.
//     "paragraph beginning", "passage beginning" or "heading", then quoted
//     words, name the paragraph those words begin ([Para.Start]). An ordinal
//     and a singular unit ("the third principle") name an item by its place
//     in its list. Square brackets elsewhere enclose a description that
//     stands for a title, and are read past.
//   - The LaTeX pinpoint of the BibTeX style: \cite[para.~13(f)]{UNGGE2015},
//     its pinpoint braced where it holds square brackets:
//     \cite[{principle~[4]}]{ParisCall2018}.
//
// A number is a label only where the grammar says: after a unit, in the
// lettered form, or continuing a list of labels. Any other number is a
// day, a year, a count, a session, an agenda item or a treaty number, or
// the citation fails ("the number 11 is not a label here").
//
// The grammar's own words are data, in the generator's vocabulary
// (gen/vocabulary.txt): units, months, fillers, numbers and ordinals, in
// English and French, and the qualifiers the field puts around norms
// ("agreed", "voluntary"). The vocabulary also marks the generic words of
// names ("communiqué", "G7"), the words of meetings ("summit"), kinds of
// documents the corpus does not hold ("statement"), and French forms of
// names ("rapport", "AGNU").
//
// # Resolution
//
// The documents named are those that hold every word and symbol and agree
// with the years and dates. Among several, a citation of an item prefers
// those whose list is of the unit's kind, one of a paragraph those with
// paragraphs; then those where the label names something. If several still
// remain, the one whose whole short name the citation holds is named;
// otherwise the citation is ambiguous, and the error names at most four
// candidates and says how many there are. A citation without any name of a
// document resolves only in the lettered form of the UN GGE 2015 norms
// ("13(f)", "norm (f)").
//
// A citation that names a whole document by generic words only ("the G7
// summit communiqué") names nothing: such documents recur, and a year,
// place, symbol or title word must say which. One word alone names a
// document only as a proper name does ("Lucca", "CNI"), never as a common
// word ("call", "la"). Words of a meeting without a word of a title or
// kind ("the Antalya summit") name the meeting, not a document.
//
// Units are strict: "para. 6" never means "norm 6" and the reverse; a
// document whose paragraphs are unnumbered (the Lucca Declaration) has no
// "para. 6"; a document without a list of norms (the Toronto chair's
// report) has no "norm 3". In a UN document the norms are cited by
// paragraph ("A/70/174, para. 13(f)"), and that names both the paragraph
// and the item. A list the corpus holds only in part ([Partial]) is no list of norms.
// Its unit names the paragraph that begins a held item ("Charter of Trust,
// principle 1"), and an item not held fails, saying which are held. A unit
// that is a word of the title names the document ("the Charlevoix
// Commitment"). Errors speak the user's unit, quote parts of the
// input escaped as strconv.Quote does (shortened past 40 bytes) and never
// the whole input, which the caller quotes once.
//
// # Reading the core
//
// Where the strict reading fails, [ReadRef] and [ReadList] read the core
// amid what a real text puts around it (core.go). They set aside a gloss
// after a separator or in brackets, and words no citation holds. They set
// aside words that qualify a whole list ("the norms of responsible State
// behaviour"). A description in place of a label is matched by stem
// against the items' texts, editorial titles and theme names ([List.Stems]).
// A description that several items fit is an error naming them. They try a
// few cores in a fixed order, take the first that reads, and return the
// parts set aside ([Aside]). They never set aside a number, symbol, date,
// unit, label or kind of document, nor a word written as the proper name
// of something else.
//
// # Languages
//
// A document may have language versions (the Paris Call in English and
// French): one document, one ID, one list. The words of every version's
// title, short name and unit name the document ("Appel de Paris, principe
// 2" names ParisCall2018/2, as "Paris Call, principle 2" does), and
// [Ref.Lang] says which version the citation named: "fr" when its words
// are only in the French version's names, "" otherwise. [Doc.In] gives the
// document as a version names it, for the formatters: its title, short
// name, unit and dates in that language ("Appel de Paris, principe [5]").
//
// # Formal citations
//
// [Doc.Formal] cites each kind as the field does: a resolution by its
// body, number, date and symbol ("UNGA Res 58/199 (23 December 2003), UN
// Doc. A/RES/58/199"), a treaty by its title, opening for signature and
// series number ("Convention on Cybercrime (opened for signature 23
// November 2001), ETS No. 185"), another UN document by title, symbol and
// date, any other by its corporate author, title, place and date. Every
// form parses back (TestRoundTrip).
//
// # Scanning
//
// [Scan] reads running text with the same grammar: see its documentation
// for what counts as a citation there. Its precision and recall on real
// prose are measured by TestScanPrecisionRecall on testdata/prose.txt.
package cite
