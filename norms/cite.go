package norms

import (
	"strconv"
	"strings"

	"github.com/cybernorms/cybernorms/internal/cite"
	"github.com/cybernorms/cybernorms/internal/words"
)

// A Style is a form of citation; see [Norm.Cite].
type Style uint8

// The citation styles.
const (
	// Short is the concise citation: "UN GGE 2015, norm 13(f)".
	Short Style = iota
	// Formal is the formal reference of the source with the item's place in
	// it, in the style UN documents are cited: "Report of the Group of
	// Governmental Experts on Developments in the Field of Information and
	// Telecommunications in the Context of International Security, UN Doc.
	// A/70/174 (22 July 2015), para. 13(f)". A document without a UN symbol
	// is cited by body, title, place and date: "G7 Foreign Ministers, G7
	// Declaration on Responsible States Behavior in Cyberspace (Lucca, Italy,
	// 11 April 2017), norm 6".
	Formal
	// URL is the address where the source is published, or "" where the
	// sources name none.
	URL
	// BibTeX is a BibTeX entry for the source document, keyed by its ID and
	// preceded by a comment line that gives the pinpoint to cite the item
	// with, as in \cite[para.~13(f)]{UNGGE2015}.
	BibTeX
)

var styleNames = [...]string{Short: "short", Formal: "formal", URL: "url", BibTeX: "bibtex"}

// String returns the style's name: "short", "formal", "url" or "bibtex".
func (s Style) String() string {
	return words.EnumName("Style", styleNames[:], int(s))
}

// ParseStyle returns the style with the given name, as [Style.String]
// writes it, in any case.
func ParseStyle(name string) (Style, error) {
	for i, n := range styleNames {
		if strings.EqualFold(n, name) {
			return Style(i), nil
		}
	}
	return 0, &styleError{name}
}

type styleError struct{ name string }

func (e *styleError) Error() string {
	return "unknown citation style " + strconv.Quote(e.name) + "; the styles are " + strings.Join(styleNames[:], ", ")
}

// Cite returns a citation of the norm in the given style. See [Style] for the
// forms.
func (n Norm) Cite(style Style) string {
	if n.n == nil {
		return ""
	}
	doc := cite.Lookup(n.Document())
	if doc == nil {
		return n.String()
	}
	d, _ := doc.In(n.n.lang) // a language version is cited in its language
	switch style {
	case Formal:
		return d.Formal() + ", " + d.Locator(n.n.label)
	case URL:
		return d.URL
	case BibTeX:
		return d.PinnedBibTeX(n.String(), d.Locator(n.n.label))
	}
	return n.String()
}
