package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// modulePath is the path of the runtime module.
const modulePath = "github.com/cybernorms/cybernorms"

// A program is one throwaway main package that benchreport writes into its
// temporary directory, as a module of its own, and builds.
type program struct {
	// Name is the directory and binary name.
	Name string
	// Main is the source of main.go.
	Main string
	// JSON says whether the program is of the embedded-JSON design and so
	// needs mirror.go, alt.go and corpus.json beside main.go.
	JSON bool
}

// sizePrograms are the programs whose binary sizes the report compares.
// Each prints texts with fmt; the baseline prints a string from os.Args the
// same way and imports nothing of cybernorms.
var sizePrograms = []program{
	{Name: "baseline", Main: `package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(os.Args[0])
}
`},
	// baseline-json is the baseline of a program that already uses
	// encoding/json: against it, the embedded-JSON design's delta is its data
	// and its decoding code, without the JSON package itself.
	{Name: "baseline-json", Main: `package main

import (
	"encoding/json"
	"fmt"
	"os"
)

func main() {
	var v []struct{ A, B string }
	err := json.Unmarshal([]byte(os.Args[0]), &v)
	fmt.Println(os.Args[0], v, err)
}
`},
	{Name: "norm", Main: `package main

import (
	"fmt"

	"github.com/cybernorms/cybernorms/norms"
)

func main() {
	fmt.Println(norms.UNGGE2015[norms.F].Text())
}
`},
	{Name: "doc", Main: `package main

import (
	"fmt"

	"github.com/cybernorms/cybernorms/declarations"
)

func main() {
	for p := range declarations.Toronto2018.Paragraphs() {
		fmt.Println(p.Label(), p.Text())
	}
}
`},
	// corpus imports every runtime package (the root package blank, the
	// internal ones through norms and declarations) and reaches every
	// document; it is also the program whose init trace the report reads.
	{Name: "corpus", Main: `package main

import (
	"fmt"

	_ "github.com/cybernorms/cybernorms"
	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

func main() {
	for d := range declarations.All() {
		for p := range d.Paragraphs() {
			fmt.Println(p.Label(), p.Text())
		}
	}
	for n := range norms.All() {
		fmt.Println(n.Text())
	}
}
`},
	{Name: "json-norm", JSON: true, Main: `package main

import "fmt"

func main() {
	fmt.Println(lookupNorm("UNGGE2015/13f").Text)
}
`},
	{Name: "json-corpus", JSON: true, Main: `package main

import "fmt"

func main() {
	c := load()
	for _, d := range c.Declarations {
		for _, p := range d.Paragraphs {
			fmt.Println(p.Label, p.Text)
		}
	}
	for _, n := range c.Norms {
		fmt.Println(n.Text)
	}
}
`},
}

// firstAccessMain is the harness that measures, inside a fresh process, the
// first access to one norm's text: the wall time of the access (and of an
// empty interval, the clock's floor), the allocations and bytes allocated
// during it, and the time of a second access. It prints one line:
// "floor_ns first_ns second_ns mallocs bytes textlen faults", faults being
// the minor page faults the process took during the first access (from
// getrusage).
const firstAccessMain = `package main

import (
	"fmt"
	"runtime"
	"syscall"
	"time"
%s)

var sink, sink2 string

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_ = time.Now() // the first call may be slower; keep it out of the floor
	t0 := time.Now()
	floor := time.Since(t0)
	var r0, r1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &r0)
	t1 := time.Now()
	s := %s
	first := time.Since(t1)
	syscall.Getrusage(syscall.RUSAGE_SELF, &r1)
	runtime.ReadMemStats(&after)
	t2 := time.Now()
	s2 := %[2]s
	second := time.Since(t2)
	sink, sink2 = s, s2
	fmt.Println(floor.Nanoseconds(), first.Nanoseconds(), second.Nanoseconds(),
		after.Mallocs-before.Mallocs, after.TotalAlloc-before.TotalAlloc, len(s), r1.Minflt-r0.Minflt)
}
`

// firstAccessPrograms are the harnesses: the generated constants and the
// embedded JSON, each reading the text of UN GGE 2015 norm 13(f), and the
// first citation parsed in a process (issue 13: at most 10 µs), whose
// first access is norms.Parse of a citation in prose.
var firstAccessPrograms = []program{
	{Name: "first-const", Main: fmt.Sprintf(firstAccessMain,
		"\n\t\"github.com/cybernorms/cybernorms/norms\"\n", "norms.UNGGE2015[norms.F].Text()")},
	{Name: "first-json", JSON: true, Main: fmt.Sprintf(firstAccessMain,
		"", `lookupNorm("UNGGE2015/13f").Text`)},
	{Name: "first-parse", Main: fmt.Sprintf(firstAccessMain,
		"\n\t\"github.com/cybernorms/cybernorms/norms\"\n", firstParseExpr)},
}

// firstParseExpr is the first access of the first-parse harness: the text
// of the norm that norms.Parse finds for a citation in prose.
const firstParseExpr = `func() string {
		n, err := norms.Parse("UN GGE 2015 norm 13(f)")
		if err != nil {
			panic(err)
		}
		return n.Text()
	}()`

// altSource is alt.go of the embedded-JSON programs: the corpus is embedded
// as JSON and decoded, with an index of the norms by ID, on first use.
const altSource = `package main

import (
	_ "embed"
	"encoding/json"
	"sync"
)

//go:embed corpus.json
var corpusJSON []byte

var (
	once      sync.Once
	corpus    Corpus
	normIndex map[string]*Norm
)

// load decodes the embedded corpus on first use and returns it.
func load() *Corpus {
	once.Do(func() {
		if err := json.Unmarshal(corpusJSON, &corpus); err != nil {
			panic(err)
		}
		normIndex = make(map[string]*Norm, len(corpus.Norms))
		for i := range corpus.Norms {
			normIndex[corpus.Norms[i].ID] = &corpus.Norms[i]
		}
	})
	return &corpus
}

// lookupNorm returns the norm with the given ID, or nil.
func lookupNorm(id string) *Norm {
	load()
	return normIndex[id]
}
`

// writeProgram writes p into dir/p.Name as a module of its own whose
// cybernorms requirement is replaced by the repository at root.
func writeProgram(dir, root string, p program, mirrorSrc, corpus []byte) (string, error) {
	pd := filepath.Join(dir, p.Name)
	if err := os.MkdirAll(pd, 0o755); err != nil {
		return "", err
	}
	var mod strings.Builder
	fmt.Fprintf(&mod, "module benchreport/%s\n\ngo 1.23\n", p.Name)
	if strings.Contains(p.Main, modulePath) {
		fmt.Fprintf(&mod, "\nrequire %s v0.0.0-00010101000000-000000000000\n\nreplace %s => %s\n", modulePath, modulePath, root)
	}
	files := map[string][]byte{
		"go.mod":  []byte(mod.String()),
		"main.go": []byte(p.Main),
	}
	if p.JSON {
		files["mirror.go"] = mirrorSrc
		files["alt.go"] = []byte(altSource)
		files["corpus.json"] = corpus
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(pd, name), b, 0o644); err != nil {
			return "", err
		}
	}
	return pd, nil
}
