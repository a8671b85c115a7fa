// Package words holds the small text rules the generator and the runtime
// share. [Tokens] splits document names into folded words; the generator
// builds the citation parser's vocabulary with it. [FoldLetter] is the one
// case folding of citations: the generator folds the vocabulary with it,
// and the parser's lexer folds its input with it. [Stem] maps a word's
// forms to one key, for descriptions of norms.
//
// [Distance] and [Closest] measure how far apart two words or IDs are. They
// serve the "did you mean" of the generator's errors and of unknown IDs.
// [FormatDate] and [LocalID] are the text formats both sides print.
//
// It imports no generated code, so the generator builds whatever state the
// generated files are in.
package words

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Kind is the kind of a [Token].
type Kind uint8

// The kinds of token.
const (
	// Word is a run of letters and digits that begins with a letter: "gge",
	// "g7", "chair" (possessive endings are dropped).
	Word Kind = iota + 1
	// Number is a run of digits: "13", "2015".
	Number
	// Label is a list label with a letter: "13(f)" and "13 (f)" (Text "13",
	// Letter 'f'), "(f)" (Text ""), or, with Bare set, "13f".
	Label
	// Symbol is a run with slashes: a UN symbol such as "a/70/174", or a
	// resolution number such as "20/8".
	Symbol
	// Mark is a paragraph mark: "¶", "§" or "#".
	Mark
)

// A Token is one token of a text, folded: lower case, without accents.
type Token struct {
	Kind   Kind
	Text   string
	Letter byte // the letter of a Label
	Bare   bool // a Label written without parentheses, such as "13f"
	// Start and End are the token's byte offsets in the text.
	Start, End int
}

// Fold maps a rune to its folded form: lower case, Latin letters without
// accents, typographic quotes and dashes as their ASCII forms.
func Fold(r rune) rune {
	switch r {
	case '’', '‘', '′':
		return '\''
	case '“', '”', '„', '″':
		return '"'
	case '–', '—', '‐', '‑':
		return '-'
	}
	return FoldLetter(r)
}

// FoldLetter maps a letter to lower case and a Latin letter to its form
// without accents: "É" and "é" to "e". It is the part of [Fold] that the
// citation engine's lexer shares.
func FoldLetter(r rune) rune {
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	r = unicode.ToLower(r)
	if r < 0xC0 || r > 0x17F {
		return r
	}
	const (
		from = "àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşťùúûüūůűųýÿźżž"
		to   = "aaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooorrsssttuuuuuuuuyyzzz"
	)
	i := 0
	for _, f := range from {
		if f == r {
			return rune(to[i])
		}
		i++
	}
	return r
}

// folded is one rune of the folded text with its offset in the original.
type folded struct {
	r          rune
	start, end int
}

// Tokens splits s into tokens. White space and punctuation other than
// parentheses around a label, paragraph marks and slashes inside a symbol
// separate tokens and are dropped; a hyphen separates words ("ise-shima" is
// "ise", "shima").
func Tokens(s string) []Token {
	var rs []folded
	for i, r := range s {
		size := utf8.RuneLen(r)
		if r == utf8.RuneError {
			size = 1
		}
		rs = append(rs, folded{Fold(r), i, i + size})
	}
	var toks []Token
	for i := 0; i < len(rs); {
		r := rs[i].r
		switch {
		case r == '¶' || r == '§' || r == '#':
			toks = append(toks, Token{Kind: Mark, Text: string(r), Start: rs[i].start, End: rs[i].end})
			i++
		case r == '(':
			if t, n := letterInParens(rs[i:]); n > 0 {
				t.Start, t.End = rs[i].start, rs[i+n-1].end
				toks = append(toks, t)
				i += n
				continue
			}
			i++
		case isAlnum(r):
			j := i
			for j < len(rs) && (isAlnum(rs[j].r) || inner(rs, j)) {
				j++
			}
			t := classify(rs[i:j])
			t.Start, t.End = rs[i].start, rs[j-1].end
			if t.Kind == Number {
				// "13(f)" and "13 (f)": a number and a letter in parentheses.
				k := j
				for k < len(rs) && rs[k].r == ' ' {
					k++
				}
				if k < len(rs) && rs[k].r == '(' {
					if lt, n := letterInParens(rs[k:]); n > 0 {
						t.Kind, t.Letter, t.End = Label, lt.Letter, rs[k+n-1].end
						j = k + n
					}
				}
			}
			if t.Text != "" {
				toks = append(toks, t)
			}
			i = j
		default:
			i++
		}
	}
	return toks
}

// inner reports whether rs[j], an apostrophe or a slash, joins two parts of
// one token: "chair's", "a/70/174".
func inner(rs []folded, j int) bool {
	r := rs[j].r
	if r != '\'' && r != '/' {
		return false
	}
	return j > 0 && isAlnum(rs[j-1].r) && j+1 < len(rs) && isAlnum(rs[j+1].r)
}

// letterInParens recognises "(f)", allowing spaces inside the parentheses,
// and returns the token and how many runes it spans, or 0.
func letterInParens(rs []folded) (Token, int) {
	k := 1
	for k < len(rs) && rs[k].r == ' ' {
		k++
	}
	if k >= len(rs) || rs[k].r < 'a' || rs[k].r > 'z' {
		return Token{}, 0
	}
	letter := byte(rs[k].r)
	k++
	for k < len(rs) && rs[k].r == ' ' {
		k++
	}
	if k >= len(rs) || rs[k].r != ')' {
		return Token{}, 0
	}
	return Token{Kind: Label, Letter: letter}, k + 1
}

// classify names the kind of a run of letters, digits, inner apostrophes and
// inner slashes.
func classify(rs []folded) Token {
	b := make([]rune, len(rs))
	digits, letters, slash := 0, 0, false
	for i, f := range rs {
		b[i] = f.r
		switch {
		case f.r >= '0' && f.r <= '9':
			digits++
		case f.r == '/':
			slash = true
		case f.r != '\'':
			letters++
		}
	}
	text := string(b)
	switch {
	case slash:
		return Token{Kind: Symbol, Text: text}
	case letters == 0:
		return Token{Kind: Number, Text: text}
	case letters == 1 && digits > 0 && isLetter(b[len(b)-1]) && digits == len(b)-1:
		return Token{Kind: Label, Text: string(b[:len(b)-1]), Letter: byte(b[len(b)-1]), Bare: true}
	}
	// Drop a possessive ending: "chair's" is "chair", "leaders'" "leaders".
	if n := len(b); n > 2 && b[n-2] == '\'' && b[n-1] == 's' {
		text = string(b[:n-2])
	}
	return Token{Kind: Word, Text: text}
}

func isAlnum(r rune) bool { return isLetter(r) || r >= '0' && r <= '9' || unicode.IsLetter(r) }

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' }

// Distance returns the Levenshtein distance between a and b, in bytes.
func Distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Closest returns the at most n candidates closest to s, closest first: by
// edit distance, ignoring case; between candidates at the same distance, one
// of s's length whose differing bytes are nearer in value comes first, so
// that "13l" is nearer "13k" than "13a"; and otherwise in the candidates'
// order.
func Closest(s string, candidates []string, n int) []string {
	type scored struct {
		cand      string
		dist, gap int
	}
	want := strings.ToLower(s)
	all := make([]scored, len(candidates))
	for i, c := range candidates {
		lc := strings.ToLower(c)
		all[i] = scored{c, Distance(want, lc), byteGap(want, lc)}
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].dist != all[j].dist {
			return all[i].dist < all[j].dist
		}
		return all[i].gap < all[j].gap
	})
	var out []string
	for i := 0; i < len(all) && i < n; i++ {
		out = append(out, all[i].cand)
	}
	return out
}

// byteGap returns the sum of the differences of the bytes of a and b at each
// position, or, for strings of different lengths, more than any such sum.
func byteGap(a, b string) int {
	if len(a) != len(b) {
		return math.MaxInt
	}
	gap := 0
	for i := 0; i < len(a); i++ {
		d := int(a[i]) - int(b[i])
		if d < 0 {
			d = -d
		}
		gap += d
	}
	return gap
}

// UnknownIDMessage is the message of the unknown-ID errors of packages norms
// and declarations: `unknown norm ID "UNGGE2015/13l"; the closest known IDs
// are UNGGE2015/13k, ...`, what naming the kind of ID. An id longer than
// 64 bytes is quoted by its first 40 bytes or so and its length:
// `unknown norm ID "UNGGE2015/13l…" (1048576 bytes)`.
func UnknownIDMessage[T ~string](what, id string, closest []T) string {
	var msg string
	if len(id) > 64 {
		head := id[:40]
		for len(head) > 0 && !utf8.RuneStart(id[len(head)]) {
			head = head[:len(head)-1]
		}
		msg = "unknown " + what + " ID " + strconv.Quote(head+"…") + " (" + strconv.Itoa(len(id)) + " bytes)"
	} else {
		msg = "unknown " + what + " ID " + strconv.Quote(id)
	}
	for i, c := range closest {
		if i == 0 {
			msg += "; the closest known IDs are "
		} else {
			msg += ", "
		}
		msg += string(c)
	}
	return msg
}

// ClosestIDs returns the at most three known IDs closest to id (see
// [Closest]), as the unknown-ID errors list them.
func ClosestIDs[T ~string](id string, known []string) []T {
	var out []T
	for _, c := range Closest(id, known, 3) {
		out = append(out, T(c))
	}
	return out
}

// LocalID turns a label into the item part of an ID: "13(f)" becomes "13f":
// lower case, without parentheses or spaces. It is the one rule by which
// the generator makes IDs and the runtime reads them.
func LocalID(label string) string { return string(AppendLocalID(make([]byte, 0, len(label)), label)) }

// AppendLocalID appends [LocalID] of label to b, without allocating.
func AppendLocalID(b []byte, label string) []byte {
	for i := 0; i < len(label); i++ {
		switch c := label[i]; {
		case c == '(' || c == ')' || c == ' ':
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		default:
			b = append(b, c)
		}
	}
	return b
}

// FormatDate formats a date that may be known only in part as the field
// writes it, in the language lang ("fr" for French month names, English
// otherwise): "11 April 2017", "April 2017", "2017", "12 novembre 2018", or
// "" when the year is 0. A month of 0 means the month is not known, a day of
// 0 the day; a month out of range prints as "Month(13)", as the
// enumerations of the corpus print one. It is the one date format of the
// generator and the runtime.
func FormatDate(lang string, year, month, day int) string {
	switch {
	case year == 0:
		return ""
	case month == 0:
		return strconv.Itoa(year)
	}
	name := MonthName(lang, month)
	if day == 0 {
		return name + " " + strconv.Itoa(year)
	}
	return strconv.Itoa(day) + " " + name + " " + strconv.Itoa(year)
}

// MonthName returns the name of month 1 to 12 in the language lang ("fr",
// or English), or "Month(n)" for a number out of range.
func MonthName(lang string, month int) string {
	if month < 1 || month > 12 {
		return "Month(" + strconv.Itoa(month) + ")"
	}
	if lang == "fr" {
		return frMonths[month]
	}
	return months[month]
}

var (
	months   = [...]string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	frMonths = [...]string{"", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
)

// MarshalID is the MarshalText of the ID types of packages norms and
// declarations: the ID as itself, or, for an ID that is not empty and that
// known does not know, the error unknown builds.
func MarshalID[T ~string](id T, known func(string) bool, unknown func(T) error) ([]byte, error) {
	if id != "" && !known(string(id)) {
		return nil, unknown(id)
	}
	return []byte(id), nil
}

// UnmarshalID is the UnmarshalText of the same types: the text as an ID, or
// the error unknown builds for a text that is not empty and not known.
func UnmarshalID[T ~string](text []byte, known func(string) bool, unknown func(T) error) (T, error) {
	id := T(text)
	if id != "" && !known(string(id)) {
		return "", unknown(id)
	}
	return id, nil
}

// EnumName is the one String method of the corpus's enumerations: the name
// of value i in names, or "Type(i)" for a value without one, as typ names
// the type.
func EnumName(typ string, names []string, i int) string {
	if i >= 0 && i < len(names) && names[i] != "" {
		return names[i]
	}
	return typ + "(" + strconv.Itoa(i) + ")"
}
