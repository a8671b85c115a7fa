package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The journal: how the generated files are replaced as a set. See the
// package documentation (main.go) for the protocol; in short, new contents
// are staged in journalDir, a commit record listing them is written
// atomically, and only then are they renamed into place. A run that finds a
// commit record finishes the renames before anything else; a run that finds
// a journal without one discards it.
const (
	journalDir = ".gen-journal" // in the repository root, never a package directory
	commitName = "COMMIT"       // the commit record, in journalDir
)

// stepDelayEnv names an environment variable that makes the generator sleep
// for the given duration (such as "2ms") between the steps of writing the
// journal and replacing the files. It exists for the kill test, so that a
// kill can land between any two steps; it is not for use otherwise.
const stepDelayEnv = "CYBERNORMS_GEN_STEP_DELAY"

// step pauses for the test delay, if one is set.
func step() {
	if d, err := time.ParseDuration(os.Getenv(stepDelayEnv)); err == nil && d > 0 {
		time.Sleep(d)
	}
}

// writeFiles replaces the files that changed, as a set: after a crash at
// any moment, the next run (recoverJournal) leaves all of them old or all of
// them new. It writes nothing in the package directories but the files
// themselves, renamed into place. It returns the files it replaced.
func writeFiles(root string, files map[string][]byte) (written []string, err error) {
	var changed []string
	for _, p := range mapKeys(files) {
		if err := checkOutputPath(p); err != nil {
			return nil, err
		}
		old, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(p)))
		switch {
		case err == nil && bytes.Equal(old, files[p]):
			continue
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			return nil, err
		}
		changed = append(changed, p)
	}
	if len(changed) == 0 {
		return nil, nil
	}
	if _, err := recoverJournal(root); err != nil {
		return nil, err
	}
	jdir := filepath.Join(root, journalDir)
	if err := os.Mkdir(jdir, 0o755); err != nil {
		return nil, err
	}
	defer func() {
		// Before the commit record exists, a failure discards the journal;
		// after it, the journal stays for the next run to finish.
		if err != nil {
			if _, serr := os.Stat(filepath.Join(jdir, commitName)); errors.Is(serr, fs.ErrNotExist) {
				os.RemoveAll(jdir)
			}
		}
	}()
	// 1. Stage every new file, and make it durable.
	var record bytes.Buffer
	for i, p := range changed {
		if err := os.MkdirAll(filepath.Join(root, filepath.FromSlash(path.Dir(p))), 0o755); err != nil {
			return nil, err
		}
		name := strconv.Itoa(i)
		if err := writeSynced(filepath.Join(jdir, name), files[p]); err != nil {
			return nil, err
		}
		fmt.Fprintf(&record, "%s %s\n", name, p)
		step()
	}
	// 2. Commit: the record appears whole, by a rename, or not at all.
	if err := writeSynced(filepath.Join(jdir, commitName+".tmp"), record.Bytes()); err != nil {
		return nil, err
	}
	step()
	if err := os.Rename(filepath.Join(jdir, commitName+".tmp"), filepath.Join(jdir, commitName)); err != nil {
		return nil, err
	}
	if err := syncDir(jdir); err != nil {
		return nil, err
	}
	step()
	// 3. Roll forward, as recovery would.
	if err := rollForward(root); err != nil {
		return nil, err
	}
	for _, p := range changed {
		written = append(written, filepath.Join(root, filepath.FromSlash(p)))
	}
	return written, nil
}

// recoverJournal finishes or discards the journal an interrupted run left.
// It reports what it did, or "" when there was no journal.
func recoverJournal(root string) (string, error) {
	jdir := filepath.Join(root, journalDir)
	if _, err := os.Lstat(jdir); errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if _, err := os.Stat(filepath.Join(jdir, commitName)); err == nil {
		if err := rollForward(root); err != nil {
			return "", err
		}
		return "finished the replacement of the generated files that an interrupted run had committed", nil
	}
	if err := os.RemoveAll(jdir); err != nil {
		return "", err
	}
	return "discarded the uncommitted files of an interrupted run", nil
}

// rollForward renames every staged file the commit record lists into place,
// then removes the record and the journal. Each step can be repeated, so a
// crash while it runs is finished by the next run.
func rollForward(root string) error {
	jdir := filepath.Join(root, journalDir)
	entries, err := readCommitRecord(filepath.Join(jdir, commitName))
	if err != nil {
		return err
	}
	var dirs []string
	for _, e := range entries {
		dst := filepath.Join(root, filepath.FromSlash(e.target))
		err := os.Rename(filepath.Join(jdir, e.staged), dst)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("replacing %s: %w; the journal in %s is kept, and the next run finishes it", e.target, err, jdir)
		}
		if !slices.Contains(dirs, filepath.Dir(dst)) {
			dirs = append(dirs, filepath.Dir(dst))
		}
		step()
	}
	for _, d := range dirs {
		if err := syncDir(d); err != nil {
			return err
		}
	}
	if err := os.Remove(filepath.Join(jdir, commitName)); err != nil {
		return err
	}
	if err := syncDir(jdir); err != nil {
		return err
	}
	step()
	return os.RemoveAll(jdir)
}

type recordEntry struct{ staged, target string }

// readCommitRecord reads the commit record, refusing a record that names
// anything but a staged file of the journal and a Go file of the tree.
func readCommitRecord(p string) ([]recordEntry, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	var entries []recordEntry
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		staged, target, ok := strings.Cut(sc.Text(), " ")
		if _, err := strconv.Atoi(staged); !ok || err != nil || checkOutputPath(target) != nil {
			return nil, fmt.Errorf("the commit record %s is damaged (line %q); remove %s and run the generator again", p, sc.Text(), filepath.Dir(p))
		}
		entries = append(entries, recordEntry{staged, target})
	}
	return entries, sc.Err()
}

// checkOutputPath checks that a generated file's path is a Go file inside
// the tree, outside data/ and the journal.
func checkOutputPath(p string) error {
	if !filepath.IsLocal(filepath.FromSlash(p)) || path.Ext(p) != ".go" || strings.HasPrefix(p, "data/") || strings.HasPrefix(p, journalDir+"/") {
		return fmt.Errorf("internal error: the generator would write %q, which is not a Go file of a package directory", p)
	}
	return nil
}

// journalPending reports whether an interrupted run left a journal.
func journalPending(root string) bool {
	_, err := os.Lstat(filepath.Join(root, journalDir))
	return err == nil
}

// writeSynced writes a file and flushes it to stable storage.
func writeSynced(p string, data []byte) error {
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// syncDir flushes a directory, so that the renames in it are durable. On
// Windows, where directories cannot be opened for it, it does nothing.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
