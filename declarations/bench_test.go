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
