package main

import (
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms/internal/lineartest"
)

// TestLineCounter checks lineCounter against counting from the start of the
// text, on texts of newlines, CRLFs and other bytes, at offsets in
// ascending order and, to check the fallback, in any order.
func TestLineCounter(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	naive := func(text string, i int) (int, int) {
		return 1 + strings.Count(text[:i], "\n"), i - strings.LastIndexByte(text[:i], '\n')
	}
	for range 200 {
		var b strings.Builder
		for range r.IntN(300) {
			b.WriteByte("\n\r ab"[r.IntN(5)])
		}
		text := b.String()
		var offsets []int
		for range r.IntN(20) {
			offsets = append(offsets, r.IntN(len(text)+1))
		}
		sorted := append([]int(nil), offsets...)
		for i := range sorted { // insertion sort: a few offsets
			for j := i; j > 0 && sorted[j] < sorted[j-1]; j-- {
				sorted[j], sorted[j-1] = sorted[j-1], sorted[j]
			}
		}
		for _, offs := range [][]int{sorted, offsets} {
			var lc lineCounter
			for _, i := range offs {
				line, col := lc.position(text, i)
				if wl, wc := naive(text, i); line != wl || col != wc {
					t.Fatalf("position(%q, %d) = %d:%d, want %d:%d", text, i, line, col, wl, wc)
				}
			}
		}
	}
}

// scanUnits are the hostile inputs of the scan command: citations one
// after the other on one line (each one counted its line and column from
// the start of the text: 4 MB took 10.5 s), the same one per line, and
// prose with a citation now and then.
var scanUnits = []struct{ name, unit string }{
	{"citations", "UN GGE 2015 norms 13(f) and (g), Lucca Declaration norm 6; A/70/174, para. 13(f); "},
	{"lines", "UN GGE 2015 norm 13(f)\n"},
	{"prose", "States reaffirmed their commitment to the rules of the road, as the report of the experts did.\nThey recalled A/70/174, para. 13(f).\n"},
}

// scanInput returns unit repeated and cut to n bytes.
func scanInput(unit string, n int) string { return strings.Repeat(unit, n/len(unit)+1)[:n] }

// scanCommand returns a run of "cybernorms scan" (with -json if json) on
// text as the standard input.
func scanCommand(text string, json bool) func() {
	args := []string{"scan"}
	if json {
		args = append(args, "-json")
	}
	return func() {
		stdin = strings.NewReader(text)
		run(args, io.Discard, io.Discard)
	}
}

// BenchmarkScanCommand measures "cybernorms scan" on 1 KB to 1 MB of each
// input (BENCHMARKS.md, "Hostile input").
func BenchmarkScanCommand(b *testing.B) {
	defer func() { stdin = nil }()
	for _, u := range scanUnits {
		for _, json := range []bool{false, true} {
			for _, n := range []int{1_000, 10_000, 100_000, 1_000_000} {
				name := fmt.Sprintf("%s/text/%dKB", u.name, n/1000)
				if json {
					name = fmt.Sprintf("%s/json/%dKB", u.name, n/1000)
				}
				f := scanCommand(scanInput(u.unit, n), json)
				b.Run(name, func(b *testing.B) {
					b.SetBytes(int64(n))
					b.ReportAllocs()
					for range b.N {
						f()
					}
				})
			}
		}
	}
}

// TestScanCommandLinear checks that "cybernorms scan" costs at 1 MB at most
// 12 times its cost at 100 KB, the mean over the ten tenths of the
// megabyte, each timed as the least of several runs in turn with the
// other, and timed again when above the bound (a moment of load); the
// count of lines from the start of the text for each citation made it 35
// times. Without the race detector, whose cost is linear too.
func TestScanCommandLinear(t *testing.T) {
	if testing.Short() || raceEnabled || os.Getenv("CYBERNORMS_GATE") == "" {
		t.Skip("measures inputs of 1 MB, without the race detector: run by .ci/run, which sets CYBERNORMS_GATE=1")
	}
	defer func(r io.Reader) { stdin = r }(stdin)
	for _, u := range scanUnits {
		// The output spills to the real output as it grows (cmdEnv.spill):
		// held whole, the 14 MB of JSON that a megabyte of citations on
		// lines makes had cost 11.5 to 12.6 times its tenths'.
		for _, json := range []bool{false, true} {
			text := scanInput(u.unit, 1_000_000)
			var pieces []func()
			for k := range 10 {
				pieces = append(pieces, scanCommand(text[k*100_000:(k+1)*100_000], json))
			}
			ratio, small, tl := lineartest.Ratio(pieces, scanCommand(text, json))
			if ratio > lineartest.MaxRatio {
				t.Errorf("scan (json %v) of %s: %v at 1 MB, %.1f times its %v at 100 KB (at most %d)", json, u.name, tl, ratio, small, lineartest.MaxRatio)
			} else {
				t.Logf("scan (json %v) of %s: 100 KB %v, 1 MB %v: %.1f", json, u.name, small, tl, ratio)
			}
		}
	}
}

var hostileTable = flag.Bool("hostile.table", false, "TestScanCommandTable: print the rows of the scan command in BENCHMARKS.md, \"Hostile input\"")

// TestScanCommandTable prints, with -hostile.table, the rows of the scan
// command in BENCHMARKS.md ("Hostile input"), as the root package's
// TestHostileTable prints the others: the cost at 1 KB to 1 MB, each the
// least of five runs with the collector held off, and the ratio of the
// cost at 1 MB to the mean of its tenths.
func TestScanCommandTable(t *testing.T) {
	if !*hostileTable {
		t.Skip("prints a table with -hostile.table")
	}
	defer func(r io.Reader) { stdin = r }(stdin)
	var b strings.Builder
	for _, u := range scanUnits {
		for _, json := range []bool{false, true} {
			name := "`cybernorms scan`"
			if json {
				name = "`cybernorms scan -json`"
			}
			fmt.Fprintf(&b, "| %s | %s |", name, u.name)
			var calls []func()
			for _, n := range []int{1_000, 10_000, 100_000, 1_000_000} {
				calls = append(calls, scanCommand(scanInput(u.unit, n), json))
			}
			for _, d := range lineartest.MinTimes(5, calls...) {
				fmt.Fprintf(&b, " %s |", lineartest.Duration(d))
			}
			text := scanInput(u.unit, 1_000_000)
			var pieces []func()
			for k := range 10 {
				pieces = append(pieces, scanCommand(text[k*100_000:(k+1)*100_000], json))
			}
			ratio, _, _ := lineartest.Ratio(pieces, calls[3])
			fmt.Fprintf(&b, " %.1f |\n", ratio)
		}
	}
	t.Log("\n" + b.String())
}
