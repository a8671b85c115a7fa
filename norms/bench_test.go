package norms_test

import (
	"testing"

	"github.com/cybernorms/cybernorms/norms"
)

var sink norms.Norm

func BenchmarkLookup(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sink, _ = norms.Lookup("Paris2019/12")
	}
}

// BenchmarkParseBare parses the bare lettered forms, which name a norm
// only where one lettered list holds it: in a corpus of copies (the scale
// runs) they are ambiguous, and the error is what is timed, which must not
// grow with the corpus.
func BenchmarkParseBare(b *testing.B) {
	for _, s := range []string{"13(f)", "norm (f)", "norm 13 (f)"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sink, _ = norms.Parse(s)
			}
		})
	}
}

// BenchmarkParseCore parses citations read by their core: a gloss after a
// dash, a description in place of a label.
func BenchmarkParseCore(b *testing.B) {
	for _, s := range []string{"UN GGE 2015 norm 13(b) — consider all relevant information", "the GGE 2015 norm on supply chain integrity"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sink, _ = norms.Parse(s)
			}
		})
	}
}

// BenchmarkParse parses five representative forms.
func BenchmarkParse(b *testing.B) {
	for _, s := range []string{
		"UNGGE2015/13f",
		"A/70/174, para. 13(f)",
		"UN GGE 2015 norm 13(f)",
		"Lucca Declaration, norm 6",
		"Paris 2019 commitment 12",
	} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				n, err := norms.Parse(s)
				if err != nil {
					b.Fatal(err)
				}
				sink = n
			}
		})
	}
}
