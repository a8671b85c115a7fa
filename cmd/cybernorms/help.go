package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// helpCmd is "cybernorms help [command]". It is not in the command table:
// run dispatches it before any flag is parsed, as "-h", "-help" and
// "--help" too.
var helpCmd = &command{name: "help", args: "[command]", short: "show the usage of a command"}

// runHelp runs "cybernorms help [command]": the usage, or a command's help.
func runHelp(args []string, stdout, stderr io.Writer) int {
	if len(args) > 1 && args[0] == helpCmd.name {
		if len(args) > 2 {
			fmt.Fprintf(stderr, "cybernorms help: unexpected argument %s: help takes one command\n", strconv.Quote(args[2]))
			return exitUsage
		}
		return run([]string{args[1], "-help"}, stdout, stderr)
	}
	var b bytes.Buffer
	usage(&b, helpWidthFor(stdout))
	return flush(stdout, stderr, "cybernorms help", b.Bytes(), exitOK)
}

// citationForms says what a citation is, in the usage and the package
// documentation.
const citationForms = `A citation is what the field writes ("UN GGE 2015 13(f)", "A/70/174, para. 13(f)", "Lucca Declaration, norm 6", "Toronto 2018 chair's report, para. 7") or a machine ID ("UNGGE2015/13f", "Lucca2017").`

// The package documentation, doc_gen.go, is the usage, the help of every
// command (see TestPackageDoc) and these texts, which only it shows.
const (
	docOverview = `Command cybernorms reads the cybernorms corpus from a terminal: the
international norms of responsible State behaviour in cyberspace. It
prints their verbatim texts, citations and provenance, for people who do
not write Go.
`
	docRun = `Run it on the embedded corpus without installing anything:

	go run github.com/cybernorms/cybernorms/cmd/cybernorms@latest show "UN GGE 2015 13(f)"
`
	docConventions = `Flags may come anywhere on the line, before or after the other
arguments: "cite UNGGE2015/13f -style formal" is "cite -style formal
UNGGE2015/13f". After "--", every argument is an argument, even one that
begins with "-". Each command takes -help.

The exit status is 0 on success. It is 1 when nothing was found: a
citation that names nothing in the corpus, a search without a match. It
is 1 too when the output could not be written, as when export refuses
the destination -o names. It is 2 for a usage error: an unknown command,
flag or argument. It is 2 too for a search query that cannot be read: an
unclosed quotation mark, a query longer than 4096 bytes or of more than
64 terms. An error message quotes what it repeats of the command line, as
Go quotes strings, so that no control character reaches the terminal.

Text for people (show, search, list, cite, help) is wrapped to the width
of its terminal, at spaces, never inside a word. The width is the COLUMNS
environment variable when it holds a positive number, else the width the
terminal reports, else 80. A table wraps its last column under its start.
On a terminal too narrow for that, each row's last cell goes below the
others. Written to a pipe or a file, nothing is wrapped: a paragraph, a
field or a row is one line. The help fits 80 columns in any case.

A mistyped command, flag, flag value or ID gets a suggestion: "did you
mean "show"?". search marks its matches in bold (ANSI SGR 1) on a
terminal only. It does not when the environment variable NO_COLOR is set
and not empty (see https://no-color.org), or when TERM is "dumb".
`
)

// usage writes the command's usage, wrapped to width columns.
func usage(w io.Writer, width int) {
	t := textOut{w, width}
	t.text("cybernorms reads the norms of responsible State behaviour in cyberspace.")
	t.blank()
	t.text("Usage:")
	t.blank()
	for _, c := range commands {
		prefix := "  cybernorms " + c.name + " "
		t.line(prefix, hangAfter(prefix, width), c.args)
	}
	t.text("  cybernorms " + helpCmd.name + " " + helpCmd.args)
	t.blank()
	t.text("Commands:")
	t.blank()
	for _, c := range commands {
		t.line(fmt.Sprintf("  %-10s ", c.name), 13, c.short)
	}
	t.blank()
	t.text(citationForms + " Flags may come before or after the arguments.")
	t.text("Exit status: 0 success, 1 nothing found or output failed, 2 usage or query error.")
	t.text(`Run "cybernorms <command> -help" for a command's flags and output.`)
}

// help returns the command's help after its short line: its long help,
// and the shape of its JSON output.
func (cmd *command) help() string {
	if cmd.jsonShape == "" {
		return cmd.long
	}
	return cmd.long + "\n" + jsonNote + "\n" + cmd.jsonShape
}

// printHelp writes the command's usage, its help and its flags, wrapped to
// width columns.
func printHelp(w io.Writer, c *cmdEnv, width int) {
	t := textOut{w, width}
	prefix := "Usage: " + c.name() + " "
	t.line(prefix, hangAfter(prefix, width), c.cmd.args)
	t.blank()
	t.text(capitalize(c.cmd.short) + ".")
	if help := c.cmd.help(); help != "" {
		t.blank()
		t.preformatted(help)
	}
	if c.cmd.flags != nil {
		t.blank()
		t.text("Flags (before or after the arguments):")
		printFlags(t, c.fs)
	}
}

// printFlags writes each flag of fs, its usage and its default.
func printFlags(t textOut, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		t.text(strings.TrimRight("  -"+f.Name+" "+name, " "))
		if f.DefValue != "" && f.DefValue != "false" {
			usage += " (default " + strconv.Quote(f.DefValue) + ")"
		}
		t.line("      ", 6, usage)
	})
}

// hangAfter returns the indent of the lines that continue a line that
// begins with prefix: under the text after it, unless that would leave
// less than half the width, and then four spaces.
func hangAfter(prefix string, width int) int {
	if width > 0 && 2*len(prefix) > width {
		return 4
	}
	return len(prefix)
}

// helpWidthFor returns the width at which to write help to w: the
// terminal's, if it is a terminal narrower than helpWidth, or else
// helpWidth, on a terminal or not.
func helpWidthFor(w io.Writer) int {
	if n := termWidth(w); n > 0 && n < helpWidth {
		return n
	}
	return helpWidth
}
