package main

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// -format csv: RFC 4180 CSV, a table of the norms or one of the
// paragraphs (-table), for spreadsheets, R and pandas.
func init() {
	registerFormat(&exportFormat{
		name:  "csv",
		order: 2,
		title: "CSV",
		help: `RFC 4180 CSV (UTF-8, CRLF line ends, a header row).
-table norms (the default), one row per norm (and per
further language version of it, in the next rows):
` + columnsHelp(normsColumns) + `-table paragraphs, one row per paragraph of every
language version:
` + columnsHelp(paragraphsColumns) + `(position is 1-based; anchor is the paragraph's fragment
in the HTML edition; label_inferred is true where the
source does not print the label, which citations then
print in square brackets; themes_editorial holds the IDs
of the norm's themes, the maintainers', main one first,
separated by ";"; columns are only added, at the end;
empty cells where there is no value)
`,
		flags:  []string{"table"},
		export: exportCSV,
	})
}

// csvTables are the values of export -table: the tables of the CSV export.
var csvTables = []string{"norms", "paragraphs"}

// exportCSV writes the table of the CSV export that -table names.
func exportCSV(c *cmdEnv) int {
	if c.table == "paragraphs" {
		return c.write(paragraphsCSV())
	}
	return c.write(normsCSV())
}

// columnsHelp lists columns for the entry of -format csv in export -help:
// indented by two spaces, in lines of at most 53 columns.
func columnsHelp(columns []string) string {
	return "  " + strings.ReplaceAll(wrap("", strings.Join(columns, ", "), 53, 0), "\n", "\n  ") + "\n"
}

// normsColumns and paragraphsColumns are the header rows of the CSV
// exports, which export -help lists. Each name is one that R's read.csv,
// pandas and spreadsheets read unchanged: lower case ASCII letters and
// underscores, beginning with a letter, and no reserved word of R ("break",
// "if", "in", "function" ..., which read.csv renames: "break."; so the
// paragraphs' break is paragraph_break). Columns are only ever added, at
// the end: label_inferred is "true" where the source as read does not
// print the label (the corpus's numbering of the Paris Call's bullets, a
// paragraph number reported by another copy), "false" otherwise.
var (
	normsColumns      = []string{"id", "document", "label", "kind", "lang", "citation", "formal_citation", "restates", "title_editorial", "text", "label_inferred", "themes_editorial"}
	paragraphsColumns = []string{"document", "lang", "position", "label", "anchor", "kind", "paragraph_break", "norm", "citation", "text", "label_inferred"}
)

// normsCSV writes one row per norm, in the order of norms.All, and one per
// further language version of it, after it.
func normsCSV() ([]byte, error) {
	var rows [][]string
	for n := range norms.All() {
		for v := range n.Versions() {
			restates := ""
			if r, ok := v.Restates(); ok {
				restates = string(r.ID())
			}
			rows = append(rows, []string{
				string(v.ID()), v.Document(), v.Label(), v.Kind().String(), v.Lang(),
				v.String(), v.Cite(norms.Formal), restates, v.Editorial().Title, v.Text(),
				strconv.FormatBool(v.List().Inferred()), themeIDs(v),
			})
		}
	}
	return writeCSV(normsColumns, rows)
}

// themesSep separates the theme IDs in the column themes_editorial of the
// norms table: a character no ID holds, and not the file's delimiter.
const themesSep = ";"

// themeIDs returns the cell of the column themes_editorial of the norms
// table: the IDs of the themes of n (editorial), the main one first, joined
// by themesSep.
func themeIDs(n norms.Norm) string {
	var ids []string
	for th := range n.Themes() {
		ids = append(ids, th.ID())
	}
	return strings.Join(ids, themesSep)
}

// paragraphsCSV writes one row per paragraph of every language version of
// every document, in document ID order and source order.
func paragraphsCSV() ([]byte, error) {
	var rows [][]string
	for d := range declarations.All() {
		for v := range d.Versions() {
			a := anchors(v)
			for p := range v.Paragraphs() {
				norm := ""
				if n, ok := p.Norm(); ok {
					norm = string(n.ID())
				}
				rows = append(rows, []string{
					string(v.ID()), v.Lang(), strconv.Itoa(p.Position()), p.Label(), a[p.Position()],
					p.Kind().String(), p.Break().String(), norm, p.Cite(norms.Short), p.Text(),
					strconv.FormatBool(p.LabelInferred()),
				})
			}
		}
	}
	return writeCSV(paragraphsColumns, rows)
}

// writeCSV writes RFC 4180 CSV: CRLF line ends, fields quoted where needed.
func writeCSV(header []string, rows [][]string) ([]byte, error) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	w.Write(header)
	w.WriteAll(rows)
	return b.Bytes(), w.Error()
}
