package main

import (
	"fmt"
	"io"
	"math"
	"strings"
)

// unit says how a row's values print.
type unit int

const (
	seconds unit = iota // a value in nanoseconds
	bytesU              // a value in bytes
	count               // a plain number
)

// row is a line of the table: one value per size (NaN when not measured).
type row struct {
	name  string
	unit  unit
	vals  []float64
	notes []string // printed after the value, per size
}

// format prints v in the row's unit.
func (u unit) format(v float64) string {
	if math.IsNaN(v) {
		return "—"
	}
	switch u {
	case seconds:
		a := math.Abs(v)
		switch {
		case a >= 1e9:
			return fmt.Sprintf("%.2f s", v/1e9)
		case a >= 1e6:
			return fmt.Sprintf("%.1f ms", v/1e6)
		case a >= 1e3:
			return fmt.Sprintf("%.1f µs", v/1e3)
		default:
			return fmt.Sprintf("%.1f ns", v)
		}
	case bytesU:
		a := math.Abs(v)
		switch {
		case a >= 1<<20:
			return fmt.Sprintf("%.1f MiB", v/(1<<20))
		case a >= 1<<10:
			return fmt.Sprintf("%.1f KiB", v/(1<<10))
		default:
			return fmt.Sprintf("%.0f B", v)
		}
	}
	if v == math.Trunc(v) {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.2f", v)
}

// rows returns the table's rows from the results, smallest size first.
func rows(results []*result) []row {
	n := len(results)
	var rs []row
	add := func(name string, u unit, f func(r *result) (float64, bool)) {
		rw := row{name: name, unit: u, vals: make([]float64, n), notes: make([]string, n)}
		any := false
		for i, r := range results {
			v, ok := f(r)
			if !ok {
				v = math.NaN()
			} else {
				any = true
			}
			rw.vals[i] = v
		}
		if any {
			rs = append(rs, rw)
		}
	}
	ok := func(m measure) bool { return m.Wall > 0 }
	add("documents", count, func(r *result) (float64, bool) { return float64(r.Stats.Docs), true })
	add("data files", count, func(r *result) (float64, bool) { return float64(r.Stats.Files), true })
	add("data bytes", bytesU, func(r *result) (float64, bool) { return float64(r.Stats.Bytes), true })
	add("generator writing the output (one run): wall", seconds, func(r *result) (float64, bool) { return float64(r.GenWrite.Wall), ok(r.GenWrite) })
	add("generator writing the output (one run): CPU", seconds, func(r *result) (float64, bool) { return float64(r.GenWrite.CPU), ok(r.GenWrite) })
	add("`gen -check`: wall", seconds, func(r *result) (float64, bool) { return float64(r.Gen.Wall), ok(r.Gen) })
	add("`gen -check`: CPU", seconds, func(r *result) (float64, bool) { return float64(r.Gen.CPU), ok(r.Gen) })
	add("`gen -check`: peak RSS", bytesU, func(r *result) (float64, bool) { return float64(r.Gen.RSS), ok(r.Gen) })
	for _, p := range packages(results) {
		get := func(r *result) (measure, bool) { m, ok := r.Compile[p]; return m, ok }
		add(fmt.Sprintf("compile of `%s` (cold): wall", p), seconds, func(r *result) (float64, bool) { m, ok := get(r); return float64(m.Wall), ok })
		add(fmt.Sprintf("compile of `%s` (cold): CPU", p), seconds, func(r *result) (float64, bool) { m, ok := get(r); return float64(m.CPU), ok })
		add(fmt.Sprintf("compile of `%s` (cold): peak RSS", p), bytesU, func(r *result) (float64, bool) { m, ok := get(r); return float64(m.RSS), ok })
	}
	for _, name := range benchNames(results) {
		i := len(rs)
		add(fmt.Sprintf("`%s` %s", name.pkg, name.name), seconds, func(r *result) (float64, bool) {
			for _, b := range r.Bench {
				if b.Pkg == name.pkg && b.Name == name.name && b.NsOp >= 0 {
					return b.NsOp, true
				}
			}
			return 0, false
		})
		if i < len(rs) {
			for j, r := range results {
				for _, b := range r.Bench {
					if b.Pkg == name.pkg && b.Name == name.name && b.AllocOp >= 0 {
						rs[i].notes[j] = fmt.Sprintf(", %.0f allocs", b.AllocOp)
						if b.Hits >= 0 {
							rs[i].notes[j] += fmt.Sprintf(", %.0f hits", b.Hits)
						}
					}
				}
			}
		}
	}
	add("binary Δ (loaded bytes): calls Parse and Search, over one that prints one norm", bytesU, func(r *result) (float64, bool) { return float64(r.Call - r.One), r.Call > 0 && r.One > 0 })
	add("binary Δ: calls Parse and Search, over one that prints every paragraph and norm", bytesU, func(r *result) (float64, bool) { return float64(r.Call - r.All), r.Call > 0 && r.All > 0 })
	add("binary Δ: calls Parse, over one that prints every text and every piece of metadata", bytesU, func(r *result) (float64, bool) { return float64(r.MetaParse - r.Meta), r.MetaParse > 0 && r.Meta > 0 })
	add("binary Δ: calls Search, over one that prints every text and every piece of metadata", bytesU, func(r *result) (float64, bool) { return float64(r.MetaSearch - r.Meta), r.MetaSearch > 0 && r.Meta > 0 })
	add("binary Δ: calls Parse and Search, over one without cybernorms", bytesU, func(r *result) (float64, bool) { return float64(r.Call - r.Base), r.Call > 0 && r.Base > 0 })
	add("binary Δ: prints every paragraph and norm, over one without cybernorms", bytesU, func(r *result) (float64, bool) { return float64(r.All - r.Base), r.All > 0 && r.Base > 0 })
	add("binary Δ: prints one norm, over one without cybernorms", bytesU, func(r *result) (float64, bool) { return float64(r.One - r.Base), r.One > 0 && r.Base > 0 })
	return rs
}

// packages returns the generated packages measured at any size.
func packages(results []*result) []string {
	var ps []string
	seen := map[string]bool{}
	for _, r := range results {
		for _, p := range r.Pkgs {
			if !seen[p] {
				seen[p] = true
				ps = append(ps, p)
			}
		}
	}
	return ps
}

type benchName struct{ pkg, name string }

// benchNames returns the benchmarks run at any size, in the order first run.
func benchNames(results []*result) []benchName {
	var ns []benchName
	seen := map[benchName]bool{}
	for _, r := range results {
		for _, b := range r.Bench {
			n := benchName{b.Pkg, b.Name}
			if !seen[n] {
				seen[n] = true
				ns = append(ns, n)
			}
		}
	}
	return ns
}

// writeTable prints the Markdown table of the results.
func writeTable(w io.Writer, o options, results []*result) {
	fmt.Fprintln(w, header(o))
	fmt.Fprintln(w)
	var b strings.Builder
	b.WriteString("| |")
	for _, r := range results {
		fmt.Fprintf(&b, " %d× |", r.K)
	}
	growth := len(results) > 1
	if growth {
		fmt.Fprintf(&b, " growth per document, %d× to %d× |", results[0].K, results[len(results)-1].K)
	}
	b.WriteString("\n| --- |")
	for range results {
		b.WriteString(" ---: |")
	}
	if growth {
		b.WriteString(" ---: |")
	}
	b.WriteString("\n")
	rs := rows(results)
	for _, rw := range rs {
		fmt.Fprintf(&b, "| %s |", rw.name)
		for i, v := range rw.vals {
			fmt.Fprintf(&b, " %s%s |", rw.unit.format(v), rw.notes[i])
		}
		if growth {
			fmt.Fprintf(&b, " %s |", perDoc(rw, results))
		}
		b.WriteString("\n")
	}
	fmt.Fprint(w, b.String())
	var errs []string
	for _, r := range results {
		errs = append(errs, r.Errs...)
	}
	if len(errs) > 0 {
		fmt.Fprintf(w, "\nFailures:\n\n```\n%s\n```\n", strings.Join(errs, "\n"))
	}
}

// perDoc is the growth of the row's value per document between the smallest
// and the largest size it was measured at.
func perDoc(rw row, results []*result) string {
	first, last := -1, -1
	for i, v := range rw.vals {
		if !math.IsNaN(v) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 || first == last || rw.unit == count {
		return ""
	}
	dd := float64(results[last].Stats.Docs - results[first].Stats.Docs)
	return rw.unit.format((rw.vals[last]-rw.vals[first])/dd) + "/doc"
}

// checkLinear prints the measures of the smallest and the largest size and
// their ratios, and reports whether the compile time (CPU: user and system)
// and the peak memory of every generated package grew by at most maxRatio,
// or, if maxRatio is 0, by at most the ratio of the sizes (linear growth).
// The wall time of the compile, which other work on a shared machine
// inflates, and the generator's measures are printed but not checked.
func checkLinear(w io.Writer, results []*result, maxRatio float64) bool {
	okAll := true
	for _, r := range results {
		for _, e := range r.Errs {
			fmt.Fprintln(w, "FAIL:", e)
			okAll = false
		}
	}
	if len(results) < 2 || !okAll {
		return false
	}
	a, b := results[0], results[len(results)-1]
	limit := maxRatio
	if limit == 0 {
		limit = float64(b.K) / float64(a.K)
	}
	fmt.Fprintf(w, "%d× (%d documents) against %d× (%d documents); the compile of a generated package fails if a ratio exceeds %.4g\n", a.K, a.Stats.Docs, b.K, b.Stats.Docs, limit)
	line := func(what string, u unit, x, y float64, checked bool) {
		ratio := y / x
		verdict := "not checked"
		switch {
		case checked && ratio > limit:
			verdict = "FAIL: grows faster than allowed"
			okAll = false
		case checked:
			verdict = "ok"
		}
		fmt.Fprintf(w, "  %-40s %10s %10s  ratio %5.2f  %s\n", what, u.format(x), u.format(y), ratio, verdict)
	}
	line("generator (gen -check), wall", seconds, float64(a.Gen.Wall), float64(b.Gen.Wall), false)
	line("generator (gen -check), CPU", seconds, float64(a.Gen.CPU), float64(b.Gen.CPU), false)
	line("generator (gen -check), peak RSS", bytesU, float64(a.Gen.RSS), float64(b.Gen.RSS), false)
	for _, p := range packages(results) {
		x, y := a.Compile[p], b.Compile[p]
		line("compile of "+p+", wall", seconds, float64(x.Wall), float64(y.Wall), false)
		line("compile of "+p+", CPU", seconds, float64(x.CPU), float64(y.CPU), true)
		line("compile of "+p+", peak RSS", bytesU, float64(x.RSS), float64(y.RSS), true)
	}
	if okAll {
		fmt.Fprintln(w, "ok: the compile of every generated package grows within the limit")
	}
	return okAll
}
