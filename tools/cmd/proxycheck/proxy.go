package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/mod/sumdb/dirhash"
	modzip "golang.org/x/mod/zip"
)

// A published module: what the proxy serves for one module at one version.
type published struct {
	Path    string // module path
	Version string
	Zip     string // the .zip file in the proxy directory
	Size    int64  // its size in bytes
	Files   []zipEntry
	Sum     string // the h1: hash of the zip, as go.sum and build info record it
	ModSum  string // the h1: hash of its go.mod
}

// A zipEntry is one file of a module zip, its name relative to the module
// root and its uncompressed size.
type zipEntry struct {
	Name string
	Size int64
}

// publish lays out the module whose root is dir at version as a file-based
// GOPROXY under proxyDir: $module/@v/list, $version.info, $version.mod and
// $version.zip, with the module path case-encoded as the proxy protocol
// requires.
//
// The zip holds the files of dir that the go command puts into a module zip
// (golang.org/x/mod/zip.CreateFromDir: no subdirectory holding a go.mod, no
// .git, no vendor directories). A module in a subdirectory of the repository
// that has no LICENSE of its own gets the repository's (licenseDir), as the
// go command and the module proxy do when they zip a tagged subdirectory
// from version control.
func publish(proxyDir, dir, version, licenseDir string) (*published, error) {
	gomod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return nil, err
	}
	modPath := modfile.ModulePath(gomod)
	if modPath == "" {
		return nil, fmt.Errorf("%s: no module path in go.mod", dir)
	}
	m := module.Version{Path: modPath, Version: version}
	if err := module.Check(m.Path, m.Version); err != nil {
		return nil, err
	}
	esc, err := module.EscapePath(m.Path)
	if err != nil {
		return nil, err
	}
	vdir := filepath.Join(proxyDir, filepath.FromSlash(esc), "@v")
	if err := os.MkdirAll(vdir, 0o777); err != nil {
		return nil, err
	}

	data, err := zipModule(m, dir, licenseDir)
	if err != nil {
		return nil, err
	}
	zipFile := filepath.Join(vdir, version+".zip")
	if err := writeVersion(vdir, version, gomod, data); err != nil {
		return nil, err
	}
	// The zip must pass the checks the go command makes when it downloads one.
	if _, err := modzip.CheckZip(m, zipFile); err != nil {
		return nil, fmt.Errorf("%s: %w", zipFile, err)
	}
	files, err := zipContents(m, data)
	if err != nil {
		return nil, err
	}
	sum, err := dirhash.HashZip(zipFile, dirhash.Hash1)
	if err != nil {
		return nil, err
	}
	modSum, err := dirhash.Hash1([]string{"go.mod"}, func(string) (io.ReadCloser, error) {
		return io.NopCloser(bytes.NewReader(gomod)), nil
	})
	if err != nil {
		return nil, err
	}
	return &published{Path: m.Path, Version: version, Zip: zipFile, Size: int64(len(data)), Files: files, Sum: sum, ModSum: modSum}, nil
}

// zipModule returns the zip of module m from the files of dir, without the
// file .git (a git worktree has one, which CreateFromDir keeps and version
// control never holds), and with the LICENSE of licenseDir when dir has
// none (licenseDir "": none added).
func zipModule(m module.Version, dir, licenseDir string) ([]byte, error) {
	var raw bytes.Buffer
	if err := modzip.CreateFromDir(&raw, m, dir); err != nil {
		return nil, fmt.Errorf("zipping %s: %w", dir, err)
	}
	drop := map[string]bool{".git": true}
	var add []dataFile
	if licenseDir != "" {
		if _, err := os.Stat(filepath.Join(dir, "LICENSE")); errors.Is(err, fs.ErrNotExist) {
			license, err := os.ReadFile(filepath.Join(licenseDir, "LICENSE"))
			if err != nil {
				return nil, fmt.Errorf("no LICENSE in %s nor in %s: %w", dir, licenseDir, err)
			}
			add = append(add, dataFile{"LICENSE", license})
		}
	}
	return rewrite(m, raw.Bytes(), drop, add)
}

// writeVersion writes the files a proxy serves for one version into vdir,
// the module's @v directory: the list, the .info (the time is now), the
// .mod (gomod) and the .zip (data).
func writeVersion(vdir, version string, gomod, data []byte) error {
	info, err := json.Marshal(struct {
		Version string
		Time    time.Time
	}{version, time.Now().UTC().Truncate(time.Second)})
	if err != nil {
		return err
	}
	for name, content := range map[string][]byte{
		"list":            []byte(version + "\n"),
		version + ".info": info,
		version + ".mod":  gomod,
		version + ".zip":  data,
	} {
		if err := os.WriteFile(filepath.Join(vdir, name), content, 0o666); err != nil {
			return err
		}
	}
	return nil
}

// rewrite returns the module zip data without the files named in drop and
// with the files of add, or data itself when there is nothing to change.
func rewrite(m module.Version, data []byte, drop map[string]bool, add []dataFile) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	prefix := m.Path + "@" + m.Version + "/"
	var files []modzip.File
	changed := len(add) > 0
	for _, f := range zr.File {
		name := strings.TrimPrefix(f.Name, prefix)
		if drop[name] {
			changed = true
			continue
		}
		files = append(files, zipFile{name, f})
	}
	if !changed {
		return data, nil
	}
	for _, f := range add {
		files = append(files, f)
	}
	var out bytes.Buffer
	if err := modzip.Create(&out, m, files); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// zipContents lists the files of a module zip, sorted by name.
func zipContents(m module.Version, data []byte) ([]zipEntry, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	prefix := m.Path + "@" + m.Version + "/"
	var files []zipEntry
	for _, f := range zr.File {
		files = append(files, zipEntry{strings.TrimPrefix(f.Name, prefix), int64(f.UncompressedSize64)})
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	return files, nil
}

// summary groups the files of a zip by their first path element (a
// directory, or "." for the files at the root) with their count and bytes.
func (p *published) summary() string {
	type group struct {
		n     int
		bytes int64
	}
	groups := map[string]*group{}
	var names []string
	var total int64
	for _, f := range p.Files {
		top := "."
		if i := strings.IndexByte(f.Name, '/'); i >= 0 {
			top = f.Name[:i] + "/"
		}
		g := groups[top]
		if g == nil {
			g = &group{}
			groups[top] = g
			names = append(names, top)
		}
		g.n++
		g.bytes += f.Size
		total += f.Size
	}
	sort.Strings(names)
	var b strings.Builder
	fmt.Fprintf(&b, "%s@%s: %d files, %d bytes unzipped, %d bytes zipped\n", p.Path, p.Version, len(p.Files), total, p.Size)
	for _, name := range names {
		g := groups[name]
		if name == "." {
			var root []string
			for _, f := range p.Files {
				if !strings.Contains(f.Name, "/") {
					root = append(root, path.Base(f.Name))
				}
			}
			name = strings.Join(root, " ")
		}
		fmt.Fprintf(&b, "  %4d files %9d bytes  %s\n", g.n, g.bytes, name)
	}
	return b.String()
}

// zipFile is a file of an existing zip, as golang.org/x/mod/zip.File.
type zipFile struct {
	name string
	f    *zip.File
}

func (f zipFile) Path() string                 { return f.name }
func (f zipFile) Lstat() (os.FileInfo, error)  { return f.f.FileInfo(), nil }
func (f zipFile) Open() (io.ReadCloser, error) { return f.f.Open() }

// dataFile is a file held in memory, as golang.org/x/mod/zip.File.
type dataFile struct {
	name string
	data []byte
}

func (f dataFile) Path() string                 { return f.name }
func (f dataFile) Lstat() (os.FileInfo, error)  { return dataFileInfo{f}, nil }
func (f dataFile) Open() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(f.data)), nil }

type dataFileInfo struct{ f dataFile }

func (fi dataFileInfo) Name() string       { return path.Base(fi.f.name) }
func (fi dataFileInfo) Size() int64        { return int64(len(fi.f.data)) }
func (fi dataFileInfo) Mode() os.FileMode  { return 0o644 }
func (fi dataFileInfo) ModTime() time.Time { return time.Time{} }
func (fi dataFileInfo) IsDir() bool        { return false }
func (fi dataFileInfo) Sys() any           { return nil }
