package cite

import "testing"

var benchCitations = []struct{ name, in string }{
	{"ID", "UNGGE2015/13f"},
	{"GGE", "UN GGE 2015 norm 13(f)"},
	{"Symbol", "A/70/174, para. 13(f)"},
	{"Lucca", "Lucca Declaration, norm 6"},
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

func TestParseAllocs(t *testing.T) {
	for _, c := range benchCitations {
		if n := testing.AllocsPerRun(100, func() { ParseRef(c.in, Norm) }); n != 0 {
			t.Errorf("ParseRef(%q) allocates %v times", c.in, n)
		}
	}
}
