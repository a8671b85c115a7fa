package declarations_test

import (
	"testing"

	"github.com/cybernorms/cybernorms/declarations"
)

var docSink declarations.Declaration

func BenchmarkLookup(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		docSink, _ = declarations.Lookup("UNGGE2015")
	}
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d, _, err := declarations.Parse("Toronto 2018 chair's report, para. 7")
		if err != nil {
			b.Fatal(err)
		}
		docSink = d
	}
}

// BenchmarkSearchResult measures what a query's result alone costs any
// implementation of Search's signature: it allocates and fills a copy of
// the hits and matches that Search returns for the query, without
// searching. It is the floor under BenchmarkSearch for the same query.
func BenchmarkSearchResult(b *testing.B) {
	for _, q := range []string{"States", "the"} {
		hits, err := declarations.Search(q)
		if err != nil {
			b.Fatal(err)
		}
		nm := 0
		for _, h := range hits {
			nm += len(h.Matches)
		}
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				out := make([]declarations.Hit, len(hits))
				m := make([][2]int, nm)
				j := 0
				for i, h := range hits {
					k := copy(m[j:], h.Matches)
					out[i] = declarations.Hit{Paragraph: h.Paragraph, Norm: h.Norm, Matches: m[j : j+k : j+k]}
					j += k
				}
				resultSink = out
			}
			b.ReportMetric(float64(len(hits)), "hits")
		})
	}
}

// resultSink keeps BenchmarkSearchResult's copies alive, as a caller would.
var resultSink []declarations.Hit
