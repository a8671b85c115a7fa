package main

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/cybernorms/cybernorms/internal/words"
	"github.com/dave/jennifer/jen"
)

// The citation parser's tables. Each document's vocabulary is derived from
// its metadata by the rules below, never from hand lists of documents. A new
// metadata field that names a document is one more call in docNames; the
// parser reads the table and needs no change.

// A names is what a citation may call one document by.
type names struct {
	words  map[string]bool // folded words: title, body, place, aliases, variants
	strong map[string]bool // words that point at the document in prose
	title  map[string]bool // words of its title, kind and aliases, but not of its place or body
	syms   map[string]bool // folded symbols: "a/70/174", "a/res/70/237", "70/237"
	// proper are the proper names of the document: its city, its aliases,
	// the acronyms of its title and body. A citation of one word names a
	// document only by one of them ("Lucca", "CNI"), not by a common word
	// ("call").
	proper map[string]bool
}

func newNames() names {
	return names{words: map[string]bool{}, strong: map[string]bool{}, syms: map[string]bool{}, title: map[string]bool{}, proper: map[string]bool{}}
}

func (n *names) addWords(s string, strong bool) {
	for _, t := range words.Tokens(s) {
		switch t.Kind {
		case words.Word:
			if slices.Contains(monthWords, t.Text) {
				continue // dates are read by the grammar, not as words
			}
			n.words[t.Text] = true
			for _, v := range spellings(t.Text) {
				n.words[v] = true
			}
			if strong && !genericWords[t.Text] {
				n.strong[t.Text] = true
			}
			// The parser reads the word after an elided French article
			// or preposition on its own ("l'initiative"), so it is a word
			// of the name too, but not a strong one.
			if i := strings.IndexByte(t.Text, '\''); i == 1 || i == 2 && t.Text[:2] == "qu" {
				n.addWords(t.Text[i+1:], false)
			}
		case words.Symbol:
			n.syms[t.Text] = true
		}
	}
}

// genericWords are words of short names and places that do not, on their
// own, point at a document in running text.
var genericWords = map[string]bool{
	"g7": true, "g20": true, "asean": true, "un": true, "and": true, "of": true, "on": true, "the": true,
	"report": true, "resolution": true, "convention": true, "declaration": true,
	"communique": true, "chair": true, "joint": true, "principles": true, "actions": true,
	"cyber": true, "unga": true, "hrc": true, "saint": true,
	"de": true, "la": true, "le": true, "les": true, "du": true, "des": true, "pour": true, "et": true, "dans": true,
}

// titleStop are the words of titles that do not say which document.
var titleStop = map[string]bool{"g7": true, "g20": true, "un": true, "and": true, "of": true, "on": true, "the": true, "in": true, "for": true,
	"de": true, "la": true, "le": true, "les": true, "du": true, "des": true, "pour": true, "et": true, "dans": true}

var monthWords = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// spellings returns the other spellings of a folded word, British and
// American (behaviour, behavior; organisation, organization), and the
// singular of a plural ("States" is cited as "State").
func spellings(w string) []string {
	var out []string
	for _, r := range [][2]string{{"iour", "ior"}, {"ior", "iour"}, {"isation", "ization"}, {"ization", "isation"}, {"ise", "ize"}, {"ize", "ise"}, {"ised", "ized"}, {"ized", "ised"}} {
		if strings.HasSuffix(w, r[0]) && len(w) > len(r[0])+2 {
			out = append(out, strings.TrimSuffix(w, r[0])+r[1])
		}
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 4 {
		out = append(out, strings.TrimSuffix(w, "s"))
	}
	return out
}

// acronyms returns the initialisms of the phrases of s. Each run of three or
// more capitalised words, joined by "of", gives one ("Group of Governmental
// Experts", GGE). "United Nations" followed by capitalised words gives "UN"
// with their initials, and their initials alone ("United Nations General
// Assembly", UNGA and GA).
func acronyms(s string) []string {
	var out []string
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == ';' || r == '-' })
	var run []string
	initials := func(ws []string) string {
		var b strings.Builder
		for _, w := range ws {
			b.WriteRune(unicode.ToLower([]rune(w)[0]))
		}
		return b.String()
	}
	flush := func() {
		var caps []string
		for _, w := range run {
			if w != "of" {
				caps = append(caps, w)
			}
		}
		if len(caps) >= 3 {
			out = append(out, initials(caps))
			if caps[0] == "United" && caps[1] == "Nations" {
				out = append(out, "un"+initials(caps[2:]))
				if len(caps) >= 4 {
					out = append(out, initials(caps[2:]))
				}
			}
		}
		run = run[:0]
	}
	for _, f := range fields {
		r := []rune(f)
		switch {
		case f == "of" && len(run) > 0:
			run = append(run, f)
		case unicode.IsUpper(r[0]) && len(r) > 1 && !strings.ContainsAny(f, "0123456789'’"):
			run = append(run, f)
		default:
			flush()
		}
	}
	flush()
	return out
}

// nameOf returns what names the document in its own words: its title, or
// for a document with no published title, the maintainers' description.
func nameOf(d *document) string {
	if d.Title != "" {
		return d.Title
	}
	return d.Description
}

// docNames derives every name of the document from its metadata.
func docNames(d *document) names {
	n := newNames()
	n.addWords(nameOf(d), false)
	n.addWords(d.Short, true)
	n.addWords(d.Body, false)
	n.addWords(d.Meeting, false)
	// The place's city points at the document; its country does not.
	city, country, _ := strings.Cut(d.Place, ",")
	n.addWords(city, true)
	n.addWords(country, false)
	n.addWords(docKind(d.Kind).Words(), false)
	for _, a := range d.Aliases {
		n.addWords(a, true)
		// An alias of one word is a proper name ("CNI"); a word of an
		// alias of several ("Convention on Cybercrime") is not.
		if ts := words.Tokens(a); len(ts) == 1 && ts[0].Kind == words.Word {
			n.proper[ts[0].Text] = true
		}
	}
	for _, t := range words.Tokens(city) {
		if t.Kind == words.Word && !genericWords[t.Text] {
			n.proper[t.Text] = true
		}
	}
	for _, s := range []string{nameOf(d), d.Body} {
		for _, a := range acronyms(s) {
			n.words[a] = true // an acronym is not strong: "CIS" is not the GGE's
			n.proper[a], n.title[a] = true, true
		}
	}
	// "UN" and "United Nations" are one name.
	if n.words["un"] || n.words["united"] && n.words["nations"] {
		n.words["un"], n.words["united"], n.words["nations"] = true, true, true
	}
	n.addTitleWords(d)
	for _, v := range d.Versions {
		n.addWords(v.Title, false)
		n.addWords(v.Short, true)
		n.addWords(v.List.Unit, false)
	}
	n.addSymbols(d)
	n.addEquals()
	return n
}

// addEquals adds the words that name what a word of the names names, in
// another language or form (the vocabulary's class "equals": "rapport" for
// "report"), as words of the same kinds.
func (n *names) addEquals() {
	eq := equalWords()
	for _, set := range []map[string]bool{n.words, n.strong, n.title, n.proper} {
		for _, w := range mapKeys(set) {
			for _, e := range eq[w] {
				set[e] = true
			}
		}
	}
}

// addTitleWords adds the words that say which document, not who or where:
// those of the title, kind, aliases and versions' titles, less those of the
// place and body. A resolution is also named by "res" ("GA res 68/167").
func (n *names) addTitleWords(d *document) {
	title, where := newNames(), newNames()
	title.addWords(nameOf(d), false)
	title.addWords(docKind(d.Kind).Words(), false)
	for _, a := range d.Aliases {
		title.addWords(a, false)
	}
	for _, v := range d.Versions {
		title.addWords(v.Title, false)
	}
	where.addWords(d.Place, false)
	where.addWords(d.Body, false)
	for w := range title.words {
		if !where.words[w] && !titleStop[w] {
			n.title[w] = true
		}
	}
	if d.Kind == "resolution" {
		n.words["res"] = true
	}
}

// addSymbols adds d's symbol and its other forms, and a treaty's number as
// "ets/185" (the parser reads "ETS No. 185" and "CETS No.185" as that
// symbol). A resolution's number ("70/237") is written, too, with the
// symbol of its body's series: A/RES/70/237 for the General Assembly,
// A/HRC/RES/20/8 for the Human Rights Council. Every symbol is strong.
func (n *names) addSymbols(d *document) {
	if d.Symbol != "" {
		n.syms[strings.ToLower(d.Symbol)] = true
	}
	for _, s := range d.AltSymbols {
		n.syms[strings.ToLower(strings.TrimRight(s, "*"))] = true
	}
	if d.Number != "" && strings.Contains(d.Series, "Treaty Series") {
		n.syms["ets/"+d.Number] = true
	}
	for s := range n.syms {
		switch {
		case d.Kind != "resolution" || strings.Count(s, "/") != 1:
		case strings.Contains(d.Body, "General Assembly"):
			n.syms["a/res/"+s] = true
		case strings.Contains(d.Body, "Human Rights Council"):
			n.syms["a/hrc/res/"+s] = true
		}
	}
	for w := range n.syms {
		n.strong[w] = true
	}
}

// versionWords returns the folded words of a language version's names that
// the primary's names lack, and those of the primary's names that the
// version's lack: the words that say a citation named the version, or did
// not.
func versionWords(d, v *document) (own, lacks []string) {
	set := func(ss ...string) map[string]bool {
		n := newNames()
		for _, s := range ss {
			n.addWords(s, false)
		}
		return n.words
	}
	unit := func(d *document) string {
		if d.List != nil {
			return d.List.Unit
		}
		return ""
	}
	pw := set(append([]string{d.Title, d.Short, d.Body, d.Meeting, d.Place, docKind(d.Kind).Words(), unit(d)}, d.Aliases...)...)
	vw := set(v.Title, v.Short, v.Place, unit(v))
	for _, w := range mapKeys(vw) {
		if !pw[w] {
			own = append(own, w)
		}
	}
	for _, w := range mapKeys(pw) {
		if !vw[w] {
			lacks = append(lacks, w)
		}
	}
	return own, lacks
}

// shortWords returns the folded tokens of the document's short name.
func shortWords(d *document) []string {
	var out []string
	for _, t := range words.Tokens(d.Short) {
		if t.Kind == words.Word || t.Kind == words.Number || t.Kind == words.Symbol {
			out = append(out, t.Text)
		}
	}
	return out
}

// emitCite writes the citation parser's tables: the documents, and the
// index from each word and symbol to the documents it names.
func emitCite(c *corpus) ([]byte, error) {
	f := jen.NewFile("cite")
	f.HeaderComment(generatedHeader)
	all := make([]names, len(c.Docs))
	for i, d := range c.Docs {
		all[i] = docNames(d)
	}
	vocab, err := vocabulary()
	if err != nil {
		return nil, err
	}
	// The words of names that are also units ("Commitment" of the
	// Charlevoix Commitment) say what kind of document, not which, as
	// generic words do.
	generic := classSet(vocab, "generic")
	for _, class := range []string{"unit", "units"} {
		for w := range classSet(vocab, class) {
			generic[w] = true
		}
	}
	index, keys := wordIndex(all, generic, classSet(vocab, "event"))
	post := make(map[string]int, len(keys))
	for i, w := range keys {
		post[w] = i + 1
	}
	issuers := issuingOrgans(c)
	i, lists, partials := 0, 0, 0 // lists: the documents with a list before d, the index of d's list in package norms; partials the same of partial lists
	f.Comment("docs is every document of the corpus, in ID order, with what the parser")
	f.Comment("and the formatters need: its metadata, vocabulary, list and paragraphs.")
	f.Var().Id("docs").Op("=").Index(jen.Op("...")).Id("Doc").Values(rows(c.Docs, func(d *document) jen.Code {
		partialAt := 0
		if d.Partial != nil {
			partials++
			partialAt = partials
		}
		v := docValue(d, all[i], post, lists, partialAt, issuers)
		i++
		if d.List != nil {
			lists++
		}
		return v
	})...)
	unanchored := anchors(c, index)
	organs(c, index)
	declare(f, "index is every word and symbol of the documents' names, sorted, with the\nindexes in docs of the documents it belongs to; of those, Strong are the\ndocuments it points at in running text (a city, a short name, a symbol),\nTitle those of which it says which document rather than who or where.",
		"index", jen.Index(jen.Op("...")).Id("posting").Values(rows(keys, func(w string) jen.Code {
			e := index[w]
			return jen.Values(jen.Lit(w), docList(e.docs), docList(e.strong), docList(e.title), docList(e.anchored),
				jen.Lit(e.sym), jen.Lit(int(e.organ)), jen.Lit(int(e.series)), jen.Lit(e.plain), jen.Lit(e.proper), jen.Lit(e.event))
		})...))
	f.Line()
	f.Comment("unanchored are the documents whose short name has no word of the index")
	f.Comment("with a letter: the parser looks at them beside the anchored documents of")
	f.Comment("a citation's words.")
	if len(unanchored) == 0 {
		f.Var().Id("unanchored").Index().Uint16()
	} else {
		f.Var().Id("unanchored").Op("=").Add(docList(unanchored))
	}
	var lettered []int
	for i, d := range c.Docs {
		if d.List != nil && d.List.Style == "lettered" {
			lettered = append(lettered, i)
		}
	}
	declare(f, "lettered are the documents whose list is lettered, the only ones a label\nwithout a document names (\"13(f)\", \"norm (f)\"), by index in docs.", "lettered", docList(lettered))
	emitCitePartials(f, c)
	declare(f, "indexHash holds 1 + the index in index of each word, at the slot of the\nFNV-1a hash of its folded bytes, probed linearly; 0 is an empty slot.",
		"indexHash", hashTable(keys, 2, jen.Uint16()))
	var starts []jen.Code
	for b := 0; b <= 37; b++ {
		starts = append(starts, jen.Lit(sort.Search(len(keys), func(i int) bool { return bucketOf(keys[i]) >= b })))
	}
	declare(f, "indexStart[b] is the index in index of the first word of bucket b: 0-9\nfor a first digit, 10-35 for a first letter, 36 for any other byte;\nindexStart[37] is len(index).",
		"indexStart", jen.Index(jen.Lit(38)).Uint16().Values(starts...))
	order := make([]int, len(c.Docs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return strings.ToLower(c.Docs[order[a]].ID) < strings.ToLower(c.Docs[order[b]].ID)
	})
	declare(f, "foldedIDs lists the indexes in docs of the documents in the order of\ntheir IDs in lower case, for lookupIndex's search in any case.",
		"foldedIDs", jen.Index(jen.Lit(len(order))).Uint16().ValuesFunc(func(g *jen.Group) {
			for _, i := range order {
				g.Lit(i)
			}
		}))
	emitKeywords(f, vocab)
	return render(f)
}

// issuingOrgans maps the series of UN symbols (see symbolSeries) to the
// organ that issues them, as the corpus's resolutions of each series name
// their body: "a" to "United Nations General Assembly". A series whose
// resolutions name different bodies has none.
func issuingOrgans(c *corpus) map[string]string {
	organs := map[string]string{}
	for _, d := range c.Docs {
		if d.Kind != "resolution" || d.Symbol == "" || d.Body == "" {
			continue
		}
		s := symbolSeries(strings.ToLower(d.Symbol))
		if prev, ok := organs[s]; ok && prev != d.Body {
			organs[s] = ""
			continue
		}
		organs[s] = d.Body
	}
	return organs
}

// docValue returns the Doc of document d, whose names are n. post gives
// 1 + the place in the index of each word; list is the index of d's list in
// package norms' table of lists; partialAt is 1 + the index of d's partial
// list in partials, or 0; issuers gives the organ of each series of UN
// symbols.
func docValue(d *document, n names, post map[string]int, list, partialAt int, issuers map[string]string) jen.Code {
	var fs fields
	fs.str("ID", d.ID)
	fs.str("Short", d.Short)
	fs.str("Title", d.Title)
	fs.str("Body", d.Body)
	fs.str("Place", d.Place)
	fs.str("Symbol", d.Symbol)
	if d.URLUnverified == "" {
		fs.str("URL", d.URL) // an unverified URL is not cited
	}
	fs.str("Kind", docKind(d.Kind).Words())
	fs.str("Meeting", d.Meeting)
	fs.str("Description", d.Description)
	// A UN document that is not a resolution names the organ that issued
	// it where its body is another (a group of experts whose report is a
	// General Assembly document).
	if o := issuers[symbolSeries(strings.ToLower(d.Symbol))]; d.Symbol != "" && d.Kind != "resolution" && o != d.Body {
		fs.str("Organ", o)
	}
	for _, blk := range d.Blocks {
		if blk.LabelNote != "" {
			fs.str("LabelNote", blk.LabelNote)
			break
		}
	}
	fs.flag("Excerpt", d.Extent == "excerpt")
	fs.str("Lang", d.Lang)
	fs.str("Number", d.Number)
	fs.str("Series", d.Series)
	if o := d.Opened; o.Year != 0 {
		fs.code("Opened", jen.Id("Date").Values(jen.Lit(o.Year), jen.Lit(o.Month), jen.Lit(o.Day)))
	}
	fs.num("Year", d.Date.Year)
	fs.num("Month", d.Date.Month)
	fs.num("Day", d.Date.Day)
	fs.code("Words", stringSlice(mapKeys(n.words)))
	sw := shortWords(d)
	fs.code("ShortWords", stringSlice(sw))
	var sp []jen.Code
	for _, w := range sw {
		if !strings.ContainsFunc(w, unicode.IsLetter) {
			sp = append(sp, jen.Lit(0)) // a number: its tokens are not looked up
			continue
		}
		sp = append(sp, jen.Lit(post[w]))
	}
	fs.code("ShortPosts", jen.Index().Uint16().Values(sp...))
	if len(n.syms) > 0 {
		fs.code("Symbols", stringSlice(mapKeys(n.syms)))
	}
	if len(d.Versions) > 0 {
		fs.code("Versions", jen.Index().Id("Version").Values(rows(d.Versions, func(v *document) jen.Code {
			own, lacks := versionWords(d, v)
			var vf fields
			vf.str("Lang", v.Lang)
			vf.str("Title", v.Title)
			vf.str("Short", v.Short)
			if v.List != nil {
				vf.str("Unit", v.List.Unit)
			}
			vf.code("Words", stringSlice(own))
			vf.code("Lacks", stringSlice(lacks))
			if !samePlaces(d, v) {
				vf.code("Paras", parasValue(v))
			}
			return vf.values()
		})...))
	}
	if d.List != nil {
		fs.code("List", listValue(d, list))
	}
	if len(d.Blocks) > 0 {
		fs.code("Paras", parasValue(d))
	}
	fs.num("PartialAt", partialAt)
	return fs.values()
}

// listValue returns the List of d's list: its kind, unit, the paragraph of a
// lettered list, the labels and stems of its items, and its index in
// package norms' table of lists.
func listValue(d *document, index int) jen.Code {
	l := d.List
	var lf fields
	lf.num("Index", index)
	lf.str("Kind", l.Kind)
	lf.str("Unit", l.Unit)
	if l.Style == "lettered" {
		lf.str("Lettered", l.Paragraph)
	}
	var labels []string
	for _, it := range d.Items {
		labels = append(labels, it.Label)
	}
	lf.code("Labels", stringSlice(labels))
	lf.code("Stems", jen.Index().Index().String().Values(rows(d.Items, func(it item) jen.Code {
		return stringSlice(itemStems(d, it.Index))
	})...))
	lf.flag("Supplied", supplied(d))
	return jen.Id("List").Add(lf.values())
}

// itemStems returns the stems (words.Stem) of the words of item i of d's
// list, sorted and once each: of its text and editorial title in every
// language version, and of its themes' names and justifying words. They
// serve descriptions that name an item ("the norm on supply chain
// integrity").
func itemStems(d *document, i int) []string {
	set := map[string]bool{}
	add := func(s string) {
		for _, t := range words.Tokens(s) {
			if t.Kind == words.Word && !titleStop[t.Text] {
				set[words.Stem(t.Text)] = true
			}
		}
	}
	for _, doc := range d.withVersions() {
		if i < len(doc.Items) {
			add(doc.Items[i].Text)
			add(doc.Items[i].Title)
		}
	}
	for _, th := range d.Items[i].Themes {
		_, def := themeIndex(th.ID)
		add(def.Name)
		add(th.Words)
	}
	return mapKeys(set)
}

// samePlaces reports whether the paragraphs of version v are cited as those
// of its primary d are: the same places, and the same opening words.
func samePlaces(d, v *document) bool {
	if len(d.Blocks) != len(v.Blocks) {
		return false
	}
	for i := range d.Blocks {
		if a, b := d.Blocks[i], v.Blocks[i]; a.Place != b.Place || a.Opening != b.Opening {
			return false
		}
	}
	return true
}

// parasValue returns the []Para of the paragraphs of d: the label of each,
// 1 + the index of the list item it holds (0: none), how a citation names
// its place, and the words an unlabelled one begins with.
func parasValue(d *document) jen.Code {
	item := map[int]int{}
	for i, it := range d.Items {
		item[it.Block] = i + 1
	}
	i := -1
	return jen.Index().Id("Para").Values(rows(d.Blocks, func(b block) jen.Code {
		i++
		var pf []jen.Code
		if b.Label != "" {
			pf = append(pf, jen.Id("Label").Op(":").Lit(b.Label))
		}
		if item[i] != 0 {
			pf = append(pf, jen.Id("Item").Op(":").Lit(item[i]))
		}
		if b.Place != placeLabel {
			pf = append(pf, jen.Id("Place").Op(":").Id("Place"+constName(b.Place)))
		}
		if b.Opening != "" {
			pf = append(pf, jen.Id("Start").Op(":").Lit(b.Opening))
		}
		return jen.Values(pf...)
	})...)
}

// An indexEntry is what the index holds for a word or symbol: the
// documents it names, those it names strongly and those of whose title it
// is (every document of a symbol), by index in docs.
type indexEntry struct {
	docs, strong, title []int
	sym                 bool
	anchored            []int // the documents whose anchor (see anchors) it is
	organ, series       uint8 // see organs
	plain, proper       bool  // see posting.Plain and posting.Proper
	event               bool  // see posting.Event
}

// wordIndex returns every word and symbol of the documents' names (all,
// in the order of docs) with its entry, and the words sorted.
func wordIndex(all []names, generic, event map[string]bool) (map[string]*indexEntry, []string) {
	index := map[string]*indexEntry{}
	for i := range all {
		add := func(w string, sym bool) {
			e := index[w]
			if e == nil {
				e = &indexEntry{sym: sym}
				index[w] = e
			}
			e.docs = append(e.docs, i)
			if all[i].strong[w] {
				e.strong = append(e.strong, i)
			}
			if all[i].title[w] || sym {
				e.title = append(e.title, i)
			}
			e.plain, e.event = generic[w] || event[w], event[w]
			e.proper = e.proper || all[i].proper[w] || sym
		}
		for w := range all[i].words {
			add(w, false)
		}
		for w := range all[i].syms {
			add(w, true)
		}
	}
	return index, mapKeys(index)
}

// symbolSeries returns the series of a folded symbol: its leading segments
// of letters but "res", "a" for "a/70/174" and "a/res/70/237", "a/hrc" for
// "a/hrc/res/20/8"; "" for "70/237".
func symbolSeries(sym string) string {
	var segs []string
	for _, seg := range strings.Split(sym, "/") {
		if seg == "" || !strings.ContainsFunc(seg, unicode.IsLetter) || strings.ContainsFunc(seg, unicode.IsDigit) {
			break
		}
		if seg != "res" {
			segs = append(segs, seg)
		}
	}
	return strings.Join(segs, "/")
}

// organs marks the words of the organ that issues a series of UN symbols:
// the words of the body of the corpus's resolutions of that series, and
// their acronyms. A citation may name the organ before a symbol of its
// series ("UNGA A/70/174"), and the parser does not ask the symbol's
// document to hold those words. Each series with an organ has a bit: series
// is the bit of a symbol's series, organ the bits of the series whose
// organ's words the word is.
func organs(c *corpus, index map[string]*indexEntry) {
	bits := map[string]uint8{}
	for _, d := range c.Docs {
		if d.Kind != "resolution" || d.Symbol == "" || d.Body == "" {
			continue
		}
		s := symbolSeries(strings.ToLower(d.Symbol))
		if s == "" {
			continue
		}
		b, ok := bits[s]
		if !ok {
			if len(bits) == 8 {
				continue // eight series at most; a ninth's organ words restrict as any word
			}
			b = 1 << len(bits)
			bits[s] = b
		}
		n := newNames()
		n.addWords(d.Body, false)
		for _, a := range acronyms(d.Body) {
			n.words[a] = true
		}
		n.addEquals() // "AGNU" for "UNGA"
		for w := range n.words {
			if e := index[w]; e != nil {
				e.organ |= b
			}
		}
	}
	for w, e := range index {
		if e.sym {
			e.series = bits[symbolSeries(w)]
		}
	}
}

// anchors gives every document an anchor: of the words of its short name
// that are in the index and hold a letter, the one the fewest documents
// hold (the first of equals). A citation that holds a document's whole
// short name holds its anchor, so the parser finds such documents through
// the anchors of the citation's words. anchors records each document in its
// anchor's entry and returns the documents without one.
func anchors(c *corpus, index map[string]*indexEntry) []int {
	var none []int
	for i, d := range c.Docs {
		var best *indexEntry
		for _, w := range shortWords(d) {
			e := index[w]
			if e == nil || !strings.ContainsFunc(w, unicode.IsLetter) {
				continue
			}
			if best == nil || len(e.docs) < len(best.docs) {
				best = e
			}
		}
		if best == nil {
			none = append(none, i)
			continue
		}
		best.anchored = append(best.anchored, i)
	}
	return none
}

// docList returns the []uint16 of the document indexes ds, sorted in
// place, or nil for none.
func docList(ds []int) jen.Code {
	if len(ds) == 0 {
		return jen.Nil()
	}
	sort.Ints(ds)
	var vs []jen.Code
	for _, d := range ds {
		vs = append(vs, jen.Lit(d))
	}
	return jen.Index().Uint16().Values(vs...)
}

// hashTable returns the array of an open-addressed hash table of keys, at
// most 1/load full, of at least 64 slots of type elem: 1 + the index of
// each key at the slot of the FNV-1a hash of its bytes, probed linearly,
// and 0 in an empty slot.
func hashTable(keys []string, load int, elem jen.Code) jen.Code {
	size := 64
	for size < load*len(keys) {
		size *= 2
	}
	table := make([]int, size)
	for i, w := range keys {
		h := int(fnv(w)) & (size - 1)
		for table[h] != 0 {
			h = (h + 1) & (size - 1)
		}
		table[h] = i + 1
	}
	return jen.Index(jen.Lit(size)).Add(elem).ValuesFunc(func(g *jen.Group) {
		for _, v := range table {
			g.Lit(v)
		}
	})
}

// fnv is the 32-bit FNV-1a hash of a folded word, as the parser computes it.
func fnv(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// bucketOf is the runtime's bucket of a folded word's first byte.
func bucketOf(w string) int {
	switch c := w[0]; {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	}
	return 36
}

func stringSlice(ss []string) *jen.Statement {
	return jen.Index().String().ValuesFunc(func(g *jen.Group) {
		for _, s := range ss {
			g.Lit(s)
		}
	})
}
