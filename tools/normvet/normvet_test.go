package normvet_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"

	"github.com/cybernorms/cybernorms/norms"
	"github.com/cybernorms/cybernorms/tools/normvet"
)

// testdata is a module that requires the runtime module, replaced by the
// repository's root, so that its packages import the real package norms.
var testdata, _ = filepath.Abs("testdata")

// setFlag sets a flag of the analyzer for the duration of a test.
func setFlag(t *testing.T, name, value string) {
	t.Helper()
	f := normvet.Analyzer.Flags.Lookup(name)
	old := f.Value.String()
	if err := f.Value.Set(value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Value.Set(old) })
}

func TestProse(t *testing.T) {
	analysistest.Run(t, testdata, normvet.Analyzer, "./prose")
}

// TestWording pins the words of every report (see testdata/wording).
func TestWording(t *testing.T) {
	analysistest.Run(t, testdata, normvet.Analyzer, "./wording")
}

func TestIndex(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata, normvet.Analyzer, "./index")
}

func TestDeprecated(t *testing.T) {
	setFlag(t, "corpus", "github.com/cybernorms/cybernorms,example.com/normvettest/legacy,example.com/normvettest/oldpkg")
	analysistest.Run(t, testdata, normvet.Analyzer, "./uselegacy", "./legacy")
}

func TestList(t *testing.T) {
	setFlag(t, "list", "true")
	analysistest.Run(t, testdata, normvet.Analyzer, "./list")
}

// TestIndexOutOfRange checks what normvet leaves to the compiler: a constant
// index past the end of a list does not compile, written as an integer
// (norms.UNGGE2015[11]) or as a constant (norms.Lucca2017[norms.N13]), while
// the last item compiles. It type-checks snippets against package norms as
// the testdata module loads it.
func TestIndexOutOfRange(t *testing.T) {
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes,
		Dir:  testdata,
		Env:  append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod"),
	}
	pkgs, err := packages.Load(cfg, "github.com/cybernorms/cybernorms/norms")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 || pkgs[0].Types == nil {
		t.Fatal("cannot load package norms")
	}
	pkg := pkgs[0].Types
	check := func(expr string) error {
		src := "package p\n\nimport \"github.com/cybernorms/cybernorms/norms\"\n\nvar _ = " + expr + "\n"
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "p.go", src, 0)
		if err != nil {
			t.Fatal(err)
		}
		conf := types.Config{Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == pkg.Path() {
				return pkg, nil
			}
			return nil, fmt.Errorf("no package %s", path)
		})}
		_, err = conf.Check("p", fset, []*ast.File{f}, nil)
		return err
	}
	compiles := func(expr string, want bool) {
		t.Helper()
		err := check(expr)
		if got := err == nil; got != want {
			t.Errorf("%s compiles: %v (%v), want %v", expr, got, err, want)
		} else if err != nil && !strings.Contains(err.Error(), "out of bounds") {
			t.Errorf("%s: %v, want an index out of bounds", expr, err)
		}
	}
	compiles("norms.UNGGE2015[11]", false)
	compiles("norms.UNGGE2015[norms.K]", true)
	compiles("norms.Lucca2017[norms.N13]", false)
	compiles("norms.Lucca2017[norms.N12]", true)
	// Every list: past its end, by integer and by number constant.
	for l := range norms.Lists() {
		x := "norms." + l.Document()
		compiles(fmt.Sprintf("%s[%d]", x, l.Len()), false)
		compiles(fmt.Sprintf("%s[%d]", x, l.Len()-1), true)
		if n := fmt.Sprintf("N%d", l.Len()+1); pkg.Scope().Lookup(n) != nil {
			compiles(x+"[norms."+n+"]", false)
		}
	}
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

func TestIntent(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata, normvet.Analyzer, "./intent")
}

func TestMustParse(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata, normvet.Analyzer, "./must")
}
