package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Where export writes, with -o. Nothing is written through a symbolic link,
// nothing that export did not write is replaced or removed, and a reader
// never sees half an export:
//
//   - -o FILE (a format written as one file, by [cmdEnv.write]): the data
//     goes to a new file beside FILE, which is then renamed to FILE,
//     replacing it. export refuses a FILE that is a symbolic link, or that
//     is not a regular file (a directory, a device): to write to the
//     standard output, leave out -o.
//   - -o DIR (the web edition, -format html): the pages go to a new
//     directory beside DIR, which then takes DIR's place. DIR may be
//     absent, an empty directory, or an earlier export: a directory that
//     holds the marker file .cybernorms-export (see exportMarker) and
//     nothing but the regular files that the marker lists. export refuses
//     any other DIR (a directory of other files, one that holds a symbolic
//     link or a subdirectory, a symbolic link, a file), and replaces an
//     earlier export whole, so that no page of it that the new one lacks
//     is left.
//
// A refused destination is an output that cannot be written: export exits
// with status 1 and says why, and writes nothing.

// exportMarker is the file that marks a directory as written by export
// -format html. Its first line is markerHeader; each further line names a
// file the export wrote: index.html and the pages (not the marker).
const exportMarker = ".cybernorms-export"

// markerHeader is the first line of exportMarker.
const markerHeader = "cybernorms export -format html: this directory is replaced whole by the next export to it; the files it wrote:"

// maxMarker is the longest marker file read: far more than the corpus's
// pages take.
const maxMarker = 1 << 20

// writeFileAt writes data to the file path names, for -o FILE: to a new file
// in the same directory, renamed over path, so that a symbolic link
// planted at path between the check and the write is replaced, not
// followed.
func writeFileAt(path string, data []byte) error {
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return err
	case fi.Mode()&fs.ModeSymlink != 0:
		return fmt.Errorf("%s is a symbolic link: export writes through none (give the path of the file it points to)", quote(path))
	case !fi.Mode().IsRegular():
		return fmt.Errorf("%s is not a regular file: export writes only to a file it may replace (leave out -o to write to the standard output)", quote(path))
	}
	f, tmp, err := createNew(filepath.Dir(path), "."+filepath.Base(path)+".tmp-")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// createNew creates a new file in dir, its name prefix and a random suffix,
// with the permissions the umask gives (os.CreateTemp gives 0600). It never
// opens an existing file or follows a link (O_EXCL).
func createNew(dir, prefix string) (*os.File, string, error) {
	for range 100 {
		name := filepath.Join(dir, prefix+strconv.FormatUint(rand.Uint64(), 36))
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, name, err
	}
	return nil, "", fmt.Errorf("cannot create a new file in %s", quote(dir))
}

// mkdirNew creates a new directory in dir, its name prefix and a random
// suffix, with the permissions the umask gives.
func mkdirNew(dir, prefix string) (string, error) {
	for range 100 {
		name := filepath.Join(dir, prefix+strconv.FormatUint(rand.Uint64(), 36))
		err := os.Mkdir(name, 0o777)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return name, err
	}
	return "", fmt.Errorf("cannot create a new directory in %s", quote(dir))
}

// A destKind is what the directory of an HTML export is before it.
type destKind int

const (
	destAbsent  destKind = iota // nothing by that name
	destEmpty                   // an empty directory
	destEarlier                 // an earlier export, which is replaced
)

// checkDest says what dir, an absolute path, is, or why export refuses to
// write there.
func checkDest(dir string) (destKind, error) {
	fi, err := os.Lstat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return destAbsent, nil
	case err != nil:
		return 0, err
	case fi.Mode()&fs.ModeSymlink != 0:
		return 0, fmt.Errorf("%s is a symbolic link: export writes through none (give the path of the directory it points to)", quote(dir))
	case !fi.IsDir():
		return 0, fmt.Errorf("%s is not a directory", quote(dir))
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0, err
	}
	if len(entries) == 0 {
		return destEmpty, nil
	}
	refuse := func(why string) error {
		return fmt.Errorf("%s is not an earlier export of cybernorms: %s; export writes only to a new or empty directory or replaces an earlier export (choose another directory, or empty this one)", quote(dir), why)
	}
	i := slices.IndexFunc(entries, func(e fs.DirEntry) bool { return e.Name() == exportMarker })
	if i < 0 {
		return 0, refuse("it holds files and no " + exportMarker + " file")
	}
	if !entries[i].Type().IsRegular() {
		return 0, refuse(exportMarker + " is not a regular file")
	}
	listed, err := readMarker(filepath.Join(dir, exportMarker))
	if err != nil {
		return 0, refuse(err.Error())
	}
	for _, e := range entries {
		name := e.Name()
		switch {
		case name == exportMarker:
		case e.Type()&fs.ModeSymlink != 0:
			return 0, refuse(quote(name) + " is a symbolic link")
		case !e.Type().IsRegular():
			return 0, refuse(quote(name) + " is not a regular file")
		case !slices.Contains(listed, name):
			return 0, refuse(quote(name) + " is not a file it wrote")
		}
	}
	return destEarlier, nil
}

// readMarker returns the names of the files the marker file at path lists.
func readMarker(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxMarker+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxMarker {
		return nil, errors.New(exportMarker + " is larger than any export writes")
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, maxMarker)
	if !sc.Scan() || sc.Text() != markerHeader {
		return nil, errors.New(exportMarker + " does not begin as export writes it")
	}
	var names []string
	for sc.Scan() {
		name := sc.Text()
		if name == "" || name == "." || name == ".." || strings.ContainsAny(name, `/\`) {
			return nil, errors.New(exportMarker + " names " + quote(name) + ", which is no file of an export")
		}
		names = append(names, name)
	}
	return names, sc.Err()
}

// markerFile returns the content of the marker file of an export of files.
func markerFile(files []string) []byte {
	var b bytes.Buffer
	b.WriteString(markerHeader + "\n")
	for _, name := range files {
		b.WriteString(name + "\n")
	}
	return b.Bytes()
}

// replaceDir writes files (name to content) as the directory dir, as the
// HTML export does: into a new directory beside dir, with the marker file,
// which then takes dir's place (see checkDest for the dir it refuses). It
// leaves nothing behind when it fails.
func replaceDir(dir string, files map[string][]byte) (err error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	parent := filepath.Dir(abs)
	if parent == abs {
		return fmt.Errorf("%s is the root directory: export replaces its directory whole", quote(dir))
	}
	kind, err := checkDest(abs)
	if err != nil {
		return err
	}
	base := filepath.Base(abs)
	tmp, err := mkdirNew(parent, "."+base+".tmp-")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if err := writeNew(filepath.Join(tmp, name), files[name]); err != nil {
			return err
		}
	}
	if err := writeNew(filepath.Join(tmp, exportMarker), markerFile(names)); err != nil {
		return err
	}
	switch kind {
	case destAbsent:
		return os.Rename(tmp, abs)
	case destEmpty:
		// POSIX renames over an empty directory; elsewhere, remove it
		// first (Remove fails if it is no longer empty).
		if os.Rename(tmp, abs) == nil {
			return nil
		}
		if err := os.Remove(abs); err != nil {
			return err
		}
		return os.Rename(tmp, abs)
	}
	// An earlier export: moved aside into a new directory, the new one put
	// in its place, the earlier one removed (RemoveAll follows no link).
	aside, err := mkdirNew(parent, "."+base+".old-")
	if err != nil {
		return err
	}
	old := filepath.Join(aside, base)
	if err := os.Rename(abs, old); err != nil {
		os.Remove(aside)
		return err
	}
	if err := os.Rename(tmp, abs); err != nil {
		os.Rename(old, abs)
		os.Remove(aside)
		return err
	}
	return os.RemoveAll(aside)
}

// writeNew writes data to a new file at path: it never opens an existing
// file or follows a link there.
func writeNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
