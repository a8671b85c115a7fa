//go:build !unix

package main

import (
	"io/fs"
	"os"
)

// treeFS is the file system a run reads the repository through.
func treeFS(root string) fs.FS { return os.DirFS(root) }
