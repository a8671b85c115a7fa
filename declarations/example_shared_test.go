package declarations_test

import (
	"fmt"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// Find where the Toronto 2018 chair's report takes up the wording of other
// documents: its fifth paragraph repeats the Lucca Declaration's words on
// human rights online, and shares some of them with the Paris Call.
func ExampleParagraph_SharedWording() {
	p := declarations.Toronto2018.Paragraph(5)
	for s := range p.SharedWording() {
		with := s.With.Paragraph
		fmt.Printf("%d words with %s, paragraph %d: %q\n", s.Words, with.Document().ID(), with.Position(), s.Text)
	}
	// Output:
	// 14 words with Lucca2017, paragraph 14: "that the same rights that people have offline must also be protected online and"
	// 14 words with ParisCall2018, paragraph 4: "that the same rights that people have offline must also be protected online and"
	// 9 words with ParisCall2018, paragraph 4: "the applicability of international human rights law in cyberspace"
	// 19 words with Lucca2017, paragraph 14: "the applicability of international human rights law in cyberspace, including the UN Charter, customary international law and relevant treaties"
}

// List every run of wording that three or more documents share, once, with
// the documents that hold it.
func ExampleSharedRuns() {
	for r := range declarations.SharedRuns() {
		if r.Len() < 3 {
			continue
		}
		fmt.Printf("%q:", r.Text())
		for p := range r.Passages() {
			fmt.Printf(" %s", p.Paragraph.Document().ID())
		}
		fmt.Println()
	}
	// Output:
	// "and promoting an open, secure, stable, accessible and peaceful": ASEAN2018 Dinard2019 Lucca2017
	// "promoting an open, secure, stable, accessible and peaceful": ASEAN2018 Dinard2019 Dinard2019 Lucca2017
	// "in the Field of Information and Telecommunications in the Context of International Security": Dinard2019 Lucca2017 Toronto2018
	// "all states to be guided in their use of": Dinard2019 Lucca2017 Toronto2018
	// "voluntary, non-binding norms of responsible State behavior": Dinard2019 Dinard2019 Lucca2017 Lucca2017 Toronto2018
	// "voluntary, non-binding norms of responsible state behavior in cyberspace": Dinard2019 Lucca2017 Toronto2018
	// "ICT-enabled theft of intellectual property, including trade secrets or other confidential business information, with the intent of providing competitive advantages to companies or commercial": G20Antalya2015 Lucca2017 ParisCall2018
	// "impairs the use and operation of critical infrastructure": Lucca2017 Lucca2017 UNGGE2015
	// "the promotion of voluntary, non-binding norms of responsible State behavior": Lucca2017 Lucca2017 Toronto2018
	// "that the same rights that people have offline must also be protected online and": Lucca2017 ParisCall2018 Toronto2018
	// "the applicability of international human rights law in cyberspace": Lucca2017 ParisCall2018 Toronto2018
	// "to prevent the proliferation of malicious ICT tools and": Lucca2017 ParisCall2018 UNGGE2015
}

// The wording a norm shares with other documents: the Paris Call's
// principle on intellectual property takes up the G20 norm's words, which
// the Lucca Declaration restates whole.
func ExampleNormSharedWording() {
	for s := range declarations.NormSharedWording(norms.ParisCall2018[norms.N4]) {
		n, _ := s.With.Paragraph.Norm()
		fmt.Printf("%d words with %s: %.40s...\n", s.Words, n.ID(), s.With.Text())
	}
	// Output:
	// 25 words with G20Antalya2015/26: ICT-enabled theft of intellectual proper...
	// 25 words with Lucca2017/12: ICT-enabled theft of intellectual proper...
}
