package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestMain lets go build -toolexec run the test binary as the wrapper.
func TestMain(m *testing.M) {
	if len(os.Args) > 3 && os.Args[1] == wrapFlag {
		os.Exit(wrap(os.Args[2], os.Args[3:]))
	}
	os.Exit(m.Run())
}

// A primary, its French version and a second document that restates, takes
// up and links to the first.
var testFiles = map[string]string{
	"README.md": "# data\nid: A2001\n",
	"A2001.txt": `# A comment naming A2001.
id: A2001
title: The A declaration of Xville
short: A 2001
alias: "The \"A\""
place: Xville, Yland
meeting: A meeting at Xville
symbol: A/RES/58/199
alt-symbol: A/58/199*
number: 58/199
list: norm
  count: 1
---
- 1. States should cooperate: A2001.
`,
	"A2001.fr.txt": `id: A2001
lang: fr
short: A 2001 de Xville
---
- 1. Les États devraient coopérer.
`,
	"B2002.txt": `id: B2002
short: B 2002
note: The A2001 declaration is quoted here, and this note keeps its words.
item: 1
  restates: A2001/1
  shared: "States should cooperate"
link: restates A2001
  at: "A2001"
link: cites Other
---
States should cooperate.
`,
}

func TestSynthesize(t *testing.T) {
	files := map[string][]byte{}
	for name, s := range testFiles {
		files[name] = []byte(s)
	}
	out, err := synthesize(files, 3)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for name, b := range out {
		names = append(names, name)
		if orig, ok := testFiles[name]; ok && string(b) != orig {
			t.Errorf("copy 0 of %s differs from the original:\n%s", name, b)
		}
	}
	slices.Sort(names)
	if want := []string{"A2001.fr.txt", "A2001.txt", "A2001K1.fr.txt", "A2001K1.txt", "A2001K2.fr.txt", "A2001K2.txt",
		"B2002.txt", "B2002K1.txt", "B2002K2.txt", "README.md"}; !slices.Equal(names, want) {
		t.Errorf("files %q, want %q", names, want)
	}
	for name, want := range map[string]string{
		"A2001K2.txt": `# A comment naming A2001.
id: A2001K2
title: The A declaration of XvilleK2
short: A 2001 K2
alias: "The \"A\" K2"
place: XvilleK2, YlandK2
meeting: A meeting at XvilleK2
symbol: A/K2/RES/58/199
alt-symbol: A/K2/58/199*
number: 58/199
list: norm
  count: 1
---
- 1. States should cooperate: A2001.
`,
		"A2001K1.fr.txt": `id: A2001K1
lang: fr
short: A 2001 de XvilleK1
---
- 1. Les États devraient coopérer.
`,
		"B2002K1.txt": `id: B2002K1
short: B 2002 K1
note: The A2001 declaration is quoted here, and this note keeps its words.
item: 1
  restates: A2001K1/1
  shared: "States should cooperate"
link: restates A2001K1
  at: "A2001"
link: cites Other
---
States should cooperate.
`,
	} {
		if got := string(out[name]); got != want {
			t.Errorf("%s:\n%s\nwant\n%s", name, got, want)
		}
	}
	if _, err := synthesize(map[string][]byte{"B2001.txt": []byte("id: A2001\n---\n")}, 2); err == nil {
		t.Error("a file not named by its ID: no error")
	}
}

func TestReadBenchmarks(t *testing.T) {
	c := &column{cells: map[string]cell{}}
	readBenchmarks(c, `pkg: github.com/cybernorms/cybernorms/norms
BenchmarkLookup-2                      	10000000	        13.90 ns/op	       0 B/op	       0 allocs/op
BenchmarkLookup-2                      	10000000	        11.90 ns/op	       0 B/op	       0 allocs/op
BenchmarkParse/A/70/174,_para._13(f)-2 	  40000	      3100 ns/op	     512 B/op	      14 allocs/op
--- FAIL: BenchmarkParse/Lucca_Declaration,_norm_6
pkg: github.com/cybernorms/cybernorms/declarations
BenchmarkSearch/States-2   	    1000	    109900 ns/op	   9000 B/op	     118 allocs/op	       44.00 hits
pkg: github.com/cybernorms/cybernorms/internal/cite
BenchmarkScan-2   	    1000	    109900 ns/op	  59.01 MB/s	   0 B/op	     0 allocs/op
`)
	want := []string{
		"`norms` Lookup: 11.9 ns, 0 allocs",
		"`norms` Parse/A/70/174,_para._13(f): 3.1 µs, 14 allocs",
		"`declarations` Search/States: 110 µs, 118 allocs, 44 hits",
		"`cite` Scan: 59 MB/s",
	}
	var got []string
	for _, r := range c.rows {
		got = append(got, r+": "+c.cells[r].text)
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestReadHostile(t *testing.T) {
	c := &column{cells: map[string]cell{}}
	ok := readHostile(c, `=== RUN   TestHostileTable
    hostile_test.go:194:
        | entry point | input | 1 KB | 10 KB | 100 KB | 1 MB | 1 MB ÷ 100 KB |
        | --- | --- | ---: | ---: | ---: | ---: | ---: |
        | `+"`Scan`"+` | prose | 39.9 µs | 256 µs | 2.34 ms | 23.1 ms | 10.0 |
        | `+"`Scan`"+` | lines | 250 µs | 2.5 ms | 25.5 ms | 266 ms | 11.1 |
        | `+"`Scan`"+` | letters | 1.92 µs | 18.3 µs | 174 µs | 1.81 ms | 9.9 |
--- PASS: TestHostileTable (17.65s)
`)
	r := "hostile input, the worst 1 MB ÷ 100 KB: `Scan`"
	if !ok || len(c.rows) != 1 || c.cells[r].text != "11.1 (lines)" {
		t.Errorf("got %v, %q %v", ok, c.rows, c.cells)
	}
	if readHostile(c, "ok\n") {
		t.Error("found a table in none")
	}
}

func TestCompiledPackage(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"/go/pkg/tool/linux_amd64/compile", "-o", "x.a", "-p", "example.com/m/norms", "a.go"}, "example.com/m/norms"},
		{[]string{"/go/pkg/tool/linux_amd64/compile", "-p=main", "a.go"}, "main"},
		{[]string{"/go/pkg/tool/linux_amd64/compile", "-V=full"}, ""},
		{[]string{"/go/pkg/tool/linux_amd64/asm", "-p", "runtime"}, ""},
	} {
		if got := compiledPackage(c.args); got != c.want {
			t.Errorf("%q: got %q, want %q", c.args, got, c.want)
		}
	}
}

// TestCompile builds a small module twice with the test binary as the
// -toolexec wrapper, and checks that each build compiles its generated
// package again and logs it.
func TestCompile(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go build")
	}
	dir := t.TempDir()
	for name, src := range map[string]string{
		"go.mod":              "module " + modulePath + "\n\ngo 1.23\n",
		"norms/x_gen.go":      "// Code generated by test; DO NOT EDIT.\n\npackage norms\n\nvar X = [3]string{\"a\", \"b\", \"c\"}\n",
		"gen/x_gen.go":        "// Code generated by test; DO NOT EDIT.\n\npackage gen\n",
		"cmd/c/doc_gen.go":    "// Code generated by test; DO NOT EDIT.\n\n// Command c.\npackage main\n",
		"cmd/c/main.go":       "package main\n\nfunc main() {}\n",
		"other/plain.go":      "package other\n",
		"norms/testdata/x.go": "// Code generated by test; DO NOT EDIT.\n\npackage x\n",
	} {
		if err := writeFile(filepath.Join(dir, name), []byte(src)); err != nil {
			t.Fatal(err)
		}
	}
	c := &column{cells: map[string]cell{}}
	if err := measureCompile(c, dir, 2); err != nil {
		t.Fatal(err)
	}
	t.Logf("%q %v", c.rows, c.cells)
	if strings.Join(c.rows, "|") != "compile of `norms`: CPU|compile of `norms`: peak memory" || c.cells[c.rows[1]].value < 1<<20 {
		t.Errorf("got %q %v", c.rows, c.cells)
	}
	if _, err := os.Stat(filepath.Join(dir, "norms", "zz_bench_nonce.go")); err == nil {
		t.Error("the nonce file was left behind")
	}
}
