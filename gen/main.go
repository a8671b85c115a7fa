// Command gen compiles the source texts in data/ into Go packages: norms,
// declarations and internal/cite. Run it from the repository root as
// "go generate ./...", which runs "go run ./gen" (see doc.go).
//
// # The pipeline
//
// [Generate] takes the data files through four steps, each a function tested
// on its own, in the files named for it:
//
//  1. Parse (parse.go): split a file into header entries and a body.
//  2. Build (build.go): check the header against the schema (header.go);
//     derive the paragraphs, list items and links (derive.go, partial.go).
//  3. Validate (validate.go, validate_versions.go): check what spans
//     documents, and prove that every text is the data file's. Then check
//     the themes (themes.go) and find the wording documents share
//     (shared.go).
//  4. Emit (emit.go, emit_cite.go): write the Go code of the packages,
//     data only. The tables of partial lists, themes, shared wording and
//     the grammar's words are written beside their checks.
//
// model.go holds the document the steps share, errors.go their errors. Each
// error names a data file and line.
//
// # The checks
//
// Between the steps, checks refuse bad data, each in a file named for what
// it checks (check_*.go); data/README.md lists the rules ("What the
// generator refuses"). A generated file that is not valid Go is an internal
// error, which names data files and never quotes the code.
//
// # Writing
//
// Generate writes nothing, and on any error it returns no files. The command
// then replaces each changed file by renaming a temporary file beside it, so
// each file is whole, old or new. A run killed between two renames leaves
// files that the freshness check ("gen -check", TestFresh) reports stale,
// and that the next run rewrites.
//
// Flags:
//
//	-root dir   the repository root (default ".")
//	-check      write nothing; exit 1 if a generated file is stale
//	-v          report what was written and how long it took
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
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

// writeFiles writes each file that differs from the one under root. It
// writes a temporary file beside the target and renames it into place, so
// that no reader sees a file half written. It first removes the temporary
// files a killed run left, and returns the files it wrote.
func writeFiles(root string, files map[string][]byte) ([]string, error) {
	var written []string
	for _, p := range mapKeys(files) {
		dst := filepath.Join(root, filepath.FromSlash(p))
		for _, tmp := range leftovers(dst) {
			if err := os.Remove(tmp); err != nil {
				return written, err
			}
		}
		if old, err := os.ReadFile(dst); err == nil && bytes.Equal(old, files[p]) {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return written, err
		}
		f, err := os.CreateTemp(filepath.Dir(dst), "."+filepath.Base(dst)+".*")
		if err != nil {
			return written, err
		}
		_, err = f.Write(files[p])
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Chmod(f.Name(), 0o644)
		}
		if err == nil {
			err = os.Rename(f.Name(), dst)
		}
		if err != nil {
			os.Remove(f.Name())
			return written, err
		}
		written = append(written, dst)
	}
	return written, nil
}

// leftovers returns the temporary files beside the generated file p, which
// only a killed run leaves. Their names begin with a dot, so the go command
// ignores them.
func leftovers(p string) []string {
	dir, prefix := filepath.Dir(p), "."+filepath.Base(p)+"."
	entries, _ := os.ReadDir(dir)
	var out []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), prefix) {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	return out
}

// staleFiles is the freshness check: it lists, relative to root, the
// generated files whose content differs from files, and the temporary files
// a killed run left. A run killed while writing leaves at least one of
// either, so the check finds it.
func staleFiles(root string, files map[string][]byte) []string {
	var stale []string
	for _, p := range mapKeys(files) {
		dst := filepath.Join(root, filepath.FromSlash(p))
		if old, err := os.ReadFile(dst); err != nil || !bytes.Equal(old, files[p]) {
			stale = append(stale, p)
		}
		for _, tmp := range leftovers(dst) {
			rel, _ := filepath.Rel(root, tmp)
			stale = append(stale, filepath.ToSlash(rel))
		}
	}
	return stale
}
