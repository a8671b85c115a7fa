package main

import (
	"sort"
	"strings"

	"github.com/cybernorms/cybernorms/internal/textindex"
	"github.com/dave/jennifer/jen"
)

// A searchIndex is the word index of declarations.Search: every paragraph of
// the corpus in corpus order, and for each distinct folded word (see
// internal/textindex) the paragraphs that hold it and where.
type searchIndex struct {
	paras    []paraRef
	words    []string    // sorted
	postings [][]posting // postings[i]: where words[i] occurs, by ascending paragraph
	// uneven lists the words of which an occurrence has a rune of another
	// length in UTF-8 than its folded form (textindex.Word.Even).
	uneven []int
}

// A paraRef names a paragraph by its document's data variable and index.
type paraRef struct {
	doc string
	i   int
}

// A posting is the occurrences of a word in one paragraph: its number, and
// where in its text the word begins.
type posting struct {
	para   int
	starts []int
}

// buildSearchIndex indexes the paragraphs of docs, in order.
func buildSearchIndex(docs []*document) *searchIndex {
	ix := &searchIndex{}
	byWord := map[string][]posting{}
	uneven := map[string]bool{}
	var words []textindex.Word
	for _, d := range docs {
		for i, b := range d.Blocks {
			p := len(ix.paras)
			ix.paras = append(ix.paras, paraRef{dataVar(d), i})
			words = textindex.AppendWordsAt(words[:0], b.Text)
			for _, w := range words {
				l := byWord[w.Folded]
				if len(l) == 0 || l[len(l)-1].para != p {
					l = append(l, posting{para: p})
				}
				l[len(l)-1].starts = append(l[len(l)-1].starts, w.Start)
				byWord[w.Folded] = l
				if !w.Even {
					uneven[w.Folded] = true
				}
			}
		}
	}
	for w := range byWord {
		ix.words = append(ix.words, w)
	}
	sort.Strings(ix.words)
	for i, w := range ix.words {
		ix.postings = append(ix.postings, byWord[w])
		if uneven[w] {
			ix.uneven = append(ix.uneven, i)
		}
	}
	return ix
}

// emitSearchIndex writes the index's tables into package declarations'
// generated file; declarations/search.go reads them.
func emitSearchIndex(f *jen.File, ix *searchIndex) {
	declare(f, "searchParas lists every paragraph of the corpus in corpus order; the\nsearch index numbers paragraphs by their place in it.",
		"searchParas", jen.Index(jen.Lit(len(ix.paras))).Id("Paragraph").Values(rows(ix.paras, func(p paraRef) jen.Code {
			return jen.Values(jen.Op("&").Id(p.doc), jen.Lit(p.i))
		})...))

	var vocab strings.Builder
	var postings []byte
	var wordEnds, postEnds []jen.Code
	for i, w := range ix.words {
		vocab.WriteString(w)
		wordEnds = append(wordEnds, jen.Lit(vocab.Len()))
		n := 0
		for _, p := range ix.postings[i] {
			n += len(p.starts)
		}
		postings = textindex.AppendTotals(postings, len(ix.postings[i]), n)
		prev := 0
		for _, p := range ix.postings[i] {
			postings = textindex.AppendPosting(postings, p.para-prev, p.starts)
			prev = p.para
		}
		postEnds = append(postEnds, jen.Lit(len(postings)))
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
	f.Const().Id("searchPostings").Op("=").Lit(string(postings))
	declare(f, "", "searchPostingEnds", jen.Index(jen.Lit(len(postEnds))).Uint32().Values(postEnds...))

	var uneven []jen.Code
	for _, i := range ix.uneven {
		uneven = append(uneven, jen.Lit(i))
	}
	declare(f, "searchUneven lists, ascending, the words of which some occurrence has a\nrune that is not as long in UTF-8 as the rune it folds to: where a match\nof a prefix of another word ends, the prefix's length says.",
		"searchUneven", jen.Index(jen.Lit(len(uneven))).Uint32().Values(uneven...))
}
