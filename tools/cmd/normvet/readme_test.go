package main_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// readmeNormvet is the README's normvet example: the Go file, the command
// lines after it, the output it shows for "normvet ./...", and the
// paragraph after that output, which says what -fix writes.
type readmeNormvet struct {
	code     string
	commands []string
	output   []string
	fixNote  string
}

// readREADME reads the normvet example of the repository's README: the
// ```go block after <!-- example: normvet -->, the next block (the
// commands), the block after <!-- output of: normvet ./... --> and the
// paragraph that follows it.
func readREADME(t *testing.T) readmeNormvet {
	t.Helper()
	data, err := os.ReadFile("../../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	block := func(after string) (string, string) {
		_, rest, ok := strings.Cut(text, after)
		if !ok {
			t.Fatalf("README.md lacks %q", after)
		}
		_, rest, _ = strings.Cut(rest, "```")
		_, rest, _ = strings.Cut(rest, "\n")
		code, rest, ok := strings.Cut(rest, "```\n")
		if !ok {
			t.Fatalf("README.md: the block after %q is not closed", after)
		}
		return code, rest
	}
	var ex readmeNormvet
	var rest string
	ex.code, rest = block("<!-- example: normvet -->\n")
	_, after, _ := strings.Cut(rest, "```\n")
	cmds, _, _ := strings.Cut(after, "```\n")
	for _, l := range strings.Split(cmds, "\n") {
		if l, _, _ = strings.Cut(l, " #"); strings.TrimSpace(l) != "" {
			ex.commands = append(ex.commands, strings.TrimSpace(l))
		}
	}
	out, rest := block("<!-- output of: normvet ./... -->\n")
	ex.output = strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	ex.fixNote, _, _ = strings.Cut(strings.TrimLeft(rest, "\n"), "\n\n")
	return ex
}

// readmeModule writes a module that requires the runtime module, replaced
// by the repository's root, holding the README's example as tracker.go.
func readmeModule(t *testing.T, code string) string {
	t.Helper()
	root, err := filepath.Abs("../../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	mod := "module example.com/tracker\n\ngo 1.23\n\nrequire github.com/cybernorms/cybernorms v0.0.0\n\nreplace github.com/cybernorms/cybernorms => " + root + "\n"
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o666); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "tracker.go"), []byte(code), 0o666); err != nil {
		t.Fatal(err)
	}
	return dir
}

// inOrder returns the diagnostics of out, as diagnostics does, in the
// order printed.
func inOrder(out, dir string) []string {
	var ds []string
	for _, line := range strings.Split(out, "\n") {
		line = strings.ReplaceAll(line, dir+string(filepath.Separator), "")
		if regexp.MustCompile(`^[\w/.-]+\.go:\d+:\d+: `).MatchString(line) {
			ds = append(ds, line)
		}
	}
	return ds
}

// TestREADME runs the README's normvet command lines on its example, as a
// user would in a module of their own, and compares the output it shows
// and what it says -fix writes. (The go install line is proxycheck's, in
// .ci/run.)
func TestREADME(t *testing.T) {
	ex := readREADME(t)
	if len(ex.commands) < 4 {
		t.Fatalf("README.md: the normvet commands are %q", ex.commands)
	}
	var report []string // what normvet ./... reports
	ran := 0
	for _, cmd := range ex.commands {
		dir := readmeModule(t, ex.code)
		switch cmd {
		case "go install github.com/cybernorms/cybernorms/tools/cmd/normvet@latest":
			continue // run by proxycheck
		case "normvet ./...":
			out, ok := run(t, dir, normvet, "./...")
			if ok {
				t.Errorf("normvet ./... succeeded; the README says exit status 3:\n%s", out)
			}
			report = inOrder(out, dir)
			if !slices.Equal(report, ex.output) {
				t.Errorf("README.md shows the output of normvet ./... as\n%s\nit prints\n%s", strings.Join(ex.output, "\n"), strings.Join(report, "\n"))
			}
		case "normvet -fix ./...":
			before := report // what normvet ./... reported on the same file
			if before == nil {
				before = inOrder(mustRun(t, dir, normvet, "./..."), dir)
			}
			run(t, dir, normvet, "-fix", "./...")
			fixed, err := os.ReadFile(filepath.Join(dir, "tracker.go"))
			if err != nil {
				t.Fatal(err)
			}
			// What the README says -fix writes.
			claims := regexp.MustCompile("`([^`]+)`").FindAllStringSubmatch(ex.fixNote, -1)
			if !strings.HasPrefix(ex.fixNote, "`normvet -fix` writes") || len(claims) < 2 {
				t.Fatalf("README.md: the paragraph after the output does not say what normvet -fix writes:\n%s", ex.fixNote)
			}
			for _, c := range claims[1:] {
				if !strings.Contains(string(fixed), c[1]) {
					t.Errorf("the README says normvet -fix writes %s; the file after the fix:\n%s", c[1], fixed)
				}
			}
			if out, ok := run(t, dir, "go", "build", "./..."); !ok {
				t.Errorf("go build after normvet -fix: %s", out)
			}
			// What remains is what had no fix: the reports on the lines the
			// fix did not change.
			changed := map[string]bool{}
			orig := strings.Split(ex.code, "\n")
			for i, l := range strings.Split(string(fixed), "\n") {
				if i >= len(orig) || l != orig[i] {
					changed["tracker.go:"+strconv.Itoa(i+1)+":"] = true
				}
			}
			var want []string
			for _, d := range before {
				line, _, _ := strings.Cut(d, ":")
				rest := strings.TrimPrefix(d, line+":")
				n, _, _ := strings.Cut(rest, ":")
				if !changed[line+":"+n+":"] {
					want = append(want, d)
				}
			}
			after := inOrder(mustRun(t, dir, normvet, "./..."), dir)
			if len(changed) == 0 || !slices.Equal(after, want) {
				t.Errorf("after normvet -fix (lines changed: %v), normvet reports\n%s\nwant\n%s", changed, strings.Join(after, "\n"), strings.Join(want, "\n"))
			}
		case "normvet -list ./...":
			out, _ := run(t, dir, normvet, "-list", "./...")
			list := inOrder(out, dir)
			if len(list) == 0 {
				t.Errorf("normvet -list ./... lists nothing:\n%s", out)
			}
			for _, l := range list {
				if !strings.Contains(l, ": cites ") {
					t.Errorf("normvet -list ./... reports %q", l)
				}
			}
		case "go vet -vettool=$(which normvet) ./...":
			out, ok := run(t, dir, "go", "vet", "-vettool="+normvet, "./...")
			if ok {
				t.Errorf("go vet with normvet succeeded:\n%s", out)
			}
			got, want := diagnostics(out, dir), slices.Clone(ex.output)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("go vet -vettool=normvet reports\n%s\nwant what normvet ./... does:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		default:
			t.Errorf("README.md: a normvet command this test does not run: %q", cmd)
			continue
		}
		ran++
	}
	if ran != 4 || report == nil {
		t.Errorf("ran %d of the README's normvet commands, want 4 (normvet ./... among them)", ran)
	}
}

// mustRun runs a command that may fail (normvet reports with status 3) and
// returns its output.
func mustRun(t *testing.T, dir, name string, args ...string) string {
	t.Helper()
	out, _ := run(t, dir, name, args...)
	return out
}
