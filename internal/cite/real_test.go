package cite

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestRealCitations reads the real citations of testdata/citations.txt.
// A wrong answer (a citation resolved to something else than its source
// names, or a negative resolved at all) fails the test; a citation that
// fails to resolve is counted, and the rates of single-item and list
// resolution are reported and held above floors.
func TestRealCitations(t *testing.T) {
	f, err := os.Open("testdata/citations.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var single, singleOK, list, listOK, neg int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		parts := strings.Split(line, " | ")
		if len(parts) != 3 {
			t.Fatalf("bad line %q", line)
		}
		in, want := parts[0], parts[1]
		switch {
		case strings.HasPrefix(want, "!"):
			neg++
			mode := Any
			if want == "!norm" {
				mode = Norm
			}
			if r, err := ParseRef(in, mode); err == nil {
				t.Errorf("wrong: ParseRef(%q) = %s; want an error", in, r.ID())
			} else if strings.ContainsAny(err.Error(), "\x00\x01\x11\n") {
				t.Errorf("ParseRef(%q): raw control character in %q", in, err)
			}
			if rs, err := ParseList(in, mode); err == nil && mode == Any {
				t.Errorf("wrong: ParseList(%q) = %v; want an error", in, rs)
			}
		case strings.HasPrefix(want, "list: "):
			list++
			ids := strings.Fields(strings.TrimPrefix(want, "list: "))
			rs, err := ParseList(in, Any)
			if err != nil {
				t.Logf("unresolved list: %q: %v", in, err)
				continue
			}
			var got []string
			for _, r := range rs {
				got = append(got, r.ID())
			}
			if !slices.Equal(got, ids) {
				t.Errorf("wrong: ParseList(%q) = %v; want %v", in, got, ids)
				continue
			}
			listOK++
		default:
			single++
			r, err := ParseRef(in, Any)
			if err != nil {
				t.Logf("unresolved: %q: %v", in, err)
				continue
			}
			if r.ID() != want {
				t.Errorf("wrong: ParseRef(%q) = %s; want %s", in, r.ID(), want)
				continue
			}
			singleOK++
		}
	}
	t.Logf("single: %d of %d resolve (%.0f%%); lists: %d of %d (%.0f%%); %d negatives fail as they should",
		singleOK, single, 100*float64(singleOK)/float64(single), listOK, list, 100*float64(listOK)/float64(list), neg)
	if float64(singleOK) < 0.80*float64(single) || float64(listOK) < 0.80*float64(list) {
		t.Errorf("resolution rates under the floor of 80%%")
	}
}
