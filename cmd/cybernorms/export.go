package main

import (
	"cmp"
	"flag"
	"fmt"
	"slices"
	"strings"
)

// export writes the whole corpus in one of the formats of [exportFormats].
// Each format is declared in a file of its own (export_json.go,
// export_csv.go ...), which registers it. The command's usage, summary
// and help, the -format flag's usage, values, completion and errors, and
// through them the package documentation and the README's copy of the
// usage, are derived from the table.
var exportCmd = &command{
	name: "export",
	// args, short and long: see registerFormat.
	flags: func(fs *flag.FlagSet, c *cmdEnv) {
		choiceVar(fs, &c.format, "format", "json", "output `format`: "+orList(formatNames()),
			choice{what: "format", words: formatNames()})
		choiceVar(fs, &c.table, "table", "norms", "for -format csv, the `table`: norms (a row per norm) or paragraphs (a row per paragraph)",
			choice{what: "table", words: csvTables})
		fs.Var(fileFlag{stringFlag{&c.output}}, "o", "write to this `path` instead of the standard output; for -format html, the directory to write (required)")
		fs.BoolVar(&c.schema, "schema", false, "for -format json, write the JSON Schema of the export instead of the corpus")
	},
	run: runExport,
}

// An exportFormat is a format of export -format.
type exportFormat struct {
	name  string // the value of -format: "csv"
	order int    // where it comes in the lists of formats: lowest first
	title string // what export's summary calls it: "CSV", "a static web edition"
	// help is its entry in export -help, after "-format NAME": lines of 63
	// columns at most, as they are indented by 17.
	help string
	// flags are the flags of export that only this format takes
	// ("schema").
	flags []string
	// export writes the corpus in the format, as c's flags say, and
	// returns the exit status.
	export func(c *cmdEnv) int
}

// exportFormats is the table of export formats, in order.
var exportFormats []*exportFormat

// registerFormat adds f to the table of export formats, and derives
// export's usage, summary and help from the table anew.
func registerFormat(f *exportFormat) {
	exportFormats = append(exportFormats, f)
	slices.SortStableFunc(exportFormats, func(a, b *exportFormat) int { return cmp.Compare(a.order, b.order) })
	var titles []string
	for _, f := range exportFormats {
		titles = append(titles, f.title)
	}
	exportCmd.args = "[-format " + strings.Join(formatNames(), "|") + "] [-table " + strings.Join(csvTables, "|") + "] [-o path] [-schema]"
	exportCmd.short = "write the whole corpus as " + orList(titles)
	exportCmd.long = exportHelp()
}

// formatNames returns the names of the export formats, in order.
func formatNames() []string {
	var names []string
	for _, f := range exportFormats {
		names = append(names, f.name)
	}
	return names
}

// exportHelp returns the help of export: the formats' entries between
// what they share.
func exportHelp() string {
	var b strings.Builder
	b.WriteString(`Write the whole corpus (every document, paragraph and norm, with
provenance and links), for people who do not use Go:

`)
	width := 0
	for _, f := range exportFormats {
		width = max(width, len(f.name))
	}
	for _, f := range exportFormats {
		prefix := fmt.Sprintf("  -format %-*s   ", width, f.name)
		for i, l := range strings.Split(strings.TrimSuffix(f.help, "\n"), "\n") {
			if i > 0 {
				prefix = strings.Repeat(" ", len(prefix))
			}
			b.WriteString(strings.TrimRight(prefix+l, " ") + "\n")
		}
	}
	b.WriteString(`
The output goes to the standard output, or to the file -o names.

-o writes through no symbolic link and replaces nothing export did not
write: -o FILE is written as a new file beside FILE, renamed over it, and
refused (status 1) when FILE is a symbolic link or not a regular file. For
-format html, -o DIR must be absent, empty, or an earlier export (a
directory holding the marker file .cybernorms-export and only the files it
lists), which is replaced whole, with no page of it left; any other DIR is
refused (status 1), and nothing is written.
`)
	return b.String()
}

// runExport writes the corpus in the format -format names, which
// checkChoices has found in the table.
func runExport(c *cmdEnv) int {
	if code := c.noArgs("takes only flags"); code != exitOK {
		return code
	}
	format := exportFormats[slices.IndexFunc(exportFormats, func(f *exportFormat) bool { return f.name == c.format })]
	for _, f := range exportFormats {
		for _, name := range f.flags {
			if fl := c.fs.Lookup(name); f != format && fl.Value.String() != fl.DefValue {
				return c.usageError("-%s is for -format %s, not %s", name, f.name, quote(c.format))
			}
		}
	}
	return format.export(c)
}

// write writes data to the file -o names, as writeFileAt does, or to the
// output; or, given an error, reports it.
func (c *cmdEnv) write(data []byte, err error) int {
	switch {
	case err != nil:
		return c.fail(exitNotFound, err)
	case c.output == "":
		c.out.Write(data)
		return exitOK
	}
	if err := writeFileAt(c.output, data); err != nil {
		return c.fail(exitNotFound, err)
	}
	return exitOK
}
