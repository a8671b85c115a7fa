package main

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Text for people is wrapped to the width of the terminal it is written to,
// at spaces, never inside a word; written to a pipe or a file it is not
// wrapped, so that each paragraph, field and row is one whole line for
// grep, cut or a program.

// helpWidth is the widest the help is written, on a terminal or not.
const helpWidth = 80

// getenv and isTerminal are variables for the tests.
var (
	getenv     = os.Getenv
	isTerminal = defaultIsTerminal
)

// defaultIsTerminal reports whether w is a terminal: a file that is a
// character device. (A check with the standard library only; /dev/null is
// a character device too, which does no harm.)
func defaultIsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// useColor reports whether to mark search matches with ANSI escapes on w.
func useColor(w io.Writer) bool {
	return getenv("NO_COLOR") == "" && getenv("TERM") != "dumb" && isTerminal(w)
}

// ttyWidth is the width of the terminal f, as the system reports it, or 0
// (see term_unix.go); a variable for the tests.
var ttyWidth = systemTTYWidth

// termWidth returns the width, in columns, at which to wrap text written to
// w: 0, no wrapping, when w is not a terminal; otherwise the COLUMNS
// environment variable when it holds a positive number, else the width the
// terminal reports, else 80.
func termWidth(w io.Writer) int {
	if !isTerminal(w) {
		return 0
	}
	if n, err := strconv.Atoi(strings.TrimSpace(getenv("COLUMNS"))); err == nil && n > 0 {
		return n
	}
	if f, ok := w.(*os.File); ok {
		if n := ttyWidth(f); n > 0 {
			return n
		}
	}
	return 80
}

// displayWidth returns the number of columns s takes on a terminal: its
// runes, less the ANSI escape sequences (the bold of search matches). The
// texts of the corpus are NFC and hold no wide characters, so a rune is a
// column.
func displayWidth(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] == '\x1b' {
			i = skipEscape(s, i)
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return n
}

// skipEscape returns the offset after the escape sequence that begins at
// s[i]: a CSI sequence, "ESC [" and parameters up to a final byte.
func skipEscape(s string, i int) int {
	j := i + 1
	if j < len(s) && s[j] == '[' {
		j++
		for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
			j++
		}
	}
	return min(j+1, len(s))
}

// A textOut writes lines of text for people, wrapped at width columns (0:
// not wrapped).
type textOut struct {
	w     io.Writer
	width int
}

// line writes prefix and text as one line, or, when it is wider than the
// width, as several: broken at the spaces of text, each line after the
// first indented by hang spaces. A word is never broken: one too wide for
// the room after the indent is indented less (a long URL), one wider than
// the whole line stands alone on its line, and when the first word does not
// fit after prefix, prefix stands alone on the first line. A text with
// newlines is written line by line, each wrapped alike.
func (t textOut) line(prefix string, hang int, text string) {
	for i, l := range strings.Split(text, "\n") {
		if i > 0 {
			prefix = strings.Repeat(" ", hang)
		}
		io.WriteString(t.w, wrap(prefix, l, t.width, hang))
		io.WriteString(t.w, "\n")
	}
}

// text writes a paragraph of text, wrapped with no indent.
func (t textOut) text(s string) { t.line("", 0, s) }

// preformatted writes text laid out to fit [helpWidth], line by line; on a
// narrower terminal, each line is wrapped under its own indent.
func (t textOut) preformatted(text string) {
	for _, l := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		indent := len(l) - len(strings.TrimLeft(l, " "))
		t.line(l[:indent], indent, l[indent:])
	}
}

// blank writes an empty line.
func (t textOut) blank() { io.WriteString(t.w, "\n") }

// wrap returns prefix and text, wrapped as [textOut.line] writes them,
// without a final newline.
func wrap(prefix, text string, width, hang int) string {
	if width <= 0 || displayWidth(prefix)+displayWidth(text) <= width {
		return prefix + text
	}
	var lines []string
	cur, col, empty := prefix, displayWidth(prefix), true // empty: no word on cur yet
	// newLine begins a line for a word ww columns wide: indented by hang, or
	// less where the word would not fit there (a long URL), so that the
	// terminal never breaks it.
	newLine := func(ww int) {
		indent := max(0, min(hang, width-ww))
		cur, col, empty = strings.Repeat(" ", indent), indent, true
	}
	// The words are what lies between single spaces, so that the text is
	// rebuilt exactly where it is not broken (two spaces make an empty
	// word).
	for _, w := range strings.Split(text, " ") {
		ww := displayWidth(w)
		switch {
		case !empty && col+1+ww > width:
			lines = append(lines, cur)
			newLine(ww)
		case empty && len(lines) == 0 && col+ww > width && col > 0:
			// The first word does not fit after the prefix: the prefix
			// stands alone.
			lines = append(lines, strings.TrimRight(cur, " "))
			newLine(ww)
		}
		if !empty {
			cur += " "
			col++
		}
		cur += w
		col += ww
		empty = false
	}
	return strings.Join(append(lines, cur), "\n")
}

// table writes rows, the first the header, in columns, as text/tabwriter
// does with a padding of two spaces: each column but the last as wide as its
// widest cell and two spaces. With a width, the last column wraps within
// it, its lines aligned under its start; where the other columns leave the
// last fewer than minLastColumn columns, each row is written as its other
// cells (aligned if they fit, else two spaces apart and wrapped), and its
// last cell on the lines below, indented by four spaces.
func table(w *bytes.Buffer, width int, rows [][]string) {
	if len(rows) == 0 {
		return
	}
	n := len(rows[0])
	widths := make([]int, n)
	for _, r := range rows {
		for j, cell := range r[:n-1] {
			widths[j] = max(widths[j], displayWidth(cell)+2)
		}
	}
	start := 0 // the column at which the last cell begins
	for _, cw := range widths[:n-1] {
		start += cw
	}
	stacked := width > 0 && width-start < minLastColumn
	aligned := !stacked || start <= width // the other columns, aligned, fit
	t := textOut{w, width}
	for _, r := range rows {
		var b strings.Builder
		for j, cell := range r[:n-1] {
			b.WriteString(cell)
			switch {
			case aligned && (j < n-2 || !stacked):
				b.WriteString(strings.Repeat(" ", widths[j]-displayWidth(cell)))
			case !aligned && j < n-2:
				b.WriteString("  ")
			}
		}
		if stacked {
			t.line("", 4, strings.TrimRight(b.String(), " "))
			if r[n-1] != "" {
				t.line("    ", 4, r[n-1])
			}
			continue
		}
		t.line(b.String(), start, r[n-1])
	}
}

// minLastColumn is the fewest columns the last column of a table is
// wrapped in; with less room, the rows are stacked.
const minLastColumn = 24
