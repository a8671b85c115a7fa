//go:build !unix

package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// lockFile is the lock of systems without flock(2): a file created with
// O_EXCL in the repository root, holding the process ID.
const lockFile = ".gen.lock"

// staleLock is the age after which a lock file is taken to be left by a run
// that died: a run takes seconds.
const staleLock = 2 * time.Minute

// lockTree takes the generator's lock on the repository root, waiting for
// another run to release it, so that two runs never interleave. A lock file
// older than staleLock is removed as stale.
func lockTree(root string, stderr io.Writer) (unlock func(), err error) {
	p := filepath.Join(root, lockFile)
	waited := false
	for {
		f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err == nil {
			fmt.Fprintf(f, "%d\n", os.Getpid())
			f.Close()
			return func() { os.Remove(p) }, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, fmt.Errorf("locking %s: %w", root, err)
		}
		if info, err := os.Stat(p); err == nil && time.Since(info.ModTime()) > staleLock {
			fmt.Fprintf(stderr, "gen: removing the stale lock %s\n", p)
			os.Remove(p)
			continue
		}
		if !waited {
			fmt.Fprintf(stderr, "gen: waiting for another run of the generator in %s to finish (or remove %s)\n", root, p)
			waited = true
		}
		time.Sleep(100 * time.Millisecond)
	}
}
