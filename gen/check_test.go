package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dave/jennifer/jen"
)

// renameDoc gives the test corpus's document old the ID new: it renames its
// file and replaces the ID wherever the corpus names it.
func renameDoc(t *testing.T, files map[string]string, old, new string) {
	t.Helper()
	if _, ok := files[old+".txt"]; !ok {
		t.Fatalf("test setup: no %s.txt", old)
	}
	for name, text := range files {
		files[name] = strings.ReplaceAll(text, old, new)
	}
	files[new+".txt"] = files[old+".txt"]
	delete(files, old+".txt")
}

// refusal is one way of breaking the input: mutate edits the data files,
// setup changes the tree after they are written (links, pipes, hand-written
// Go files). want is a line the run must print.
type refusal struct {
	name   string
	mutate func(t *testing.T, files map[string]string)
	setup  func(t *testing.T, root string)
	want   string
}

// runRefusals generates the test corpus into a fresh tree, breaks it as
// each case says, and checks that the run fails with the expected message,
// prints no generated source, and leaves every file of the package
// directories as it was.
func runRefusals(t *testing.T, tests []refusal) {
	base := readCorpus(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			writeData := func(files map[string]string) {
				os.RemoveAll(filepath.Join(root, "data"))
				for name, text := range files {
					p := filepath.Join(root, "data", name)
					if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			for _, dir := range outputDirs() {
				if err := os.MkdirAll(filepath.Join(root, dir), 0o755); err != nil {
					t.Fatal(err)
				}
			}
			writeData(base)
			var out bytes.Buffer
			if code := run(root, false, false, &out); code != 0 {
				t.Fatalf("the valid corpus fails: %s", out.String())
			}
			files := map[string]string{}
			for k, v := range base {
				files[k] = v
			}
			if tt.mutate != nil {
				tt.mutate(t, files)
			}
			writeData(files)
			if tt.setup != nil {
				tt.setup(t, root)
			}
			before := treeSnapshot(t, root)
			out.Reset()
			done := make(chan int, 1)
			go func() { done <- run(root, false, false, &out) }()
			var code int
			select {
			case code = <-done:
			case <-time.After(20 * time.Second):
				t.Fatal("the run did not finish in 20 s")
			}
			if code != 1 {
				t.Fatalf("exit code %d, want 1; output:\n%s", code, out.String())
			}
			got := out.String()
			if want, prefix := strings.CutSuffix(tt.want, "…"); !strings.Contains(got, tt.want+"\n") && !(prefix && strings.Contains(got, want)) {
				t.Errorf("output does not report\n\t%s\ngot:\n%s", tt.want, got)
			}
			if strings.Contains(got, "DO NOT EDIT") || strings.Contains(got, "\nvar ") || len(got) > 4000 {
				t.Errorf("the output quotes generated source (%d bytes):\n%.2000s", len(got), got)
			}
			if !strings.HasSuffix(got, "gen: nothing written\n") {
				t.Errorf("output does not end by saying nothing was written:\n%s", got)
			}
			if after := treeSnapshot(t, root); !equalMaps(before, after) {
				t.Errorf("the package directories changed, though generation failed:\nbefore %v\nafter  %v", mapKeys(before), mapKeys(after))
			}
		})
	}
}

// treeSnapshot reads every file of the package directories and the
// repository root (not data/).
func treeSnapshot(t *testing.T, root string) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, dir := range append(outputDirs(), ".") {
		entries, err := os.ReadDir(filepath.Join(root, dir))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if e.IsDir() {
				continue
			}
			p := filepath.Join(dir, e.Name())
			data, err := os.ReadFile(filepath.Join(root, p))
			if err != nil {
				t.Fatal(err)
			}
			m[p] = string(data)
		}
	}
	return m
}

// writeGo writes a hand-written Go file into the tree.
func writeGo(t *testing.T, root, p, src string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(p)), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRefuseClashingIDs: IDs that clash with names of the packages, Go
// keywords and predeclared identifiers.
func TestRefuseClashingIDs(t *testing.T) {
	rename := func(id string) func(t *testing.T, f map[string]string) {
		return func(t *testing.T, f map[string]string) { renameDoc(t, f, "Gamma2019", id) }
	}
	runRefusals(t, []refusal{
		{"hand-written function", rename("Lookup"), func(t *testing.T, root string) {
			writeGo(t, root, "norms/types.go", "package norms\n\n// Lookup finds.\nfunc Lookup(id string) bool { return false }\n")
		}, `data/Lookup.txt:2: id "Lookup" clashes with the func Lookup of package norms (norms/types.go:4): the generator declares Lookup and lookup, so choose another id`},
		{"hand-written constant, other case", rename("TEXT"), func(t *testing.T, root string) {
			writeGo(t, root, "declarations/types.go", "package declarations\n\nconst (\n\tHeading = iota\n\tText\n)\n")
		}, `data/TEXT.txt:2: id "TEXT" clashes with the const Text of package declarations (declarations/types.go:5): the generator declares TEXT and text, so choose another id`},
		{"hand-written unexported name", rename("Snippet"), func(t *testing.T, root string) {
			writeGo(t, root, "declarations/search.go", "package declarations\n\nfunc snippet() {}\n")
		}, `data/Snippet.txt:2: id "Snippet" clashes with the func snippet of package declarations (declarations/search.go:3): the generator declares Snippet and snippet, so choose another id`},
		{"imported package name", rename("Time"), func(t *testing.T, root string) {
			writeGo(t, root, "declarations/types.go", "package declarations\n\nimport \"time\"\n\nvar _ time.Month\n")
		}, `data/Time.txt:2: id "Time" clashes with the import time of package declarations (declarations/types.go:3): the generator declares Time and time, so choose another id`},
		{"in-package test", rename("Helper"), func(t *testing.T, root string) {
			writeGo(t, root, "norms/x_test.go", "package norms\n\nfunc helper() {}\n")
		}, `data/Helper.txt:2: id "Helper" clashes with the func helper of package norms (norms/x_test.go:3): the generator declares Helper and helper, so choose another id`},
		{"Go keyword", rename("Func"), nil,
			`data/Func.txt:2: id "Func" clashes with the Go keyword func: the generator declares Func and func, so choose another id`},
		{"Go keyword map", rename("Map"), nil,
			`data/Map.txt:2: id "Map" clashes with the Go keyword map: the generator declares Map and map, so choose another id`},
		{"predeclared type", rename("String"), nil,
			`data/String.txt:2: id "String" clashes with Go's predeclared identifier string: the generator declares String and string, so choose another id`},
		{"predeclared function", rename("Len"), nil,
			`data/Len.txt:2: id "Len" clashes with Go's predeclared identifier len: the generator declares Len and len, so choose another id`},
		{"init", rename("Init"), nil,
			`data/Init.txt:2: id "Init" clashes with Go's package initialiser init: the generator declares Init and init, so choose another id`},
		{"generated letter constant", rename("B"), nil,
			`data/B.txt:2: id "B" clashes with the const B that the generator declares in package norms (norms/corpus_gen.go:…`},
		{"generated table", rename("Lists"), nil,
			`data/Lists.txt:2: id "Lists" clashes with the var lists that the generator declares in package norms (norms/corpus_gen.go:…`},
		{"generated table, document emitted in the same package", func(t *testing.T, f map[string]string) { renameDoc(t, f, "Alpha2020", "Lists") }, nil,
			`data/Lists.txt:2: id "Lists" makes the generator declare lists twice in package norms (norms/corpus_gen.go:…`},
		{"generated index", rename("SearchParas"), nil,
			`data/SearchParas.txt:2: id "SearchParas" clashes with the var searchParas that the generator declares in package declarations (declarations/corpus_gen.go:…`},
	})
}

// TestRefuseConfusableNames: IDs outside ASCII, and short names used twice
// or spelt with letters of several scripts.
func TestRefuseConfusableNames(t *testing.T) {
	runRefusals(t, []refusal{
		{"Cyrillic letter in an ID", func(t *testing.T, f map[string]string) {
			f["Alpha2020.txt"] = strings.Replace(f["Alpha2020.txt"], "short: Alpha 2020", "short: Alpha 2020 bis", 1)
			f["Аlpha2020.txt"] = strings.Replace(f["Alpha2020.txt"], "id: Alpha2020", "id: Аlpha2020", 1)
		}, nil, `data/Аlpha2020.txt:2: id "Аlpha2020": an id is an ASCII capital letter followed by ASCII letters, digits and underscores (character 1, "А", is U+0410, not an ASCII letter)`},
		{"ID in other letters", func(t *testing.T, f map[string]string) { renameDoc(t, f, "Gamma2019", "Gämma2019") },
			nil, `data/Gämma2019.txt:2: id "Gämma2019": an id is an ASCII capital letter followed by ASCII letters, digits and underscores (character 2, "ä", is U+00E4, not an ASCII letter)`},
		{"ID that is not an identifier", func(t *testing.T, f map[string]string) { renameDoc(t, f, "Gamma2019", "Gamma-2019") },
			nil, `data/Gamma-2019.txt:2: id "Gamma-2019": an id is an ASCII capital letter followed by ASCII letters, digits and underscores`},
		{"short name used twice", func(t *testing.T, f map[string]string) {
			replace(t, f, "Delta2022.txt", "short: Delta 2022", "short: alpha  2020")
		}, nil, `data/Delta2022.txt:4: short name "alpha  2020" is already the short name of Alpha2020 (data/Alpha2020.txt:4); each document needs one of its own`},
		{"short name mixing scripts", func(t *testing.T, f map[string]string) {
			replace(t, f, "Delta2022.txt", "short: Delta 2022", "short: Dеlta 2022")
		}, nil, `data/Delta2022.txt:4: short "Dеlta 2022": the word "Dеlta" mixes letters of several scripts, as look-alike spellings do`},
	})
}

// TestRefuseImpossibleDates: dates no document of the corpus can have.
func TestRefuseImpossibleDates(t *testing.T) {
	date := func(v string) func(t *testing.T, f map[string]string) {
		return func(t *testing.T, f map[string]string) {
			replace(t, f, "Alpha2020.txt", "date: 2020-07-01", "date: "+v)
		}
	}
	next := time.Now().Year() + 2
	runRefusals(t, []refusal{
		{"signed year", date("+015-11-16"), nil, `data/Alpha2020.txt:8: date "+015-11-16" is not YYYY, YYYY-MM or YYYY-MM-DD, in digits`},
		{"year zero", date("0000-11-16"), nil, `data/Alpha2020.txt:8: date "0000-11-16": the year 0 is outside 1800 to ` + fmt.Sprint(next-1) + `, the years a document of the corpus can have`},
		{"year before 1800", date("1799"), nil, `data/Alpha2020.txt:8: date "1799": the year 1799 is outside 1800 to ` + fmt.Sprint(next-1) + `, the years a document of the corpus can have`},
		{"year after next", date(fmt.Sprint(next)), nil, fmt.Sprintf(`data/Alpha2020.txt:8: date "%d": the year %d is outside 1800 to %d, the years a document of the corpus can have`, next, next, next-1)},
		{"month 13", date("2020-13-01"), nil, `data/Alpha2020.txt:8: date "2020-13-01": no month 13`},
		{"month 00", date("2020-00"), nil, `data/Alpha2020.txt:8: date "2020-00": no month 00`},
		{"February 30", date("2020-02-30"), nil, `data/Alpha2020.txt:8: date "2020-02-30": no day 30 in that month`},
		{"February 29 of a common year", date("2019-02-29"), nil, `data/Alpha2020.txt:8: date "2019-02-29": no day 29 in that month`},
		{"day 00", date("2020-07-00"), nil, `data/Alpha2020.txt:8: date "2020-07-00": no day 00 in that month`},
		{"spaces in a date", date("2020- 7-01"), nil, `data/Alpha2020.txt:8: date "2020- 7-01" is not YYYY, YYYY-MM or YYYY-MM-DD, in digits`},
	})
}

// TestDatesAccepted checks the edges a real document can have.
func TestDatesAccepted(t *testing.T) {
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	for _, v := range []string{"1800", "1800-01-01", "2020-02-29", "2000-02-29", "2027", "2027-12-31"} {
		f := &dataFile{Path: "data/X.txt", Entries: []entry{{Key: "date", Value: v, Line: 3}}}
		if errs := checkEntries(f, now); len(errs) > 0 {
			t.Errorf("date %s: %v", v, errs.err())
		}
		if _, err := parseDate(v); err != nil {
			t.Errorf("date %s: %v", v, err)
		}
	}
	f := &dataFile{Path: "data/X.txt", Entries: []entry{{Key: "date", Value: "2028", Line: 3}}}
	if errs := checkEntries(f, now); len(errs) != 1 {
		t.Errorf("2028 in 2026: %v, want an error", errs)
	}
}

// TestFactDatesChecked checks that the dates of the bibliographic facts obey
// the rules of date: (a signed or short year would be read as another).
func TestFactDatesChecked(t *testing.T) {
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	for _, key := range []string{"distributed", "reissued", "opened", "in-force"} {
		for _, v := range []string{"+201", "0000-11-16", "1799", "2028"} {
			f := &dataFile{Path: "data/X.txt", Entries: []entry{{Key: key, Value: v, Line: 3}}}
			if errs := checkEntries(f, now); len(errs) != 1 || !strings.Contains(errs.err().Error(), key) {
				t.Errorf("%s: %s: %v, want one error naming the key", key, v, errs)
			}
		}
	}
}

// TestRefuseInvisibleCharacters: control characters, bidirectional
// controls and invisible characters anywhere in a data file.
func TestRefuseInvisibleCharacters(t *testing.T) {
	in := func(file, old, new string) func(t *testing.T, f map[string]string) {
		return func(t *testing.T, f map[string]string) { replace(t, f, file, old, new) }
	}
	const bidi = "a bidirectional control (%s), which can make text display in another order than it is read"
	const tail = "; data files hold only printable characters, spaces and line feeds (see data/README.md)"
	runRefusals(t, []refusal{
		{"NUL byte in the body", in("Delta2022.txt", "We meet in Delta.", "We meet in\x00Delta."), nil,
			"data/Delta2022.txt:24: column 11: a NUL byte (U+0000)" + tail},
		{"escape in a title", in("Alpha2020.txt", "title: Report of the Alpha Group", "title: Report of the \x1b[2JAlpha Group"), nil,
			"data/Alpha2020.txt:3: column 22: an escape character (U+001B), which terminals obey" + tail},
		{"right-to-left override in the body", in("Delta2022.txt", "We meet in Delta.", "We meet in \u202eatleD."), nil,
			"data/Delta2022.txt:24: column 12: " + fmt.Sprintf(bidi, "U+202E") + tail},
		{"right-to-left isolate in a note", in("Gamma2019.txt", "editorial-note: A fictional resolution.", "editorial-note: A fictional \u2067resolution\u2069."), nil,
			"data/Gamma2019.txt:9: column 29: " + fmt.Sprintf(bidi, "U+2067") + tail},
		{"left-to-right mark", in("Alpha2020.txt", "short: Alpha 2020", "short: Alpha\u200e 2020"), nil,
			"data/Alpha2020.txt:4: column 13: " + fmt.Sprintf(bidi, "U+200E") + tail},
		{"zero-width space in an ID", in("Delta2022.txt", "id: Delta2022", "id: Delta\u200b2022"), nil,
			"data/Delta2022.txt:2: column 10: an invisible format character (U+200B)" + tail},
		{"zero-width joiner", in("Delta2022.txt", "We meet in Delta.", "We meet in Del\u200dta."), nil,
			"data/Delta2022.txt:24: column 15: an invisible format character (U+200D)" + tail},
		{"byte-order mark inside", in("Delta2022.txt", "We meet in Delta.", "We meet in \ufeffDelta."), nil,
			"data/Delta2022.txt:24: byte-order mark (U+FEFF) inside the file"},
		{"soft hyphen", in("Delta2022.txt", "We meet in Delta.", "We meet in Del\u00adta."), nil,
			"data/Delta2022.txt:24: column 15: a soft hyphen (U+00AD), which is invisible" + tail},
		{"tab", in("Delta2022.txt", "We meet in Delta.", "We meet in\tDelta."), nil,
			"data/Delta2022.txt:24: column 11: a tab (U+0009); indent attributes with two spaces" + tail},
		{"C1 control", in("Delta2022.txt", "We meet in Delta.", "We meet in\u0085Delta."), nil,
			"data/Delta2022.txt:24: column 11: a C1 control character (U+0085)" + tail},
		{"line separator", in("Delta2022.txt", "We meet in Delta.", "We meet in\u2028Delta."), nil,
			"data/Delta2022.txt:24: column 11: a line or paragraph separator (U+2028); end lines with a line feed" + tail},
		{"thin space", in("Delta2022.txt", "We meet in Delta.", "We meet in\u2009Delta."), nil,
			"data/Delta2022.txt:24: column 11: an unusual space (U+2009); use a space, a no-break space or a narrow no-break space" + tail},
		{"variation selector", in("Delta2022.txt", "We meet in Delta.", "We meet in De\ufe0flta."), nil,
			"data/Delta2022.txt:24: column 14: an invisible character (U+FE0F)" + tail},
		{"Hangul filler", in("Delta2022.txt", "We meet in Delta.", "We meet in \u3164Delta."), nil,
			"data/Delta2022.txt:24: column 12: an invisible character (U+3164)" + tail},
		{"private use", in("Delta2022.txt", "We meet in Delta.", "We meet in \ue000Delta."), nil,
			"data/Delta2022.txt:24: column 12: a private-use character (U+E000)" + tail},
		{"delete", in("Delta2022.txt", "We meet in Delta.", "We meet in\x7fDelta."), nil,
			"data/Delta2022.txt:24: column 11: a control character (U+007F)" + tail},
	})
}

// TestRefuseEscapedCharacters: the rules on characters hold for what the
// escapes of a quoted value stand for, one case per class of escape: the
// refusal names file, line and column, the escape as written and what it
// stands for, and nothing is written.
func TestRefuseEscapedCharacters(t *testing.T) {
	// title puts an escape into Alpha2020's title (line 3), whose quoted
	// value begins at column 8, so that the escape is at column 23.
	title := func(esc string) func(t *testing.T, f map[string]string) {
		return func(t *testing.T, f map[string]string) {
			replace(t, f, "Alpha2020.txt", "title: Report of the Alpha Group\n", `title: "Report of the `+esc+`Alpha Group"`+"\n")
		}
	}
	const tail = "; remove it: a quoted value may stand only for characters a data file may hold itself, printable characters, spaces and line feeds (see data/README.md)"
	at := func(esc, what string) string {
		return `data/Alpha2020.txt:3: column 23: the escape ` + esc + ` in the quoted value of "title" stands for ` + what + tail
	}
	const bidi = "a bidirectional control (%s), which can make text display in another order than it is read"
	runRefusals(t, []refusal{
		{"ESC as \\x1b", title(`\x1b[31m`), nil, at(`\x1b`, "an escape character (U+001B), which terminals obey")},
		{"ESC as \\u001b", title(`\u001b`), nil, at(`\u001b`, "an escape character (U+001B), which terminals obey")},
		{"ESC in octal", title(`\033`), nil, at(`\033`, "an escape character (U+001B), which terminals obey")},
		{"NUL as \\x00", title(`\x00`), nil, at(`\x00`, "a NUL byte (U+0000)")},
		{"NUL in octal", title(`\000`), nil, at(`\000`, "a NUL byte (U+0000)")},
		{"NUL as \\U00000000", title(`\U00000000`), nil, at(`\U00000000`, "a NUL byte (U+0000)")},
		{"bell", title(`\a`), nil, at(`\a`, "a control character (U+0007)")},
		{"backspace", title(`\b`), nil, at(`\b`, "a control character (U+0008)")},
		{"form feed", title(`\f`), nil, at(`\f`, "a control character (U+000C)")},
		{"vertical tab", title(`\v`), nil, at(`\v`, "a control character (U+000B)")},
		{"tab", title(`\t`), nil, at(`\t`, "a tab (U+0009)")},
		{"carriage return", title(`\r`), nil, at(`\r`, `a carriage return (U+000D); lines end with a line feed, \n`)},
		{"DEL", title(`\x7f`), nil, at(`\x7f`, "a control character (U+007F)")},
		{"C1 control", title(`\u0085`), nil, at(`\u0085`, "a C1 control character (U+0085)")},
		{"C1 control spelt in bytes", title(`\xc2\x9b`), nil, at(`\xc2\x9b`, "a C1 control character (U+009B)")},
		{"right-to-left override", title(`\u202e`), nil, at(`\u202e`, fmt.Sprintf(bidi, "U+202E"))},
		{"right-to-left override spelt in bytes", title(`\xe2\x80\xae`), nil, at(`\xe2\x80\xae`, fmt.Sprintf(bidi, "U+202E"))},
		{"right-to-left isolate", title(`\u2067`), nil, at(`\u2067`, fmt.Sprintf(bidi, "U+2067"))},
		{"Arabic letter mark", title(`\u061C`), nil, at(`\u061C`, fmt.Sprintf(bidi, "U+061C"))},
		{"zero-width space", title(`\u200b`), nil, at(`\u200b`, "an invisible format character (U+200B)")},
		{"word joiner", title(`\u2060`), nil, at(`\u2060`, "an invisible format character (U+2060)")},
		{"soft hyphen", title(`\u00ad`), nil, at(`\u00ad`, "a soft hyphen (U+00AD), which is invisible")},
		{"byte-order mark", title(`\ufeff`), nil, at(`\ufeff`, "a byte-order mark (U+FEFF)")},
		{"line separator", title(`\u2028`), nil, at(`\u2028`, "a line or paragraph separator (U+2028); end lines with a line feed")},
		{"em space", title(`\u2003`), nil, at(`\u2003`, "an unusual space (U+2003); use a space, a no-break space or a narrow no-break space")},
		{"variation selector", title(`\ufe0f`), nil, at(`\ufe0f`, "an invisible character (U+FE0F)")},
		{"supplementary variation selector", title(`\U000E0100`), nil, at(`\U000E0100`, "an invisible character (U+E0100)")},
		{"combining grapheme joiner", title(`\u034f`), nil, at(`\u034f`, "an invisible character (U+034F)")},
		{"Hangul filler", title(`\u3164`), nil, at(`\u3164`, "an invisible character (U+3164)")},
		{"braille blank", title(`\u2800`), nil, at(`\u2800`, "an invisible character (U+2800)")},
		{"private use", title(`\ue000`), nil, at(`\ue000`, "a private-use character (U+E000)")},
		{"unassigned", title(`\U0010FFFF`), nil, at(`\U0010FFFF`, "an unassigned or non-printing character (U+10FFFF)")},
		{"invalid UTF-8", title(`\xff`), nil, at(`\xff`, `the byte 0xff, which is not UTF-8 here (data files are UTF-8: write the character itself, or its \u escape)`)},
		{"a truncated UTF-8 sequence", title(`\xe2\x80`), nil, at(`\xe2`, `the byte 0xe2, which is not UTF-8 here (data files are UTF-8: write the character itself, or its \u escape)`)},
		{"a space at the end of a line", title(`Report \n`), nil,
			`data/Alpha2020.txt:3: column 29: the quoted value of "title" stands for a space at the end of a line (before \n), which data files do not hold` + tail},
		{"in an attribute", func(t *testing.T, f map[string]string) {
			replace(t, f, "Beta2021.txt", `to: "- 2. States should protect"`, `to: "- 2. States\u200bshould protect"`)
		}, nil, `data/Beta2021.txt:13: column 19: the escape \u200b in the quoted value of "to" stands for an invisible format character (U+200B)` + tail},
		{"in a note", func(t *testing.T, f map[string]string) {
			replace(t, f, "Alpha2020.txt", "note: The final marks are unverified.", `note: "The final marks are \x1b[8munverified."`)
		}, nil, `data/Alpha2020.txt:15: column 28: the escape \x1b in the quoted value of "note" stands for an escape character (U+001B), which terminals obey` + tail},
		{"in a link's words", func(t *testing.T, f map[string]string) {
			replace(t, f, "Alpha2020.txt", `at: "resolution 1/1"`, `at: "resolution\u00a01/1\u202e"`)
		}, nil, `data/Alpha2020.txt:28: column 27: the escape \u202e in the quoted value of "at" stands for ` + fmt.Sprintf(bidi, "U+202E") + tail},
	})
}

// TestAllowedEscapes checks that a quoted value may still escape what a
// data file may hold: a line feed, quotes, backslashes, letters, the
// no-break spaces, and characters spelt in UTF-8 bytes.
func TestAllowedEscapes(t *testing.T) {
	for lit, want := range map[string]string{
		`"a\nb"`:                     "a\nb",
		`"\"quoted\" \\ back"`:       `"quoted" \ back`,
		`"caf\u00e9 caf\xc3\xa9"`:    "café café",
		`"Paris\u00a0: \u202f»"`:     "Paris\u00a0: \u202f»",
		`"\U0001F600 \u4e2d"`:        "\U0001F600 中",
		`"  leading and trailing  "`: "  leading and trailing  ",
		`"a\n\nb"`:                   "a\n\nb",
	} {
		got, err := decodeValue("data/X.txt", 1, 8, "title", lit)
		if err != nil || got != want {
			t.Errorf("decodeValue(%s) = %q, %v; want %q", lit, got, err, want)
		}
	}
}

// TestAllowedCharacters checks that the characters data/README.md allows
// pass: letters of any script, accents, typographic punctuation, the
// no-break spaces of French typography.
func TestAllowedCharacters(t *testing.T) {
	text := "Appel de Paris\u00a0: « confiance » — l’Europe, 13(f); œuvre; Ελλάδα; Россия; 中文; ↵ § € ½\n"
	if err := checkCharacters("data/X.txt", []byte(text)); err != nil {
		t.Error(err)
	}
	if err := checkCharacters("data/X.txt", []byte("a\u202fb\n")); err != nil {
		t.Error(err)
	}
}

// TestRefuseSpecialFiles: data files that are not regular files inside
// data/, and files larger than the cap.
func TestRefuseSpecialFiles(t *testing.T) {
	notRegular := func(name, kind string) string {
		return "data/" + name + ": not a regular file (" + kind + "): data files are plain files inside data/, not links, pipes or devices"
	}
	runRefusals(t, []refusal{
		{"symbolic link out of data/", nil, func(t *testing.T, root string) {
			outside := filepath.Join(t.TempDir(), "Zeta2024.txt")
			os.WriteFile(outside, []byte(readCorpus(t)["Gamma2019.txt"]), 0o644)
			if err := os.Symlink(outside, filepath.Join(root, "data", "Zeta2024.txt")); err != nil {
				t.Fatal(err)
			}
		}, notRegular("Zeta2024.txt", "a symbolic link")},
		{"symbolic link inside data/", nil, func(t *testing.T, root string) {
			if err := os.Symlink("Gamma2019.txt", filepath.Join(root, "data", "Zeta2024.txt")); err != nil {
				t.Fatal(err)
			}
		}, notRegular("Zeta2024.txt", "a symbolic link")},
		{"link to /dev/zero", nil, func(t *testing.T, root string) {
			if err := os.Symlink("/dev/zero", filepath.Join(root, "data", "Zeta2024.txt")); err != nil {
				t.Fatal(err)
			}
		}, notRegular("Zeta2024.txt", "a symbolic link")},
		{"named pipe", nil, func(t *testing.T, root string) {
			if err := mkfifo(filepath.Join(root, "data", "Zeta2024.txt")); err != nil {
				t.Skip("cannot make a named pipe:", err)
			}
		}, notRegular("Zeta2024.txt", "a named pipe")},
		{"device like /dev/zero", nil, func(t *testing.T, root string) {
			if err := mkzero(filepath.Join(root, "data", "Zeta2024.txt")); err != nil {
				t.Skip("cannot make a device:", err)
			}
		}, notRegular("Zeta2024.txt", "a device")},
		{"directory", nil, func(t *testing.T, root string) {
			os.Mkdir(filepath.Join(root, "data", "Zeta2024.txt"), 0o755)
		}, "data/Zeta2024.txt: unexpected file in data/: data files are named <id>.txt"},
		{"larger than the cap", nil, func(t *testing.T, root string) {
			big := readCorpus(t)["Delta2022.txt"] + strings.Repeat("\nWe meet again.\n", maxDataFile/16)
			os.WriteFile(filepath.Join(root, "data", "Delta2022.txt"), []byte(big), 0o644)
		}, fmt.Sprintf("data/Delta2022.txt: the file has %d bytes, more than the 4194304 (4 MiB) a data file may have", len(readCorpus(t)["Delta2022.txt"])+16*(maxDataFile/16))},
	})
}

// endless is a file that says it is small and regular, but never ends.
type endless struct{}

func (endless) Stat() (fs.FileInfo, error) { return endlessInfo{}, nil }
func (endless) Read(p []byte) (int, error) { clear(p); return len(p), nil }
func (endless) Close() error               { return nil }

type endlessInfo struct{}

func (endlessInfo) Name() string       { return "Zeta2024.txt" }
func (endlessInfo) Size() int64        { return 10 }
func (endlessInfo) Mode() fs.FileMode  { return 0o644 }
func (endlessInfo) ModTime() time.Time { return time.Time{} }
func (endlessInfo) IsDir() bool        { return false }
func (endlessInfo) Sys() any           { return nil }

type endlessFS struct{ fstest.MapFS }

func (e endlessFS) Open(name string) (fs.File, error) {
	if name == "data/Zeta2024.txt" {
		return endless{}, nil
	}
	return e.MapFS.Open(name)
}

// TestBoundedRead checks that a file that grows while it is read, or lies
// about its size, is read no further than the cap.
func TestBoundedRead(t *testing.T) {
	fsys := endlessFS{fstest.MapFS{"data/Zeta2024.txt": &fstest.MapFile{Data: []byte("x")}}}
	entries, err := fs.ReadDir(fsys, "data")
	if err != nil {
		t.Fatal(err)
	}
	_, err = readDataFile(fsys, "data/Zeta2024.txt", entries[0])
	want := "data/Zeta2024.txt: the file has more than the 4194304 bytes (4 MiB) a data file may have"
	if err == nil || err.Error() != want {
		t.Errorf("error %v, want %q", err, want)
	}
}

// TestEmitterFailureIsShort checks that an emitter's failure (here: jennifer
// failing to format code with a keyword for a name) becomes one short
// internal error that names the data file, not a dump of generated source.
func TestEmitterFailureIsShort(t *testing.T) {
	f := jen.NewFile("norms")
	f.Var().Id("Lucca2017").Op("=").Lit(1)
	for range 2000 {
		f.Comment(strings.Repeat("filler ", 10))
	}
	f.Var().Id("func").Op("=").Id("lucca2017")
	err := f.Render(io.Discard)
	if err == nil {
		t.Fatal("jennifer formatted invalid code")
	}
	c := &corpus{Docs: []*document{{ID: "Lucca2017", Path: "data/Lucca2017.txt"}, {ID: "Toronto2018", Path: "data/Toronto2018.txt"}}}
	got := internalError(c, normsFile, err).Error()
	if len(got) > 600 {
		t.Errorf("the error has %d bytes:\n%.1000s", len(got), got)
	}
	for _, want := range []string{"internal error in the generated norms/corpus_gen.go: it is not valid Go (", "the data it came from: data/Lucca2017.txt\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("the error does not say %q:\n%s", want, got)
		}
	}
	got = internalError(c, normsFile, errors.New("3:1: something")).Error()
	if !strings.Contains(got, "data/Lucca2017.txt, data/Toronto2018.txt") {
		t.Errorf("without a line to go by, the error does not name every data file:\n%s", got)
	}
}
