package norms

import (
	"testing"

	"github.com/cybernorms/cybernorms/internal/cite"
)

// TestNormNumbers checks that the norms' numbers, which index the tables
// normTitles, normRestates ..., number every norm and language version once,
// from 0, and that each table has one entry per number.
func TestNormNumbers(t *testing.T) {
	seen := map[uint16]string{}
	count := 0
	for n := range All() {
		for v := range n.Versions() {
			count++
			if other, ok := seen[v.n.num]; ok {
				t.Errorf("%s (%s) and %s share the number %d", v.n.id, v.n.lang, other, v.n.num)
			}
			seen[v.n.num] = v.n.id
		}
	}
	for num := range seen {
		if int(num) >= count {
			t.Errorf("number %d is out of range: there are %d norms", num, count)
		}
	}
	for _, n := range []int{len(normTitles), len(normRestates), len(normTakesUp), len(normRestatedBy), len(normVersions)} {
		if n != count {
			t.Errorf("a table has %d entries, want %d", n, count)
		}
	}
}

// TestNames checks that the names of the lists come first in names, in the
// order of lists, and that every norm's citation name is one of its list's
// versions.
func TestNames(t *testing.T) {
	if len(names) < len(lists) {
		t.Fatalf("names has %d entries, lists %d", len(names), len(lists))
	}
	for n := range All() {
		if n.n.names != n.n.list {
			t.Errorf("%s: names %d, list %d", n.n.id, n.n.names, n.n.list)
		}
		for v := range n.Versions() {
			if v.n.list != n.n.list {
				t.Errorf("%s (%s): list %d, its primary's %d", v.n.id, v.n.lang, v.n.list, n.n.list)
			}
			if v.n.lang != n.n.lang && v.n.names < uint16(len(lists)) {
				t.Errorf("%s (%s) is cited by its list's name %q", v.n.id, v.n.lang, names[v.n.names].name)
			}
		}
	}
}

// TestListIndexes holds the citation engine's documents and the lists
// together: lookupRef finds a document's list at the place the engine's
// table gives.
func TestListIndexes(t *testing.T) {
	n := 0
	for _, d := range cite.Docs() {
		if d.List.Kind == "" {
			continue
		}
		n++
		if d.List.Index >= len(lists) || lists[d.List.Index].doc != d.ID {
			t.Errorf("%s: its list's index %d is not its place in lists", d.ID, d.List.Index)
		}
	}
	if n != len(lists) {
		t.Errorf("the engine has %d documents with a list, lists %d", n, len(lists))
	}
	// ListOf searches lists by binary search.
	for i := range lists {
		if i > 0 && lists[i-1].doc >= lists[i].doc {
			t.Errorf("lists is not in the order of IDs at %s, %s", lists[i-1].doc, lists[i].doc)
		}
		if l, ok := ListOf(lists[i].doc); !ok || l.l != &lists[i] {
			t.Errorf("ListOf(%q) does not find its list", lists[i].doc)
		}
	}
	if _, ok := ListOf("Lucca2017Communique"); ok {
		t.Errorf("ListOf finds a list for a document without one")
	}
}
