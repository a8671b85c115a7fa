package main

import (
	"archive/zip"
	"encoding/json"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestUserExample(t *testing.T) {
	const code = "package main\n\nfunc main() {}\n"
	for _, tt := range []struct {
		name, readme string
		want         string // the code, or the start of the error
		line         int
	}{
		{"found", "# x\n\n" + exampleMarker + "\n```go\n" + code + "```\n", code, 5},
		{"blank lines between", exampleMarker + "\n\n\n```go\n" + code + "```\n\n```go\nother\n```\n", code, 5},
		{"CRLF", strings.ReplaceAll(exampleMarker+"\n```go\n"+code+"```\n", "\n", "\r\n"), code, 3},
		{"no marker", "```go\n" + code + "```\n", "README: no line", 0},
		{"two markers", exampleMarker + "\n```go\n" + code + "```\n" + exampleMarker + "\n```go\n" + code + "```\n", "README: \"<!-- example: user -->\" on lines 1 and 7", 0},
		{"text between", exampleMarker + "\nsome words\n```go\n" + code + "```\n", "README:1: \"<!-- example: user -->\" is not followed by a ```go code block", 0},
		{"not go", exampleMarker + "\n```\ngo get x\n```\n", "README:1: \"<!-- example: user -->\" is not followed", 0},
		{"not closed", exampleMarker + "\n```go\n" + code, "README:2: the code block after", 0},
	} {
		got, line, err := userExample(tt.readme)
		if err != nil {
			if tt.line != 0 || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("%s: error %q, want %q", tt.name, err, tt.want)
			}
			continue
		}
		if tt.line == 0 {
			t.Errorf("%s: no error, want %q", tt.name, tt.want)
		} else if got != tt.want || line != tt.line {
			t.Errorf("%s: got line %d %q, want line %d %q", tt.name, line, got, tt.line, tt.want)
		}
	}
}

// TestREADMEExample checks, without building it, that the repository's
// README marks a user example that is a main package: the proxy check in
// .ci/run builds and runs it as a user would.
func TestREADMEExample(t *testing.T) {
	readme, err := os.ReadFile("../../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	code, line, err := userExample(string(readme))
	if err != nil {
		t.Fatal(err)
	}
	f, err := parser.ParseFile(token.NewFileSet(), "README.md", code, parser.ImportsOnly)
	if err != nil {
		t.Fatalf("the user example at README.md:%d: %v", line, err)
	}
	if f.Name.Name != "main" {
		t.Errorf("the user example at README.md:%d is package %s, want main", line, f.Name.Name)
	}
}

func TestPublish(t *testing.T) {
	repo := t.TempDir()
	sub := filepath.Join(repo, "sub")
	write := func(name, content string) {
		t.Helper()
		name = filepath.Join(repo, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(name), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	write("LICENSE", "the license\n")
	write("go.mod", "module example.com/Repo\n\ngo 1.23\n")
	write(".git", "gitdir: /somewhere/else\n")
	write("a.go", "package repo\n")
	write("p/p.go", "package p\n")
	write("p/testdata/fuzz/FuzzX/1", "go test fuzz v1\n")
	write("sub/go.mod", "module example.com/Repo/sub\n\ngo 1.23\n")
	write("sub/s.go", "package sub\n")

	proxy := filepath.Join(t.TempDir(), "proxy")
	root, err := publish(proxy, repo, "v0.1.0", repo)
	if err != nil {
		t.Fatal(err)
	}
	s, err := publish(proxy, sub, "v0.1.0", repo)
	if err != nil {
		t.Fatal(err)
	}
	names := func(p *published) []string {
		var n []string
		for _, f := range p.Files {
			n = append(n, f.Name)
		}
		return n
	}
	// No .git file, no nested module; the subdirectory module gets the
	// repository's LICENSE.
	if got, want := names(root), []string{"LICENSE", "a.go", "go.mod", "p/p.go", "p/testdata/fuzz/FuzzX/1"}; !slices.Equal(got, want) {
		t.Errorf("root zip holds %q, want %q", got, want)
	}
	if got, want := names(s), []string{"LICENSE", "go.mod", "s.go"}; !slices.Equal(got, want) {
		t.Errorf("sub zip holds %q, want %q", got, want)
	}
	if !strings.HasPrefix(root.Sum, "h1:") || !strings.HasPrefix(root.ModSum, "h1:") || root.Sum == s.Sum {
		t.Errorf("hashes: root %s %s, sub %s", root.Sum, root.ModSum, s.Sum)
	}
	if !strings.Contains(root.summary(), "example.com/Repo@v0.1.0: 5 files") {
		t.Errorf("summary:\n%s", root.summary())
	}

	// The proxy protocol's layout, with the module path case-encoded.
	for _, mod := range []string{"example.com/!repo", "example.com/!repo/sub"} {
		dir := filepath.Join(proxy, filepath.FromSlash(mod), "@v")
		list, err := os.ReadFile(filepath.Join(dir, "list"))
		if err != nil || string(list) != "v0.1.0\n" {
			t.Errorf("%s/list = %q, %v", mod, list, err)
		}
		var info struct{ Version string }
		data, err := os.ReadFile(filepath.Join(dir, "v0.1.0.info"))
		if err != nil || json.Unmarshal(data, &info) != nil || info.Version != "v0.1.0" {
			t.Errorf("%s/v0.1.0.info = %s, %v", mod, data, err)
		}
		if _, err := os.Stat(filepath.Join(dir, "v0.1.0.mod")); err != nil {
			t.Error(err)
		}
		zr, err := zip.OpenReader(filepath.Join(dir, "v0.1.0.zip"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range zr.File {
			if !strings.HasPrefix(f.Name, strings.ReplaceAll(mod, "!r", "R")+"@v0.1.0/") {
				t.Errorf("%s: zip entry %s", mod, f.Name)
			}
		}
		zr.Close()
	}
}

func TestInstallLines(t *testing.T) {
	readme := "# x\n\n```\ngo get github.com/cybernorms/cybernorms@latest      # the packages\n" +
		"go run github.com/cybernorms/cybernorms/cmd/cybernorms@latest show x\n" +
		"go install github.com/cybernorms/cybernorms/cmd/cybernorms@latest # the command\n```\n\n" +
		"Text: go install github.com/cybernorms/cybernorms/tools/cmd/normvet@v9 is not in a block.\n\n" +
		"```\ngo install github.com/cybernorms/cybernorms/tools/cmd/normvet@latest\n" +
		"go get github.com/cybernorms/cybernorms@latest\ngo install example.com/other@latest\n```\n"
	want := []string{
		"go get github.com/cybernorms/cybernorms@latest",
		"go install github.com/cybernorms/cybernorms/cmd/cybernorms@latest",
		"go install github.com/cybernorms/cybernorms/tools/cmd/normvet@latest",
	}
	if got := installLines(readme); !slices.Equal(got, want) {
		t.Errorf("installLines = %q, want %q", got, want)
	}
	// The repository's README: the lines proxycheck runs in .ci/run.
	data, err := os.ReadFile("../../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	got := installLines(string(data))
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("the README's install lines %q lack %q", got, w)
		}
	}
}
