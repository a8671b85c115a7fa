package main

import (
	"math"
	"strings"
	"testing"
	"time"
)

const benchOutput = `goos: linux
goarch: amd64
pkg: github.com/cybernorms/cybernorms/norms
cpu: AMD EPYC
BenchmarkLookup-2                      	10000000	        13.90 ns/op	       0 B/op	       0 allocs/op
BenchmarkLookup-2                      	10000000	        11.90 ns/op	       0 B/op	       0 allocs/op
BenchmarkLookup-2                      	10000000	        12.90 ns/op	       0 B/op	       0 allocs/op
BenchmarkParse/A/70/174,_para._13(f)-2 	  40000	      3100 ns/op	     512 B/op	      14 allocs/op
--- FAIL: BenchmarkParse/Lucca_Declaration,_norm_6
    bench_test.go:32: cannot parse citation "Lucca Declaration, norm 6": ambiguous
--- FAIL: BenchmarkParse
FAIL
pkg: github.com/cybernorms/cybernorms/declarations
BenchmarkSearch/States-2   	    1000	    109900 ns/op	   9000 B/op	     118 allocs/op	       44.00 hits
ok
`

func TestParseBench(t *testing.T) {
	bs := parseBench(benchOutput)
	want := []bench{
		{"norms", "BenchmarkLookup", 11.9, 0, -1},
		{"norms", "BenchmarkParse/A/70/174,_para._13(f)", 3100, 14, -1},
		{"declarations", "BenchmarkSearch/States", 109900, 118, 44},
	}
	if len(bs) != len(want) {
		t.Fatalf("got %+v, want %+v", bs, want)
	}
	for i := range want {
		if bs[i] != want[i] {
			t.Errorf("benchmark %d: got %+v, want %+v", i, bs[i], want[i])
		}
	}
	f := failures(benchOutput)
	if !strings.Contains(f, "--- FAIL: BenchmarkParse/Lucca_Declaration,_norm_6\nbench_test.go:32: cannot parse") || strings.Contains(f, "BenchmarkSearch") {
		t.Errorf("failures:\n%s", f)
	}
}

func TestCompiledPackage(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"/go/pkg/tool/linux_amd64/compile", "-o", "x.a", "-p", "example.com/m/norms", "-lang=go1.23", "a.go"}, "example.com/m/norms"},
		{[]string{"/go/pkg/tool/linux_amd64/compile", "-p=main", "a.go"}, "main"},
		{[]string{"/go/pkg/tool/linux_amd64/compile", "-V=full"}, ""},
		{[]string{"/go/pkg/tool/linux_amd64/asm", "-p", "runtime"}, ""},
		{[]string{"/go/pkg/tool/linux_amd64/compile", "-p"}, ""},
	} {
		if got := compiledPackage(c.args); got != c.want {
			t.Errorf("%q: got %q, want %q", c.args, got, c.want)
		}
	}
}

func TestBest(t *testing.T) {
	m := best([]measure{{3, 2, 10}, {1, 3, 30}, {2, 1, 20}})
	if m != (measure{1, 1, 20}) {
		t.Errorf("best: %+v", m)
	}
}

func TestFormat(t *testing.T) {
	for _, c := range []struct {
		u    unit
		v    float64
		want string
	}{
		{seconds, 12.34, "12.3 ns"},
		{seconds, 1500, "1.5 µs"},
		{seconds, 2.5e6, "2.5 ms"},
		{seconds, 12.3e9, "12.30 s"},
		{bytesU, 512, "512 B"},
		{bytesU, 3 << 10, "3.0 KiB"},
		{bytesU, 670 << 20, "670.0 MiB"},
		{count, 1800, "1800"},
		{count, math.NaN(), "—"},
	} {
		if got := c.u.format(c.v); got != c.want {
			t.Errorf("format(%v, %v) = %q, want %q", c.u, c.v, got, c.want)
		}
	}
}

func TestCheckLinear(t *testing.T) {
	mk := func(k int, compile time.Duration, rss int64) *result {
		return &result{
			K:       k,
			Stats:   corpusStats{Docs: 18 * k},
			Gen:     measure{Wall: time.Duration(k) * 50 * time.Millisecond, CPU: 1, RSS: 10 << 20},
			Pkgs:    []string{"norms"},
			Compile: map[string]measure{"norms": {Wall: compile, CPU: compile, RSS: rss}},
		}
	}
	var b strings.Builder
	if !checkLinear(&b, []*result{mk(1, 120*time.Millisecond, 40<<20), mk(10, 1000*time.Millisecond, 90<<20)}, 0) {
		t.Errorf("linear growth failed:\n%s", b.String())
	}
	b.Reset()
	if checkLinear(&b, []*result{mk(1, 120*time.Millisecond, 40<<20), mk(10, 1300*time.Millisecond, 90<<20)}, 0) {
		t.Errorf("superlinear growth passed:\n%s", b.String())
	}
	if !strings.Contains(b.String(), "compile of norms, CPU") || !strings.Contains(b.String(), "ratio 10.83  FAIL") {
		t.Errorf("report:\n%s", b.String())
	}
	b.Reset()
	if checkLinear(&b, []*result{mk(1, 120*time.Millisecond, 40<<20), mk(10, 500*time.Millisecond, 90<<20)}, 3) {
		t.Errorf("a ratio of 4.2 passed -max-ratio 3:\n%s", b.String())
	}
	b.Reset()
	failed := mk(10, 1, 1)
	failed.Errs = []string{"10×, compile: boom"}
	if checkLinear(&b, []*result{mk(1, 1, 1), failed}, 0) || !strings.Contains(b.String(), "boom") {
		t.Errorf("a failed step passed:\n%s", b.String())
	}
}

func TestQuoteField(t *testing.T) {
	for in, want := range map[string]string{
		"/tmp/x":        "/tmp/x",
		"/tmp/a b":      "'/tmp/a b'",
		"/tmp/it's a b": `"/tmp/it's a b"`,
	} {
		if got := quoteField(in); got != want {
			t.Errorf("quoteField(%q) = %s, want %s", in, got, want)
		}
	}
}
