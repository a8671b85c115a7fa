package cite

import (
	"github.com/cybernorms/cybernorms/internal/ids"
	"github.com/cybernorms/cybernorms/internal/words"
	"strconv"
	"strings"
)

// A Doc is what the parser and the formatters know of a document.
type Doc struct {
	ID, Short, Title, Body, Place, Symbol, URL, Kind string
	// Meeting is the meeting at which it was adopted, where known.
	Meeting string
	// Description is, for a document with no published title (Title is
	// then ""), what it is in the maintainers' words; citations print it
	// in square brackets, as the field prints a description.
	Description string
	// Organ is, for a UN document whose body is not the organ that issued
	// it (a report of a group of experts issued as a General Assembly
	// document), that organ: "United Nations General Assembly". Citations
	// in author-date styles name it as the author.
	Organ string
	// LabelNote says, in the maintainers' words, how the corpus knows the
	// labels that the source as read does not print (see [PlaceSupplied]),
	// or is "".
	LabelNote string
	// PartialAt is 1 + the index in partials of the document's partial
	// list, or 0: the resolver asks for it of every candidate.
	PartialAt int
	// Excerpt is true when the corpus holds part of the text only; a
	// document with no Paras holds none.
	Excerpt          bool
	Year, Month, Day int
	// Lang is the BCP 47 tag of the language of the title and short name
	// ("en"); see [Doc.In] for the other language versions.
	Lang string
	// Number is the document's number in its series ("58/199" of a
	// resolution, "185" of a treaty), Series the series ("European Treaty
	// Series"), Opened the day a treaty was opened for signature; empty
	// where not known.
	Number, Series string
	Opened         Date
	// Versions are the document's other language versions, in Lang order.
	Versions []Version
	// Words is the document's vocabulary, sorted: the folded words of its
	// title, short name, aliases, body, meeting, place, kind and symbol.
	Words []string
	// ShortWords are the folded tokens of the short name; a citation that
	// holds them all names this document rather than another that shares
	// most of its words.
	ShortWords []string
	// ShortPosts are, for each of ShortWords, 1 + its place in index, or 0
	// for a word the index lacks (a year).
	ShortPosts []uint16
	// Symbols are the document's UN symbols and resolution numbers in the
	// forms authors write them, folded: "a/70/174", "a/res/70/237",
	// "70/237".
	Symbols []string
	// List is the document's list of norms, if it has one.
	List List
	// Paras are the document's paragraphs (headings, paragraphs and list
	// items), in order.
	Paras []Para
}

// A Date is a calendar date known in part: zero fields are unknown.
type Date struct{ Year, Month, Day int }

// A Version is another language version of a document: its language, its
// title, short name and unit in that language, and the folded words of its
// names that the primary's names lack (Words: "appel") and the reverse
// (Lacks: "call"), by which [Ref.Lang] tells which version a citation named.
// Paras are its paragraphs where their places are cited otherwise than the
// primary's (a version whose every break is published, of a primary with
// an inferred one), or nil.
type Version struct {
	Lang, Title, Short, Unit string
	Words, Lacks             []string
	Paras                    []Para
}

// A Para is one paragraph of a document.
type Para struct {
	// Label is the paragraph's label ("7", "13(f)"), as the source prints
	// it or, where Place is PlaceSupplied, as the corpus knows it; "" for
	// an unnumbered paragraph.
	Label string
	// Item is 1 + the index in the document's list of the item the
	// paragraph holds, or 0.
	Item int
	// Place says how a citation names the paragraph's place in the
	// original document.
	Place Place
	// Start is, for a paragraph without a label, the words it begins with
	// (a short heading's whole text): what a citation quotes where Place
	// is PlaceHeading, PlaceParagraph or PlacePassage, and what the parser
	// matches quoted words against.
	Start string
}

// A Place says how a citation names a paragraph's place in the original
// document, as far as the corpus knows it.
type Place uint8

// The places.
const (
	// PlaceLabel: by the label the source prints, "para. 7", "norm 6".
	PlaceLabel Place = iota
	// PlaceSupplied: by a label the source as read does not print (the
	// corpus numbers the Paris Call's bullets; the G20 paragraph's number
	// is reported by another copy), in square brackets: "principle [4]".
	PlaceSupplied
	// PlaceCounted: an unnumbered paragraph of a text the corpus holds
	// whole, with every break published, by its place among the
	// document's paragraphs: "unnumbered paragraph 3 of 34".
	PlaceCounted
	// PlaceHeading: a heading, by its words: "heading “III. Norms …”".
	PlaceHeading
	// PlaceParagraph: an unnumbered paragraph whose place in the original
	// the corpus does not know (an excerpt, a text with an inferred break),
	// by its opening words: "paragraph beginning “We affirm …”".
	PlaceParagraph
	// PlacePassage: as PlaceParagraph, where the corpus, not the source,
	// begins the paragraph (an inferred break): "passage beginning
	// “Thus, the G7 …”".
	PlacePassage
)

// A posting is one entry of the generated index: a folded word or symbol
// and the indexes in docs of the documents whose names hold it.
type posting struct {
	Word   string
	Docs   []uint16
	Strong []uint16 // the documents it points at in running text
	Title  []uint16 // the documents of whose title, kind or alias it is a word (not of place or body)
	// Anchored are the documents whose anchor the word is: the word of
	// their short name that the fewest documents hold. A citation that
	// holds a document's whole short name holds its anchor.
	Anchored []uint16
	// The small fields last, together in the struct's padding: a posting
	// of 128 bytes instead of 120 cost every parse 10% (measured).
	Sym bool // a symbol, not a word
	// Organ has the bits of the series of UN symbols (see Series) whose
	// issuing organ's name holds the word ("general", "assembly", "unga");
	// Series, for a symbol, the bit of its series ("a/70/174": the General
	// Assembly's), or 0. A citation that holds a symbol may name its organ:
	// those words do not restrict the candidates.
	Organ, Series uint8
	// Plain marks a word that says what kind of document, or whose, but
	// not which: "communiqué", "report", "G7", "leaders" (the generic words
	// of the generator's vocabulary). A citation whose names are all plain
	// ("the G7 summit communiqué") names no document: such documents recur,
	// and it needs a year, place, symbol or title word to say which.
	Plain bool
	// Proper marks a proper name of a document: its city, an alias, an
	// acronym, a symbol. A citation of one word names a document only by
	// one ("Lucca", "CNI"), never by a common word of a title ("call").
	Proper bool
	// Event marks a word that names a meeting ("summit", "meeting"): a
	// citation of a meeting without a word of a title or kind names the
	// meeting, not a document it adopted ("the 2015 Antalya summit").
	Event bool
}

// A List describes a document's enumerated list.
type List struct {
	Kind     string   // "norm", "commitment" or "principle"; "" when there is no list
	Unit     string   // the word a citation puts before a label: "norm", "para."
	Index    int      // the list's place in package norms' table of lists
	Lettered string   // for a lettered list, the number of its paragraph: "13"
	Labels   []string // the items' labels in order: "13(a)" ... or "1" ...
	// Stems are, for each item, the stems (see words.Stem) of the words of
	// its text and its editorial title in every language, sorted: what a
	// description of the item is matched against.
	Stems [][]string
	// Supplied is true when the source as read prints none of the labels
	// (see [PlaceSupplied]); Doc.LabelNote says how the corpus knows them.
	Supplied bool
}

// Lookup returns the document with the given ID, or nil.
func Lookup(id string) *Doc {
	if i := lookupExact(id); i >= 0 {
		return &docs[i]
	}
	return nil
}

// Docs returns every document, in ID order.
func Docs() []Doc { return docs[:] }

// LocalID turns a label into the item part of an ID: "13(f)" becomes "13f"
// (see [ids.LocalID], its one home).
func LocalID(label string) string { return ids.LocalID(label) }

// Date formats the document's date as the field writes it (see
// [FormatDate]), in the document's language: "12 novembre 2018" in French.
func (d *Doc) Date() string { return formatDate(d.Lang, d.Year, d.Month, d.Day) }

// In returns the document as its version in the language lang (a BCP 47
// tag, "fr") names it: its title, short name and unit in that language,
// with Lang set to lang, so that [Doc.Formal], [Doc.Locator], [Doc.Pin] and
// [Doc.BibTeX] cite that version ("Appel de Paris pour la confiance et la
// sécurité dans le cyberespace (Paris, 12 novembre 2018), principe [5]"). For
// the document's own language, or "", it returns the document. It reports
// false, and returns the document, when there is no such version.
func (d *Doc) In(lang string) (Doc, bool) {
	if lang == "" || lang == d.Lang {
		return *d, true
	}
	for _, v := range d.Versions {
		if v.Lang == lang {
			c := *d
			c.Title, c.Short, c.Lang = v.Title, v.Short, v.Lang
			if v.Unit != "" {
				c.List.Unit = v.Unit
			}
			if v.Paras != nil {
				c.Paras = v.Paras
			}
			return c, true
		}
	}
	return *d, false
}

// FormatDate formats a date that may be known only in part as the field
// writes it (see [words.FormatDate], its one home).
func FormatDate(year, month, day int) string { return words.FormatDate("", year, month, day) }

// formatDate is [words.FormatDate].
func formatDate(lang string, year, month, day int) string {
	return words.FormatDate(lang, year, month, day)
}

// Formal returns the formal reference of the document, as the field cites
// each kind:
//
//   - a resolution, by its body's short name, number, date and symbol:
//     "UNGA Res 58/199 (23 December 2003), UN Doc. A/RES/58/199", "HRC Res
//     20/8 (2012)";
//   - a treaty, by its title, the day it was opened for signature and its
//     number in its series: "Convention on Cybercrime (opened for signature
//     23 November 2001), ETS No. 185";
//   - another UN document, by its title, symbol and date: "Report of the
//     Group of Governmental Experts ..., UN Doc. A/70/174 (22 July 2015)";
//   - any other document, by its corporate author (a body), title, place
//     and date: "G7 Foreign Ministers, G7 Declaration on Responsible States
//     Behavior in Cyberspace (Lucca, Italy, 11 April 2017)". A body that
//     the title names is not repeated before it: "G7 Principles and
//     Actions on Cyber (Ise-Shima, Japan, 27 May 2016)".
//
// A document with no published title is cited by its description in
// square brackets (see [Doc.TitleText]). Parts the corpus does not know are
// left out. Every form parses back.
func (d *Doc) Formal() string {
	var b strings.Builder
	date := d.Date()
	switch {
	case d.Kind == "resolution" && d.Number != "":
		b.WriteString(d.resBody() + " Res " + d.Number)
		if date != "" {
			b.WriteString(" (" + date + ")")
		}
		if d.Symbol != "" {
			b.WriteString(", UN Doc. " + d.Symbol)
		}
		return b.String()
	case d.Series != "" && d.Number != "":
		b.WriteString(d.TitleText())
		if o := d.Opened; o.Year != 0 {
			b.WriteString(" (opened for signature " + formatDate(d.Lang, o.Year, o.Month, o.Day) + ")")
		} else if date != "" {
			b.WriteString(" (" + date + ")")
		}
		b.WriteString(", " + seriesInitials(d.Series) + " No. " + d.Number)
		return b.String()
	case d.Symbol != "":
		b.WriteString(d.TitleText())
		b.WriteString(", UN Doc. ")
		b.WriteString(d.Symbol)
		if date != "" {
			b.WriteString(" (" + date + ")")
		}
		return b.String()
	}
	if a := d.Author(); a != "" && d.Kind != "resolution" {
		b.WriteString(a)
		b.WriteString(", ")
	}
	b.WriteString(d.TitleText())
	var where []string
	if d.Place != "" {
		where = append(where, d.Place)
	}
	if date != "" {
		where = append(where, date)
	}
	if len(where) > 0 {
		b.WriteString(" (" + strings.Join(where, ", ") + ")")
	}
	return b.String()
}

// TitleText returns the document's title, or, for a document with no
// published title, its description in square brackets, as the field prints
// a description supplied by whoever cites: "[Joint communiqué of the G7
// foreign ministers' meeting]".
func (d *Doc) TitleText() string {
	if d.Title != "" || d.Description == "" {
		return d.Title
	}
	return "[" + d.Description + "]"
}

// Author returns the corporate author a citation names before the title:
// the organ that issued a UN document ([Doc.Organ]), or else its body;
// "" where the title already names it ("G7" of "G7 Principles and Actions
// on Cyber", the G7 Ise-Shima Cyber Group of its chair's report), so that
// no citation repeats the body in the title it precedes.
func (d *Doc) Author() string {
	a := d.Body
	if d.Organ != "" {
		a = d.Organ
	}
	if a == "" || containsWords(d.TitleText(), a) {
		return ""
	}
	return a
}

// containsWords reports whether s holds the words of parser, in order, as
// whole words, ignoring case.
func containsWords(s, parser string) bool {
	ls, lp := strings.ToLower(s), strings.ToLower(parser)
	for i := 0; ; {
		j := strings.Index(ls[i:], lp)
		if j < 0 {
			return false
		}
		at, end := i+j, i+j+len(lp)
		if (at == 0 || !isWordByte(ls[at-1])) && (end == len(ls) || !isWordByte(ls[end])) {
			return true
		}
		i = at + 1
	}
}

// isWordByte reports whether c is part of a word: an ASCII letter or digit,
// or a byte of a character outside ASCII.
func isWordByte(c byte) bool { return isDigit(c) || isASCIILetter(c) || c >= 0x80 }

// Designation returns how the field designates the document in its series,
// without its title or date: a UN document by its symbol, "UN Doc.
// A/70/174"; a resolution by its body's short name and number, and its
// symbol where observed, "UNGA Res 58/199, UN Doc. A/RES/58/199", "HRC Res
// 20/8"; a treaty by its number in its series, "ETS No. 185". It returns ""
// for a document of no series.
func (d *Doc) Designation() string {
	switch {
	case d.Kind == "resolution" && d.Number != "":
		s := d.resBody() + " Res " + d.Number
		if d.Symbol != "" {
			s += ", UN Doc. " + d.Symbol
		}
		return s
	case d.Series != "" && d.Number != "":
		return seriesInitials(d.Series) + " No. " + d.Number
	case d.Symbol != "":
		return "UN Doc. " + d.Symbol
	}
	return ""
}

// resBody returns the short name of a resolution's body as its short name
// writes it before "resolution" ("UNGA", "HRC"), or the initials of the
// body's capitalised words.
func (d *Doc) resBody() string {
	if pre, num, ok := strings.Cut(d.Short, " resolution "); ok && num == d.Number && pre != "" {
		return pre
	}
	return seriesInitials(d.Body)
}

// seriesInitials returns the initials of the capitalised words of s: "ETS" for
// "European Treaty Series".
func seriesInitials(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		if c := w[0]; c >= 'A' && c <= 'Z' {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// Locator returns how a citation points at an item or paragraph with the
// given label: "para. 13(f)" in a UN document or a numbered paragraph,
// "norm 6" or "commitment 2" for the item of a numbered list. A label the
// source as read does not print is in square brackets, as the field marks
// what the citer supplies: "principle [4]" of the Paris Call, whose
// principles are unnumbered bullets, "para. [26]" of the G20 communiqué,
// whose paragraph number was not seen printed.
func (d *Doc) Locator(label string) string {
	unit := "para."
	supplied := false
	for _, l := range d.List.Labels {
		if l == label {
			if d.Symbol == "" {
				unit = d.List.Unit
			}
			supplied = d.List.Supplied
			break
		}
	}
	for _, p := range d.Paras {
		if p.Label == label && p.Place == PlaceSupplied {
			supplied = true
		}
	}
	if d.Partial().holdsLabel(label) {
		unit = d.Partial().Unit // "principle 1" of a list held in part (partial.go)
	}
	if supplied {
		return unit + " [" + label + "]"
	}
	return unit + " " + label
}

// Pin returns how a citation points at the i-th paragraph (from 0), as far
// as the corpus knows its place in the original document (see [Place]):
// "para. 7", "norm 6" or "commitment 2" where the source labels it,
// "principle [4]" where the label is supplied, "unnumbered paragraph 3 of
// 34" (counted from 1 among all the document's paragraphs, headings
// included) in a text the corpus holds whole with every break published,
// and otherwise by its words: "heading “…”", "paragraph beginning “…”", or
// "passage beginning “…”" where the corpus, not the source, begins it. In
// a French version, "paragraphe non numéroté 3 sur 25", "intertitre “…”",
// "paragraphe commençant par “…”", "passage commençant par “…”". It
// returns "" if i is out of range.
func (d *Doc) Pin(i int) string {
	if i < 0 || i >= len(d.Paras) {
		return ""
	}
	p := d.Paras[i]
	fr := d.Lang == "fr"
	switch {
	case p.Place == PlaceLabel || p.Place == PlaceSupplied:
		return d.Locator(p.Label)
	case p.Place == PlaceHeading && fr:
		return "intertitre “" + p.Start + "”"
	case p.Place == PlaceHeading:
		return "heading “" + p.Start + "”"
	case p.Place == PlaceParagraph && fr:
		return "paragraphe commençant par “" + p.Start + "”"
	case p.Place == PlaceParagraph:
		return "paragraph beginning “" + p.Start + "”"
	case p.Place == PlacePassage && fr:
		return "passage commençant par “" + p.Start + "”"
	case p.Place == PlacePassage:
		return "passage beginning “" + p.Start + "”"
	}
	if d.Lang == "fr" {
		return "paragraphe non numéroté " + strconv.Itoa(i+1) + " sur " + strconv.Itoa(len(d.Paras))
	}
	return "unnumbered paragraph " + strconv.Itoa(i+1) + " of " + strconv.Itoa(len(d.Paras))
}

// BibTeX returns a BibTeX entry for the document, keyed by its ID, in the
// form BibTeX's standard styles and biblatex both read:
//
//   - a UN report is a @techreport of the United Nations, its author the
//     organ that issued it ([Doc.Author]), its type "UN Doc." and its
//     number the symbol;
//   - any other document is a @misc, whose howpublished says where it
//     stands in its series: "UNGA Res 58/199, UN Doc. A/RES/58/199", "HRC
//     Res 20/8", "ETS No. 185", or, for a document of a meeting, the
//     meeting ("G7 Foreign Ministers' Meeting, Lucca, 10-11 April 2017");
//
// with the place (address) and the date, in full as biblatex's date field
// and as year and month; the URL where one was observed; and, for a
// document whose text the corpus holds, a note that says how much and
// under which ID. A title the document does not have is its description in
// square brackets.
func (d *Doc) BibTeX() string {
	var b strings.Builder
	typ := "misc"
	if d.Kind == "report" && d.Symbol != "" {
		typ = "techreport"
	}
	b.WriteString("@" + typ + "{" + d.ID + ",\n")
	field := func(name, value string) {
		if value != "" {
			b.WriteString("  " + name + strings.Repeat(" ", 12-len(name)) + " = " + value + ",\n")
		}
	}
	braced := func(s string) string {
		if s == "" {
			return ""
		}
		return "{" + bibEscape(s) + "}"
	}
	if a := d.Author(); a != "" {
		field("author", "{"+braced(a)+"}")
	}
	field("title", "{"+braced(d.TitleText())+"}")
	switch {
	case typ == "techreport":
		field("institution", braced("United Nations"))
		field("type", braced("UN Doc."))
		field("number", braced(d.Symbol))
	case d.Kind == "resolution" && d.Number != "":
		field("howpublished", braced(d.Designation()))
		field("number", braced(d.Number))
	case d.Series != "" && d.Number != "":
		how := d.Designation()
		if o := d.Opened; o.Year != 0 {
			how = "Opened for signature " + formatDate(d.Lang, o.Year, o.Month, o.Day) + ", " + how
		}
		field("howpublished", braced(how))
		field("number", braced(d.Number))
	case d.Symbol != "":
		field("howpublished", braced(d.Designation()))
		field("number", braced(d.Symbol))
	case d.Meeting != "":
		field("howpublished", braced(d.Meeting))
	}
	field("address", braced(d.Place))
	if d.Year != 0 {
		field("year", "{"+strconv.Itoa(d.Year)+"}")
		if d.Month != 0 {
			field("month", strings.ToLower(words.MonthName("", d.Month)[:3]))
		}
		date := strconv.Itoa(d.Year)
		if d.Month != 0 {
			date += "-" + pad2(d.Month)
			if d.Day != 0 {
				date += "-" + pad2(d.Day)
			}
		}
		field("date", "{"+date+"}")
	}
	if d.URL != "" {
		// A URL is not text: BibTeX's url field takes it verbatim (escaping
		// "_" or "%" would break it); only braces, which would end the
		// field, are percent-encoded.
		field("url", "{"+strings.NewReplacer("{", "%7B", "}", "%7D").Replace(d.URL)+"}")
	}
	if d.Lang == "fr" {
		field("langid", "{french}") // biblatex's language of the entry, for a French version
	}
	switch {
	case len(d.Paras) == 0:
		// The corpus holds no text of it: no note says it does.
	case d.Excerpt:
		field("note", braced("Excerpt in the cybernorms corpus, ID "+d.ID))
	default:
		field("note", braced("Full text in the cybernorms corpus, ID "+d.ID))
	}
	b.WriteString("}\n")
	return b.String()
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// bibEscape escapes the characters BibTeX treats specially.
func bibEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&', '%', '$', '#', '_', '{', '}':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '~':
			b.WriteString(`\textasciitilde{}`)
		case '^':
			b.WriteString(`\textasciicircum{}`)
		case '\\':
			b.WriteString(`\textbackslash{}`)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// The words of citations that name no document, as the parser reads them
// (folded). They are exported for the normvet checker in the tooling module,
// which finds citations in prose with the parser's own vocabulary.
var (
	// Fillers are words a citation may hold that name nothing.
	Fillers = []string{"a", "an", "and", "at", "by", "cf", "doc", "for", "from", "ibid", "in", "its", "l", "of", "on", "opened", "per", "see", "signature", "the", "to", "under", "with"}
	// Units are the words that may stand before a label.
	Units = []string{"commitment", "commitments", "item", "items", "no", "nos", "norm", "norms", "nr", "number", "para", "paragraph", "paragraphs", "paras", "principe", "principes", "principle", "principles", "recommendation", "recommendations"}
)

// PinnedBibTeX returns d's BibTeX entry preceded by a comment line that
// says how to cite the place pin in it: "% UN GGE 2015, norm 13(f): cite
// as \cite[para.~13(f)]{UNGGE2015}". citation is the place's short
// citation. It is the BibTeX style of packages norms and declarations.
func (d *Doc) PinnedBibTeX(citation, pin string) string {
	return "% " + citation + ": cite as " + d.LaTeXCite(pin) + "\n" + d.BibTeX()
}

// LaTeXCite returns the LaTeX command that cites the place pin in d:
// "\cite[para.~13(f)]{UNGGE2015}". A pin that holds square brackets is
// braced, so that LaTeX reads them as text of the optional argument:
// "\cite[{principle~[4]}]{ParisCall2018}".
func (d *Doc) LaTeXCite(pin string) string {
	pin = strings.ReplaceAll(pin, " ", "~")
	if strings.ContainsAny(pin, "[]") {
		pin = "{" + pin + "}"
	}
	return `\cite[` + pin + "]{" + d.ID + "}"
}
