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
