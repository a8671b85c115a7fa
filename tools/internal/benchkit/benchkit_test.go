package benchkit

import (
	"os"
	"slices"
	"strings"
	"testing"
)

func TestFindRoot(t *testing.T) {
	root, err := FindRoot("")
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(root + "/go.mod")
	if err != nil || !strings.HasPrefix(string(b), "module "+ModulePath+"\n") {
		t.Errorf("FindRoot = %s, whose go.mod is not the runtime module's", root)
	}
}

func TestCleanEnv(t *testing.T) {
	t.Setenv("GODEBUG", "inittrace=1")
	t.Setenv("GOFLAGS", "-mod=mod")
	if env := CleanEnv(); slices.ContainsFunc(env, func(kv string) bool {
		return strings.HasPrefix(kv, "GODEBUG=") || strings.HasPrefix(kv, "GOFLAGS=")
	}) {
		t.Errorf("CleanEnv keeps GODEBUG or GOFLAGS")
	}
}

func TestLoadedSize(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	n, err := LoadedSize(exe)
	fi, _ := os.Stat(exe)
	if err != nil || n <= 0 || n > fi.Size() {
		t.Errorf("LoadedSize(test binary) = %d, %v; the file has %d bytes", n, err, fi.Size())
	}
	if _, err := LoadedSize("benchkit.go"); err == nil {
		t.Errorf("LoadedSize of a Go source file succeeds")
	}
}
