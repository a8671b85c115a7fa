package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// A primary, its French version and a second document that restates, takes
// up and links to the first.
var testFiles = map[string][]byte{
	"README.md": []byte("# data\n"),
	"A2001.txt": []byte(`# A comment naming A2001.
id: A2001
title: The A declaration of Xville
short: A 2001
alias: "The \"A\""
place: Xville, Yland
meeting: A meeting at Xville
symbol: A/RES/58/199
alt-symbol: A/58/199*
number: 58/199
list: norm
  style: dash
  count: 1
item: 1
  title: One
---
- 1. States should cooperate.
`),
	"A2001.fr.txt": []byte(`id: A2001
lang: fr
short: A 2001 de Xville
---
- 1. Les États devraient coopérer.
`),
	"B2002.txt": []byte(`id: B2002
short: B 2002
note: The A2001 declaration is quoted here, and this note keeps its words.
item: 1
  restates: A2001/1
  takes-up: A2001/1
  shared: "States should cooperate"
link: restates A2001
  at: "A2001"
link: cites Other
---
States should cooperate.
A2001
`),
}

func TestSynthesize(t *testing.T) {
	out, st, err := synthesize(testFiles, 3)
	if err != nil {
		t.Fatal(err)
	}
	if st.Docs != 6 || st.Files != 9 {
		t.Errorf("stats %+v, want 6 documents in 9 files", st)
	}
	for name, data := range testFiles {
		if !bytes.Equal(out[name], data) {
			t.Errorf("copy 0 of %s differs from the original:\n%s", name, out[name])
		}
	}
	if len(out) != 10 {
		t.Errorf("%d files, want 10", len(out))
	}
	want := map[string]string{
		"A2001K2.txt": `# A comment naming A2001.
id: A2001K2
title: The A declaration of XvilleK2
short: A 2001 K2
alias: "The \"A\" K2"
place: XvilleK2, YlandK2
meeting: A meeting at XvilleK2
symbol: A/K2/RES/58/199
alt-symbol: A/K2/58/199*
number: 58/199
list: norm
  style: dash
  count: 1
item: 1
  title: One
---
- 1. States should cooperate.
`,
		"A2001K1.fr.txt": `id: A2001K1
lang: fr
short: A 2001 de XvilleK1
---
- 1. Les États devraient coopérer.
`,
		"B2002K1.txt": `id: B2002K1
short: B 2002 K1
note: The A2001 declaration is quoted here, and this note keeps its words.
item: 1
  restates: A2001K1/1
  takes-up: A2001K1/1
  shared: "States should cooperate"
link: restates A2001K1
  at: "A2001"
link: cites Other
---
States should cooperate.
A2001
`,
	}
	for name, w := range want {
		if got := string(out[name]); got != w {
			t.Errorf("%s:\n%s\nwant\n%s", name, got, w)
		}
	}
	if _, ok := out["README.mdK1"]; ok {
		t.Error("README.md was copied")
	}
}

func TestSynthesizeErrors(t *testing.T) {
	for name, files := range map[string]map[string][]byte{
		"no id":      {"A2001.txt": []byte("title: x\n---\n")},
		"bad id":     {"a2001.txt": []byte("id: a2001\n---\n")},
		"wrong name": {"B2001.txt": []byte("id: A2001\n---\n")},
	} {
		if _, _, err := synthesize(files, 2); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestSynthesizeData builds 3 copies of the repository's data files and
// checks what the generator requires of them; the generator itself runs on
// them in TestScale.
func TestSynthesizeData(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "data")
	files, err := readDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out, st, err := synthesize(files, 3)
	if err != nil {
		t.Fatal(err)
	}
	if err := checkSynthetic(out); err != nil {
		t.Fatal(err)
	}
	var n int
	for name := range files {
		if strings.HasSuffix(name, ".txt") {
			n++
		}
	}
	if st.Files != 3*n {
		t.Errorf("%d files, want %d", st.Files, 3*n)
	}
	for name, data := range out {
		_, body, ok := bytes.Cut(data, []byte("\n---\n"))
		if !ok {
			continue
		}
		orig := files[name]
		if orig == nil {
			id := headerID(data)
			base := id[:strings.LastIndex(id, "K")]
			orig = files[base+name[len(id):]]
		}
		if _, want, _ := bytes.Cut(orig, []byte("\n---\n")); !bytes.Equal(body, want) {
			t.Errorf("%s: the body differs from the original's", name)
		}
	}
}

func TestCheckSynthetic(t *testing.T) {
	if err := checkSynthetic(testFiles); err == nil || !strings.Contains(err.Error(), "Other") {
		t.Errorf("dangling link: got %v", err)
	}
	dup := map[string][]byte{
		"A2001.txt": []byte("id: A2001\nshort: Same\n"),
		"B2001.txt": []byte("id: B2001\nshort: same\n"),
	}
	if err := checkSynthetic(dup); err == nil {
		t.Error("shared short name: no error")
	}
}
