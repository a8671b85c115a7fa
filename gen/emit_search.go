package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/cybernorms/cybernorms/internal/textindex"
	"github.com/dave/jennifer/jen"
)

// maxIndexedParagraphs is the most paragraphs the search index can number:
// the postings store paragraph numbers as varint gaps, and the runtime's
// candidate set is a fixed-size bit set on the stack.
const maxIndexedParagraphs = 1 << 20

// A searchIndex is the word index of declarations.Search: every paragraph of
// the corpus in corpus order (documents by ID, each document's language
// versions in order, paragraphs in order), and for each distinct folded word
// (see internal/textindex) the paragraphs that hold it.
type searchIndex struct {
	paras    []paraRef
	words    []string // sorted
	postings [][]int  // postings[i]: the paragraphs that hold words[i], ascending
}

// A paraRef names a paragraph by its document's storage variable and its
// index.
type paraRef struct {
	doc string
	i   int
}

// buildSearchIndex indexes the paragraphs of docs, in order.
func buildSearchIndex(docs []*document) (*searchIndex, error) {
	ix := &searchIndex{}
	byWord := map[string][]int{}
	var words []string
	for _, d := range docs {
		for i, b := range d.Blocks {
			p := len(ix.paras)
			ix.paras = append(ix.paras, paraRef{storageOf(d), i})
			words = textindex.AppendWords(words[:0], b.Text)
			for _, w := range words {
				if l := byWord[w]; len(l) == 0 || l[len(l)-1] != p {
					byWord[w] = append(l, p)
				}
			}
		}
	}
	if len(ix.paras) > maxIndexedParagraphs {
		return nil, fmt.Errorf("the corpus has %d paragraphs; the search index holds at most %d", len(ix.paras), maxIndexedParagraphs)
	}
	for w := range byWord {
		ix.words = append(ix.words, w)
	}
	sort.Strings(ix.words)
	for _, w := range ix.words {
		ix.postings = append(ix.postings, byWord[w])
	}
	return ix, nil
}

// emitSearchIndex writes the index's tables into package declarations'
// generated file; declarations/search.go reads them.
func emitSearchIndex(f *jen.File, ix *searchIndex) {
	f.Line()
	f.Comment("searchParas lists every paragraph of the corpus in corpus order; the")
	f.Comment("search index numbers paragraphs by their place in it.")
	f.Var().Id("searchParas").Op("=").Index(jen.Lit(len(ix.paras))).Id("Paragraph").ValuesFunc(func(g *jen.Group) {
		for _, p := range ix.paras {
			g.Line().Values(jen.Op("&").Id(p.doc), jen.Lit(p.i))
		}
		g.Line()
	})

	var vocab strings.Builder
	var postings []byte
	var wordEnds, postEnds []jen.Code
	for i, w := range ix.words {
		vocab.WriteString(w)
		wordEnds = append(wordEnds, jen.Lit(vocab.Len()))
		prev := 0
		for _, p := range ix.postings[i] {
			postings = textindex.AppendUvarint(postings, uint64(p-prev))
			prev = p
		}
		postEnds = append(postEnds, jen.Lit(len(postings)))
	}
	f.Line()
	f.Comment("searchVocab holds every distinct folded word of the paragraphs, sorted,")
	f.Comment("one after the other: word i ends at searchWordEnds[i].")
	f.Const().Id("searchVocab").Op("=").Lit(vocab.String())
	f.Line()
	f.Var().Id("searchWordEnds").Op("=").Index(jen.Lit(len(wordEnds))).Uint32().Values(wordEnds...)
	f.Line()
	f.Comment("searchPostings holds, for each word, the numbers of the paragraphs that")
	f.Comment("hold it, ascending, as varint gaps (the first from 0); word i's end at")
	f.Comment("searchPostingEnds[i].")
	f.Const().Id("searchPostings").Op("=").Lit(string(postings))
	f.Line()
	f.Var().Id("searchPostingEnds").Op("=").Index(jen.Lit(len(postEnds))).Uint32().Values(postEnds...)
}
