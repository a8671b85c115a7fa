package main

import (
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// readCSVR reads a CSV file with R's read.csv, its names checked as by
// default (check.names = TRUE, which renames a column R cannot name as it
// is: "break" becomes "break."), every column as text and no cell as NA,
// and writes what it read with write.csv, to compare.
const readCSVR = `
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], colClasses = "character", na.strings = character(0), encoding = "UTF-8")
write.csv(d, args[2], row.names = FALSE, fileEncoding = "UTF-8")
`

// TestCSVR checks that R's read.csv, with its defaults for the names, reads
// both CSV exports with every column name as the header writes it, and
// every row and cell equal.
func TestCSVR(t *testing.T) {
	rscript := lookTool(t, "Rscript")
	dir := t.TempDir()
	for _, tt := range []struct {
		name   string
		args   []string
		header []string
	}{
		{"norms.csv", []string{"-format", "csv"}, normsColumns},
		{"paragraphs.csv", []string{"-format", "csv", "-table", "paragraphs"}, paragraphsColumns},
	} {
		path := exportTo(t, dir, tt.name, tt.args...)
		back := filepath.Join(dir, "R-"+tt.name)
		if out, err := exec.Command(rscript, "-e", readCSVR, path, back).CombinedOutput(); err != nil {
			t.Fatalf("R read.csv on %s: %v\n%s", tt.name, err, out)
		}
		want := readCSVFile(t, path)
		got := readCSVFile(t, back)
		if !slices.Equal(got[0], tt.header) || !slices.Equal(want[0], tt.header) {
			t.Errorf("%s: R names the columns\n\t%q\nthe header is\n\t%q", tt.name, got[0], want[0])
		}
		if len(got) != len(want) {
			t.Errorf("%s: R reads %d rows, want %d", tt.name, len(got), len(want))
		}
		for i := 1; i < min(len(got), len(want)); i++ {
			if !slices.Equal(got[i], want[i]) {
				t.Errorf("%s row %d: R reads\n\t%q\nwant\n\t%q", tt.name, i, got[i], want[i])
			}
		}
		t.Logf("%s: R's read.csv read %d rows of %d columns back equal, the names %s", tt.name, len(got)-1, len(got[0]), strings.Join(got[0], ", "))
	}
}

// readCSVFile reads a whole CSV file.
func readCSVFile(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

// TestCSVHeaderNames checks the rule the CSV headers keep, so that R's
// read.csv, pandas and spreadsheets read them unchanged: lower case ASCII
// letters, digits and underscores, beginning with a letter; no reserved
// word of R (?Reserved), which read.csv renames; no duplicate; and not the
// "ID" that makes a spreadsheet take the file for SYLK.
func TestCSVHeaderNames(t *testing.T) {
	reserved := []string{"if", "else", "repeat", "while", "function", "for", "next", "break", "in",
		"true", "false", "null", "inf", "nan", "na", "na_integer_", "na_real_", "na_character_", "na_complex_"}
	for _, header := range [][]string{normsColumns, paragraphsColumns} {
		seen := map[string]bool{}
		for _, name := range header {
			ok := name != "" && name[0] >= 'a' && name[0] <= 'z' && strings.Trim(name, "abcdefghijklmnopqrstuvwxyz0123456789_") == ""
			if !ok || slices.Contains(reserved, strings.ToLower(name)) || seen[name] {
				t.Errorf("column %q of %q: R would rename it, or it repeats", name, header)
			}
			seen[name] = true
		}
		if strings.HasPrefix(header[0], "ID") {
			t.Errorf("the header begins %q: spreadsheets take such a file for SYLK", header[0])
		}
	}
}
