package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// journalTree makes a tree with the test corpus's generated files of
// version 0, and returns the two versions' outputs.
func journalTree(t *testing.T) (string, [2]map[string][]byte) {
	t.Helper()
	data, out := twoVersions(t)
	root := writeTree(t, t.TempDir(), data[0])
	if code := run(root, false, false, os.Stderr); code != 0 {
		t.Fatal("the first generation failed")
	}
	return root, out
}

// stage writes a journal by hand, as a run killed at some step leaves it:
// staged holds the versions-1 files still staged, committed says whether
// the commit record is written.
func stage(t *testing.T, root string, out map[string][]byte, staged []string, committed bool) {
	t.Helper()
	jdir := filepath.Join(root, journalDir)
	if err := os.MkdirAll(jdir, 0o755); err != nil {
		t.Fatal(err)
	}
	var record strings.Builder
	for i, p := range mapKeys(out) {
		name := string(rune('0' + i))
		record.WriteString(name + " " + p + "\n")
		if !strings.Contains(strings.Join(staged, " "), p) {
			// Already renamed into place.
			os.WriteFile(filepath.Join(root, filepath.FromSlash(p)), out[p], 0o644)
			continue
		}
		os.WriteFile(filepath.Join(jdir, name), out[p], 0o644)
	}
	if committed {
		os.WriteFile(filepath.Join(jdir, commitName), []byte(record.String()), 0o644)
	} else {
		os.WriteFile(filepath.Join(jdir, commitName+".tmp"), []byte(record.String()[:5]), 0o644)
	}
}

// TestJournalRecovery checks recovery from each state a kill can leave.
func TestJournalRecovery(t *testing.T) {
	t.Run("uncommitted", func(t *testing.T) {
		root, out := journalTree(t)
		stage(t, root, out[1], mapKeys(out[1]), false)
		did, err := recoverJournal(root)
		if err != nil || did != "discarded the uncommitted files of an interrupted run" {
			t.Fatalf("recoverJournal = %q, %v", did, err)
		}
		if got, strays := outputState(t, root, out); got != 0 || len(strays) > 0 || journalPending(root) {
			t.Errorf("state %d, strays %v, journal left %v; want the old files only", got, strays, journalPending(root))
		}
	})
	t.Run("committed, one file renamed", func(t *testing.T) {
		root, out := journalTree(t)
		paths := mapKeys(out[1])
		stage(t, root, out[1], paths[1:], true)
		if got, _ := outputState(t, root, out); got != -1 {
			t.Fatalf("test setup: state %d, want a mix", got)
		}
		var buf bytes.Buffer
		if code := run(root, true, false, &buf); code != 1 || !strings.Contains(buf.String(), "an interrupted run left its journal; run go generate ./... to finish or discard it") {
			t.Errorf("-check with a journal: exit %d, output %q", code, buf.String())
		}
		did, err := recoverJournal(root)
		if err != nil || did != "finished the replacement of the generated files that an interrupted run had committed" {
			t.Fatalf("recoverJournal = %q, %v", did, err)
		}
		if got, strays := outputState(t, root, out); got != 1 || len(strays) > 0 || journalPending(root) {
			t.Errorf("state %d, strays %v, journal left %v; want the new files only", got, strays, journalPending(root))
		}
	})
	t.Run("damaged record", func(t *testing.T) {
		root, _ := journalTree(t)
		jdir := filepath.Join(root, journalDir)
		os.MkdirAll(jdir, 0o755)
		os.WriteFile(filepath.Join(jdir, commitName), []byte("0 ../../etc/passwd.go\n"), 0o644)
		_, err := recoverJournal(root)
		if err == nil || !strings.Contains(err.Error(), "is damaged") {
			t.Errorf("recoverJournal of a damaged record: %v", err)
		}
	})
	t.Run("the next run recovers", func(t *testing.T) {
		root, out := journalTree(t)
		stage(t, root, out[1], mapKeys(out[1])[2:], true)
		var buf bytes.Buffer
		// The data is still version 0: the run finishes the journal (all
		// new), then generates version 0 again (all old).
		if code := run(root, false, true, &buf); code != 0 {
			t.Fatalf("exit %d: %s", code, buf.String())
		}
		if !strings.Contains(buf.String(), "gen: finished the replacement") || !strings.Contains(buf.String(), fmt.Sprintf("%d changed", len(emitters))) {
			t.Errorf("output %q", buf.String())
		}
		if got, strays := outputState(t, root, out); got != 0 || len(strays) > 0 || journalPending(root) {
			t.Errorf("state %d, strays %v, journal left %v", got, strays, journalPending(root))
		}
	})
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
	replace(t, data[1], "Alpha2020.txt", "  title: Cooperate\n", "  title: Cooperate\n  theme: cooperation \"cooperate\"\n") // norms/themes_gen.go
	replace(t, data[1], "Beta2021.txt", "BETA DECLARATION\n\n", "BETA DECLARATION\n\nWe meet in Beta.\n\n")                  // declarations/shared_gen.go
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

// writeTree writes data files into root/data and makes the package
// directories.
func writeTree(t *testing.T, root string, files map[string]string) string {
	t.Helper()
	for _, dir := range []string{"data", "norms", "declarations", "internal/cite"} {
		if err := os.MkdirAll(filepath.Join(root, dir), 0o755); err != nil {
			t.Fatal(err)
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
	for _, dir := range []string{"norms", "declarations", "internal/cite"} {
		entries, err := os.ReadDir(filepath.Join(root, dir))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if _, ok := out[0][dir+"/"+e.Name()]; !ok {
				strays = append(strays, dir+"/"+e.Name())
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
