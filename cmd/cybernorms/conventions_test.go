package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// decodeJSON runs a command that must succeed and decodes its one JSON
// object.
func decodeJSON(t *testing.T, args ...string) map[string]any {
	t.Helper()
	code, out, errOut := runCmd(args...)
	if code != 0 || errOut != "" {
		t.Fatalf("%q: status %d, stderr %q", args, code, errOut)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	var v map[string]any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("%q: %v", args, err)
	}
	if dec.More() || !strings.HasSuffix(out, "}\n") {
		t.Fatalf("%q: not one JSON object and a newline", args)
	}
	return v
}

// keys returns the sorted keys of a JSON object.
func keys(v any) []string {
	m, _ := v.(map[string]any)
	var k []string
	for name := range m {
		k = append(k, name)
	}
	sort.Strings(k)
	return k
}

// checkKeys checks that a JSON object has exactly the keys want.
func checkKeys(t *testing.T, what string, v any, want ...string) {
	t.Helper()
	sort.Strings(want)
	if got := keys(v); !slices.Equal(got, want) {
		t.Errorf("%s: keys %q, want %q", what, got, want)
	}
}

// checkDef validates a JSON value against a definition of the export's
// schema, strictly.
func checkDef(t *testing.T, what, def string, val any) {
	t.Helper()
	v := newValidator(t)
	v.strict = true
	var errs []string
	v.value(v.defs[def].(map[string]any), val, what, &errs)
	for _, e := range errs {
		t.Error(e)
	}
}

// TestJSONShapes checks the shape of every -json output, as the package
// documentation gives it.
func TestJSONShapes(t *testing.T) {
	ref := func(what string, v any, typ, id string, extra ...string) {
		t.Helper()
		checkKeys(t, what, v, append([]string{"type", "id", "document", "citation"}, extra...)...)
		if m := v.(map[string]any); m["type"] != typ || m["id"] != id {
			t.Errorf("%s: type %v, id %v, want %s %s", what, m["type"], m["id"], typ, id)
		}
	}

	v := decodeJSON(t, "list", "-json")
	checkKeys(t, "list", v, "documents")
	docs := v["documents"].([]any)
	if len(docs) != count(declarations.All()) {
		t.Errorf("list -json: %d documents", len(docs))
	}
	lucca := slices.IndexFunc(docs, func(d any) bool { return d.(map[string]any)["id"] == "Lucca2017" })
	if lucca < 0 {
		t.Fatal("list -json: no document Lucca2017")
	}
	checkKeys(t, "list documents[Lucca2017]", docs[lucca], "id", "title", "kind", "lang", "date", "extent", "paragraphs", "norms", "editorial")
	if d := docs[lucca].(map[string]any); d["paragraphs"] != 34.0 || d["norms"] != 12.0 || d["date"] != "2017-04-11" {
		t.Errorf("list -json: the document Lucca2017 is %v", d)
	}

	v = decodeJSON(t, "list", "norms", "-json")
	checkKeys(t, "list norms", v, "norms")
	ns := v["norms"].([]any)
	if len(ns) != count(norms.All()) {
		t.Errorf("list norms -json: %d norms", len(ns))
	}
	i := slices.IndexFunc(ns, func(n any) bool { return n.(map[string]any)["id"] == "UNGGE2015/13f" })
	checkKeys(t, "list norms: UNGGE2015/13f", ns[i], "id", "document", "label", "kind", "lang", "citation", "editorial")

	v = decodeJSON(t, "show", "UN GGE 2015 13(f)", "-json")
	checkKeys(t, "show norm", v, "target", "norm", "taken_up_by", "editorial", "shared_wording")
	ref("show norm target", v["target"], "norm", "UNGGE2015/13f", "paragraph", "label", "anchor")
	checkDef(t, "show norm .norm", "norm", v["norm"])
	for i, b := range v["taken_up_by"].([]any) {
		checkDef(t, "show norm .taken_up_by", "backlink", b)
		if i == 0 && b.(map[string]any)["norm"] != "Lucca2017/6" {
			t.Errorf("show norm: taken_up_by[0] is %v", b)
		}
	}

	v = decodeJSON(t, "show", "Lucca2017", "-json")
	checkKeys(t, "show document", v, "target", "document")
	ref("show document target", v["target"], "document", "Lucca2017")
	checkDef(t, "show document .document", "document", v["document"])

	v = decodeJSON(t, "show", "-json", "Toronto 2018 chair's report, para. 7")
	checkKeys(t, "show paragraph", v, "target", "paragraph", "formal_citation", "links", "shared_wording")
	ref("show paragraph target", v["target"], "paragraph", "Toronto2018/7", "paragraph", "label", "anchor")
	checkDef(t, "show paragraph .paragraph", "paragraph", v["paragraph"])
	for _, l := range v["links"].([]any) {
		checkDef(t, "show paragraph .links", "link", l)
	}

	v = decodeJSON(t, "search", `"critical infrastructure"`, "protect", "-json")
	checkKeys(t, "search", v, "query", "hits")
	hits := v["hits"].([]any)
	if len(hits) < 2 {
		t.Fatalf("search -json: %d hits", len(hits))
	}
	h := hits[0].(map[string]any)
	checkKeys(t, "search hit", h, "target", "norm", "text", "matches", "snippet", "snippet_matches")
	ref("search hit target", h["target"], "paragraph", "Lucca2017/7", "paragraph", "label", "anchor")
	text := h["text"].(string)
	for _, m := range h["matches"].([]any) {
		r := m.([]any)
		if s := strings.ToLower(text[int(r[0].(float64)):int(r[1].(float64))]); s != "protect" && s != "critical infrastructure" {
			t.Errorf("search -json: match %v is %q", r, s)
		}
	}
	snippet := h["snippet"].(string)
	if strings.Contains(snippet, "**") || len(h["snippet_matches"].([]any)) == 0 {
		t.Errorf("search -json: snippet %q, matches %v", snippet, h["snippet_matches"])
	}

	v = decodeJSON(t, "cite", "-json", "-style", "formal", "Lucca Declaration, norm 6")
	checkKeys(t, "cite", v, "target", "style", "citation")
	ref("cite target", v["target"], "norm", "Lucca2017/6", "paragraph", "label", "anchor")
	if v["style"] != "formal" || !strings.HasSuffix(v["citation"].(string), "norm 6") {
		t.Errorf("cite -json: %v", v)
	}

	v = decodeJSON(t, "version", "-json")
	checkKeys(t, "version", v, "module", "version", "corpus_digest", "schema_version", "go")
	if v["corpus_digest"] != corpusDigest() || v["schema_version"] != 1.0 || v["module"] != modulePath {
		t.Errorf("version -json: %v", v)
	}

	// Nothing found: an empty list of hits, and status 1.
	code, out, _ := runCmd("search", "-json", "xylophone")
	if code != 1 || out != "{\n  \"query\": \"xylophone\",\n  \"hits\": []\n}\n" {
		t.Errorf("search -json xylophone: status %d, output %q", code, out)
	}
}

// TestCorpusDigest checks the digest's form and that it covers the texts.
func TestCorpusDigest(t *testing.T) {
	d := corpusDigest()
	if len(d) != len("sha256:")+64 || !strings.HasPrefix(d, "sha256:") || d != corpusDigest() {
		t.Errorf("corpusDigest() = %q", d)
	}
	code, out, _ := runCmd("version")
	if code != 0 || !strings.Contains(out, "corpus digest:  "+d+"\n") {
		t.Errorf("version: status %d, output:\n%s", code, out)
	}
}

// TestModuleVersion checks that the version is read from the build
// information, as the command built by "go install …@v1.2.3" would have it.
func TestModuleVersion(t *testing.T) {
	defer func(f func() (*debug.BuildInfo, bool)) { readBuildInfo = f }(readBuildInfo)
	readBuildInfo = func() (*debug.BuildInfo, bool) {
		return &debug.BuildInfo{Main: debug.Module{Path: modulePath, Version: "v1.2.3"}}, true
	}
	if v := buildVersion().Version; v != "v1.2.3" {
		t.Errorf("installed: version %q", v)
	}
	readBuildInfo = func() (*debug.BuildInfo, bool) {
		return &debug.BuildInfo{Main: debug.Module{Path: "example.com/tracker"}, Deps: []*debug.Module{{Path: modulePath, Version: "v1.4.0"}}}, true
	}
	if v := buildVersion().Version; v != "v1.4.0" {
		t.Errorf("dependency: version %q", v)
	}
	readBuildInfo = func() (*debug.BuildInfo, bool) {
		return &debug.BuildInfo{Main: debug.Module{Path: modulePath, Version: "(devel)"}, Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef"}, {Key: "vcs.modified", Value: "true"}}}, true
	}
	if v := buildVersion().Version; v != "(devel) 0123456789ab+modified" {
		t.Errorf("checkout: version %q", v)
	}
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestWriteErrors checks that every command reports a failed write with a
// non-zero status.
func TestWriteErrors(t *testing.T) {
	lines := [][]string{
		{"list"}, {"list", "norms", "-json"}, {"show", "UNGGE2015/13f"}, {"show", "-json", "Lucca2017"},
		{"search", "Budapest"}, {"search", "-json", "Budapest"}, {"cite", "UNGGE2015/13f"}, {"cite", "-json", "UNGGE2015/13f"},
		{"version"}, {"completion", "bash"}, {"help"}, {"show", "-help"},
	}
	// Every export that writes to the output: not the web edition, which
	// needs -o.
	for _, args := range exportArgs() {
		if code, _, _ := runCmd(args...); code == 0 {
			lines = append(lines, args)
		}
	}
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Logf("no /dev/full (%v): testing with a failing writer only", err)
	} else {
		defer full.Close()
	}
	for _, args := range lines {
		for _, w := range []io.Writer{failWriter{}, full} {
			if w == io.Writer(nil) || w == (*os.File)(nil) {
				continue
			}
			var errOut bytes.Buffer
			code := run(args, w, &errOut)
			if code == 0 || !strings.Contains(errOut.String(), "writing the output: ") {
				t.Errorf("%q to %T: status %d, stderr %q", args, w, code, errOut.String())
			}
		}
	}
}

// TestColor checks that search marks matches in bold only on a terminal
// and without NO_COLOR, and that no other output holds an escape.
func TestColor(t *testing.T) {
	defer func(f func(io.Writer) bool, g func(string) string) { isTerminal, getenv = f, g }(isTerminal, getenv)
	env := map[string]string{}
	getenv = func(k string) string { return env[k] }
	search := func() string {
		var out, errOut bytes.Buffer
		run([]string{"search", `"critical infrastructure"`, "protect"}, &out, &errOut)
		return out.String()
	}
	isTerminal = func(io.Writer) bool { return true }
	// (On a terminal the snippets are wrapped, their lines indented by two
	// spaces: joined again, they hold the marks.)
	if out := search(); !strings.Contains(strings.ReplaceAll(out, "\n  ", " "), "to \x1b[1mprotect\x1b[22m their \x1b[1mcritical infrastructure\x1b[22m") {
		t.Errorf("terminal: no bold matches:\n%q", out)
	}
	for _, e := range []map[string]string{{"NO_COLOR": "1"}, {"TERM": "dumb"}} {
		env = e
		if out := search(); strings.Contains(out, "\x1b") || strings.Contains(out, "**") {
			t.Errorf("terminal with %v: marks in\n%q", e, out)
		}
	}
	env = map[string]string{}
	isTerminal = func(io.Writer) bool { return false }
	if out := search(); strings.Contains(out, "\x1b") || strings.Contains(out, "**") || !strings.Contains(out, "protect their critical infrastructure") {
		t.Errorf("not a terminal: marks in\n%q", out)
	}

	// The real test of a terminal: a pipe is not one; /dev/null is a
	// character device, as a terminal is.
	isTerminal = defaultIsTerminal
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	code := run([]string{"search", "protect"}, w, io.Discard)
	w.Close()
	piped, _ := io.ReadAll(r)
	if code != 0 || bytes.Contains(piped, []byte("\x1b")) || len(piped) == 0 {
		t.Errorf("search to a pipe: status %d, escapes in %q", code, piped)
	}
	if null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0); err == nil {
		defer null.Close()
		if !useColor(null) {
			t.Errorf("%s, a character device, is not taken for a terminal", os.DevNull)
		}
		env["NO_COLOR"] = "1"
		if useColor(null) {
			t.Errorf("NO_COLOR is not honoured")
		}
	}
}

// TestBashCompletion checks that bash reads the completion script and that
// it completes commands, flags, their values and IDs.
func TestBashCompletion(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	_, script, _ := runCmd("completion", "bash")
	file := filepath.Join(t.TempDir(), "cybernorms.bash")
	if err := os.WriteFile(file, []byte(script), 0o666); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bash, "-n", file).CombinedOutput(); err != nil {
		t.Fatalf("bash -n: %v\n%s", err, out)
	}
	for _, tt := range []struct {
		line string // the words, the last the one being completed
		want string
	}{
		{"cybernorms s", "scan search show"},
		{"cybernorms c", "cite completion"},
		{"cybernorms list ", "documents norms"},
		{"cybernorms cite -st", "-style"},
		{"cybernorms cite -style f", "formal"},
		{"cybernorms cite UNGGE2015/13", "UNGGE2015/13a UNGGE2015/13b UNGGE2015/13c UNGGE2015/13d UNGGE2015/13e UNGGE2015/13f UNGGE2015/13g UNGGE2015/13h UNGGE2015/13i UNGGE2015/13j UNGGE2015/13k"},
		{"cybernorms show Lucca2017C", "Lucca2017Communique"},
		{"cybernorms export -format c", "csl csv"},
		{"cybernorms completion ", "bash fish zsh"},
	} {
		words := strings.Split(tt.line, " ")
		prog := `source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _cybernorms; printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '`
		out, err := exec.Command(bash, append([]string{"-c", prog, "bash", file}, words...)...).CombinedOutput()
		if got := strings.TrimSpace(string(out)); err != nil || got != tt.want {
			t.Errorf("completing %q: %q (%v), want %q", tt.line, got, err, tt.want)
		}
	}
	out, err := exec.Command(bash, "-c", `source "$1" && complete -p cybernorms`, "bash", file).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "-F _cybernorms cybernorms") {
		t.Errorf("complete -p cybernorms: %q, %v", out, err)
	}
}

// TestOtherCompletions checks that zsh and fish read their scripts, where
// they are installed.
func TestOtherCompletions(t *testing.T) {
	for _, sh := range []struct{ name, flag string }{{"zsh", "-n"}, {"fish", "--no-execute"}} {
		_, script, _ := runCmd("completion", sh.name)
		if !strings.Contains(script, "cybernorms") {
			t.Errorf("completion %s: %q", sh.name, script)
		}
		path, err := exec.LookPath(sh.name)
		if err != nil {
			t.Logf("no %s: its script is not checked", sh.name)
			continue
		}
		file := filepath.Join(t.TempDir(), "cybernorms."+sh.name)
		os.WriteFile(file, []byte(script), 0o666)
		if out, err := exec.Command(path, sh.flag, file).CombinedOutput(); err != nil {
			t.Errorf("%s %s: %v\n%s", sh.name, sh.flag, err, out)
			continue
		}
		switch sh.name {
		case "zsh":
			// Loaded after compinit, the script registers its function.
			prog := `autoload -U compinit; compinit -u -d "$2"; source "$1"; print ${_comps[cybernorms]}`
			out, err := exec.Command(path, "-c", prog, "zsh", file, filepath.Join(t.TempDir(), "zcompdump")).CombinedOutput()
			if err != nil || strings.TrimSpace(string(out)) != "_cybernorms" {
				t.Errorf("zsh: the script does not register _cybernorms: %q, %v", out, err)
			}
		case "fish":
			// fish completes a command line on request: complete -C.
			for line, want := range map[string]string{
				"cybernorms cite -style f":    "formal",
				"cybernorms list ":            "documents\nnorms",
				"cybernorms show Lucca2017/1": "Lucca2017/1\nLucca2017/10\nLucca2017/11\nLucca2017/12",
			} {
				out, err := exec.Command(path, "-c", `source $argv[1]; complete -C $argv[2]`, file, line).CombinedOutput()
				if got := strings.TrimSpace(string(out)); err != nil || got != want {
					t.Errorf("fish: completing %q: %q (%v), want %q", line, got, err, want)
				}
			}
		}
	}
}

// TestNoMaintainerPaths checks that no path of the maintainers' source
// files reaches a user: in the whole export, in every format, and in what
// show prints of every norm, document and paragraph, as text and as JSON.
func TestNoMaintainerPaths(t *testing.T) {
	check := func(what, out string) {
		t.Helper()
		for _, bad := range []string{"seeds/", "sources/", "/work/", "shared/"} {
			if i := strings.Index(out, bad); i >= 0 {
				t.Errorf("%s holds %q: …%s…", what, bad, out[max(0, i-60):min(len(out), i+60)])
			}
		}
	}
	for _, args := range [][]string{{"list"}, {"list", "-json"}, {"list", "norms"}, {"list", "norms", "-json"}} {
		_, out, _ := runCmd(args...)
		check(strings.Join(args, " "), out)
	}
	// Every export, written with -o: a file, or the web edition's pages.
	for _, args := range exportArgs() {
		out := filepath.Join(t.TempDir(), "out")
		if code, _, errOut := runCmd(append(args, "-o", out)...); code != 0 {
			t.Fatalf("%q -o: %d %s", args, code, errOut)
		}
		files := []string{out}
		if fi, err := os.Stat(out); err == nil && fi.IsDir() {
			files, _ = filepath.Glob(filepath.Join(out, "*"))
		}
		for _, f := range files {
			data, _ := os.ReadFile(f)
			check(strings.Join(args, " ")+": "+filepath.Base(f), string(data))
		}
	}
	var cites []string
	for n := range norms.All() {
		cites = append(cites, string(n.ID()))
	}
	for d := range declarations.All() {
		cites = append(cites, string(d.ID()))
		for p := range d.Paragraphs() {
			if p.Label() != "" {
				cites = append(cites, p.Cite(norms.Short))
			}
		}
	}
	for _, c := range cites {
		for _, args := range [][]string{{"show", c}, {"show", "-json", c}} {
			code, out, errOut := runCmd(args...)
			if code != 0 {
				t.Errorf("%q: status %d, %s", args, code, errOut)
			}
			check(strings.Join(args, " "), out)
		}
	}
}

// exportArgs returns a command line of export for every format of the
// table, and for every value of a flag that only the format takes: a word
// of a choice, or a boolean flag set ("-table paragraphs", "-schema").
func exportArgs() [][]string {
	var lines [][]string
	fs := exportCmd.flagSet(&cmdEnv{})
	for _, f := range exportFormats {
		args := []string{"export", "-format", f.name}
		lines = append(lines, args)
		for _, name := range f.flags {
			fl := fs.Lookup(name)
			if ch, ok := fl.Value.(choice); ok {
				for _, w := range ch.words {
					if w != fl.DefValue {
						lines = append(lines, append(args[:3:3], "-"+name, w))
					}
				}
			} else if _, ok := fl.Value.(interface{ IsBoolFlag() bool }); ok {
				lines = append(lines, append(args[:3:3], "-"+name))
			}
		}
	}
	return lines
}
