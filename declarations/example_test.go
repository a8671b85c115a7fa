package declarations_test

import (
	"fmt"

	"github.com/cybernorms/cybernorms/declarations"
)

// Read a document paragraph by paragraph.
func Example() {
	d := declarations.Toronto2018
	fmt.Println(d.Title())
	fmt.Println(d.Place(), d.Date())
	for pos := 1; pos <= 2; pos++ {
		p := d.Paragraph(pos)
		fmt.Printf("%s. %.60s...\n", p.Label(), p.Text())
	}
	// Output:
	// Chair's Report of the Meeting of the G7 Ise-Shima Cyber Group
	// Toronto, Canada 23 April 2018
	// 1. All G7 partners reiterated their shared vision of an accessi...
	// 2. The group noted that threats to the accessible, open, intero...
}

// See where a text was read, how complete it is, and what was corrected.
func ExampleProvenance() {
	p := declarations.Lucca2017.Provenance()
	fmt.Println(p.Extent)
	for _, c := range p.Corrections {
		fmt.Printf("%q -> %q\n", c.Original, c.Corrected)
	}
	// Output:
	// full text
	// "- States should not knowingly allow" -> "- 3. States should not knowingly allow"
	// "A State should\n\n\n\n- not use authorized" -> "A State should not use authorized"
}

// Follow a document's links to the documents it names.
func ExampleLink() {
	for l := range declarations.Toronto2018.Links() {
		target, _ := declarations.Lookup(l.Target)
		fmt.Printf("para. %s %s %s\n", declarations.Toronto2018.Paragraph(l.Paragraph).Label(), l.Rel, target)
	}
	// Output:
	// para. 4 reaffirms Budapest Convention
	// para. 7 reaffirms UN GGE 2010
	// para. 7 reaffirms UN GGE 2013
	// para. 7 reaffirms UN GGE 2015
	// para. 8 recalls G7 Lucca 2017
}
