// Command gen compiles the source texts in data/ into the Go packages norms
// and declarations. Run it from the repository root with
//
//	go generate ./...
//
// which runs "go run ./gen" (see doc.go). It writes nothing unless every data
// file is valid; errors name the data file and line.
//
// Flags:
//
//	-root dir   the repository root (default ".")
//	-check      write nothing; exit 1 if the committed files are stale, or
//	            if an interrupted run left its journal
//	-v          report what was written and how long it took
//
// # The pipeline
//
// [Generate] compiles the data in steps, each tested on its own, and each
// in the files named for it:
//
//   - parse.go: a data file's syntax, split into header entries and body
//     (parseFile);
//   - build.go: one document from one file (buildDocument), in two halves:
//     header.go, the header schema and what each entry means; derive.go,
//     the text's paragraphs, list items and links, derived from the body;
//   - validate.go and validate_versions.go: what spans documents (links,
//     restatements, language versions) and the proof that every text is
//     the data file's;
//   - emit.go, emit_search.go and emit_cite.go: the Go code of packages
//     norms, declarations and internal/cite, with emit_comment.go for its
//     doc comments;
//   - write.go: the journaled replacement of the files (below), with
//     lock_*.go for the lock and open_*.go for reading the tree;
//   - guard.go, guard_userfacing.go and guard_corrections.go: the
//     refusals between the steps (below).
//
// model.go holds the document the steps share, errors.go the errors they
// report, each naming a data file and line; main.go is the command.
//
// # What it refuses
//
// Besides what data/README.md describes as the format, the generator
// refuses, naming file and line: a data file that is not a regular file
// (links, even inside data/, pipes, devices) or is larger than 4 MiB (it
// reads no further); control characters, bidirectional controls and
// invisible characters (data/README.md lists what is allowed), in the file
// or written as escapes in a quoted value; a correction that changes more
// than extraction debris (guard_corrections.go); a link that restates,
// recalls, reaffirms, endorses or builds on a document dated later; IDs
// outside ASCII [A-Z][A-Za-z0-9_]*, IDs equal ignoring case to another ID,
// to a Go keyword or predeclared identifier, or to a package-level name of
// packages norms and declarations, hand-written (learnt by parsing their
// files at each run) or generated (learnt by reading the generated code
// back); a short name another document has; a date that is not digits or
// whose year is before 1800 or after next year. A generated file that is
// not valid Go is an internal error naming the data files, never a dump
// of the code.
//
// # How the files are replaced
//
// The generated files are replaced as a set, so that a crash or a kill at
// any moment leaves, once the next run has started, either all of the old
// files or all of the new ones, and never a temporary file in a package
// directory. A run
//
//  1. takes the lock: flock(2) on the root directory (on systems without
//     it, a lock file .gen.lock created with O_EXCL, stale after two
//     minutes); a second run waits, so runs never interleave;
//  2. recovers: if the journal directory .gen-journal (in the root, not in
//     a package directory) holds a commit record, it finishes the renames
//     the record lists; if it holds none, it removes the journal;
//  3. generates everything in memory, and stops if anything is wrong;
//  4. writes each changed file into .gen-journal and fsyncs it;
//  5. commits: writes the record of staged files and their targets to
//     COMMIT.tmp, fsyncs it and renames it to COMMIT (the commit point),
//     then fsyncs the journal directory;
//  6. renames each staged file over its target, fsyncs the package
//     directories, removes COMMIT and then the journal.
//
// A kill before step 5 leaves the old files untouched and an uncommitted
// journal, which the next run discards; a kill after it leaves a committed
// journal, which the next run finishes before it does anything else.
// Between the kill and the next run, a tree killed during step 6 holds a
// mix; -check reports any journal as an unfinished run. TestKillAtRandom kills the generator 200
// times at random moments and checks this.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

func main() {
	root := flag.String("root", ".", "the repository root, the directory that holds data/")
	check := flag.Bool("check", false, "write nothing; report stale files and exit 1 if there are any")
	verbose := flag.Bool("v", false, "report what was written and how long it took")
	flag.Parse()
	os.Exit(run(*root, *check, *verbose, os.Stderr))
}

// run generates the files under root and writes those that changed, or with
// check set reports the stale ones. It returns the exit code.
func run(root string, check, verbose bool, stderr io.Writer) int {
	start := time.Now()
	if _, err := os.Stat(filepath.Join(root, "data")); err != nil {
		fmt.Fprintf(stderr, "gen: no data directory in %s; run from the repository root or pass -root\n", root)
		return 1
	}
	unlock, err := lockTree(root, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "gen: %v\n", err)
		return 1
	}
	defer unlock()
	if check {
		if journalPending(root) {
			fmt.Fprintf(stderr, "gen: %s: an interrupted run left its journal; run go generate ./... to finish or discard it\n", filepath.Join(root, journalDir))
			return 1
		}
	} else {
		did, err := recoverJournal(root)
		if err != nil {
			fmt.Fprintf(stderr, "gen: recovering an interrupted run: %v\n", err)
			return 1
		}
		if did != "" {
			fmt.Fprintf(stderr, "gen: %s\n", did)
		}
	}
	files, err := Generate(treeFS(root))
	if err != nil {
		fmt.Fprintf(stderr, "%v\ngen: nothing written\n", err)
		return 1
	}
	if check {
		stale := staleFiles(root, files)
		for _, p := range stale {
			fmt.Fprintf(stderr, "stale: %s: run go generate ./...\n", p)
		}
		if len(stale) > 0 {
			return 1
		}
		return 0
	}
	written, err := writeFiles(root, files)
	if err != nil {
		fmt.Fprintf(stderr, "gen: %v\n", err)
		return 1
	}
	if verbose {
		fmt.Fprintf(stderr, "gen: %d files generated, %d changed, in %v\n", len(files), len(written), time.Since(start).Round(time.Millisecond))
	}
	return 0
}

// staleFiles lists the generated files whose committed content differs.
func staleFiles(root string, files map[string][]byte) []string {
	var stale []string
	for _, p := range mapKeys(files) {
		old, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(p)))
		if err != nil || !bytes.Equal(old, files[p]) {
			stale = append(stale, p)
		}
	}
	return stale
}
