package declarations_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// corpus returns every document of the corpus in ID order, each followed by
// its other language versions. It reads the IDs
// from the generated table of documents in corpus_gen.go (the "var all"
// declaration), so that the tests derive their expectations from the corpus
// independently of the package's iteration code.
func corpus(t testing.TB) []declarations.Declaration {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "corpus_gen.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	ast.Inspect(f, func(n ast.Node) bool {
		kv, ok := n.(*ast.KeyValueExpr)
		if !ok {
			return true
		}
		if key, ok := kv.Key.(*ast.Ident); ok && key.Name == "id" {
			if lit, ok := kv.Value.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				id, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				ids = append(ids, id)
			}
		}
		return true
	})
	if len(ids) < 6 {
		t.Fatalf("corpus_gen.go: found %d document IDs, want at least 6", len(ids))
	}
	slices.Sort(ids)
	ids = slices.Compact(ids) // the language versions of a document share its ID
	var docs []declarations.Declaration
	for _, id := range ids {
		d, ok := declarations.Lookup(declarations.ID(id))
		if !ok {
			t.Fatalf("Lookup(%q) found nothing", id)
		}
		docs = append(docs, slices.Collect(d.Versions())...)
	}
	return docs
}

// A ref names a paragraph: its document and 1-based position.
type ref struct {
	Doc  declarations.ID
	Para int
}

// A result is what the tests compare of a hit.
type result struct {
	At      ref
	Norm    norms.ID
	Matches [][2]int
}

func results(hits []declarations.Hit) []result {
	var rs []result
	for _, h := range hits {
		rs = append(rs, result{ref{h.Paragraph.Document().ID(), h.Paragraph.Position()}, h.Norm, h.Matches})
	}
	return rs
}

func refs(hits []declarations.Hit) []ref {
	var rs []ref
	for _, h := range hits {
		rs = append(rs, ref{h.Paragraph.Document().ID(), h.Paragraph.Position()})
	}
	return rs
}

// termRegexp renders one term of a query as a regular expression, following
// the rules of Search's documentation: case-insensitive, ’ ‘ and ' equal,
// each run of white space in a phrase matching a run of white space, and a
// term that begins with a letter or digit matching only where a word begins.
// Group 1 is the match.
func termRegexp(term string) *regexp.Regexp {
	var words []string
	for _, w := range strings.Fields(term) {
		w = regexp.QuoteMeta(w)
		w = strings.NewReplacer("'", "['’‘]", "’", "['’‘]", "‘", "['’‘]").Replace(w)
		words = append(words, w)
	}
	expr := `(?i)(` + strings.Join(words, `\s+`) + `)`
	if r, _ := utf8.DecodeRuneInString(term); unicode.IsLetter(r) || unicode.IsDigit(r) {
		expr = `(?i)(?:^|[^\p{L}\p{N}\p{M}])` + expr[len(`(?i)`):]
	}
	return regexp.MustCompile(expr)
}

// expect returns, for a query of one term, the results the rules of Search
// give on the corpus, computed with termRegexp.
func expect(docs []declarations.Declaration, term string) []result {
	re := termRegexp(term)
	var rs []result
	for _, d := range docs {
		for p := range d.Paragraphs() {
			i := p.Position() - 1
			var m [][2]int
			for _, loc := range re.FindAllStringSubmatchIndex(p.Text(), -1) {
				m = append(m, [2]int{loc[2], loc[3]})
			}
			if m != nil {
				rs = append(rs, result{ref{d.ID(), i + 1}, normID(p), m})
			}
		}
	}
	return rs
}

// TestSearchOneTerm compares the hits of one-term queries, and every match in
// them, with what regular expressions find in the corpus.
func TestSearchOneTerm(t *testing.T) {
	docs := corpus(t)
	for _, tt := range []struct {
		query string
		term  string // the term as termRegexp takes it
		some  bool   // whether the corpus has hits
	}{
		{"States", "States", true},
		{"state", "state", true},
		{"tate", "tate", false},
		{"infrastructure", "infrastructure", true},
		{"infrastructures", "infrastructures", true},
		{"Budapest", "Budapest", true},
		{"cyber", "cyber", true},
		{"ICT", "ICT", true},
		{"binding", "binding", true},
		{"non-binding", "non-binding", true},
		{"ICT-enabled", "ICT-enabled", true},
		{"20/8", "20/8", true},
		{"(ICT)", "(ICT)", true},
		{"GIFCT's", "GIFCT's", true},
		{"communiqué", "communiqué", true},
		{"s", "s", true},   // a prefix of more words than Search reads from the index
		{"in", "in", true}, // and of many
		{"the", "the", true},
		{"COMMUNIQUÉ", "communiqué", true},
		{"A/70/174", "A/70/174", false},
		{"xylophone", "xylophone", false},
		{`"critical infrastructure"`, "critical infrastructure", true},
		{`"human rights"`, "human rights", true},
		{`"international peace and security"`, "international peace and security", true},
		{`"critical infra"`, "critical infra", true},
		{`"critic infrastructure"`, "critic infrastructure", false},
	} {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := declarations.Search(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			want := expect(docs, tt.term)
			if got := results(hits); !reflect.DeepEqual(want, got) {
				t.Errorf("Search(%q) = %+v, want %+v", tt.query, got, want)
			}
			if got := len(hits) > 0; got != tt.some {
				t.Errorf("Search(%q): %d hits, want hits: %v", tt.query, len(hits), tt.some)
			}
			checkHits(t, tt.query, hits)
		})
	}
}

// TestSearchWordStart checks the word-start rule on the plain text, without
// regular expressions.
func TestSearchWordStart(t *testing.T) {
	hits, err := declarations.Search("tate")
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		for _, m := range h.Matches {
			if s := h.Text()[max(0, m[0]-1):m[1]]; strings.EqualFold(s, "states") {
				t.Errorf("Search(%q) matches inside %q in %s para. %d", "tate", s, h.Paragraph.Document().ID(), h.Paragraph.Position())
			}
		}
	}
	hits, err = declarations.Search("state")
	if err != nil {
		t.Fatal(err)
	}
	var n int
	for _, h := range hits {
		for _, m := range h.Matches {
			if strings.HasPrefix(h.Text()[m[0]:], "States") {
				n++
			}
		}
	}
	if n == 0 {
		t.Errorf("Search(%q) matches no %q", "state", "States")
	}
}

// TestSearchPunctuation checks that terms holding punctuation find every
// paragraph that contains them, by a case-insensitive strings.Contains.
func TestSearchPunctuation(t *testing.T) {
	docs := corpus(t)
	for _, q := range []string{"non-binding", "ICT-enabled", "confidence-building", "20/8", "58/199"} {
		var want []ref
		for _, d := range docs {
			for p := range d.Paragraphs() {
				i := p.Position() - 1
				if strings.Contains(strings.ToLower(p.Text()), strings.ToLower(q)) {
					want = append(want, ref{d.ID(), i + 1})
				}
			}
		}
		if len(want) == 0 {
			t.Fatalf("the corpus has no %q", q)
		}
		hits, err := declarations.Search(q)
		if err != nil {
			t.Fatal(err)
		}
		if got := refs(hits); !reflect.DeepEqual(want, got) {
			t.Errorf("Search(%q) = %+v, want %+v", q, got, want)
		}
	}
}

// TestSearchAnd checks that a query of several terms finds the paragraphs
// that contain all of them, and marks every term.
func TestSearchAnd(t *testing.T) {
	docs := corpus(t)
	for _, tt := range []struct {
		query string
		terms []string
	}{
		{"critical infrastructure", []string{"critical", "infrastructure"}},
		{`States "critical infrastructure" protect`, []string{"States", "critical infrastructure", "protect"}},
		{`Internet "violent extremist" terrorist`, []string{"Internet", "violent extremist", "terrorist"}},
		{"state states", []string{"state", "states"}},
		{`"international law" "human rights"`, []string{"international law", "human rights"}},
		{"cyber xylophone", []string{"cyber", "xylophone"}},
		{"s critical", []string{"s", "critical"}},
		{"c s", []string{"c", "s"}},
		{`"(ICT)" States`, []string{"(ICT)", "States"}},
		{"the of and to in a on for with by States critical", []string{"the", "of", "and", "to", "in", "a", "on", "for", "with", "by", "States", "critical"}},
		{`"` + strings.Repeat("critical ", 40) + `"`, []string{strings.Repeat("critical ", 40)}},
	} {
		t.Run(tt.query, func(t *testing.T) {
			var res []*regexp.Regexp
			for _, term := range tt.terms {
				res = append(res, termRegexp(term))
			}
			var want []ref
			for _, d := range docs {
			paragraphs:
				for p := range d.Paragraphs() {
					i := p.Position() - 1
					for _, re := range res {
						if !re.MatchString(p.Text()) {
							continue paragraphs
						}
					}
					want = append(want, ref{d.ID(), i + 1})
				}
			}
			hits, err := declarations.Search(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			if got := refs(hits); !reflect.DeepEqual(want, got) {
				t.Errorf("Search(%q) = %+v, want %+v", tt.query, got, want)
			}
			checkHits(t, tt.query, hits)
			// Every term is marked in every hit.
			for _, h := range hits {
				for k, term := range tt.terms {
					marked := false
					for _, m := range h.Matches {
						if loc := res[k].FindStringSubmatchIndex(h.Text()[m[0]:]); loc != nil && loc[2] == 0 {
							marked = true
							break
						}
					}
					if !marked {
						// A term may be marked inside a longer merged range.
						for _, m := range h.Matches {
							for _, loc := range res[k].FindAllStringSubmatchIndex(h.Text(), -1) {
								if m[0] <= loc[2] && loc[3] <= m[1] {
									marked = true
								}
							}
						}
					}
					if !marked {
						t.Errorf("Search(%q): %s para. %d: term %q not marked", tt.query, h.Paragraph.Document().ID(), h.Paragraph.Position(), term)
					}
				}
			}
		})
	}
}

// checkHits checks what holds of every hit of every query: the paragraph and
// norm, the matches, and the snippet.
func checkHits(t *testing.T, query string, hits []declarations.Hit) {
	t.Helper()
	terms := queryTerms(query)
	for _, h := range hits {
		where := string(h.Paragraph.Document().ID()) + " para. " + strconv.Itoa(h.Paragraph.Position())
		if h.Paragraph.IsZero() {
			t.Fatalf("Search(%q): %s: no paragraph", query, where)
		}
		p := h.Paragraph
		if h.Text() != p.Text() {
			t.Errorf("Search(%q): %s: Text() = %q, want %q", query, where, h.Text(), p.Text())
		}
		if h.Norm != normID(p) {
			t.Errorf("Search(%q): %s: Norm = %q, want %q", query, where, h.Norm, normID(p))
		}
		if len(h.Matches) == 0 {
			t.Errorf("Search(%q): %s: no matches", query, where)
			continue
		}
		end := -1
		for _, m := range h.Matches {
			if m[0] <= end || m[1] <= m[0] || m[1] > len(p.Text()) {
				t.Errorf("Search(%q): %s: matches %v not in order, overlapping or out of range", query, where, h.Matches)
				break
			}
			end = m[1]
			// The match, lowercased, begins with a term.
			s := normalize(p.Text()[m[0]:m[1]])
			if !slices.ContainsFunc(terms, func(term string) bool { return strings.HasPrefix(s, term) }) {
				t.Errorf("Search(%q): %s: match %q begins with no term of %q", query, where, s, terms)
			}
		}
		checkSnippet(t, query, h)
	}
}

// queryTerms splits a query as Search's documentation says, and normalizes
// each term.
func queryTerms(query string) []string {
	var terms []string
	var cur strings.Builder
	quoted := false
	for _, r := range query + `"` {
		if r != '"' && r != '“' && r != '”' {
			cur.WriteRune(r)
			continue
		}
		if quoted {
			terms = append(terms, normalize(cur.String()))
		} else {
			terms = append(terms, strings.Fields(normalize(cur.String()))...)
		}
		cur.Reset()
		quoted = !quoted
	}
	return terms
}

// normalize lowercases s, makes every apostrophe ', and every run of white
// space one space.
func normalize(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'").Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

// checkSnippet checks that a hit's snippet is an excerpt of its paragraph
// around the first match, cut at white space, with every match in it marked.
func checkSnippet(t *testing.T, query string, h declarations.Hit) {
	t.Helper()
	where := string(h.Paragraph.Document().ID()) + " para. " + strconv.Itoa(h.Paragraph.Position())
	text := h.Text()
	s := h.Highlight("**", "**")
	snip, _ := h.Snippet()
	if plain := strings.ReplaceAll(s, "**", ""); snip != plain {
		t.Errorf("Search(%q): %s: Snippet %q, want it unmarked, %q", query, where, snip, plain)
	}
	before := strings.HasPrefix(s, "… ")
	after := strings.HasSuffix(s, " …")
	s = strings.TrimPrefix(s, "… ")
	s = strings.TrimSuffix(s, " …")
	excerpt := strings.ReplaceAll(s, "**", "")
	start := strings.Index(text, excerpt)
	if start < 0 {
		t.Errorf("Search(%q): %s: snippet %q is not an excerpt of %q", query, where, snip, text)
		return
	}
	end := start + len(excerpt)
	first := h.Matches[0]
	if start > first[0] || end < first[1] {
		t.Errorf("Search(%q): %s: snippet %q does not hold the first match %q", query, where, snip, text[first[0]:first[1]])
	}
	if before != (start > 0) || after != (end < len(text)) {
		t.Errorf("Search(%q): %s: snippet %q: wrong … for excerpt [%d, %d) of %d bytes", query, where, snip, start, end, len(text))
	}
	if start > 0 && !unicode.IsSpace(rune(text[start-1])) || end < len(text) && !unicode.IsSpace(rune(text[end])) {
		t.Errorf("Search(%q): %s: snippet %q not cut at white space", query, where, snip)
	}
	n := utf8.RuneCountInString(excerpt)
	if total := utf8.RuneCountInString(text); total <= 160 && n != total || total > 160 && (n > 180 || n < 130) {
		t.Errorf("Search(%q): %s: snippet %q holds %d of %d characters", query, where, snip, n, total)
	}
	// The marks: rebuild the snippet from the excerpt's bounds and the matches.
	var b strings.Builder
	at := start
	for _, m := range h.Matches {
		if m[1] <= start || m[0] >= end {
			continue
		}
		if m[0] < start || m[1] > end {
			t.Errorf("Search(%q): %s: snippet %q cuts match %q", query, where, snip, text[m[0]:m[1]])
			return
		}
		b.WriteString(text[at:m[0]] + "**" + text[m[0]:m[1]] + "**")
		at = m[1]
	}
	b.WriteString(text[at:end])
	if b.String() != s {
		t.Errorf("Search(%q): %s: snippet %q, want marks as in %q", query, where, s, b.String())
	}
}

// label returns the 1-based position of the paragraph of d labelled l.
func label(t *testing.T, d declarations.Declaration, l string) int {
	t.Helper()
	for p := range d.Paragraphs() {
		i := p.Position() - 1
		if p.Label() == l {
			return i + 1
		}
	}
	t.Fatalf("%s has no paragraph labelled %q", d.ID(), l)
	return 0
}

func TestSearchFinds(t *testing.T) {
	for _, tt := range []struct {
		query string
		doc   declarations.Declaration
		label string
		norm  norms.ID
	}{
		{`"critical infrastructure"`, declarations.UNGGE2015, "13(f)", "UNGGE2015/13f"},
		{`"critical infrastructure"`, declarations.UNGGE2015, "13(g)", "UNGGE2015/13g"},
		{`"critical infrastructure"`, declarations.UNGGE2015, "13(h)", "UNGGE2015/13h"},
		{`"critical infrastructure"`, declarations.Lucca2017, "6", "Lucca2017/6"},
		{`"critical infrastructure"`, declarations.Lucca2017, "7", "Lucca2017/7"},
		{`"critical infrastructure"`, declarations.Lucca2017, "8", "Lucca2017/8"},
		{"Budapest", declarations.Toronto2018, "4", ""},
		{"Budapest", declarations.Paris2019, "15", "Paris2019/15"},
		{"non-binding", declarations.Dinard2019, "4", "Dinard2019/4"},
		{"ICT-enabled", declarations.Lucca2017, "12", "Lucca2017/12"},
	} {
		hits, err := declarations.Search(tt.query)
		if err != nil {
			t.Fatal(err)
		}
		want := ref{tt.doc.ID(), label(t, tt.doc, tt.label)}
		i := slices.IndexFunc(hits, func(h declarations.Hit) bool {
			return h.Paragraph.Document() == tt.doc && h.Paragraph.Position() == want.Para
		})
		if i < 0 {
			t.Errorf("Search(%q) does not find %s %s; hits: %v", tt.query, tt.doc.ID(), tt.label, refs(hits))
			continue
		}
		if hits[i].Norm != tt.norm {
			t.Errorf("Search(%q): %s %s: Norm = %q, want %q", tt.query, tt.doc.ID(), tt.label, hits[i].Norm, tt.norm)
		}
	}
}

func TestSearchNotFound(t *testing.T) {
	for _, q := range []string{"xylophone", `"infrastructure critical"`, "Budapest xylophone", "tate"} {
		hits, err := declarations.Search(q)
		if err != nil || len(hits) != 0 {
			t.Errorf("Search(%q) = %v, %v; want no hits, no error", q, refs(hits), err)
		}
	}
}

// TestSearchEquivalent checks that queries that differ in case, in quotation
// marks, in apostrophes or in white space give the same hits.
func TestSearchEquivalent(t *testing.T) {
	for _, group := range [][]string{
		{`"critical infrastructure"`, `"Critical Infrastructure"`, `"CRITICAL INFRASTRUCTURE"`, `“critical infrastructure”`, `”critical infrastructure“`, `"critical infrastructure”`, `  "  critical 	 infrastructure  "  `},
		{"critical infrastructure", "CRITICAL Infrastructure", "infrastructure critical", `critical"infrastructure"`, "critical\tinfrastructure\n"},
		{"States", "states", "STATES", "sTaTeS"},
		{"GIFCT's", "GIFCT’s", "gifct‘s", `"gifct's"`},
		{"non-binding", "NON-BINDING", "Non‐Binding"}, // U+2010 HYPHEN
		{"communiqué", "COMMUNIQUÉ", "Communiqué"},
	} {
		first, err := declarations.Search(group[0])
		if err != nil {
			t.Fatal(err)
		}
		if len(first) == 0 {
			t.Errorf("Search(%q) finds nothing", group[0])
		}
		for _, q := range group[1:] {
			hits, err := declarations.Search(q)
			if err != nil {
				t.Errorf("Search(%q): %v", q, err)
				continue
			}
			if a, b := results(first), results(hits); !reflect.DeepEqual(a, b) {
				t.Errorf("Search(%q) = %+v and Search(%q) = %+v differ", group[0], a, q, b)
			}
		}
	}
}

func TestSearchErrors(t *testing.T) {
	for _, tt := range []struct {
		query string
		msg   string
	}{
		{"", "no terms"},
		{" \t\n", "no terms"},
		{`"critical infrastructure`, "unclosed quotation mark"},
		{`“critical infrastructure`, "unclosed quotation mark"},
		{`States "`, "unclosed quotation mark"},
		{`"critical" "infrastructure`, "unclosed quotation mark"},
		{`""`, "empty phrase"},
		{`States “ ”`, "empty phrase"},
	} {
		hits, err := declarations.Search(tt.query)
		if err == nil {
			t.Errorf("Search(%q) = %v, nil; want an error", tt.query, refs(hits))
			continue
		}
		if hits != nil {
			t.Errorf("Search(%q) returned hits with its error", tt.query)
		}
		if !strings.Contains(err.Error(), strconv.Quote(tt.query)) || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("Search(%q) error = %q, want it to quote the query and say %q", tt.query, err, tt.msg)
		}
	}
}

// TestSearchSnippet checks snippets whose text is known.
func TestSearchSnippet(t *testing.T) {
	for _, tt := range []struct {
		query string
		doc   declarations.Declaration
		para  int
		want  string
	}{
		{"introduction", declarations.Lucca2017, 3, "**INTRODUCTION**"},
		{"intro", declarations.Lucca2017, 3, "**INTRO**DUCTION"},
		{"lucca 2017", declarations.Lucca2017, 2, "**LUCCA**, 11 APRIL **2017**"},
	} {
		if got := tt.doc.Paragraph(tt.para).Text(); !strings.EqualFold(got, strings.ReplaceAll(tt.want, "**", "")) {
			t.Fatalf("%s para. %d is %q, not as the test expects", tt.doc.ID(), tt.para, got)
		}
		hits, err := declarations.Search(tt.query)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(hits, func(h declarations.Hit) bool {
			return h.Paragraph.Document() == tt.doc && h.Paragraph.Position() == tt.para
		})
		if i < 0 {
			t.Errorf("Search(%q) does not find %s para. %d", tt.query, tt.doc.ID(), tt.para)
			continue
		}
		if got := hits[i].Highlight("**", "**"); got != tt.want {
			t.Errorf("Search(%q): %s para. %d: Highlight(\"**\", \"**\") = %q, want %q", tt.query, tt.doc.ID(), tt.para, got, tt.want)
		}
	}
}

// TestSearchSnippets checks the snippet of every hit of queries whose first
// match falls at the beginning, the middle and the end of long paragraphs.
func TestSearchSnippets(t *testing.T) {
	for _, q := range []string{"the", "and", "States", "cyberspace", "peace", `"critical infrastructure" "international law"`, "We", "reports", "online", "security stability"} {
		hits, err := declarations.Search(q)
		if err != nil {
			t.Fatal(err)
		}
		checkHits(t, q, hits)
	}
}

// TestSearchAllocs checks that Search allocates only for its hits: one
// slice of hits and one array of matches, and nothing without hits.
func TestSearchAllocs(t *testing.T) {
	if testing.CoverMode() != "" {
		t.Skip("coverage counters change allocations")
	}
	if raceEnabled {
		t.Skip("the race detector makes sync.Pool drop buffers at random")
	}
	for _, tt := range []struct {
		query string
		want  float64
	}{
		{"States", 2},
		{"state", 2},
		{"the", 2},
		{`"critical infrastructure"`, 2},
		{"critical infrastructure", 2},
		{"non-binding", 2},
		{"(ICT)", 2},
		{"xylophone", 0},
		{"tate", 0},
		{`"critic infrastructure"`, 0},
	} {
		got := testing.AllocsPerRun(20, func() {
			if _, err := declarations.Search(tt.query); err != nil {
				t.Fatal(err)
			}
		})
		if got != tt.want {
			t.Errorf("Search(%q) allocates %v times, want %v", tt.query, got, tt.want)
		}
	}
}

func BenchmarkSearch(b *testing.B) {
	for _, q := range []string{"States", `"critical infrastructure"`, "xylophone", "the", "critical infrastructure"} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			var n int
			for i := 0; i < b.N; i++ {
				hits, err := declarations.Search(q)
				if err != nil {
					b.Fatal(err)
				}
				n = len(hits)
			}
			b.ReportMetric(float64(n), "hits")
		})
	}
}

// normID returns the ID of the norm a paragraph states, or "".
func normID(p declarations.Paragraph) norms.ID {
	n, _ := p.Norm()
	return n.ID()
}

// TestSearchAtOnce runs searches in many goroutines at once, which share
// Search's pooled buffers, and requires the answers of a lone run. Run with
// -race.
func TestSearchAtOnce(t *testing.T) {
	queries := []string{"States", "state", "the", `"critical infrastructure"`, "critical infrastructure", "non-binding", "(ICT)", "xylophone", "norm"}
	want := make([][]declarations.Hit, len(queries))
	for i, q := range queries {
		hits, err := declarations.Search(q)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = hits
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 4 * len(queries) {
				i := (k*5 + g) % len(queries)
				hits, err := declarations.Search(queries[i])
				if err != nil {
					t.Error(err)
					return
				}
				if !reflect.DeepEqual(hits, want[i]) {
					t.Errorf("goroutine %d: Search(%q) = %d hits, unlike a lone run's %d", g, queries[i], len(hits), len(want[i]))
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestSearchAgainstRegexp compares Search, hits and matches, with the
// regular expressions of the search rules (termRegexp) on thousands of
// queries drawn from the corpus itself: every word of its paragraphs and
// every prefix of one to three characters of one (one term, prefix
// semantics, many words of the index at once), and, from each paragraph,
// pairs of neighbouring words as two terms and as a phrase, and runs of
// three words as a phrase. The matches of several terms are merged where
// they overlap or touch, as Search documents. Queries that differ only in
// case are asked once. Under the race detector, or with -short, it asks one
// query in four.
func TestSearchAgainstRegexp(t *testing.T) {
	docs := corpus(t)
	type query struct {
		q     string
		terms []string
	}
	seen := map[string]bool{}
	var qs []query
	add := func(q string, terms ...string) {
		if k := strings.ToLower(q); !seen[k] {
			seen[k] = true
			qs = append(qs, query{q, terms})
		}
	}
	wordRe := regexp.MustCompile(`[\p{L}\p{N}\p{M}]+`)
	for _, d := range docs {
		for p := range d.Paragraphs() {
			ws := wordRe.FindAllString(p.Text(), -1)
			for i, w := range ws {
				add(w, w)
				for _, k := range []int{1, 2, 3} {
					if r := []rune(w); len(r) > k {
						add(string(r[:k]), string(r[:k]))
					}
				}
				if i%5 == 0 && i+2 < len(ws) {
					add(ws[i]+" "+ws[i+1], ws[i], ws[i+1])
					add(`"`+ws[i]+" "+ws[i+1]+`"`, ws[i]+" "+ws[i+1])
					add(`"`+ws[i]+" "+ws[i+1]+" "+ws[i+2]+`"`, ws[i]+" "+ws[i+1]+" "+ws[i+2])
				}
			}
		}
	}
	if len(qs) < 2000 {
		t.Fatalf("only %d queries drawn from the corpus", len(qs))
	}
	// A paragraph can match a term only where its text, folded, holds
	// each word of the term, folded: the regular expressions run on those
	// paragraphs alone.
	type para struct {
		p      declarations.Paragraph
		id     declarations.ID
		folded string
	}
	var paras []para
	for _, d := range docs {
		for p := range d.Paragraphs() {
			paras = append(paras, para{p, d.ID(), foldString(p.Text())})
		}
	}
	step := 1
	if raceEnabled || testing.Short() {
		step = 4
	}
	asked := 0
	for i := 0; i < len(qs); i += step {
		q := qs[i]
		asked++
		res := make([]*regexp.Regexp, len(q.terms))
		var need []string
		for k, term := range q.terms {
			res[k] = termRegexp(term)
			need = append(need, strings.Fields(foldString(term))...)
		}
		var want []result
	paragraphs:
		for _, pa := range paras {
			for _, w := range need {
				if !strings.Contains(pa.folded, w) {
					continue paragraphs
				}
			}
			var m [][2]int
			for _, re := range res {
				locs := re.FindAllStringSubmatchIndex(pa.p.Text(), -1)
				if locs == nil {
					continue paragraphs
				}
				for _, loc := range locs {
					m = append(m, [2]int{loc[2], loc[3]})
				}
			}
			want = append(want, result{ref{pa.id, pa.p.Position()}, normID(pa.p), mergeRanges(m)})
		}
		hits, err := declarations.Search(q.q)
		if err != nil {
			t.Fatalf("Search(%q): %v", q.q, err)
		}
		if got := results(hits); !reflect.DeepEqual(want, got) {
			t.Fatalf("Search(%q) = %+v, want %+v", q.q, got, want)
		}
	}
	t.Logf("%d queries agree with the regular expressions", asked)
}

// foldString maps each rune of s to the least rune it matches under simple
// case folding, and the apostrophes ’ and ‘ to ', as termRegexp matches them.
func foldString(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '’' || r == '‘' {
			return '\''
		}
		m := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			m = min(m, f)
		}
		return m
	}, s)
}

// mergeRanges sorts byte ranges by their start and merges those that overlap
// or touch.
func mergeRanges(m [][2]int) [][2]int {
	slices.SortFunc(m, func(a, b [2]int) int { return a[0] - b[0] })
	var out [][2]int
	for _, r := range m {
		if n := len(out); n > 0 && r[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], r[1])
			continue
		}
		out = append(out, r)
	}
	return out
}
