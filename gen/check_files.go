package main

import (
	"io"
	"io/fs"
)

// maxDataFile is the largest data file the generator reads, some twenty
// times the longest UN report. It reads no further, so that a file that
// never ends cannot exhaust memory.
const maxDataFile = 4 << 20

// readDataFile reads the data file p, which ReadDir listed as e. It refuses
// anything but a regular file (a link, a pipe, a device) before opening it,
// and again once opened (treeFS), and reads at most maxDataFile bytes.
func readDataFile(fsys fs.FS, p string, e fs.DirEntry) ([]byte, error) {
	if t := e.Type(); t != 0 {
		return nil, errorf(p, 0, "not a regular file (%s): data files are plain files inside data/, not links, pipes or devices", fileKind(t))
	}
	f, err := fsys.Open(p)
	if err != nil {
		return nil, errorf(p, 0, "cannot open: %v", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, errorf(p, 0, "cannot stat: %v", err)
	}
	if !info.Mode().IsRegular() {
		return nil, errorf(p, 0, "not a regular file (%s): data files are plain files inside data/, not links, pipes or devices", fileKind(info.Mode().Type()))
	}
	if info.Size() > maxDataFile {
		return nil, errorf(p, 0, "the file has %d bytes, more than the %d (4 MiB) a data file may have", info.Size(), maxDataFile)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxDataFile+1))
	if err != nil {
		return nil, errorf(p, 0, "cannot read: %v", err)
	}
	if len(data) > maxDataFile {
		return nil, errorf(p, 0, "the file has more than the %d bytes (4 MiB) a data file may have", maxDataFile)
	}
	return data, nil
}

func fileKind(t fs.FileMode) string {
	switch {
	case t&fs.ModeSymlink != 0:
		return "a symbolic link"
	case t.IsDir():
		return "a directory"
	case t&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case t&fs.ModeSocket != 0:
		return "a socket"
	case t&fs.ModeDevice != 0:
		return "a device"
	}
	return "type " + t.String()
}
