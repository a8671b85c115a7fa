package cybernorms_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// exportedLists are the exported lists of package norms, as slices that
// alias the variables, so that a write through them is a write to the
// package's variable.
func exportedLists() map[string][]norms.Norm {
	return map[string][]norms.Norm{
		"Dinard2019":     norms.Dinard2019[:],
		"G20Antalya2015": norms.G20Antalya2015[:],
		"GCSC2017":       norms.GCSC2017[:],
		"Lucca2017":      norms.Lucca2017[:],
		"Paris2019":      norms.Paris2019[:],
		"ParisCall2018":  norms.ParisCall2018[:],
		"UNGGE2015":      norms.UNGGE2015[:],
	}
}

// exportedDocuments are pointers to the exported variables of package
// declarations.
func exportedDocuments() map[string]*declarations.Declaration {
	return map[string]*declarations.Declaration{
		"ASEAN2018":               &declarations.ASEAN2018,
		"Budapest2001":            &declarations.Budapest2001,
		"Charlevoix2018":          &declarations.Charlevoix2018,
		"CharterOfTrust2018":      &declarations.CharterOfTrust2018,
		"Dinard2019":              &declarations.Dinard2019,
		"FundamentalElements2016": &declarations.FundamentalElements2016,
		"G20Antalya2015":          &declarations.G20Antalya2015,
		"GCSC2017":                &declarations.GCSC2017,
		"GA58_199":                &declarations.GA58_199,
		"GA68_167":                &declarations.GA68_167,
		"GA69_166":                &declarations.GA69_166,
		"GA70_237":                &declarations.GA70_237,
		"HRC20_8":                 &declarations.HRC20_8,
		"HRC26_13":                &declarations.HRC26_13,
		"IseShima2016":            &declarations.IseShima2016,
		"Lucca2017":               &declarations.Lucca2017,
		"Lucca2017Communique":     &declarations.Lucca2017Communique,
		"OEWG2021":                &declarations.OEWG2021,
		"Paris2019":               &declarations.Paris2019,
		"ParisCall2018":           &declarations.ParisCall2018,
		"Taormina2017":            &declarations.Taormina2017,
		"Toronto2018":             &declarations.Toronto2018,
		"UNGGE2010":               &declarations.UNGGE2010,
		"UNGGE2013":               &declarations.UNGGE2013,
		"UNGGE2015":               &declarations.UNGGE2015,
	}
}

// exportedVars returns the names of the exported variables a generated file
// declares.
func exportedVars(t *testing.T, file string) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
			for _, s := range gd.Specs {
				for _, n := range s.(*ast.ValueSpec).Names {
					if n.IsExported() {
						names = append(names, n.Name)
					}
				}
			}
		}
	}
	slices.Sort(names)
	return names
}

func keys[V any](m map[string]V) []string {
	var k []string
	for name := range m {
		k = append(k, name)
	}
	slices.Sort(k)
	return k
}

// answers records what every function of the packages answers, for every
// norm, list, document and paragraph, as text to compare.
func answers(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	p := func(a ...any) { fmt.Fprintln(&b, a...) }
	styles := []norms.Style{norms.Short, norms.Formal, norms.URL, norms.BibTeX}
	for n := range norms.All() {
		got, ok := norms.Lookup(n.ID())
		p(n.ID(), n.Document(), n.Label(), n.Text(), n.Kind(), n.Lang(), n.Editorial(), n, got == n, ok)
		for _, s := range styles {
			p(n.Cite(s))
		}
		if r, ok := n.Restates(); ok {
			p("restates", r.ID(), r.Text())
		}
		for r := range n.RestatedBy() {
			p("restated by", r.ID(), r.Text())
		}
		for v := range n.Versions() {
			p("version", v.Lang(), v.Text())
		}
		l := n.List()
		p("list", l.Document(), l.Name(), l.Unit(), l.Kind(), l.Len(), l)
		for _, c := range []string{string(n.ID()), n.String(), n.Cite(norms.Formal)} {
			parsed, err := norms.Parse(c)
			p("parse", c, parsed.ID(), parsed.Text(), err)
		}
		for b := range declarations.NormLinks(n) {
			p("norm link", b)
		}
		for th := range n.Themes() {
			w, ok := n.ThemeWords(th)
			p("theme", th.ID(), th.Name(), th.Definition(), w, ok)
		}
		for s := range declarations.NormSharedWording(n) {
			p("norm shared", s.Text, s.Start, s.End, s.Words, s.With.Paragraph.Document().ID(), s.With.Paragraph.Position(), s.With.Text())
		}
		p("of", declarations.Of(n).ID(), declarations.Of(n).Lang(), declarations.ParagraphOf(n).Position(), norms.MustParse(string(n.ID())).Text())
	}
	for th := range norms.Themes() {
		for n := range norms.ByTheme(th) {
			p("by theme", th.ID(), n.ID())
		}
	}
	for r := range declarations.SharedRuns() {
		p("run", r.Words(), r.Len(), r.Text())
		for ps := range r.Passages() {
			p("passage", ps.Paragraph.Document().ID(), ps.Paragraph.Position(), ps.Start, ps.End, ps.Text())
		}
	}
	for l := range norms.Lists() {
		p("list", l.Document(), l.Len(), l.Inferred())
		for n := range l.Norms() {
			p(n.ID(), n.Text())
		}
	}
	for d := range declarations.All() {
		got, ok := declarations.Lookup(d.ID())
		p(d.ID(), d.Title(), d.Kind(), d.Body(), d.Meeting(), d.Place(), d.Date(), d.Symbol(), d.Lang(), d.URL(), d.Editorial(), d, got == d, ok)
		p(fmt.Sprintf("%+v", d.Provenance()))
		for _, s := range styles {
			p(d.Cite(s))
		}
		for para := range d.Paragraphs() {
			n, _ := para.Norm()
			p(para.Position(), para.Label(), para.Kind(), para.Text(), para.Break(), para.Note(), n.ID(), n.Text(), para.Cite(norms.Short))
			for s := range para.SharedWording() {
				p("shared", s.Text, s.Start, s.End, s.Words, s.With.Paragraph.Document().ID(), s.With.Paragraph.Position(), s.With.Text(), s.Run.Text())
			}
		}
		for n := range d.Norms() {
			p("norm", n.ID(), n.Text())
		}
		for l := range d.Links() {
			p("link", l)
		}
		if pl, ok := d.PartialList(); ok {
			p("partial list", pl.Kind, pl.Unit, pl.Count, pl.Inferred, pl.LabelsWhy)
			for _, h := range pl.Held {
				p("held", h.Label, h.First.Position(), h.First.Text(), h.Last.Position())
			}
		}
		for l := range d.Backlinks() {
			p("backlink", l)
		}
		for v := range d.Versions() {
			p("version", v.Lang(), v.Title())
		}
		pd, pp, err := declarations.Parse(string(d.ID()))
		p("parse", pd.ID(), pp.Text(), err)
		md, mp := declarations.MustParse(string(d.ID()))
		p("must parse", md.ID(), mp.Text())
	}
	for _, q := range []string{"States", `"critical infrastructure"`, "Budapest"} {
		hits, err := declarations.Search(q)
		p("search", q, err)
		for _, h := range hits {
			p(h.Paragraph.Document().ID(), h.Paragraph.Position(), h.Norm, h.Matches, h.Highlight("**", "**"), h.Text())
			n, ok := h.NormValue()
			p("hit", h.Document().ID(), n.ID(), n.Text(), ok, h.Cite(norms.Formal))
		}
	}
	return b.String()
}

// TestReadOnly writes through everything the packages export or return that
// a program can write to, and checks that no function's answer changes: the
// corpus cannot be corrupted through the API.
func TestReadOnly(t *testing.T) {
	// The tables above must name every exported variable.
	if got, want := keys(exportedLists()), exportedVars(t, "norms/corpus_gen.go"); !slices.Equal(got, want) {
		t.Fatalf("the test names lists %q, package norms exports %q", got, want)
	}
	if got, want := keys(exportedDocuments()), exportedVars(t, "declarations/corpus_gen.go"); !slices.Equal(got, want) {
		t.Fatalf("the test names documents %q, package declarations exports %q", got, want)
	}
	before := answers(t)

	// Save the exported variables, to restore them for the other tests.
	savedLists := map[string][]norms.Norm{}
	for name, l := range exportedLists() {
		savedLists[name] = slices.Clone(l)
	}
	savedDocs := map[string]declarations.Declaration{}
	for name, d := range exportedDocuments() {
		savedDocs[name] = *d
	}
	defer func() {
		for name, l := range exportedLists() {
			copy(l, savedLists[name])
		}
		for name, d := range exportedDocuments() {
			*d = savedDocs[name]
		}
	}()

	// Write through every value a program can reach.
	other := norms.UNGGE2015[norms.A]
	for _, l := range exportedLists() {
		for i := range l {
			l[i] = other // an element of an exported list
		}
	}
	norms.UNGGE2015 = [11]norms.Norm{} // a whole exported list
	for _, d := range exportedDocuments() {
		*d = declarations.Declaration{} // an exported document
	}
	for d := range declarations.All() {
		prov := d.Provenance() // the slices of a returned value
		for i := range prov.Corrections {
			prov.Corrections[i].Original, prov.Corrections[i].Corrected = "x", "y"
		}
		for i := range prov.Notes {
			prov.Notes[i] = "x"
		}
		for l := range d.Links() {
			l.Target, l.Basis = "Nowhere", "x" // a returned struct
		}
		ed := d.Editorial()
		ed.Short = "x"
		if pl, ok := d.PartialList(); ok {
			for i := range pl.Held { // the slice of a returned value
				pl.Held[i].Label, pl.Held[i].First = "x", declarations.Paragraph{}
			}
		}
	}
	for n := range norms.All() {
		ed := n.Editorial()
		ed.Title = "x"
		for s := range declarations.NormSharedWording(n) {
			s.Text, s.With.Start, s.With.End = "x", 0, 1 // a returned struct
			s.With.Paragraph = declarations.Paragraph{}
		}
	}

	for _, q := range []string{"States", `"critical infrastructure"`} {
		hits, _ := declarations.Search(q)
		for i := range hits {
			for j := range hits[i].Matches {
				hits[i].Matches[j] = [2]int{0, 0} // a returned slice
			}
			hits[i].Norm = "x"
		}
	}
	var ue *norms.UnknownIDError
	if _, err := norms.Lookup("UNGGE2015/13l"); !err {
		var id norms.ID
		if e := id.UnmarshalText([]byte("UNGGE2015/13l")); e != nil {
			ue, _ = e.(*norms.UnknownIDError)
		}
	}
	if ue != nil {
		for i := range ue.Closest {
			ue.Closest[i] = "x" // the slice of a returned error
		}
	}

	if after := answers(t); after != before {
		a, b := strings.Split(before, "\n"), strings.Split(after, "\n")
		for i := range min(len(a), len(b)) {
			if a[i] != b[i] {
				t.Fatalf("an answer changed after writes through the API:\nbefore: %s\nafter:  %s", a[i], b[i])
			}
		}
		t.Fatalf("the answers changed after writes through the API (%d lines, then %d)", len(a), len(b))
	}
	if len(before) < 50000 {
		t.Errorf("the answers hold %d bytes; the test reaches too little of the corpus", len(before))
	}
}
