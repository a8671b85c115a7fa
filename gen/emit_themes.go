package main

import (
	"encoding/binary"
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"
)

// themesFileOut is the generated file that holds the themes.
const themesFileOut = "norms/themes_gen.go"

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
			at[0] = byte(themeIndex(c, th.ID))
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

// themeIndex returns the Theme value of the theme with the ID: its place in
// the vocabulary, from 1.
func themeIndex(c *corpus, id string) int {
	for i, t := range c.themes {
		if t.ID == id {
			return i + 1
		}
	}
	return 0
}

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
