package declarations_test

import (
	"fmt"
	"log"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// Search for the texts that name the Budapest Convention. Each hit gives the
// document, the paragraph, the norm it states, if any, and a snippet with the
// matches in bold.
func ExampleSearch() {
	hits, err := declarations.Search(`"Budapest Convention"`)
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range hits {
		if n, ok := norms.Lookup(h.Norm); ok {
			fmt.Println(n)
		} else {
			fmt.Println(h.Paragraph.Cite(norms.Short))
		}
		fmt.Println(h.Highlight("**", "**"))
	}
	// Output:
	// G7 Paris 2019, commitment 15
	// … legal cooperation to address the evolution of cloud storage, through consideration of a Second Additional Protocol to the **Budapest Convention** on Cybercrime;
	// Paris Call, paragraph beginning “We recognize that the threat of cyber”
	// … to promote cooperation among all stakeholders, within and across national borders, and that the **Budapest Convention** on Cybercrime is a key tool in this regard.
	// G7 Toronto 2018 Chair's Report, para. 4
	// … group reiterated their shared commitment to the **Budapest Convention** on Cybercrime. They highlighted its continued relevance, evidenced by the diverse and …
}

// A quoted phrase matches its words in sequence; the other terms of a query
// may be anywhere in the paragraph. Here, the norms that ask States to
// protect their critical infrastructure.
func ExampleSearch_phrase() {
	hits, err := declarations.Search(`“critical infrastructure” protect`)
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range hits {
		fmt.Println(h.Paragraph.Cite(norms.Short))
	}
	// Output:
	// G7 Lucca 2017, norm 7
	// Paris Call, paragraph beginning “We condemn malicious cyber activities in peacetime”
	// UN GGE 2015, para. 13(g)
}

// A query with a quotation mark left open is an error.
func ExampleSearch_error() {
	_, err := declarations.Search(`"critical infrastructure`)
	fmt.Println(err)
	// Output:
	// declarations: search query "\"critical infrastructure" has an unclosed quotation mark
}

// [Hit.Matches] are byte ranges of the paragraph's text. A word of the query
// matches the beginning of a word of the text, in any case: "state" matches
// the "State" of "States", and the "state" of "non-state", where the hyphen
// separates words.
func ExampleHit_Text() {
	hits, err := declarations.Search("state proxies undermine")
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range hits {
		fmt.Println(h.Paragraph.Document().ID(), h.Paragraph.Position())
		for _, m := range h.Matches {
			fmt.Printf("%d: %s\n", m[0], h.Text()[m[0]:m[1]])
		}
	}
	// Output:
	// Toronto2018 3
	// 0: State
	// 14: proxies
	// 30: state
	// 96: undermine
	// 306: state
	// 605: state
}
