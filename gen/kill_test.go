//go:build unix

package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildGenerator builds the generator into a temporary directory.
func buildGenerator(t *testing.T) string {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build the generator with")
	}
	bin := filepath.Join(t.TempDir(), "gen")
	out, err := exec.Command(gobin, "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("building the generator: %v\n%s", err, out)
	}
	return bin
}

// TestKillAtRandom runs the built generator 200 times, each time on the
// other of two versions of a small corpus, and kills it with SIGKILL after a
// random delay. Then it runs what the next start of the generator runs first
// (take the lock, recover the journal) and checks that the generated files
// are all of one version, and that no other file is in the package
// directories. Half of the runs pause 3 ms between the steps of the journal
// (CYBERNORMS_GEN_STEP_DELAY), so that kills also land between its steps
// and not only before or after them.
func TestKillAtRandom(t *testing.T) {
	if testing.Short() || os.Getenv("CYBERNORMS_GATE") == "" {
		t.Skip("kills the generator 200 times (about 15 s): run by .ci/run, which sets CYBERNORMS_GATE=1")
	}
	bin := buildGenerator(t)
	data, out := twoVersions(t)
	root := writeTree(t, t.TempDir(), data[0])
	if code := run(root, false, false, os.Stderr); code != 0 {
		t.Fatal("the first generation failed")
	}

	// How long a whole run takes, with and without the step delay.
	durations := [2]time.Duration{}
	for slow := range 2 {
		var ds []time.Duration
		for i := range 5 {
			writeTree(t, root, data[(i+1)%2])
			cmd := generatorCommand(bin, root, slow == 1)
			start := time.Now()
			if b, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("a run failed: %v\n%s", err, b)
			}
			ds = append(ds, time.Since(start))
		}
		writeTree(t, root, data[0])
		if code := run(root, false, false, os.Stderr); code != 0 {
			t.Fatal("regeneration failed")
		}
		slices.Sort(ds)
		durations[slow] = ds[len(ds)/2]
	}
	t.Logf("a whole run takes %v, and %v with the step delay", durations[0], durations[1])

	const runs = 200
	rng := rand.New(rand.NewPCG(1, uint64(time.Now().UnixNano())))
	state := 0
	var mixed, strayCount, finishedBeforeKill int
	outcomes := map[string]int{}
	start := time.Now()
	for i := range runs {
		want := 1 - state
		writeTree(t, root, data[want])
		slow := i%2 == 1
		cmd := generatorCommand(bin, root, slow)
		// Up to 1.2 times a whole run, so that some runs finish.
		delay := time.Duration(rng.Int64N(int64(durations[btoi(slow)]) * 12 / 10))
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		if err == nil {
			finishedBeforeKill++
		}
		journal := "no journal"
		if journalPending(root) {
			journal = "journal without a commit record"
			if _, err := os.Stat(filepath.Join(root, journalDir, commitName)); err == nil {
				journal = "journal with a commit record"
			}
		}
		// Before recovery, the package directories hold nothing extra.
		_, straysBefore := outputState(t, root, out)
		if len(straysBefore) > 0 {
			t.Errorf("run %d: before recovery, the package directories hold %v", i, straysBefore)
		}
		// What the next start does first.
		unlock, err := lockTree(root, os.Stderr)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := recoverJournal(root); err != nil {
			t.Fatalf("run %d: recovery: %v", i, err)
		}
		unlock()
		got, strays := outputState(t, root, out)
		if len(strays) > 0 {
			t.Errorf("run %d: after recovery, the package directories hold %v", i, strays)
		}
		if len(straysBefore) > 0 || len(strays) > 0 {
			strayCount++
		}
		if journalPending(root) {
			t.Errorf("run %d: recovery left the journal", i)
		}
		switch got {
		case -1:
			mixed++
			t.Errorf("run %d (killed after %v, %s): a mixed set of generated files", i, delay, journal)
		case state:
			outcomes[journal+", all old"]++
		case want:
			outcomes[journal+", all new"]++
			state = want
		}
	}
	elapsed := time.Since(start)
	var lines []string
	for k, v := range outcomes {
		lines = append(lines, fmt.Sprintf("%3d  %s", v, k))
	}
	sort.Strings(lines)
	t.Logf("%d runs in %v: %d mixed sets, %d runs with stray files, %d finished before the kill; after the kill:\n%s",
		runs, elapsed.Round(time.Millisecond), mixed, strayCount, finishedBeforeKill, strings.Join(lines, "\n"))
	if outcomes["journal with a commit record, all new"] == 0 {
		t.Logf("no kill landed after the commit point and before the end; the roll-forward was not exercised this time")
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func generatorCommand(bin, root string, slow bool) *exec.Cmd {
	cmd := exec.Command(bin, "-root", root)
	cmd.Env = append(os.Environ(), stepDelayEnv+"=")
	if slow {
		cmd.Env = append(cmd.Env, stepDelayEnv+"=3ms")
	}
	return cmd
}

// TestRunsDoNotInterleave holds the lock as a run does, starts the
// generator, and checks that it waits, writing nothing, until the lock is
// released.
func TestRunsDoNotInterleave(t *testing.T) {
	bin := buildGenerator(t)
	data, out := twoVersions(t)
	root := writeTree(t, t.TempDir(), data[0])
	if code := run(root, false, false, os.Stderr); code != 0 {
		t.Fatal("the first generation failed")
	}
	unlock, err := lockTree(root, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	writeTree(t, root, data[1])
	cmd := exec.Command(bin, "-root", root)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		unlock()
		t.Fatalf("the generator ran while another held the lock (%v): %s", err, stderr.String())
	case <-time.After(500 * time.Millisecond):
	}
	if got, _ := outputState(t, root, out); got != 0 {
		t.Errorf("the generator wrote while another held the lock")
	}
	unlock()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("the generator failed: %v: %s", err, stderr.String())
		}
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatal("the generator did not finish after the lock was released")
	}
	if got, _ := outputState(t, root, out); got != 1 {
		t.Errorf("after the lock was released, the generator did not write the new files")
	}
	if !strings.Contains(stderr.String(), "gen: waiting for another run of the generator in "+root+" to finish") {
		t.Errorf("the generator did not say it was waiting: %q", stderr.String())
	}
}
