package main

import (
	"bytes"
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
)

// The package documentation, doc_gen.go, is written from the command table
// by TestPackageDoc; go generate runs it, and rewrites the README's copy of
// the usage too.
//go:generate go test -run=^(TestPackageDoc|TestREADMEBlocks)$ -update

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK       = 0
	exitNotFound = 1 // nothing found, or the output could not be written
	exitUsage    = 2 // a usage error, or a query that cannot be read
)

// commands is the command table, in the order the usage lists them; help
// ([helpCmd]) is apart, as it runs before any flag is parsed. Dispatch, the
// usage, the help, the shell completion, "did you mean" and the package
// documentation are all derived from it.
var commands []*command

func init() {
	// Set here, not in the declaration: completion and help read the
	// table.
	commands = []*command{listCmd, showCmd, searchCmd, citeCmd, resolveCmd, scanCmd, exportCmd, themesCmd, versionCmd, completionCmd}
}

// lookup returns the command of the table with the given name, or nil.
func lookup(name string) *command {
	i := slices.IndexFunc(commands, func(c *command) bool { return c.name == name })
	if i < 0 {
		return nil
	}
	return commands[i]
}

// commandNames returns the names of the commands, and help.
func commandNames() []string {
	var names []string
	for _, c := range commands {
		names = append(names, c.name)
	}
	return append(names, helpCmd.name)
}

// run runs the command line args and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr, helpWidthFor(stderr))
		return exitUsage
	}
	name := args[0]
	switch name {
	case helpCmd.name, "-h", "-help", "--help":
		return runHelp(args, stdout, stderr)
	}
	cmd := lookup(name)
	if cmd == nil {
		t := textOut{stderr, helpWidthFor(stderr)}
		t.text("cybernorms: unknown command " + strconv.Quote(name) + meant(name, commandNames()))
		t.text("The commands are " + andList(commandNames()) + `; run "cybernorms help" for their usage.`)
		return exitUsage
	}
	c := &cmdEnv{cmd: cmd, stdout: stdout, stderr: stderr, color: useColor(stdout), width: termWidth(stdout)}
	c.fs = cmd.flagSet(c)
	c.fs.Usage = func() { printHelp(c.fs.Output(), c, helpWidth) }
	if err := c.parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			var b bytes.Buffer
			printHelp(&b, c, helpWidthFor(stdout))
			return flush(stdout, stderr, c.name(), b.Bytes(), exitOK)
		}
		return c.usageError("%s", err)
	}
	if code := c.checkChoices(); code != exitOK {
		return code
	}
	code := c.cmd.run(c)
	if c.werr != nil {
		fmt.Fprintf(stderr, "%s: writing the output: %v\n", c.name(), c.werr)
		return cmp.Or(code, exitNotFound)
	}
	return flush(stdout, stderr, c.name(), c.out.Bytes(), code)
}

// flush writes out to stdout and returns code, or, if the write fails,
// reports the error and returns exitNotFound.
func flush(stdout, stderr io.Writer, name string, out []byte, code int) int {
	if len(out) == 0 {
		return code
	}
	if _, err := stdout.Write(out); err != nil {
		fmt.Fprintf(stderr, "%s: writing the output: %v\n", name, err)
		if code == exitOK {
			code = exitNotFound
		}
	}
	return code
}
