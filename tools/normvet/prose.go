package normvet

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/internal/cite"
	"github.com/cybernorms/cybernorms/internal/words"
	"github.com/cybernorms/cybernorms/norms"
)

// A citation is a citation of a norm found in prose: a comment or a string.
type citation struct {
	start, end int        // byte offsets of the citation in the text
	text       string     // the citation as written
	norm       norms.Norm // the norm it names, or the zero Norm
	err        error      // why it names no norm, if norm is zero
	paragraph  bool       // it cites a paragraph of a document, not a norm
}

// The vocabulary of the prose scanner, built once from the corpus's table of
// documents, the one the citation parser uses.
var (
	// docWords are the words of every document's name, title, body, place
	// and symbol.
	docWords = map[string]bool{}
	// distinctive are the words that point at one document with a list of
	// norms: its short name without the year and the ubiquitous "G7", and
	// its UN symbol. A citation in prose must hold one.
	distinctive = map[string]bool{}
	// docIDs are the documents' machine IDs, folded, for "UNGGE2015/13f".
	docIDs = map[string]bool{}
	// years are the years of the corpus's documents.
	years = map[int]bool{}
	// labels are the labels of every list of the corpus, for the closest
	// match.
	labels []string
	// letteredParas are the numbers of the paragraphs that hold a lettered
	// list: "13".
	letteredParas = map[string]bool{}
)

// paraUnits are the units that name a paragraph.
var paraUnits = []string{"para", "paras", "paragraph", "paragraphs", "¶", "§"}

// units and fillers are the parser's (package internal/cite): the words that
// may stand before a label, and the words a citation may hold that name
// nothing.
var (
	units   = cite.Units
	fillers = cite.Fillers
)

func init() {
	for _, d := range cite.Docs() {
		for _, w := range d.Words {
			docWords[w] = true
		}
		docIDs[strings.ToLower(d.ID)] = true
		if d.Year != 0 {
			years[d.Year] = true
		}
		if d.List.Kind == "" {
			continue
		}
		for _, w := range d.ShortWords {
			if w != "g7" && !isYear(w) {
				distinctive[w] = true
			}
		}
		if d.Symbol != "" {
			distinctive[strings.ToLower(d.Symbol)] = true
		}
		for _, w := range d.Words {
			if w == "ungge" || w == "gge" {
				distinctive[w] = true
			}
		}
		labels = append(labels, d.List.Labels...)
		if d.List.Lettered != "" {
			letteredParas[d.List.Lettered] = true
		}
	}
}

func isYear(s string) bool {
	return len(s) == 4 && (s[:2] == "19" || s[:2] == "20") && strings.Trim(s, "0123456789") == ""
}

// The classes of token of the prose scanner.
type class uint8

const (
	other class = iota
	docWord
	distinct // a distinctive word, or a near miss of one
	unit
	filler
	year
	label
)

type tok struct {
	words.Token
	class class
	typo  string // for a near miss of a distinctive word, that word
}

// findCitations returns the citations of norms in text; see the package
// documentation for what counts as one.
func findCitations(text string) []citation {
	if !mayCite(text) {
		return nil
	}
	raw := words.Tokens(text)
	var out []citation
	var run []tok
	flush := func() {
		out = append(out, segments(text, run)...)
		run = run[:0]
	}
	for i, t := range raw {
		c := tok{Token: t}
		switch t.Kind {
		case words.Word:
			switch {
			case slices.Contains(units, t.Text):
				c.class = unit
			case i > 0 && raw[i-1].Kind == words.Word && slices.Contains(units, raw[i-1].Text) && len(t.Text) == 1 && adjacent(text, raw[i-1], t):
				c.class = label // "norm f"
			case distinctive[t.Text]:
				c.class = distinct
			case slices.Contains(fillers, t.Text):
				c.class = filler
			case docWords[t.Text]:
				c.class = docWord
			default:
				if w := nearMiss(t.Text); w != "" {
					c.class, c.typo = distinct, w
				}
			}
		case words.Number:
			afterUnit := i > 0 && (raw[i-1].Kind == words.Mark || raw[i-1].Kind == words.Word && slices.Contains(units, raw[i-1].Text))
			if isYear(t.Text) && !afterUnit {
				c.class = year
			} else {
				c.class = label
			}
		case words.Label:
			c.class = label
		case words.Mark:
			c.class = unit
		case words.Symbol:
			if id, _, ok := strings.Cut(t.Text, "/"); ok && docIDs[id] {
				// A machine ID stands alone.
				flush()
				s := text[t.Start:t.End]
				out = append(out, resolve(citation{start: t.Start, end: t.End, text: s}))
				continue
			}
			if distinctive[t.Text] {
				c.class = distinct
			}
		}
		if c.class == other || len(run) > 0 && !joins(text, run[len(run)-1], c) {
			flush()
		} else if len(run) > 0 && run[len(run)-1].class == unit && c.class != label {
			// A unit without a label ends a name: "the UN GGE norms, item
			// 12 the G20 norm".
			flush()
		}
		if c.class != other {
			run = append(run, c)
		}
	}
	flush()
	return out
}

// mayCite is a cheap test that text may hold a citation: a digit, or a
// letter in parentheses.
func mayCite(text string) bool {
	return strings.ContainsAny(text, "0123456789")
}

// adjacent reports whether only spaces separate a and b.
func adjacent(text string, a, b words.Token) bool {
	return strings.Trim(text[a.End:b.Start], " \t") == "" && a.End < b.Start
}

// joins reports whether what separates prev and t in text may stand inside a
// citation: white space, commas, colons and parentheses, and a full stop
// after an abbreviation ("para.", "no.", "Doc.").
func joins(text string, prev, t tok) bool {
	gap := text[prev.End:t.Start]
	if i := strings.IndexByte(gap, '.'); i >= 0 {
		switch prev.Text {
		case "para", "paras", "no", "nos", "nr", "doc", "cf":
			gap = gap[:i] + gap[i+1:]
		default:
			return false
		}
	}
	return strings.Trim(gap, " \t\r\n,:()") == ""
}

// nearMiss returns the distinctive word w is a misspelling of, or "".
func nearMiss(w string) string {
	if len(w) < 4 {
		return ""
	}
	for d := range distinctive {
		if len(d) < 5 || strings.Contains(d, "/") {
			continue
		}
		if dist := words.Distance(w, d); dist == 1 || dist == 2 && len(w) >= 6 && w[0] == d[0] {
			return d
		}
	}
	return ""
}

// segments splits a run of citation-like tokens into citations, one label
// each, and keeps those that clearly try to cite a norm.
func segments(text string, run []tok) []citation {
	var labs []int
	for i, t := range run {
		if t.class == label {
			labs = append(labs, i)
		}
	}
	if len(labs) == 0 {
		return nil
	}
	// Split between two labels at the first "and", "or" or comma after the
	// first, or else right after it.
	var out []citation
	start := 0
	for k, li := range labs {
		end := len(run)
		if k+1 < len(labs) {
			end = li + 1
			for j := li + 1; j < labs[k+1]; j++ {
				if run[j].Text == "and" || run[j].Text == "or" || strings.ContainsAny(text[run[j-1].End:run[j].Start], ",;") {
					end = j
					break
				}
			}
		}
		if c, ok := candidate(text, run[start:end]); ok {
			out = append(out, c)
		}
		start = end
	}
	return out
}

// modifiedBefore reports whether a word just before the run toks of text
// is not part of it, as in "L2 norm 13(f)", which makes the bare form a
// phrase of something else.
func modifiedBefore(text string, toks []tok) bool {
	if len(toks) > 0 {
		before := strings.TrimRight(text[:toks[0].Start], " \t")
		if r, _ := utf8.DecodeLastRuneInString(before); before != "" && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return true
		}
	}
	return false
}

// trimEnds trims fillers and plain words at the ends of toks, and units at
// the end (and at the start, unless a label follows).
func trimEnds(toks []tok) []tok {
	for len(toks) > 0 && (toks[0].class == filler || toks[0].class == docWord || toks[0].class == unit && (len(toks) == 1 || toks[1].class != label)) {
		toks = toks[1:]
	}
	for len(toks) > 0 && (toks[len(toks)-1].class == filler || toks[len(toks)-1].class == unit || toks[len(toks)-1].class == docWord) {
		toks = toks[:len(toks)-1]
	}
	return toks
}

// untieName cuts toks after the first label when a document's name follows
// it untied: a label before the document's name is tied to it by "of" or
// "in", as in "norm 6 of the Lucca Declaration"; otherwise the name starts
// something else ("item 12 the G20 norm") and is dropped.
func untieName(toks []tok) []tok {
	for i, t := range toks {
		if t.class != label {
			continue
		}
		tied, before := false, false
		for _, u := range toks[:i] {
			before = before || u.class == distinct
		}
		for j := i + 1; j < len(toks) && !before; j++ {
			if toks[j].Text == "of" || toks[j].Text == "in" {
				tied = true
			}
			if toks[j].class == distinct {
				if !tied {
					toks = toks[:i+1]
				}
				break
			}
		}
		break
	}
	return toks
}

// candidate decides whether toks, holding one label, is a citation, and
// resolves it.
func candidate(text string, toks []tok) (citation, bool) {
	modified := modifiedBefore(text, toks)
	toks = untieName(trimEnds(toks))
	var (
		hasDistinct bool
		lab         = -1
	)
	for i, t := range toks {
		switch t.class {
		case distinct:
			hasDistinct = true
		case year:
			if y, _ := strconv.Atoi(t.Text); !years[y] {
				return citation{}, false
			}
		case label:
			lab = i
		}
	}
	if lab < 0 {
		return citation{}, false
	}
	l := toks[lab]
	unitBefore := lab > 0 && toks[lab-1].class == unit
	if unitBefore && l.Kind == words.Number && letteredParas[l.Text] && slices.Contains(paraUnits, toks[lab-1].Text) {
		// "paragraph 13 of the UN GGE report": the paragraph that holds
		// the lettered norms, cited whole.
		return citation{}, false
	}
	switch {
	case hasDistinct:
		// "UN GGE norm 13(l)", "Lucca 2017 item 13", "A/70/174 ¶ 13(f)":
		// a label needs a unit before it unless it is lettered.
		if !unitBefore && (l.Kind != words.Label || l.Bare) {
			return citation{}, false
		}
	case len(toks) == 2 && !modified && unitBefore && (toks[0].Text == "norm" || toks[0].Text == "norms") && l.Kind == words.Label && l.Text == "13" && !l.Bare:
		// "norm 13(l)": the UN GGE's form, which names no other list.
	default:
		return citation{}, false
	}
	start, end := toks[0].Start, toks[len(toks)-1].End
	c := resolve(citation{start: start, end: end, text: strings.Join(strings.Fields(text[start:end]), " ")})
	if c.norm.IsZero() && !c.paragraph {
		// A paragraph of a document of the corpus that has no list, such as
		// "UN GGE 2010 para. 7", is not a citation of a norm.
		from := l.Start
		if unitBefore {
			from = toks[lab-1].Start
		}
		if d, _, err := declarations.Parse(text[start:from] + text[l.End:end]); err == nil && !hasNorms(d) {
			c.paragraph = true
		}
	}
	return c, true
}

// hasNorms reports whether d enumerates norms.
func hasNorms(d declarations.Declaration) bool {
	for range d.Norms() {
		return true
	}
	return false
}

// resolve parses c.text with [norms.Parse]. (The closest citation that
// resolves, which a report names, is looked for only when one is made.)
func resolve(c citation) citation {
	n, err := norms.Parse(c.text)
	if err == nil {
		c.norm = n
		return c
	}
	if _, _, perr := declarations.Parse(c.text); perr == nil {
		// A paragraph of a document, such as "A/70/174, para. 13" or
		// "Toronto2018/7": a good citation, but not of a norm.
		c.paragraph = true
		return c
	}
	c.err = err
	return c
}

// maxSlots is the number of words of a citation that the closest-citation
// search may change: its label and the words nearest it.
const maxSlots = 5

// closest returns the norm named by the citation closest to s that
// resolves: s with its label, year or misspelt document name changed, one
// or two of them at a time, at the least cost.
//
// Only the label and the maxSlots-1 changeable words nearest it (a year, a
// misspelt name) are tried, so that the number of citations parsed does
// not grow with s: the cost is linear in the length of s. A citation holds
// one label and the words that qualify it stand next to it; a long run of
// years, as in "in 2010, 2013, 2015, ... the UN GGE norm 13(l)", would
// otherwise make the search of pairs quadratic in the years, and each
// parse linear in them.
func closest(s string) norms.Norm {
	return closestRepair(s).norm
}

// A repaired citation is the closest citation that resolves: its text,
// the norm it names, and whether only misspelt words of a name were
// changed, not its label or its year, which would name another item or
// document.
type repaired struct {
	text     string
	norm     norms.Norm
	nameOnly bool
}

// closestRepair returns the citation closest to s that resolves, as
// closest finds it; the zero repaired if there is none.
func closestRepair(s string) repaired {
	return cheapestRepair(s, nearLabel(repairSlots(s)))
}

// A repair is one change to a citation: the bytes start:end replaced by
// repl, at a cost.
type repair struct {
	start, end int
	repl       string
	cost       int
}

// A repairSlot is a word of a citation that may be changed, with the
// changes tried.
type repairSlot struct {
	at    int  // the index of the token in the tokens of the citation
	label bool // the token is a label or a machine ID
	year  bool // the token is a year
	alts  []repair
}

// repairSlots returns the words of s that may be changed, in their order
// in s, each with its changes.
func repairSlots(s string) []repairSlot {
	var slots []repairSlot
	raw := words.Tokens(s)
	for i := range raw {
		if alts, isLabel := repairs(s, raw, i); len(alts) > 0 {
			slots = append(slots, repairSlot{i, isLabel, !isLabel && raw[i].Kind == words.Number, alts})
		}
	}
	return slots
}

// repairs returns the changes tried for the token raw[i] of s, and whether
// it is a label (or a machine ID) rather than a year or a word: a machine
// ID becomes an ID of the corpus near it, a year another year of the
// corpus (or none), a label a label near it, a letter after a unit another
// letter, a misspelt word the word of a document name it is near.
func repairs(s string, raw []words.Token, i int) (alts []repair, isLabel bool) {
	t := raw[i]
	add := func(repl string, cost int) {
		alts = append(alts, repair{t.Start, t.End, repl, cost})
	}
	isLabel = true
	afterUnit := i > 0 && (raw[i-1].Kind == words.Mark || raw[i-1].Kind == words.Word && slices.Contains(units, raw[i-1].Text))
	switch {
	case t.Kind == words.Symbol && strings.Contains(t.Text, "/"):
		// A machine ID: try the IDs of the corpus with a document ID
		// and a label near its own.
		doc, local, _ := strings.Cut(t.Text, "/")
		for n := range norms.All() {
			dd := words.Distance(doc, strings.ToLower(n.Document()))
			if dd > 2 {
				continue
			}
			ld, ok := labelDistance(local, n.Label())
			if !ok && local != cite.LocalID(n.Label()) {
				continue
			}
			if cost := 3*dd + ld; cost > 0 {
				add(string(n.ID()), cost)
			}
		}
	case t.Kind == words.Number && isYear(t.Text) && !afterUnit:
		isLabel = false
		y, _ := strconv.Atoi(t.Text)
		for c := range years {
			if c != y {
				add(strconv.Itoa(c), 2+abs(c-y))
			}
		}
		add("", 3) // or no year at all
	case t.Kind == words.Number || t.Kind == words.Label:
		for _, l := range labels {
			if d, ok := labelDistance(s[t.Start:t.End], l); ok {
				add(l, d)
			}
		}
	case t.Kind == words.Word && afterUnit && len(t.Text) == 1:
		for _, l := range labels {
			if i := strings.IndexByte(l, '('); i >= 0 {
				add(l[i+1:i+2], abs(int(l[i+1])-int(t.Text[0])))
			}
		}
	case t.Kind == words.Word && !docWords[t.Text] && !slices.Contains(units, t.Text) && !slices.Contains(fillers, t.Text):
		isLabel = false
		if w := nearMiss(t.Text); w != "" {
			add(w, words.Distance(t.Text, w))
		}
	}
	return alts, isLabel
}

// nearLabel returns at most maxSlots of slots: the label (the first, if
// the text holds several) and the slots nearest it, in their order in the
// text.
func nearLabel(slots []repairSlot) []repairSlot {
	if len(slots) <= maxSlots {
		return slots
	}
	anchor := slots[0].at
	for _, sl := range slots {
		if sl.label {
			anchor = sl.at
			break
		}
	}
	dist := func(sl repairSlot) int { return abs(sl.at - anchor) }
	slices.SortStableFunc(slots, func(a, b repairSlot) int { return cmp.Compare(dist(a), dist(b)) })
	slots = slots[:maxSlots]
	slices.SortFunc(slots, func(a, b repairSlot) int { return cmp.Compare(a.at, b.at) })
	return slots
}

// cheapestRepair returns s changed by one change of a slot, or by two
// changes of two slots (at their costs plus one), that resolves at the
// least cost; the zero repaired if none does.
func cheapestRepair(s string, slots []repairSlot) repaired {
	apply := func(as ...repair) string {
		slices.SortFunc(as, func(a, b repair) int { return cmp.Compare(b.start, a.start) })
		r := s
		for _, a := range as {
			r = r[:a.start] + a.repl + r[a.end:]
		}
		return r
	}
	var (
		best     repaired
		bestCost int
	)
	try := func(cost int, nameOnly bool, as ...repair) {
		if !best.norm.IsZero() && cost >= bestCost {
			return
		}
		text := apply(as...)
		if n, err := norms.Parse(text); err == nil {
			best, bestCost = repaired{text, n, nameOnly}, cost
		}
	}
	name := func(sl repairSlot) bool { return !sl.label && !sl.year }
	for i, si := range slots {
		for _, a := range si.alts {
			try(a.cost, name(si), a)
		}
		for _, sj := range slots[i+1:] {
			for _, a := range si.alts {
				for _, b := range sj.alts {
					try(a.cost+b.cost+1, name(si) && name(sj), a, b)
				}
			}
		}
	}
	return best
}

// labelDistance says how far apart two labels of the same shape are:
// "13(l)" is one from "13(k)", "13" one from "12".
func labelDistance(written, l string) (int, bool) {
	wn, wl := splitLabel(written)
	ln, ll := splitLabel(l)
	if (wl == 0) != (ll == 0) {
		return 0, false
	}
	a, errA := strconv.Atoi(wn)
	b, errB := strconv.Atoi(ln)
	if wn != "" && (errA != nil || errB != nil) {
		return 0, false
	}
	d := abs(int(wl) - int(ll))
	if wn != "" {
		d += 26 * abs(a-b)
	}
	return d, d > 0
}

// splitLabel splits "13(f)", "13 (f)", "13f" or "(f)" into "13" and 'f'.
func splitLabel(s string) (string, byte) {
	s = strings.ToLower(strings.NewReplacer(" ", "", "(", "", ")", "").Replace(s))
	if n := len(s); n > 0 && s[n-1] >= 'a' && s[n-1] <= 'z' {
		return s[:n-1], s[n-1]
	}
	return s, 0
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// message writes the diagnostic for a citation that names no norm.
func (c citation) message() string {
	why := c.err.Error()
	var pe *norms.ParseError
	if errors.As(c.err, &pe) {
		why = pe.Msg
	}
	msg := "citation " + strconv.Quote(c.text) + " names no norm: " + why
	if cl := closest(c.text); !cl.IsZero() {
		msg += "; closest: " + cl.String() + " (" + string(cl.ID()) + ")"
	}
	return msg
}

// quoted reports whether text[start:end] stands between quotation marks: in
// a comment, a quoted citation is one mentioned, as in an error message, not
// one made.
func quoted(text string, start, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:start])
	after, _ := utf8.DecodeRuneInString(text[end:])
	switch before {
	case '"', '\'', '`', '“', '‘', '«':
		return after == before || after == '”' || after == '’' || after == '»'
	}
	return false
}
