package main

import (
	"strings"

	"github.com/cybernorms/cybernorms/internal/textindex"
	"github.com/dave/jennifer/jen"
)

// emitSearchIndex writes the word index of declarations.Search into package
// declarations' generated file: every paragraph of docs in order, and for
// each distinct folded word (internal/textindex) the paragraphs that hold it
// and where. declarations/search.go reads the tables.
func emitSearchIndex(f *jen.File, docs []*document) {
	// postings[w] holds, by ascending paragraph, the paragraph and the
	// offsets of w in its text.
	type posting struct {
		para   int
		starts []int
	}
	var paras []jen.Code
	postings := map[string][]posting{}
	uneven := map[string]bool{}
	var words []textindex.Word
	for _, d := range docs {
		for i, b := range d.Blocks {
			p := len(paras)
			paras = append(paras, jen.Values(jen.Op("&").Id(dataVar(d)), jen.Lit(i)))
			words = textindex.AppendWordsAt(words[:0], b.Text)
			for _, w := range words {
				l := postings[w.Folded]
				if len(l) == 0 || l[len(l)-1].para != p {
					l = append(l, posting{para: p})
				}
				l[len(l)-1].starts = append(l[len(l)-1].starts, w.Start)
				postings[w.Folded] = l
				if !w.Even {
					uneven[w.Folded] = true
				}
			}
		}
	}
	declare(f, "searchParas lists every paragraph of the corpus in corpus order; the\nsearch index numbers paragraphs by their place in it.",
		"searchParas", jen.Index(jen.Lit(len(paras))).Id("Paragraph").Values(rows(paras, id)...))

	var vocab strings.Builder
	var encoded []byte
	var wordEnds, postEnds, unevenWords []jen.Code
	for i, w := range mapKeys(postings) {
		vocab.WriteString(w)
		wordEnds = append(wordEnds, jen.Lit(vocab.Len()))
		n := 0
		for _, p := range postings[w] {
			n += len(p.starts)
		}
		encoded = textindex.AppendTotals(encoded, len(postings[w]), n)
		prev := 0
		for _, p := range postings[w] {
			encoded = textindex.AppendPosting(encoded, p.para-prev, p.starts)
			prev = p.para
		}
		postEnds = append(postEnds, jen.Lit(len(encoded)))
		if uneven[w] {
			unevenWords = append(unevenWords, jen.Lit(i))
		}
	}
	f.Line()
	f.Comment("searchVocab holds every distinct folded word of the paragraphs, sorted,")
	f.Comment("one after the other: word i ends at searchWordEnds[i].")
	f.Const().Id("searchVocab").Op("=").Lit(vocab.String())
	declare(f, "", "searchWordEnds", jen.Index(jen.Lit(len(wordEnds))).Uint32().Values(wordEnds...))
	f.Line()
	f.Comment("searchPostings holds, for each word, the paragraphs that hold it and")
	f.Comment("the byte offsets at which it begins in each, in the format of package")
	f.Comment("internal/textindex; word i's postings end at searchPostingEnds[i].")
	f.Const().Id("searchPostings").Op("=").Lit(string(encoded))
	declare(f, "", "searchPostingEnds", jen.Index(jen.Lit(len(postEnds))).Uint32().Values(postEnds...))
	declare(f, "searchUneven lists, ascending, the words of which some occurrence has a\nrune that is not as long in UTF-8 as the rune it folds to: where a match\nof a prefix of another word ends, the prefix's length says.",
		"searchUneven", jen.Index(jen.Lit(len(unevenWords))).Uint32().Values(unevenWords...))
}
