package main

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cybernorms/cybernorms/internal/textindex"
	"github.com/dave/jennifer/jen"
)

// Shared wording (data/README.md, "Shared wording"), with words as search
// reads and folds them (internal/textindex). Two passages of different
// documents that begin with the same minSharedWords words, and follow
// different words, are extended as far as they agree: that run of words is
// their pairwise maximal match. Each such run is recorded once, with every
// passage of the corpus that holds it.

const minSharedWords = 8

// A sharedWording is the shared wording of the corpus: every run once.
type sharedWording struct {
	Runs   []sharedRun
	units  []sharedUnit        // every paragraph of every document version, in corpus order
	unitOf map[*document][]int // unitOf[d][block]: the unit of a block of version d
}

type sharedRun struct {
	Words    int
	Passages []sharedPassage
}

// A sharedPassage is where a run occurs: in block Block of version Doc, from
// byte Start to End of its text, from the block's word First on. Left and
// Right are the classes of the words before and after it: passages share a
// class when the same word precedes (follows) both. A passage at the start
// (end) of its paragraph has a class of its own.
type sharedPassage struct {
	Doc         *document
	Block       int
	Start, End  int
	First       int
	Left, Right int
	unit        int
}

// A sharedUnit is one paragraph, as words.
type sharedUnit struct {
	doc   *document // the version whose paragraph it is
	id    string    // the document's ID, which its versions share
	block int
	base  int // the index of its first word among all the corpus's words
	words []int32
	start []int // byte offset of each word in the block's text
	end   []int // and of its end
}

// A sharedPos is a word of the corpus: word i of unit u.
type sharedPos struct{ u, i int32 }

func computeShared(c *corpus) *sharedWording {
	sw := &sharedWording{unitOf: map[*document][]int{}}
	ids := map[string]int32{}
	var buf []textindex.Word
	base := 0
	for _, d := range c.Docs {
		for _, v := range d.withVersions() {
			idx := make([]int, len(v.Blocks))
			for b, blk := range v.Blocks {
				buf = textindex.AppendWordsAt(buf[:0], blk.Text)
				u := sharedUnit{doc: v, id: d.ID, block: b, base: base}
				for _, w := range buf {
					id, ok := ids[w.Folded]
					if !ok {
						id = int32(len(ids))
						ids[w.Folded] = id
					}
					u.words = append(u.words, id)
					u.start = append(u.start, w.Start)
					u.end = append(u.end, wordEnd(blk.Text, w.Start))
				}
				base += len(u.words)
				idx[b] = len(sw.units)
				sw.units = append(sw.units, u)
			}
			sw.unitOf[v] = idx
		}
	}
	// Where each minSharedWords words occur, in corpus order.
	occ := map[[minSharedWords]int32][]sharedPos{}
	for u := range sw.units {
		ws := sw.units[u].words
		for i := 0; i+minSharedWords <= len(ws); i++ {
			k := [minSharedWords]int32(ws[i : i+minSharedWords])
			occ[k] = append(occ[k], sharedPos{int32(u), int32(i)})
		}
	}
	recorded := map[[3]int]bool{}
	for _, set := range occ {
		for a, p := range set {
			for _, q := range set[a+1:] {
				if sw.units[p.u].id == sw.units[q.u].id || sw.left(p) == sw.left(q) {
					continue
				}
				n := minSharedWords
				for sw.next(p, n) == sw.next(q, n) {
					n++
				}
				sw.record(set, p, n, recorded)
			}
		}
	}
	sw.sort()
	return sw
}

func wordEnd(text string, start int) int {
	i := start
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !textindex.IsWord(r) {
			break
		}
		i += size
	}
	return i
}

// left returns what precedes the passage that begins at p: the number of
// the word before it, or, at the start of a paragraph, a negative number of
// its own.
func (sw *sharedWording) left(p sharedPos) int64 {
	u := &sw.units[p.u]
	if p.i == 0 {
		return -1 - int64(u.base+int(p.i))
	}
	return int64(u.words[p.i-1])
}

// next returns what follows the first length words of the passage that
// begins at p: the number of the next word, or, at the end of a paragraph,
// a negative number of its own.
func (sw *sharedWording) next(p sharedPos, length int) int64 {
	u := &sw.units[p.u]
	if j := int(p.i) + length; j < len(u.words) {
		return int64(u.words[j])
	}
	return -1 - int64(u.base+int(p.i))
}

// record records the run of the n words that begin at p, unless recorded
// holds it already: its passages are those of set that hold the same words.
// recorded holds every passage of every run recorded, with its length, so
// that a run is looked for in set once, not once for each pair of its
// passages (a run in many passages made that cubic in their number).
func (sw *sharedWording) record(set []sharedPos, p sharedPos, n int, recorded map[[3]int]bool) {
	if recorded[[3]int{int(p.u), int(p.i), n}] {
		return
	}
	words := func(p sharedPos) []int32 {
		ws := sw.units[p.u].words
		return ws[p.i:min(int(p.i)+n, len(ws))]
	}
	var held []sharedPos
	for _, q := range set {
		if slices.Equal(words(q), words(p)) {
			held = append(held, q)
			recorded[[3]int{int(q.u), int(q.i), n}] = true
		}
	}
	run := sharedRun{Words: n}
	lefts, rights := map[int64]int{}, map[int64]int{}
	class := func(m map[int64]int, w int64) int {
		if c, ok := m[w]; ok {
			return c
		}
		m[w] = len(m)
		return m[w]
	}
	for _, q := range held {
		u := &sw.units[q.u]
		run.Passages = append(run.Passages, sharedPassage{
			Doc: u.doc, Block: u.block, unit: int(q.u), First: int(q.i),
			Start: u.start[q.i], End: u.end[int(q.i)+n-1],
			Left: class(lefts, sw.left(q)), Right: class(rights, sw.next(q, n)),
		})
	}
	sw.Runs = append(sw.Runs, run)
}

// sort orders the runs by their first passages, in corpus order, and a
// shorter run first.
func (sw *sharedWording) sort() {
	slices.SortFunc(sw.Runs, func(a, b sharedRun) int {
		pa, pb := a.Passages[0], b.Passages[0]
		return cmp.Or(cmp.Compare(pa.unit, pb.unit), cmp.Compare(pa.First, pb.First), cmp.Compare(a.Words, b.Words))
	})
}

// covers reports whether a run holds words [a1, b1) of unit u1 and words
// [a2, b2) of unit u2 at the same place of the run.
func (sw *sharedWording) covers(u1, a1, b1, u2, a2, b2 int) bool {
	if b1-a1 != b2-a2 || b1 <= a1 {
		return false
	}
	for _, r := range sw.Runs {
		for _, p := range r.Passages {
			if p.unit != u1 || p.First > a1 || b1-p.First > r.Words {
				continue
			}
			for _, q := range r.Passages {
				if q.unit == u2 && q.First+a1-p.First == a2 {
					return true
				}
			}
		}
	}
	return false
}

// itemWords returns the unit of item it of document d, and the words of the
// unit that lie within bytes [from, from+n) of the item's text: the index of
// the first and one past the last.
func (sw *sharedWording) itemWords(d *document, it *item, from, n int) (u, a, b int) {
	u = sw.unitOf[d][it.Block]
	un := &sw.units[u]
	off := it.Start - d.Blocks[it.Block].Start + from
	a = sort.SearchInts(un.start, off)
	b = a
	for b < len(un.start) && un.end[b] <= off+n {
		b++
	}
	return u, a, b
}

// checkShared checks the shared wording against what the data files record:
// every restatement shares all its words with the norm it restates, and the
// shared words of every take-up lie within a run that both items hold. A
// text of fewer than minSharedWords words is not checked.
func (c *corpus) checkShared(sw *sharedWording) error {
	var errs errList
	for _, d := range c.Docs {
		for i := range d.Items {
			it := &d.Items[i]
			id := cmp.Or(it.Restates, it.TakesUp)
			if id == "" {
				continue
			}
			target := c.items[id]
			from, n, targetFrom, targetN := 0, len(it.Text), 0, len(target.Text)
			if it.Restates == "" {
				from, targetFrom = strings.Index(it.Text, it.Shared), strings.Index(target.Text, it.Shared)
				n, targetN = len(it.Shared), len(it.Shared)
				if from < 0 || targetFrom < 0 {
					continue // reported by checkTakesUp
				}
			}
			u1, a1, b1 := sw.itemWords(d, it, from, n)
			u2, a2, b2 := sw.itemWords(c.byID[docOf(id)], target, targetFrom, targetN)
			switch {
			case b1-a1 < minSharedWords || sw.covers(u1, a1, b1, u2, a2, b2):
			case it.Restates != "":
				errs.add(errorf(d.Path, it.DeclLine, "item %s restates %s, but the shared wording computed from the texts holds no run of all its %d words in both (%d words there): the texts differ in a word, or the generator is wrong", it.Label, it.Restates, b1-a1, b2-a2))
			default:
				errs.add(errorf(d.Path, it.DeclLine, "item %s takes up %s: the shared wording computed from the texts holds no run with the %d shared words %q in both", it.Label, it.TakesUp, b1-a1, abbreviate(it.Shared, 50)))
			}
		}
	}
	return errs.err()
}

// crossWalk checks the themes of every norm and computes the shared wording
// of the corpus, checking it against the restatements and take-ups the data
// files record. It runs after validate.
func (c *corpus) crossWalk() error {
	vocab, err := themeVocabulary()
	if err != nil {
		return err
	}
	if err := c.checkThemes(vocab); err != nil {
		return err
	}
	sw := computeShared(c)
	if err := c.checkShared(sw); err != nil {
		return err
	}
	c.shared = sw
	return nil
}

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
