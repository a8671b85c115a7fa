package main

import (
	"bytes"
	"flag"
	"go/format"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

var update = flag.Bool("update", false, "rewrite the golden files, and the generated files of the repository")

// TestFresh is the freshness gate, as go/types' generate_test.go: it fails
// when the committed generated files differ from what the generator makes of
// data/, or when a killed run left a temporary file (staleFiles, which
// gen -check runs too). Run "go generate ./..." (or this test with -update)
// to refresh them.
func TestFresh(t *testing.T) {
	files, err := Generate(os.DirFS(".."))
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if _, err := writeFiles("..", files); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range staleFiles("..", files) {
		t.Errorf("stale: %s differs from what the generator makes of data/; run go generate ./...", p)
	}
}

// TestDeterministic generates twice and expects identical bytes.
func TestDeterministic(t *testing.T) {
	sameOutput(t, os.DirFS(".."), os.DirFS(".."), "between two runs")
}

// sameOutput generates from a and from b, two views of one tree, and
// reports each generated file that differs; how says how the runs differ.
func sameOutput(t *testing.T, a, b fs.FS, how string) {
	t.Helper()
	outA, err := Generate(a)
	if err != nil {
		t.Fatal(err)
	}
	outB, err := Generate(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(outA) != len(outB) {
		t.Errorf("%d files, then %d, %s", len(outA), len(outB), how)
	}
	for p := range outA {
		if !bytes.Equal(outA[p], outB[p]) {
			t.Errorf("%s differs %s", p, how)
		}
	}
}

// TestGofmt checks that gofmt would change nothing in the generated files.
func TestGofmt(t *testing.T) {
	files, err := Generate(os.DirFS(".."))
	if err != nil {
		t.Fatal(err)
	}
	for p, src := range files {
		out, err := format.Source(src)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if !bytes.Equal(out, src) {
			t.Errorf("%s is not gofmt-formatted", p)
		}
		if !bytes.HasPrefix(src, []byte("// "+generatedHeader+"\n")) {
			t.Errorf("%s does not begin with the generated-code header", p)
		}
	}
}

// TestGolden generates the fictional corpus of testdata/corpus and compares
// the output with testdata/golden; -update rewrites the golden files.
func TestGolden(t *testing.T) {
	files, err := Generate(os.DirFS(filepath.Join("testdata", "corpus")))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range mapKeys(files) {
		golden := filepath.Join("testdata", "golden", strings.ReplaceAll(p, "/", "_")+".golden")
		if *update {
			if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, files[p], 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(want, files[p]) {
			t.Errorf("%s differs from %s; if the change is intended, run go test -run TestGolden -update", p, golden)
		}
	}
}

// readCorpus reads the fictional test corpus into a map of file contents.
func readCorpus(t *testing.T) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join("testdata", "corpus", "data"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join("testdata", "corpus", "data", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = string(data)
	}
	return files
}

// replace edits one file of a corpus map, failing the test if the text to
// replace is not there (so that a case cannot silently test nothing).
func replace(t *testing.T, files map[string]string, name, old, new string) {
	t.Helper()
	if !strings.Contains(files[name], old) {
		t.Fatalf("test setup: %s does not contain %q", name, old)
	}
	files[name] = strings.Replace(files[name], old, new, 1)
}

// TestMalformedData breaks the fictional corpus in one way at a time and
// checks that generation fails with a message naming file and line, and that
// the generated files already in place are left exactly as they were.
func TestMalformedData(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(t *testing.T, files map[string]string)
		want   string
	}{
		{"missing required field", func(t *testing.T, f map[string]string) {
			replace(t, f, "Alpha2020.txt", "title: Report of the Alpha Group\n", "")
		}, `data/Alpha2020.txt:28: missing required key "title": add a "title:" line to the header, which ends here`},
		{"duplicate key", func(t *testing.T, f map[string]string) {
			replace(t, f, "Alpha2020.txt", "short: Alpha 2020\n", "short: Alpha 2020\nshort: Alpha\n")
		}, `data/Alpha2020.txt:5: "short" given twice (first at line 4)`},
		{"duplicate ID", func(t *testing.T, f map[string]string) {
			f["ALPHA2020.txt"] = strings.Replace(f["Alpha2020.txt"], "id: Alpha2020", "id: ALPHA2020", 1)
		}, `data/Alpha2020.txt:2: id "Alpha2020" collides with "ALPHA2020" of data/ALPHA2020.txt (IDs must differ in more than case)`},
		{"id and file name differ", func(t *testing.T, f map[string]string) {
			replace(t, f, "Gamma2019.txt", "id: Gamma2019", "id: Gamma2018")
		}, `data/Gamma2019.txt:2: id "Gamma2018" does not match the file name: the file must be data/Gamma2018.txt`},
		{"bad date", func(t *testing.T, f map[string]string) {
			replace(t, f, "Alpha2020.txt", "date: 2020-07-01", "date: 2020-13-01")
		}, `data/Alpha2020.txt:8: date "2020-13-01": no month 13`},
		{"link to an unknown document", func(t *testing.T, f map[string]string) {
			replace(t, f, "Alpha2020.txt", "link: cites Gamma2019", "link: cites Gama2019")
		}, `data/Alpha2020.txt:27: link to unknown document "Gama2019"; did you mean "Gamma2019"?`},
		{"norm text not in its source", func(t *testing.T, f map[string]string) {
			replace(t, f, "Epsilon2023.txt", `start: "no state should"`, `start: "no State should"`)
		}, `data/Epsilon2023.txt:10: start "no State should" does not occur in paragraph 7`},
		{"restated words differ", func(t *testing.T, f map[string]string) {
			replace(t, f, "Beta2021.txt", "- 3. States should report vulnerabilities.", "- 3. States should report all vulnerabilities.")
		}, `data/Beta2021.txt:32: item 3 does not restate Alpha2020/5c word for word: word 4 is "all", but "vulnerabilities" in the original`},
		{"invalid UTF-8", func(t *testing.T, f map[string]string) {
			replace(t, f, "Delta2022.txt", "We meet in Delta.", "We meet in Delt\xe1.")
		}, `data/Delta2022.txt:24: invalid UTF-8 (byte 0xe1 at column 16); data files are UTF-8`},
		{"byte-order mark", func(t *testing.T, f map[string]string) {
			f["Gamma2019.txt"] = "\uFEFF" + f["Gamma2019.txt"]
		}, `data/Gamma2019.txt:1: the file begins with a UTF-8 byte-order mark; save it as UTF-8 without one`},
		{"CRLF line ends", func(t *testing.T, f map[string]string) {
			f["Gamma2019.txt"] = strings.ReplaceAll(f["Gamma2019.txt"], "\n", "\r\n")
		}, `data/Gamma2019.txt:1: carriage return (CRLF line end); data files use LF line ends`},
		{"trailing spaces", func(t *testing.T, f map[string]string) {
			replace(t, f, "Beta2021.txt", "BETA DECLARATION\n", "BETA DECLARATION  \n")
		}, `data/Beta2021.txt:26: white space at the end of the line`},
		{"empty text", func(t *testing.T, f map[string]string) {
			replace(t, f, "Epsilon2023.txt", "6. We meet.\n\n7.We agree that no state should steal secrets.\n", "\n")
		}, `data/Epsilon2023.txt:18: the body after "---" is empty; a document without text has no "---" line`},
		{"gap in the labels", func(t *testing.T, f map[string]string) {
			replace(t, f, "Alpha2020.txt", "(b) States should protect", "(c) States should protect")
		}, `data/Alpha2020.txt:36: list item (c) follows (a): a gap or a disorder in the lettering`},
		{"gap in the paragraph numbers", func(t *testing.T, f map[string]string) {
			replace(t, f, "Epsilon2023.txt", "7.We agree", "8.We agree")
		}, `data/Epsilon2023.txt:21: paragraph 8 follows paragraph 6: a gap or a disorder in the numbering`},
		{"unknown kind", func(t *testing.T, f map[string]string) {
			replace(t, f, "Gamma2019.txt", "kind: resolution", "kind: decision")
		}, `data/Gamma2019.txt:5: unknown kind "decision"; want one of declaration, chairs-report, communique, outcome-document, report, resolution, convention, other`},
		{"unknown key", func(t *testing.T, f map[string]string) {
			replace(t, f, "Gamma2019.txt", "body: Assembly", "bodi: Assembly")
		}, `data/Gamma2019.txt:6: unknown key "bodi"; did you mean "body"?`},
		{"list item without a number", func(t *testing.T, f map[string]string) {
			replace(t, f, "Beta2021.txt", "correction: The extraction lost the number of item 2.\n  from: \"- States should protect\"\n  to: \"- 2. States should protect\"\n", "")
		}, `data/Beta2021.txt:28: list item without a number: "- States should protect infrastructure, …"; if the extraction lost it, restore it with a recorded correction`},
		{"count differs from the text", func(t *testing.T, f map[string]string) {
			replace(t, f, "Alpha2020.txt", "  count: 3", "  count: 4")
		}, `data/Alpha2020.txt:17: the list declares count 4, but the text has 3 items`},
		{"item entry for a missing label", func(t *testing.T, f map[string]string) {
			replace(t, f, "Alpha2020.txt", "item: 5(c)", "item: 5(d)")
		}, `data/Alpha2020.txt:25: no list item is labelled "5(d)"; the labels are 5(a), 5(b), 5(c)`},
		{"paragraph over two lines", func(t *testing.T, f map[string]string) {
			replace(t, f, "Epsilon2023.txt", "6. We meet.\n", "6. We\nmeet.\n")
		}, `data/Epsilon2023.txt:20: this line continues the paragraph of line 19; separate paragraphs with a blank line, or join the lines with a recorded correction`},
		{"heading not in the text", func(t *testing.T, f map[string]string) {
			replace(t, f, "Alpha2020.txt", `heading: "II. Norms"`, `heading: "II. Norm"`)
		}, `data/Alpha2020.txt:16: heading "II. Norm" is not a paragraph of the text; the words occur, but not as a paragraph of their own`},
		{"correction source not in the text", func(t *testing.T, f map[string]string) {
			replace(t, f, "Beta2021.txt", `from: "- States should protect"`, `from: "- States shall protect"`)
		}, `data/Beta2021.txt:11: correction: "- States shall protect" does not occur in the body`},
		{"correction not unique", func(t *testing.T, f map[string]string) {
			replace(t, f, "Beta2021.txt", `from: "- States should protect"`, `from: "States should"`)
		}, `data/Beta2021.txt:11: correction: "States should" occurs 3 times in the body; quote enough words to make it unique`},
		{"restates an unknown norm", func(t *testing.T, f map[string]string) {
			replace(t, f, "Beta2021.txt", "restates: Alpha2020/5c", "restates: Alpha2020/5x")
		}, `data/Beta2021.txt:21: item 3 restates unknown norm "Alpha2020/5x"; did you mean "Alpha2020/5a"?`},
		{"item without a title", func(t *testing.T, f map[string]string) {
			replace(t, f, "Delta2022.txt", "item: 2\n  title: Help others\n", "")
		}, `data/Delta2022.txt:15: item 2 has no editorial title: add an "item: 2" entry with a "title:"`},
		{"metadata-only document with a body", func(t *testing.T, f map[string]string) {
			f["Gamma2019.txt"] += "---\nSome text.\n"
		}, `data/Gamma2019.txt:12: a metadata-only document has no body; remove the "---" line and the text after it`},
		{"link with neither place nor basis", func(t *testing.T, f map[string]string) {
			replace(t, f, "Gamma2019.txt", "  basis: A fictional fact: the resolution asks for the report.\n", "")
		}, `data/Gamma2019.txt:10: link needs "at:" (words of this document's text that make it) or "basis:" (where it is known from)`},
		{"bad checksum", func(t *testing.T, f map[string]string) {
			replace(t, f, "Alpha2020.txt", "sha256: 0000", "sha256: 000")
		}, `data/Alpha2020.txt:14: sha256 "000000000000000000000000000000000000000000000000000000000000000" is not 64 lower-case hex digits`},
		{"unexpected file", func(t *testing.T, f map[string]string) {
			f["notes.md"] = "notes\n"
		}, `data/notes.md: unexpected file in data/: data files are named <id>.txt`},
		{"break phrase not in the text", func(t *testing.T, f map[string]string) {
			replace(t, f, "Delta2022.txt", `break: "We also commit"`, `break: "We then commit"`)
		}, `data/Delta2022.txt:10: break: "We then commit" does not occur in the text`},
		{"inferred break without a reason", func(t *testing.T, f map[string]string) {
			replace(t, f, "Delta2022.txt", "  why: The list begins here.\n", "")
		}, `data/Delta2022.txt:12: an inferred break needs a "why:" saying why it is placed there`},
		{"excerpt without a description", func(t *testing.T, f map[string]string) {
			replace(t, f, "Epsilon2023.txt", "excerpt: paragraphs 6 and 7.\n", "")
		}, `data/Epsilon2023.txt:7: an excerpt needs an "excerpt:" entry saying what it holds, of what`},
		{"link text in two paragraphs", func(t *testing.T, f map[string]string) {
			replace(t, f, "Alpha2020.txt", `at: "resolution 1/1"`, `at: "States should"`)
		}, `data/Alpha2020.txt:27: link: "States should" occurs in 3 paragraphs; quote enough words to locate one`},
	}
	cases := make([]refusal, len(tests))
	for i, tt := range tests {
		cases[i] = refusal{name: tt.name, mutate: tt.mutate, want: tt.want}
	}
	runRefusals(t, cases) // check_test.go
	if len(tests) < 20 {
		t.Errorf("the table has %d cases; keep at least 20", len(tests))
	}
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestCheckMode checks that -check reports stale files and writes nothing.
func TestCheckMode(t *testing.T) {
	root := t.TempDir()
	for name, text := range readCorpus(t) {
		p := filepath.Join(root, "data", name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(text), 0o644)
	}
	os.MkdirAll(filepath.Join(root, "norms"), 0o755)
	os.MkdirAll(filepath.Join(root, "declarations"), 0o755)
	var out bytes.Buffer
	if code := run(root, true, false, &out); code != 1 {
		t.Fatalf("-check on a tree without generated files: exit %d, want 1", code)
	}
	if !strings.Contains(out.String(), "stale: norms/corpus_gen.go: run go generate ./...") {
		t.Errorf("-check output:\n%s", out.String())
	}
	if _, err := os.Stat(filepath.Join(root, normsFile)); err == nil {
		t.Errorf("-check wrote %s", normsFile)
	}
	out.Reset()
	if code := run(root, false, false, &out); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, out.String())
	}
	if code := run(root, true, false, &out); code != 0 {
		t.Errorf("-check after generating: exit %d: %s", code, out.String())
	}
}

// TestGenerateInMemory checks Generate on an in-memory tree, the form the
// fuzz target uses.
func TestGenerateInMemory(t *testing.T) {
	fsys := fstest.MapFS{}
	for name, text := range readCorpus(t) {
		fsys["data/"+name] = &fstest.MapFile{Data: []byte(text)}
	}
	files, err := Generate(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(emitters) {
		t.Errorf("Generate returned %d files, want %d", len(files), len(emitters))
	}
}

// BenchmarkGenerate measures a whole generation of the real corpus, in
// memory: parse, build, validate and emit.
func BenchmarkGenerate(b *testing.B) {
	fsys := os.DirFS("..")
	for b.Loop() {
		if _, err := Generate(fsys); err != nil {
			b.Fatal(err)
		}
	}
}
