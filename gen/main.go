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
//	-check      write nothing; exit 1 if the committed files are stale
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
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
	files, err := Generate(os.DirFS(root))
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
	for _, p := range sortedPaths(files) {
		old, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(p)))
		if err != nil || !bytes.Equal(old, files[p]) {
			stale = append(stale, p)
		}
	}
	return stale
}

// writeFiles replaces the files that changed. It first writes every new
// content to a temporary file beside its target and only then renames them
// into place, so that a failure leaves the old files as they were.
func writeFiles(root string, files map[string][]byte) (written []string, err error) {
	type pending struct{ tmp, dst string }
	var todo []pending
	defer func() {
		if err != nil {
			for _, p := range todo {
				os.Remove(p.tmp)
			}
		}
	}()
	for _, p := range sortedPaths(files) {
		dst := filepath.Join(root, filepath.FromSlash(p))
		if old, err := os.ReadFile(dst); err == nil && bytes.Equal(old, files[p]) {
			continue
		} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return nil, err
		}
		tmp, err := os.CreateTemp(filepath.Dir(dst), ".gen-*.tmp")
		if err != nil {
			return nil, err
		}
		todo = append(todo, pending{tmp.Name(), dst})
		if _, err := tmp.Write(files[p]); err != nil {
			tmp.Close()
			return nil, err
		}
		if err := tmp.Close(); err != nil {
			return nil, err
		}
		if err := os.Chmod(tmp.Name(), 0o644); err != nil {
			return nil, err
		}
	}
	for i, p := range todo {
		if err := os.Rename(p.tmp, p.dst); err != nil {
			todo = todo[i:]
			return written, err
		}
		written = append(written, p.dst)
	}
	return written, nil
}
