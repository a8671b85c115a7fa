// Package lineartest times the cost of a function on 1 MB of input against its
// cost on the ten tenths of that megabyte, for the tests that hold the
// entry points to a cost linear in their input.
//
// [Ratio] gives the ratio of the two costs; [MaxRatio] is the most a
// linear cost may show, with room for the caches. [MinTimes] times
// functions in turn with the collector held off, keeping the least of
// several runs. [Tenths] cuts a text into ten pieces, and [Duration] prints
// a time as BENCHMARKS.md does. Only tests import it.
package lineartest

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"
	"unicode/utf8"
)

// MaxRatio is the most that a cost at 1 MB may be of the cost at 100 KB:
// 10 for a cost linear in the input, with room for noise and the caches,
// and far below the 100 of a quadratic cost.
const MaxRatio = 12

// Ratio returns the ratio of the cost of large, a call on 1 MB of input, to
// the mean cost of the calls pieces, on each tenth of it in turn (100 KB):
// so that both sides read the same megabyte and allocate as much, and
// neither gains from a cache that holds 100 KB but not 1 MB. Each cost is
// the least of several runs; a ratio above MaxRatio is measured again, up
// to three times, so that a moment of load cannot fail a test, while a cost
// that is not linear fails each time.
func Ratio(pieces []func(), large func()) (ratio float64, small, tl time.Duration) {
	all := func() {
		for _, f := range pieces {
			f()
		}
	}
	for range 3 {
		t := MinTimes(5, all, large)
		small, tl = t[0]/time.Duration(len(pieces)), t[1]
		ratio = float64(tl) / float64(max(small, 1))
		if ratio <= MaxRatio {
			break
		}
	}
	return ratio, small, tl
}

// MinTimes returns the least time that each of fs takes, of runs rounds in
// which each is timed in turn, so that a change of the machine's load
// weighs on all alike; the collector is held off, so that a loaded machine
// or a collection adds nothing to the least. A timing calls f as many
// times as take about a millisecond (once when f takes longer), so that
// the clock's grain and a stray interrupt weigh little on a call of
// microseconds.
func MinTimes(runs int, fs ...func()) []time.Duration {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	calls := make([]int, len(fs))
	best := make([]time.Duration, len(fs))
	for i, f := range fs {
		start := time.Now()
		f() // warm: the heap grown, the caches filled
		calls[i] = int(min(1000, time.Millisecond/max(time.Since(start), 1))) + 1
		best[i] = time.Duration(1 << 62)
	}
	for range runs {
		for i, f := range fs {
			runtime.GC()
			start := time.Now()
			for range calls[i] {
				f()
			}
			best[i] = min(best[i], time.Since(start)/time.Duration(calls[i]))
		}
	}
	return best
}

// Tenths cuts s into ten pieces of about equal length, at rune boundaries.
func Tenths(s string) []string {
	var out []string
	at := 0
	for k := 1; k <= 10; k++ {
		end := len(s) * k / 10
		for end < len(s) && !utf8.RuneStart(s[end]) {
			end++
		}
		out = append(out, s[at:end])
		at = end
	}
	return out
}

// Duration writes d with three significant digits or so: 702 µs, 23.3 ms.
func Duration(d time.Duration) string {
	switch {
	case d < time.Microsecond:
		return fmt.Sprintf("%d ns", d.Nanoseconds())
	case d < time.Millisecond:
		return fmt.Sprintf("%.3g µs", float64(d.Nanoseconds())/1e3)
	case d < time.Second:
		return fmt.Sprintf("%.3g ms", float64(d.Nanoseconds())/1e6)
	}
	return fmt.Sprintf("%.3g s", d.Seconds())
}
