package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms"
)

func TestScanCommand(t *testing.T) {
	// From the Toronto chair's report (seeds/000_90451483d41a2c24.txt,
	// paragraph 4) and the Paris Call (Paris-Call-2018-en.txt).
	text := "The group reiterated their shared commitment to the Budapest Convention on Cybercrime.\n" +
		"We recognize that ... the Budapest Convention on Cybercrime is a key tool in this regard.\n"
	file := filepath.Join(t.TempDir(), "statement.txt")
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCmd("scan", file)
	want := file + `:1:53: "Budapest Convention on Cybercrime": Budapest2001` + "\n" +
		file + `:2:27: "Budapest Convention on Cybercrime": Budapest2001` + "\n"
	if code != 0 || out != want || errOut != "" {
		t.Errorf("scan: %d\n%s\nwant\n%s\n%s", code, out, want, errOut)
	}
	stdin = strings.NewReader("nothing here")
	defer func() { stdin = os.Stdin }()
	if code, out, _ := runCmd("scan"); code != 1 || out != "" {
		t.Errorf("scan of text without a citation: %d %q", code, out)
	}
	stdin = strings.NewReader(text)
	v := decodeJSON(t, "scan", "-json")
	cs := v["citations"].([]any)
	if len(cs) != 2 {
		t.Fatalf("scan -json: %d citations", len(cs))
	}
	c := cs[0].(map[string]any)
	checkKeys(t, "scan citation", c, "start", "end", "line", "column", "text", "targets")
	start, end := int(c["start"].(float64)), int(c["end"].(float64))
	if text[start:end] != c["text"] {
		t.Errorf("scan -json: offsets %d-%d hold %q, not %q", start, end, text[start:end], c["text"])
	}
	if code, _, errOut := runCmd("scan", filepath.Join(t.TempDir(), "missing")); code != 2 || errOut == "" {
		t.Errorf("scan of a missing file: %d %q", code, errOut)
	}
}

// TestScanJSONStreamed checks that scan -json, which writes each citation as
// it finds it, writes the bytes that writeJSON writes for the whole list:
// for no citation, one, and several from several files, with errors, in
// English and in French.
func TestScanJSONStreamed(t *testing.T) {
	dir := t.TempDir()
	texts := map[string]string{
		"none.txt":  "nothing here\n",
		"one.txt":   "As A/70/174, para. 13(f) says.",
		"many.txt":  "See UN GGE 2015 norm 13(l) and UNGGE2015/13z.\nAlso A/70/174, para. 13(f), and the Lucca Declaration, norms 1-3.\n",
		"fr.txt":    "L'Appel de Paris, principe 3; the Paris Call principle 3 <&>.",
		"empty.txt": "",
	}
	for name, text := range texts {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, files := range [][]string{{"none.txt"}, {"empty.txt"}, {"one.txt"}, {"many.txt", "none.txt", "fr.txt", "one.txt"}} {
		var args []string
		var found []scanned
		for _, f := range files {
			path := filepath.Join(dir, f)
			args = append(args, path)
			var at lineCounter
			for m := range cybernorms.Scan(texts[f]) {
				line, col := at.position(texts[f], m.Start)
				s := scanned{File: path, Start: m.Start, End: m.End, Line: line, Column: col, Text: m.Text}
				if m.Err != nil {
					s.Error = m.Err.Error()
				}
				for _, r := range m.Refs {
					s.Targets = append(s.Targets, targetOf(r).ref())
				}
				found = append(found, s)
			}
		}
		if found == nil {
			found = []scanned{}
		}
		var want cmdEnv
		want.writeJSON(struct {
			Citations []scanned `json:"citations"`
		}{found})
		code, out, errOut := runCmd(append([]string{"scan", "-json"}, args...)...)
		if wantCode := map[bool]int{true: 1, false: 0}[len(found) == 0]; code != wantCode || errOut != "" {
			t.Errorf("scan -json %v: status %d, %q", files, code, errOut)
		}
		if out != want.out.String() {
			t.Errorf("scan -json %v:\n%s\nwant (writeJSON)\n%s", files, out, want.out.String())
		}
	}
}

// TestScanSpills: a scan whose output passes spillSize writes it as it
// goes, the same bytes as when held whole, and a write that fails midway is
// reported once, with exit status 1.
func TestScanSpills(t *testing.T) {
	defer func(r io.Reader) { stdin = r }(stdin)
	text := strings.Repeat("See A/70/174, para. 13(f), and the Lucca Declaration, norm 6.\n", 4000)
	for _, args := range [][]string{{"scan"}, {"scan", "-json"}} {
		stdin = strings.NewReader(text)
		var w countingWriter
		if code := run(args, &w, io.Discard); code != exitOK {
			t.Fatalf("%v: exit %d", args, code)
		}
		if w.writes < 2 {
			t.Errorf("%v: %d bytes in %d writes; want the output spilled", args, w.b.Len(), w.writes)
		}
		// Held whole: the command run on a cmdEnv with no real output.
		stdin = strings.NewReader(text)
		c := &cmdEnv{cmd: scanCmd}
		c.fs = scanCmd.flagSet(c)
		if err := c.parse(args[1:]); err != nil {
			t.Fatal(err)
		}
		if code := scanCmd.run(c); code != exitOK || !bytes.Equal(c.out.Bytes(), w.b.Bytes()) {
			t.Errorf("%v: spilled output differs from the output held whole (exit %d, %d and %d bytes)", args, code, w.b.Len(), c.out.Len())
		}

		stdin = strings.NewReader(text)
		var stderr bytes.Buffer
		if code := run(args, failingWriter{}, &stderr); code != exitNotFound || strings.Count(stderr.String(), "writing the output") != 1 {
			t.Errorf("%v to a failing writer: exit %d, %q", args, code, stderr.String())
		}
	}
}

// A countingWriter holds what is written to it and counts the writes.
type countingWriter struct {
	b      bytes.Buffer
	writes int
}

func (w *countingWriter) Write(p []byte) (int, error) { w.writes++; return w.b.Write(p) }

// A failingWriter fails every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }
