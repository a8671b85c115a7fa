// Package benchkit holds what the measuring programs of the tooling module
// (cmd/benchreport and cmd/scalebench) share: finding the repository, the
// environment of the go commands they run, and the size of a binary as it
// is loaded.
package benchkit

import (
	"bytes"
	"debug/elf"
	"errors"
	"os"
	"path/filepath"
	"strings"
)

// ModulePath is the runtime module's path.
const ModulePath = "github.com/cybernorms/cybernorms"

// FindRoot returns dir, or, if dir is empty, the nearest directory at or
// above the working directory whose go.mod declares the runtime module.
func FindRoot(dir string) (string, error) {
	if dir != "" {
		return filepath.Abs(dir)
	}
	d, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil && bytes.HasPrefix(b, []byte("module "+ModulePath+"\n")) {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", errors.New("no repository root found above the working directory; pass -root")
		}
		d = parent
	}
}

// CleanEnv is the environment without GODEBUG, GOWORK and GOFLAGS, which
// would change what the go commands run by the measuring programs build (a
// GODEBUG would even be replayed from the build cache).
func CleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if k != "GODEBUG" && k != "GOWORK" && k != "GOFLAGS" {
			env = append(env, kv)
		}
	}
	return env
}

// LoadedSize returns the sum of the sizes of the ELF sections of the named
// binary that are loaded into memory and stored in the file (SHF_ALLOC, not
// SHT_NOBITS): code, read-only data, data, pclntab; no symbol table, no
// DWARF, no page alignment.
func LoadedSize(name string) (int64, error) {
	f, err := elf.Open(name)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	var n int64
	for _, s := range f.Sections {
		if s.Flags&elf.SHF_ALLOC != 0 && s.Type != elf.SHT_NOBITS {
			n += int64(s.Size)
		}
	}
	return n, nil
}
