//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestTreeFSDoesNotFollowOrBlock checks that a file that became a link or
// a pipe after data/ was listed is refused at once.
func TestTreeFSDoesNotFollowOrBlock(t *testing.T) {
	root := t.TempDir()
	os.Mkdir(filepath.Join(root, "data"), 0o755)
	os.WriteFile(filepath.Join(root, "data", "A2020.txt"), []byte("x\n"), 0o644)
	entries, err := os.ReadDir(filepath.Join(root, "data"))
	if err != nil {
		t.Fatal(err)
	}
	entry := entries[0] // listed as a regular file
	fsys := treeFS(root)

	// Now a named pipe with no writer: opening it blocking would hang.
	os.Remove(filepath.Join(root, "data", "A2020.txt"))
	if err := mkfifo(filepath.Join(root, "data", "A2020.txt")); err != nil {
		t.Skip("cannot make a named pipe:", err)
	}
	done := make(chan error, 1)
	go func() { _, err := readDataFile(fsys, "data/A2020.txt", entry); done <- err }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "not a regular file (a named pipe)") {
			t.Errorf("a pipe: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("reading a named pipe blocked")
	}

	// Now a link to a file outside data/.
	os.Remove(filepath.Join(root, "data", "A2020.txt"))
	outside := filepath.Join(t.TempDir(), "secret.txt")
	os.WriteFile(outside, []byte("secret\n"), 0o644)
	os.Symlink(outside, filepath.Join(root, "data", "A2020.txt"))
	if data, err := readDataFile(fsys, "data/A2020.txt", entry); err == nil {
		t.Errorf("a link was followed: read %q", data)
	}

	// The real corpus reads through it as through os.DirFS.
	sameOutput(t, treeFS(".."), os.DirFS(".."), "when read through treeFS")
}
