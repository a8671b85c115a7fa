package main

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/dave/jennifer/jen"
)

// sharedFileOut is the generated file that holds the shared wording.
const sharedFileOut = "declarations/shared_gen.go"

// passageSize is the size in bytes of a passage in sharedPassages, a layout
// declarations/shared.go reads too (the comment on sharedPassages gives it).
const passageSize = 24

// emitShared writes declarations/shared_gen.go, data only: the documents by
// number, every run once, the passages of every run, and the passages in the
// order of their paragraphs. The passages are strings of fixed-size records:
// one constant each costs the compiler less than many composite literals.
func emitShared(c *corpus) ([]byte, error) {
	f := jen.NewFile("declarations")
	f.HeaderComment(generatedHeader)
	t := newDocTables(c)
	sw := c.shared

	type ref struct {
		num, block, start, run, index int
	}
	var runs []jen.Code
	var passages []byte
	var order []ref
	n := 0
	for r, run := range sw.Runs {
		runs = append(runs, jen.Values(jen.Lit(n), jen.Lit(len(run.Passages)), jen.Lit(run.Words)))
		for _, p := range run.Passages {
			order = append(order, ref{t.num[p.Doc], p.Block, p.Start, r, n})
			passages = binary.LittleEndian.AppendUint16(passages, uint16(t.num[p.Doc]))
			passages = binary.LittleEndian.AppendUint16(passages, uint16(p.Block))
			for _, v := range []int{p.Start, p.End, r, p.Left, p.Right} {
				passages = binary.LittleEndian.AppendUint32(passages, uint32(v))
			}
			n++
		}
	}
	slices.SortFunc(order, func(x, y ref) int {
		return cmp.Or(cmp.Compare(x.num, y.num), cmp.Compare(x.block, y.block), cmp.Compare(x.start, y.start), cmp.Compare(x.run, y.run))
	})
	var byPara []byte
	for _, o := range order {
		byPara = binary.LittleEndian.AppendUint32(byPara, uint32(o.index))
	}

	f.Comment("sharedDocs holds every document and language version, indexed by")
	f.Comment("document.num, for the passages of sharedPassages, which name theirs by number.")
	f.Var().Id("sharedDocs").Op("=").Index(jen.Lit(len(t.docs) + 1)).Op("*").Id("document").Values(rows(t.docs, func(d *document) jen.Code {
		return jen.Lit(t.num[d]).Op(":").Op("&").Id(dataVar(d))
	})...)
	declare(f, "sharedRuns holds every run of words that paragraphs of different documents\nshare, once: where its passages begin in sharedPassages, how many there are,\nand its number of words. They are in the order of their first passages.",
		"sharedRuns", jen.Index(jen.Lit(len(runs))).Id("sharedRun").Values(rows(runs, id)...))
	f.Line()
	f.Comment(fmt.Sprintf("sharedPassages holds the %d passages of every run, grouped by run in the", n))
	f.Comment("order of sharedRuns, each group in the order of the documents and paragraphs;")
	f.Comment(fmt.Sprintf("each is %d bytes, little-endian: the document's number and the paragraph's", passageSize))
	f.Comment("index (2 bytes each), where the words begin and end in its text, the run, and")
	f.Comment("the classes of the words before and after it (4 bytes each).")
	f.Const().Id("sharedPassages").Op("=").Lit(string(passages))
	f.Line()
	f.Comment("sharedByPara holds the index in sharedPassages of every passage (4 bytes,")
	f.Comment("little-endian), in the order of document.num, of the paragraphs, of where the")
	f.Comment("passages begin, and of the runs.")
	f.Const().Id("sharedByPara").Op("=").Lit(string(byPara))
	return render(f)
}
