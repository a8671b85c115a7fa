package cite

import (
	"os"
	"testing"
)

// TestWordHash checks the hash lexer.word computes as it reads a word
// against foldHash of the token's text, on the real prose of testdata and
// on words of other scripts, accents and possessives.
func TestWordHash(t *testing.T) {
	prose, err := os.ReadFile("testdata/prose.txt")
	if err != nil {
		t.Fatal(err)
	}
	cits, err := os.ReadFile("testdata/citations.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{string(prose), string(cits),
		"Leaders' Leaders’ chair's Évian Übereinkommen Genève A/70/174 G7 g20 UN-GGE 13f 3rd naïve ÉTATS cyberespace U.N. Doc."}
	hashed := 0
	for _, text := range texts {
		lx := lexer{s: text}
		for {
			var tk token
			lx.scan(&tk)
			if tk.kind == tEOF {
				break
			}
			if lx.h != 0 {
				hashed++
				if w := text[tk.start:tk.end]; lx.h != foldHash(w) {
					t.Errorf("word %q: lexer hash %#x, foldHash %#x", w, lx.h, foldHash(w))
				}
			}
			// lexer.look finds what token.look finds.
			a, b := tk, tk
			lx.look(&a)
			b.look(text)
			if a != b {
				t.Errorf("token %q: lexer.look gives %+v, token.look %+v", text[tk.start:tk.end], a, b)
			}
		}
	}
	if hashed < 1000 {
		t.Errorf("only %d words hashed by the lexer", hashed)
	}
}
