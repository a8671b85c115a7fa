package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
)

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
