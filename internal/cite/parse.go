package cite

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/cybernorms/cybernorms/internal/words"
)

// A Mode says what a citation must name.
type Mode int

const (
	// Norm: an item of a document's list.
	Norm Mode = iota
	// Document: a document, or one of its paragraphs.
	Document
)

// A Result is what a citation names: a document and, unless the citation
// names the whole document, the label of an item or paragraph as the corpus
// writes it ("13(f)", "6", "7").
type Result struct {
	Doc   *Doc
	Label string
}

// An Error says why a citation was not understood.
type Error struct {
	// Part is the part of the citation that was not understood, or "".
	Part string
	// Msg says what is wrong, in words.
	Msg string
}

func (e *Error) Error() string { return e.Msg }

func errorf(part string, format string, args ...any) *Error {
	return &Error{Part: part, Msg: fmt.Sprintf(format, args...)}
}

// label is a label found in a citation.
type label struct {
	num    string // "13", or "" for "(f)"
	letter byte   // 'f', or 0
	bare   bool   // written "13f"
	tok    words.Token
}

func (l *label) String() string {
	if l.letter == 0 {
		return l.num
	}
	return l.num + "(" + string(l.letter) + ")"
}

// Parse reads a citation. It accepts a machine ID ("UNGGE2015/13f",
// "Lucca2017"), or the words by which the field names a document (its title,
// short name, place, body, year, symbol or a recorded alias, in any order and
// case, with fillers such as "the" and "of"), with, in Norm mode or for a
// paragraph, a unit ("norm", "item", "commitment", "para.", "paragraph", "¶",
// "§", "#", "no.") and a label ("13(f)", "13 (f)", "(f)", "f" after a unit,
// "6"). A word that belongs to no citation of the corpus makes it fail, so
// that "SEC Form 13(f)" or "Section 13(f) of the Act" is not taken for a norm.
//
// In Norm mode, a citation that names no document resolves only if its label
// fits one list alone, and only in the forms "13(f)", "norm 13(f)", "norm (f)"
// and "norm f": these are the UN GGE 2015 norms, the only lettered list.
func Parse(s string, mode Mode) (Result, error) {
	in := strings.TrimSpace(s)
	if in == "" {
		return Result{}, errorf("", "empty citation")
	}
	if r, ok, err := parseID(in, mode); ok {
		return r, err
	}
	toks := words.Tokens(in)
	var (
		year      int
		vocab     []words.Token
		labels    []label
		unit      string // the unit written before the label
		unitWords bool   // any unit word at all, such as "norm" in "G20 norm"
		afterUnit bool   // the previous token was a unit before a label
	)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		wasAfterUnit := afterUnit
		afterUnit = false
		next := func() (words.Token, bool) {
			if i+1 < len(toks) {
				return toks[i+1], true
			}
			return words.Token{}, false
		}
		switch t.Kind {
		case words.Mark:
			unit, unitWords, afterUnit = "para", true, true
			if t.Text == "#" {
				unit = "no"
			}
		case words.Word:
			if slices.Contains(Units, t.Text) {
				unitWords = true
				if n, ok := next(); ok && (n.Kind == words.Number || n.Kind == words.Label || n.Kind == words.Word && len(n.Text) == 1) {
					unit, afterUnit = t.Text, true
					if n.Kind == words.Word {
						labels = append(labels, label{letter: n.Text[0], tok: n})
						i++
					}
				}
				continue
			}
			if slices.Contains(Fillers, t.Text) {
				continue
			}
			vocab = append(vocab, t)
		case words.Number:
			if isYear(t.Text) && !wasAfterUnit {
				y, _ := strconv.Atoi(t.Text)
				if year != 0 && year != y {
					return Result{}, errorf(t.Text, "two years, %s and %s", strconv.Itoa(year), t.Text)
				}
				year = y
				continue
			}
			l := label{num: strings.TrimLeft(t.Text, "0"), tok: t}
			// "13 f": a number and a lone letter.
			if n, ok := next(); ok && n.Kind == words.Word && len(n.Text) == 1 {
				l.letter, l.tok.End = n.Text[0], n.End
				i++
			}
			labels = append(labels, l)
		case words.Label:
			labels = append(labels, label{num: strings.TrimLeft(t.Text, "0"), letter: t.Letter, bare: t.Bare, tok: t})
		case words.Symbol:
			vocab = append(vocab, t)
		}
	}
	if len(labels) > 1 {
		return Result{}, errorf(in[labels[1].tok.Start:labels[1].tok.End], "more than one label: %q and %q", in[labels[0].tok.Start:labels[0].tok.End], in[labels[1].tok.Start:labels[1].tok.End])
	}
	var lab *label
	if len(labels) == 1 {
		lab = &labels[0]
	}

	// Score the documents by the words of the citation they hold. A word
	// no document holds is not part of any citation of the corpus.
	scores := make([]int, len(docs))
	var unknown []words.Token
	for _, t := range vocab {
		found := false
		for i := range docs {
			if has(docs[i].Words, t.Text) {
				scores[i]++
				found = true
			}
		}
		if !found {
			unknown = append(unknown, t)
		}
	}
	if len(unknown) > 0 {
		parts := spans(in, unknown)
		quoted := make([]string, len(parts))
		for i, p := range parts {
			quoted[i] = strconv.Quote(p)
		}
		if len(parts) == 1 {
			return Result{}, errorf(parts[0], "%s is not part of any citation of the corpus", quoted[0])
		}
		return Result{}, errorf(parts[0], "%s are not part of any citation of the corpus", strings.Join(quoted, ", "))
	}
	named := len(vocab) > 0 || year != 0
	if !named {
		if mode == Document {
			return Result{}, errorf("", "no document named")
		}
		if lab == nil {
			return Result{}, errorf("", "no norm named")
		}
		if lab.bare || lab.letter == 0 || !(unit == "" || unit == "norm" || unit == "norms") {
			return Result{}, errorf("", "which document? %q alone does not name a norm of the corpus", in)
		}
	}
	cands := candidates(scores, year, len(vocab), in, toks, mode)
	if len(cands) == 0 {
		if mode == Norm {
			if docs := candidates(scores, year, len(vocab), in, toks, Document); len(docs) == 1 {
				return Result{}, errorf("", "%s has no list of norms; cite its paragraphs with package declarations", docs[0].Short)
			}
		}
		return Result{}, noDocument(year, mode, in)
	}
	// "commitment 2" prefers lists of commitments, "norm 2" lists of norms.
	if kind := unitKind(unit); kind != "" && len(cands) > 1 {
		var same []*Doc
		for _, d := range cands {
			if d.List.Kind == kind {
				same = append(same, d)
			}
		}
		if len(same) > 0 {
			cands = same
		}
	}
	if lab != nil && lab.bare && !named {
		return Result{}, errorf("", "which document? %q alone does not name a norm of the corpus", in)
	}

	if lab == nil {
		if len(cands) > 1 {
			return Result{}, ambiguous(cands, "")
		}
		d := cands[0]
		if mode == Document {
			return Result{Doc: d}, nil
		}
		if len(d.List.Labels) == 1 && unitWords {
			return Result{Doc: d, Label: d.List.Labels[0]}, nil
		}
		return Result{}, errorf("", "%s names the %s, not one of its %ss; add a label, as in %q", in, d.Short, d.List.Kind, d.Short+", "+d.List.Unit+" "+d.List.Labels[0])
	}

	// Keep the documents in which the label names something.
	var fits []*Doc
	var labs []string
	for _, d := range cands {
		if l, ok := resolve(d, lab, mode); ok {
			fits = append(fits, d)
			labs = append(labs, l)
		}
	}
	switch len(fits) {
	case 0:
		return Result{}, noSuchLabel(cands, lab, mode, in)
	case 1:
		d := fits[0]
		// A paragraph unit does not name the item of a list the source
		// numbers as its own: the Lucca Declaration's paragraphs are
		// unnumbered, and "para. 6" is not its norm 6.
		if mode == Document && paraUnit(unit) && d.List.Unit != "para." && d.List.Lettered == "" && slices.Contains(d.List.Labels, labs[0]) {
			return Result{}, errorf(in[lab.tok.Start:lab.tok.End], "%s does not number its paragraphs; its %ss are cited as %q", d.Short, d.List.Kind, d.Short+", "+d.List.Unit+" "+labs[0])
		}
		return Result{Doc: d, Label: labs[0]}, nil
	}
	return Result{}, ambiguous(fits, lab.String())
}

// candidates returns the documents the citation may name: those of its year,
// in Norm mode those with a list, and, when it holds words, those that hold
// the most of them; among those, the ones whose whole short name it holds.
func candidates(scores []int, year, nvocab int, in string, toks []words.Token, mode Mode) []*Doc {
	best := 0
	var cands []*Doc
	for i := range docs {
		d := &docs[i]
		if year != 0 && d.Year != year || mode == Norm && d.List.Kind == "" {
			continue
		}
		switch {
		case nvocab == 0:
			cands = append(cands, d)
		case scores[i] > best:
			best, cands = scores[i], []*Doc{d}
		case scores[i] == best && best > 0:
			cands = append(cands, d)
		}
	}
	if len(cands) < 2 {
		return cands
	}
	present := map[string]bool{}
	for _, t := range toks {
		present[t.Text] = true
	}
	var whole []*Doc
	for _, d := range cands {
		all := len(d.ShortWords) > 0
		for _, w := range d.ShortWords {
			all = all && present[w]
		}
		if all {
			whole = append(whole, d)
		}
	}
	if len(whole) > 0 {
		return whole
	}
	return cands
}

// resolve returns the label, as the corpus writes it, that lab names in d:
// in Norm mode an item of its list, in Document mode a paragraph.
func resolve(d *Doc, lab *label, mode Mode) (string, bool) {
	var want string
	switch {
	case lab.letter != 0 && d.List.Lettered != "" && (lab.num == "" || lab.num == d.List.Lettered):
		want = d.List.Lettered + "(" + string(lab.letter) + ")"
	case lab.letter != 0:
		want = lab.num + "(" + string(lab.letter) + ")"
	default:
		want = lab.num
	}
	list := d.List.Labels
	if mode == Document {
		list = d.Paras
	}
	for _, l := range list {
		if l == want {
			return l, true
		}
	}
	return "", false
}

// noSuchLabel explains why a label names nothing in the candidates.
func noSuchLabel(cands []*Doc, lab *label, mode Mode, in string) *Error {
	part := in[lab.tok.Start:lab.tok.End]
	if len(cands) > 1 {
		var names []string
		for _, d := range cands {
			names = append(names, d.Short)
		}
		return errorf(part, "none of %s has %q", strings.Join(names, ", "), lab.String())
	}
	d := cands[0]
	if mode == Document {
		var ls []string
		for _, l := range d.Paras {
			if l != "" {
				ls = append(ls, l)
			}
		}
		if len(ls) == 0 {
			return errorf(part, "%s does not number its paragraphs", d.Short)
		}
		return errorf(part, "%s has no paragraph %s; its labels are %s", d.Short, lab.String(), rangeOf(ls))
	}
	l := d.List
	if l.Lettered != "" && lab.letter == 0 && lab.num == l.Lettered {
		return errorf(part, "paragraph %s of the %s holds the %ss %s; name one, as in %q", l.Lettered, d.Short, l.Kind, rangeOf(l.Labels), l.Labels[0])
	}
	return errorf(part, "%s has no %s %s; its %ss are %s", d.Short, l.Kind, lab.String(), l.Kind, rangeOf(l.Labels))
}

// rangeOf writes labels as "13(a) to 13(k)".
func rangeOf(labels []string) string {
	if len(labels) == 1 {
		return labels[0]
	}
	return labels[0] + " to " + labels[len(labels)-1]
}

// ambiguous reports that the citation fits several documents.
func ambiguous(docs []*Doc, lab string) *Error {
	var names []string
	for _, d := range docs {
		if lab != "" {
			names = append(names, d.Short+", "+d.Locator(lab))
		} else {
			names = append(names, d.Short)
		}
	}
	return errorf("", "ambiguous: it could be %s; name the document", strings.Join(names, " or "))
}

// noDocument reports that no document fits.
func noDocument(year int, mode Mode, in string) *Error {
	if mode == Norm {
		if year != 0 {
			return errorf(strconv.Itoa(year), "no document of %s in the corpus has a list of norms", strconv.Itoa(year))
		}
		return errorf("", "%s names no document of the corpus that has a list of norms", strconv.Quote(in))
	}
	if year != 0 {
		return errorf(strconv.Itoa(year), "no such document of %s in the corpus", strconv.Itoa(year))
	}
	return errorf("", "%s names no document of the corpus", strconv.Quote(in))
}

// spans returns the parts of in the tokens cover, joining neighbours.
func spans(in string, toks []words.Token) []string {
	var parts []string
	start, end := toks[0].Start, toks[0].End
	for _, t := range toks[1:] {
		if strings.TrimFunc(in[end:t.Start], isSeparator) == "" {
			end = t.End
			continue
		}
		parts = append(parts, in[start:end])
		start, end = t.Start, t.End
	}
	return append(parts, in[start:end])
}

// unitKind returns the kind of list a unit word names, or "".
func unitKind(unit string) string {
	switch unit {
	case "norm", "norms", "recommendation", "recommendations":
		// The G7 texts speak of "the recommendations contained in" the UN GGE reports.
		return "norm"
	case "commitment", "commitments":
		return "commitment"
	case "principle", "principles":
		return "principle"
	}
	return ""
}

// paraUnit reports whether a unit names a paragraph.
func paraUnit(unit string) bool {
	return unit == "para" || unit == "paras" || unit == "paragraph" || unit == "paragraphs"
}

func isSeparator(r rune) bool { return r == ' ' || r == '\t' || r == ',' || r == ';' || r == '-' }

func isYear(s string) bool {
	return len(s) == 4 && (s[:2] == "19" || s[:2] == "20")
}

// parseID reads a machine ID: "UNGGE2015/13f", or "Lucca2017" in Document
// mode. It reports ok when the input has the shape of an ID of a known
// document, so that other inputs are parsed as words.
func parseID(in string, mode Mode) (Result, bool, error) {
	if strings.ContainsAny(in, " \t") {
		return Result{}, false, nil
	}
	docID, local, hasLocal := strings.Cut(in, "/")
	var d *Doc
	for i := range docs {
		if strings.EqualFold(docs[i].ID, docID) {
			d = &docs[i]
		}
	}
	if d == nil {
		return Result{}, false, nil
	}
	if !hasLocal {
		if mode == Norm {
			return Result{}, true, errorf(in, "%s is the ID of a document, not of a norm; a norm's ID is the document's, a slash and the item's label, as in %q", in, d.ID+"/"+firstLocal(d))
		}
		return Result{Doc: d}, true, nil
	}
	list := d.List.Labels
	if mode == Document {
		list = d.Paras
	}
	for _, l := range list {
		if l != "" && LocalID(l) == strings.ToLower(local) {
			return Result{Doc: d, Label: l}, true, nil
		}
	}
	if mode == Norm && d.List.Kind == "" {
		return Result{}, true, errorf(in, "%s has no list of norms", d.Short)
	}
	return Result{}, true, errorf(local, "%s has no item %q", d.Short, local)
}

func firstLocal(d *Doc) string {
	if len(d.List.Labels) > 0 {
		return LocalID(d.List.Labels[0])
	}
	return "1"
}
