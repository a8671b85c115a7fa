package cybernorms_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms"
	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// TestPrintedCitationsResolve checks a promise of the package: every citation the
// packages print, in every style, for every norm, every paragraph and every
// document of every language version, resolves back to the same thing, and
// so does every ID that Ref.ID prints.
func TestPrintedCitationsResolve(t *testing.T) {
	check := func(printed string, want cybernorms.Ref) {
		t.Helper()
		got, err := cybernorms.Resolve(printed)
		if err != nil {
			t.Errorf("Resolve(%q): %v", printed, err)
			return
		}
		if got.ID() != want.ID() || got.Document.ID() != want.Document.ID() {
			t.Errorf("Resolve(%q) = %s, want %s", printed, got.ID(), want.ID())
		}
	}
	// checkLang checks, for a citation in the words of a language version,
	// that the version comes back.
	checkLang := func(printed, lang string) {
		t.Helper()
		if got, err := cybernorms.Resolve(printed); err == nil && got.Document.Lang() != lang {
			t.Errorf("Resolve(%q) gives the %s version, want %s", printed, got.Document.Lang(), lang)
		}
	}
	count := 0
	for primary := range norms.All() {
		for n := range primary.Versions() {
			d, _ := declarations.Lookup(declarations.ID(n.Document()))
			d, _ = d.In(n.Lang())
			want := cybernorms.Ref{Document: d, Norm: n}
			for _, s := range []string{n.String(), n.Cite(norms.Formal)} {
				check(s, want)
				checkLang(s, n.Lang())
				count++
			}
		}
		n := primary
		d, _ := declarations.Lookup(declarations.ID(n.Document()))
		want := cybernorms.Ref{Document: d, Norm: n}
		for _, s := range []string{string(n.ID()), n.String(), n.Cite(norms.Short), n.Cite(norms.Formal)} {
			check(s, want)
			count++
		}
		// The BibTeX style's pinpoint line: \cite[para.~13(f)]{UNGGE2015}.
		bib := n.Cite(norms.BibTeX)
		if i, j := strings.Index(bib, `\cite[`), strings.Index(bib, "}\n"); i >= 0 && j > i {
			check(bib[i:j+1], want)
			count++
		}
	}
	for primary := range declarations.All() {
		for d := range primary.Versions() {
			want := cybernorms.Ref{Document: d}
			for _, s := range []string{string(d.ID()), d.String(), d.Cite(norms.Short), d.Cite(norms.Formal)} {
				check(s, want)
				if s != string(d.ID()) {
					checkLang(s, d.Lang())
				}
				count++
			}
			for p := range d.Paragraphs() {
				ref := cybernorms.Ref{Document: d, Paragraph: p}
				if n, ok := p.Norm(); ok {
					ref.Norm = n
				}
				for _, s := range []string{ref.ID(), p.Cite(norms.Short), p.Cite(norms.Formal)} {
					got, err := cybernorms.Resolve(s)
					if err != nil {
						t.Errorf("Resolve(%q): %v", s, err)
						continue
					}
					if got.Document.ID() != d.ID() || got.Paragraph.Position() != p.Position() && got.Norm.IsZero() {
						t.Errorf("Resolve(%q) = %s, want %s", s, got.ID(), ref.ID())
					}
					count++
				}
			}
		}
	}
	t.Logf("%d printed citations resolve back", count)
	if count < 500 {
		t.Errorf("only %d citations checked", count)
	}
}

// TestResolveStrict checks what a careful reader rejects: citations of no
// single thing, and citations that only look like ones, and answers once given wrongly.
func TestResolveStrict(t *testing.T) {
	for _, s := range []string{
		"SEC Form 13(f)",
		"Section 13(f) of the Act",
		"12 CFR § 1026.13(f) and (g)",
		"Fig. 13(f) and (g)",
		"Tallinn Manual rule 1",
		"Ottawa Road Map",
		"LUCCA, 11 APRIL 2017",       // a dateline, not norm 11
		"11 UN Cyber Norms",          // a count, not paragraph 11
		"Lucca Declaration norm 0",   // no label 0
		"Toronto 2018 norm 3",        // Toronto has paragraphs, not norms
		"UN GGE ２０１０ 13(f)",          // only ASCII digits are digits
		"13(é)",                      // a character the grammar does not know
		"UN GGE 2015 norm 13(l)",     // no such norm
		"13(f) and (g)",              // several: ResolveAll
		"names the UN\x11 GGE 13(f)", // a control character
	} {
		r, err := cybernorms.Resolve(s)
		if err == nil {
			t.Errorf("Resolve(%q) = %s, want an error", s, r.ID())
			continue
		}
		if msg := err.Error(); strings.ContainsFunc(msg, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
			t.Errorf("Resolve(%q): the error holds a control character: %q", s, msg)
		}
	}
	rs, err := cybernorms.ResolveAll("13(f) and (g)")
	if err != nil || len(rs) != 2 || rs[0].Norm != norms.UNGGE2015[norms.F] || rs[1].Norm != norms.UNGGE2015[norms.G] {
		t.Errorf("ResolveAll(13(f) and (g)) = %v, %v", rs, err)
	}
}

// TestRead checks the reading of a citation's core amid glosses,
// qualifiers and descriptions, and what it sets aside: strings of the
// shapes real texts write (testdata of internal/cite holds the real ones,
// with their sources).
func TestRead(t *testing.T) {
	for _, c := range []struct {
		in, ids string
		aside   []string
	}{
		{"UN GGE 2015 norm 13(b) — consider all relevant information", "UNGGE2015/13b", []string{"— consider all relevant information"}},
		{"Paris Call, principle 3 (election integrity)", "ParisCall2018/3", []string{"(election integrity)"}},
		{"Norm 13(d), cooperation on terrorist use of ICTs", "UNGGE2015/13d", []string{", cooperation on terrorist use of ICTs"}},
		{"the landmark 2015 report", "UNGGE2015", []string{"landmark"}},
		{"the Lucca Declaration adopted in Lucca on 11 April 2017", "Lucca2017", []string{"adopted"}},
		{"the GGE 2015 norm on supply chain integrity", "UNGGE2015/13i", nil},
		{"the Dinard commitment on sharing best practices", "Dinard2019/2", nil},
		{"the Lucca norm on emergency response teams", "Lucca2017/11", nil},
		// Descriptions in the words of a norm's themes (norms.Theme).
		{"the Paris Call principle on cyber hygiene", "ParisCall2018/7", nil},
		{"the GGE norm on supply chain integrity", "UNGGE2015/13i", nil},
		{"the Paris Call principle on elections", "ParisCall2018/3", nil},
		{"the UN GGE norm on CERTs", "UNGGE2015/13k", nil},
		{"the Dinard commitment on capacity building", "Dinard2019/4", nil},
		{"la Déclaration de Dinard du 6 avril 2019", "Dinard2019", nil},
		{"le troisième principe de l'Appel de Paris", "ParisCall2018/3", nil},
		{"the agreed non-binding norms of the 2015 GGE report", "UNGGE2015/13a UNGGE2015/13b UNGGE2015/13c UNGGE2015/13d UNGGE2015/13e UNGGE2015/13f UNGGE2015/13g UNGGE2015/13h UNGGE2015/13i UNGGE2015/13j UNGGE2015/13k", nil}, // "non-binding" is read as a qualifier
		// A count amid qualifiers, a participle set aside.
		{"the eleven voluntary, non-binding norms contained in the 2015 report of the UN GGE", "UNGGE2015/13a UNGGE2015/13b UNGGE2015/13c UNGGE2015/13d UNGGE2015/13e UNGGE2015/13f UNGGE2015/13g UNGGE2015/13h UNGGE2015/13i UNGGE2015/13j UNGGE2015/13k", []string{"contained"}},
		// A unit before a name is a unit, unless the two words are of one
		// document's name ("G7 Principles and Actions on Cyber").
		{"the nine principles of the Paris Call", "ParisCall2018/1 ParisCall2018/2 ParisCall2018/3 ParisCall2018/4 ParisCall2018/5 ParisCall2018/6 ParisCall2018/7 ParisCall2018/8 ParisCall2018/9", nil},
		{"G7 Principles and Actions on Cyber", "IseShima2016", nil},
		{"A/70/174, para. 13(f)", "UNGGE2015/13f", nil},
	} {
		r, err := cybernorms.Read(c.in)
		if err != nil {
			t.Errorf("Read(%q): %v", c.in, err)
			continue
		}
		var ids, aside []string
		for _, ref := range r.Refs {
			ids = append(ids, ref.ID())
		}
		for _, sp := range r.SetAside {
			if sp.Text != c.in[sp.Start:sp.End] {
				t.Errorf("Read(%q): a span's text %q is not the citation's [%d:%d]", c.in, sp.Text, sp.Start, sp.End)
			}
			aside = append(aside, sp.Text)
		}
		if strings.Join(ids, " ") != c.ids || !slices.Equal(aside, c.aside) {
			t.Errorf("Read(%q) = %v, set aside %q; want %s, set aside %q", c.in, ids, aside, c.ids, c.aside)
		}
	}
	for _, c := range []struct{ in, msg string }{
		{"the G7 summit communiqué", "which year?"},                                     // generic: recurs every year
		{"G20 Leaders' Communiqué", "which year?"},                                      // the same
		{"the G7 Biarritz summit communiqué", "Biarritz"},                               // another summit's
		{"the Taormina Leaders' statement on the fight against terrorism", "statement"}, // another kind of document
		{"Sommet du G20 Antalya 2015", "name a meeting"},
		{"the critical infrastructure norm", "ambiguous"}, // 13(f), (g), (h) and the Lucca items restating them
		{"the GGE critical infrastructure norm", "ambiguous"},
		// Several norms have the theme, and the resolver names them all.
		{"the G7 commitment on terrorist content online", "fits G7 Paris 2019, commitment 4 or G7 Paris 2019, commitment 5 or G7 Paris 2019, commitment 10"},
		{"the GGE 2015 norm on due diligence", "fits UN GGE 2015, norm 13(c) or UN GGE 2015, norm 13(h)"},
		{"SEC Form 13(f)", "SEC"},
		{"13(f) filings", "filings"},
		// Lone common words of any language the corpus holds.
		{"la", "no document named"}, {"le", "no document named"}, {"de", "no document named"},
		{"pour", "no document named"}, {"du", "no document named"}, {"et", ""},
		{"Call", "common word"}, {"Appel", "common word"}, {"cybercrime", "common word"}, {"Principles", ""},
	} {
		r, err := cybernorms.Read(c.in)
		if err == nil {
			t.Errorf("Read(%q) = %v, want an error", c.in, r.Refs)
			continue
		}
		if !strings.Contains(err.Error(), c.msg) {
			t.Errorf("Read(%q): %v; want it to say %q", c.in, err, c.msg)
		}
	}
}

func ExampleRead() {
	r, err := cybernorms.Read("UN GGE 2015 norm 13(b) — consider all relevant information")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Refs[0].ID())
	for _, sp := range r.SetAside {
		fmt.Printf("set aside: %q\n", sp.Text)
	}
	// Output:
	// UNGGE2015/13b
	// set aside: "— consider all relevant information"
}

func ExampleResolve() {
	for _, s := range []string{"A/70/174, para. 13(f)", "Toronto 2018 chair's report, para. 7", "Lucca2017", "Dinard2019/p3"} {
		r, err := cybernorms.Resolve(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-15s %s\n", r.ID(), r)
	}
	// Output:
	// UNGGE2015/13f   UN GGE 2015, norm 13(f)
	// Toronto2018/7   G7 Toronto 2018 Chair's Report, para. 7
	// Lucca2017       G7 Lucca 2017
	// Dinard2019/p3   G7 Dinard 2019, paragraph beginning “These reports notably stressed that rules”
}

// A citation in the words of a language version names that version.
func ExampleResolve_french() {
	r, err := cybernorms.Resolve("Appel de Paris, principe 2")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.ID(), r.Norm.Lang())
	fmt.Println(r.Norm.Cite(norms.Formal))
	// Output:
	// ParisCall2018/2 fr
	// Appel de Paris pour la confiance et la sécurité dans le cyberespace (Paris, 12 novembre 2018), principe [2]
}

func ExampleResolveAll() {
	rs, err := cybernorms.ResolveAll("UN GGE 2015 norms 13(f), (g) and (h)")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range rs {
		fmt.Println(r.ID())
	}
	// Output:
	// UNGGE2015/13f
	// UNGGE2015/13g
	// UNGGE2015/13h
}

func ExampleScan() {
	text := "The G7 recalled the 2015 UN GGE report, in particular norm 13(f), and the Budapest Convention on Cybercrime."
	for c := range cybernorms.Scan(text) {
		fmt.Printf("%d-%d %q:", c.Start, c.End, c.Text)
		for _, r := range c.Refs {
			fmt.Print(" ", r.ID())
		}
		fmt.Println()
	}
	// Output:
	// 20-38 "2015 UN GGE report": UNGGE2015
	// 54-64 "norm 13(f)": UNGGE2015/13f
	// 74-107 "Budapest Convention on Cybercrime": Budapest2001
}
