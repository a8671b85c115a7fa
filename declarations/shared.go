package declarations

import (
	"iter"
	"strings"

	"github.com/cybernorms/cybernorms/norms"
)

// MinSharedWords is the fewest words a run of shared wording has: shorter
// runs ("international peace and security") are the common stock of the
// field's prose, not one text taking up another's.
const MinSharedWords = 8

// A SharedRun is a run of at least [MinSharedWords] words that paragraphs
// of two or more documents of the corpus hold, with every passage that
// holds it. Like a [Paragraph], it is a small read-only view; the zero
// SharedRun is none.
//
// Shared wording is computed, not editorial: the generator compares the
// words of every paragraph of the corpus with those of every other
// document, as [Search] reads them (folded: case, the forms of apostrophes
// and hyphens, and the punctuation between words do not count), and records
// every run that paragraphs of two different documents share and that
// neither can extend by a word before or after. The language versions of a
// document are one document, and share no run with each other; texts in
// different languages are compared too, but seldom share eight words.
//
// A run is recorded once, with every passage of the corpus that holds its
// words ([SharedRuns], [SharedRun.Passages]), however many documents share
// it; [Paragraph.SharedWording] gives, for one paragraph, each passage of
// another document with which it shares a run that neither passage extends.
// The restatements ([norms.Norm.Restates]) and take-ups
// ([norms.Norm.TakesUp]) the data files record are among the runs: the
// generator checks that every restated norm shares all its words with the
// norm it restates, and every take-up the words it says it shares.
type SharedRun struct{ r *sharedRun }

// sharedRun is the data of a SharedRun: its passages are
// sharedPassages[start:start+n].
type sharedRun struct {
	start, n, words uint32
}

// A passage is the data of a [Passage] of a run, decoded from
// sharedPassages: paragraph para of the document numbered doc
// (sharedDocs[doc]), bytes [start, end) of its text; run is the index of its
// run in sharedRuns; left and right are the classes, within the run, of the
// words before and after it (equal classes, the same word; a passage at the
// start or the end of its paragraph has a class of its own).
type passage struct {
	doc, para       uint16
	start, end, run uint32
	left, right     uint32
}

// passageSize is the size of a passage in sharedPassages.
const passageSize = 24

// passageAt decodes passage i of sharedPassages (see the layout there).
func passageAt(i int) passage {
	s := sharedPassages[i*passageSize:][:passageSize]
	return passage{
		doc: le16(s), para: le16(s[2:]),
		start: le32(s[4:]), end: le32(s[8:]), run: le32(s[12:]),
		left: le32(s[16:]), right: le32(s[20:]),
	}
}

// byParaAt returns entry i of sharedByPara: the index of a passage.
func byParaAt(i int) int { return int(le32(sharedByPara[i*4:])) }

// numByPara is the number of entries of sharedByPara.
const numByPara = len(sharedByPara) / 4

func le16(s string) uint16 { return uint16(s[0]) | uint16(s[1])<<8 }

func le32(s string) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// A Passage is a stretch of a paragraph's text: the words of a run of
// shared wording where one paragraph holds them.
type Passage struct {
	// Paragraph is the paragraph that holds the words.
	Paragraph Paragraph
	// Start and End are the byte offsets of the words in the paragraph's
	// text, from the first word's first byte to the last word's last:
	// Paragraph.Text()[Start:End].
	Start, End int
}

// Text returns the passage's words as its paragraph prints them.
func (p Passage) Text() string {
	t := p.Paragraph.Text()
	if p.Start < 0 || p.End > len(t) || p.Start > p.End {
		return ""
	}
	return t[p.Start:p.End]
}

// A Shared is a run of words a paragraph shares with a paragraph of another
// document, seen from the first: what [Paragraph.SharedWording] yields.
type Shared struct {
	// Text is the run as this paragraph prints it, Start and End where it
	// is in this paragraph's text.
	Text       string
	Start, End int
	// Words is the number of words of the run, as [Search] counts them.
	Words int
	// With is the passage of the other paragraph that holds the same words.
	With Passage
	// Run is the run, with all its passages.
	Run SharedRun
}

// SharedRuns returns every run of shared wording of the corpus once, in the
// order of the documents and paragraphs of their first passages.
func SharedRuns() iter.Seq[SharedRun] {
	return func(yield func(SharedRun) bool) {
		for i := range sharedRuns {
			if !yield(SharedRun{&sharedRuns[i]}) {
				return
			}
		}
	}
}

// IsZero reports whether r is the zero SharedRun.
func (r SharedRun) IsZero() bool { return r.r == nil }

// Words returns the number of words of the run, as [Search] counts them.
func (r SharedRun) Words() int {
	if r.r == nil {
		return 0
	}
	return int(r.r.words)
}

// Len returns the number of passages that hold the run.
func (r SharedRun) Len() int {
	if r.r == nil {
		return 0
	}
	return int(r.r.n)
}

// Text returns the run as its first passage prints it. Other passages may
// differ in case and in the punctuation between the words: see
// [SharedRun.Passages].
func (r SharedRun) Text() string {
	for p := range r.Passages() {
		return p.Text()
	}
	return ""
}

// Passages returns every passage of the corpus that holds the run, in the
// order of the documents (each language version in turn) and of their
// paragraphs.
func (r SharedRun) Passages() iter.Seq[Passage] {
	return func(yield func(Passage) bool) {
		if r.r == nil {
			return
		}
		for i := range int(r.r.n) {
			p := passageAt(int(r.r.start) + i)
			if !yield(p.public()) {
				return
			}
		}
	}
}

// public returns the Passage of a passage.
func (p *passage) public() Passage {
	return Passage{Paragraph{sharedDocs[p.doc], p.para}, int(p.start), int(p.end)}
}

// SharedWording returns the wording the paragraph shares with paragraphs of
// other documents: for each run it holds, in the order of where the run
// begins in it, each passage of another document with which this paragraph
// shares the run as a whole, the run being neither passage's share of a
// longer one. See [SharedRun] for how runs are found; they are computed at
// generation, not editorial.
func (p Paragraph) SharedWording() iter.Seq[Shared] {
	return func(yield func(Shared) bool) {
		p.sharedWording(0, -1, yield)
	}
}

// sharedWording yields the shared wording of the paragraph that overlaps
// bytes [from, to) of its text (to < 0: to its end).
func (p Paragraph) sharedWording(from, to int, yield func(Shared) bool) {
	if p.d == nil {
		return
	}
	lo, hi := 0, numByPara
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if q := passageAt(byParaAt(m)); q.doc < p.d.num || q.doc == p.d.num && q.para < p.i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for k := lo; k < numByPara; k++ {
		mine := passageAt(byParaAt(k))
		if mine.doc != p.d.num || mine.para != p.i {
			return
		}
		if to >= 0 && (int(mine.end) <= from || int(mine.start) >= to) {
			continue
		}
		r := &sharedRuns[mine.run]
		for i := range int(r.n) {
			other := passageAt(int(r.start) + i)
			if sharedDocs[other.doc].id == p.d.id || other.left == mine.left || other.right == mine.right {
				continue // the same document, or a share of a longer run
			}
			s := Shared{
				Text:  p.d.paras[p.i].text[mine.start:mine.end],
				Start: int(mine.start), End: int(mine.end), Words: int(r.words),
				With: other.public(), Run: SharedRun{r},
			}
			if !yield(s) {
				return
			}
		}
	}
}

// NormSharedWording returns the wording the norm shares with paragraphs of
// other documents: the shared wording of the paragraph that states it (in
// the norm's language), limited to the runs that overlap the norm's text,
// which for a norm stated in a longer paragraph (G20 Antalya 2015,
// para. 26) is part of the paragraph. Start and End are offsets in the
// paragraph's text, as for [Paragraph.SharedWording].
func NormSharedWording(n norms.Norm) iter.Seq[Shared] {
	return func(yield func(Shared) bool) {
		p := paragraphOfNorm(n)
		if p.IsZero() {
			return
		}
		from := strings.Index(p.Text(), n.Text())
		if from < 0 {
			return
		}
		p.sharedWording(from, from+len(n.Text()), yield)
	}
}

// paragraphOfNorm returns the paragraph that states the norm, in the
// norm's language.
func paragraphOfNorm(n norms.Norm) Paragraph {
	d := lookup(n.Document())
	if d == nil {
		return Paragraph{}
	}
	doc := Declaration{d}
	if v, ok := doc.In(n.Lang()); ok {
		doc = v
	}
	for i, para := range doc.d.paras {
		if para.norm == n.ID() {
			return Paragraph{doc.d, uint16(i)}
		}
	}
	return Paragraph{}
}
