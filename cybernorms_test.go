package cybernorms_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// These tests use the module as a user does: from a fresh module that
// requires it, built with the go command.

// userModule writes a module that requires this one (replaced by the
// working tree) and holds main.go, and returns its directory.
func userModule(t *testing.T, main string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds a separate module; skipped in -short mode")
	}
	root, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	mod := "module example.com/user\n\ngo 1.23\n\nrequire github.com/cybernorms/cybernorms v0.0.0\n\nreplace github.com/cybernorms/cybernorms => " + root + "\n"
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(main), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// goCmd runs the go command in dir, outside any workspace.
func goCmd(t *testing.T, dir string, args ...string) (string, error) {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	cmd := exec.Command(goBin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err = cmd.Run()
	return out.String(), err
}

// userProgram is the example, plus a reference to every list and
// every document, so that all the module's data is linked in.
const userProgram = `package main

import (
	"fmt"

	"github.com/cybernorms/cybernorms"
	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

func main() {
	n := norms.UNGGE2015[norms.F]
	if r, err := cybernorms.Resolve("A/70/174, para. 13(f)"); err != nil || r.Norm != n {
		panic(fmt.Sprint(r, err))
	}
	nn, nd := 0, 0
	for range norms.All() {
		nn++
	}
	for d := range declarations.All() {
		nd++
		for p := range d.Paragraphs() {
			_ = p.Text()
		}
	}
	fmt.Println(n, nn, nd)
}
`

// TestAsADependency builds a user's program in a fresh module, runs it, and
// checks what importing costs: only standard-library dependencies, and no
// initialisation work in any package of the module. It is the one gate of
// both properties (CI runs it in the README's test command).
func TestAsADependency(t *testing.T) {
	dir := userModule(t, userProgram)
	if out, err := goCmd(t, dir, "build", "-o", "user.bin", "."); err != nil {
		t.Fatalf("the example does not build: %v\n%s", err, out)
	}
	bin := filepath.Join(dir, "user.bin")

	nn, nd := 0, 0
	for range norms.All() {
		nn++
	}
	for range declarations.All() {
		nd++
	}
	want := fmt.Sprint(norms.UNGGE2015[norms.F], " ", nn, " ", nd)
	out, err := exec.Command(bin).CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != want {
		t.Errorf("the example printed %q (%v), want %q", out, err, want)
	}

	// Only the standard library below the module's packages.
	deps, err := goCmd(t, dir, "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", ".")
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, deps)
	}
	for _, p := range strings.Fields(deps) {
		if p != "example.com/user" && !strings.HasPrefix(p, "github.com/cybernorms/cybernorms") {
			t.Errorf("non-standard dependency: %s", p)
		}
	}
	// Every runtime package of the module is linked into the program, so
	// that the checks below see them all; the packages that only tests
	// import are named so, as net/http/httptest is (internal/lineartest).
	pkgs, err := goCmd(t, dir, "list", "github.com/cybernorms/cybernorms/...")
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, pkgs)
	}
	for _, p := range strings.Fields(pkgs) {
		if !strings.Contains(p, "/cmd/") && !strings.HasSuffix(p, "test") && !slices.Contains(strings.Fields(deps), p) {
			t.Errorf("the runtime package %s is not linked into the program: the checks would not see it", p)
		}
	}

	// No package of the module has an init function...
	syms, err := goCmd(t, dir, "tool", "nm", bin)
	if err != nil {
		t.Fatalf("go tool nm: %v\n%s", err, syms)
	}
	// A package's init function, not a method named init.
	initFunc := regexp.MustCompile(`(?m) T github\.com/cybernorms/cybernorms[^ (]*\.init(\.\d+)?$`)
	if m := initFunc.FindAllString(syms, -1); len(m) > 0 {
		t.Errorf("init functions in the module's packages: %q", m)
	}
	// ...and so the runtime's init trace shows none of them, or, should one
	// appear, no allocation.
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	trace, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("running with inittrace: %v\n%s", err, trace)
	}
	for _, line := range strings.Split(string(trace), "\n") {
		if strings.HasPrefix(line, "init github.com/cybernorms/") && !strings.HasSuffix(line, " 0 bytes, 0 allocs") {
			t.Errorf("initialisation allocates: %s", line)
		}
	}
}

// TestIndexOutOfRangeDoesNotBuild checks that a constant index past a list's
// end is a compile-time error, as the lists are arrays.
func TestIndexOutOfRangeDoesNotBuild(t *testing.T) {
	for _, expr := range []string{"norms.UNGGE2015[11]", "norms.Lucca2017[12]", "norms.Dinard2019[4]", "norms.Paris2019[16]", "norms.ParisCall2018[9]", "norms.ParisCall2018[norms.N10]", "norms.Lucca2017[norms.N13]", "norms.G20Antalya2015[1]"} {
		dir := userModule(t, "package main\n\nimport \"github.com/cybernorms/cybernorms/norms\"\n\nfunc main() { _ = "+expr+" }\n")
		out, err := goCmd(t, dir, "build", "-o", os.DevNull, ".")
		if err == nil {
			t.Errorf("%s builds; want a compile-time error", expr)
			continue
		}
		if !strings.Contains(out, "out of bounds") {
			t.Errorf("%s fails to build, but not for its index:\n%s", expr, out)
		}
	}
}

// TestLastIndexBuilds checks the other side: the last item of each list is in
// range, by integer and by its index constant.
func TestLastIndexBuilds(t *testing.T) {
	src := "package main\n\nimport \"github.com/cybernorms/cybernorms/norms\"\n\nfunc main() {\n" +
		"\t_ = norms.ParisCall2018[8]\n\t_ = norms.ParisCall2018[norms.N9]\n\t_ = norms.UNGGE2015[norms.K]\n\t_ = norms.Lucca2017[norms.N12]\n\t_ = norms.Paris2019[norms.N16]\n}\n"
	dir := userModule(t, src)
	if out, err := goCmd(t, dir, "build", "-o", os.DevNull, "."); err != nil {
		t.Errorf("the last items do not build: %v\n%s", err, out)
	}
}

// TestREADMEExample builds and runs the user example of README.md, and
// checks that each "// value" comment on a Println line is what it prints.
func TestREADMEExample(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "<!-- example: user -->\n```go\n")
	if !ok {
		t.Fatal("README.md has no Go example marked <!-- example: user -->")
	}
	src, _, _ := strings.Cut(rest, "```")
	dir := userModule(t, src)
	out, err := goCmd(t, dir, "run", ".")
	if err != nil {
		t.Fatalf("the README example fails: %v\n%s", err, out)
	}
	lines := strings.Split(out, "\n")
	i := 0
	for _, line := range strings.Split(src, "\n") {
		if !strings.Contains(line, "fmt.Println(") {
			continue
		}
		_, comment, ok := strings.Cut(line, "// ")
		if i >= len(lines) {
			t.Fatalf("the example printed fewer lines than it has Println calls")
		}
		if ok {
			want, _, _ := strings.Cut(comment, ":")
			want = strings.TrimSuffix(want, " ...")
			if !strings.HasPrefix(lines[i], want) {
				t.Errorf("README says %q, the example prints %q", want, lines[i])
			}
		}
		i++
	}
}
