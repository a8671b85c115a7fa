package cite

import (
	"github.com/cybernorms/cybernorms/internal/words"
	"strconv"
	"strings"
)

// A Doc is what the parser and the formatters know of a document.
type Doc struct {
	ID, Short, Title, Body, Place, Symbol, URL, Kind string
	Year, Month, Day                                 int
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
type Version struct {
	Lang, Title, Short, Unit string
	Words, Lacks             []string
}

// A Para is one paragraph of a document.
type Para struct {
	// Label is the paragraph's label as the source prints it ("7",
	// "13(f)"), or "" for an unnumbered paragraph.
	Label string
	// Item is 1 + the index in the document's list of the item the
	// paragraph holds, or 0.
	Item int
}

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
// (see [words.LocalID], its one home).
func LocalID(label string) string { return words.LocalID(label) }

// Date formats the document's date as the field writes it (see
// [FormatDate]), in the document's language: "12 novembre 2018" in French.
func (d *Doc) Date() string { return formatDate(d.Lang, d.Year, d.Month, d.Day) }

// In returns the document as its version in the language lang (a BCP 47
// tag, "fr") names it: its title, short name and unit in that language,
// with Lang set to lang, so that [Doc.Formal], [Doc.Locator], [Doc.Pin] and
// [Doc.BibTeX] cite that version ("Appel de Paris pour la confiance et la
// sécurité dans le cyberespace (Paris, 12 novembre 2018), principe 5"). For
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
//     Behavior in Cyberspace (Lucca, Italy, 11 April 2017)".
//
// Parts the corpus does not know are left out. Every form parses back.
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
		b.WriteString(d.Title)
		if o := d.Opened; o.Year != 0 {
			b.WriteString(" (opened for signature " + formatDate(d.Lang, o.Year, o.Month, o.Day) + ")")
		} else if date != "" {
			b.WriteString(" (" + date + ")")
		}
		b.WriteString(", " + seriesInitials(d.Series) + " No. " + d.Number)
		return b.String()
	case d.Symbol != "":
		b.WriteString(d.Title)
		b.WriteString(", UN Doc. ")
		b.WriteString(d.Symbol)
		if date != "" {
			b.WriteString(" (" + date + ")")
		}
		return b.String()
	case d.Body != "" && d.Kind != "resolution":
		b.WriteString(d.Body)
		b.WriteString(", ")
	}
	b.WriteString(d.Title)
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
// "norm 6" or "commitment 2" for the item of a numbered list.
func (d *Doc) Locator(label string) string {
	for _, l := range d.List.Labels {
		if l == label {
			if d.Symbol != "" {
				return "para. " + label
			}
			return d.List.Unit + " " + label
		}
	}
	return "para. " + label
}

// BibTeX returns a BibTeX entry for the document, keyed by its ID. The
// entry type is @misc; the date is also given as a biblatex date field.
func (d *Doc) BibTeX() string {
	var b strings.Builder
	b.WriteString("@misc{" + d.ID + ",\n")
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
	if d.Body != "" {
		field("author", "{"+braced(d.Body)+"}")
	}
	field("title", "{"+braced(d.Title)+"}")
	how := d.Kind
	switch {
	case d.Symbol != "":
		how = "UN Doc. " + d.Symbol
	case d.Series != "" && d.Number != "":
		how = d.Series + " No. " + d.Number
	}
	field("howpublished", braced(how))
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
	field("note", braced("Text in the cybernorms corpus as "+d.ID))
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
	return "% " + citation + ": cite as \\cite[" + strings.ReplaceAll(pin, " ", "~") + "]{" + d.ID + "}\n" + d.BibTeX()
}
