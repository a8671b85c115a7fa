package declarations_test

import (
	"fmt"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// A hit gives its paragraph, its document and the norm the paragraph
// states as values, and a citation of either.
func ExampleHit_NormValue() {
	hits, err := declarations.Search("Budapest cybercrime")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, h := range hits {
		fmt.Print(h.Document().ID(), ", paragraph ", h.Paragraph.Position())
		if n, ok := h.NormValue(); ok {
			fmt.Printf(": %s (%s)", h.Cite(norms.Short), n.ID())
		}
		fmt.Println()
	}
	// Output:
	// Paris2019, paragraph 16: G7 Paris 2019, commitment 15 (Paris2019/15)
	// ParisCall2018, paragraph 8
	// Toronto2018, paragraph 4
}

// A citation written as a constant in the program: MustParse panics, with
// the parse error, when it names nothing (normvet reports it at vet time).
func ExampleMustParse() {
	d, p := declarations.MustParse("Toronto 2018 chair's report, para. 7")
	fmt.Println(d.ID(), p.Label())

	defer func() { fmt.Println("panic:", recover()) }()
	declarations.MustParse("Toronto 2018 chair's report, para. 13")
	// Output:
	// Toronto2018 7
	// panic: cannot parse citation "Toronto 2018 chair's report, para. 13": G7 Toronto 2018 Chair's Report has no paragraph 13; its labels are 1 to 12
}

// The document of a norm, and the paragraph that states it, one call away.
func ExampleOf() {
	n := norms.UNGGE2015[norms.F]
	d := declarations.Of(n)
	fmt.Println(d.ID(), d.Symbol(), d.Date())
	fmt.Println(declarations.ParagraphOf(n).Label())

	fr, _ := norms.ParisCall2018[norms.N2].In("fr")
	fmt.Println(declarations.Of(fr).Title())
	// Output:
	// UNGGE2015 A/70/174 22 July 2015
	// 13(f)
	// Appel de Paris pour la confiance et la sécurité dans le cyberespace
}
