package norms

import (
	"iter"
	"strconv"
	"strings"

	"github.com/cybernorms/cybernorms/internal/words"
)

// A Theme is what a norm is about, as the cybernorms maintainers group the
// norms across documents: critical infrastructure, the supply chain, human
// rights and privacy ... It is the cross-walk's axis: [ByTheme] gives what
// every list of the corpus says about a theme, and [Norm.Themes] the themes
// of one norm.
//
// Themes are editorial: the vocabulary, its definitions and the themes given
// to each norm are the maintainers' work, in their words, never text of the
// documents. Each theme given to a norm comes with the words of the norm
// that justify it ([Norm.ThemeWords]), which the generator checks are words
// of the norm's text.
//
// The constants [ThemeInternationalLawAndNorms] ... [ThemeElectronicEvidence]
// are the vocabulary, in the order of [Themes]; each one's documentation
// defines it and names its norms. A theme's [Theme.ID]
// ("critical-infrastructure") is what to store: it never changes meaning and
// is never reused, and a Theme marshals as text to it. The zero Theme is no
// theme.
type Theme uint8

// A themeData is the data of a Theme: its ID, name and definition.
type themeData struct{ id, name, definition string }

// A themeSpan is where a run of entries begins in a table of the themes,
// and how many there are.
type themeSpan struct{ start, n uint32 }

// data returns the theme's data, or the zero theme's.
func (t Theme) data() *themeData {
	if int(t) < len(themes) {
		return &themes[t]
	}
	return &themes[0]
}

// ID returns the theme's stable identifier, such as "critical-infrastructure",
// or "" for a value that is not a theme. Like the theme, it is editorial.
func (t Theme) ID() string { return t.data().id }

// Name returns the theme's name, such as "Critical infrastructure". It is
// editorial.
func (t Theme) Name() string { return t.data().name }

// Definition returns the maintainers' one-sentence definition of the theme.
// It is editorial.
func (t Theme) Definition() string { return t.data().definition }

// String returns the theme's name, or "Theme(n)" for a value that is not a
// theme.
func (t Theme) String() string {
	if n := t.data().name; n != "" {
		return n
	}
	return words.EnumName("Theme", nil, int(t))
}

// IsZero reports whether t is the zero Theme, or any value that is no theme
// of the vocabulary.
func (t Theme) IsZero() bool { return t.data().id == "" }

// MarshalText implements [encoding.TextMarshaler]: a theme is stored as its
// ID, "critical-infrastructure". The zero Theme marshals as the empty
// string; a value that is no theme fails.
func (t Theme) MarshalText() ([]byte, error) {
	if t != 0 && t.IsZero() {
		return nil, &UnknownThemeError{Theme: t.String()}
	}
	return []byte(t.ID()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]: it sets t to the
// theme with the given ID, or to the zero Theme for the empty string; any
// other text fails with an [*UnknownThemeError] that names the closest
// theme IDs.
func (t *Theme) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*t = 0
		return nil
	}
	v, ok := LookupTheme(string(text))
	if !ok {
		return unknownTheme(string(text))
	}
	*t = v
	return nil
}

// LookupTheme returns the theme with the given ID ("critical-infrastructure"),
// and whether there is one. It does not allocate.
func LookupTheme(id string) (Theme, bool) {
	for i := 1; i < len(themes); i++ {
		if themes[i].id == id {
			return Theme(i), true
		}
	}
	return 0, false
}

// ParseTheme returns the theme a person names: by its ID
// ("critical-infrastructure") or its name ("Critical infrastructure"), in
// any case, with spaces or hyphens between the words. Any other text fails
// with an [*UnknownThemeError] that names the closest theme IDs.
func ParseTheme(s string) (Theme, error) {
	want := themeKey(s)
	for i := 1; i < len(themes); i++ {
		if themeKey(themes[i].id) == want || themeKey(themes[i].name) == want {
			return Theme(i), nil
		}
	}
	return 0, unknownTheme(s)
}

// themeKey folds a theme's ID or name for ParseTheme: lower case, words of
// letters and digits joined by single spaces.
func themeKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if r == '-' || r == ' ' || r == '_' {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// An UnknownThemeError reports a text that names no theme.
type UnknownThemeError struct {
	// Theme is the text that was given.
	Theme string
	// Closest are the theme IDs closest to it, at most three, closest
	// first.
	Closest []string
}

// Error returns the message: the unknown theme and the closest known ones.
func (e *UnknownThemeError) Error() string {
	msg := "unknown theme " + strconv.Quote(e.Theme)
	if len(e.Closest) > 0 {
		msg += "; the closest themes are " + strings.Join(e.Closest, ", ")
	}
	return msg
}

// unknownTheme builds the error for a text that names no theme.
func unknownTheme(s string) error {
	var ids []string
	for t := range Themes() {
		ids = append(ids, t.ID())
	}
	return &UnknownThemeError{Theme: s, Closest: words.Closest(themeKeyID(s), ids, 3)}
}

// themeKeyID writes a text as a theme ID would be: "Supply chain" as
// "supply-chain".
func themeKeyID(s string) string { return strings.ReplaceAll(themeKey(s), " ", "-") }

// Themes returns the vocabulary of themes, in the maintainers' order (the
// order of the constants). The vocabulary is editorial: see [Theme].
func Themes() iter.Seq[Theme] {
	return func(yield func(Theme) bool) {
		for i := 1; i < len(themes); i++ {
			if !yield(Theme(i)) {
				return
			}
		}
	}
}

// ByTheme returns the norms the maintainers give the theme, across every
// list, in the order of [All]: what the UN GGE, the G7, the G20 and the
// Paris Call each say about it. Which norms have a theme is editorial (see
// [Theme]); [Norm.ThemeWords] gives the words of each that justify it. It
// yields the version of each norm in its document's first language, and
// nothing for a value that is no theme.
func ByTheme(t Theme) iter.Seq[Norm] {
	return func(yield func(Norm) bool) {
		if int(t) >= len(themeSpans) {
			return
		}
		s := themeSpans[t]
		for _, n := range themeNorms[s.start:][:s.n] {
			if !yield(Norm{n}) {
				return
			}
		}
	}
}

// Themes returns the themes the maintainers give the norm, one to three, in
// the order they list them (the main one first). They are editorial: see
// [Theme]. A norm that restates another has its themes; the language
// versions of a norm share them.
func (n Norm) Themes() iter.Seq[Theme] {
	return func(yield func(Theme) bool) {
		for k := range maxNormThemes {
			t, _, _ := n.themeAt(k)
			if t == 0 || !yield(t) {
				return
			}
		}
	}
}

// ThemeWords returns the words of the norm that justify giving it the theme,
// and whether the norm has the theme. The words are the norm's own,
// verbatim, from its text in its document's first language, which the
// generator checks them against: a language version gives the words of the
// first language's text (principle 7 of the Paris Call in French gives
// English words).
func (n Norm) ThemeWords(t Theme) (string, bool) {
	for k := range maxNormThemes {
		th, start, end := n.themeAt(k)
		if th == 0 {
			break
		}
		if th == t {
			return n.firstText()[start:end], true
		}
	}
	return "", false
}

// maxNormThemes is the most themes a norm has; themeRecord is the size of a
// norm's record in normThemes: maxNormThemes entries of a Theme (1 byte)
// and the start and end of its words (4 bytes each, little-endian), then a
// byte of padding.
const (
	maxNormThemes = 3
	themeRecord   = maxNormThemes*9 + 1
)

// themeAt returns entry k of the norm's themes in normThemes: the theme (0
// for none) and where its words are in the text of the norm in its
// document's first language.
func (n Norm) themeAt(k int) (Theme, uint32, uint32) {
	if n.n == nil {
		return 0, 0, 0
	}
	e := normThemes[int(n.n.num)*themeRecord+k*9:][:9]
	return Theme(e[0]), le32(e[1:]), le32(e[5:])
}

// firstText returns the text of the norm in its document's first language.
func (n Norm) firstText() string {
	for v := range n.Versions() {
		return v.n.text
	}
	return ""
}

func le32(s string) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
