package norms_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/cybernorms/cybernorms/norms"
)

// Cite a norm by its letter and print its citation and text.
func Example() {
	n := norms.UNGGE2015[norms.F]
	fmt.Println(n)
	fmt.Println(n.ID())
	fmt.Println(n.Text())
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
	r, _ := n.Restates()
	fmt.Println(n, "restates", r)
	// Output:
	// G7 Lucca 2017, norm 6 restates UN GGE 2015, norm 13(f)
}

// Walk a list in source order.
func ExampleList_Norms() {
	for n := range norms.Dinard2019[norms.N1].List().Norms() {
		fmt.Printf("%s: %s\n", n.Label(), n.Editorial().Title)
	}
	// Output:
	// 1: Encourage voluntary exchange of information on the steps taken to implement the norms and recommendations
	// 2: Share the best practices and lessons learned with states and other stakeholders
	// 3: Engage with other states to include them in peer-learning, cooperative, transparency and confidence-building efforts
	// 4: Cooperate to help build partners' capability to implement the norms and recommendations
}

// Turn the citations people write into norms.
func ExampleParse() {
	for _, s := range []string{
		"A/70/174, para. 13(f)",
		"Lucca Declaration, norm 6",
		"GGE norm (k)",
		"Paris 2019 commitment 12",
		"SEC Form 13(f)",
	} {
		n, err := norms.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(n.ID())
	}
	// Output:
	// UNGGE2015/13f
	// Lucca2017/6
	// UNGGE2015/13k
	// Paris2019/12
	// cannot parse citation "SEC Form 13(f)": "SEC Form" is not part of any citation of the corpus
}

// Cite a norm in each style.
func ExampleNorm_Cite() {
	n := norms.UNGGE2015[norms.F]
	fmt.Println(n.Cite(norms.Short))
	fmt.Println(n.Cite(norms.Formal))
	fmt.Println(norms.Lucca2017[norms.N6].Cite(norms.Formal))
	fmt.Println(norms.Lucca2017[norms.N6].Cite(norms.URL))
	fmt.Println(norms.ParisCall2018[3]) // the Call prints its principles as bullets: the number is supplied
	// Output:
	// UN GGE 2015, norm 13(f)
	// Report of the Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security, UN Doc. A/70/174 (22 July 2015), para. 13(f)
	// G7 Foreign Ministers, G7 Declaration on Responsible States Behavior in Cyberspace (Lucca, Italy, 11 April 2017), norm 6
	// http://g7.utoronto.ca/foreign/170411-cyberspace.html
	// Paris Call, principle [4]
}

// Iterate over every norm of the corpus.
func ExampleAll() {
	count := map[norms.Kind]int{}
	for n := range norms.All() {
		count[n.Kind()]++
	}
	fmt.Println(count[norms.KindNorm], "norms and", count[norms.KindCommitment], "commitments")
	// Output:
	// 25 norms and 20 commitments
}

// Store norms in JSON by their IDs, and read them back.
func ExampleNorm_MarshalText() {
	type incident struct {
		Name     string       `json:"name"`
		Breaches []norms.Norm `json:"breaches"`
	}
	data, _ := json.Marshal(incident{"NotPetya", []norms.Norm{norms.UNGGE2015[norms.F], norms.UNGGE2015[norms.C]}})
	fmt.Println(string(data))

	var back incident
	err := json.Unmarshal([]byte(`{"name": "X", "breaches": ["UNGGE2015/13l"]}`), &back)
	fmt.Println(err)
	// Output:
	// {"name":"NotPetya","breaches":["UNGGE2015/13f","UNGGE2015/13c"]}
	// unknown norm ID "UNGGE2015/13l"; the closest known IDs are UNGGE2015/13k, UNGGE2015/13j, UNGGE2015/13i
}

// A citation that names nothing is a *ParseError, which says which part was
// not understood.
func ExampleParseError() {
	for _, c := range []string{"UN GGE norm 13(l)", "SEC Form 13(f)"} {
		_, err := norms.Parse(c)
		var pe *norms.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("%q: %s\n", pe.Part, pe.Msg)
		}
	}
	// Output:
	// "13(l)": UN GGE 2015 has no norm 13(l); its norms are 13(a) to 13(k)
	// "SEC Form": "SEC Form" is not part of any citation of the corpus
}

// Reading an unknown ID, from JSON or a database, fails with the closest
// known IDs.
func ExampleID_UnmarshalText() {
	var row struct{ Norm norms.ID }
	err := json.Unmarshal([]byte(`{"Norm": "UNGGE2015/13l"}`), &row)
	fmt.Println(err)
	// Output:
	// unknown norm ID "UNGGE2015/13l"; the closest known IDs are UNGGE2015/13k, UNGGE2015/13j, UNGGE2015/13i
}

// Follow a norm to the items that restate it.
func ExampleNorm_RestatedBy() {
	for r := range norms.UNGGE2015[norms.F].RestatedBy() {
		fmt.Println(r, "restates", norms.UNGGE2015[norms.F])
	}
	// Output:
	// G7 Lucca 2017, norm 6 restates UN GGE 2015, norm 13(f)
}

// Every list of the corpus: its document, the kind of its items and how
// many there are.
func ExampleLists() {
	for l := range norms.Lists() {
		fmt.Printf("%-16s %-10s %2d\n", l.Document(), l.Kind(), l.Len())
	}
	// Output:
	// Dinard2019       commitment  4
	// G20Antalya2015   norm        1
	// GCSC2017         norm        1
	// Lucca2017        norm       12
	// Paris2019        commitment 16
	// ParisCall2018    principle   9
	// UNGGE2015        norm       11
}

// Index a numbered list with the Number constants, so that the index reads as
// the item it selects.
func ExampleNumber() {
	n := norms.Lucca2017[norms.N6]
	fmt.Println(n)
	// Output:
	// G7 Lucca 2017, norm 6
}

// Nothing done with a value changes the corpus: a Norm is read through its
// methods, and reassigning an element of an exported list changes only that
// variable, never what Lookup, Parse or any other function answers.
func ExampleNorm_readOnly() {
	saved := norms.UNGGE2015[norms.F]
	norms.UNGGE2015[norms.F] = norms.UNGGE2015[norms.A] // a careless write
	n, _ := norms.Lookup("UNGGE2015/13f")
	fmt.Println(n.Label())
	norms.UNGGE2015[norms.F] = saved
	// Output:
	// 13(f)
}
