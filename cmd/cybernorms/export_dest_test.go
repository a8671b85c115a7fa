package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The destinations of export -o (export_dest.go): each case that the
// command refuses exits with status 1, says why and leaves every file as it
// was; each it accepts leaves the export and nothing else.

// snapshot returns every path under dir, each with its content or the
// target of its link, to compare a tree before and after.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		switch {
		case d.Type()&os.ModeSymlink != 0:
			target, err := os.Readlink(path)
			if err != nil {
				return err
			}
			m[rel] = "link to " + target
		case d.IsDir():
			m[rel] = "dir"
		default:
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			m[rel] = string(data)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// symlink makes a symbolic link at name to target, or skips the test where
// the system does not let it (Windows without the privilege).
func symlink(t *testing.T, target, name string) {
	t.Helper()
	if err := os.Symlink(target, name); err != nil {
		t.Skipf("cannot make a symbolic link: %v", err)
	}
}

// names returns the names in dir, sorted.
func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

// refused runs export with args and checks that it exits with status 1
// saying all of says, and that nothing under root changed.
func refused(t *testing.T, root string, says []string, args ...string) {
	t.Helper()
	before := snapshot(t, root)
	code, out, errOut := runCmd(append([]string{"export"}, args...)...)
	if code != exitNotFound || out != "" {
		t.Errorf("export %q: status %d, output %d bytes; want status 1 and none", args, code, len(out))
	}
	for _, s := range says {
		if !strings.Contains(errOut, s) {
			t.Errorf("export %q: %q does not say %q", args, errOut, s)
		}
	}
	after := snapshot(t, root)
	for k, v := range before {
		if after[k] != v {
			t.Errorf("export %q changed %s", args, k)
		}
	}
	for k := range after {
		if _, ok := before[k]; !ok {
			t.Errorf("export %q left %s", args, k)
		}
	}
}

// exportSite runs export -format html -o dir and checks that it succeeds.
func exportSite(t *testing.T, dir string) {
	t.Helper()
	if code, _, errOut := runCmd("export", "-format", "html", "-o", dir); code != 0 || errOut != "" {
		t.Fatalf("export -format html -o %s: status %d, %s", dir, code, errOut)
	}
}

// TestExportHTMLDest checks where the HTML export writes: a new directory,
// an empty one, or an earlier export, which it replaces whole; and what it
// refuses: a directory of files it did not write (an index.html of
// someone's site), an earlier export into which a symbolic link (to a file
// outside, or in place of a page) or a subdirectory was put, a directory
// whose marker is not one, a symbolic link, a file.
func TestExportHTMLDest(t *testing.T) {
	root := t.TempDir()
	outside := filepath.Join(root, "outside.txt")
	if err := os.WriteFile(outside, []byte("not the export's"), 0o644); err != nil {
		t.Fatal(err)
	}

	// A new directory: the pages and the marker, which lists them.
	site := filepath.Join(root, "site")
	exportSite(t, site)
	got := names(t, site)
	if !slices.Contains(got, "index.html") || !slices.Contains(got, crosswalkPage) || !slices.Contains(got, "UNGGE2015.html") || !slices.Contains(got, exportMarker) {
		t.Fatalf("export wrote %v", got)
	}
	listed, err := readMarker(filepath.Join(site, exportMarker))
	if err != nil {
		t.Fatal(err)
	}
	if want := slices.DeleteFunc(slices.Clone(got), func(s string) bool { return s == exportMarker }); !slices.Equal(listed, want) {
		t.Errorf("the marker lists %v, want %v", listed, want)
	}
	if !slices.Contains(listed, crosswalkPage) {
		t.Errorf("the marker does not list %s: %v", crosswalkPage, listed)
	}
	if left := names(t, root); !slices.Equal(left, []string{"outside.txt", "site"}) {
		t.Errorf("beside the export: %v, want outside.txt and site", left)
	}

	// An earlier export: replaced, and a page it had that the new one
	// lacks (as when a document leaves the corpus) is gone.
	stale := filepath.Join(site, "Old2016.html")
	if err := os.WriteFile(stale, []byte("<p>a page of an earlier export</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(site, exportMarker), markerFile(append(listed, "Old2016.html")), 0o644); err != nil {
		t.Fatal(err)
	}
	exportSite(t, site)
	if _, err := os.Lstat(stale); !os.IsNotExist(err) {
		t.Errorf("the stale page of an earlier export is left: %v", err)
	}
	if again := names(t, site); !slices.Equal(again, got) {
		t.Errorf("the second export holds %v, want %v", again, got)
	}
	if left := names(t, root); !slices.Equal(left, []string{"outside.txt", "site"}) {
		t.Errorf("beside the export: %v, want outside.txt and site", left)
	}

	// An empty directory.
	empty := filepath.Join(root, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	exportSite(t, empty)
	if again := names(t, empty); !slices.Equal(again, got) {
		t.Errorf("the export to an empty directory holds %v, want %v", again, got)
	}

	// A directory of someone else's files, with an index.html.
	foreign := filepath.Join(root, "foreign")
	if err := os.Mkdir(foreign, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(foreign, "index.html"), []byte("<h1>my site</h1>"), 0o644); err != nil {
		t.Fatal(err)
	}
	refused(t, root, []string{quote(foreign), "is not an earlier export", "no " + exportMarker}, "-format", "html", "-o", foreign)

	// An earlier export with a symbolic link put in it, to a file outside,
	// and with a page replaced by one.
	symlink(t, outside, filepath.Join(site, "extra.html"))
	refused(t, root, []string{`"extra.html" is a symbolic link`}, "-format", "html", "-o", site)
	os.Remove(filepath.Join(site, "extra.html"))
	page := filepath.Join(site, "UNGGE2015.html")
	os.Remove(page)
	symlink(t, outside, page)
	refused(t, root, []string{`"UNGGE2015.html" is a symbolic link`}, "-format", "html", "-o", site)
	os.Remove(page)

	// An earlier export with a subdirectory, or a file it did not write.
	sub := filepath.Join(site, "images")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	refused(t, root, []string{`"images" is not a regular file`}, "-format", "html", "-o", site)
	os.Remove(sub)
	if err := os.WriteFile(filepath.Join(site, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	refused(t, root, []string{`"notes.txt" is not a file it wrote`}, "-format", "html", "-o", site)
	os.Remove(filepath.Join(site, "notes.txt"))

	// A marker that is not one: another first line, a name with a slash, a
	// link.
	marker := filepath.Join(site, exportMarker)
	for _, bad := range []string{"my notes\nindex.html\n", markerHeader + "\n../outside.txt\n"} {
		if err := os.WriteFile(marker, []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		refused(t, root, []string{"is not an earlier export", exportMarker}, "-format", "html", "-o", site)
	}
	os.Remove(marker)
	symlink(t, outside, marker)
	refused(t, root, []string{exportMarker + " is not a regular file"}, "-format", "html", "-o", site)

	// The directory is a symbolic link (to the empty export above), or a
	// file.
	link := filepath.Join(root, "link")
	symlink(t, empty, link)
	refused(t, root, []string{"is a symbolic link"}, "-format", "html", "-o", link)
	refused(t, root, []string{"is not a directory"}, "-format", "html", "-o", outside)
}

// TestExportFileDest checks -o FILE: a new file, or one replaced (through a
// new file renamed over it, so that no temporary file is left); refused
// when FILE is a symbolic link, a directory, or in a directory that does
// not exist.
func TestExportFileDest(t *testing.T) {
	root := t.TempDir()
	outside := filepath.Join(root, "outside.txt")
	if err := os.WriteFile(outside, []byte("not the export's"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, want, _ := runCmd("export", "-format", "csv")
	file := filepath.Join(root, "norms.csv")
	for range 2 { // new, then replaced
		if code, out, errOut := runCmd("export", "-format", "csv", "-o", file); code != 0 || out != "" || errOut != "" {
			t.Fatalf("export -o %s: status %d, %q %q", file, code, out, errOut)
		}
		if data, err := os.ReadFile(file); err != nil || string(data) != want {
			t.Fatalf("export -o %s wrote %d bytes, want the %d of the standard output (%v)", file, len(data), len(want), err)
		}
		if left := names(t, root); !slices.Equal(left, []string{"norms.csv", "outside.txt"}) {
			t.Errorf("beside the export: %v", left)
		}
	}
	link := filepath.Join(root, "link.csv")
	symlink(t, outside, link)
	refused(t, root, []string{quote(link) + " is a symbolic link"}, "-format", "csv", "-o", link)
	dangling := filepath.Join(root, "dangling.json")
	symlink(t, filepath.Join(root, "nowhere.json"), dangling)
	refused(t, root, []string{"is a symbolic link"}, "-format", "json", "-o", dangling)
	refused(t, root, []string{"is not a regular file"}, "-format", "csl", "-o", root)
	refused(t, root, nil, "-format", "json", "-o", filepath.Join(root, "missing", "corpus.json"))
}
