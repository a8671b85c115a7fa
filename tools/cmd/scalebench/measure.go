package main

import (
	"bufio"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/cybernorms/cybernorms/tools/internal/benchkit"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// measure is one measured process (or the median of several).
type measure struct {
	Wall time.Duration
	CPU  time.Duration // user + system
	RSS  int64         // peak resident set, bytes
}

// bench is one go test benchmark (the fastest of its runs).
type bench struct {
	Pkg, Name     string // package (last element) and name without the -N suffix
	NsOp, AllocOp float64
	Hits          float64 // the hits metric of a Search benchmark, or -1
}

// result is what was measured at one size.
type result struct {
	K        int
	Stats    corpusStats
	GenWrite measure            // the generator writing the output
	Gen      measure            // gen -check, best of the runs
	Compile  map[string]measure // by package path relative to the module, best of the runs
	Pkgs     []string           // the keys of Compile, sorted
	Bench    []bench
	Call     int64 // loaded bytes of the program that calls Parse and Search
	All      int64 // loaded bytes of the program that prints every text of the corpus
	One      int64 // loaded bytes of the program that prints one norm
	Base     int64 // loaded bytes of a program that does not import cybernorms
	// Meta is the loaded bytes of a program that prints every text and
	// every piece of metadata of the corpus (metaMain); MetaParse and
	// MetaSearch, of that program calling Parse, or Search, besides.
	Meta, MetaParse, MetaSearch int64
	Errs                        []string
}

func (r *result) fail(step string, err error) {
	msg := fmt.Sprintf("%d×, %s: %v", r.K, step, err)
	progress("%s", msg)
	r.Errs = append(r.Errs, msg)
}

// readDir reads the regular files of dir, by name.
func readDir(dir string) (map[string][]byte, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		files[e.Name()] = b
	}
	return files, nil
}

// prepare copies the repository at root to dir, without .git and data/, and
// writes the synthetic corpus of k copies of data into dir/data.
func prepare(root, dir string, data map[string][]byte, k int) (corpusStats, error) {
	syn, st, err := synthesize(data, k)
	if err != nil {
		return st, err
	}
	if err := checkSynthetic(syn); err != nil {
		return st, err
	}
	files, err := repoFiles(root)
	if err != nil {
		return st, err
	}
	for _, f := range files {
		if strings.HasPrefix(f, "data/") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(f)))
		if errors.Is(err, fs.ErrNotExist) {
			continue // deleted in the working tree
		} else if err != nil {
			return st, err
		}
		if err := writeFile(filepath.Join(dir, filepath.FromSlash(f)), b); err != nil {
			return st, err
		}
	}
	for name, b := range syn {
		if err := writeFile(filepath.Join(dir, "data", name), b); err != nil {
			return st, err
		}
	}
	return st, nil
}

func writeFile(name string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, b, 0o644)
}

// repoFiles lists the files of the repository at root, as slash paths: with
// git, the tracked and the untracked but not ignored files of the working
// tree; without, every regular file outside .git.
func repoFiles(root string) ([]string, error) {
	out, err := command(root, nil, "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	if err == nil {
		var files []string
		for f := range strings.SplitSeq(out, "\x00") {
			if f != "" {
				files = append(files, f)
			}
		}
		return files, nil
	}
	var files []string
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Name() == ".git" {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			rel, _ := filepath.Rel(root, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	return files, err
}

// goEnv is the environment of the go commands run in a copy: without
// GODEBUG and GOFLAGS, in the copy's workspace (found from the directory).
func goEnv() []string {
	return append(benchkit.CleanEnv(), "GOFLAGS=-buildvcs=false")
}

func newCmd(dir string, env []string, name string, args ...string) *exec.Cmd {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(goEnv(), env...)
	return cmd
}

// goCmd runs the go command in dir.
func goCmd(dir string, args ...string) (string, error) {
	return command(dir, nil, "go", args...)
}

// measured runs the command and measures it.
func measured(cmd *exec.Cmd) (measure, error) {
	var stderr strings.Builder
	if cmd.Stderr == nil {
		cmd.Stderr = &stderr
	}
	start := time.Now()
	err := cmd.Run()
	m := measure{Wall: time.Since(start)}
	if cmd.ProcessState != nil {
		m.CPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			m.RSS = int64(ru.Maxrss) * 1024 // kilobytes on Linux
		}
	}
	if err != nil {
		return m, fmt.Errorf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, tail(stderr.String(), 30))
	}
	return m, nil
}

// best summarises repeated measures of one process: the least wall and CPU
// time (on a shared machine, noise only adds time) and the median peak RSS.
func best(ms []measure) measure {
	pick := func(f func(measure) int64) int64 {
		var xs []int64
		for _, m := range ms {
			xs = append(xs, f(m))
		}
		slices.Sort(xs)
		if len(xs) == 0 {
			return 0
		}
		return xs[len(xs)/2]
	}
	least := func(f func(measure) int64) int64 {
		var x int64
		for i, m := range ms {
			if i == 0 || f(m) < x {
				x = f(m)
			}
		}
		return x
	}
	return measure{
		Wall: time.Duration(least(func(m measure) int64 { return int64(m.Wall) })),
		CPU:  time.Duration(least(func(m measure) int64 { return int64(m.CPU) })),
		RSS:  pick(func(m measure) int64 { return m.RSS }),
	}
}

// measureSize runs the measures of one size in the copy dir.
func measureSize(r *result, o options, dir, genBin, self string) {
	progress("%d×: %d documents in %d data files, %.1f MB; generating", r.K, r.Stats.Docs, r.Stats.Files, float64(r.Stats.Bytes)/1e6)
	m, err := measured(newCmd(dir, nil, genBin, "-root", dir))
	if err != nil {
		r.fail("generator", err)
		return
	}
	r.GenWrite = m
	var ms []measure
	for range o.runs {
		m, err := measured(newCmd(dir, nil, genBin, "-root", dir, "-check"))
		if err != nil {
			r.fail("gen -check", err)
			return
		}
		ms = append(ms, m)
	}
	r.Gen = best(ms)

	progress("%d×: compiling", r.K)
	if err := measureCompile(r, o, dir, self); err != nil {
		r.fail("compile", err)
		return
	}
	if o.noBench {
		return
	}
	progress("%d×: benchmarks", r.K)
	if err := runBenchmarks(r, o, dir); err != nil {
		r.fail("go test -bench", err)
	}
	progress("%d×: binary sizes", r.K)
	if err := binarySizes(r, dir); err != nil {
		r.fail("binary size", err)
	}
}

// generatedPackages returns the directories, relative to dir, of the
// packages that hold generated files (outside the generator and testdata).
func generatedPackages(dir string) ([]string, error) {
	set := map[string]bool{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel == "gen" || rel == "tools" || d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") && rel != "." {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(rel, "_gen.go") {
			return nil
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		line, _ := bufio.NewReader(f).ReadString('\n')
		if strings.HasPrefix(line, "// Code generated ") {
			set[path.Dir(rel)] = true
		}
		return nil
	})
	var pkgs []string
	for p := range set {
		pkgs = append(pkgs, p)
	}
	slices.Sort(pkgs)
	return pkgs, err
}

// measureCompile builds the generated packages o.runs times, cold, with
// this program as the -toolexec wrapper, and records the median of each
// package's compile.
func measureCompile(r *result, o options, dir, self string) error {
	pkgs, err := generatedPackages(dir)
	if err != nil {
		return err
	}
	if len(pkgs) == 0 {
		return errors.New("no package holds generated files")
	}
	r.Pkgs = pkgs
	runs := map[string][]measure{}
	for i := range o.runs {
		nonce := make([]byte, 8)
		rand.Read(nonce)
		args := []string{"build", "-toolexec", quoteField(self) + " " + quoteField(wrapFlag+"="+filepath.Join(dir, fmt.Sprintf("compile-%d.log", i)))}
		for _, p := range pkgs {
			name := filepath.Join(dir, filepath.FromSlash(p), "zz_scalebench_nonce.go")
			src := fmt.Sprintf("package %s\n\n// scalebench nonce %s: forces a cold compile of this package.\n", pkgName(dir, p), hex.EncodeToString(nonce))
			if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
				return err
			}
			args = append(args, "./"+p)
		}
		if _, err := goCmd(dir, args...); err != nil {
			return err
		}
		recs, err := readLog(filepath.Join(dir, fmt.Sprintf("compile-%d.log", i)))
		if err != nil {
			return err
		}
		for _, p := range pkgs {
			ip := modulePath + "/" + p
			if p == "." {
				ip = modulePath
			}
			m, ok := recs[ip]
			if !ok {
				return fmt.Errorf("build %d: no compile of %s was logged (was it cached?)", i+1, ip)
			}
			runs[p] = append(runs[p], m)
		}
	}
	for _, p := range pkgs {
		os.Remove(filepath.Join(dir, filepath.FromSlash(p), "zz_scalebench_nonce.go"))
	}
	r.Compile = map[string]measure{}
	for p, ms := range runs {
		r.Compile[p] = best(ms)
	}
	return nil
}

// quoteField quotes s for a -toolexec command line, which the go command
// splits at spaces outside single or double quotes.
func quoteField(s string) string {
	switch {
	case !strings.ContainsAny(s, " \t\n'\""):
		return s
	case !strings.Contains(s, "'"):
		return "'" + s + "'"
	default:
		return `"` + s + `"`
	}
}

// pkgName returns the package name of the Go files in dir/p.
func pkgName(dir, p string) string {
	matches, _ := filepath.Glob(filepath.Join(dir, filepath.FromSlash(p), "*_gen.go"))
	for _, m := range matches {
		b, _ := os.ReadFile(m)
		if m := regexp.MustCompile(`(?m)^package (\w+)`).FindSubmatch(b); m != nil {
			return string(m[1])
		}
	}
	return path.Base(p)
}

// readLog reads the wrapper's log: the compiles, by import path.
func readLog(name string) (map[string]measure, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("the -toolexec wrapper wrote no log: %w", err)
	}
	recs := map[string]measure{}
	for line := range strings.SplitSeq(strings.TrimSpace(string(b)), "\n") {
		var rec logRecord
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		recs[rec.Pkg] = measure{Wall: time.Duration(rec.WallNs), CPU: time.Duration(rec.CPUNs), RSS: rec.MaxRSS}
	}
	return recs, nil
}

// benchLine is a line of go test -bench output.
var benchLine = regexp.MustCompile(`^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+(.*)$`)

// parseBench parses go test -bench -benchmem output, and keeps the fastest
// run of each benchmark.
func parseBench(out string) []bench {
	var bs []bench
	index := map[[2]string]int{}
	pkg := ""
	for line := range strings.SplitSeq(out, "\n") {
		if p, ok := strings.CutPrefix(line, "pkg: "); ok {
			pkg = path.Base(strings.TrimSpace(p))
			continue
		}
		m := benchLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		b := bench{Pkg: pkg, Name: m[1], NsOp: -1, AllocOp: -1, Hits: -1}
		f := strings.Fields(m[2])
		for i := 0; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			switch f[i+1] {
			case "ns/op":
				b.NsOp = v
			case "allocs/op":
				b.AllocOp = v
			case "hits":
				b.Hits = v
			}
		}
		k := [2]string{b.Pkg, b.Name}
		if i, ok := index[k]; ok {
			if b.NsOp >= 0 && (bs[i].NsOp < 0 || b.NsOp < bs[i].NsOp) {
				bs[i] = b
			}
			continue
		}
		index[k] = len(bs)
		bs = append(bs, b)
	}
	return bs
}

// failures returns the "--- FAIL" lines of go test output with the lines
// that follow them.
func failures(out string) string {
	var b strings.Builder
	in := false
	for line := range strings.SplitSeq(out, "\n") {
		switch {
		case strings.Contains(line, "--- FAIL"):
			in = true
		case in && strings.HasPrefix(line, "    "):
		default:
			in = false
		}
		if in {
			b.WriteString(strings.TrimSpace(line) + "\n")
		}
	}
	return b.String()
}

// runBenchmarks runs the benchmarks of Lookup, Parse and Search.
func runBenchmarks(r *result, o options, dir string) error {
	out, err := goCmd(dir, "test", "-run", "^$", "-bench", "Lookup|Parse|Search", "-benchmem", "-benchtime", o.benchtime, "-count", strconv.Itoa(o.count), "./norms", "./declarations")
	r.Bench = parseBench(out)
	if err != nil {
		if f := failures(out); f != "" {
			return errors.New(f)
		}
		return err
	}
	return nil
}

// metaMain is a program that prints every text and every piece of metadata
// of the corpus through the packages' API, and then runs the code given as
// its argument (to be formatted in with fmt.Sprintf). Against it, the size
// of a program that calls Parse or Search is that of their code and tables
// alone: it already carries every document's names, dates and symbols.
const metaMain = `package main

import (
	"fmt"
	"os"

	"` + modulePath + `/declarations"
	"` + modulePath + `/norms"
)

func main() {
	styles := []norms.Style{norms.Short, norms.Formal, norms.URL, norms.BibTeX}
	for d := range declarations.All() {
		fmt.Println(d.ID(), d.Title(), d.Kind(), d.Body(), d.Meeting(), d.Place(), d.Date(),
			d.Symbol(), d.Lang(), d.URL(), d.Provenance(), d.Facts(), d.Editorial(), d.String())
		for _, st := range styles {
			fmt.Println(d.Cite(st))
		}
		for l := range d.Links() {
			fmt.Println(l)
		}
		for b := range d.Backlinks() {
			fmt.Println(b)
		}
		for v := range d.Versions() {
			fmt.Println(v.Lang())
		}
		for p := range d.Paragraphs() {
			n, _ := p.Norm()
			fmt.Println(p.Label(), p.Text(), p.Kind(), p.Break(), p.Note(), n.ID(), p.Position(), p.Cite(norms.Short))
		}
	}
	for n := range norms.All() {
		fmt.Println(n.ID(), n.Label(), n.Text(), n.Kind(), n.Lang(), n.Editorial(), n.String())
		for _, st := range styles {
			fmt.Println(n.Cite(st))
		}
		r, ok := n.Restates()
		t, ok2 := n.TakesUp()
		fmt.Println(r, ok, t, ok2)
		for v := range n.Versions() {
			fmt.Println(v)
		}
		for v := range n.RestatedBy() {
			fmt.Println(v)
		}
	}
	_ = os.Args%s
}
`

// The programs whose sizes are compared.
var programs = map[string]string{
	"meta": fmt.Sprintf(metaMain, ""),
	"meta-parse": fmt.Sprintf(metaMain, `
	n, err := norms.Parse(os.Args[1])
	fmt.Println(n, err)
	d, p, err := declarations.Parse(os.Args[1])
	fmt.Println(d, p, err)`),
	"meta-search": fmt.Sprintf(metaMain, `
	hits, err := declarations.Search(os.Args[1])
	fmt.Println(len(hits), err)`),
	"call": `package main

import (
	"fmt"
	"os"

	"` + modulePath + `/declarations"
	"` + modulePath + `/norms"
)

func main() {
	n, err := norms.Parse(os.Args[1])
	fmt.Println(n, err)
	hits, err := declarations.Search(os.Args[1])
	fmt.Println(len(hits), err)
}
`,
	"all": `package main

import (
	"fmt"

	"` + modulePath + `/declarations"
	"` + modulePath + `/norms"
)

func main() {
	for d := range declarations.All() {
		for p := range d.Paragraphs() {
			fmt.Println(p.Text())
		}
	}
	for n := range norms.All() {
		fmt.Println(n.Text())
	}
}
`,
	"one": `package main

import (
	"fmt"

	"` + modulePath + `/norms"
)

func main() {
	fmt.Println(norms.UNGGE2015[norms.F])
}
`,
	"base": `package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(os.Args)
}
`,
}

// binarySizes builds the programs in the copy and records their loaded
// sizes; a program that fails to build (an older API) is left out.
func binarySizes(r *result, dir string) error {
	sizes := map[string]int64{}
	var errs []error
	for _, name := range slices.Sorted(maps.Keys(programs)) {
		p := filepath.Join(dir, "zzscalebench", name)
		if err := writeFile(filepath.Join(p, "main.go"), []byte(programs[name])); err != nil {
			return err
		}
		bin := filepath.Join(dir, "zzscalebench", name+".bin")
		if _, err := goCmd(dir, "build", "-o", bin, "./zzscalebench/"+name); err != nil {
			errs = append(errs, err)
			continue
		}
		n, err := benchkit.LoadedSize(bin)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		sizes[name] = n
	}
	r.Call, r.All, r.One, r.Base = sizes["call"], sizes["all"], sizes["one"], sizes["base"]
	r.Meta, r.MetaParse, r.MetaSearch = sizes["meta"], sizes["meta-parse"], sizes["meta-search"]
	return errors.Join(errs...)
}
