package main

import (
	"bytes"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestKilledRunIsDetected builds every state a run killed while writing can
// leave: some files renamed into place and the others old, with or without
// a temporary file. gen -check reports each such state, and the next run
// repairs it, leaving no temporary file.
func TestKilledRunIsDetected(t *testing.T) {
	data, out := twoVersions(t)
	paths := mapKeys(out[1])
	for renamed := 0; renamed <= len(paths); renamed++ {
		for _, leftover := range []bool{false, true} {
			t.Run(fmt.Sprintf("%d renamed, leftover %v", renamed, leftover), func(t *testing.T) {
				root := writeTree(t, t.TempDir(), data[0])
				if code := run(root, false, false, os.Stderr); code != 0 {
					t.Fatal("the first generation failed")
				}
				writeTree(t, root, data[1])
				for _, p := range paths[:renamed] {
					os.WriteFile(filepath.Join(root, filepath.FromSlash(p)), out[1][p], 0o644)
				}
				if leftover { // beside the next file, or (all renamed) as a run killed on other data left it
					p := paths[renamed%len(paths)]
					dst := filepath.Join(root, filepath.FromSlash(p))
					os.WriteFile(filepath.Join(filepath.Dir(dst), "."+filepath.Base(dst)+".123"), out[1][p][:100], 0o644)
				}
				var buf bytes.Buffer
				code := run(root, true, false, &buf)
				if finished := renamed == len(paths) && !leftover; finished != (code == 0) || !finished && !strings.Contains(buf.String(), "stale: ") {
					t.Errorf("-check exits %d and reports %q", code, buf.String())
				}
				checkKilled(t, root, out, 1)
			})
		}
	}
}

// checkKilled checks a tree after a run that was writing version want was
// killed: the freshness check (staleFiles, which gen -check and TestFresh
// run on what Generate makes, out[want]) fails unless the run had finished,
// and the next run leaves the files of version want and nothing else. It
// reports whether the killed run had left a mix of versions.
func checkKilled(t *testing.T, root string, out [2]map[string][]byte, want int) (mixed bool) {
	t.Helper()
	state, strays := outputState(t, root, out)
	finished := state == want && len(strays) == 0
	if stale := staleFiles(root, out[want]); finished != (len(stale) == 0) {
		t.Errorf("state %d, strays %v: the freshness check finds %v stale", state, strays, stale)
	}
	var buf bytes.Buffer
	if code := run(root, false, false, &buf); code != 0 {
		t.Fatalf("the next run failed: %s", buf.String())
	}
	if state, strays := outputState(t, root, out); state != want || len(strays) > 0 {
		t.Errorf("after the next run: state %d, strays %v; want %d and none", state, strays, want)
	}
	if stale := staleFiles(root, out[want]); len(stale) > 0 {
		t.Errorf("after the next run, the freshness check finds %v stale", stale)
	}
	return state == -1
}

// twoVersions returns the test corpus and a changed copy of it whose
// generated files all differ from the first's, and what each generates.
func twoVersions(t *testing.T) (data [2]map[string]string, out [2]map[string][]byte) {
	t.Helper()
	data[0] = readCorpus(t)
	data[1] = map[string]string{}
	for k, v := range data[0] {
		data[1][k] = v
	}
	replace(t, data[1], "Alpha2020.txt", "short: Alpha 2020", "short: Alpha Report 2020")
	replace(t, data[1], "Alpha2020.txt", "  title: Cooperate\n", "  title: Cooperate\n  theme: cooperation \"cooperate\"\n")                                                                               // norms/themes_gen.go
	replace(t, data[1], "Beta2021.txt", "BETA DECLARATION\n\n", "BETA DECLARATION\n\nWe meet in Beta.\n\n")                                                                                                // declarations/shared_gen.go
	data[1]["Zeta2018.txt"] = "id: Zeta2018\ntitle: Resolution 2/1\nshort: Resolution 2/1\nkind: resolution\nbody: Assembly\ndate: 2018\nextent: metadata-only\neditorial-note: A fictional resolution.\n" // exports_gen_test.go
	for i := range data {
		fsys := os.DirFS(writeTree(t, t.TempDir(), data[i]))
		files, err := Generate(fsys)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = files
	}
	for p := range out[0] {
		if bytes.Equal(out[0][p], out[1][p]) {
			t.Fatalf("test setup: %s is the same in both versions", p)
		}
	}
	return data, out
}

// writeTree writes data files into root/data, removes the data files that
// are not among them (a version may have a file the other lacks), and makes
// the package directories.
func writeTree(t *testing.T, root string, files map[string]string) string {
	t.Helper()
	for _, dir := range append(outputDirs(), "data") {
		if err := os.MkdirAll(filepath.Join(root, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	entries, err := os.ReadDir(filepath.Join(root, "data"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if _, ok := files[e.Name()]; !ok {
			if err := os.Remove(filepath.Join(root, "data", e.Name())); err != nil {
				t.Fatal(err)
			}
		}
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(root, "data", name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// outputState tells which version the generated files of root are: 0 or 1
// when all of them are one version's, -1 for a mix. It also returns every
// file of the package directories that is not a generated file.
func outputState(t *testing.T, root string, out [2]map[string][]byte) (state int, strays []string) {
	t.Helper()
	match := [2]int{}
	for p := range out[0] {
		got, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(p)))
		if err != nil {
			t.Fatal(err)
		}
		for v := range out {
			if bytes.Equal(got, out[v][p]) {
				match[v]++
			}
		}
	}
	for _, dir := range outputDirs() {
		entries, err := os.ReadDir(filepath.Join(root, dir))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if _, ok := out[0][path.Join(dir, e.Name())]; !ok && !e.IsDir() {
				strays = append(strays, path.Join(dir, e.Name()))
			}
		}
	}
	switch len(out[0]) {
	case match[0]:
		return 0, strays
	case match[1]:
		return 1, strays
	}
	return -1, strays
}

// outputDirs returns the directories the emitters write into, once each.
func outputDirs() []string {
	var dirs []string
	for _, e := range emitters {
		if dir := path.Dir(e.file); !slices.Contains(dirs, dir) {
			dirs = append(dirs, dir)
		}
	}
	return dirs
}
