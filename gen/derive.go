package main

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/cybernorms/cybernorms/internal/ids"
)

// Deriving the text, the second half of the build step: apply the
// corrections, split the text into blocks, find the list items and locate
// the links. Each keeps its data-file line, and the offset that the
// fidelity checks (validate.go) hold it to.

// applyCorrections replaces each correction's "from" text, which must occur
// once in the raw body, by its "to" text. Corrections may not overlap, and
// may repair only extraction debris (check_corrections.go).
func (b *builder) applyCorrections() {
	d := b.d
	type hit struct {
		at int
		c  correction
	}
	var hits []hit
	for _, c := range d.Corrections {
		at := b.unique(c.Line, "correction", c.From, d.Raw, "the body")
		if at < 0 {
			continue
		}
		hits = append(hits, hit{at, c})
		lineStart := strings.LastIndexByte(d.Raw[:at], '\n') + 1
		end := at + len(c.From)
		lineEnd := len(d.Raw)
		if i := strings.IndexByte(d.Raw[end:], '\n'); i >= 0 {
			lineEnd = end + i + 1
		}
		if corrected := d.Raw[lineStart:at] + c.To + d.Raw[end:lineEnd]; strings.Contains(corrected, " \n") || lineEnd == len(d.Raw) && strings.HasSuffix(corrected, " ") {
			b.errorf(c.ToLine, "the correction leaves a space at the end of a line, which data files do not hold; end \"to:\" without it")
		}
		if why := checkDebrisOnly(d.Raw[lineStart:at], c.From, c.To, d.Raw[end:lineEnd]); why != "" {
			b.errorf(c.ToLine, "the correction changes what the text says, not only extraction debris: %s. A correction may only re-space the text (join or split lines, paragraphs and words; add a lost space, remove a doubled one), drop a hyphen at a line end or a footnote number after a word's final punctuation, and restore or remove list markers at the head of a line; every other character of the source stays, in order (see data/README.md, \"What a correction may change\")", why)
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].at < hits[j].at })
	var sb strings.Builder
	raw := 0
	for _, h := range hits {
		if h.at < raw {
			b.errorf(h.c.Line, "correction overlaps another correction")
			return
		}
		sb.WriteString(d.Raw[raw:h.at])
		e := edit{RawStart: h.at, RawEnd: h.at + len(h.c.From), Start: sb.Len()}
		sb.WriteString(h.c.To)
		e.End = sb.Len()
		d.edits = append(d.edits, e)
		raw = e.RawEnd
	}
	sb.WriteString(d.Raw[raw:])
	d.Text = sb.String()
}

// rawOffset maps an offset of the corrected text to the raw body.
func (d *document) rawOffset(off int) int {
	delta := 0
	for _, e := range d.edits {
		if off < e.Start {
			break
		}
		if off < e.End {
			return e.RawStart
		}
		delta = e.RawEnd - e.End
	}
	return off + delta
}

// lineAt returns the data-file line of an offset of the corrected text, by
// binary search over the offsets where the body's lines begin.
func (d *document) lineAt(off int) int {
	if d.lineStarts == nil {
		d.lineStarts = []int{0}
		for i := 0; i < len(d.Raw); i++ {
			if d.Raw[i] == '\n' {
				d.lineStarts = append(d.lineStarts, i+1)
			}
		}
	}
	n, _ := slices.BinarySearch(d.lineStarts, d.rawOffset(off)+1) // line starts at or before off
	return d.BodyLine + n - 1
}

// touchesCorrection reports whether [start, end) of the corrected text
// overlaps the result of a correction.
func (d *document) touchesCorrection(start, end int) bool {
	for _, e := range d.edits {
		if start < e.End && e.Start < end || start == e.Start && e.Start == e.End {
			return true
		}
	}
	return false
}

// deriveBlocks splits the corrected text into blocks. A blank line ends a
// block; in a dash or bullet list, a line beginning with "- " begins one.
// Any other line that continues a block is an error. Lines in [[double
// brackets]] are the source's editorial markers, kept as notes. Then the
// declared breaks split blocks, and the declared headings are marked.
func (b *builder) deriveBlocks() {
	d := b.d
	dash := d.List != nil && (d.List.Style == "dash" || d.List.Style == "bullet")
	b.lineBreaks = map[int]bool{}
	breakAtLine := func(line string) bool {
		for _, e := range b.breaks {
			if strings.HasPrefix(line, e.Value) {
				return true
			}
		}
		return false
	}
	var cur *block
	off := 0
	for _, line := range strings.SplitAfter(d.Text, "\n") {
		start := off
		off += len(line)
		line = strings.TrimSuffix(line, "\n")
		switch {
		case line == "":
			cur = nil
		case strings.HasPrefix(line, "[[") && strings.HasSuffix(line, "]]"):
			d.Notes = append(d.Notes, "The source marks a gap in the text here: "+strings.TrimSpace(line[2:len(line)-2])+".")
			cur = nil
		case cur != nil && breakAtLine(line): // a declared break at a line the paragraph continues on
			b.lineBreaks[start] = true
			d.Blocks = append(d.Blocks, block{Kind: "text", Text: line, Break: "published", Line: d.lineAt(start), Start: start})
			cur = &d.Blocks[len(d.Blocks)-1]
		case cur != nil && !(dash && strings.HasPrefix(line, "- ")):
			b.errorf(d.lineAt(start), "this line continues the paragraph of line %d; separate paragraphs with a blank line, or join the lines with a recorded correction", cur.Line)
			return
		default:
			d.Blocks = append(d.Blocks, block{Kind: "text", Text: line, Break: "published", Line: d.lineAt(start), Start: start})
			cur = &d.Blocks[len(d.Blocks)-1]
		}
	}
	b.applyBreaks()
	b.markHeadings()
}

// applyBreaks applies the "break:" entries: a break inside a block splits it
// there; a break at the start of a block sets how the break is known.
func (b *builder) applyBreaks() {
	d := b.d
	for _, e := range b.breaks {
		phrase := e.Value
		st, _ := e.attr("status")
		why, _ := e.attr("why")
		at := b.unique(e.Line, "break", phrase, d.Text, "the text")
		if at < 0 {
			continue
		}
		i := d.blockAt(at)
		if i < 0 {
			b.errorf(e.Line, "break: %q is not inside a paragraph", abbreviate(phrase, 50))
			continue
		}
		blk := &d.Blocks[i]
		if at == blk.Start {
			if st.Value == "published" && !b.lineBreaks[at] {
				b.errorf(e.Line, "break: %q already begins a paragraph of the text; declare only breaks the text does not show, or an inferred one", abbreviate(phrase, 50))
				continue
			}
			blk.Break, blk.Note = st.Value, why.Value
			continue
		}
		rel := at - blk.Start
		if blk.Text[rel-1] != ' ' {
			b.errorf(e.Line, "break: %q does not begin a word after a space", abbreviate(phrase, 50))
			continue
		}
		head := blk.Text[:rel-1]
		tail := block{Kind: "text", Text: blk.Text[rel:], Break: st.Value, Note: why.Value, Line: d.lineAt(at), Start: at}
		if strings.TrimSpace(head) == "" {
			b.errorf(e.Line, "break: only white space would precede %q", abbreviate(phrase, 50))
			continue
		}
		blk.Text = head
		d.Blocks = slices.Insert(d.Blocks, i+1, tail)
	}
}

// unique returns the offset of phrase in s, which where names, reporting an
// error unless it occurs exactly once.
func (b *builder) unique(line int, what, phrase, s, where string) int {
	switch n := strings.Count(s, phrase); n {
	case 0:
		b.errorf(line, "%s: %q does not occur in %s", what, abbreviate(phrase, 50), where)
		return -1
	case 1:
		return strings.Index(s, phrase)
	default:
		b.errorf(line, "%s: %q occurs %d times in %s; quote enough words to make it unique", what, abbreviate(phrase, 50), n, where)
		return -1
	}
}

// blockAt returns the index of the block whose text holds offset off, or -1.
func (d *document) blockAt(off int) int {
	for i, blk := range d.Blocks {
		if off >= blk.Start && off < blk.Start+len(blk.Text) {
			return i
		}
	}
	return -1
}

func (b *builder) markHeadings() {
	for _, e := range b.headings {
		found := slices.IndexFunc(b.d.Blocks, func(blk block) bool { return blk.Text == e.Value })
		if found < 0 {
			hint := ""
			if strings.Contains(b.d.Text, e.Value) {
				hint = "; the words occur, but not as a paragraph of their own"
			}
			b.errorf(e.Line, "heading %q is not a paragraph of the text%s", abbreviate(e.Value, 50), hint)
			continue
		}
		b.d.Blocks[found].Kind = "heading"
	}
}

// The labels a text prints: a dash list's "- 1. ", a lettered list's
// "(a) ", a numbered paragraph's "7. ".
var (
	dashItem     = regexp.MustCompile(`^- (\d+)\. `)
	letteredItem = regexp.MustCompile(`^\(([a-z])\) `)
	numberedPara = regexp.MustCompile(`^(\d+)\. ?`)
)

// deriveList finds the list items and numbers numbered paragraphs, checking
// that the labels run without a gap.
func (b *builder) deriveList() {
	d, l := b.d, b.d.List
	if l != nil {
		switch l.Style {
		case "dash", "bullet":
			b.dashItems(l.Style == "bullet")
		case "lettered":
			b.letteredItems()
		case "run-in":
			b.runInItems()
		case "paragraph":
			b.paragraphItem()
		}
	}
	if b.numbered {
		b.numberParagraphs()
	}
	if l == nil || len(*b.errs) > 0 {
		return
	}
	if l.Style == "sentence" {
		b.sentenceItem()
	}
	if len(*b.errs) > 0 {
		return
	}
	if len(d.Items) != l.Count {
		b.errorf(l.Line, "the list declares count %d, but the text has %d items", l.Count, len(d.Items))
		return
	}
	b.applyItemDecls()
}

// addItem records a list item held by block i.
func (b *builder) addItem(i int, label, text string, start int) {
	d := b.d
	it := item{
		ID:    d.ID + "/" + ids.LocalID(label),
		Label: label, Text: text, Kind: d.List.Kind,
		Index: len(d.Items), Block: i, Start: start,
		Line: d.lineAt(start), DeclLine: d.List.Line,
		LabelInferred: d.List.Labels == "inferred",
	}
	d.Items = append(d.Items, it)
	d.Blocks[i].Norm = it.ID
}

// takeItem makes block i the list item with the label, its text what
// follows the n bytes that print the label.
func (b *builder) takeItem(i int, label string, n int) {
	blk := &b.d.Blocks[i]
	blk.Kind, blk.Label = "item", label
	blk.Text = blk.Text[n:]
	blk.Start += n
	b.addItem(i, label, blk.Text, blk.Start)
}

// dashItems takes each line "- 1. text" as an item labelled by its number,
// which must run 1, 2, 3 ... without a gap. In a bullet list, each line
// "- text" is an item the corpus numbers from 1 in source order.
func (b *builder) dashItems(bullet bool) {
	d := b.d
	for i := range d.Blocks {
		blk := &d.Blocks[i]
		if !strings.HasPrefix(blk.Text, "- ") {
			continue
		}
		m := dashItem.FindStringSubmatch(blk.Text)
		want := strconv.Itoa(len(d.Items) + 1)
		switch {
		case bullet && m != nil:
			b.errorf(blk.Line, "this bullet item prints a number (%q): the list is of style dash, with printed labels", abbreviate(blk.Text, 20))
		case bullet:
			b.takeItem(i, want, len("- "))
		case m == nil:
			b.errorf(blk.Line, "list item without a number: %q; if the extraction lost it, restore it with a recorded correction", abbreviate(blk.Text, 40))
		case m[1] != want:
			b.errorf(blk.Line, "list item %s follows item %d: a gap or a disorder in the numbering", m[1], len(d.Items))
		default:
			b.takeItem(i, m[1], len(m[0]))
		}
	}
}

// letteredItems takes each paragraph "(a) text" as an item labelled by its
// paragraph and letter, "13(a)"; the letters must run (a), (b), (c) ...
func (b *builder) letteredItems() {
	d := b.d
	for i := range d.Blocks {
		blk := &d.Blocks[i]
		m := letteredItem.FindStringSubmatch(blk.Text)
		if m == nil {
			continue
		}
		want := string(rune('a' + len(d.Items)))
		if m[1] != want {
			b.errorf(blk.Line, "list item (%s) follows (%s): a gap or a disorder in the lettering", m[1], string(rune('a'+len(d.Items)-1)))
			continue
		}
		label := d.List.Paragraph + "(" + m[1] + ")"
		b.takeItem(i, label, len(m[0]))
	}
}

// runInItems splits a paragraph that holds a whole list ("we commit to:
// 1. ... 2. ...") into its chapeau and one item per number.
func (b *builder) runInItems() {
	d, l := b.d, b.d.List
	at := b.unique(l.Line, "chapeau", l.Chapeau, d.Text, "the text")
	if at < 0 {
		return
	}
	i := d.blockAt(at)
	if i < 0 || d.Blocks[i].Start != at {
		b.errorf(l.Line, "chapeau %q does not begin a paragraph; declare a break before it", abbreviate(l.Chapeau, 50))
		return
	}
	blk := d.Blocks[i]
	if !strings.HasPrefix(blk.Text[len(l.Chapeau):], " 1. ") {
		b.errorf(blk.Line, "the chapeau is not followed by item \"1. \"")
		return
	}
	note := "The copy prints the list as one paragraph; the corpus begins each item at its number."
	items := []block{{Kind: "text", Text: l.Chapeau, Break: blk.Break, Note: blk.Note, Line: blk.Line, Start: blk.Start}}
	for n, cur := 2, len(l.Chapeau)+len(" 1. "); ; n++ { // item n-1 begins at cur
		marker := " " + strconv.Itoa(n) + ". "
		j := strings.Index(blk.Text[cur:], marker)
		end := cur + j
		if j < 0 {
			end = len(blk.Text)
		}
		start := blk.Start + cur
		items = append(items, block{Kind: "item", Label: strconv.Itoa(n - 1), Text: blk.Text[cur:end], Break: "inferred", Note: note, Line: d.lineAt(start), Start: start})
		if j < 0 {
			break
		}
		cur = end + len(marker)
	}
	d.Blocks = slices.Replace(d.Blocks, i, i+1, items...)
	for k := i + 1; k < i+len(items); k++ {
		b.addItem(k, d.Blocks[k].Label, d.Blocks[k].Text, d.Blocks[k].Start)
	}
}

// paragraphItem takes the paragraph that begins with the list's start words
// as its one item, unlabelled in the source (the GCSC's Call prints its norm
// under a title); the corpus numbers it 1.
func (b *builder) paragraphItem() {
	d, l := b.d, b.d.List
	at := b.unique(l.Line, "start", l.Start, d.Text, "the text")
	if at < 0 {
		return
	}
	i := d.blockAt(at)
	if i < 0 || d.Blocks[i].Start != at || d.Blocks[i].Kind != "text" {
		b.errorf(l.Line, "start %q does not begin a paragraph of text; declare a break before it", abbreviate(l.Start, 50))
		return
	}
	b.takeItem(i, "1", 0)
}

// numberParagraphs takes each text block's number ("7. ...") as its label.
func (b *builder) numberParagraphs() {
	d := b.d
	prev := 0
	for i := range d.Blocks {
		blk := &d.Blocks[i]
		if blk.Kind != "text" {
			continue
		}
		m := numberedPara.FindStringSubmatch(blk.Text)
		if m == nil {
			b.errorf(blk.Line, "paragraph without a number (%q), though the file says \"paragraphs: numbered\"", abbreviate(blk.Text, 40))
			continue
		}
		n, _ := strconv.Atoi(m[1])
		if prev != 0 && n != prev+1 {
			b.errorf(blk.Line, "paragraph %d follows paragraph %d: a gap or a disorder in the numbering", n, prev)
		}
		prev = n
		blk.Label = m[1]
		blk.Text = blk.Text[len(m[0]):]
		blk.Start += len(m[0])
	}
}

// sentenceItem finds a norm stated by the last words of a numbered paragraph.
func (b *builder) sentenceItem() {
	d, l := b.d, b.d.List
	for i, blk := range d.Blocks {
		if blk.Label != l.Paragraph || blk.Kind != "text" {
			continue
		}
		switch n := strings.Count(blk.Text, l.Start); n {
		case 0:
			b.errorf(l.Line, "start %q does not occur in paragraph %s", abbreviate(l.Start, 50), l.Paragraph)
		case 1:
			j := strings.Index(blk.Text, l.Start)
			b.addItem(i, l.Paragraph, blk.Text[j:], blk.Start+j)
		default:
			b.errorf(l.Line, "start %q occurs %d times in paragraph %s; quote enough words to make it unique", abbreviate(l.Start, 50), n, l.Paragraph)
		}
		return
	}
	b.errorf(l.Line, "no paragraph numbered %q holds the list's sentence", l.Paragraph)
}

// applyItemDecls attaches each "item:" entry to the item it labels.
func (b *builder) applyItemDecls() {
	d := b.d
	for _, decl := range d.List.Items {
		k := slices.IndexFunc(d.Items, func(it item) bool { return it.Label == decl.Label })
		if k < 0 {
			labels := make([]string, len(d.Items))
			for j, it := range d.Items {
				labels[j] = it.Label
			}
			b.errorf(decl.Line, "no list item is labelled %q; the labels are %s", decl.Label, strings.Join(labels, ", "))
			continue
		}
		it := &d.Items[k]
		it.Title, it.Restates, it.DeclLine = decl.Title, decl.Restates, decl.Line
		it.TakesUp, it.Shared, it.Differs = decl.TakesUp, decl.Shared, decl.Differs
		it.Themes = decl.Themes
	}
}

// locateLinks finds the paragraph each link's "at:" words are in.
func (b *builder) locateLinks() {
	d := b.d
	for i := range d.Links {
		ln := &d.Links[i]
		if ln.At == "" {
			continue
		}
		var found []int
		for j, blk := range d.Blocks {
			if strings.Contains(blk.Text, ln.At) {
				found = append(found, j+1)
			}
		}
		switch len(found) {
		case 0:
			b.errorf(ln.Line, "link: %q does not occur within one paragraph of the text", abbreviate(ln.At, 50))
		case 1:
			ln.Paragraph = found[0]
		default:
			b.errorf(ln.Line, "link: %q occurs in %d paragraphs; quote enough words to locate one", abbreviate(ln.At, 50), len(found))
		}
	}
}

// The places of blocks: how a citation names a block's place in the
// original (internal/cite's Place).
const (
	placeLabel     = "label"     // the source prints the block's label: "para. 7", "norm 6"
	placeSupplied  = "supplied"  // a label the source as read does not print: "principle [4]"
	placeCounted   = "counted"   // unnumbered, in a text whose every break is published: "unnumbered paragraph 3 of 34"
	placeHeading   = "heading"   // a heading, cited by its words
	placeParagraph = "paragraph" // unnumbered, where a published break begins it: cited by its opening words
	placePassage   = "passage"   // begun by an inferred break: cited by its opening words as a passage
)

// A citation quotes at least minOpening words of a block's opening, and at
// most maxOpening; a heading of at most maxOpening words is quoted whole.
const (
	minOpening = 6
	maxOpening = 12
)

// openingStop are words an opening does not end with, so that the quoted
// words read as a phrase ("the G7 Ministers of Interior", not "... of").
var openingStop = map[string]bool{"a": true, "an": true, "and": true, "as": true, "at": true, "by": true, "for": true,
	"in": true, "of": true, "on": true, "or": true, "that": true, "the": true, "to": true, "with": true,
	"à": true, "au": true, "aux": true, "d": true, "de": true, "des": true, "du": true, "en": true, "et": true,
	"l": true, "la": true, "le": true, "les": true, "ou": true, "par": true, "pour": true, "que": true, "un": true, "une": true}

// derivePlaces says for each block how a citation names its place
// (data/README.md, "How citations name a paragraph"), and records the words
// each unlabelled block begins with.
func (b *builder) derivePlaces() {
	d := b.d
	d.Counted = d.Extent == "full" && len(d.Blocks) > 0
	for _, blk := range d.Blocks {
		if blk.Break != "published" {
			d.Counted = false
		}
	}
	listSupplied := d.List != nil && d.List.Labels == "inferred"
	for i := range d.Blocks {
		blk := &d.Blocks[i]
		switch {
		case blk.Label != "" && blk.Kind == "item" && listSupplied:
			blk.Place, blk.LabelNote = placeSupplied, d.List.LabelsWhy
		case blk.Label != "" && blk.Kind != "item" && d.ParaLabels == "reported":
			blk.Place, blk.LabelNote = placeSupplied, d.ParaLabelsWhy
		case blk.Label != "" && d.Partial != nil && d.Partial.Inferred: // a held item, "commitment [1]"
			blk.Place, blk.LabelNote = placeSupplied, d.Partial.LabelsWhy
		case blk.Label != "":
			blk.Place = placeLabel
		case d.Counted:
			blk.Place = placeCounted
		case blk.Kind == "heading":
			blk.Place = placeHeading
		case blk.Break == "inferred":
			blk.Place = placePassage
		default:
			blk.Place = placeParagraph
		}
	}
	for i := range d.Items {
		if d.Blocks[d.Items[i].Block].Place == placeSupplied {
			d.Items[i].LabelInferred = true
		}
	}
	b.openings()
}

// openings records the opening words of every unlabelled block: at least
// minOpening, more where fewer would also begin another block, without a
// final comma, semicolon or colon. A block that must be cited by its words
// and cannot be is an error.
func (b *builder) openings() {
	d := b.d
	texts := make([]string, len(d.Blocks))
	for i, blk := range d.Blocks {
		if blk.Label == "" {
			texts[i] = strings.Join(strings.Fields(blk.Text), " ")
		}
	}
	for i := range d.Blocks {
		blk := &d.Blocks[i]
		if blk.Label != "" {
			continue
		}
		cited := blk.Place != placeCounted
		fail := func(format string, args ...any) {
			if cited {
				b.errorf(blk.Line, format, args...)
			}
		}
		if !cited && strings.ContainsAny(blk.Text, "\"“”«»") {
			continue // a counted paragraph with a quotation: no opening is needed
		}
		if cited && d.Lang != "en" && d.Lang != "fr" {
			fail("paragraph %d of this %s version must be cited by its opening words, and citations name a paragraph by its words in English and French only", i+1, d.Lang)
			continue
		}
		ws := strings.Fields(blk.Text)
		n := min(minOpening, len(ws))
		if blk.Kind == "heading" && len(ws) <= maxOpening {
			n = len(ws)
		}
		for ; n <= len(ws); n++ {
			if n < len(ws) && n < maxOpening && openingStop[strings.ToLower(strings.TrimRight(ws[n-1], ",;:’'"))] {
				continue
			}
			w := strings.Join(ws[:n], " ")
			if !beginsOther(texts, i, w) {
				blk.Opening = strings.TrimRight(w, ",;:")
				break
			}
		}
		switch {
		case blk.Opening == "":
			fail("paragraph %d begins with the same words as another; it cannot be cited by its opening words", i+1)
		case strings.ContainsAny(blk.Opening, "\"“”«»"): // a quotation mark later in the paragraph is not cited
			fail("paragraph %d is cited by its opening words, which hold a quotation mark; the citation quotes them in quotation marks", i+1)
			blk.Opening = ""
		}
	}
}

// beginsOther reports whether words begin, at a word's end, one of texts
// other than text i ("" stands for a labelled block).
func beginsOther(texts []string, i int, words string) bool {
	for j, t := range texts {
		if j == i || t == "" || !strings.HasPrefix(t, words) {
			continue
		}
		if rest := t[len(words):]; rest == "" || rest[0] == ' ' || strings.ContainsRune(",;:.", rune(rest[0])) {
			return true
		}
	}
	return false
}
