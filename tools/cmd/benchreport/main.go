// Command benchreport measures what the cybernorms runtime packages cost a
// program and prints a Markdown report. It is run by .ci/bench; see
// BENCHMARKS.md at the repository root for what it measures and why.
//
// It writes throwaway programs into a temporary directory, each a module of
// its own whose requirement on github.com/cybernorms/cybernorms is replaced
// by the repository, builds them with the go command on PATH (GOWORK=off,
// GOFLAGS=-mod=mod), and measures:
//
//  1. the initialisation of every runtime package, from the
//     GODEBUG=inittrace=1 output of a built binary that imports them all and
//     reaches every document;
//  2. the binary size a program pays for citing one norm, one document and
//     the whole corpus, over a baseline program, set against the raw bytes of
//     the texts it prints;
//  3. the time the generator takes, as the median of several runs of a built
//     generator with -check, and BenchmarkGenerate;
//  4. the same corpus shipped as embedded JSON and decoded on first use: the
//     latency, allocations and bytes of the first access to one norm's text
//     (median over fresh processes) and the binary sizes, against the
//     generated constants.
//
// Usage:
//
//	go run ./cmd/benchreport [-root dir] [-runs n] [-genruns n] [-gotest=false] [-keep]
//
// Progress goes to standard error, the report to standard output.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"github.com/cybernorms/cybernorms/tools/internal/benchkit"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
)

// mirrorSource is mirror.go, copied into the embedded-JSON programs.
//
//go:embed mirror.go
var mirrorSource []byte

// options are the command-line flags.
type options struct {
	root    string // the repository root
	runs    int    // fresh processes per design for the first-access measures
	genRuns int    // runs of the built generator
	goTest  bool   // also run BenchmarkGenerate
	keep    bool   // keep the temporary directory
}

// main parses the flags, runs the measures and prints the report.
func main() {
	var o options
	flag.StringVar(&o.root, "root", "", "the repository root (default: found from the working directory)")
	flag.IntVar(&o.runs, "runs", 21, "fresh processes per design for the first-access measures")
	flag.IntVar(&o.genRuns, "genruns", 9, "runs of the built generator for the generation time")
	flag.BoolVar(&o.goTest, "gotest", true, "also run BenchmarkGenerate with go test")
	flag.BoolVar(&o.keep, "keep", false, "keep the temporary directory and print its path")
	flag.Parse()
	if err := run(o, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "benchreport:", err)
		os.Exit(1)
	}
}

// progress reports a step on standard error.
func progress(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "benchreport: "+format+"\n", args...)
}

// run measures everything and writes the report to w.
func run(o options, w io.Writer) error {
	start := time.Now()
	root, err := benchkit.FindRoot(o.root)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "benchreport-")
	if err != nil {
		return err
	}
	if o.keep {
		progress("keeping %s", tmp)
	} else {
		defer os.RemoveAll(tmp)
	}

	texts := measureTexts()
	corpus, err := corpusJSON()
	if err != nil {
		return err
	}

	// Write and build the programs.
	bin := filepath.Join(tmp, "bin")
	if err := os.MkdirAll(bin, 0o755); err != nil {
		return err
	}
	dirs, err := writePrograms(filepath.Join(tmp, "src"), root, corpus)
	if err != nil {
		return err
	}
	goVersion, err := goOutput(root, nil, "env", "GOVERSION")
	if err != nil {
		return err
	}
	progress("building %d programs with %s", len(dirs), goVersion)
	sizes, err := buildPrograms(dirs, bin)
	if err != nil {
		return err
	}

	// 1. Initialisation.
	progress("reading init traces")
	runtimePkgs, err := runtimePackages(dirs["corpus"])
	if err != nil {
		return err
	}
	inits, jsonInits, err := initTraces(bin)
	if err != nil {
		return err
	}

	// 3. Generation time.
	progress("timing the generator")
	gen, err := timeGenerator(root, bin, o)
	if err != nil {
		return err
	}

	// 4. First access.
	progress("first access: %d fresh processes per design", o.runs)
	first, err := measureFirstAccess(bin, o.runs)
	if err != nil {
		return err
	}

	// The report.
	progress("done in %v", time.Since(start).Round(time.Second))
	r := &report{w: w}
	r.header(root, goVersion, o)
	r.inits(runtimePkgs, inits, jsonInits)
	r.sizes(sizes, texts)
	r.generation(gen, o)
	r.alternative(first, sizes, texts, corpus, o)
	r.p("_Report generated in %v._", time.Since(start).Round(time.Second))
	return r.err
}

// writePrograms writes the source of every program measured (the size
// programs and the first-access programs) under src and returns the
// directory of each by name.
func writePrograms(src, root string, corpus []byte) (map[string]string, error) {
	dirs := map[string]string{}
	for _, p := range append(slices.Clone(sizePrograms), firstAccessPrograms...) {
		d, err := writeProgram(src, root, p, mirrorSource, corpus)
		if err != nil {
			return nil, err
		}
		dirs[p.Name] = d
	}
	return dirs, nil
}

// buildPrograms builds the programs of dirs into bin: each size program
// twice (as is, and stripped with -ldflags=-s -w), returning its sizes by
// name, and each first-access program once.
func buildPrograms(dirs map[string]string, bin string) (map[string]binSize, error) {
	sizes := map[string]binSize{}
	for _, p := range sizePrograms {
		var s binSize
		for i, flags := range [][]string{nil, {"-ldflags=-s -w"}} {
			out := filepath.Join(bin, p.Name+[]string{"", ".sw"}[i])
			args := append(append([]string{"build", "-o", out}, flags...), ".")
			if _, err := goOutput(dirs[p.Name], tempEnv(), args...); err != nil {
				return nil, err
			}
			n, err := fileSize(out)
			if err != nil {
				return nil, err
			}
			if i == 0 {
				s.file = n
				s.loaded = loadedOrNone(out)
			} else {
				s.stripped = n
			}
		}
		sizes[p.Name] = s
	}
	for _, p := range firstAccessPrograms {
		if _, err := goOutput(dirs[p.Name], tempEnv(), "build", "-o", filepath.Join(bin, p.Name), "."); err != nil {
			return nil, err
		}
	}
	return sizes, nil
}

// runtimePackages returns the packages of the runtime module that the
// program in dir depends on, sorted.
func runtimePackages(dir string) ([]string, error) {
	deps, err := goOutput(dir, tempEnv(), "list", "-deps", "-f", "{{.ImportPath}}", ".")
	if err != nil {
		return nil, err
	}
	var runtimePkgs []string
	for _, p := range strings.Fields(deps) {
		if p == modulePath || strings.HasPrefix(p, modulePath+"/") {
			runtimePkgs = append(runtimePkgs, p)
		}
	}
	slices.Sort(runtimePkgs)
	return runtimePkgs, nil
}

// initTraces reads the init traces of the programs corpus and json-corpus
// in bin.
func initTraces(bin string) (inits, jsonInits map[string]initLine, err error) {
	if inits, err = initTrace(filepath.Join(bin, "corpus")); err != nil {
		return nil, nil, err
	}
	if jsonInits, err = initTrace(filepath.Join(bin, "json-corpus")); err != nil {
		return nil, nil, err
	}
	return inits, jsonInits, nil
}

// measureFirstAccess runs each first-access program of bin runs times, in
// fresh processes, and returns the measures by program name.
func measureFirstAccess(bin string, runs int) (map[string]*firstAccess, error) {
	first := map[string]*firstAccess{}
	for _, p := range firstAccessPrograms {
		first[p.Name] = &firstAccess{}
	}
	for i := 0; i < runs; i++ {
		for _, p := range firstAccessPrograms { // interleaved, so that both see the same load
			if err := first[p.Name].run(filepath.Join(bin, p.Name)); err != nil {
				return nil, err
			}
		}
	}
	return first, nil
}

// tempEnv is the environment of go commands on the throwaway programs: each
// is a module of its own, outside any workspace, allowed to update go.mod.
func tempEnv() []string {
	return []string{"GOWORK=off", "GOFLAGS=-mod=mod -buildvcs=false"}
}

// goOutput runs the go command in dir with env added to a copy of the
// environment without GODEBUG (a GODEBUG trace must never reach the go
// command: its build cache would replay it), and returns its trimmed output.
func goOutput(dir string, env []string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(benchkit.CleanEnv(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go %s in %s: %v\n%s", strings.Join(args, " "), dir, err, stderr.Bytes())
	}
	return strings.TrimSpace(string(out)), nil
}

// binSize are the sizes of one program's binary.
type binSize struct {
	// file is the size of the file built with default flags, stripped the
	// size of the file built with -ldflags=-s -w.
	file, stripped int64
	// loaded is the sum of the sizes of the ELF sections that are loaded
	// into memory and stored in the file (SHF_ALLOC, not SHT_NOBITS): code,
	// read-only data, data, pclntab, but no symbol table or DWARF, and no
	// page alignment. It is -1 for a binary that is not ELF.
	loaded int64
}

// fileSize returns the size of the named file.
func fileSize(name string) (int64, error) {
	fi, err := os.Stat(name)
	if err != nil {
		return 0, err
	}
	return fi.Size(), nil
}

// An initLine is one line of a GODEBUG=inittrace=1 trace.
type initLine struct {
	clockMs float64
	bytes   int64
	allocs  int64
}

// initRE matches a line of GODEBUG=inittrace=1 output.
var initRE = regexp.MustCompile(`^init (\S+) @[0-9.]+ ms, ([0-9.]+) ms clock, (\d+) bytes, (\d+) allocs$`)

// initTrace runs the built binary with GODEBUG=inittrace=1 and returns its
// trace by package. A package without init work prints no line.
func initTrace(binary string) (map[string]initLine, error) {
	cmd := exec.Command(binary)
	cmd.Env = append(benchkit.CleanEnv(), "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s: %v\n%s", binary, err, stderr.Bytes())
	}
	lines := map[string]initLine{}
	sc := bufio.NewScanner(&stderr)
	for sc.Scan() {
		m := initRE.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		var l initLine
		l.clockMs, _ = strconv.ParseFloat(m[2], 64)
		l.bytes, _ = strconv.ParseInt(m[3], 10, 64)
		l.allocs, _ = strconv.ParseInt(m[4], 10, 64)
		lines[m[1]] = l
	}
	if len(lines) == 0 {
		return nil, fmt.Errorf("%s printed no init trace", binary)
	}
	return lines, nil
}

// genTimes are the generation-time measures.
type genTimes struct {
	runs     []time.Duration
	failed   int    // runs that exited non-zero (stale output)
	benchOut string // the BenchmarkGenerate line, or ""
}

// timeGenerator builds the generator once and times o.genRuns runs of it
// with -check, then, if o.goTest, runs BenchmarkGenerate.
func timeGenerator(root, bin string, o options) (genTimes, error) {
	var g genTimes
	gen := filepath.Join(bin, "gen")
	if _, err := goOutput(root, nil, "build", "-o", gen, "./gen"); err != nil {
		return g, err
	}
	for i := 0; i < o.genRuns; i++ {
		cmd := exec.Command(gen, "-check", "-root", root)
		cmd.Env = benchkit.CleanEnv()
		t := time.Now()
		err := cmd.Run()
		g.runs = append(g.runs, time.Since(t))
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			g.failed++
		} else if err != nil {
			return g, err
		}
	}
	if o.goTest {
		progress("running BenchmarkGenerate")
		out, err := goOutput(root, nil, "test", "./gen", "-run", "^$", "-bench", "^BenchmarkGenerate$", "-benchmem", "-count", "1")
		if err != nil {
			return g, err
		}
		for _, l := range strings.Split(out, "\n") {
			if strings.HasPrefix(l, "BenchmarkGenerate") {
				g.benchOut = strings.Join(strings.Fields(l), " ")
			}
		}
	}
	return g, nil
}

// firstAccess collects the measures of one design's harness over fresh
// processes.
type firstAccess struct {
	// floor, first and second are the in-process wall times, in ns, of an
	// empty interval, the first access and a second access; mallocs and
	// bytes are what the first access allocated; process is the wall time of
	// the whole process seen from the parent. One element per run.
	floor, first, second, mallocs, bytes, process []int64
	// faults are the minor page faults the process took during the first
	// access, one element per run.
	faults []int64
	// textLen is the length of the text read.
	textLen int64
}

// run runs the harness binary once and records its measures, and the wall
// time of the whole process as seen from here.
func (f *firstAccess) run(binary string) error {
	cmd := exec.Command(binary)
	cmd.Env = benchkit.CleanEnv()
	t := time.Now()
	out, err := cmd.Output()
	elapsed := time.Since(t)
	if err != nil {
		return fmt.Errorf("%s: %v", binary, err)
	}
	var v [7]int64
	fields := strings.Fields(string(out))
	if len(fields) != len(v) {
		return fmt.Errorf("%s: unexpected output %q", binary, out)
	}
	for i, s := range fields {
		if v[i], err = strconv.ParseInt(s, 10, 64); err != nil {
			return fmt.Errorf("%s: unexpected output %q", binary, out)
		}
	}
	f.floor = append(f.floor, v[0])
	f.first = append(f.first, v[1])
	f.second = append(f.second, v[2])
	f.mallocs = append(f.mallocs, v[3])
	f.bytes = append(f.bytes, v[4])
	f.textLen = v[5]
	f.faults = append(f.faults, v[6])
	f.process = append(f.process, elapsed.Nanoseconds())
	return nil
}

// gzipSize returns the size of b compressed with gzip at best compression.
func gzipSize(b []byte) int {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	return buf.Len()
}

// median returns the median of xs (the lower middle for an even count).
func median[T int64 | time.Duration](xs []T) T {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[(len(s)-1)/2]
}

// cpuModel returns the CPU's model name from /proc/cpuinfo, or "".
func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for _, l := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// gitDescribe returns the short commit of the repository at root, marked
// when the working tree has uncommitted changes to what is measured, or ""
// outside git.
func gitDescribe(root string) string {
	out, err := exec.Command("git", "-C", root, "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return ""
	}
	s := strings.TrimSpace(string(out))
	// Only what is measured counts: the runtime module, the generator and
	// the data, not the tooling, the command or the documentation.
	st, err := exec.Command("git", "-C", root, "status", "--porcelain", "--untracked-files=no", "--",
		".", ":(exclude)tools", ":(exclude)cmd", ":(exclude)*.md", ":(exclude).ci").Output()
	if err == nil && len(bytes.TrimSpace(st)) > 0 {
		s += " (with uncommitted changes)"
	}
	return s
}

// report writes the Markdown report, remembering the first write error.
type report struct {
	w   io.Writer
	err error
}

// p writes one paragraph (or table line, with a single trailing newline if
// it starts with "|").
func (r *report) p(format string, args ...any) {
	if r.err != nil {
		return
	}
	s := fmt.Sprintf(format, args...)
	end := "\n\n"
	if strings.HasPrefix(s, "|") {
		end = "\n"
	}
	_, r.err = io.WriteString(r.w, s+end)
}

// nl ends a table.
func (r *report) nl() {
	if r.err == nil {
		_, r.err = io.WriteString(r.w, "\n")
	}
}

// header writes the title and the conditions of the run.
func (r *report) header(root, goVersion string, o options) {
	r.p("## Report")
	machine := fmt.Sprintf("%s/%s, %d logical CPUs", runtime.GOOS, runtime.GOARCH, runtime.NumCPU())
	if m := cpuModel(); m != "" {
		machine += " (" + m + ")"
	}
	commit := gitDescribe(root)
	if commit == "" {
		commit = "unknown"
	}
	load := ""
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		if f := strings.Fields(string(b)); len(f) >= 3 {
			load = fmt.Sprintf(", load average %s %s %s at the start", f[0], f[1], f[2])
		}
	}
	r.p("Run of `.ci/bench` on %s: %s, %s%s, commit %s. Timings are medians; the machine may be shared, so they are noisy; "+
		"sizes and allocation counts are exact.",
		time.Now().UTC().Format("2006-01-02 15:04 MST"), goVersion, machine, load, commit)
}

// inits writes section 1.
func (r *report) inits(pkgs []string, lines, jsonLines map[string]initLine) {
	r.p("### 1. Initialisation, per runtime package")
	r.p("From `GODEBUG=inittrace=1` on a built binary that imports every runtime package (the root package blank, " +
		"`internal/...` through `norms` and `declarations`) and iterates `declarations.All()` and `norms.All()`, " +
		"so that every document is linked in. A package with no init work prints no trace line: that is 0 allocations and 0 bytes.")
	r.p("| package | allocs | bytes | init clock | trace line |")
	r.p("| --- | ---: | ---: | ---: | --- |")
	var allocs, byts int64
	for _, p := range pkgs {
		l, ok := lines[p]
		if !ok {
			r.p("| `%s` | 0 | 0 | 0 | none (no init work) |", p)
			continue
		}
		allocs += l.allocs
		byts += l.bytes
		r.p("| `%s` | %d | %d | %.3f ms | present |", p, l.allocs, l.bytes, l.clockMs)
	}
	r.nl()
	verdict := "every runtime package initialises with 0 allocations and 0 bytes."
	if allocs != 0 || byts != 0 {
		verdict = fmt.Sprintf("the runtime packages allocate %d times, %d bytes, at init: the zero-cost promise is broken.", allocs, byts)
	}
	total := func(m map[string]initLine) (a, b int64) {
		for _, l := range m {
			a += l.allocs
			b += l.bytes
		}
		return a, b
	}
	ca, cb := total(lines)
	ja, jb := total(jsonLines)
	r.p("Result: %s For scale, the whole program's init (the standard library: runtime, os, fmt, ...) is %d allocations, %d bytes; "+
		"the embedded-JSON program of section 4 also has no init work of its own (`go:embed` data is laid out by the linker), "+
		"its whole init is %d allocations, %d bytes: it pays on first use instead.", verdict, ca, cb, ja, jb)
}

// ratio formats a/b as "n.nn×".
func ratio(a, b int64) string {
	if b == 0 {
		if a == 0 {
			return "—"
		}
		return "∞"
	}
	return fmt.Sprintf("%.2f×", float64(a)/float64(b))
}

// kb formats a byte count.
func kb(n int64) string {
	if n < 0 {
		return "-" + kb(-n)
	}
	if n < 10_000 {
		return fmt.Sprintf("%d B", n)
	}
	return fmt.Sprintf("%.1f KiB", float64(n)/1024)
}

// sizes writes section 2.
func (r *report) sizes(sizes map[string]binSize, t textSizes) {
	r.p("### 2. Binary size of citing, against the raw text")
	r.p("Each program prints texts with `fmt`; the baseline prints `os.Args[0]` the same way and imports nothing of cybernorms. " +
		"Delta = program − baseline, in three measures: the file built with default flags; the file built with " +
		"`-ldflags=-s -w` (no symbol table, no DWARF; the linker aligns segments to 4 KiB pages, so these deltas move in " +
		"steps of 4096); and the loaded sections of the default build (every ELF section that is loaded and stored: code, " +
		"read-only data, data, pclntab; byte-exact, no symbols, no DWARF, no padding). " +
		"Raw text = the sum of `len(Text)` of what the program prints: the physical limit of what it must carry. " +
		"Ratio = delta / raw text; 1.00× would be a program that pays only for the bytes of text.")
	base := sizes["baseline"]
	r.p("Baseline: %d bytes (default), %d bytes (`-s -w`), %d bytes loaded.", base.file, base.stripped, base.loaded)
	r.p("| program | prints | raw text | delta, default | ratio | delta, `-s -w` | ratio | delta, loaded | ratio |")
	r.p("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
	row := func(name, what string, raw int) {
		s := sizes[name]
		d0, d1, d2 := s.file-base.file, s.stripped-base.stripped, s.loaded-base.loaded
		r.p("| %s | %s | %d | %d | %s | %d | %s | %d | %s |", name, what, raw,
			d0, ratio(d0, int64(raw)), d1, ratio(d1, int64(raw)), d2, ratio(d2, int64(raw)))
	}
	row("norm", "`norms.UNGGE2015[norms.F].Text()`", t.Norm)
	row("doc", fmt.Sprintf("the %d paragraphs of `declarations.Toronto2018`", t.DocParagraphs), t.Doc)
	row("corpus", fmt.Sprintf("every paragraph of the %d documents (%d) and the %d norms", t.Documents, t.Paragraphs, t.NormCount), t.Corpus)
	r.nl()
	n, c := sizes["norm"], sizes["corpus"]
	r.p("Reading the ratios. One norm costs far more than its text because a list is one array (a design rule: "+
		"`norms.UNGGE2015[11]` must not compile): the program carries all eleven UN GGE norms, %d bytes of text, with "+
		"their IDs, labels and languages; against that list the loaded delta is %s. "+
		"The document and corpus programs carry, beside each text, its paragraph's label, kind, break and norm ID, and each "+
		"document's ID, language, title, short name, kind and date, and the iterators' tables. The rest of a document or a "+
		"norm (body, place, symbol, URL, provenance, "+
		"observations, facts, notes, links, editorial titles, restatements, language versions) is in generated tables "+
		"indexed by its number, which the linker keeps only in a program that calls a method reading them; a table holds "+
		"every document's or norm's entries, so that a program that reads one document's provenance carries all of them. "+
		"The corpus program prints most norm texts twice (once as a "+
		"paragraph of the document, once from `norms.All()`), and the linker stores identical strings once: counting "+
		"each distinct text once, the corpus holds %d bytes of text, and the loaded delta is %s of that.",
		t.NormList, ratio(n.loaded-base.loaded, int64(t.NormList)), t.CorpusDistinct, ratio(c.loaded-base.loaded, int64(t.CorpusDistinct)))
}

// generation writes section 3.
func (r *report) generation(g genTimes, o options) {
	r.p("### 3. Generation time")
	r.p("The generator (`./gen`) built once, then run %d times with `-check` (parse and validate every data file, generate "+
		"every output in memory, compare with the committed files; nothing is written).", len(g.runs))
	mn, mx := slices.Min(g.runs), slices.Max(g.runs)
	r.p("| measure | value |")
	r.p("| --- | ---: |")
	r.p("| median wall time of `gen -check` | %v |", median(g.runs).Round(time.Microsecond))
	r.p("| fastest / slowest | %v / %v |", mn.Round(time.Microsecond), mx.Round(time.Microsecond))
	if g.benchOut != "" {
		r.p("| `BenchmarkGenerate` (in-process `Generate`) | `%s` |", g.benchOut)
	}
	r.nl()
	if g.failed > 0 {
		r.p("Warning: %d of %d runs exited non-zero: the committed generated files are stale (run `go generate ./...`). "+
			"The timing still covers a whole generation.", g.failed, len(g.runs))
	}
}

// alternative writes section 4.
func (r *report) alternative(f map[string]*firstAccess, sizes map[string]binSize, t textSizes, corpus []byte, o options) {
	c, j := f["first-const"], f["first-json"]
	r.p("### 4. The alternative: the corpus as embedded JSON, decoded on first use")
	r.p("The same corpus (every set, norm and document with every field, %d bytes of compact JSON marshalled from the real "+
		"values through mirror structs) embedded with `go:embed` and decoded on first use with `sync.Once` and `encoding/json` "+
		"into plain structs, plus a map from norm ID to norm. First access = reading the text of UN GGE 2015 norm 13(f): "+
		"`norms.UNGGE2015[norms.F].Text()` for the generated constants, `lookupNorm(\"UNGGE2015/13f\").Text` for JSON. "+
		"Measured in-process (wall time of the access with `time.Now`, allocations and bytes from `runtime.MemStats` "+
		"before and after) in %d fresh processes per design, interleaved; medians. Process wall time is from the parent's "+
		"start of the process to its exit, fork and exec included.", len(corpus), len(c.first))
	r.p("| measure | generated constants | embedded JSON | JSON / constants |")
	r.p("| --- | ---: | ---: | ---: |")
	ns := func(v int64) string { return time.Duration(v).String() }
	r.p("| first access, wall time | %s | %s | %s |", ns(median(c.first)), ns(median(j.first)), ratio(median(j.first), median(c.first)))
	r.p("| clock floor (an empty interval) | %s | %s | |", ns(median(c.floor)), ns(median(j.floor)))
	r.p("| second access | %s | %s | %s |", ns(median(c.second)), ns(median(j.second)), ratio(median(j.second), median(c.second)))
	r.p("| allocations on first access | %d | %d | %s |", median(c.mallocs), median(j.mallocs), ratio(median(j.mallocs), median(c.mallocs)))
	r.p("| bytes allocated on first access | %d | %d | %s |", median(c.bytes), median(j.bytes), ratio(median(j.bytes), median(c.bytes)))
	r.p("| whole process, start to exit | %s | %s | %s |", ns(median(c.process)), ns(median(j.process)), ratio(median(j.process), median(c.process)))
	base := sizes["baseline"]
	for _, m := range []struct {
		label string
		get   func(binSize) int64
	}{
		{"default", func(b binSize) int64 { return b.file }},
		{"`-s -w`", func(b binSize) int64 { return b.stripped }},
		{"loaded", func(b binSize) int64 { return b.loaded }},
	} {
		d := func(name string) int64 { return m.get(sizes[name]) - m.get(base) }
		r.p("| binary delta, one norm (%s) | %s | %s | %s |", m.label, kb(d("norm")), kb(d("json-norm")), ratio(d("json-norm"), d("norm")))
		r.p("| binary delta, whole corpus (%s) | %s | %s | %s |", m.label, kb(d("corpus")), kb(d("json-corpus")), ratio(d("json-corpus"), d("corpus")))
	}
	bj := sizes["baseline-json"]
	r.p("| binary delta over a baseline that already uses `encoding/json`, one norm (loaded) | %s | %s | %s |",
		kb(sizes["norm"].loaded-base.loaded), kb(sizes["json-norm"].loaded-bj.loaded),
		ratio(sizes["json-norm"].loaded-bj.loaded, sizes["norm"].loaded-base.loaded))
	r.p("| binary delta over a baseline that already uses `encoding/json`, whole corpus (loaded) | %s | %s | %s |",
		kb(sizes["corpus"].loaded-base.loaded), kb(sizes["json-corpus"].loaded-bj.loaded),
		ratio(sizes["json-corpus"].loaded-bj.loaded, sizes["corpus"].loaded-base.loaded))
	r.nl()
	if p := f["first-parse"]; p != nil {
		r.p("The first citation parsed in a process: `norms.Parse(\"UN GGE 2015 norm 13(f)\")`, then the norm's text, "+
			"as the first access of the same harness (%d fresh processes, medians): %s (least %s; clock floor %s), %d minor page "+
			"faults, %d allocations, %d bytes; a second parse %s. "+
			"The engine's tables are static data like the corpus, and the first parse takes a static buffer: it pays the page faults of the first "+
			"touch of its code and tables, at what a fault costs on the machine (the first access to the constants, "+
			"above, took %d), and the cold caches.",
			len(p.first), ns(median(p.first)), ns(slices.Min(p.first)), ns(median(p.floor)), median(p.faults), median(p.mallocs), median(p.bytes),
			ns(median(p.second)), median(c.faults))
	}
	r.p("The last two rows are the fairest to the JSON design: a program that already links `encoding/json` (most "+
		"servers do; the baseline here unmarshals into a small struct, %s loaded over the plain baseline) pays only for "+
		"the embedded data, the mirror types and their decoding; the constants' delta is the same as before, since they "+
		"do not use `encoding/json`.", kb(bj.loaded-base.loaded))
	z, cd := gzipSize(corpus), sizes["corpus"].loaded-base.loaded
	cmp := "less than"
	if int64(z) >= cd {
		cmp = "no less than"
	}
	r.p("Not measured: the same JSON compressed with gzip (best compression) would be %d bytes, %s the constants' "+
		"whole-corpus delta (%d bytes loaded); a design embedding it could win on size for a program that carries the "+
		"whole corpus and already links `compress/gzip` and `encoding/json`, and would lose more on first access "+
		"(decompression before decoding).", z, cmp, cd)
	r.p("The constants' first access is a load from static data: no allocation, and a time near the clock's floor "+
		"(what is measured is mostly `time.Now` itself, and the page fault of the first touch of the data), so the "+
		"time ratio is a lower bound. The JSON design pays its whole decode on the first access, however little "+
		"is read, and every program that cites one norm carries the whole corpus and `encoding/json` (with `reflect`): "+
		"its one-norm delta is close to its whole-corpus delta. Text length read: %d bytes in both designs.", c.textLen)
}

// loadedOrNone returns the loaded size of the named binary (see binSize), or
// -1 for a binary that is not ELF.
func loadedOrNone(name string) int64 {
	n, err := benchkit.LoadedSize(name)
	if err != nil {
		return -1
	}
	return n
}
