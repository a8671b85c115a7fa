// Command bench measures what BENCHMARKS.md reports, at 1×, 10× and 100×
// the corpus, and prints the table in Markdown. With -check-linear it is
// CI's gate on the cost of compiling the generated packages instead.
//
// For each size K it copies the repository (the files git knows) into a
// temporary directory. There data/ holds K renamed copies of every data
// file (see corpus.go). It measures in the copy:
//
//   - gen -check, built once: wall, CPU, peak memory;
//   - the cold compile of each package with generated files, timed by this
//     program as go build's -toolexec wrapper;
//   - the go test benchmarks of Lookup, Parse, Search and Scan;
//   - small programs: their loaded bytes (the ELF sections a process
//     maps), their init (GODEBUG=inittrace=1), a fresh process's first
//     norms.Parse;
//   - the hostile-input tables of the root package and of the command.
//
// Each measure is the least of -runs runs, since on a shared machine noise
// only adds. A benchmark is the fastest of -count runs.
//
// With -check-linear it measures the generator and the compiler at 1× and
// 10× only. It fails when the compile CPU or peak memory of a generated
// package at 10× exceeds -max-ratio times that at 1×. The fixed cost of a
// compile dominates at 1×, so a ratio of 3, not 10, catches superlinear
// growth.
//
// Usage, from the repository:
//
//	go run ./tools/cmd/bench [-k 1,10,100] [-runs 3] [-count 10] [-keep]
//	go run ./tools/cmd/bench -check-linear -max-ratio 3
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"
)

const modulePath = "github.com/cybernorms/cybernorms"

// A column is what was measured at one size: a cell per row name, and the
// row names in the order first set.
type column struct {
	k     int
	cells map[string]cell
	rows  []string
}

type cell struct {
	text  string  // as the table prints it
	value float64 // for -check-linear
}

func (c *column) set(row, text string, value float64) {
	if _, ok := c.cells[row]; !ok {
		c.rows = append(c.rows, row)
	}
	c.cells[row] = cell{text, value}
}

func main() {
	if len(os.Args) > 3 && os.Args[1] == wrapFlag {
		os.Exit(wrap(os.Args[2], os.Args[3:]))
	}
	sizes := flag.String("k", "1,10,100", "the corpus sizes, as numbers of copies of data/")
	runs := flag.Int("runs", 3, "runs of each measure of a process; the least is kept")
	count := flag.Int("count", 10, "runs of each go test benchmark; the fastest is kept")
	benchtime := flag.String("benchtime", "100ms", "the -benchtime of the go test benchmarks")
	keep := flag.Bool("keep", false, "keep the copies and print where they are")
	check := flag.Bool("check-linear", false, "measure the generator and the compiler at 1× and 10×, and fail if a compile grows more than -max-ratio")
	maxRatio := flag.Float64("max-ratio", 3, "with -check-linear, the largest ratio of a compile at 10× to the same at 1×")
	flag.Parse()
	if *check {
		*sizes = "1,10"
	}
	var ks []int
	for f := range strings.SplitSeq(*sizes, ",") {
		k, err := strconv.Atoi(f)
		if err != nil || k < 1 || *runs < 1 || *count < 1 {
			fatal(fmt.Errorf("-k %q -runs %d -count %d: want positive numbers", *sizes, *runs, *count))
		}
		ks = append(ks, k)
	}
	root, err := findRoot()
	if err != nil {
		fatal(err)
	}
	tmp, err := os.MkdirTemp("", "bench-")
	if err != nil {
		fatal(err)
	}
	if *keep {
		progress("keeping %s", tmp)
	} else {
		cleanup = func() { os.RemoveAll(tmp) }
		defer cleanup()
	}
	start, load := time.Now(), loadAverage()
	data := map[string][]byte{}
	files, _ := filepath.Glob(filepath.Join(root, "data", "*"))
	for _, f := range files {
		if data[filepath.Base(f)], err = os.ReadFile(f); err != nil {
			fatal(err)
		}
	}
	var cols []*column
	gen := filepath.Join(tmp, "gen.bin")
	for _, k := range ks {
		dir := filepath.Join(tmp, fmt.Sprint("k", k))
		c := &column{k: k, cells: map[string]cell{}}
		progress("%d×: copying the repository to %s", k, dir)
		if err := prepare(c, root, dir, data, k); err != nil {
			fatal(err)
		}
		if k == ks[0] {
			if _, err := command(dir, nil, "go", "build", "-o", gen, "./gen"); err != nil {
				fatal(err)
			}
		}
		steps := []struct {
			name string
			f    func() error
		}{
			{"generator", func() error { return measureGen(c, dir, gen, *runs) }},
			{"compiler", func() error { return measureCompile(c, dir, *runs) }},
			{"benchmarks", func() error { return measureBenchmarks(c, dir, *benchtime, *count) }},
			{"programs", func() error { return measurePrograms(c, dir, *runs) }},
			{"hostile input", func() error { return measureHostile(c, dir) }},
		}
		if *check {
			steps = steps[:2]
		}
		for _, s := range steps {
			progress("%d×: %s", k, s.name)
			if err := s.f(); err != nil {
				fatal(fmt.Errorf("%d×, %s: %v", k, s.name, err))
			}
		}
		cols = append(cols, c)
		if !*keep {
			os.RemoveAll(dir)
		}
	}
	if *check {
		if !checkLinear(cols, *maxRatio) {
			os.Exit(1)
		}
		return
	}
	fmt.Printf("Measured on %s by `go run ./tools/cmd/bench -k %s -runs %d -count %d -benchtime %s` in %v: %s, %s/%s, %d CPUs%s, load average %s at the start and %s at the end, commit %s.\n\n",
		start.UTC().Format("2006-01-02 15:04 UTC"), *sizes, *runs, *count, *benchtime, time.Since(start).Round(time.Second),
		runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), cpuModel(), load, loadAverage(), commit(root))
	printTable(cols)
}

// printTable prints the columns as a Markdown table, a row per measure.
func printTable(cols []*column) {
	var rows []string
	seen := map[string]bool{}
	fmt.Print("| |")
	for _, c := range cols {
		fmt.Printf(" %d× |", c.k)
		for _, r := range c.rows {
			if !seen[r] {
				seen[r] = true
				rows = append(rows, r)
			}
		}
	}
	fmt.Print("\n| --- |" + strings.Repeat(" ---: |", len(cols)) + "\n")
	for _, r := range rows {
		fmt.Printf("| %s |", r)
		for _, c := range cols {
			text := "—"
			if v, ok := c.cells[r]; ok {
				text = v.text
			}
			fmt.Printf(" %s |", text)
		}
		fmt.Println()
	}
}

// checkLinear prints the generator's and the compiler's measures at the
// first and last sizes, and reports whether the CPU and peak memory of
// every compile grew by at most maxRatio. Wall times, which other work on
// the machine inflates, and the generator's measures are not checked.
func checkLinear(cols []*column, maxRatio float64) bool {
	a, b := cols[0], cols[len(cols)-1]
	fmt.Printf("%d× against %d×; a compile fails above a ratio of %.3g\n", a.k, b.k, maxRatio)
	ok := true
	for _, r := range a.rows {
		x, y := a.cells[r], b.cells[r]
		verdict := "not checked"
		if checked := strings.HasPrefix(r, "compile of"); checked && y.value > maxRatio*x.value {
			verdict, ok = "FAIL: grows faster than allowed", false
		} else if checked {
			verdict = "ok"
		}
		fmt.Printf("  %-45s %10s %10s  ratio %5.2f  %s\n", strings.ReplaceAll(r, "`", ""), x.text, y.text, y.value/x.value, verdict)
	}
	if ok {
		fmt.Println("ok: the compile of every generated package grows within the limit")
	}
	return ok
}

// findRoot returns the nearest directory at or above the working directory
// whose go.mod declares the runtime module.
func findRoot() (string, error) {
	d, err := os.Getwd()
	for err == nil {
		if b, _ := os.ReadFile(filepath.Join(d, "go.mod")); bytes.HasPrefix(b, []byte("module "+modulePath+"\n")) {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("no go.mod of %s at or above the working directory", modulePath)
		}
		d = filepath.Dir(d)
	}
	return "", err
}

func loadAverage() string {
	b, _ := os.ReadFile("/proc/loadavg")
	f := strings.Fields(string(b))
	return strings.Join(f[:min(3, len(f))], " ")
}

func cpuModel() string {
	b, _ := os.ReadFile("/proc/cpuinfo")
	for l := range strings.SplitSeq(string(b), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
			return " (" + strings.TrimSpace(v) + ")"
		}
	}
	return ""
}

// commit returns the repository's commit, marked when the tree differs.
func commit(root string) string {
	out, err := command(root, nil, "git", "describe", "--always", "--dirty=+changes")
	if err != nil {
		return "unknown"
	}
	return strings.TrimSpace(out)
}

func progress(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

// cleanup removes the copies, unless -keep.
var cleanup = func() {}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	cleanup()
	os.Exit(2)
}
