package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// A command is one command of cybernorms, as cmd/go has them: its usage,
// its help, its flags and the function that runs it. Each is declared in a
// file named for it (list.go, show.go ...) and listed in [commands].
type command struct {
	name  string // "show"
	args  string // the usage after the name: "[-lang tag] [-json] <citation>"
	short string // what it does, in the list of commands: "show a norm, ..."
	// long is the help that -help prints after the short line, wrapped to
	// fit [helpWidth]; an indented line is wrapped under its indent.
	long string
	// jsonShape is the shape of the command's -json output, which -help
	// prints after [jsonNote]; "" for none.
	jsonShape string
	// details is what the package documentation adds to the help.
	details string
	flags   func(fs *flag.FlagSet, c *cmdEnv) // defines its flags, bound to c
	run     func(c *cmdEnv) int               // runs it, the flags parsed; returns the exit status
	// complete lists the words the shell completion offers for the
	// command's arguments; completeIDs adds the IDs of the corpus.
	complete    []string
	completeIDs bool
}

// flagSet returns a new set of the command's flags, bound to c.
func (cmd *command) flagSet(c *cmdEnv) *flag.FlagSet {
	fs := flag.NewFlagSet("cybernorms "+cmd.name, flag.ContinueOnError)
	if cmd.flags != nil {
		cmd.flags(fs, c)
	}
	return fs
}

// cmdEnv is what a command runs with. A command writes its output to out,
// which run copies to the real output when the command is done, so that a
// write error is reported once, whatever the command. A command whose
// output grows with its input (scan) spills out to the real output as it
// goes.
type cmdEnv struct {
	cmd    *command
	fs     *flag.FlagSet
	args   []string // the arguments that are not flags, in order
	out    bytes.Buffer
	stdout io.Writer // the real output, or nil: out is then kept whole
	werr   error     // the first error of a spill
	stderr io.Writer
	// color says that the output is a terminal that takes ANSI escapes.
	color bool
	// width is the width to wrap text for people at: the terminal's, or 0
	// when the output is not a terminal (see termWidth).
	width int

	// The values of the flags.
	json   bool
	theme  string
	style  string
	format string
	table  string
	output string
	schema bool
	lang   string
}

// spillSize is how much output spill lets out hold.
const spillSize = 64 << 10

// spill writes out to the real output once it holds spillSize bytes, so
// that the output held in memory does not grow with the input: scan's
// megabyte of input makes 14 MB of JSON, whose cost had grown faster than
// the input. run reports a write error.
func (c *cmdEnv) spill() {
	if c.out.Len() < spillSize || c.stdout == nil || c.werr != nil {
		return
	}
	if _, err := c.stdout.Write(c.out.Bytes()); err != nil {
		c.werr = err
	}
	c.out.Reset()
}

// name returns "cybernorms <command>", the prefix of the command's messages.
func (c *cmdEnv) name() string { return "cybernorms " + c.cmd.name }

// text returns the writer of the command's text output, wrapped to the
// terminal's width.
func (c *cmdEnv) text() textOut { return textOut{&c.out, c.width} }

// jsonFlag defines -json, which the commands that write JSON take.
func jsonFlag(fs *flag.FlagSet, c *cmdEnv) {
	fs.BoolVar(&c.json, "json", false, "write JSON instead of text (see the shape above)")
}

// langFlag defines -lang, the language version of what a citation names.
func langFlag(fs *flag.FlagSet, c *cmdEnv) {
	fs.StringVar(&c.lang, "lang", "", "the `language` version to show, as a BCP 47 tag (fr); by default the document's first")
}

// A stringFlag is the value of a flag that sets the string value points to.
type stringFlag struct{ value *string }

func (f stringFlag) String() string {
	if f.value == nil {
		return ""
	}
	return *f.value
}

func (f stringFlag) Set(s string) error {
	*f.value = s
	return nil
}

// A choice is the value of a flag that takes one of a few words (-style,
// -format, -table). Shell completion offers the words, and run refuses
// any other value, naming the word meant.
type choice struct {
	stringFlag
	what  string   // what an error calls the value: "citation style"
	words []string // the values it takes
	fold  bool     // whether a value may be in any case
}

// choiceVar defines a flag of fs named name whose value, stored in p, is
// one of ch's words; value is its default.
func choiceVar(fs *flag.FlagSet, p *string, name, value, usage string, ch choice) {
	*p = value
	ch.value = p
	fs.Var(ch, name, usage)
}

// A fileFlag is the value of a flag that names a file or a directory (-o);
// shell completion offers file names for it.
type fileFlag struct{ stringFlag }

// checkChoices checks the values of the flags given that take one of a few
// words, and reports an unknown one as a usage error, with the word it is
// likely a typo of.
func (c *cmdEnv) checkChoices() int {
	code := exitOK
	c.fs.Visit(func(f *flag.Flag) {
		ch, ok := f.Value.(choice)
		if !ok || code != exitOK {
			return
		}
		v := f.Value.String()
		for _, w := range ch.words {
			if v == w || ch.fold && strings.EqualFold(v, w) {
				return
			}
		}
		code = c.usageError("unknown %s %s: say %s%s", ch.what, strconv.Quote(v), orList(ch.words), meant(v, ch.words))
	})
	return code
}

// parse parses the command line, with flags anywhere among the arguments.
// It returns the flag package's error, or flag.ErrHelp, with the input in
// it quoted, and for an unknown flag the one meant, if it is clear.
func (c *cmdEnv) parse(args []string) error {
	c.fs.SetOutput(io.Discard) // the errors are reported by run, quoted
	defer c.fs.SetOutput(c.stderr)
	for {
		if err := c.fs.Parse(args); err != nil {
			return c.quoteFlagError(err)
		}
		rest := c.fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			c.args = append(c.args, rest...)
			return nil
		}
		if len(rest) == 0 {
			return nil
		}
		c.args = append(c.args, rest[0])
		args = rest[1:]
	}
}

// quoteFlagError rewrites the flag package's errors that repeat the input
// unquoted, and names the flag an unknown one is likely a typo of.
func (c *cmdEnv) quoteFlagError(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return err
	}
	msg := err.Error()
	for _, p := range []struct{ prefix, say string }{
		{"flag provided but not defined: ", "unknown flag "},
		{"bad flag syntax: ", "bad flag syntax: "},
		{"flag needs an argument: ", "flag needs an argument: "},
	} {
		if s, ok := strings.CutPrefix(msg, p.prefix); ok {
			msg = p.say + strconv.Quote(s)
			if p.say == "unknown flag " {
				names := []string{"-help"}
				c.fs.VisitAll(func(f *flag.Flag) { names = append(names, "-"+f.Name) })
				msg += meant("-"+strings.TrimLeft(s, "-"), names)
			}
			return errors.New(msg)
		}
	}
	return err
}

// usageError reports a usage error, what was wrong and the command's usage
// line, and returns exitUsage. On a terminal the lines are wrapped to its
// width, the usage line to 80 columns at most in any case.
func (c *cmdEnv) usageError(format string, args ...any) int {
	textOut{c.stderr, termWidth(c.stderr)}.text(c.name() + ": " + fmt.Sprintf(format, args...))
	t := textOut{c.stderr, helpWidthFor(c.stderr)}
	prefix := "Usage: " + c.name() + " "
	t.line(prefix, hangAfter(prefix, t.width), c.cmd.args)
	t.text(`Run "` + c.name() + ` -help" for more.`)
	return exitUsage
}

// fail prints err as the command's error and returns status code.
func (c *cmdEnv) fail(code int, err error) int {
	fmt.Fprintf(c.stderr, "%s: %v\n", c.name(), err)
	return code
}

// noArgs reports a usage error, what the command takes instead, when it
// was given arguments.
func (c *cmdEnv) noArgs(takes string) int {
	if len(c.args) == 0 {
		return exitOK
	}
	return c.usageError("unexpected argument %s: %s %s", quote(c.args[0]), c.cmd.name, takes)
}

// quote quotes s as Go does, so that no control character of the input
// reaches the terminal.
func quote(s string) string { return strconv.Quote(s) }
