package cite

import (
	"os"
	"strings"
	"testing"
)

// TestWordHash checks the hash lexer.word computes as it reads a word
// against foldHash of the token's text, on the real prose of testdata and
// on words of other scripts, accents and possessives.
func TestWordHash(t *testing.T) {
	prose, cits := readTestdata(t, "prose.txt"), readTestdata(t, "citations.txt")
	texts := []string{prose, cits,
		"Leaders' Leaders’ chair's Évian Übereinkommen Genève A/70/174 G7 g20 UN-GGE 13f 3rd naïve ÉTATS cyberespace U.N. Doc."}
	hashed := 0
	eachToken(texts, func(text string, lx *lexer, tk token) {
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
	})
	if hashed < 1000 {
		t.Errorf("only %d words hashed by the lexer", hashed)
	}
}

// TestQuickPaths checks scan's quick path (ASCII words and symbols) and its
// dispatch against the functions that read each kind of token (word, punct,
// number) on every token of the real prose and citations and of
// text made to end tokens in every way.
func TestQuickPaths(t *testing.T) {
	prose, cits := readTestdata(t, "prose.txt"), readTestdata(t, "citations.txt")
	texts := []string{prose, cits,
		"13(f) 2015. 2015/ 12th 3d 1.2.3 13f 70/237 A/70/174's U.N. G.A. Res. 99999 0 007 a/ x/y/ 5– 5-6 §7 ¶ 12 # “q” ‘a’ 1\u00a02 É3 3É 12/é",
	}
	n := 0
	eachToken(texts, func(text string, _ *lexer, tk token) {
		n++
		start := int(tk.start)
		slow := lexer{s: text, i: start}
		u := token{space: tk.space, start: tk.start}
		switch c := text[start]; {
		case isDigit(c):
			slow.number(&u, start)
			u.end = int32(slow.i)
		case c == '#':
			u.kind, u.c, u.end = tMark, '#', int32(start+1)
		default:
			if ok, _ := letterAt(text, start); ok {
				slow.word(&u, start)
			} else {
				slow.punct(&u, start)
				u.end = int32(slow.i)
			}
		}
		if u.kind != tk.kind || u.c != tk.c || u.end != tk.end || u.dotted != tk.dotted || (u.kind == tNum && u.val != tk.val) {
			t.Errorf("token %q at %d: scan gives %+v, the slow way %+v", text[start:tk.end], start, tk, u)
		}
	})
	if n < 5000 {
		t.Errorf("only %d tokens", n)
	}
}

// TestLexQuickWay holds parser.lex, which reads most words its own way, to
// the tokens of lexer.scan and lexer.look, on every real citation and on
// every line of the real prose (as far as a citation's length allows).
func TestLexQuickWay(t *testing.T) {
	var lines []string
	for _, f := range []string{"citations.txt", "prose.txt"} {
		for _, line := range strings.Split(readTestdata(t, f), "\n") {
			line, _, _ = strings.Cut(line, " | ")
			if line = strings.TrimSpace(line); line != "" && len(line) <= MaxLen {
				lines = append(lines, line)
			}
		}
	}
	lines = append(lines, "UN  GGE\t2015 norm\u00a013(f)", "U.N. Doc. A/70/174's para. 13.f", "Leaders’ Communiqué, Évian")
	n := 0
	for _, line := range lines {
		p := newParser()
		p.in = line
		if err := p.lex(); err != nil {
			p.free()
			continue
		}
		lx := lexer{s: line}
		for k := 0; k <= p.ntok; k++ {
			var want token
			lx.scan(&want)
			if want.kind == tWord || want.kind == tSym {
				lx.look(&want)
			}
			if k == p.ntok {
				if want.kind != tEOF {
					t.Errorf("%q: lex stops after %d tokens, scan goes on with %q", line, k, line[want.start:want.end])
				}
				break
			}
			n++
			if got := p.toks[k]; got != want {
				t.Errorf("%q: token %d: lex gives %+v, scan and look %+v", line, k, got, want)
				break
			}
		}
		p.free()
	}
	if n < 2000 {
		t.Errorf("only %d tokens compared", n)
	}
}

// readTestdata returns the text of a file of testdata.
func readTestdata(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// realCitations returns the citations of testdata/citations.txt and
// citations-field.txt, without their expected answers and sources.
func realCitations(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, file := range []string{"citations.txt", "citations-field.txt"} {
		for _, line := range strings.Split(readTestdata(t, file), "\n") {
			if line != "" && line[0] != '#' {
				out = append(out, strings.Split(line, " | ")[0])
			}
		}
	}
	return out
}

// eachToken calls f with every token that lexer.scan reads of each text,
// and the lexer right after it.
func eachToken(texts []string, f func(text string, lx *lexer, tk token)) {
	for _, text := range texts {
		lx := lexer{s: text}
		for {
			var tk token
			lx.scan(&tk)
			if tk.kind == tEOF {
				break
			}
			f(text, &lx, tk)
		}
	}
}
