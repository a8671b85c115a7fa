// Command proxycheck proves that the modules of this repository install
// from a module proxy the way the README tells users to install them.
//
// It builds the module zips of the runtime module (the repository root) and
// of the tooling module (tools/) from the working tree, with
// golang.org/x/mod/zip. Their version is the one the tooling module
// requires of the runtime module (v0.1.0, the release to be tagged). It
// lays them out as a file-based GOPROXY. Then it makes a fresh module in a
// temporary directory outside the repository, with this environment:
//
//	GOPROXY=file://<that directory>,file://<the module cache's download directory>,<go env GOPROXY>
//	GONOSUMDB=github.com/cybernorms/cybernorms   (the test zips are not in the checksum database)
//	GOMODCACHE=<a temporary directory>           (so the test version never enters the real cache)
//	GOFLAGS=-modcacherw -trimpath, GOWORK=off      (a module cache that can be removed; builds that do
//	                                             not depend on its directory, so the build cache serves
//	                                             every run)
//
// There it runs these steps, each timed:
//
//  1. go get github.com/cybernorms/cybernorms@VERSION;
//  2. the README's user example (the go block after "<!-- example: user
//     -->") as main.go: go build, the built program, go mod tidy;
//  3. a check that go.mod, the module graph and go.sum hold the runtime
//     module only (it requires nothing);
//  4. go run …/cmd/cybernorms@VERSION show "UN GGE 2015 13(f)", and the
//     same @latest;
//  5. go install …/cmd/cybernorms@VERSION, and the installed command;
//  6. go install …/tools/cmd/normvet@VERSION, and @latest;
//  7. go vet -vettool=<installed normvet>: it must pass on the user's
//     module, and fail on a package that cites a norm that does not exist;
//  8. every install line of the README, as written: @latest is the version
//     served here;
//  9. the check of step 3 again.
//
// The user's go.sum and the build information of the installed commands
// must hold the hashes of the zips built here. So a module fetched from
// anywhere else, such as the real proxy once the version is tagged, fails.
// Only the go command and the module proxy are used. Dependencies in the
// module cache (golang.org/x/tools for normvet) are read from it, the rest
// from the real proxy.
//
// Usage, from the repository root (the workspace gives the tooling module):
//
//	go run ./tools/cmd/proxycheck [-root dir] [-list] [-keep]
//
// -list prints every file of the two zips. -keep leaves the temporary
// directory in place and prints its name.
package main

import (
	"bytes"
	"debug/buildinfo"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
)

const (
	runtimeModule = "github.com/cybernorms/cybernorms"
	toolsModule   = runtimeModule + "/tools"
	citation      = "UN GGE 2015 13(f)"
)

func main() {
	root := flag.String("root", ".", "the repository root")
	list := flag.Bool("list", false, "print every file of the module zips")
	keep := flag.Bool("keep", false, "keep the temporary directory")
	flag.Parse()
	if flag.NArg() != 0 {
		flag.Usage()
		os.Exit(2)
	}
	start := time.Now()
	if err := run(*root, *list, *keep); err != nil {
		fmt.Fprintf(os.Stderr, "proxycheck: FAIL after %.1fs: %v\n", time.Since(start).Seconds(), err)
		os.Exit(1)
	}
	fmt.Printf("proxycheck: ok: the modules install from a proxy as the README says (%.1fs)\n", time.Since(start).Seconds())
}

// A checker runs the steps, numbering and timing each.
type checker struct {
	env  []string     // the environment of every go command
	step int          // the number of the last step begun
	sums []*published // the zips served, with their hashes
}

// served returns the zip served for the module path.
func (c *checker) served(path string) *published {
	for _, p := range c.sums {
		if p.Path == path {
			return p
		}
	}
	return nil
}

// checkBinary checks that the installed binary was built from the zips
// served here: its main module and each module of ours it depends on have
// the hashes of those zips.
func (c *checker) checkBinary(bin string) error {
	info, err := buildinfo.ReadFile(bin)
	if err != nil {
		return err
	}
	fmt.Printf("    %s is built from the zips served:\n", filepath.Base(bin))
	checked := 0
	for _, m := range append([]*debug.Module{&info.Main}, info.Deps...) {
		p := c.served(m.Path)
		if p == nil {
			continue
		}
		if m.Replace != nil || m.Version != p.Version || m.Sum != p.Sum {
			return fmt.Errorf("%s holds %s %s %s, want %s %s (the zip built from the checkout)", bin, m.Path, m.Version, m.Sum, p.Version, p.Sum)
		}
		fmt.Printf("      %s %s %s\n", m.Path, m.Version, m.Sum)
		checked++
	}
	if checked == 0 {
		return fmt.Errorf("%s holds none of the modules served", bin)
	}
	return nil
}

// begin prints the heading of the next step and returns a function that
// prints its duration.
func (c *checker) begin(format string, args ...any) func() {
	c.step++
	fmt.Printf("[%d] %s\n", c.step, fmt.Sprintf(format, args...))
	t := time.Now()
	return func() { fmt.Printf("    (%.1fs)\n", time.Since(t).Seconds()) }
}

// cmd runs a program in dir with the checker's environment and returns its
// combined output; the error quotes the command and its output.
func (c *checker) cmd(dir, name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = c.env
	out, err := cmd.CombinedOutput()
	if err != nil {
		return string(out), fmt.Errorf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, indent(string(out)))
	}
	return string(out), nil
}

// show prints up to n lines of out, indented.
func show(out string, n int) {
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) == 1 && lines[0] == "" {
		return
	}
	more := 0
	if len(lines) > n {
		more = len(lines) - n
		lines = lines[:n]
	}
	fmt.Print(indent(strings.Join(lines, "\n") + "\n"))
	if more > 0 {
		fmt.Printf("      ... (%d more lines)\n", more)
	}
}

func indent(s string) string {
	s = strings.TrimRight(s, "\n")
	if s == "" {
		return ""
	}
	return "      " + strings.ReplaceAll(s, "\n", "\n      ") + "\n"
}

// run builds the module zips from the checkout at root, serves them as a
// file-based proxy and runs the user's steps against it (see the package
// comment); list prints the zips' files, keep leaves the temporary directory.
func run(root string, list, keep bool) error {
	root, err := filepath.Abs(root)
	if err != nil {
		return err
	}
	version, err := releaseVersion(root)
	if err != nil {
		return err
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		return err
	}
	example, exampleLine, err := userExample(string(readme))
	if err != nil {
		return err
	}
	goenv, err := readGoEnv()
	if err != nil {
		return err
	}
	tmp, err := tempDir(root)
	if err != nil {
		return err
	}
	if keep {
		fmt.Printf("proxycheck: keeping %s\n", tmp)
	} else {
		defer os.RemoveAll(tmp) // the module cache is made writable by -modcacherw
	}
	proxyDir := filepath.Join(tmp, "proxy")
	userDir := filepath.Join(tmp, "user")
	binDir := filepath.Join(tmp, "bin")
	for _, d := range []string{proxyDir, userDir, binDir} {
		if err := os.Mkdir(d, 0o777); err != nil {
			return err
		}
	}

	c := &checker{}
	if err := c.publishAll(proxyDir, root, version, list); err != nil {
		return err
	}
	fmt.Printf("    user module in %s, with %s\n", userDir, goenv.GOVERSION)
	c.setEnv(goenv, proxyDir, tmp, binDir)

	if _, err := c.runStep(0, userDir, "go", "mod", "init", "example.com/user"); err != nil {
		return err
	}
	if _, err := c.runStep(5, userDir, "go", "get", runtimeModule+"@"+version); err != nil {
		return err
	}
	if err := c.checkExample(userDir, tmp, example, exampleLine); err != nil {
		return err
	}
	done := c.begin("the user's go.mod requires only %s, go list -m all lists nothing else, and go.sum holds only its lines", runtimeModule)
	if err := c.checkUserModule(userDir, version); err != nil {
		return err
	}
	done()
	if err := c.checkCommand(userDir, binDir, version); err != nil {
		return err
	}
	if err := c.checkNormvet(userDir, binDir, version); err != nil {
		return err
	}
	if err := c.checkInstallLines(userDir, binDir, installLines(string(readme))); err != nil {
		return err
	}
	done = c.begin("the user's go.mod and go.sum, again")
	if err := c.checkUserModule(userDir, version); err != nil {
		return err
	}
	done()
	for _, p := range c.sums {
		fmt.Printf("    %s@%s: %d files, %d bytes zipped\n", p.Path, p.Version, len(p.Files), p.Size)
	}
	return nil
}

// releaseVersion checks that root is the root of the runtime module and
// returns the version of it that the tooling module requires, so that
// normvet's install takes the runtime module from the zip built here; it
// must be a release (v0.1.0), not a pseudo-version or a prerelease.
func releaseVersion(root string) (string, error) {
	if gomod, err := os.ReadFile(filepath.Join(root, "go.mod")); err != nil || modfile.ModulePath(gomod) != runtimeModule {
		return "", fmt.Errorf("%s is not the root of module %s", root, runtimeModule)
	}
	toolsMod, err := os.ReadFile(filepath.Join(root, "tools", "go.mod"))
	if err != nil {
		return "", err
	}
	tf, err := modfile.ParseLax("tools/go.mod", toolsMod, nil)
	if err != nil {
		return "", err
	}
	version := ""
	for _, r := range tf.Require {
		if r.Mod.Path == runtimeModule {
			version = r.Mod.Version
		}
	}
	if version == "" || module.IsPseudoVersion(version) || semver.Prerelease(version) != "" {
		return "", fmt.Errorf("tools/go.mod requires %s at %q: want the release to be tagged, such as v0.1.0", runtimeModule, version)
	}
	return version, nil
}

// goEnv holds the go command's settings that the check builds on.
type goEnv struct{ GOPROXY, GOMODCACHE, GOVERSION string }

// readGoEnv reads the go command's settings, before any is changed.
func readGoEnv() (goEnv, error) {
	var goenv goEnv
	envOut, err := exec.Command("go", "env", "-json", "GOPROXY", "GOMODCACHE", "GOVERSION").Output()
	if err != nil {
		return goenv, fmt.Errorf("go env: %v", err)
	}
	if err := json.Unmarshal(envOut, &goenv); err != nil {
		return goenv, fmt.Errorf("go env: %v", err)
	}
	return goenv, nil
}

// tempDir creates the temporary directory (its real path, symbolic links
// resolved) and checks that it lies outside the repository at root.
func tempDir(root string) (string, error) {
	tmp, err := os.MkdirTemp("", "proxycheck-")
	if err != nil {
		return "", err
	}
	if tmp, err = filepath.EvalSymlinks(tmp); err != nil {
		return "", err
	}
	if rel, err := filepath.Rel(root, tmp); err == nil && rel != ".." && !strings.HasPrefix(rel, "../") {
		return "", fmt.Errorf("the temporary directory %s is inside the repository %s: set TMPDIR elsewhere", tmp, root)
	}
	return tmp, nil
}

// publishAll is the first step: it builds the zips of the runtime module
// and of the tooling module at version into proxyDir and records them as
// served; list prints their files.
func (c *checker) publishAll(proxyDir, root, version string, list bool) error {
	done := c.begin("module zips of %s and %s at %s, from %s", runtimeModule, toolsModule, version, root)
	for _, dir := range []string{root, filepath.Join(root, "tools")} {
		p, err := publish(proxyDir, dir, version, root)
		if err != nil {
			return err
		}
		c.sums = append(c.sums, p)
		fmt.Print(indent(p.summary()))
		if list {
			for _, f := range p.Files {
				fmt.Printf("      %9d %s\n", f.Size, f.Name)
			}
		}
	}
	done()
	return nil
}

// setEnv sets the environment of every go command: the caller's, with the
// proxy of proxyDir first (then the module cache's download directory and
// the caller's GOPROXY), no checksum database for our modules, a module
// cache under tmp and binaries installed into binDir. It prints the
// settings.
func (c *checker) setEnv(goenv goEnv, proxyDir, tmp, binDir string) {
	proxy := []string{fileURL(proxyDir)}
	if goenv.GOMODCACHE != "" {
		if _, err := os.Stat(filepath.Join(goenv.GOMODCACHE, "cache", "download")); err == nil {
			proxy = append(proxy, fileURL(filepath.Join(goenv.GOMODCACHE, "cache", "download")))
		}
	}
	if goenv.GOPROXY != "" {
		proxy = append(proxy, goenv.GOPROXY)
	}
	set := map[string]string{
		"GOPROXY":    strings.Join(proxy, ","),
		"GONOSUMDB":  runtimeModule,
		"GONOPROXY":  "",
		"GOPRIVATE":  "",
		"GOMODCACHE": filepath.Join(tmp, "modcache"),
		"GOFLAGS":    "-modcacherw -trimpath",
		"GOWORK":     "off",
		"GOBIN":      binDir,
	}
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if _, ok := set[k]; !ok {
			c.env = append(c.env, kv)
		}
	}
	for k, v := range set {
		c.env = append(c.env, k+"="+v)
	}
	fmt.Printf("    GOPROXY=%s\n    GONOSUMDB=%s GOMODCACHE=%s GOFLAGS=%q\n", set["GOPROXY"], set["GONOSUMDB"], set["GOMODCACHE"], set["GOFLAGS"])
}

// runStep runs a command as a step of its own, headed by the command line
// and timed, and prints up to lines lines of its output when it succeeds.
func (c *checker) runStep(lines int, dir, name string, args ...string) (string, error) {
	done := c.begin("%s %s", filepath.Base(name), strings.Join(quote(args), " "))
	defer done()
	out, err := c.cmd(dir, name, args...)
	if err == nil && lines > 0 {
		show(out, lines)
	}
	return out, err
}

// checkExample writes the README's user example (from README.md line
// exampleLine) to main.go in userDir, builds it into tmp, runs it and tidies
// the module.
func (c *checker) checkExample(userDir, tmp, example string, exampleLine int) error {
	done := c.begin("the README's user example (README.md:%d), as main.go: go build, run, go mod tidy", exampleLine)
	if err := os.WriteFile(filepath.Join(userDir, "main.go"), []byte(example), 0o666); err != nil {
		return err
	}
	if _, err := c.cmd(userDir, "go", "build", "-o", filepath.Join(tmp, "example"), "."); err != nil {
		return fmt.Errorf("the README's user example (README.md:%d) does not build: %w", exampleLine, err)
	}
	out, err := c.cmd(userDir, filepath.Join(tmp, "example"))
	if err != nil {
		return fmt.Errorf("the README's user example (README.md:%d) fails: %w", exampleLine, err)
	}
	show(out, 6)
	if _, err := c.cmd(userDir, "go", "mod", "tidy"); err != nil {
		return err
	}
	done()
	return nil
}

// checkCommand runs the cybernorms command with go run, at version and
// @latest, then installs it into binDir, runs it and checks that the
// binary was built from the zips served.
func (c *checker) checkCommand(userDir, binDir, version string) error {
	out, err := c.runStep(4, userDir, "go", "run", runtimeModule+"/cmd/cybernorms@"+version, "show", citation)
	if err != nil {
		return err
	}
	if !strings.Contains(out, "13(f)") {
		return fmt.Errorf("cybernorms show %q printed no norm 13(f)", citation)
	}
	if _, err := c.runStep(1, userDir, "go", "run", runtimeModule+"/cmd/cybernorms@latest", "show", citation); err != nil {
		return err
	}
	if _, err := c.runStep(0, userDir, "go", "install", runtimeModule+"/cmd/cybernorms@"+version); err != nil {
		return err
	}
	if _, err := c.runStep(1, userDir, filepath.Join(binDir, "cybernorms"), "show", citation); err != nil {
		return err
	}
	return c.checkBinary(filepath.Join(binDir, "cybernorms"))
}

// checkNormvet installs normvet into binDir, at version and @latest,
// checking each binary, and runs it with go vet: on the user's module,
// which must pass, and on a package citing a norm that does not exist,
// which must fail with normvet's report (so normvet has run).
func (c *checker) checkNormvet(userDir, binDir, version string) error {
	for _, v := range []string{version, "latest"} {
		if _, err := c.runStep(0, userDir, "go", "install", toolsModule+"/cmd/normvet@"+v); err != nil {
			return err
		}
		if err := c.checkBinary(filepath.Join(binDir, "normvet")); err != nil {
			return err
		}
	}
	normvet := filepath.Join(binDir, "normvet")
	if _, err := c.runStep(3, userDir, "go", "vet", "-vettool="+normvet, "./..."); err != nil {
		return err
	}

	done := c.begin("go vet -vettool=%s ./bad (a comment cites UN GGE norm 13(l)): must fail", normvet)
	if err := os.Mkdir(filepath.Join(userDir, "bad"), 0o777); err != nil {
		return err
	}
	bad := "// Package bad follows UN GGE norm 13(l).\npackage bad\n"
	if err := os.WriteFile(filepath.Join(userDir, "bad", "bad.go"), []byte(bad), 0o666); err != nil {
		return err
	}
	out, err := c.cmd(userDir, "go", "vet", "-vettool="+normvet, "./bad")
	if err == nil || !strings.Contains(out, "13(l)") {
		return fmt.Errorf("go vet with normvet did not report the citation of norm 13(l) (error %v):\n%s", err, indent(out))
	}
	show(out, 3)
	if err := os.RemoveAll(filepath.Join(userDir, "bad")); err != nil {
		return err
	}
	done()
	return nil
}

// checkInstallLines runs the README's install lines (go get and go install
// of the modules), each as written, in the user's module: @latest is the
// version served here, the only one the proxy lists. The commands installed
// must be built from the zips served.
func (c *checker) checkInstallLines(userDir, binDir string, lines []string) error {
	if len(lines) < 3 {
		return fmt.Errorf("README: found the install lines %q; want go get and go install of the command and of normvet", lines)
	}
	for _, l := range lines {
		args := strings.Fields(l)
		if _, err := c.runStep(0, userDir, args[0], args[1:]...); err != nil {
			return fmt.Errorf("the README's install line %q: %w", l, err)
		}
		if args[1] == "install" {
			bin := filepath.Join(binDir, filepath.Base(strings.SplitN(args[len(args)-1], "@", 2)[0]))
			if err := c.checkBinary(bin); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkUserModule checks that the module in dir requires the runtime module
// at version and nothing else, that its module graph (go list -m all) holds
// nothing else (a requirement of the runtime module, go-cmp for its tests
// say, would be there, though graph pruning keeps it out of go.sum), and
// that its go.sum holds only lines of the runtime module.
func (c *checker) checkUserModule(dir, version string) error {
	data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return err
	}
	f, err := modfile.Parse("go.mod", data, nil)
	if err != nil {
		return err
	}
	var reqs []string
	for _, r := range f.Require {
		reqs = append(reqs, r.Mod.String())
	}
	if len(reqs) != 1 || reqs[0] != runtimeModule+"@"+version {
		return fmt.Errorf("the user's go.mod requires %v, want only %s@%s:\n%s", reqs, runtimeModule, version, indent(string(data)))
	}
	all, err := c.cmd(dir, "go", "list", "-m", "all")
	if err != nil {
		return err
	}
	if want := "example.com/user\n" + runtimeModule + " " + version + "\n"; all != want {
		return fmt.Errorf("the user's module graph (go list -m all) holds more than the runtime module (which must require nothing):\n%s", indent(all))
	}
	sum, err := os.ReadFile(filepath.Join(dir, "go.sum"))
	if err != nil {
		return err
	}
	var other []string
	for _, line := range strings.Split(strings.TrimSpace(string(sum)), "\n") {
		if mod, _, _ := strings.Cut(line, " "); mod != runtimeModule {
			other = append(other, line)
		}
	}
	if len(other) > 0 {
		return fmt.Errorf("the user's go.sum gained lines of other modules than %s (the runtime module must require nothing):\n%s", runtimeModule, indent(strings.Join(other, "\n")))
	}
	p := c.served(runtimeModule)
	want := fmt.Sprintf("%s %s %s\n%[1]s %[2]s/go.mod %[4]s\n", runtimeModule, version, p.Sum, p.ModSum)
	if string(sum) != want {
		return fmt.Errorf("the user's go.sum is not that of the zip built from the checkout:\n%swant:\n%s", indent(string(sum)), indent(want))
	}
	fmt.Print(indent(string(bytes.TrimSpace(sum))))
	return nil
}

// fileURL is the file:// URL of a local directory.
func fileURL(dir string) string {
	dir = filepath.ToSlash(dir)
	if !strings.HasPrefix(dir, "/") {
		dir = "/" + dir
	}
	return "file://" + dir
}

// quote quotes the arguments that hold spaces, for printing.
func quote(args []string) []string {
	q := make([]string, len(args))
	for i, a := range args {
		if strings.ContainsAny(a, " \t\"'") {
			a = fmt.Sprintf("%q", a)
		}
		q[i] = a
	}
	return q
}
