package norms_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms/norms"
)

// lists are every list of the package, by name.
var lists = map[string][]norms.Norm{
	"UNGGE2015":      norms.UNGGE2015[:],
	"G20Antalya2015": norms.G20Antalya2015[:],
	"Lucca2017":      norms.Lucca2017[:],
	"Dinard2019":     norms.Dinard2019[:],
	"Paris2019":      norms.Paris2019[:],
}

func TestListLengths(t *testing.T) {
	got := map[string]int{}
	for name, l := range lists {
		got[name] = len(l)
	}
	want := map[string]int{"UNGGE2015": 11, "G20Antalya2015": 1, "Lucca2017": 12, "Dinard2019": 4, "Paris2019": 16}
	if diff := cmpDiff(want, got); diff != "" {
		t.Errorf("list lengths (-want +got):\n%s", diff)
	}
}

func TestUNGGE2015Labels(t *testing.T) {
	var want, got []string
	for c := 'a'; c <= 'k'; c++ {
		want = append(want, fmt.Sprintf("13(%c)", c))
	}
	for l := norms.A; l <= norms.K; l++ {
		n := norms.UNGGE2015[l]
		got = append(got, n.Label)
		if n.Label != "13("+l.String()+")" {
			t.Errorf("UNGGE2015[%s].Label = %q", l, n.Label)
		}
	}
	if diff := cmpDiff(want, got); diff != "" {
		t.Errorf("labels (-want +got):\n%s", diff)
	}
	if n := norms.UNGGE2015[norms.F]; n.ID != "UNGGE2015/13f" || !strings.HasPrefix(n.Text, "A State should not conduct or knowingly support ICT activity") {
		t.Errorf("UNGGE2015[F] = %s %q", n.ID, n.Text)
	}
}

// idGrammar is the documented grammar of an ID.
var idGrammar = regexp.MustCompile(`^[A-Z][A-Za-z0-9_]*/[0-9a-z]+$`)

func TestIDs(t *testing.T) {
	seen := map[norms.ID]bool{}
	for name, l := range lists {
		for _, n := range l {
			if !idGrammar.MatchString(string(n.ID)) {
				t.Errorf("%s: ID %q does not follow the grammar", name, n.ID)
			}
			local := strings.ToLower(strings.NewReplacer("(", "", ")", "", " ", "").Replace(n.Label))
			if want := norms.ID(name + "/" + local); n.ID != want || n.Document != name {
				t.Errorf("%s: norm %q of document %q, want %q of %q", name, n.ID, n.Document, want, name)
			}
			if seen[n.ID] {
				t.Errorf("ID %q used twice", n.ID)
			}
			seen[n.ID] = true
		}
	}
}

func TestLookup(t *testing.T) {
	for name, l := range lists {
		for i := range l {
			n, ok := norms.Lookup(l[i].ID)
			if !ok || n != &l[i] {
				t.Errorf("%s: Lookup(%q) = %p, %v; want %p", name, l[i].ID, n, ok, &l[i])
			}
		}
	}
	for _, id := range []norms.ID{"", "UNGGE2015/13l", "ungge2015/13f", "UNGGE2015/13(f)", "Lucca2017/13", "UNGGE2015"} {
		if n, ok := norms.Lookup(id); ok || n != nil {
			t.Errorf("Lookup(%q) = %v, %v; want nil, false", id, n, ok)
		}
	}
	if allocs := testing.AllocsPerRun(100, func() { sink, _ = norms.Lookup("Paris2019/16") }); allocs != 0 {
		t.Errorf("Lookup allocates %v times per call, want 0", allocs)
	}
}

func TestRestates(t *testing.T) {
	for i := range norms.Lucca2017 {
		want := &norms.G20Antalya2015[0]
		if i < 11 {
			want = &norms.UNGGE2015[i]
		}
		if got := norms.Lucca2017[i].Restates; got != want {
			t.Errorf("Lucca2017[%d].Restates = %v, want %v", i, got, want)
		}
		// What the generator proved: the same words, but for the final mark
		// and the case of the first letter.
		a, b := strings.Fields(norms.Lucca2017[i].Text), strings.Fields(want.Text)
		if len(a) != len(b) || strings.Join(a[1:len(a)-1], " ") != strings.Join(b[1:len(b)-1], " ") || !strings.EqualFold(a[0], b[0]) {
			t.Errorf("Lucca2017[%d] does not restate %s word for word", i, want.ID)
		}
		if norms.Lucca2017[i].Editorial.Title != want.Editorial.Title {
			t.Errorf("Lucca2017[%d] has title %q, the norm it restates %q", i, norms.Lucca2017[i].Editorial.Title, want.Editorial.Title)
		}
	}
	for _, name := range []string{"UNGGE2015", "G20Antalya2015", "Dinard2019", "Paris2019"} {
		for _, n := range lists[name] {
			if n.Restates != nil {
				t.Errorf("%s restates %s", n.ID, n.Restates.ID)
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
		{norms.Lucca2017[5], "G7 Lucca 2017, norm 6"},
		{norms.G20Antalya2015[0], "G20 Antalya 2015, para. 26"},
		{norms.Dinard2019[1], "G7 Dinard 2019, commitment 2"},
		{norms.Paris2019[11], "G7 Paris 2019, commitment 12"},
		{norms.Norm{ID: "X/1"}, "X/1"},
	}
	for _, tt := range tests {
		if got := tt.n.String(); got != tt.want {
			t.Errorf("%s.String() = %q, want %q", tt.n.ID, got, tt.want)
		}
	}
}

func TestKindsAndTitles(t *testing.T) {
	wantKind := map[string]norms.Kind{"UNGGE2015": norms.KindNorm, "G20Antalya2015": norms.KindNorm, "Lucca2017": norms.KindNorm, "Dinard2019": norms.KindCommitment, "Paris2019": norms.KindCommitment}
	for name, l := range lists {
		for _, n := range l {
			if n.Kind != wantKind[name] {
				t.Errorf("%s is a %s, want %s", n.ID, n.Kind, wantKind[name])
			}
			if n.Editorial.Title == "" || n.Text == "" {
				t.Errorf("%s has title %q and text %q", n.ID, n.Editorial.Title, n.Text)
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

func TestSets(t *testing.T) {
	for name, l := range lists {
		s := l[0].Set()
		if s == nil || s.Document != name || s.Len != len(l) || len(s.Norms()) != len(l) || &s.Norms()[0] != &l[0] {
			t.Errorf("%s: Set() = %+v", name, s)
			continue
		}
		if s.Kind != l[0].Kind || s.Name == "" || s.Unit == "" {
			t.Errorf("%s: set %+v", name, s)
		}
	}
	if s := (norms.Norm{Document: "Nowhere"}).Set(); s != nil {
		t.Errorf("Set of an unknown document = %+v, want nil", s)
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
		text := strings.Join(strings.Fields(norms.UNGGE2015[l].Text), " ")
		if !strings.Contains(docs[name], text) {
			t.Errorf("the documentation of %s does not quote norm %s:\n%s", name, norms.UNGGE2015[l].Label, docs[name])
		}
	}
}
