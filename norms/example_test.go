package norms_test

import (
	"fmt"

	"github.com/cybernorms/cybernorms/norms"
)

// Cite a norm by its letter and print its citation and text.
func Example() {
	n := norms.UNGGE2015[norms.F]
	fmt.Println(n)
	fmt.Println(n.ID)
	fmt.Println(n.Text)
	// Output:
	// UN GGE 2015, norm 13(f)
	// UNGGE2015/13f
	// A State should not conduct or knowingly support ICT activity contrary to its obligations under international law that intentionally damages critical infrastructure or otherwise impairs the use and operation of critical infrastructure to provide services to the public;
}

// Turn a stored ID back into a norm.
func ExampleLookup() {
	n, ok := norms.Lookup("Lucca2017/6")
	if !ok {
		fmt.Println("unknown norm")
		return
	}
	fmt.Println(n, "restates", n.Restates)
	// Output:
	// G7 Lucca 2017, norm 6 restates UN GGE 2015, norm 13(f)
}

// Walk a list in source order.
func ExampleSet_Norms() {
	for _, n := range norms.Dinard2019[0].Set().Norms() {
		fmt.Printf("%s: %s\n", n.Label, n.Editorial.Title)
	}
	// Output:
	// 1: Exchange information on implementing the norms
	// 2: Share best practices and lessons learned
	// 3: Bring other states into confidence-building
	// 4: Help partners build capability
}
