package norms_test

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms/norms"
)

// lists are every list of the package, by name.
var lists = map[string][]norms.Norm{
	"UNGGE2015":      norms.UNGGE2015[:],
	"G20Antalya2015": norms.G20Antalya2015[:],
	"GCSC2017":       norms.GCSC2017[:],
	"Lucca2017":      norms.Lucca2017[:],
	"Dinard2019":     norms.Dinard2019[:],
	"Paris2019":      norms.Paris2019[:],
	"ParisCall2018":  norms.ParisCall2018[:],
}

func TestListLengths(t *testing.T) {
	got := map[string]int{}
	for name, l := range lists {
		got[name] = len(l)
	}
	want := map[string]int{"UNGGE2015": 11, "G20Antalya2015": 1, "GCSC2017": 1, "Lucca2017": 12, "Dinard2019": 4, "Paris2019": 16, "ParisCall2018": 9}
	if !reflect.DeepEqual(want, got) {
		t.Errorf("list lengths = %v, want %v", got, want)
	}
}

func TestUNGGE2015Labels(t *testing.T) {
	var want, got []string
	for c := 'a'; c <= 'k'; c++ {
		want = append(want, fmt.Sprintf("13(%c)", c))
	}
	for l := norms.A; l <= norms.K; l++ {
		n := norms.UNGGE2015[l]
		got = append(got, n.Label())
		if n.Label() != "13("+l.String()+")" {
			t.Errorf("UNGGE2015[%s].Label = %q", l, n.Label())
		}
	}
	if !reflect.DeepEqual(want, got) {
		t.Errorf("labels = %q, want %q", got, want)
	}
	if n := norms.UNGGE2015[norms.F]; n.ID() != "UNGGE2015/13f" || !strings.HasPrefix(n.Text(), "A State should not conduct or knowingly support ICT activity") {
		t.Errorf("UNGGE2015[F] = %s %q", n.ID(), n.Text())
	}
}

// idGrammar is the documented grammar of an ID.
var idGrammar = regexp.MustCompile(`^[A-Z][A-Za-z0-9_]*/[0-9a-z]+$`)

func TestIDs(t *testing.T) {
	seen := map[norms.ID]bool{}
	for name, l := range lists {
		for _, n := range l {
			if !idGrammar.MatchString(string(n.ID())) {
				t.Errorf("%s: ID %q does not follow the grammar", name, n.ID())
			}
			local := strings.ToLower(strings.NewReplacer("(", "", ")", "", " ", "").Replace(n.Label()))
			if want := norms.ID(name + "/" + local); n.ID() != want || n.Document() != name {
				t.Errorf("%s: norm %q of document %q, want %q of %q", name, n.ID(), n.Document(), want, name)
			}
			if seen[n.ID()] {
				t.Errorf("ID %q used twice", n.ID())
			}
			seen[n.ID()] = true
		}
	}
}

func TestLookup(t *testing.T) {
	for name, l := range lists {
		for i := range l {
			n, ok := norms.Lookup(l[i].ID())
			if !ok || n != l[i] {
				t.Errorf("%s: Lookup(%q) = %v, %v; want %v", name, l[i].ID(), n, ok, l[i])
			}
		}
	}
	for _, id := range []norms.ID{"", "UNGGE2015/13l", "ungge2015/13f", "UNGGE2015/13(f)", "Lucca2017/13", "UNGGE2015"} {
		if n, ok := norms.Lookup(id); ok || !n.IsZero() {
			t.Errorf("Lookup(%q) = %v, %v; want the zero Norm, false", id, n, ok)
		}
	}
	if allocs := testing.AllocsPerRun(100, func() { sink, _ = norms.Lookup("Paris2019/16") }); allocs != 0 {
		t.Errorf("Lookup allocates %v times per call, want 0", allocs)
	}
}

func TestRestates(t *testing.T) {
	for i := range norms.Lucca2017 {
		want := norms.G20Antalya2015[0]
		if i < 11 {
			want = norms.UNGGE2015[i]
		}
		if got, ok := norms.Lucca2017[i].Restates(); !ok || got != want {
			t.Errorf("Lucca2017[%d].Restates() = %v, %v, want %v", i, got, ok, want)
		}
		if !slices.Contains(slices.Collect(want.RestatedBy()), norms.Lucca2017[i]) {
			t.Errorf("%s.RestatedBy() lacks Lucca2017[%d]", want.ID(), i)
		}
		// What the generator proved: the same words, but for the final mark
		// and the case of the first letter.
		a, b := strings.Fields(norms.Lucca2017[i].Text()), strings.Fields(want.Text())
		if len(a) != len(b) || strings.Join(a[1:len(a)-1], " ") != strings.Join(b[1:len(b)-1], " ") || !strings.EqualFold(a[0], b[0]) {
			t.Errorf("Lucca2017[%d] does not restate %s word for word", i, want.ID())
		}
		if norms.Lucca2017[i].Editorial().Title != want.Editorial().Title {
			t.Errorf("Lucca2017[%d] has title %q, the norm it restates %q", i, norms.Lucca2017[i].Editorial().Title, want.Editorial().Title)
		}
	}
	for _, name := range []string{"UNGGE2015", "G20Antalya2015", "Dinard2019", "Paris2019", "ParisCall2018"} {
		for _, n := range lists[name] {
			if r, ok := n.Restates(); ok {
				t.Errorf("%s restates %s", n.ID(), r.ID())
			}
		}
	}
}

func TestString(t *testing.T) {
	tests := []struct {
		n    norms.Norm
		want string
	}{
		{norms.UNGGE2015[norms.F], "UN GGE 2015, norm 13(f)"},
		{norms.Lucca2017[norms.N6], "G7 Lucca 2017, norm 6"},
		// The number 26 was not seen printed: in brackets.
		{norms.G20Antalya2015[0], "G20 Antalya 2015, para. [26]"},
		// The Paris Call prints its principles as unnumbered bullets.
		{norms.ParisCall2018[3], "Paris Call, principle [4]"},
		{norms.Dinard2019[norms.N2], "G7 Dinard 2019, commitment 2"},
		{norms.Paris2019[norms.N12], "G7 Paris 2019, commitment 12"},
		{norms.Norm{}, ""},
	}
	for _, tt := range tests {
		if got := tt.n.String(); got != tt.want {
			t.Errorf("%s.String() = %q, want %q", tt.n.ID(), got, tt.want)
		}
	}
}

func TestKindsAndTitles(t *testing.T) {
	wantKind := map[string]norms.Kind{"UNGGE2015": norms.KindNorm, "G20Antalya2015": norms.KindNorm, "GCSC2017": norms.KindNorm, "Lucca2017": norms.KindNorm, "Dinard2019": norms.KindCommitment, "Paris2019": norms.KindCommitment, "ParisCall2018": norms.KindPrinciple}
	for name, l := range lists {
		for _, n := range l {
			if n.Kind() != wantKind[name] {
				t.Errorf("%s is a %s, want %s", n.ID(), n.Kind(), wantKind[name])
			}
			if n.Editorial().Title == "" || n.Text() == "" {
				t.Errorf("%s has title %q and text %q", n.ID(), n.Editorial().Title, n.Text())
			}
		}
	}
	if got := fmt.Sprint(norms.KindNorm, norms.KindCommitment, norms.KindPrinciple, norms.Kind(9)); got != "norm commitment principle Kind(9)" {
		t.Errorf("Kind strings: %q", got)
	}
	if got := fmt.Sprint(norms.A, norms.K, norms.Letter(-1)); got != "a k Letter(-1)" {
		t.Errorf("Letter strings: %q", got)
	}
}

func TestLists(t *testing.T) {
	seen := 0
	for l := range norms.Lists() {
		seen++
		want := lists[l.Document()]
		if want == nil || l.Len() != len(want) || !slices.Equal(slices.Collect(l.Norms()), want) {
			t.Errorf("%s: list of %d items, want %d", l.Document(), l.Len(), len(want))
			continue
		}
		for i, n := range want {
			if l.Norm(i) != n || n.List() != l {
				t.Errorf("%s: Norm(%d) = %v, want %v", l.Document(), i, l.Norm(i), n)
			}
		}
		if l.Kind() != want[0].Kind() || l.Name() == "" || l.Unit() == "" {
			t.Errorf("%s: list %v", l.Document(), l)
		}
		// The Paris Call prints its principles as unnumbered bullets
		// (Paris-Call-2018-en.txt), the G20 communiqué's paragraph
		// number 26 was not seen printed (G20-Antalya-2015-para26.txt),
		// and the GCSC's Call prints its one norm under a title, without a
		// number (GCSC-2017-Call-to-Protect-the-Public-Core-excerpt.txt);
		// every other list prints its labels.
		if inferred := l.Document() == "ParisCall2018" || l.Document() == "G20Antalya2015" || l.Document() == "GCSC2017"; l.Inferred() != inferred || inferred != (l.LabelNote() != "") {
			t.Errorf("%s: Inferred() = %v, LabelNote() = %q", l.Document(), l.Inferred(), l.LabelNote())
		}
		if got, ok := norms.ListOf(l.Document()); !ok || got != l {
			t.Errorf("ListOf(%q) = %v, %v", l.Document(), got, ok)
		}
	}
	if seen != len(lists) {
		t.Errorf("Lists() yields %d lists, want %d", seen, len(lists))
	}
	var zero norms.List
	if zero.Len() != 0 || !zero.Norm(0).IsZero() || zero.String() != "" {
		t.Errorf("the zero List is not empty")
	}
	if _, ok := norms.ListOf("Nowhere"); ok {
		t.Errorf("ListOf an unknown document succeeds")
	}
	if !norms.Lucca2017[norms.N1].List().Norm(99).IsZero() || !norms.Lucca2017[norms.N1].List().Norm(-1).IsZero() {
		t.Errorf("List.Norm out of range is not the zero Norm")
	}
}

// TestNumbers checks that the Number constants index numbered lists by label.
func TestNumbers(t *testing.T) {
	for _, name := range []string{"Lucca2017", "Dinard2019", "Paris2019", "ParisCall2018"} {
		for i, n := range lists[name] {
			if got := norms.Number(i).String(); got != n.Label() {
				t.Errorf("%s[Number(%d)] is labelled %q, the Number prints %q", name, i, n.Label(), got)
			}
		}
	}
	if norms.Lucca2017[norms.N6].Label() != "6" || norms.Paris2019[norms.N16].Label() != "16" {
		t.Errorf("N6 or N16 selects the wrong item")
	}
}

func TestZeroNorm(t *testing.T) {
	var n norms.Norm
	if !n.IsZero() || n.ID() != "" || n.Text() != "" || n.Label() != "" || n.Document() != "" || n.Kind() != 0 || n.Lang() != "" || n.String() != "" || n.Cite(norms.Formal) != "" {
		t.Errorf("the zero Norm is not empty: %#v", n)
	}
	if _, ok := n.Restates(); ok {
		t.Errorf("the zero Norm restates something")
	}
	if got := slices.Collect(n.RestatedBy()); len(got) != 0 {
		t.Errorf("the zero Norm is restated by %v", got)
	}
	if got := slices.Collect(n.Versions()); len(got) != 0 {
		t.Errorf("the zero Norm has versions %v", got)
	}
	if !n.List().IsZero() {
		t.Errorf("the zero Norm has a list")
	}
}

func TestLanguages(t *testing.T) {
	for n := range norms.All() {
		if n.Lang() == "" {
			t.Errorf("%s has no language", n.ID())
		}
		if v, ok := n.In(n.Lang()); !ok || v != n {
			t.Errorf("%s.In(%q) = %v, %v; want itself", n.ID(), n.Lang(), v, ok)
		}
		vs := slices.Collect(n.Versions())
		if len(vs) == 0 || vs[0] != n {
			t.Errorf("%s.Versions() = %v, want itself first", n.ID(), vs)
		}
		for _, v := range vs {
			if v.ID() != n.ID() || v.Label() != n.Label() {
				t.Errorf("%s has a version %s %q", n.ID(), v.ID(), v.Label())
			}
		}
		if _, ok := n.In("xx"); ok {
			t.Errorf("%s has a version in xx", n.ID())
		}
	}
}

// TestLetterDocs checks that each letter constant's documentation quotes the
// norm it selects, so that editor hover shows it.
func TestLetterDocs(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "corpus_gen.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]string{}
	for _, decl := range f.Decls {
		if gd, ok := decl.(*ast.GenDecl); ok && gd.Tok == token.CONST {
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				docs[vs.Names[0].Name] = strings.Join(strings.Fields(vs.Doc.Text()), " ")
			}
		}
	}
	for l := norms.A; l <= norms.K; l++ {
		name := strings.ToUpper(l.String())
		text := strings.Join(strings.Fields(norms.UNGGE2015[l].Text()), " ")
		if !strings.Contains(docs[name], text) {
			t.Errorf("the documentation of %s does not quote norm %s:\n%s", name, norms.UNGGE2015[l].Label(), docs[name])
		}
	}
	for i, n := range norms.Lucca2017 {
		name := "N" + norms.Number(i).String()
		if text := strings.Join(strings.Fields(n.Text()), " "); !strings.Contains(docs[name], text) {
			t.Errorf("the documentation of %s does not quote norm %s", name, n.Label())
		}
	}
}

// TestMustParse checks that MustParse returns what Parse does, and panics
// with Parse's error.
func TestMustParse(t *testing.T) {
	for n := range norms.All() {
		if got := norms.MustParse(n.String()); got != n {
			t.Errorf("MustParse(%q) = %s", n.String(), got.ID())
		}
	}
	for _, c := range []string{"UN GGE norm 13(l)", "norm 6", "", "13(f) and (g)"} {
		_, want := norms.Parse(c)
		func() {
			defer func() {
				got, _ := recover().(error)
				var perr *norms.ParseError
				if got == nil || !errors.As(got, &perr) || got.Error() != want.Error() {
					t.Errorf("MustParse(%q) panics with %v, want Parse's error %v", c, got, want)
				}
			}()
			norms.MustParse(c)
		}()
	}
}
