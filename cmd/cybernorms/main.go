// Command cybernorms reads the cybernorms corpus from a terminal: the
// international norms of responsible State behaviour in cyberspace, with
// their verbatim texts, citations and provenance, for people who do not write
// Go.
//
// Usage:
//
//	cybernorms list [documents|norms]
//	cybernorms show <citation>
//	cybernorms search <words or "phrases">
//	cybernorms cite [-style short|formal|url|bibtex] <citation>
//	cybernorms export -format json [-schema]
//	cybernorms help [command]
//
// A citation is what the field writes ("UN GGE 2015 13(f)", "A/70/174, para.
// 13(f)", "Lucca Declaration, norm 6", "Toronto 2018 chair's report, para.
// 7") or a machine ID ("UNGGE2015/13f", "Lucca2017"). Each command takes
// -help. An unknown citation exits with status 1 and the parser's error; a
// search that finds nothing exits with status 1, as grep does.
//
// Run it on the embedded corpus without installing anything:
//
//	go run github.com/cybernorms/cybernorms/cmd/cybernorms@latest show "UN GGE 2015 13(f)"
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// A command is one subcommand of cybernorms.
type command struct {
	name, args, summary string
	run                 func(c *cmdEnv) int
	flags               func(fs *flag.FlagSet, c *cmdEnv)
}

// cmdEnv is what a command runs with.
type cmdEnv struct {
	fs             *flag.FlagSet
	stdout, stderr io.Writer
	style          string
	format         string
	schema         bool
}

var commands []*command

func init() {
	commands = []*command{
		{name: "list", args: "[documents|norms]", summary: "list the documents, or every norm, of the corpus", run: runList},
		{name: "show", args: "<citation>", summary: "show a norm, a document or a paragraph, with its text and provenance", run: runShow},
		{name: "search", args: `<words or "phrases">`, summary: "find the paragraphs that contain every word or phrase", run: runSearch},
		{name: "cite", args: "[-style short|formal|url|bibtex] <citation>", summary: "print a citation in the given style", run: runCite,
			flags: func(fs *flag.FlagSet, c *cmdEnv) {
				fs.StringVar(&c.style, "style", "short", "citation `style`: short, formal, url or bibtex")
			}},
		{name: "export", args: "-format json [-schema]", summary: "write the whole corpus as one JSON document", run: runExport,
			flags: func(fs *flag.FlagSet, c *cmdEnv) {
				fs.StringVar(&c.format, "format", "json", "output `format`; json is the only one")
				fs.BoolVar(&c.schema, "schema", false, "write the JSON Schema of the export instead of the corpus")
			}},
	}
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "cybernorms reads the norms of responsible State behaviour in cyberspace.\n\nUsage:\n\n")
	for _, c := range commands {
		fmt.Fprintf(w, "  cybernorms %s %s\n", c.name, c.args)
	}
	fmt.Fprintf(w, "  cybernorms help [command]\n\nCommands:\n\n")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-7s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nA citation is what the field writes (\"UN GGE 2015 13(f)\", \"A/70/174, para. 13(f)\",\n\"Lucca Declaration, norm 6\", \"Toronto 2018 chair's report, para. 7\") or a machine ID\n(\"UNGGE2015/13f\", \"Lucca2017\"). Run \"cybernorms <command> -help\" for a command's flags.\n")
}

// run runs the command line args and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "-help" || name == "--help" {
		if len(args) > 1 && name == "help" {
			return run([]string{args[1], "-help"}, stdout, stderr)
		}
		usage(stdout)
		return 0
	}
	var cmd *command
	for _, c := range commands {
		if c.name == name {
			cmd = c
		}
	}
	if cmd == nil {
		fmt.Fprintf(stderr, "cybernorms: unknown command %q\n\n", name)
		usage(stderr)
		return 2
	}
	env := &cmdEnv{stdout: stdout, stderr: stderr}
	fs := flag.NewFlagSet("cybernorms "+cmd.name, flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: cybernorms %s %s\n\n%s.\n", cmd.name, cmd.args, capitalize(cmd.summary))
		if help := helpText[cmd.name]; help != "" {
			fmt.Fprintf(fs.Output(), "\n%s", help)
		}
		if cmd.flags != nil {
			fmt.Fprintf(fs.Output(), "\nFlags:\n")
			fs.PrintDefaults()
		}
	}
	if cmd.flags != nil {
		cmd.flags(fs, env)
	}
	env.fs = fs
	// The flag package prints its errors and the usage while parsing; hold
	// them, to print the usage asked for by -help to stdout and the rest to
	// stderr.
	var parseOut bytes.Buffer
	fs.SetOutput(&parseOut)
	err := fs.Parse(args[1:])
	fs.SetOutput(stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			stdout.Write(parseOut.Bytes())
			return 0
		}
		stderr.Write(parseOut.Bytes())
		return 2
	}
	return cmd.run(env)
}

// helpText is the longer help of each command.
var helpText = map[string]string{
	"list": `With no argument or "documents", list every document: its ID, how much
of it the corpus holds, its paragraphs and norms, and its short name.
With "norms", list every norm, commitment and principle: its ID, its
citation and the maintainers' short title.
`,
	"show": `Show what the citation names: a norm (its citation, text, source,
restatements and the documents that take it up), a document (its
metadata, provenance, links and text), or a paragraph of a document.
The citation may be several words; quote it or not.
`,
	"search": `Search every text of the corpus, case-insensitively. Every word and
every "quoted phrase" must occur in a paragraph for it to match; a word
matches the beginning of a word of the text. Prints each matching
paragraph's citation and a snippet with the matches in **bold**.
Exits with status 1 if nothing matches.
`,
	"cite": `Print a citation of a norm, a document or a paragraph. Styles:
  short    UN GGE 2015, norm 13(f)
  formal   the formal reference, in the style UN documents are cited
  url      the address where the source is published
  bibtex   a BibTeX entry for the document, with the pinpoint as a comment
`,
	"export": `Write the whole corpus (every document, paragraph and norm, with
provenance and links) as one JSON document, for people who do not use
Go. Its schema, versioned, is printed by -schema (JSON Schema 2020-12).
`,
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
