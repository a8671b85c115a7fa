package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// The synthetic corpus of size K is K renamed copies of every data file.
// Copy 0 is the original. Copy k renames every document ID X to X+"Kk"
// wherever the header uses it as an ID: the id: entry, link targets, the
// document part of restates: and takes-up:, and the file name (X.fr.txt
// becomes XK1.fr.txt). So that a citation of an original names no copy,
// the words of the document's place: become one word with the suffix in
// its title, short name, aliases, meeting and place ("Lucca" becomes
// "LuccaK1"). A short name or alias that this leaves unchanged gets " K1"
// appended, and symbols are marked ("A/70/174" becomes "A/K1/70/174").
// Bodies are kept byte for byte, so the generator's fidelity checks do the
// same work on every copy. The generator checks the result as it checks
// data/.

var (
	idRE    = regexp.MustCompile(`^[A-Z][A-Za-z0-9_]*$`)
	entryRE = regexp.MustCompile(`^( *)([a-z][a-z0-9-]*):( ?)(.*)$`) // indent, key, space, value
	wordRE  = regexp.MustCompile(`[\p{L}\p{N}]+`)
)

// synthesize returns data/ with k copies of each data file; files maps
// names to contents. A file that is not a .txt (README.md) is kept once.
func synthesize(files map[string][]byte, k int) (map[string][]byte, error) {
	ids := map[string]bool{}
	places := map[string][]string{} // ID → the words of its place: entries
	for name, data := range files {
		if !strings.HasSuffix(name, ".txt") {
			continue
		}
		id := header(data, "id")
		if !idRE.MatchString(id) || !strings.HasPrefix(name, id+".") {
			return nil, fmt.Errorf("data/%s: no id: entry that names the file", name)
		}
		ids[id] = true
		for _, p := range strings.Split(header(data, "place"), "\n") {
			places[id] = append(places[id], wordRE.FindAllString(p, -1)...)
		}
	}
	out := map[string][]byte{}
	for name, data := range files {
		id := header(data, "id")
		if !strings.HasSuffix(name, ".txt") {
			out[name] = data
			continue
		}
		for c := range k {
			if c == 0 {
				out[name] = data
				continue
			}
			suffix := "K" + strconv.Itoa(c)
			out[id+suffix+name[len(id):]] = renameCopy(data, ids, places[id], suffix)
		}
	}
	return out, nil
}

// header returns the values of the top-level entries key: of a data file's
// header, one a line.
func header(data []byte, key string) string {
	var vs []string
	for line := range strings.SplitSeq(string(data), "\n") {
		if line == "---" {
			break
		}
		if v, ok := strings.CutPrefix(line, key+": "); ok {
			vs = append(vs, strings.TrimSpace(v))
		}
	}
	return strings.Join(vs, "\n")
}

// renameCopy rewrites the header of a data file for the copy that suffix
// ("K3") names, and keeps the body.
func renameCopy(data []byte, ids map[string]bool, place []string, suffix string) []byte {
	head, body, ok := strings.Cut(string(data), "\n---\n")
	lines := strings.Split(head, "\n")
	for i, line := range lines {
		lines[i] = renameLine(line, ids, place, suffix)
	}
	if !ok {
		return []byte(strings.Join(lines, "\n"))
	}
	return []byte(strings.Join(lines, "\n") + "\n---\n" + body)
}

// renameLine rewrites one header line (see the top of the file).
func renameLine(line string, ids map[string]bool, place []string, suffix string) string {
	m := entryRE.FindStringSubmatch(line)
	if m == nil {
		return line
	}
	indent, key, sp, value := m[1], m[2], m[3], m[4]
	edit := func(f func(string) string) string {
		if s, err := strconv.Unquote(value); err == nil && strings.HasPrefix(value, `"`) {
			return strconv.Quote(f(s))
		}
		return f(value)
	}
	renamePlace := func(s string) string {
		return wordRE.ReplaceAllStringFunc(s, func(w string) string {
			if slices.Contains(place, w) {
				return w + suffix
			}
			return w
		})
	}
	switch {
	case indent != "":
		value = renameRef(value, ids, suffix)
	case key == "id":
		value += suffix
	case key == "short" || key == "alias":
		value = edit(func(s string) string {
			if t := renamePlace(s); t != s {
				return t
			}
			return s + " " + suffix
		})
	case key == "title" || key == "meeting" || key == "place":
		value = edit(renamePlace)
	case key == "symbol" || key == "alt-symbol":
		value = edit(func(s string) string {
			if i := strings.Index(s, "/"); i >= 0 {
				return s[:i+1] + suffix + s[i:]
			}
			return s + "-" + suffix
		})
	default:
		value = renameRef(value, ids, suffix)
	}
	return indent + key + ":" + sp + value
}

// renameRef renames the reference that ends a short value (at most two
// fields: "UNGGE2015/13f", "cites HRC20_8"): a document ID, or the
// document part of a norm ID. Quoted texts and prose are kept.
func renameRef(value string, ids map[string]bool, suffix string) string {
	f := strings.Fields(value)
	if strings.HasPrefix(value, `"`) || len(f) == 0 || len(f) > 2 {
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
	return value[:strings.LastIndex(value, last)] + renamed
}

// prepare copies the files git knows of the repository at root to dir,
// with the synthetic corpus of k copies of data in dir/data, and sets the
// corpus's rows of c.
func prepare(c *column, root, dir string, data map[string][]byte, k int) error {
	syn, err := synthesize(data, k)
	if err != nil {
		return err
	}
	docs, n := 0, 0
	for name, b := range syn {
		if strings.HasSuffix(name, ".txt") {
			n += len(b)
			if strings.Count(name, ".") == 1 {
				docs++ // not a language version: X.fr.txt
			}
		}
	}
	c.set("documents", strconv.Itoa(docs), float64(docs))
	c.set("bytes of data/", size(int64(n)), float64(n))
	out, err := command(root, nil, "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	if err != nil {
		return err
	}
	for f := range strings.SplitSeq(out, "\x00") {
		if f == "" || strings.HasPrefix(f, "data/") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(root, f))
		if os.IsNotExist(err) {
			continue // deleted in the working tree
		}
		if err != nil || writeFile(filepath.Join(dir, f), b) != nil {
			return fmt.Errorf("copying %s: %v", f, err)
		}
	}
	for name, b := range syn {
		if err := writeFile(filepath.Join(dir, "data", name), b); err != nil {
			return err
		}
	}
	return nil
}

func writeFile(name string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, b, 0o644)
}
