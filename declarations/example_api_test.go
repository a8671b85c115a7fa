package declarations_test

import (
	"fmt"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// Turn a citation into a document and a paragraph.
func ExampleParse() {
	d, p, err := declarations.Parse("Toronto 2018 chair's report, para. 7")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.ID(), p.Label())
	fmt.Printf("%.58s...\n", p.Text())
	// Output:
	// Toronto2018 7
	// Partners expressed regret that the most recent United Nati...
}

// Cite a document, and one of its paragraphs.
func ExampleDeclaration_Cite() {
	d := declarations.Lucca2017
	fmt.Println(d.Cite(norms.Short))
	fmt.Println(d.Cite(norms.Formal))
	fmt.Println(declarations.Toronto2018.Paragraph(8).Cite(norms.Short))
	// Output:
	// G7 Lucca 2017
	// G7 Foreign Ministers, G7 Declaration on Responsible States Behavior in Cyberspace (Lucca, Italy, 11 April 2017)
	// G7 Toronto 2018 Chair's Report, para. 8
}

// Find the documents and items that take up a UN GGE norm.
func ExampleNormLinks() {
	for b := range declarations.NormLinks(norms.UNGGE2015[norms.F]) {
		from, _ := declarations.Lookup(b.From)
		if b.Norm != "" {
			fmt.Println(from, b.Rel, "it as", b.Norm)
		} else {
			fmt.Println(from, b.Rel, "the report")
		}
	}
	// Output:
	// G7 Lucca 2017 restates it as Lucca2017/6
	// G7 Dinard 2019 recalls the report
	// UNGA resolution 70/237 endorses the report
	// G7 Lucca 2017 restates the report
	// Paris Call builds on the report
	// G7 Toronto 2018 Chair's Report reaffirms the report
}

// List the documents the corpus holds text of.
func ExampleAll() {
	for d := range declarations.All() {
		if ext := d.Provenance().Extent; ext != declarations.MetadataOnly {
			fmt.Printf("%-23s %-9s %2d paragraphs\n", d.ID(), ext, d.NumParagraphs())
		}
	}
	// Output:
	// ASEAN2018               excerpt    8 paragraphs
	// Charlevoix2018          excerpt    5 paragraphs
	// CharterOfTrust2018      excerpt    7 paragraphs
	// Dinard2019              full text  9 paragraphs
	// FundamentalElements2016 excerpt    6 paragraphs
	// G20Antalya2015          excerpt    1 paragraphs
	// GCSC2017                excerpt    7 paragraphs
	// IseShima2016            excerpt   14 paragraphs
	// Lucca2017               full text 34 paragraphs
	// OEWG2021                excerpt    5 paragraphs
	// Paris2019               excerpt   18 paragraphs
	// ParisCall2018           full text 25 paragraphs
	// Toronto2018             full text 12 paragraphs
	// UNGGE2015               excerpt   12 paragraphs
}

// Cite one paragraph of a document, short and formal.
func ExampleParagraph_Cite() {
	p := declarations.Toronto2018.Paragraph(7)
	fmt.Println(p.Cite(norms.Short))
	fmt.Println(p.Cite(norms.Formal))
	// Output:
	// G7 Toronto 2018 Chair's Report, para. 7
	// Chair's Report of the Meeting of the G7 Ise-Shima Cyber Group (Toronto, Canada, 23 April 2018), para. 7
}

// The documents that link to the Lucca Declaration, and how.
func ExampleDeclaration_Backlinks() {
	for l := range declarations.Lucca2017.Backlinks() {
		fmt.Println(l.From, l.Rel, "Lucca2017")
	}
	// Output:
	// Lucca2017Communique cites Lucca2017
	// Taormina2017 endorses Lucca2017
	// Toronto2018 recalls Lucca2017
}
