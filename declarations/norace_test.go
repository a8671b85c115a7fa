//go:build !race

package declarations_test

// raceEnabled says that the tests run with the race detector, under which a
// sync.Pool drops buffers at random, so that allocations cannot be counted.
const raceEnabled = false
