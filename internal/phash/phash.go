// Package phash is the minimal perfect hash of the corpus's generated
// lookup tables. The generator builds a table with [Build], and the runtime
// finds a key's slot with [Slot]. Both use this package, so a table is read
// with the hash it was built with.
//
// The scheme is "hash, displace". A key's 64-bit FNV-1a hash picks a
// bucket. The bucket's seed, chosen by [Build] so that no two keys share a
// slot, displaces the hash to its slot. A lookup costs one pass over the
// key, two multiplications and one comparison, whatever the table's size.
// It allocates nothing.
package phash

import (
	"errors"
	"sort"
)

// Hash returns the 64-bit FNV-1a hash of s.
func Hash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// Slot returns the slot, in a table of size slots, of a key whose [Hash] is
// h, given the table's seeds, one per bucket. size is a power of two.
func Slot(h uint64, seeds []uint32, size int) int {
	if len(seeds) == 0 {
		return 0
	}
	x := h ^ uint64(seeds[h%uint64(len(seeds))])*0x9e3779b97f4a7c15
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	return int(x & uint64(size-1))
}

// A Table is what [Build] computes for a set of keys: the seeds to pass to
// [Slot], the size of the table, and the slot of each key.
type Table struct {
	Seeds []uint32
	Size  int
	// Slots[i] is the slot of the i-th key given to Build.
	Slots []int
}

// Build computes a table for keys, which must be distinct: a size (the
// smallest power of two at least 5/4 of the number of keys, so that the
// table is at least half full) and one seed per four keys, found bucket by
// bucket, largest first. The result depends on the keys alone.
func Build(keys []string) (Table, error) {
	size := 1
	for size*4 < len(keys)*5 {
		size *= 2
	}
	nb := max(1, len(keys)/4)
	t := Table{Seeds: make([]uint32, nb), Size: size, Slots: make([]int, len(keys))}
	buckets := make([][]int, nb)
	hashes := make([]uint64, len(keys))
	seen := make(map[string]bool, len(keys))
	for i, k := range keys {
		if seen[k] {
			return Table{}, errors.New("phash: duplicate key " + k)
		}
		seen[k] = true
		hashes[i] = Hash(k)
		b := hashes[i] % uint64(nb)
		buckets[b] = append(buckets[b], i)
	}
	order := make([]int, nb)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return len(buckets[order[a]]) > len(buckets[order[b]]) })
	used := make([]bool, size)
	for _, b := range order {
		if len(buckets[b]) == 0 {
			continue
		}
		placed := false
		for seed := uint32(0); seed < 1<<24 && !placed; seed++ {
			t.Seeds[b] = seed
			slots := make([]int, 0, len(buckets[b]))
			ok := true
			for _, k := range buckets[b] {
				s := Slot(hashes[k], t.Seeds, size)
				if used[s] || contains(slots, s) {
					ok = false
					break
				}
				slots = append(slots, s)
			}
			if ok {
				for j, k := range buckets[b] {
					used[slots[j]] = true
					t.Slots[k] = slots[j]
				}
				placed = true
			}
		}
		if !placed {
			return Table{}, errors.New("phash: no seed places a bucket")
		}
	}
	return t, nil
}

func contains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
