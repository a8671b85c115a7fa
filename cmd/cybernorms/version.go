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

var versionCmd = &command{
	name:  "version",
	args:  "[-json]",
	short: "print the module version, the corpus digest and the export's schema version",
	long: `Print the module version (from the build information), the corpus
digest and the version of the export's schema. The corpus digest is the
SHA-256 of the IDs, languages, titles, labels and texts of every document,
paragraph and norm, in order (see the package documentation), so two
builds with the same digest hold the same texts.

  version -json  {"module", "version", "corpus_digest", "schema_version", "go"}
`,
	details: `The module version is a release such as v1.2.0, or "(devel)" and the VCS
revision when built from a checkout. The corpus digest is "sha256:" and
the hex SHA-256 of a sequence of strings, each written as its length in
bytes in decimal, a colon and its bytes. First come the documents, in ID
order, each language version in turn: its ID, language and title, then
each paragraph's label and text. Then come the norms, in the order of
norms.All, each language version in turn: its ID, language and text.
`,
	flags: jsonFlag,
	run:   runVersion,
}

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
// as versionCmd.details defines it.
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

// runVersion prints the module version, the corpus digest and the
// export's schema version.
func runVersion(c *cmdEnv) int {
	if code := c.noArgs("takes only -json"); code != exitOK {
		return code
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
