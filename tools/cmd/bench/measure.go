package main

import (
	"bufio"
	"bytes"
	"debug/elf"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
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

// A proc is what one process cost: wall and CPU time (user and system)
// and peak resident memory in bytes.
type proc struct {
	wall, cpu time.Duration
	rss       int64
}

// least returns the least of each measure of ps: on a shared machine,
// noise only adds.
func least(ps []proc) proc {
	m := ps[0]
	for _, p := range ps[1:] {
		m.wall, m.cpu, m.rss = min(m.wall, p.wall), min(m.cpu, p.cpu), min(m.rss, p.rss)
	}
	return m
}

// run runs cmd and returns what it cost; the error holds the end of its
// standard error.
func run(cmd *exec.Cmd) (proc, error) {
	var stderr bytes.Buffer
	if cmd.Stderr == nil {
		cmd.Stderr = &stderr
	}
	start := time.Now()
	err := cmd.Run()
	p := proc{wall: time.Since(start)}
	if st := cmd.ProcessState; st != nil {
		p.cpu = st.UserTime() + st.SystemTime()
		if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
			p.rss = ru.Maxrss * 1024 // kilobytes on Linux
		}
	}
	if err != nil {
		b := stderr.Bytes()
		err = fmt.Errorf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, b[max(0, len(b)-2000):])
	}
	return p, err
}

// newCmd returns the command name args in dir. The environment lacks
// GODEBUG (the build cache would replay a trace), GOWORK and GOFLAGS, so
// that a copy's go commands use the copy's own workspace.
func newCmd(dir string, env []string, name string, args ...string) *exec.Cmd {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); k != "GODEBUG" && k != "GOWORK" && k != "GOFLAGS" {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(append(cmd.Env, "GOFLAGS=-buildvcs=false"), env...)
	return cmd
}

// command runs name args in dir and returns its standard output.
func command(dir string, env []string, name string, args ...string) (string, error) {
	var out bytes.Buffer
	cmd := newCmd(dir, env, name, args...)
	cmd.Stdout = &out
	_, err := run(cmd)
	return out.String(), err
}

// measureGen times runs of gen -check in the copy dir, with the generator
// built at bin.
func measureGen(c *column, dir, bin string, runs int) error {
	if _, err := command(dir, nil, bin, "-root", dir); err != nil { // writes the output of the copy
		return err
	}
	var ps []proc
	for range runs {
		p, err := run(newCmd(dir, nil, bin, "-root", dir, "-check"))
		if err != nil {
			return err
		}
		ps = append(ps, p)
	}
	p := least(ps)
	c.set("`gen -check`: wall", duration(p.wall), float64(p.wall))
	c.set("`gen -check`: CPU", duration(p.cpu), float64(p.cpu))
	c.set("`gen -check`: peak memory", size(p.rss), float64(p.rss))
	return nil
}

// wrapFlag, first on the command line, makes this program go build's
// -toolexec wrapper: "bench -toolexec-log FILE TOOL ARGS...". It runs the
// tool and, for a compile, appends to FILE a JSON line with the package
// (-p) and what the compile cost.
const wrapFlag = "-toolexec-log"

type logLine struct {
	Pkg            string
	Wall, CPU, RSS int64
}

func wrap(log string, args []string) int {
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	p, err := run(cmd)
	if err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode()
		}
		fmt.Fprintln(os.Stderr, "bench:", err)
		return 2
	}
	if pkg := compiledPackage(args); pkg != "" {
		line, _ := json.Marshal(logLine{pkg, int64(p.wall), int64(p.cpu), p.rss})
		f, err := os.OpenFile(log, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
		if err == nil {
			_, err = f.Write(append(line, '\n'))
			err = errors.Join(err, f.Close())
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			return 2
		}
	}
	return 0
}

// compiledPackage returns the import path (-p) of a compile command line,
// or "" for another tool or the compiler's -V=full.
func compiledPackage(args []string) string {
	if strings.TrimSuffix(filepath.Base(args[0]), ".exe") != "compile" {
		return ""
	}
	for i, a := range args[1:] {
		if a == "-p" && i+2 < len(args) {
			return args[i+2]
		}
		if p, ok := strings.CutPrefix(a, "-p="); ok {
			return p
		}
	}
	return ""
}

// generatedPackages returns the directories, relative to dir, of the
// packages with generated files, outside gen, tools and testdata, but for
// commands (the command's generated doc holds no data of the corpus).
func generatedPackages(dir string) ([]string, error) {
	var pkgs []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		switch {
		case err != nil:
			return err
		case d.IsDir() && (rel == "gen" || rel == "tools" || d.Name() == "testdata" || rel != "." && d.Name()[0] == '.'):
			return filepath.SkipDir
		case !strings.HasSuffix(rel, "_gen.go"):
			return nil
		}
		b, err := os.ReadFile(p)
		if err == nil && bytes.HasPrefix(b, []byte("// Code generated ")) && !bytes.Contains(b, []byte("\npackage main\n")) && !slices.Contains(pkgs, path.Dir(rel)) {
			pkgs = append(pkgs, path.Dir(rel))
		}
		return err
	})
	return pkgs, err
}

// measureCompile builds the generated packages of the copy dir runs
// times, cold, with this program as the -toolexec wrapper: a file with a
// fresh comment in each forces its compile, while the standard library
// stays cached.
func measureCompile(c *column, dir string, runs int) error {
	self, err := os.Executable()
	if err != nil {
		return err
	}
	pkgs, err := generatedPackages(dir)
	if err != nil || len(pkgs) == 0 {
		return fmt.Errorf("no package with generated files: %v", err)
	}
	byPkg := map[string][]proc{}
	for i := range runs {
		log := filepath.Join(dir, fmt.Sprintf("compile-%d.log", i))
		args := []string{"build", "-toolexec", self + " " + wrapFlag + " " + log}
		for _, p := range pkgs {
			name := filepath.Join(dir, p, "zz_bench_nonce.go")
			src := fmt.Sprintf("package %s\n\n// %d %d\n", pkgName(dir, p), time.Now().UnixNano(), i)
			if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
				return err
			}
			defer os.Remove(name)
			args = append(args, "./"+p)
		}
		if _, err := command(dir, nil, "go", args...); err != nil {
			return err
		}
		b, err := os.ReadFile(log)
		if err != nil {
			return fmt.Errorf("the -toolexec wrapper wrote no log: %v", err)
		}
		for line := range strings.SplitSeq(strings.TrimSpace(string(b)), "\n") {
			var l logLine
			if err := json.Unmarshal([]byte(line), &l); err != nil {
				return err
			}
			byPkg[l.Pkg] = append(byPkg[l.Pkg], proc{time.Duration(l.Wall), time.Duration(l.CPU), l.RSS})
		}
	}
	for _, p := range pkgs {
		ps := byPkg[path.Join(modulePath, p)]
		if len(ps) != runs {
			return fmt.Errorf("%d compiles of %s logged in %d builds", len(ps), p, runs)
		}
		m := least(ps)
		c.set("compile of `"+p+"`: CPU", duration(m.cpu), float64(m.cpu))
		c.set("compile of `"+p+"`: peak memory", size(m.rss), float64(m.rss))
	}
	return nil
}

// pkgName returns the name of the package in dir/p.
func pkgName(dir, p string) string {
	files, _ := filepath.Glob(filepath.Join(dir, p, "*_gen.go"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		if m := regexp.MustCompile(`(?m)^package (\w+)`).FindSubmatch(b); m != nil {
			return string(m[1])
		}
	}
	return path.Base(p)
}

// benchLine is a line of go test -bench output: its name and its measures.
var benchLine = regexp.MustCompile(`^Benchmark(\S+?)(?:-\d+)?\s+\d+\s+(.*)$`)

// measureBenchmarks runs the go test benchmarks of the table.
func measureBenchmarks(c *column, dir, benchtime string, count int) error {
	out, err := command(dir, nil, "go", "test", "-run", "^$", "-bench", "^Benchmark(Lookup|Parse|ParseBare|ParseCore|Search|Scan|ScanHostile|ComputeShared)$",
		"-benchmem", "-benchtime", benchtime, "-count", strconv.Itoa(count), "./norms", "./declarations", "./internal/cite", "./gen")
	readBenchmarks(c, out)
	return err
}

// readBenchmarks sets a row of c for each benchmark of go test's output,
// from its fastest run.
func readBenchmarks(c *column, out string) {
	pkg := ""
	for line := range strings.SplitSeq(out, "\n") {
		if p, ok := strings.CutPrefix(line, "pkg: "); ok {
			pkg = path.Base(p)
		}
		m := benchLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		v := map[string]float64{}
		f := strings.Fields(m[2])
		for i := 0; i+1 < len(f); i += 2 {
			v[f[i+1]], _ = strconv.ParseFloat(f[i], 64)
		}
		name := "`" + pkg + "` " + m[1]
		if old, ok := c.cells[name]; ok && old.value <= v["ns/op"] {
			continue
		}
		s := fmt.Sprintf("%s, %.0f allocs", duration(v["ns/op"]), v["allocs/op"])
		if mb, ok := v["MB/s"]; ok {
			s = fmt.Sprintf("%.0f MB/s", mb)
		} else if hits, ok := v["hits"]; ok {
			s += fmt.Sprintf(", %.0f hits", hits)
		}
		c.set(name, s, v["ns/op"])
	}
}

// The programs built in each copy. all prints every text of the corpus,
// parse and search do so and call Parse or Search, first times the first
// Parse of a process.
var programs = map[string]string{
	"base": `fmt.Println(os.Args)`,
	"one":  `fmt.Println(norms.UNGGE2015[norms.F].Text())`,
	"all": `for d := range declarations.All() {
		for p := range d.Paragraphs() {
			fmt.Println(p.Text())
		}
	}
	for n := range norms.All() {
		fmt.Println(n.Text())
	}`,
	"first": `t := time.Now()
	n, err := norms.Parse("UN GGE 2015 norm 13(f)")
	d := time.Since(t)
	fmt.Println(d.Nanoseconds(), n, err)`,
}

func init() {
	programs["parse"] = programs["all"] + "\n\tfmt.Println(norms.Parse(os.Args[0]))"
	programs["search"] = programs["all"] + "\n\tfmt.Println(declarations.Search(os.Args[0]))"
}

// measurePrograms builds the programs in the copy dir and measures their
// loaded bytes, the init of the runtime packages, and the first Parse of
// fresh processes (the least of 7×runs).
func measurePrograms(c *column, dir string, runs int) error {
	loaded := map[string]int64{}
	for name, body := range programs {
		src := "package main\n\nimport \"fmt\"\n"
		for _, p := range []string{"os", "time", modulePath + "/declarations", modulePath + "/norms"} {
			if strings.Contains(body, path.Base(p)+".") {
				src += "import \"" + p + "\"\n"
			}
		}
		src += "\nfunc main() {\n\t" + body + "\n}\n"
		bin := filepath.Join(dir, "zzbench", name+".bin")
		if err := writeFile(filepath.Join(dir, "zzbench", name, "main.go"), []byte(src)); err != nil {
			return err
		}
		if _, err := command(dir, nil, "go", "build", "-o", bin, "./zzbench/"+name); err != nil {
			return err
		}
		f, err := elf.Open(bin)
		if err != nil {
			return err
		}
		for _, s := range f.Sections { // loaded and stored: code, data, pclntab; no symbols, DWARF or padding
			if s.Flags&elf.SHF_ALLOC != 0 && s.Type != elf.SHT_NOBITS {
				loaded[name] += int64(s.Size)
			}
		}
		f.Close()
	}
	// The texts printed go to standard output, the init trace to standard
	// error.
	cmd := newCmd(dir, []string{"GODEBUG=inittrace=1"}, filepath.Join(dir, "zzbench", "all.bin"))
	var out, trace bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &trace
	if _, err := run(cmd); err != nil {
		return err
	}
	text := out.String()
	var allocs, byts int64
	sc := bufio.NewScanner(&trace)
	for sc.Scan() {
		var pkg string
		var at, clock float64
		var b, a int64
		if _, err := fmt.Sscanf(sc.Text(), "init %s @%f ms, %f ms clock, %d bytes, %d allocs", &pkg, &at, &clock, &b, &a); err == nil && strings.HasPrefix(pkg, modulePath) {
			allocs, byts = allocs+a, byts+b
		}
	}
	c.set("init of every runtime package", fmt.Sprintf("%d allocs, %d B", allocs, byts), float64(allocs))
	lines := int64(strings.Count(text, "\n"))
	all := loaded["all"] - loaded["base"]
	c.set("binary Δ: prints one norm", size(loaded["one"]-loaded["base"]), 0)
	c.set("binary Δ: prints every text", fmt.Sprintf("%s, %.2f× its %s of text", size(all), float64(all)/float64(int64(len(text))-lines), size(int64(len(text))-lines)), float64(all))
	c.set("binary Δ: calls `norms.Parse`, over printing every text", size(loaded["parse"]-loaded["all"]), 0)
	c.set("binary Δ: calls `declarations.Search`, over printing every text", size(loaded["search"]-loaded["all"]), 0)

	var firsts []float64
	for range 7 * runs {
		out, err := command(dir, nil, filepath.Join(dir, "zzbench", "first.bin"))
		ns, _, _ := strings.Cut(out, " ")
		v, perr := strconv.ParseFloat(ns, 64)
		if err != nil || perr != nil {
			return fmt.Errorf("first parse: %q: %v", out, errors.Join(err, perr))
		}
		firsts = append(firsts, v)
	}
	slices.Sort(firsts)
	c.set("first `norms.Parse` in a fresh process", fmt.Sprintf("%s (median %s)", duration(firsts[0]), duration(firsts[len(firsts)/2])), firsts[0])
	return nil
}

// measureHostile runs the hostile-input tables of the root package and of
// the command (TestHostileTable, TestScanCommandTable).
func measureHostile(c *column, dir string) error {
	for _, t := range [][2]string{{"TestHostileTable", "."}, {"TestScanCommandTable", "./cmd/cybernorms"}} {
		out, err := command(dir, nil, "go", "test", "-count=1", "-timeout=0", "-run", "^"+t[0]+"$", "-v", t[1], "-args", "-hostile.table")
		if err != nil {
			return err
		}
		if !readHostile(c, out) {
			return fmt.Errorf("%s printed no table", t[0])
		}
	}
	return nil
}

// readHostile sets a row of c for each entry point of a hostile-input
// table: the worst ratio of the cost at 1 MB to that at 100 KB, the last
// column, and its input. It reports whether there was one.
func readHostile(c *column, out string) bool {
	found := false
	for line := range strings.SplitSeq(out, "\n") {
		f := strings.Split(strings.TrimSpace(line), "|")
		if len(f) < 5 || !strings.HasPrefix(strings.TrimSpace(f[1]), "`") {
			continue
		}
		r, err := strconv.ParseFloat(strings.TrimSpace(f[len(f)-2]), 64)
		if err != nil {
			continue
		}
		found = true
		name := "hostile input, the worst 1 MB ÷ 100 KB: " + strings.TrimSpace(f[1])
		if old, ok := c.cells[name]; !ok || r > old.value {
			c.set(name, fmt.Sprintf("%.1f (%s)", r, strings.TrimSpace(f[2])), r)
		}
	}
	return found
}

// duration formats a time in nanoseconds with three significant digits or
// so.
func duration[T time.Duration | float64](ns T) string {
	switch v := float64(ns); {
	case v >= 1e9:
		return fmt.Sprintf("%.2f s", v/1e9)
	case v >= 1e6:
		return fmt.Sprintf("%.3g ms", v/1e6)
	case v >= 1e3:
		return fmt.Sprintf("%.3g µs", v/1e3)
	default:
		return fmt.Sprintf("%.3g ns", v)
	}
}

// size formats a count of bytes.
func size(n int64) string {
	switch v := float64(n); {
	case n >= 1<<20 || n <= -1<<20:
		return fmt.Sprintf("%.1f MiB", v/(1<<20))
	case n >= 1<<10 || n <= -1<<10:
		return fmt.Sprintf("%.1f KiB", v/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
