package main_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// normvet is the command built once by TestMain.
var normvet string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "normvet")
	if err != nil {
		panic(err)
	}
	normvet = filepath.Join(dir, "normvet")
	out, err := exec.Command("go", "build", "-o", normvet, ".").CombinedOutput()
	if err != nil {
		os.RemoveAll(dir)
		panic("go build: " + err.Error() + "\n" + string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// corpus makes the sample's package legacy part of the corpus whose
// deprecations normvet reports.
const corpus = "-corpus=github.com/cybernorms/cybernorms,example.com/sample/legacy"

// sample copies the sample module, which requires the runtime module with a
// replace to the repository's root, to a temporary directory, so that -fix
// does not touch testdata.
func sample(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	err = os.CopyFS(dir, os.DirFS("testdata/sample"))
	if err != nil {
		t.Fatal(err)
	}
	// The copy is elsewhere: point the replace at the repository again.
	mod := filepath.Join(dir, "go.mod")
	data, err := os.ReadFile(mod)
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.Replace(data, []byte("=> ../../../../.."), []byte("=> "+root), 1)
	if err := os.WriteFile(mod, data, 0o666); err != nil {
		t.Fatal(err)
	}
	return dir
}

// run runs a command in dir, outside the repository's workspace, and returns
// its combined output and whether it succeeded.
func run(t *testing.T, dir string, name string, args ...string) (string, bool) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	out, err := cmd.CombinedOutput()
	if err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
		}
	}
	return string(out), err == nil
}

// diagnostics returns the lines of out that are diagnostics, with the
// directory dir removed from their file names, sorted.
func diagnostics(out, dir string) []string {
	var ds []string
	for line := range strings.SplitSeq(out, "\n") {
		line = strings.ReplaceAll(line, dir+string(filepath.Separator), "")
		if regexp.MustCompile(`^[\w/.-]+\.go:\d+:\d+: `).MatchString(line) {
			ds = append(ds, line)
		}
	}
	slices.Sort(ds)
	return ds
}

// A report is a diagnostic by its position and what it is about: its
// words are pinned once, in normvet's testdata/wording.
type report struct{ pos, about string }

// want are the four reports on the sample module: one of each kind, and two
// of indexes.
var want = []report{
	{"sample.go:12:43: ", `"UN GGE norm 13(l)"`},
	{"sample.go:14:30: ", "norms.UNGGE2015[5]"},
	{"sample.go:15:21: ", "legacy.Old"},
	{"sample.go:16:30: ", "norms.Lucca2017[6]"},
}

// match reports whether the diagnostics got are the reports want, in order.
func match(got []string, want ...report) bool {
	if len(got) != len(want) {
		return false
	}
	for i, w := range want {
		if !strings.HasPrefix(got[i], w.pos) || !strings.Contains(got[i], w.about) {
			return false
		}
	}
	return true
}

func TestGoVet(t *testing.T) {
	dir := sample(t)
	out, ok := run(t, dir, "go", "vet", "-vettool="+normvet, corpus, "./...")
	if ok {
		t.Errorf("go vet succeeded; want a failure with four reports:\n%s", out)
	}
	if got := diagnostics(out, dir); !match(got, want...) {
		t.Errorf("go vet -vettool=normvet reported:\n%s\nwant:\n%v\nfull output:\n%s", strings.Join(got, "\n"), want, out)
	}
}

func TestFix(t *testing.T) {
	dir := sample(t)
	out, _ := run(t, dir, normvet, "-fix", corpus, "./...")
	src, err := os.ReadFile(filepath.Join(dir, "sample.go"))
	if err != nil {
		t.Fatal(err)
	}
	orig, err := os.ReadFile("testdata/sample/sample.go")
	if err != nil {
		t.Fatal(err)
	}
	fixed := bytes.Replace(orig, []byte("norms.UNGGE2015[5]"), []byte("norms.UNGGE2015[norms.F]"), 1)
	fixed = bytes.Replace(fixed, []byte("norms.Lucca2017[6]"), []byte("norms.Lucca2017[norms.N7]"), 1)
	if !bytes.Equal(src, fixed) {
		t.Fatalf("normvet -fix wrote:\n%s\nwant:\n%s\noutput:\n%s", src, fixed, out)
	}
	if out, ok := run(t, dir, "go", "build", "./..."); !ok {
		t.Fatalf("go build after the fix: %s", out)
	}
	if out, ok := run(t, dir, "gofmt", "-l", "."); !ok || out != "" {
		t.Errorf("gofmt -l after the fix: %s", out)
	}
	out, _ = run(t, dir, "go", "vet", "-vettool="+normvet, corpus, "./...")
	if got := diagnostics(out, dir); !match(got, want[0], want[2]) {
		t.Errorf("go vet after the fix reported:\n%s\nwant the other two", strings.Join(got, "\n"))
	}
}

func TestList(t *testing.T) {
	dir := sample(t)
	out, _ := run(t, dir, "go", "vet", "-vettool="+normvet, "-list", "./...")
	want := []report{
		{"sample.go:14:14: ", "UNGGE2015/13f"},
		{"sample.go:16:14: ", "Lucca2017/7"},
		{"sample.go:18:11: ", "UNGGE2015/13f"},
		{"sample.go:19:14: ", "UNGGE2015/13f"},
	}
	if got := diagnostics(out, dir); !match(got, want...) {
		t.Errorf("go vet -vettool=normvet -list reported:\n%s\nwant:\n%v\nfull output:\n%s", strings.Join(got, "\n"), want, out)
	}
}
