package cybernorms_test

import (
	"go/scanner"
	"go/token"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// A fragment is a ```go block of the README that is not a whole program:
// statements, as in the body of main.
type fragment struct {
	line int // the README line of its first line
	code []string
}

// readmeFragments returns the ```go blocks of the README that no HTML
// comment marks (the marked ones, such as the user example, are whole
// programs run by other tests).
func readmeFragments(t *testing.T) []fragment {
	t.Helper()
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	var (
		out    []fragment
		cur    *fragment
		marked bool
		prev   string
	)
	for i, l := range strings.Split(string(data), "\n") {
		switch {
		case cur != nil && strings.TrimSpace(l) == "```":
			if !marked {
				out = append(out, *cur)
			}
			cur, prev = nil, ""
		case cur != nil:
			cur.code = append(cur.code, l)
		case strings.TrimSpace(l) == "```go":
			cur, marked = &fragment{line: i + 2}, strings.HasPrefix(prev, "<!--")
		case strings.TrimSpace(l) != "":
			prev = strings.TrimSpace(l)
		}
	}
	return out
}

// TestREADMEFragments compiles and runs each Go fragment of the README as
// the body of a main function of a module of its own, and checks what its
// comments claim:
//
//   - on a line that prints (fmt.Println), the comment is what the line
//     prints, its lines joined by " / ", "..." standing for any text;
//   - a comment "also "a", "b"" (continued on the comment lines below it)
//     lists citations that the Parse function called on its line accepts
//     too.
//
// Any other comment fails the test, as a claim that nothing checks.
func TestREADMEFragments(t *testing.T) {
	frags := readmeFragments(t)
	if len(frags) == 0 {
		t.Fatal("the README has no Go fragment: is the parse right?")
	}
	for _, f := range frags {
		checkFragment(t, f)
	}
}

// printMark marks the output of each Println of a fragment with its README
// line: "\x00line\x00" (the program's readmePrintln writes it).
const printMark = "\x00"

func checkFragment(t *testing.T, f fragment) {
	// The fragment as the body of main, each fmt.Println(...) replaced by
	// a call that marks its output with its README line.
	var body strings.Builder
	for i, l := range f.code {
		body.WriteString(strings.ReplaceAll(l, "fmt.Println(", "readmePrintln("+strconv.Itoa(f.line+i)+", "))
		body.WriteByte('\n')
	}
	const head = `package main

import (
	"fmt"

	"github.com/cybernorms/cybernorms"
	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

var _, _, _ = cybernorms.Resolve, declarations.Lookup, norms.Lookup

func readmePrintln(line int, a ...any) {
	fmt.Printf("\x00%d\x00", line)
	fmt.Println(a...)
}

func main() {
`
	// Variables the fragment declares and does not use are used after it:
	// the compiler names them.
	unused := regexp.MustCompile(`declared and not used: (\w+)`)
	var uses []string
	var dir, out string
	for try := 0; ; try++ {
		src := head + body.String() + strings.Join(uses, "") + "}\n"
		dir = userModule(t, src)
		var err error
		out, err = goCmd(t, dir, "run", ".")
		if err == nil {
			break
		}
		m := unused.FindAllStringSubmatch(out, -1)
		if len(m) == 0 || try == 3 {
			t.Fatalf("the README's Go fragment at line %d does not run: %v\n%s\n%s", f.line, err, out, src)
		}
		for _, v := range m {
			uses = append(uses, "\t_ = "+v[1]+"\n")
		}
	}

	// What each line printed.
	printed := map[int]string{}
	parts := strings.Split(out, printMark)
	for i := 1; i+1 < len(parts); i += 2 {
		n, _ := strconv.Atoi(parts[i])
		printed[n] += parts[i+1]
	}

	// The comments of the fragment, by README line.
	src := []byte(strings.Join(f.code, "\n"))
	fset := token.NewFileSet()
	file := fset.AddFile("README.md", -1, len(src))
	var sc scanner.Scanner
	sc.Init(file, src, nil, scanner.ScanComments)
	comments := map[int]string{}
	codeLines := map[int]bool{}
	for {
		pos, tok, lit := sc.Scan()
		if tok == token.EOF {
			break
		}
		line := f.line + fset.Position(pos).Line - 1
		if tok == token.COMMENT {
			comments[line] = strings.TrimSpace(strings.TrimPrefix(lit, "//"))
		} else if tok != token.SEMICOLON || lit != "\n" {
			codeLines[line] = true
		}
	}
	checked := 0
	for i, l := range f.code {
		line := f.line + i
		c, ok := comments[line]
		if !ok || !codeLines[line] {
			continue // a comment line of its own continues the one above
		}
		switch {
		case strings.Contains(l, "fmt.Println("):
			got := strings.ReplaceAll(strings.TrimSuffix(printed[line], "\n"), "\n", " / ")
			if !matchDots(c, got) {
				t.Errorf("README.md:%d: the comment says\n\t%s\nthe line prints\n\t%s", line, c, got)
			}
			checked++
		case strings.HasPrefix(c, "also "):
			also := c
			for j := i + 1; j < len(f.code) && !codeLines[f.line+j]; j++ {
				also += " " + comments[f.line+j]
			}
			checked += checkAlso(t, line, l, also)
		default:
			t.Errorf("README.md:%d: a comment that no test checks: %q", line, c)
		}
	}
	t.Logf("the Go fragment at README.md:%d ran, and %d of its claims were checked", f.line, checked)
}

// matchDots reports whether s is pattern, each "..." in pattern standing
// for any text.
func matchDots(pattern, s string) bool {
	pieces := strings.Split(pattern, "...")
	if len(pieces) == 1 {
		return pattern == s
	}
	for i, p := range pieces {
		p = strings.TrimSpace(p)
		switch {
		case i == 0:
			if !strings.HasPrefix(s, p) {
				return false
			}
			s = s[len(p):]
		case i == len(pieces)-1:
			if !strings.HasSuffix(s, p) {
				return false
			}
		default:
			k := strings.Index(s, p)
			if k < 0 {
				return false
			}
			s = s[k+len(p):]
		}
	}
	return true
}

// checkAlso checks a comment "also "a", "b"": each quoted citation is one
// that the Parse called on the line accepts. It returns how many it
// checked.
func checkAlso(t *testing.T, line int, code, comment string) int {
	var parse func(string) error
	switch {
	case strings.Contains(code, "norms.Parse("):
		parse = func(s string) error { _, err := norms.Parse(s); return err }
	case strings.Contains(code, "declarations.Parse("):
		parse = func(s string) error { _, _, err := declarations.Parse(s); return err }
	default:
		t.Errorf("README.md:%d: an \"also\" comment on a line that calls no Parse", line)
		return 0
	}
	n := 0
	for _, q := range regexp.MustCompile(`"[^"]*"`).FindAllString(comment, -1) {
		s, _ := strconv.Unquote(q)
		if err := parse(s); err != nil {
			t.Errorf("README.md:%d: the README says %s parses too: %v", line, q, err)
		}
		n++
	}
	if n == 0 {
		t.Errorf("README.md:%d: an \"also\" comment that quotes nothing", line)
	}
	return n
}

func TestMatchDots(t *testing.T) {
	for _, tt := range []struct {
		pattern, s string
		want       bool
	}{
		{"abc", "abc", true},
		{"abc", "abcd", false},
		{"a ... d", "abcd", true},
		{"a ... d", "abce", false},
		{"% ... x / @misc{U, ...", "% text x / @misc{U, more", true},
		{"... end", "the end", true},
		{"x", "y", false},
	} {
		if got := matchDots(tt.pattern, tt.s); got != tt.want {
			t.Errorf("matchDots(%q, %q) = %v", tt.pattern, tt.s, got)
		}
	}
}
