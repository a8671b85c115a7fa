package main

import (
	"bytes"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"text/tabwriter"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

func TestWrap(t *testing.T) {
	for _, tt := range []struct {
		prefix, text string
		width, hang  int
		want         string
	}{
		{"", "a b c", 0, 0, "a b c"},
		{"", "a b c", 5, 0, "a b c"},
		{"", "aa bb cc", 5, 0, "aa bb\ncc"},
		{"", "aa bb cc dd", 5, 2, "aa bb\n  cc\n  dd"},
		{"ID:  ", "aaaa bbbb cccc", 12, 5, "ID:  aaaa\n     bbbb\n     cccc"},
		// A word wider than the line stands alone, unbroken.
		{"", "a verylongword b", 6, 0, "a\nverylongword\nb"},
		// A word too wide for the room after the indent is indented less.
		{"", "a bbbbbbbb c", 9, 4, "a\n bbbbbbbb\n    c"},
		// The first word does not fit after the prefix: the prefix stands
		// alone, the word below it.
		{"URL:         ", "https://example.org/x", 30, 2, "URL:\n  https://example.org/x"},
		{"URL:         ", "https://example.org/x/y/z", 30, 13, "URL:\n     https://example.org/x/y/z"},
		// ...and a word wider than the line at the start of the next.
		{"URL: ", "https://example.org/a/long/path", 10, 2, "URL:\nhttps://example.org/a/long/path"},
		// Escapes take no room; runes are columns, not bytes.
		{"", "\x1b[1mabc\x1b[22m def", 7, 0, "\x1b[1mabc\x1b[22m def"},
		{"", "éé éé éé", 5, 0, "éé éé\néé"},
		// Two spaces stay two spaces where the text is not broken.
		{"", "a.  b c", 5, 0, "a.  b\nc"},
	} {
		if got := wrap(tt.prefix, tt.text, tt.width, tt.hang); got != tt.want {
			t.Errorf("wrap(%q, %q, %d, %d) = %q, want %q", tt.prefix, tt.text, tt.width, tt.hang, got, tt.want)
		}
	}
}

// TestTableUnwrapped checks that a table written with no width is what
// text/tabwriter writes, as the command wrote its tables before.
func TestTableUnwrapped(t *testing.T) {
	rows := [][]string{{"ID", "CITATION", "TITLE"}}
	for n := range norms.All() {
		rows = append(rows, []string{string(n.ID()), n.String(), n.Editorial().Title})
	}
	var want bytes.Buffer
	tw := tabwriter.NewWriter(&want, 0, 8, 2, ' ', 0)
	for _, r := range rows {
		io.WriteString(tw, strings.Join(r, "\t")+"\n")
	}
	tw.Flush()
	var got bytes.Buffer
	table(&got, 0, rows)
	if got.String() != want.String() {
		t.Errorf("table:\n%s\ntabwriter:\n%s", got.String(), want.String())
	}
}

// onTerminal makes the command take its output for a terminal of the given
// width, set as the COLUMNS variable, for the rest of the test.
func onTerminal(t *testing.T, width int) {
	t.Helper()
	oldTerm, oldEnv := isTerminal, getenv
	t.Cleanup(func() { isTerminal, getenv = oldTerm, oldEnv })
	isTerminal = func(io.Writer) bool { return true }
	getenv = func(k string) string {
		if k == "COLUMNS" {
			return strconv.Itoa(width)
		}
		return "" // no NO_COLOR, TERM: bold matches, as on a terminal
	}
}

// commandLines are the command lines the terminal tests run: show for every
// norm, document and labelled paragraph, searches, the lists, cite, and
// the help of every command.
func commandLines() [][]string {
	lines := [][]string{
		{"list"}, {"list", "norms"}, {"help"},
		{"search", `"critical infrastructure"`, "protect"}, {"search", "States"}, {"search", "confiance"},
		{"cite", "-style", "formal", "Toronto 2018 chair's report, para. 7"},
		{"cite", "-style", "formal", "UNGGE2015/13f"},
	}
	for _, c := range commands {
		lines = append(lines, []string{c.name, "-help"})
	}
	for n := range norms.All() {
		lines = append(lines, []string{"show", string(n.ID())})
	}
	for d := range declarations.All() {
		lines = append(lines, []string{"show", string(d.ID())})
		for v := range d.Versions() {
			lines = append(lines, []string{"show", "-lang", v.Lang(), string(d.ID())})
		}
		for p := range d.Paragraphs() {
			if _, isNorm := p.Norm(); !isNorm && p.Label() != "" {
				lines = append(lines, []string{"show", p.Cite(norms.Short)})
			}
		}
	}
	return lines
}

// TestTerminalWidth runs the command as on terminals 80 and 40 columns
// wide, and checks that no line is wider, unless it is one word wider than
// the line (a URL), at its start, and that no word is broken or lost: the
// words of the output are those of the same command written to a pipe, in
// order.
// Written to a pipe, the output is not wrapped: a paragraph is one line.
func TestTerminalWidth(t *testing.T) {
	lines := commandLines()
	piped := map[string]string{}
	for _, args := range lines {
		code, out, errOut := runCmd(args...)
		if code != 0 || errOut != "" {
			t.Fatalf("%q: status %d, %s", args, code, errOut)
		}
		piped[strings.Join(args, " ")] = out
	}
	// Piped, the text of a norm is one line.
	if out := piped["show UNGGE2015/13f"]; !strings.Contains(out, "\n"+norms.UNGGE2015[norms.F].Text()+"\n") {
		t.Errorf("show to a pipe: the norm's text is not one line:\n%s", out)
	}
	for _, width := range []int{80, 40} {
		onTerminal(t, width)
		wrapped := 0
		for _, args := range lines {
			name := strings.Join(args, " ")
			code, out, _ := runCmd(args...)
			if code != 0 {
				t.Fatalf("%q at %d columns: status %d", args, width, code)
			}
			plain := strings.NewReplacer(boldOn, "", boldOff, "").Replace(out)
			for i, l := range strings.Split(plain, "\n") {
				// Over the width, only a word wider than the line, alone
				// at its start.
				if n := displayWidth(l); n > width && (len(strings.Fields(l)) > 1 || strings.HasPrefix(l, " ")) {
					t.Errorf("%s at %d columns: line %d is %d columns wide:\n%s", name, width, i+1, n, l)
				}
			}
			if got, want := strings.Fields(plain), strings.Fields(piped[name]); !slices.Equal(got, want) {
				t.Errorf("%s at %d columns: the words differ from the piped output's:\n%s", name, width, out)
			}
			if out != piped[name] {
				wrapped++
			}
		}
		if wrapped < len(lines)/2 {
			t.Errorf("at %d columns, only %d of %d outputs were wrapped", width, wrapped, len(lines))
		}
	}
}

// TestHelpWidth checks that the help, of the command and of each command,
// fits 80 columns on a terminal or not.
func TestHelpWidth(t *testing.T) {
	check := func(how string) {
		var all [][]string
		all = append(all, []string{"help"})
		for _, c := range commands {
			all = append(all, []string{c.name, "-help"})
		}
		for _, args := range all {
			_, out, _ := runCmd(args...)
			for _, l := range strings.Split(out, "\n") {
				if displayWidth(l) > helpWidth {
					t.Errorf("%s, %q: a line of %d columns:\n%s", how, args, displayWidth(l), l)
				}
			}
		}
		// The usage of a usage error, and the unknown command's list.
		for _, args := range [][]string{{"export", "-format", "xml"}, {"shwo"}, {}} {
			_, _, errOut := runCmd(args...)
			for _, l := range strings.Split(errOut, "\n") {
				if displayWidth(l) > helpWidth && !strings.Contains(l, `"`) {
					t.Errorf("%s, %q: a line of %d columns on stderr:\n%s", how, args, displayWidth(l), l)
				}
			}
		}
	}
	check("piped")
	onTerminal(t, 200)
	check("on a terminal 200 columns wide")
}

// TestTermWidth checks how the width is found: none for a pipe; COLUMNS;
// the terminal's; 80.
func TestTermWidth(t *testing.T) {
	oldTerm, oldEnv, oldTTY := isTerminal, getenv, ttyWidth
	defer func() { isTerminal, getenv, ttyWidth = oldTerm, oldEnv, oldTTY }()
	columns := ""
	getenv = func(k string) string {
		if k == "COLUMNS" {
			return columns
		}
		return ""
	}
	tty := 0
	ttyWidth = func(*os.File) int { return tty }
	isTerminal = func(io.Writer) bool { return false }
	columns, tty = "100", 120
	if w := termWidth(os.Stdout); w != 0 {
		t.Errorf("not a terminal: width %d, want 0", w)
	}
	isTerminal = func(io.Writer) bool { return true }
	for _, tt := range []struct {
		columns string
		tty     int
		w       io.Writer
		want    int
	}{
		{"100", 120, os.Stdout, 100},
		{"", 120, os.Stdout, 120},
		{"x", 120, os.Stdout, 120},
		{"-5", 0, os.Stdout, 80},
		{"", 0, os.Stdout, 80},
		{"", 120, &bytes.Buffer{}, 80}, // not a file: no ioctl
	} {
		columns, tty = tt.columns, tt.tty
		if got := termWidth(tt.w); got != tt.want {
			t.Errorf("COLUMNS=%q, terminal %d: width %d, want %d", tt.columns, tt.tty, got, tt.want)
		}
	}
	// The system's answer for a file that is not a terminal.
	f, err := os.CreateTemp(t.TempDir(), "x")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if n := systemTTYWidth(f); n != 0 {
		t.Errorf("systemTTYWidth of a regular file = %d, want 0", n)
	}
}
