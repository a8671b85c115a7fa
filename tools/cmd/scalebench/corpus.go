package main

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// The synthetic corpus: K renamed copies of every data file. Copy 0 is the
// original file, untouched. Copy k (k ≥ 1) renames every document ID X to
// X+"K"+k wherever the header uses it as an ID (the id: entry, link targets,
// the document part of restates:/takes-up: norm IDs, and any other entry
// whose value ends in an ID or a norm ID, such as a future reference key),
// and in the file name, including a language version's (X.fr.txt becomes
// XK1.fr.txt). So that a citation of an original names no copy (a real
// corpus of a thousand documents does not hold a thousand documents of the
// same place and year), the words of the document's place (from its place:
// entries) become one word with the suffix in its title, short name,
// aliases, meeting and place ("Lucca" becomes "LuccaK1"); a short name or
// alias that this leaves unchanged gets " K1" appended; and symbols are
// marked ("A/70/174" becomes "A/K1/70/174", which still ends in the
// resolution number). The body, after the "---" line, is kept byte for byte, so the
// generator's fidelity checks do the same work on every copy.

// idRE is the syntax of a document ID.
var idRE = regexp.MustCompile(`^[A-Z][A-Za-z0-9_]*$`)

// entryRE splits a header line into its indent, key and value.
var entryRE = regexp.MustCompile(`^( *)([a-z][a-z0-9-]*):( ?)(.*)$`)

// corpusStats describes a synthetic corpus.
type corpusStats struct {
	Docs  int   // distinct document IDs
	Files int   // data files (.txt)
	Bytes int64 // bytes of the data files
}

// synthesize returns the data directory of the synthetic corpus of k copies
// of files, which maps the names of the entries of data/ to their contents.
// Files whose name does not end in .txt (README.md) are kept once.
func synthesize(files map[string][]byte, k int) (map[string][]byte, corpusStats, error) {
	if k < 1 {
		return nil, corpusStats{}, fmt.Errorf("%d copies: want at least 1", k)
	}
	ids := map[string]bool{}
	fileID := map[string]string{}
	places := map[string][]string{} // ID → the words of its place: entries
	for name, data := range files {
		if !strings.HasSuffix(name, ".txt") {
			continue
		}
		id := headerID(data)
		if id == "" {
			return nil, corpusStats{}, fmt.Errorf("data/%s: no id: entry in the header", name)
		}
		if !idRE.MatchString(id) {
			return nil, corpusStats{}, fmt.Errorf("data/%s: id %q is not an ID", name, id)
		}
		if name != id+".txt" && !(strings.HasPrefix(name, id+".") && strings.Count(name[len(id):], ".") == 2) {
			return nil, corpusStats{}, fmt.Errorf("data/%s: the file name is not %s.txt or %s.<lang>.txt", name, id, id)
		}
		ids[id] = true
		fileID[name] = id
		places[id] = append(places[id], placeWords(data)...)
	}
	out := make(map[string][]byte, len(files)*k)
	var st corpusStats
	for name, data := range files {
		id, ok := fileID[name]
		if !ok {
			out[name] = data
			continue
		}
		for c := 0; c < k; c++ {
			n, d := name, data
			if c > 0 {
				suffix := "K" + strconv.Itoa(c)
				n = id + suffix + name[len(id):]
				d = renameCopy(data, ids, places[id], suffix)
			}
			if _, dup := out[n]; dup {
				return nil, corpusStats{}, fmt.Errorf("data/%s: two copies have this name", n)
			}
			out[n] = d
			st.Files++
			st.Bytes += int64(len(d))
		}
	}
	st.Docs = len(ids) * k
	return out, st, nil
}

// headerID returns the value of the first id: entry of the header of a data
// file, or "".
func headerID(data []byte) string {
	for line := range strings.SplitSeq(string(data), "\n") {
		if line == "---" {
			break
		}
		if v, ok := strings.CutPrefix(line, "id: "); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// wordRE is a word of a place name.
var wordRE = regexp.MustCompile(`[\p{L}\p{N}]+`)

// placeWords returns the words of the place: entries of a data file's
// header.
func placeWords(data []byte) []string {
	var ws []string
	for line := range strings.SplitSeq(string(data), "\n") {
		if line == "---" {
			break
		}
		if v, ok := strings.CutPrefix(line, "place: "); ok {
			ws = append(ws, wordRE.FindAllString(v, -1)...)
		}
	}
	return ws
}

// renameCopy rewrites the header of a data file for the copy that suffix
// (such as "K3") names; the body is kept byte for byte.
func renameCopy(data []byte, ids map[string]bool, place []string, suffix string) []byte {
	var b bytes.Buffer
	rest := data
	header := true
	for len(rest) > 0 {
		line, after, found := bytes.Cut(rest, []byte("\n"))
		rest = after
		if !header {
			b.Write(line)
		} else {
			if string(line) == "---" {
				header = false
			}
			b.WriteString(renameLine(string(line), ids, place, suffix))
		}
		if found {
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

// renameLine rewrites one header line (see the comment at the top of the
// file).
func renameLine(line string, ids map[string]bool, place []string, suffix string) string {
	m := entryRE.FindStringSubmatch(line)
	if m == nil || strings.HasPrefix(line, "#") {
		return line
	}
	indent, key, sp, value := m[1], m[2], m[3], m[4]
	var v string
	switch {
	case key == "id" && indent == "":
		v = value + suffix
	case (key == "short" || key == "alias") && indent == "":
		v = editText(value, func(s string) string {
			if t := renamePlace(s, place, suffix); t != s {
				return t
			}
			return s + " " + suffix
		})
	case (key == "title" || key == "meeting" || key == "place") && indent == "":
		v = editText(value, func(s string) string { return renamePlace(s, place, suffix) })
	case (key == "symbol" || key == "alt-symbol") && indent == "":
		v = editText(value, func(s string) string { return markSymbol(s, suffix) })
	default:
		v = renameRef(value, ids, suffix)
	}
	return indent + key + ":" + sp + v
}

// editText applies edit to a header value, unquoting and requoting a value
// written as a Go string literal.
func editText(value string, edit func(string) string) string {
	if strings.HasPrefix(value, `"`) {
		if s, err := strconv.Unquote(value); err == nil {
			return strconv.Quote(edit(s))
		}
	}
	return edit(value)
}

// renamePlace appends suffix to each word of s that is a word of place.
func renamePlace(s string, place []string, suffix string) string {
	return wordRE.ReplaceAllStringFunc(s, func(w string) string {
		if slices.Contains(place, w) {
			return w + suffix
		}
		return w
	})
}

// markSymbol marks a document symbol with the copy's suffix, after its first
// component, so that the symbol keeps its resolution number at the end.
func markSymbol(sym, suffix string) string {
	if i := strings.Index(sym, "/"); i >= 0 {
		return sym[:i+1] + suffix + sym[i:]
	}
	return sym + "-" + suffix
}

// renameRef renames the reference that ends a short value (at most two
// fields, as in "UNGGE2015/13f" or "cites HRC20_8"): a document ID, or the
// document part of a norm ID. Other values, quoted texts and prose, are
// kept.
func renameRef(value string, ids map[string]bool, suffix string) string {
	if strings.HasPrefix(value, `"`) {
		return value
	}
	f := strings.Fields(value)
	if len(f) == 0 || len(f) > 2 {
		return value
	}
	last := f[len(f)-1]
	doc, label, hasLabel := strings.Cut(last, "/")
	if !ids[doc] {
		return value
	}
	renamed := doc + suffix
	if hasLabel {
		renamed += "/" + label
	}
	i := strings.LastIndex(value, last)
	return value[:i] + renamed + value[i+len(last):]
}

// checkSynthetic checks the invariants the generator relies on: IDs unique
// ignoring case, short names unique ignoring case and spacing, every file
// named by its ID, and every reference pointing at an ID of the corpus. It
// returns the first violation.
func checkSynthetic(files map[string][]byte) error {
	ids := map[string]string{}    // folded ID → file
	shorts := map[string]string{} // folded short name → ID
	primary := map[string]bool{}
	var names []string
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if !strings.HasSuffix(name, ".txt") {
			continue
		}
		id := headerID(files[name])
		if name == id+".txt" {
			primary[id] = true
			if prev, ok := ids[strings.ToLower(id)]; ok {
				return fmt.Errorf("data/%s: id %s collides with data/%s", name, id, prev)
			}
			ids[strings.ToLower(id)] = name
		}
	}
	for _, name := range names {
		if !strings.HasSuffix(name, ".txt") {
			continue
		}
		id := headerID(files[name])
		if !primary[id] {
			return fmt.Errorf("data/%s: no primary file %s.txt", name, id)
		}
		for line := range strings.SplitSeq(string(files[name]), "\n") {
			if line == "---" {
				break
			}
			m := entryRE.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			key, value := m[2], m[4]
			switch key {
			case "short":
				s := strings.ToLower(strings.Join(strings.Fields(value), " "))
				if prev, ok := shorts[s]; ok && prev != id {
					return fmt.Errorf("data/%s: short name %q is also that of %s", name, value, prev)
				}
				shorts[s] = id
			case "link", "restates", "takes-up":
				f := strings.Fields(value)
				doc, _, _ := strings.Cut(f[len(f)-1], "/")
				if !primary[doc] {
					return fmt.Errorf("data/%s: %s %s points at no document of the corpus", name, key, value)
				}
			}
		}
	}
	return nil
}
