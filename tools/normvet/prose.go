package normvet

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/internal/cite"
	"github.com/cybernorms/cybernorms/internal/words"
	"github.com/cybernorms/cybernorms/norms"
)

// A citation is a citation of norms found in prose: a comment or a string.
type citation struct {
	start, end int          // byte offsets of the citation in the text
	text       string       // the citation as written, its spaces made single
	norms      []norms.Norm // the norms it names, or none
	err        error        // why it names nothing, if it does
	paragraph  bool         // it cites a paragraph or a document, not a norm
}

// findCitations returns the citations of norms in text, as the runtime's
// scanner finds them in its strict mode (cite.ScanStrict), with their
// verdicts: see the package documentation.
func findCitations(text string) []citation {
	var out []citation
	for m := range cite.ScanStrict(text) {
		c := citation{start: m.Start, end: m.End, text: strings.Join(strings.Fields(text[m.Start:m.End]), " ")}
		if m.Err != nil {
			out = append(out, resolve(c)) // the message is norms.Parse's
			continue
		}
		for _, r := range m.Refs {
			if r.Item() < 0 {
				continue // a document or a paragraph
			}
			if n, ok := norms.Lookup(norms.ID(r.ID())); ok {
				c.norms = append(c.norms, n)
			}
		}
		c.paragraph = len(c.norms) == 0
		out = append(out, c)
	}
	return out
}

// resolve parses c.text with [norms.Parse]. (The closest citation that
// resolves, which a report names, is looked for only when one is made.)
func resolve(c citation) citation {
	n, err := norms.Parse(c.text)
	if err == nil {
		c.norms = []norms.Norm{n}
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

// The vocabulary of the closest-citation search: the years of the
// corpus's documents, the labels of its lists, and the words that may stand
// before a label (package internal/cite's).
var (
	years  []int
	labels []string
	units  = cite.Units
)

func init() {
	for _, d := range cite.Docs() {
		if d.Year != 0 && !slices.Contains(years, d.Year) {
			years = append(years, d.Year)
		}
		labels = append(labels, d.List.Labels...)
	}
}

func isYear(s string) bool {
	return len(s) == 4 && (s[:2] == "19" || s[:2] == "20") && strings.Trim(s, "0123456789") == ""
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
		for _, c := range years {
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
	case t.Kind == words.Word && cite.NearMiss(t.Text) != "":
		isLabel = false
		w := cite.NearMiss(t.Text)
		add(w, words.Distance(t.Text, w))
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

// namesNoNorm writes the diagnostic for a citation that names no norm, with
// the error of norms.Parse.
func namesNoNorm(text string, err error) string {
	why := err.Error()
	var pe *norms.ParseError
	if errors.As(err, &pe) {
		why = pe.Msg
	}
	msg := "citation " + strconv.Quote(text) + " names no norm: " + why
	if cl := closest(text); !cl.IsZero() {
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
