//go:build unix

package main

import (
	"fmt"
	"io"
	"os"
	"syscall"
	"time"
)

// lockTree takes the generator's lock on the repository root, waiting for
// another run to release it, so that two runs never interleave. The lock is
// flock(2) on the root directory itself: it needs no lock file, and the
// kernel releases it when the process ends, however it ends, so that a
// killed run leaves no stale lock.
func lockTree(root string, stderr io.Writer) (unlock func(), err error) {
	d, err := os.Open(root)
	if err != nil {
		return nil, err
	}
	fd := int(d.Fd())
	if err := flock(fd, syscall.LOCK_EX|syscall.LOCK_NB); err == syscall.EWOULDBLOCK {
		fmt.Fprintf(stderr, "gen: waiting for another run of the generator in %s to finish\n", root)
		start := time.Now()
		err = flock(fd, syscall.LOCK_EX)
		if err == nil && time.Since(start) > time.Second {
			fmt.Fprintf(stderr, "gen: waited %v\n", time.Since(start).Round(time.Millisecond))
		}
	}
	if err != nil {
		d.Close()
		return nil, fmt.Errorf("locking %s: %w", root, err)
	}
	return func() {
		flock(fd, syscall.LOCK_UN)
		d.Close()
	}, nil
}

// flock calls flock(2), retrying when a signal interrupts it.
func flock(fd, how int) error {
	for {
		err := syscall.Flock(fd, how)
		if err != syscall.EINTR {
			return err
		}
	}
}
