package norms_test

import (
	"fmt"

	"github.com/cybernorms/cybernorms/norms"
)

// What every list of the corpus says about one theme: the cross-walk's row
// for critical infrastructure.
func ExampleByTheme() {
	for n := range norms.ByTheme(norms.ThemeCriticalInfrastructure) {
		words, _ := n.ThemeWords(norms.ThemeCriticalInfrastructure)
		fmt.Printf("%s: %q\n", n.ID(), words)
	}
	// Output:
	// Lucca2017/6: "intentionally damages critical infrastructure or otherwise impairs the use and operation of critical infrastructure to provide services to the public"
	// Lucca2017/7: "take appropriate measures to protect their critical infrastructure from ICT threats"
	// Lucca2017/8: "whose critical infrastructure is subject to malicious ICT acts"
	// ParisCall2018/1: "malicious cyber activities that threaten or cause significant, indiscriminate or systemic harm to individuals and critical infrastructure"
	// UNGGE2015/13f: "intentionally damages critical infrastructure or otherwise impairs the use and operation of critical infrastructure to provide services to the public"
	// UNGGE2015/13g: "take appropriate measures to protect their critical infrastructure from ICT threats"
	// UNGGE2015/13h: "whose critical infrastructure is subject to malicious ICT acts"
}

// A norm's themes, each with the words of the norm that justify it. The
// themes are the maintainers', not the document's.
func ExampleNorm_Themes() {
	n := norms.UNGGE2015[norms.I]
	for th := range n.Themes() {
		words, _ := n.ThemeWords(th)
		fmt.Printf("%s (%s): %q\n", th, th.ID(), words)
	}
	// Output:
	// Supply chain and product security (supply-chain): "ensure the integrity of the supply chain so that end users can have confidence in the security of ICT products"
	// Proliferation of malicious tools (proliferation): "prevent the proliferation of malicious ICT tools and techniques and the use of harmful hidden functions"
}

// The vocabulary, with how many norms each theme has.
func ExampleThemes() {
	for th := range norms.Themes() {
		n := 0
		for range norms.ByTheme(th) {
			n++
		}
		fmt.Printf("%-28s %2d\n", th.ID(), n)
	}
	// Output:
	// international-law-and-norms   3
	// cooperation                   9
	// confidence-building           2
	// capacity-building             3
	// attribution                   2
	// due-diligence                 4
	// critical-infrastructure       7
	// public-core                   2
	// emergency-response-teams      2
	// supply-chain                  3
	// vulnerabilities               2
	// proliferation                 3
	// cyber-hygiene                 1
	// hacking-back                  1
	// elections                     1
	// human-rights                  7
	// intellectual-property         3
	// cybercrime                    3
	// terrorist-use                12
	// electronic-evidence           5
}

// Read a theme as people write it, by its ID or its name; store its ID.
func ExampleParseTheme() {
	th, err := norms.ParseTheme("supply chain")
	fmt.Println(th.ID(), err)
	th, err = norms.ParseTheme("Human rights and privacy")
	fmt.Println(th.ID(), err)
	_, err = norms.ParseTheme("suply-chain")
	fmt.Println(err)
	// Output:
	// supply-chain <nil>
	// human-rights <nil>
	// unknown theme "suply-chain"; the closest themes are supply-chain, public-core, proliferation
}

// A theme's definition is the maintainers', one sentence.
func ExampleTheme_Definition() {
	fmt.Println(norms.ThemeHackingBack.Name())
	fmt.Println(norms.ThemeHackingBack.Definition())
	// Output:
	// Hacking back by non-State actors
	// Offensive action that companies and other non-State actors take on their own against those who attacked them, which States are to prevent.
}
