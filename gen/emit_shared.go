package main

import (
	"sort"

	"github.com/dave/jennifer/jen"
)

// sharedFileOut is the generated file of package declarations that holds
// the shared wording of the corpus (shared.go computes it; see
// declarations/shared.go for the types).
const sharedFileOut = "declarations/shared_gen.go"

// emitShared writes declarations/shared_gen.go, data only: every run of
// shared wording once (sharedRuns), the passages of every run, grouped by
// run (sharedPassages), and the passages again in the order of their
// paragraphs (sharedByPara), for Paragraph.SharedWording.
func emitShared(c *corpus) ([]byte, error) {
	f := jen.NewFile("declarations")
	f.HeaderComment(generatedHeader)
	t := newDocTables(c)
	sw := c.shared

	type ref struct {
		num, block, start, run, index int
	}
	var runs, passages []jen.Code
	var order []ref
	for r, run := range sw.Runs {
		runs = append(runs, jen.Line().Values(jen.Lit(len(passages)), jen.Lit(len(run.Passages)), jen.Lit(run.Words)))
		for _, p := range run.Passages {
			order = append(order, ref{t.num[p.Doc], p.Block, p.Start, r, len(passages)})
			passages = append(passages, jen.Line().Values(
				jen.Lit(t.num[p.Doc]), jen.Lit(p.Block), jen.Lit(p.Start), jen.Lit(p.End),
				jen.Lit(r), jen.Lit(p.Left), jen.Lit(p.Right)))
		}
	}
	sort.Slice(order, func(a, b int) bool {
		x, y := order[a], order[b]
		switch {
		case x.num != y.num:
			return x.num < y.num
		case x.block != y.block:
			return x.block < y.block
		case x.start != y.start:
			return x.start < y.start
		}
		return x.run < y.run
	})

	f.Comment("sharedDocs holds every document and language version, indexed by")
	f.Comment("document.num, for the passages of sharedPassages, which name theirs by number.")
	f.Var().Id("sharedDocs").Op("=").Index(jen.Lit(len(t.docs) + 1)).Op("*").Id("document").ValuesFunc(func(g *jen.Group) {
		for _, d := range t.docs {
			g.Line().Lit(t.num[d]).Op(":").Op("&").Id(storageOf(d))
		}
		g.Line()
	})
	f.Line()
	f.Comment("sharedRuns holds every run of words that paragraphs of different documents")
	f.Comment("share, once: where its passages begin in sharedPassages, how many there are,")
	f.Comment("and its number of words. They are in the order of their first passages.")
	f.Var().Id("sharedRuns").Op("=").Index(jen.Lit(len(runs))).Id("sharedRun").Values(append(runs, jen.Line())...)
	f.Line()
	f.Comment("sharedPassages holds the passages of every run, grouped by run in the order")
	f.Comment("of sharedRuns, each group in the order of the documents and paragraphs:")
	f.Comment("document number, paragraph index, start and end in its text, run, and the")
	f.Comment("classes of the words before and after it. It holds no pointer, so that it")
	f.Comment("costs the compiler and the garbage collector as little as it can.")
	f.Var().Id("sharedPassages").Op("=").Index(jen.Lit(len(passages))).Id("passage").Values(append(passages, jen.Line())...)
	f.Line()
	f.Comment("sharedByPara holds the index in sharedPassages of every passage, in the order")
	f.Comment("of document.num, of the paragraphs, of where the passages begin, and of the")
	f.Comment("runs.")
	f.Var().Id("sharedByPara").Op("=").Index(jen.Lit(len(order))).Uint32().ValuesFunc(func(g *jen.Group) {
		for i, o := range order {
			if i%16 == 0 {
				g.Line().Lit(o.index)
			} else {
				g.Lit(o.index)
			}
		}
		g.Line()
	})
	return render(f)
}
