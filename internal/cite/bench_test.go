package cite

import (
	"os"
	"strings"
	"testing"
)

var benchCitations = []struct{ name, in string }{
	{"ID", "UNGGE2015/13f"},
	{"GGE", "UN GGE 2015 norm 13(f)"},
	{"Symbol", "A/70/174, para. 13(f)"},
	{"Lucca", "Lucca Declaration, norm 6"},
	{"Bare", "13(f)"},
	{"BareUnit", "norm (f)"},
	{"BareSpaced", "norm 13 (f)"},
}

// benchRead are citations read by their core: a gloss, a description.
var benchRead = []struct{ name, in string }{
	{"Gloss", "UN GGE 2015 norm 13(b) — consider all relevant information"},
	{"Parenthesis", "Paris Call, principle 3 (election integrity)"},
	{"Description", "the GGE 2015 norm on supply chain integrity"},
}

// BenchmarkReadRef reads citations whose strict reading fails and whose
// core reads.
func BenchmarkReadRef(b *testing.B) {
	for _, c := range benchRead {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, _, err := ReadRef(c.in, Any); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkParseRef(b *testing.B) {
	for _, c := range benchCitations {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := ParseRef(c.in, Norm); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestParseAllocs: a citation read whole allocates nothing, the bare
// lettered forms too.
func TestParseAllocs(t *testing.T) {
	for _, c := range benchCitations {
		if n := testing.AllocsPerRun(100, func() { ParseRef(c.in, Norm) }); n != 0 {
			t.Errorf("ParseRef(%q) allocates %v times", c.in, n)
		}
	}
}

// BenchmarkScan scans the real prose of the seeds and sources.
func BenchmarkScan(b *testing.B) {
	var text strings.Builder
	for _, f := range []string{
		"../../data/Lucca2017.txt", "../../data/Toronto2018.txt", "../../data/Paris2019.txt", "testdata/prose.txt",
	} {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text.Write(data)
	}
	s := text.String()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for range Scan(s) {
		}
	}
}

// BenchmarkScanHostile scans text made only of the words of names, the
// worst case of the scanner's search.
func BenchmarkScanHostile(b *testing.B) {
	s := strings.Repeat("Lucca Declaration UN GGE 2015 norms 13(a) and (b) Toronto para ", 200)
	b.SetBytes(int64(len(s)))
	for i := 0; i < b.N; i++ {
		for range Scan(s) {
		}
	}
}
