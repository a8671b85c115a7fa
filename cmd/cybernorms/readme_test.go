package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The README's code blocks, each run by a test or classified here: a
// command no test runs, or an output a test does not compare, fails
// TestREADMEBlocks.
//
//   - A ```go block marked <!-- example: user --> is the user example,
//     built and run by TestREADMEExample (package cybernorms) and by
//     tools/cmd/proxycheck; one marked <!-- example: normvet --> is vetted
//     by TestREADME of tools/cmd/normvet; any other ```go block is a
//     fragment, compiled and run by TestREADMEFragments (package
//     cybernorms).
//   - A block marked <!-- output of: COMMAND --> is what COMMAND, a line of
//     an earlier block, prints: compared here for the cybernorms command,
//     as on a terminal of 80 columns (and rewritten with -update, as go
//     generate does), and by TestREADME of tools/cmd/normvet for normvet.
//     A last line "..." stands for the rest. The usage, "cybernorms help",
//     is so derived from the command table.
//   - Blocks marked <!-- citations: printed --> and <!-- citations: csl -->
//     are compared by TestREADMECitations, and so is the Markdown sentence
//     TestCSLStyles renders (readmeCSLExample).
//   - Every line of any other block is a command, run or classified by
//     readmeRules.

// A mdBlock is a fenced code block of the README.
type mdBlock struct {
	line    int    // the line of its first line of code
	lang    string // "go", or ""
	marker  string // the HTML comment on the line before the fence, without <!-- -->
	code    []string
	section string // the heading it stands under
}

// mdBlocks returns the fenced code blocks of a Markdown text.
func mdBlocks(text string) []mdBlock {
	var (
		blocks  []mdBlock
		cur     *mdBlock
		prev    string // the last non-blank line outside a block
		section string
	)
	for i, l := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		switch {
		case cur != nil && strings.TrimSpace(l) == "```":
			blocks = append(blocks, *cur)
			cur, prev = nil, ""
		case cur != nil:
			cur.code = append(cur.code, l)
		case strings.HasPrefix(l, "```"):
			cur = &mdBlock{line: i + 2, lang: strings.TrimSpace(strings.TrimPrefix(l, "```")), section: section}
			if m, ok := strings.CutPrefix(prev, "<!--"); ok {
				cur.marker = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(m), "-->"))
			}
		case strings.HasPrefix(l, "#"):
			section = strings.TrimSpace(strings.TrimLeft(l, "#"))
			prev = l
		case strings.TrimSpace(l) != "":
			prev = strings.TrimSpace(l)
		}
	}
	return blocks
}

// A readmeRule says who runs a kind of command line of the README.
type readmeRule struct {
	match func(line string) bool
	// check runs or checks the line here; nil when another test runs it,
	// as by says.
	check func(t *testing.T, r *readmeRun, line string)
	by    string
}

// The prefixes by which the README runs the cybernorms command.
var cybernormsPrefixes = []string{
	"go run ./cmd/cybernorms ",
	"go run github.com/cybernorms/cybernorms/cmd/cybernorms@latest ",
	"cybernorms ",
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// readmeRules classify every command line of the README, in order: the
// first that matches runs or names who runs it.
var readmeRules = []readmeRule{
	{
		match: func(l string) bool { return hasAnyPrefix(l, cybernormsPrefixes...) },
		check: func(t *testing.T, r *readmeRun, l string) { r.runCybernorms(t, l) },
		by:    "TestREADMEBlocks: run in-process, its output compared",
	},
	{
		match: func(l string) bool {
			return hasAnyPrefix(l, "go get github.com/cybernorms/cybernorms", "go install github.com/cybernorms/cybernorms/")
		},
		by: "tools/cmd/proxycheck (in .ci/run): runs every go get and go install line of the README, as written, against the modules zipped from the checkout",
	},
	{
		match: func(l string) bool { return hasAnyPrefix(l, "normvet ", "go vet -vettool=$(which normvet) ") },
		by:    "TestREADME of tools/cmd/normvet: runs it on the README's normvet example",
	},
	{
		match: func(l string) bool {
			return strings.HasPrefix(l, "pandoc --citeproc ") && strings.Contains(l, " --bibliography cybernorms.json ")
		},
		by: "TestCSLStyles (in .ci/exports-consumers): pandoc --citeproc with the CSL-JSON export as the bibliography, in the default style and with the style files of citation-style-language-styles (to text: a PDF needs LaTeX)",
	},
	{
		// The test command and the gate's own steps: .ci/run runs each,
		// as written.
		match: func(l string) bool {
			return l == "go test ./... ./gen/... ./tools/..." || l == "go generate ./..." || l == "go run ./tools/cmd/proxycheck"
		},
		check: func(t *testing.T, r *readmeRun, l string) {
			if !r.ciRunLines[l] {
				t.Errorf("README: %q: .ci/run does not run it as written", l)
			}
		},
		by: ".ci/run, which runs it as written (checked here)",
	},
	{
		match: func(l string) bool { return hasAnyPrefix(l, ".ci/") },
		check: func(t *testing.T, r *readmeRun, l string) {
			fi, err := os.Stat(filepath.Join(r.root, l))
			if err != nil || fi.Mode()&0o111 == 0 {
				t.Errorf("README: %s is not an executable script of the repository: %v", l, err)
			}
			if l != ".ci/run" && l != ".ci/bench" && !strings.Contains(r.ciRun, l) {
				t.Errorf("README: %s: .ci/run does not run it", l)
			}
		},
		by: "the script exists; .ci/run is the gate, and runs .ci/apicheck and .ci/exports-consumers (checked here); .ci/bench writes BENCHMARKS.md",
	},
}

// A readmeRun is the state of TestREADMEBlocks.
type readmeRun struct {
	root       string          // the repository's root
	dir        string          // where commands write their files
	ciRun      string          // .ci/run
	ciRunLines map[string]bool // its lines, trimmed
	outputs    map[string]string
}

// commandLine returns a line of a command block without its comment and
// surrounding space: "go test ./...   # every test" is "go test ./...".
func commandLine(l string) string {
	inQuote := rune(0)
	for i, r := range l {
		switch {
		case inQuote != 0:
			if r == inQuote {
				inQuote = 0
			}
		case r == '"' || r == '\'' || r == '`':
			inQuote = r
		case r == '#' && (i == 0 || l[i-1] == ' '):
			return strings.TrimSpace(l[:i])
		}
	}
	return strings.TrimSpace(l)
}

// shellWords splits a command line as the shell does its words, for the
// quoting the README uses: double and single quotes, no escapes.
func shellWords(s string) []string {
	var (
		words   []string
		cur     strings.Builder
		inWord  bool
		inQuote rune
	)
	for _, r := range s {
		switch {
		case inQuote != 0 && r == inQuote:
			inQuote = 0
		case inQuote != 0:
			cur.WriteRune(r)
		case r == '"' || r == '\'':
			inQuote, inWord = r, true
		case r == ' ' || r == '\t':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words
}

// runCybernorms runs a cybernorms command line of the README in-process:
// as on a terminal of 80 columns, or, with "> file", into a file of r.dir;
// "-o path" writes into r.dir too. It must succeed; its output is kept for
// an output block.
func (r *readmeRun) runCybernorms(t *testing.T, line string) {
	t.Helper()
	rest := line
	for _, p := range cybernormsPrefixes {
		if s, ok := strings.CutPrefix(line, p); ok {
			rest = s
			break
		}
	}
	args := shellWords(rest)
	redirect := ""
	if n := len(args); n >= 2 && args[n-2] == ">" {
		redirect, args = args[n-1], args[:n-2]
	}
	for i, a := range args {
		if a == "-o" && i+1 < len(args) {
			args[i+1] = filepath.Join(r.dir, args[i+1])
		}
	}
	var out, errOut bytes.Buffer
	oldTerm, oldEnv := isTerminal, getenv
	if redirect == "" {
		isTerminal = func(io.Writer) bool { return true }
		getenv = func(k string) string {
			if k == "COLUMNS" {
				return "80"
			}
			return "" // not NO_COLOR
		}
	} else {
		isTerminal = func(io.Writer) bool { return false }
	}
	code := run(args, &out, &errOut)
	isTerminal, getenv = oldTerm, oldEnv
	if code != exitOK || errOut.Len() > 0 {
		t.Errorf("README: %s: status %d\n%s", line, code, errOut.String())
		return
	}
	if redirect != "" {
		if out.Len() == 0 {
			t.Errorf("README: %s: writes nothing to %s", line, redirect)
		}
		if err := os.WriteFile(filepath.Join(r.dir, redirect), out.Bytes(), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	r.outputs[line] = out.String()
}

// TestREADMEBlocks runs or classifies every block of the README (see
// above), and compares the outputs it shows of the cybernorms command; with
// -update, it rewrites them.
func TestREADMEBlocks(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	ciRun, err := os.ReadFile(filepath.Join(root, ".ci", "run"))
	if err != nil {
		t.Fatal(err)
	}
	r := &readmeRun{root: root, dir: t.TempDir(), ciRun: string(ciRun), ciRunLines: map[string]bool{}, outputs: map[string]string{}}
	for _, l := range strings.Split(string(ciRun), "\n") {
		r.ciRunLines[strings.TrimSpace(l)] = true
	}
	blocks := mdBlocks(string(readme))
	var (
		updated []mdBlock  // the output blocks to rewrite, with -update
		outputs [][]string // their new lines
	)
	commandsSeen := map[string]bool{}
	counts := map[string]int{}
	for _, b := range blocks {
		switch {
		case b.lang == "go":
			switch b.marker {
			case "example: user", "example: normvet", "":
				counts["go "+b.marker]++
			default:
				t.Errorf("README.md:%d: a Go block marked %q, which no test knows", b.line, b.marker)
			}
		case b.lang != "":
			t.Errorf("README.md:%d: a block of %q, which no test knows", b.line, b.lang)
		case strings.HasPrefix(b.marker, "output of: "):
			cmd := strings.TrimPrefix(b.marker, "output of: ")
			if !commandsSeen[cmd] {
				t.Errorf("README.md:%d: the output of %q, which no earlier block runs", b.line, cmd)
				continue
			}
			counts["output"]++
			if strings.HasPrefix(cmd, "normvet ") {
				continue // compared by TestREADME of tools/cmd/normvet
			}
			got, ok := r.outputs[cmd]
			if !ok {
				t.Errorf("README.md:%d: the output of %q, which is not run here", b.line, cmd)
				continue
			}
			if *update {
				updated = append(updated, b)
				outputs = append(outputs, updatedOutput(b, got))
				continue
			}
			compareOutput(t, b, cmd, got)
		case b.marker == "citations: printed" || b.marker == "citations: csl":
			counts["citations, compared by TestREADMECitations"]++
		case b.marker != "":
			t.Errorf("README.md:%d: a block marked %q, which no test knows", b.line, b.marker)
		case strings.Join(b.code, "\n") == readmeCSLExample:
			// Markdown, not a command: the sentence TestCSLStyles renders
			// with Pandoc, shown so by TestREADMECitations.
			counts["the Markdown sentence rendered by TestCSLStyles"]++
		default:
			for i, raw := range b.code {
				l := commandLine(raw)
				if l == "" {
					continue
				}
				commandsSeen[l] = true
				matched := false
				for _, rule := range readmeRules {
					if rule.match(l) {
						matched = true
						counts[rule.by]++
						if rule.check != nil {
							rule.check(t, r, l)
						}
						break
					}
				}
				if !matched {
					t.Errorf("README.md:%d: %q: no test runs this command; run it, or classify it in readmeRules", b.line+i, l)
				}
			}
		}
	}
	for what, n := range counts {
		t.Logf("%3d  %s", n, what)
	}
	if len(updated) > 0 {
		lines := strings.Split(string(readme), "\n")
		for i := len(updated) - 1; i >= 0; i-- {
			b := updated[i]
			lines = slices.Replace(lines, b.line-1, b.line-1+len(b.code), outputs[i]...)
		}
		if out := strings.Join(lines, "\n"); out != string(readme) {
			if err := os.WriteFile(filepath.Join(root, "README.md"), []byte(out), 0o666); err != nil {
				t.Fatal(err)
			}
			t.Log("rewrote the outputs of README.md")
		}
	}
	// The README's first commands: what a newcomer runs first.
	if !commandsSeen[`go run ./cmd/cybernorms show "UN GGE 2015 13(f)"`] || !commandsSeen["go test ./... ./gen/... ./tools/..."] {
		t.Errorf("README: the first commands, show and the test command, are missing")
	}
}

// updatedOutput returns the lines of an output block that shows got, the
// output of its command: all of them, or, for a block that ends with "...",
// those up to the line it showed last (or as many as it showed), and "...".
func updatedOutput(b mdBlock, got string) []string {
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	n := len(b.code) - 1
	if n < 0 || b.code[n] != "..." {
		return lines
	}
	if n > 0 {
		if i := slices.Index(lines, b.code[n-1]); i >= 0 {
			n = i + 1
		}
	}
	n = min(n, len(lines))
	return append(lines[:n:n], "...")
}

// compareOutput compares an output block of the README with what the
// command printed: line for line, a last line "..." standing for the rest.
func compareOutput(t *testing.T, b mdBlock, cmd, got string) {
	t.Helper()
	want := b.code
	prefixOnly := len(want) > 0 && want[len(want)-1] == "..."
	if prefixOnly {
		want = want[:len(want)-1]
	}
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if len(lines) < len(want) || !prefixOnly && len(lines) != len(want) {
		t.Errorf("README.md:%d: the output of %s shows %d lines; it prints %d:\n%s", b.line, cmd, len(want), len(lines), got)
		return
	}
	for i, w := range want {
		if lines[i] != w {
			t.Errorf("README.md:%d: the output of %s shows\n\t%q\nit prints\n\t%q", b.line+i, cmd, w, lines[i])
		}
	}
}
