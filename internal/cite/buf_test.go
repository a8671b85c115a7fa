package cite

import (
	"bufio"
	"os"
	"strings"
	"sync"
	"testing"
)

// realInputs returns the citations of testdata/citations.txt, the
// negatives included.
func realInputs(t *testing.T) []string {
	t.Helper()
	f, err := os.Open("testdata/citations.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var ins []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); line != "" && line[0] != '#' {
			ins = append(ins, strings.Split(line, " | ")[0])
		}
	}
	return ins
}

// answer is what ParseRef says of a citation, as text.
func answer(in string) string {
	r, err := ParseRef(in, Any)
	if err != nil {
		return "error: " + err.Error()
	}
	return r.ID()
}

// scanAnswer is what Scan finds in a text, as text, with what ParseRef
// says of each citation found, asked inside the iteration (a parse while
// Scan holds a buffer).
func scanAnswer(text string) string {
	var b strings.Builder
	for m := range Scan(text) {
		b.WriteString(text[m.Start:m.End])
		b.WriteString(" = ")
		b.WriteString(answer(text[m.Start:m.End]))
		b.WriteString("\n")
	}
	return b.String()
}

// TestBuffersAtOnce runs parses and scans of the real citations in many
// goroutines at once, a parse inside each scan's iteration, and requires
// the answers of a lone run: no two of them may share a buffer (the first
// buffer or a pooled one). Run with -race.
func TestBuffersAtOnce(t *testing.T) {
	ins := realInputs(t)
	text := strings.Join(ins, ". As said in ")
	want := make([]string, len(ins))
	for i, in := range ins {
		want[i] = answer(in)
	}
	wantScan := scanAnswer(text)
	if strings.Count(wantScan, "\n") < len(ins)/2 {
		t.Fatalf("Scan found %d citations in the joined text; want at least %d", strings.Count(wantScan, "\n"), len(ins)/2)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 3 {
				for i := range ins {
					j := (i*7 + g + k) % len(ins)
					if got := answer(ins[j]); got != want[j] {
						t.Errorf("goroutine %d: ParseRef(%q) = %s; alone it is %s", g, ins[j], got, want[j])
						return
					}
				}
				if got := scanAnswer(text); got != wantScan {
					t.Errorf("goroutine %d: Scan found\n%s\nalone it finds\n%s", g, got, wantScan)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestFirstBufGivenBack checks that a parse, a scan and a scan left early
// give the first buffer back, and that a parse inside a scan's iteration
// does not take the buffer the scan holds.
func TestFirstBufGivenBack(t *testing.T) {
	if firstBusy.Load() {
		t.Fatal("the first buffer is held before the test")
	}
	if _, err := ParseRef("UN GGE 2015 norm 13(f)", Any); err != nil {
		t.Fatal(err)
	}
	if _, err := ParseRef("no citation at all", Any); err == nil {
		t.Fatal("ParseRef of prose succeeded")
	}
	if firstBusy.Load() {
		t.Fatal("a parse kept the first buffer")
	}
	n := 0
	for m := range Scan("See norm 13(f) of A/70/174 and the Lucca Declaration, norm 6.") {
		if !firstBusy.Load() {
			t.Fatal("Scan does not hold the first buffer while it yields")
		}
		b := getBuf()
		if b == &firstBuf {
			t.Fatal("getBuf gave the first buffer while Scan holds it")
		}
		putBuf(b)
		_ = m
		n++
		break
	}
	if n != 1 {
		t.Fatalf("Scan yielded %d citations before the break; want 1", n)
	}
	if firstBusy.Load() {
		t.Fatal("a scan left early kept the first buffer")
	}
}
