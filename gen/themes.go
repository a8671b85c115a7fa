package main

import (
	_ "embed"
	"encoding/binary"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/cybernorms/cybernorms/internal/textindex"
	"github.com/dave/jennifer/jen"
)

// Themes (data/README.md, "Themes"): the vocabulary is themes.txt, written
// into package norms as the constants Theme... (emitThemes). That every
// norm has a theme is checked by package norms' tests, not here, so that a
// document may be added before its norms are read for themes.

//go:embed themes.txt
var themesText string

// themesFile is the name errors give the vocabulary of themes.
const themesFile = "gen/themes.txt"

// maxThemes is the most themes the vocabulary may hold: norms.Theme is a
// uint8, and 0 is no theme.
const maxThemes = 255

// maxNormThemes is the most themes one norm may have: a theme says what a
// norm is about, and a norm about everything is about nothing.
const maxNormThemes = 3

// A themeDef is one theme of the vocabulary.
type themeDef struct {
	ID, Name, Definition string
	Line                 int
}

// A themeDecl is one theme of a norm: the theme's ID and the words of the
// norm that justify it, from a "theme:" attribute (Line is its line); At is
// where checkThemes found the words in the norm's text.
type themeDecl struct {
	ID, Words string
	Line, At  int
}

// themeID is the form of a theme's ID: lower-case words of letters and
// digits joined by hyphens.
var themeID = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// parseThemes reads the vocabulary of themes: "theme: <id>" entries, each
// with a name and a definition, in the order of norms.Themes().
func parseThemes(name, text string) ([]themeDef, error) {
	if err := checkCharacters(name, []byte(text)); err != nil {
		return nil, err
	}
	f, err := parseFile(name, []byte(text))
	if err != nil {
		return nil, err
	}
	if f.HasBody {
		return nil, errorf(name, f.HeaderEnd, "the vocabulary of themes has no body: remove the %q line", bodySeparator)
	}
	var errs errList
	var out []themeDef
	ids, names := map[string]int{}, map[string]int{}
	for _, e := range f.Entries {
		if e.Key != "theme" {
			errs.add(errorf(name, e.Line, "unknown key %q: the vocabulary holds \"theme: <id>\" entries", e.Key))
			continue
		}
		t := themeDef{ID: e.Value, Line: e.Line}
		for _, a := range e.Attrs {
			switch a.Key {
			case "name":
				t.Name = a.Value
			case "definition":
				t.Definition = a.Value
			default:
				errs.add(errorf(name, a.Line, "unknown attribute %q of a theme%s", a.Key, suggest(a.Key, []string{"definition", "name"})))
			}
		}
		switch {
		case !themeID.MatchString(t.ID):
			errs.add(errorf(name, e.Line, "theme ID %q: want lower-case words of letters and digits joined by hyphens, such as critical-infrastructure", t.ID))
		case ids[t.ID] != 0:
			errs.add(errorf(name, e.Line, "theme %q given twice (first at line %d)", t.ID, ids[t.ID]))
		}
		ids[t.ID] = e.Line
		if t.Name == "" || t.Definition == "" {
			errs.add(errorf(name, e.Line, "theme %q needs an indented \"name:\" and \"definition:\"", t.ID))
		}
		if t.Name != "" {
			key := strings.ToLower(strings.Join(strings.Fields(t.Name), " "))
			if first, dup := names[key]; dup {
				errs.add(errorf(name, e.Line, "theme %q has the name %q of the theme at line %d", t.ID, t.Name, first))
			}
			names[key] = e.Line
		}
		out = append(out, t)
	}
	if len(out) == 0 && len(errs) == 0 {
		errs.add(errorf(name, 1, "the vocabulary of themes is empty"))
	}
	if len(out) > maxThemes {
		errs.add(errorf(name, out[maxThemes].Line, "%d themes; norms.Theme holds at most %d", len(out), maxThemes))
	}
	if len(errs) > 0 {
		return nil, errs.err()
	}
	return out, nil
}

// themeVocabulary returns the vocabulary of themes, parsed from themes.txt.
var themeVocabulary = sync.OnceValues(func() ([]themeDef, error) {
	v, err := parseThemes(themesFile, themesText)
	if err != nil {
		return nil, fmt.Errorf("the vocabulary of themes: %w", err)
	}
	return v, nil
})

// themeDecls reads the "theme:" attributes of an "item:" entry: a theme ID,
// and the words of the norm that justify it as a Go string literal. A
// language version and a restating item declare none: they take the themes
// of their primary, or of the norm restated.
func (b *builder) themeDecls(e *entry) []themeDecl {
	var out []themeDecl
	for _, a := range e.Attrs {
		if a.Key != "theme" {
			continue
		}
		id, lit, _ := strings.Cut(a.Value, " ")
		lit = strings.TrimLeft(lit, " ")
		if !strings.HasPrefix(lit, `"`) {
			b.errorf(a.Line, "theme: want a theme ID and the norm's words that justify it, quoted: theme: supply-chain \"integrity of the supply chain\"")
			continue
		}
		col := len("  theme: ") + len(a.Value) - len(lit) + 1
		words, err := decodeValue(b.f.Path, a.Line, col, "theme", lit)
		if err != nil {
			b.errs.add(err)
			continue
		}
		if strings.TrimSpace(words) == "" {
			b.errorf(a.Line, "theme %s: the justifying words are empty; quote the words of the norm that show what it is about", id)
			continue
		}
		out = append(out, themeDecl{ID: id, Words: words, Line: a.Line})
	}
	if len(out) == 0 {
		return nil
	}
	r, restates := e.attr("restates")
	switch {
	case b.d.Version:
		b.errorf(out[0].Line, "item %s: a norm's themes belong to the document, and its language versions share them: declare them in data/%s.txt", e.Value, b.d.ID)
	case restates:
		b.errorf(out[0].Line, "item %s restates %s word for word and takes its themes: declare them there, not here", e.Value, r.Value)
	}
	return out
}

// checkThemes checks every norm's themes against the vocabulary and the
// norm's text, and that no norm has more than maxNormThemes. It gives each
// restating item the themes of the norm it restates, and each language
// version its primary's. It records the vocabulary for the emitters.
func (c *corpus) checkThemes(vocab []themeDef) error {
	var errs errList
	count := func(d *document, it *item) {
		if n := len(it.Themes); n > maxNormThemes {
			errs.add(errorf(d.Path, it.Themes[maxNormThemes].Line, "item %s has %d themes; give it at most %d, those it is about", it.Label, n, maxNormThemes))
		}
	}
	known := map[string]bool{}
	var ids []string
	for _, t := range vocab {
		known[t.ID] = true
		ids = append(ids, t.ID)
	}
	for _, d := range c.Docs {
		for i := range d.Items {
			it := &d.Items[i]
			if it.Restates != "" {
				continue // below, once every original is checked
			}
			seen := map[string]int{}
			for k := range it.Themes {
				th := &it.Themes[k]
				switch {
				case !known[th.ID]:
					errs.add(errorf(d.Path, th.Line, "item %s: unknown theme %q%s; the themes are those of %s", it.Label, th.ID, suggest(th.ID, ids), themesFile))
					continue
				case seen[th.ID] != 0:
					errs.add(errorf(d.Path, th.Line, "item %s: theme %s given twice (first at line %d)", it.Label, th.ID, seen[th.ID]))
					continue
				}
				seen[th.ID] = th.Line
				if th.At = wordsAt(it.Text, th.Words); th.At < 0 {
					errs.add(errorf(d.Path, th.Line, "item %s: the words %q of theme %s are not words of its text; quote the norm's own words, whole words, verbatim", it.Label, abbreviate(th.Words, 60), th.ID))
				}
			}
			count(d, it)
		}
	}
	for _, d := range c.Docs {
		for i := range d.Items {
			it := &d.Items[i]
			target := c.items[it.Restates]
			if it.Restates == "" || target == nil {
				continue
			}
			it.Themes = nil
			for _, th := range target.Themes {
				at := wordsAt(it.Text, th.Words)
				if at < 0 {
					errs.add(errorf(d.Path, it.DeclLine, "item %s restates %s and takes its theme %s, but the words %q that justify it there are not words of this item's text", it.Label, it.Restates, th.ID, abbreviate(th.Words, 60)))
				}
				it.Themes = append(it.Themes, themeDecl{ID: th.ID, Words: th.Words, Line: it.DeclLine, At: at})
			}
			count(d, it)
		}
		for _, v := range d.Versions {
			for i := range v.Items {
				if i < len(d.Items) {
					v.Items[i].Themes = d.Items[i].Themes
				}
			}
		}
	}
	if len(errs) > 0 {
		return errs.err()
	}
	c.themes = vocab
	return nil
}

// wordsAt returns where words first occur in text, verbatim and as whole
// words (neither begins or ends inside a word of the text), or -1.
func wordsAt(text, words string) int {
	edge := func(i int) bool { // not inside a word, as search reads words
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i:])
		return i == 0 || i == len(text) || !(textindex.IsWord(before) && textindex.IsWord(after))
	}
	for from := 0; ; {
		i := strings.Index(text[from:], words)
		if i < 0 {
			return -1
		}
		i += from
		if edge(i) && edge(i+len(words)) {
			return i
		}
		from = i + 1
	}
}

// themeIndex returns the Theme value of the theme with the ID, its place in
// the vocabulary from 1, and the theme.
func themeIndex(id string) (int, themeDef) {
	v, _ := themeVocabulary()
	for i, t := range v {
		if t.ID == id {
			return i + 1, t
		}
	}
	return 0, themeDef{}
}

// themeConst returns the name of a theme's constant: "ThemeSupplyChain" for
// supply-chain.
func themeConst(id string) string { return "Theme" + constName(id) }

// emitThemes writes norms/themes_gen.go, data only: the Theme constants,
// each documented with its definition and norms, and the tables that give
// each norm its themes and each theme its norms (norms/themes.go reads them).
func emitThemes(c *corpus) ([]byte, error) {
	f := jen.NewFile("norms")
	f.HeaderComment(generatedHeader)
	t := newNormTables(c)

	// The norms of each theme, in the order of All.
	byTheme := map[string][]*item{}
	for _, d := range t.withLists {
		for i := range d.Items {
			for _, th := range d.Items[i].Themes {
				byTheme[th.ID] = append(byTheme[th.ID], &d.Items[i])
			}
		}
	}

	f.Comment("The themes of the cross-walk, in the order of [Themes]. They are editorial:")
	f.Comment("the maintainers' vocabulary and definitions, not text of the documents.")
	var defs []jen.Code
	for i, th := range c.themes {
		var doc docComment
		doc.para(fmt.Sprintf("%s is the theme %q (editorial): %s", themeConst(th.ID), th.Name, th.Definition))
		if its := byTheme[th.ID]; len(its) > 0 {
			doc.para(fmt.Sprintf("Its ID is %q. The maintainers give it to %s.", th.ID, themeNormList(t, its)))
		} else {
			doc.para(fmt.Sprintf("Its ID is %q. No norm of the corpus has it.", th.ID))
		}
		if i > 0 {
			defs = append(defs, jen.Line())
		}
		defs = append(defs, doc.code().Id(themeConst(th.ID)).Id("Theme").Op("=").Lit(i+1))
	}
	f.Const().Defs(defs...)

	declare(f, "themes holds the ID, name and definition of each theme, indexed by Theme;\nthemes[0] is the zero Theme's.",
		"themes", jen.Index(jen.Lit(len(c.themes)+1)).Id("themeData").Values(rows(c.themes, func(th themeDef) jen.Code {
			var fs fields
			fs.str("id", th.ID)
			fs.str("name", th.Name)
			fs.str("definition", th.Definition)
			return jen.Id(themeConst(th.ID)).Op(":").Add(fs.values())
		})...))

	// Each norm's themes: a record of themeRecord bytes per norm, in the
	// order of norm.num. A language version has its primary's record.
	var records []byte
	for _, n := range t.numbered {
		it := n.d.Items[n.i]
		var rec [themeRecord]byte
		for k, th := range it.Themes {
			if k == maxNormThemes {
				break
			}
			at := rec[k*9:]
			n, _ := themeIndex(th.ID)
			at[0] = byte(n)
			binary.LittleEndian.PutUint32(at[1:], uint32(th.At))
			binary.LittleEndian.PutUint32(at[5:], uint32(th.At+len(th.Words)))
		}
		records = append(records, rec[:]...)
	}
	f.Line()
	f.Comment(fmt.Sprintf("normThemes holds the themes of each norm, %d bytes per norm in the order of", themeRecord))
	f.Comment("norm.num: up to three entries of a Theme (1 byte, 0 for none) and the start and")
	f.Comment("end of the words that justify it (4 bytes each, little-endian), offsets in the")
	f.Comment("text of the norm in its document's first language; then a byte of padding.")
	f.Const().Id("normThemes").Op("=").Lit(string(records))

	var members, spans []jen.Code
	for _, th := range c.themes {
		its := byTheme[th.ID]
		spans = append(spans, jen.Id(themeConst(th.ID)).Op(":").Add(spanValue(len(members), len(its))))
		for _, it := range its {
			members = append(members, t.normRef(it.ID))
		}
	}
	declare(f, "themeNorms holds the norms of each theme, grouped by theme in the order of\nthemes, each group in the order of All; themeSpans indexes it.",
		"themeNorms", jen.Index(jen.Lit(len(members))).Op("*").Id("norm").Values(rows(members, id)...))
	declare(f, "themeSpans holds where the norms of each theme begin in themeNorms, and how\nmany there are, indexed by Theme.",
		"themeSpans", jen.Index(jen.Lit(len(c.themes)+1)).Id("themeSpan").Values(rows(spans, id)...))
	return render(f)
}

// themeRecord is the size of a norm's record in normThemes: three entries
// of 9 bytes and a byte of padding. norms/themes.go reads the same layout.
const themeRecord = 3*9 + 1

// themeNormList names the norms of a theme for its constant's doc comment,
// grouped by list: "[UNGGE2015] 13(f), 13(g) and 13(h); [Lucca2017] 6".
func themeNormList(t *normTables, its []*item) string {
	var groups []string
	var cur []string
	doc := ""
	flush := func() {
		if len(cur) > 0 {
			groups = append(groups, fmt.Sprintf("[%s] %s %s", doc, unitsOf(t.c.byID[doc], len(cur)), joinAnd(cur)))
		}
		cur = nil
	}
	for _, it := range its {
		if it.docID() != doc {
			flush()
			doc = it.docID()
		}
		cur = append(cur, it.Label)
	}
	flush()
	return strings.Join(groups, "; ")
}

// unitsOf returns the word a list puts before n labels: "norm", "norms",
// "para.".
func unitsOf(d *document, n int) string {
	u := d.List.Unit
	if n > 1 && !strings.HasSuffix(u, ".") {
		u += "s"
	}
	return u
}

// joinAnd joins words as English prose does: "a", "a and b", "a, b and c".
func joinAnd(ws []string) string {
	if len(ws) < 2 {
		return strings.Join(ws, "")
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " and " + ws[len(ws)-1]
}
