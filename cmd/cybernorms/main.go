// Command cybernorms reads the cybernorms corpus from a terminal: the
// international norms of responsible State behaviour in cyberspace, with
// their verbatim texts, citations and provenance, for people who do not write
// Go.
//
// Usage:
//
//	cybernorms list [documents|norms] [-theme id] [-json]
//	cybernorms show [-lang tag] [-json] <citation>
//	cybernorms search [-json] <words or "phrases">
//	cybernorms cite [-style short|formal|url|bibtex] [-lang tag] [-json] <citation>
//	cybernorms resolve [-json] <citation>
//	cybernorms scan [-json] [file ...]
//	cybernorms export [-format json|csv|csl|html] [-table norms|paragraphs] [-o file or dir] [-schema]
//	cybernorms themes [-json]
//	cybernorms version [-json]
//	cybernorms completion bash|zsh|fish
//	cybernorms help [command]
//
// A citation is what the field writes ("UN GGE 2015 13(f)", "A/70/174, para.
// 13(f)", "Lucca Declaration, norm 6", "Toronto 2018 chair's report, para.
// 7") or a machine ID ("UNGGE2015/13f", "Lucca2017"). It may be quoted or
// given as several words.
//
// # Conventions
//
// Flags may come anywhere on the line, before or after the other arguments:
// "cite UNGGE2015/13f -style formal" is "cite -style formal UNGGE2015/13f".
// After "--", every argument is an argument, even one that begins with "-".
// Each command takes -help.
//
// The exit status is 0 on success; 1 when nothing was found (a citation that
// names nothing in the corpus, a search without a match) or the output could
// not be written (as when export refuses the destination -o names); 2 for a
// usage error (an unknown command, flag or argument) or a search query that
// cannot be read (an unclosed quotation mark, a query longer than 4096
// bytes or of more than 64 terms).
// Anything of the command line that an error message repeats is quoted, as Go
// quotes strings, so that no control character of the input reaches the
// terminal.
//
// Text for people (show, search, list, cite, help) is wrapped to the width
// of the terminal it is written to, at spaces, never inside a word: the
// COLUMNS environment variable when it holds a positive number, else the
// width the terminal reports, else 80. A table wraps its last column under
// its start, or, on a terminal too narrow for that, writes each row's last
// cell below the others. Written to a pipe or a file, nothing is wrapped, so
// that a paragraph, a field or a row is one line. The help fits 80 columns
// in any case. A mistyped command, flag, flag value or ID gets a
// suggestion: "did you mean "show"?".
//
// search marks its matches in bold (ANSI SGR 1) only when its output is a
// terminal and the environment variable NO_COLOR is unset or empty (see
// https://no-color.org) and TERM is not "dumb"; written to a pipe or a file,
// its output is plain text.
//
// # JSON output
//
// With -json, list, show, search, cite, resolve, scan and version write one JSON object and
// a newline instead of text. The shapes below are stable within the
// command's major version: fields may be added, none is renamed or removed
// or changes meaning. Empty strings, lists and zero numbers are omitted. The
// objects "document", "norm", "paragraph", "link" and "backlink" are those of
// the export (see export -schema), so one parser reads both.
//
// A reference names what a citation resolves to; show, search, cite, resolve
// and scan use it:
//
//	{"type": "norm"|"document"|"paragraph",   what the citation names
//	 "id": "UNGGE2015/13f",                  the ID of what it names: a norm's, a paragraph's
//	                                         ("Toronto2018/7", "Lucca2017/p3") or a document's
//	 "document": "UNGGE2015",                the document's ID
//	 "paragraph": 42,                        1-based position of the paragraph (of the
//	                                         norm's paragraph, for a norm); absent for a document
//	 "label": "13(f)",                       the label as the source prints it, if any, or
//	                                         as the corpus knows it (see label_inferred in
//	                                         the export's schema)
//	 "anchor": "13f",                        the fragment of the paragraph or norm in the
//	                                         HTML edition (export -format html): UNGGE2015.html#13f
//	 "citation": "UN GGE 2015, norm 13(f)"}  the short citation
//
// The commands write:
//
//	list documents  {"documents": [{"id", "title", "kind", "lang", "date", "extent",
//	                 "paragraphs": count, "norms": count, "editorial": {"short"}}]}
//	list norms      {"norms": [{"id", "document", "label", "kind", "lang", "citation",
//	                 "editorial": {"title"}}]}
//	list -theme T   {"theme": {"id", "name", "definition"}, "editorial": true,
//	                 "norms": [{"id", "document", "label", "kind", "lang", "citation",
//	                 "editorial": {"title"}, "theme_words"}]}
//	                 (the norms of the theme T, named by its ID or its name; "theme_words"
//	                 are the words of the norm that justify the theme)
//	themes          {"editorial": true, "themes": [{"id", "name", "definition", "norms": count}]}
//	show            {"target": reference, and one of
//	                   "norm": norm, "taken_up_by": [backlink],
//	                   "editorial": {"themes": [{"id", "name", "words"}]},
//	                   "shared_wording": [shared]                  for a norm
//	                   "document": document                        for a document
//	                   "paragraph": paragraph, "formal_citation",
//	                   "links": [link], "shared_wording": [shared] for a paragraph}
//	                 (a norm's themes are editorial, the maintainers', each with the
//	                 words of the norm that justify it; a "shared" is a run of words
//	                 the norm or paragraph shares with a paragraph of another
//	                 document, computed from the texts:
//	                 {"text", "start", "end", "words": count, "with": reference,
//	                  "with_lang", "with_norm", "with_text", "with_start", "with_end"},
//	                 where start and end are UTF-8 byte offsets, end exclusive, into
//	                 the text of the paragraph of the target (for a norm, the paragraph
//	                 that states it), with_start and with_end into the other paragraph's,
//	                 with_lang is the other paragraph's language and with_norm the norm
//	                 it states, if any; the export's objects hold the same: a norm's
//	                 themes in its "editorial", a norm's and a paragraph's shared
//	                 wording in its "shared_wording")
//	search          {"query": "...", "hits": [{"target": reference, "norm": ID,
//	                 "text": the paragraph's text, "matches": [[start, end]],
//	                 "snippet": plain excerpt, "snippet_matches": [[start, end]]}]}
//	                 (ranges are UTF-8 byte offsets, end exclusive; a search
//	                 without a match writes "hits": [] and exits with status 1)
//	cite            {"target": reference, "style": "formal", "citation": "..."}
//	version         {"module", "version", "corpus_digest", "schema_version", "go"}
//
//	resolve         {"input": "...", "targets": [reference], "set_aside": [{"start", "end", "text"}]}
//	                 (a range or list names several; "set_aside", absent when empty, holds
//	                 the parts of the citation read as naming nothing: a gloss, an unknown word)
//	scan            {"citations": [{"file", "start", "end", "line", "column", "text",
//	                 "targets": [reference], "error"}]}
//	                 (start and end are byte offsets into the file, end exclusive;
//	                 line and column count from 1, the column in bytes; "error" is set,
//	                 and "targets" absent, for text shaped like a citation that names
//	                 nothing, such as "UN GGE 2015 norm 13(l)"; a scan that finds
//	                 nothing writes "citations": [] and exits with status 1)
//
// resolve prints the IDs of what a citation names, one per line, and exits
// with status 1 when it names nothing; scan prints each citation as
// "file:line:column: "text": IDs".
//
// # Version
//
// version prints the module version (from the build information: a release
// such as v1.2.0, or "(devel)" with the VCS revision when built from a
// checkout), the corpus digest and the export's schema version. The corpus
// digest is "sha256:" and the hex SHA-256 of, in order, for every document
// (in ID order, each language version in turn) its ID, language and title and
// each paragraph's label and text, then for every norm (in the order of
// norms.All, each language version in turn) its ID, language and text; each
// string written as its length in bytes in decimal, a colon and its bytes.
// Two builds with the same digest hold the same texts.
//
// # Exports
//
// export writes the whole corpus, for people who do not use Go:
//
//	-format json   one JSON document; its schema (JSON Schema 2020-12) is printed by -schema
//	-format csv    RFC 4180 CSV with a header row: one row per norm, or with
//	               -table paragraphs one row per paragraph (columns in export -help)
//	-format csl    CSL-JSON, for Zotero, Pandoc and Mendeley: one item per document,
//	               its ID as the citation key
//	-format html   a static web edition, one page per document, an index and the
//	               cross-walk (crosswalk.html: themes by framework), written to the
//	               directory -o names
//
// With -o, export writes through no symbolic link and replaces nothing it
// did not write, and a reader never sees half an export. -o FILE is written
// as a new file beside FILE, renamed over it; export refuses a FILE that is
// a symbolic link or not a regular file. For -format html, -o DIR may be
// absent, an empty directory, or an earlier export: a directory that holds
// the marker file .cybernorms-export, which lists the files the export
// wrote, and nothing but them (regular files). The pages are written to a
// new directory beside DIR, which then takes DIR's place, so that no page of
// an earlier export is left. export refuses any other DIR (one with other
// files, a subdirectory or a symbolic link in it, a symbolic link, a file)
// with status 1 and writes nothing.
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
	"slices"
	"strconv"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK       = 0
	exitNotFound = 1 // nothing found, or the output could not be written
	exitUsage    = 2 // a usage error, or a query that cannot be read
)

// A command is one subcommand of cybernorms.
type command struct {
	name, args, summary string
	run                 func(c *cmdEnv) int
	flags               func(fs *flag.FlagSet, c *cmdEnv)
	// complete lists the words the shell completion offers for the
	// command's arguments.
	complete []string
}

// cmdEnv is what a command runs with. A command writes its output to out,
// which run copies to the real output when the command is done, so that a
// write error is reported once, whatever the command.
type cmdEnv struct {
	cmd    *command
	fs     *flag.FlagSet
	args   []string // the arguments that are not flags, in order
	out    bytes.Buffer
	stderr io.Writer
	// color says that the output is a terminal that takes ANSI escapes.
	color bool
	// width is the width to wrap text for people at: the terminal's, or 0
	// when the output is not a terminal (see termWidth).
	width int

	json   bool
	theme  string
	style  string
	format string
	table  string
	output string
	schema bool
	lang   string
}

// name returns "cybernorms <command>", the prefix of the command's messages.
func (c *cmdEnv) name() string { return "cybernorms " + c.cmd.name }

// text returns the writer of the command's text output, wrapped to the
// terminal's width.
func (c *cmdEnv) text() textOut { return textOut{&c.out, c.width} }

var commands []*command

func init() {
	langFlag := func(fs *flag.FlagSet, c *cmdEnv) {
		fs.StringVar(&c.lang, "lang", "", "the `language` version to show, as a BCP 47 tag (fr); by default the document's first")
	}
	jsonFlag := func(fs *flag.FlagSet, c *cmdEnv) {
		fs.BoolVar(&c.json, "json", false, "write JSON instead of text (see the shape above)")
	}
	commands = []*command{
		{name: "list", args: "[documents|norms] [-theme id] [-json]", summary: "list the documents, or every norm, of the corpus", run: runList,
			flags: func(fs *flag.FlagSet, c *cmdEnv) {
				fs.StringVar(&c.theme, "theme", "", "list the norms of this `theme` (its ID or name; see cybernorms themes)")
				jsonFlag(fs, c)
			}, complete: []string{"documents", "norms"}},
		{name: "show", args: "[-lang tag] [-json] <citation>", summary: "show a norm, a document or a paragraph, with its text and provenance", run: runShow,
			flags: func(fs *flag.FlagSet, c *cmdEnv) {
				langFlag(fs, c)
				jsonFlag(fs, c)
			}},
		{name: "search", args: `[-json] <words or "phrases">`, summary: "find the paragraphs that contain every word or phrase", run: runSearch,
			flags: jsonFlag},
		{name: "cite", args: "[-style short|formal|url|bibtex] [-lang tag] [-json] <citation>", summary: "print a citation in the given style", run: runCite,
			flags: func(fs *flag.FlagSet, c *cmdEnv) {
				fs.StringVar(&c.style, "style", "short", "citation `style`: short, formal, url or bibtex")
				langFlag(fs, c)
				jsonFlag(fs, c)
			}},
		{name: "resolve", args: "[-json] <citation>", summary: "print the IDs of what a citation names, one per line (a range or a list names several)", run: runResolve,
			flags: jsonFlag},
		{name: "scan", args: "[-json] [file ...]", summary: "find every citation in the files, or the standard input, with its place and IDs", run: runScan,
			flags: jsonFlag},
		{name: "export", args: "[-format json|csv|csl|html] [-table norms|paragraphs] [-o path] [-schema]", summary: "write the whole corpus as JSON, CSV, CSL-JSON or a static web edition", run: runExport,
			flags: func(fs *flag.FlagSet, c *cmdEnv) {
				fs.StringVar(&c.format, "format", "json", "output `format`: json, csv, csl or html")
				fs.StringVar(&c.table, "table", "norms", "for -format csv, the `table`: norms (a row per norm) or paragraphs (a row per paragraph)")
				fs.StringVar(&c.output, "o", "", "write to this `path` instead of the standard output; for -format html, the directory to write (required)")
				fs.BoolVar(&c.schema, "schema", false, "for -format json, write the JSON Schema of the export instead of the corpus")
			}},
		{name: "themes", args: "[-json]", summary: "list the themes of the cross-walk (editorial), with how many norms each has", run: runThemes,
			flags: jsonFlag},
		{name: "version", args: "[-json]", summary: "print the module version, the corpus digest and the export's schema version", run: runVersion,
			flags: jsonFlag},
		{name: "completion", args: "bash|zsh|fish", summary: "print a shell completion script", run: runCompletion,
			complete: []string{"bash", "zsh", "fish"}},
	}
}

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
	t.text("  cybernorms help [command]")
	t.blank()
	t.text("Commands:")
	t.blank()
	for _, c := range commands {
		t.line(fmt.Sprintf("  %-10s ", c.name), 13, c.summary)
	}
	t.blank()
	t.text(`A citation is what the field writes ("UN GGE 2015 13(f)", "A/70/174, para. 13(f)", "Lucca Declaration, norm 6", "Toronto 2018 chair's report, para. 7") or a machine ID ("UNGGE2015/13f", "Lucca2017"). Flags may come before or after the arguments.`)
	t.text("Exit status: 0 success, 1 nothing found or output failed, 2 usage or query error.")
	t.text(`Run "cybernorms <command> -help" for a command's flags and output.`)
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

// run runs the command line args and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr, helpWidthFor(stderr))
		return exitUsage
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 && name == "help" {
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
	i := slices.IndexFunc(commands, func(c *command) bool { return c.name == name })
	if i < 0 {
		t := textOut{stderr, helpWidthFor(stderr)}
		t.text("cybernorms: unknown command " + strconv.Quote(name) + meant(name, commandNames()))
		t.text("The commands are " + andList(commandNames()) + `; run "cybernorms help" for their usage.`)
		return exitUsage
	}
	c := &cmdEnv{cmd: commands[i], stderr: stderr, color: useColor(stdout), width: termWidth(stdout)}
	c.fs = flag.NewFlagSet(c.name(), flag.ContinueOnError)
	c.fs.Usage = func() { printHelp(c.fs.Output(), c, helpWidth) }
	if c.cmd.flags != nil {
		c.cmd.flags(c.fs, c)
	}
	if err := c.parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			var b bytes.Buffer
			printHelp(&b, c, helpWidthFor(stdout))
			return flush(stdout, stderr, c.name(), b.Bytes(), exitOK)
		}
		return c.usageError("%s", err)
	}
	if code := c.checkValues(); code != exitOK {
		return code
	}
	code := c.cmd.run(c)
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

// printHelp writes the command's usage, its longer help and its flags,
// wrapped to width columns.
func printHelp(w io.Writer, c *cmdEnv, width int) {
	t := textOut{w, width}
	prefix := "Usage: " + c.name() + " "
	t.line(prefix, hangAfter(prefix, width), c.cmd.args)
	t.blank()
	t.text(capitalize(c.cmd.summary) + ".")
	if help := helpText[c.cmd.name]; help != "" {
		t.blank()
		// The help is written to fit helpWidth; on a narrower terminal,
		// each line is wrapped under its own indent.
		for _, l := range strings.Split(strings.TrimSuffix(help, "\n"), "\n") {
			indent := len(l) - len(strings.TrimLeft(l, " "))
			t.line(l[:indent], indent, l[indent:])
		}
	}
	if c.cmd.flags != nil {
		t.blank()
		t.text("Flags (before or after the arguments):")
		c.fs.VisitAll(func(f *flag.Flag) {
			name, usage := flag.UnquoteUsage(f)
			t.text(strings.TrimRight("  -"+f.Name+" "+name, " "))
			if f.DefValue != "" && f.DefValue != "false" {
				usage += " (default " + strconv.Quote(f.DefValue) + ")"
			}
			t.line("      ", 6, usage)
		})
	}
}

const jsonNote = `With -json, the output is one JSON object (fields may be added, never
renamed or removed; empty values are omitted); a "reference" is
  {"type": "norm"|"document"|"paragraph", "id", "document",
   "paragraph": 1-based position, "label", "anchor", "citation"}
and "document", "norm", "paragraph", "link" and "backlink" are the
objects of the JSON export (cybernorms export -schema).
`

// helpText is the longer help of each command.
var helpText = map[string]string{
	"list": `With no argument or "documents", list every document: its ID, how much
of it the corpus holds, its paragraphs and norms, and its short name.
With "norms", list every norm, commitment and principle: its ID, its
citation and the maintainers' short title. The word may be in any case.
With -theme, list the norms of a theme (its ID or its name, see
cybernorms themes), each with the words of the norm that justify it; the
themes are editorial.

` + jsonNote + `
  list documents -json  {"documents": [{"id", "title", "kind", "lang", "date",
                         "extent", "paragraphs": count, "norms": count,
                         "editorial": {"short"}}]}
  list norms -json      {"norms": [{"id", "document", "label", "kind", "lang",
                         "citation", "editorial": {"title"}}]}
  list -theme T -json   {"theme": {"id", "name", "definition"},
                         "editorial": true,
                         "norms": [{"id", "document", "label", "kind", "lang",
                         "citation", "editorial": {"title"}, "theme_words"}]}
`,
	"themes": `List the themes of the cross-walk: what the norms are about, as the
maintainers group them across documents (critical infrastructure, the
supply chain, human rights and privacy ...), each with its ID and how many
norms have it. Themes are editorial: the maintainers' vocabulary, in their
words, and each norm's themes are justified by words of the norm.
"cybernorms list -theme ID" lists a theme's norms.

` + jsonNote + `
  themes -json  {"editorial": true, "themes": [{"id", "name", "definition",
                 "norms": count}]}
`,
	"show": `Show what the citation names: a norm (its citation, text, source,
restatements, the documents that take it up, its themes, which are
editorial, and the wording it shares with other documents), a document
(its metadata, provenance, links and text), or a paragraph of a document
(with the wording it shares). Shared wording is computed from the texts:
runs of 8 words or more that a paragraph of another document holds too.
The citation may be several words; quote it or not. A citation that
names nothing exits with status 1.

` + jsonNote + `
  show -json  {"target": reference, and
                 "norm": norm, "taken_up_by": [backlink],
                 "editorial": {"themes": [{"id", "name", "words"}]},
                 "shared_wording": [shared]                   for a norm,
                 "document": document                         for a document,
                 "paragraph": paragraph, "formal_citation",
                 "links": [link], "shared_wording": [shared]  for a paragraph}
              shared: {"text", "start", "end", "words", "with": reference,
                 "with_lang", "with_norm", "with_text", "with_start",
                 "with_end"} (UTF-8 byte offsets into the target's paragraph,
                 and into the other's; the other's language and norm)
              The norm's and paragraph's objects, the export's, hold the
              same themes and shared wording.
`,
	"search": `Search every text of the corpus, case-insensitively. Every word and
every "quoted phrase" must occur in a paragraph for it to match; a word
matches the beginning of a word of the text. Prints each matching
paragraph's citation and a snippet; on a terminal the matches are in
bold, unless NO_COLOR is set. Exits with status 1 if nothing matches,
and 2 if the query cannot be read (an unclosed quotation mark).

` + jsonNote + `
  search -json  {"query", "hits": [{"target": reference, "norm": ID,
                 "text": the paragraph's text, "matches": [[start, end]],
                 "snippet": plain excerpt, "snippet_matches": [[start, end]]}]}
                (UTF-8 byte offsets, end exclusive; "hits": [] when nothing
                matches, with status 1)
`,
	"cite": `Print a citation of a norm, a document or a paragraph. Styles:
  short    UN GGE 2015, norm 13(f)
  formal   the formal reference, in the style UN documents are cited
  url      the address where the source is published
  bibtex   a BibTeX entry for the document, with the pinpoint as a comment

` + jsonNote + `
  cite -json  {"target": reference, "style", "citation"}
`,
	"resolve": `Print what a citation names: the ID of each document, paragraph or
norm, one per line, in order. A range ("norms 13(a)-(k)"), an enumeration
("13(f) and (g)", "resolutions 20/8 and 26/13") or a whole list ("the 11
norms of the 2015 GGE report") names several. A citation that names
nothing exits with status 1 and says why. A gloss or a word that names
nothing ("UN GGE 2015 norm 13(b) - consider all relevant information") is
set aside, and a note on the standard error says what.

` + jsonNote + `
  resolve -json  {"input": "...", "targets": [reference],
                  "set_aside": [{"start", "end", "text"}]}
`,
	"scan": `Find every citation in the files named, or in the standard input, and
print each as file:line:column: "text": IDs. Text shaped like a citation
that names nothing ("UN GGE 2015 norm 13(l)") is printed with the reason.
A scan that finds nothing exits with status 1. Each input is read up to
16 MiB.

` + jsonNote + `
  scan -json  {"citations": [{"file", "start", "end", "line", "column", "text",
               "targets": [reference], "error"}]}
`,
	"export": `Write the whole corpus (every document, paragraph and norm, with
provenance and links), for people who do not use Go:

  -format json   one JSON document, schema version 1; -schema prints its
                 JSON Schema (2020-12). Within version 1 fields may be
                 added, never renamed or removed: the schema allows
                 properties it does not name.
  -format csv    RFC 4180 CSV (UTF-8, CRLF line ends, a header row).
                 -table norms (the default), one row per norm (and per
                 further language version of it, in the next rows):
                   id, document, label, kind, lang, citation,
                   formal_citation, restates, title_editorial, text,
                   label_inferred, themes_editorial
                 -table paragraphs, one row per paragraph of every
                 language version:
                   document, lang, position, label, anchor, kind,
                   paragraph_break, norm, citation, text, label_inferred
                 (position is 1-based; anchor is the paragraph's fragment
                 in the HTML edition; label_inferred is true where the
                 source does not print the label, which citations then
                 print in square brackets; themes_editorial holds the IDs
                 of the norm's themes, the maintainers', main one first,
                 separated by ";"; columns are only added, at the end;
                 empty cells where there is no value)
  -format csl    CSL-JSON (Citation Style Language 1.0.2): an array of one
                 item per document, "id" its ID (the citation key), with
                 type (report for a UN document, treaty, or speech for a
                 document of a meeting), title, author (the issuing body
                 or organ, as a literal; none where the title names it),
                 issued, number (a UN document's designation: "UN Doc.
                 A/70/174", "HRC Res 20/8"), event-place, genre, the URL
                 where one was observed, and note.
  -format html   a static web edition in the directory -o names: index.html,
                 crosswalk.html (the themes, editorial, down and the
                 frameworks across, each cell the norms that have the
                 theme; each theme at #theme-ID) and one page per document
                 (ID.html, and ID.LANG.html for each further language
                 version); every paragraph has the anchor #pN (N its
                 1-based position), and a labelled one or a norm also
                 #LABEL, the norm ID's item part: UNGGE2015.html#13f. Under
                 each paragraph, the wording it shares with other
                 documents (computed), linked to their paragraphs.

The output goes to the standard output, or to the file -o names.

-o writes through no symbolic link and replaces nothing export did not
write: -o FILE is written as a new file beside FILE, renamed over it, and
refused (status 1) when FILE is a symbolic link or not a regular file. For
-format html, -o DIR must be absent, empty, or an earlier export (a
directory holding the marker file .cybernorms-export and only the files it
lists), which is replaced whole, with no page of it left; any other DIR is
refused (status 1), and nothing is written.
`,
	"version": `Print the module version (from the build information), the corpus
digest and the version of the export's schema. The corpus digest is the
SHA-256 of the IDs, languages, titles, labels and texts of every document,
paragraph and norm, in order (see the package documentation), so two
builds with the same digest hold the same texts.

  version -json  {"module", "version", "corpus_digest", "schema_version", "go"}
`,
	"completion": `Print a completion script for the shell: it completes commands,
flags, their values and the IDs of documents and norms. To use it:

  bash   source <(cybernorms completion bash)        (e.g. in ~/.bashrc)
  zsh    source <(cybernorms completion zsh)         (e.g. in ~/.zshrc)
  fish   cybernorms completion fish | source          (e.g. in config.fish)
`,
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
