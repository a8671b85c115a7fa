//go:build unix

package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// treeFS is the file system a run reads the repository through. Unlike
// os.DirFS, it opens every file without following a final symbolic link
// and without blocking, so that a data file replaced by a link or a named
// pipe between listing and opening is refused (readDataFile checks the
// opened file's type) rather than followed or waited on.
func treeFS(root string) fs.FS { return noFollowFS(root) }

type noFollowFS string

func (root noFollowFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	f, err := os.OpenFile(filepath.Join(string(root), filepath.FromSlash(name)), os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	return f, nil
}
