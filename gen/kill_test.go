//go:build unix

package main

import (
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"
)

// TestKillAtRandom runs the built generator 200 times, each time on the
// other of two versions of a small corpus, and kills it with SIGKILL after a
// random delay. After each kill, the freshness check must report the tree
// stale unless the run had finished, and the next run must repair it
// (checkKilled). Half of the kills land near the end of a run, where it
// writes.
func TestKillAtRandom(t *testing.T) {
	if testing.Short() || os.Getenv("CYBERNORMS_GATE") == "" {
		t.Skip("kills the generator 200 times: run by .ci/run, which sets CYBERNORMS_GATE=1")
	}
	bin := buildGenerator(t)
	data, out := twoVersions(t)
	root := writeTree(t, t.TempDir(), data[0])
	if code := run(root, false, false, os.Stderr); code != 0 {
		t.Fatal("the first generation failed")
	}
	var ds []time.Duration
	for i := range 5 {
		writeTree(t, root, data[(i+1)%2])
		start := time.Now()
		if b, err := exec.Command(bin, "-root", root).CombinedOutput(); err != nil {
			t.Fatalf("a run failed: %v\n%s", err, b)
		}
		ds = append(ds, time.Since(start))
	}
	slices.Sort(ds)
	whole := ds[len(ds)/2]
	t.Logf("a whole run takes %v", whole)

	rng := rand.New(rand.NewPCG(1, uint64(time.Now().UnixNano())))
	state, finished, mixed := 1, 0, 0
	for i := range 200 {
		want := 1 - state
		writeTree(t, root, data[want])
		delay := time.Duration(rng.Int64N(int64(whole) * 12 / 10))
		if i%2 == 1 {
			delay = whole*8/10 + time.Duration(rng.Int64N(int64(whole)*4/10))
		}
		cmd := exec.Command(bin, "-root", root)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		if cmd.Wait() == nil {
			finished++
		}
		if checkKilled(t, root, out, want) {
			mixed++
		}
		state = want
	}
	t.Logf("200 kills: %d after the run had finished, %d left a mix of versions", finished, mixed)
}

// buildGenerator builds the generator into a temporary directory.
func buildGenerator(t *testing.T) string {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build the generator with")
	}
	bin := filepath.Join(t.TempDir(), "gen")
	if out, err := exec.Command(gobin, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("building the generator: %v\n%s", err, out)
	}
	return bin
}
