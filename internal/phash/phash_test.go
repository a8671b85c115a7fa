package phash

import (
	"fmt"
	"testing"
)

func TestBuild(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 7, 44, 100, 4400, 20000} {
		keys := make([]string, n)
		for i := range keys {
			keys[i] = fmt.Sprintf("Doc%04d/%d", i/11, i%11)
		}
		tab, err := Build(keys)
		if err != nil {
			t.Fatalf("%d keys: %v", n, err)
		}
		if tab.Size < n || tab.Size&(tab.Size-1) != 0 {
			t.Errorf("%d keys: size %d", n, tab.Size)
		}
		seen := map[int]string{}
		for i, k := range keys {
			s := Slot(Hash(k), tab.Seeds, tab.Size)
			if s != tab.Slots[i] {
				t.Fatalf("%d keys: %q is in slot %d, Slot says %d", n, k, tab.Slots[i], s)
			}
			if other, ok := seen[s]; ok {
				t.Fatalf("%d keys: %q and %q share slot %d", n, k, other, s)
			}
			seen[s] = k
		}
	}
	if _, err := Build([]string{"a", "a"}); err == nil {
		t.Errorf("Build accepts a duplicate key")
	}
}

func TestHash(t *testing.T) {
	// FNV-1a 64 test vectors.
	for s, want := range map[string]uint64{"": 0xcbf29ce484222325, "a": 0xaf63dc4c8601ec8c, "foobar": 0x85944171f73967e8} {
		if got := Hash(s); got != want {
			t.Errorf("Hash(%q) = %#x, want %#x", s, got, want)
		}
	}
}

func BenchmarkSlot(b *testing.B) {
	keys := make([]string, 4400)
	for i := range keys {
		keys[i] = fmt.Sprintf("Doc%04d/%d", i/11, i%11)
	}
	tab, err := Build(keys)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	s := 0
	for i := 0; i < b.N; i++ {
		s += Slot(Hash(keys[i%len(keys)]), tab.Seeds, tab.Size)
	}
	_ = s
}
