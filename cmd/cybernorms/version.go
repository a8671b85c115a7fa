package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"runtime"
	"runtime/debug"
	"strconv"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// modulePath is the path of the module the command belongs to.
const modulePath = "github.com/cybernorms/cybernorms"

// versionInfo is what version prints; its JSON form is version -json's.
type versionInfo struct {
	Module        string `json:"module"`
	Version       string `json:"version"`
	CorpusDigest  string `json:"corpus_digest"`
	SchemaVersion int    `json:"schema_version"`
	Go            string `json:"go"`
}

// readBuildInfo is debug.ReadBuildInfo, a variable for the tests.
var readBuildInfo = debug.ReadBuildInfo

// buildVersion returns the module's version as the build information gives
// it: the version of the main module when the command is built from it (by
// go install …@version), or of the dependency when another module builds it;
// "(devel)" otherwise, followed by the VCS revision when the build records
// one.
func buildVersion() versionInfo {
	v := versionInfo{Module: modulePath, Version: "(devel)", CorpusDigest: corpusDigest(), SchemaVersion: schemaVersion, Go: runtime.Version()}
	bi, ok := readBuildInfo()
	if !ok {
		return v
	}
	mod := &bi.Main
	if mod.Path != modulePath {
		mod = nil
		for _, d := range bi.Deps {
			if d.Path == modulePath {
				mod = d
				if d.Replace != nil {
					mod = d.Replace
				}
			}
		}
	}
	if mod != nil && mod.Version != "" {
		v.Version = mod.Version
	}
	if v.Version == "(devel)" {
		var rev, modified string
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				modified = s.Value
			}
		}
		if rev != "" {
			if len(rev) > 12 {
				rev = rev[:12]
			}
			v.Version += " " + rev
			if modified == "true" {
				v.Version += "+modified"
			}
		}
	}
	return v
}

// corpusDigest returns "sha256:" and the hex SHA-256 of the corpus's texts,
// as the package documentation defines it.
func corpusDigest() string {
	h := sha256.New()
	for d := range declarations.All() {
		for v := range d.Versions() {
			writeField(h, string(v.ID()))
			writeField(h, v.Lang())
			writeField(h, v.Title())
			for p := range v.Paragraphs() {
				writeField(h, p.Label())
				writeField(h, p.Text())
			}
		}
	}
	for n := range norms.All() {
		for v := range n.Versions() {
			writeField(h, string(v.ID()))
			writeField(h, v.Lang())
			writeField(h, v.Text())
		}
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// writeField writes s to h as its length in decimal, a colon and its bytes.
func writeField(h hash.Hash, s string) {
	h.Write([]byte(strconv.Itoa(len(s)) + ":"))
	h.Write([]byte(s))
}

func runVersion(c *cmdEnv) int {
	if len(c.args) > 0 {
		return c.usageError("unexpected argument %s: version takes only -json", quote(c.args[0]))
	}
	v := buildVersion()
	if c.json {
		c.writeJSON(v)
		return exitOK
	}
	fmt.Fprintf(&c.out, "cybernorms %s\nmodule:         %s %s\ncorpus digest:  %s\nexport schema:  %d\ngo:             %s\n",
		v.Version, v.Module, v.Version, v.CorpusDigest, v.SchemaVersion, v.Go)
	return exitOK
}
