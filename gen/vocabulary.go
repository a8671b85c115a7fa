package main

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/cybernorms/cybernorms/internal/words"
	"github.com/dave/jennifer/jen"
)

// The citation grammar's own words (units, months, fillers, numbers in
// words, qualifiers) are data: vocabulary.txt. The generator writes them into
// the parser's tables (keywords, keywordStart, keywordHash). A new word is
// one line of that file; a new class is one entry of vocabClasses, and the
// grammar code that reads it.

//go:embed vocabulary.txt
var vocabularyText string

// vocabularyFile is the name errors give the vocabulary.
const vocabularyFile = "gen/vocabulary.txt"

// A vocabWord is one word of the grammar: its folded form, its class and its
// value (a number, or a unit).
type vocabWord struct {
	word  string
	class string
	value string
	line  int
}

// vocabClasses maps the classes vocabulary.txt names to the constants of
// internal/cite, and says whether the class takes a value and which.
var vocabClasses = map[string]struct {
	constant string
	value    string // "": none; "number": a whole number; "unit": a unit
}{
	"filler":     {"kFiller", ""},
	"qualifier":  {"kQualifier", ""},
	"kind":       {"kKind", ""},
	"place":      {"kPlace", ""},
	"unit":       {"kUnit", "unit"},
	"units":      {"kUnits", "unit"},
	"month":      {"kMonth", "number"},
	"number":     {"kNumWord", "number"},
	"ordinal":    {"kOrdWord", "number"},
	"session":    {"kSession", ""},
	"agenda":     {"kAgenda", ""},
	"unnumbered": {"kUnnumbered", ""},
	"treaty":     {"kTreaty", ""},
	"to":         {"kTo", ""},
	"and":        {"kAnd", ""},
	"or":         {"kOr", ""},
	// Not keywords: words of documents' names. A generic word says what
	// kind of document, not which (posting.Plain); an event word names a
	// meeting (posting.Event); "rapport" equals "report".
	"generic": {"", ""},
	"event":   {"", ""},
	"equals":  {"", "word"},
}

// vocabUnits maps the unit names of vocabulary.txt to the constants of
// internal/cite.
var vocabUnits = map[string]string{
	"norm": "uNorm", "commitment": "uCommitment", "principle": "uPrinciple", "item": "uItem", "para": "uPara",
}

// maxKeywords is the most words the grammar's tables can hold: a token
// keeps 1 + a word's index in a byte.
const maxKeywords = 255

// parseVocabulary reads the grammar's words: one a line, "word class
// [value]", then an optional "# note". Each word, folded, is given once.
func parseVocabulary(name, text string) ([]vocabWord, error) {
	var out []vocabWord
	var errs errList
	seen := map[string]int{}
	for i, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		n := i + 1
		if c, _, ok := strings.Cut(line, "#"); ok {
			line = c
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) < 2 || len(f) > 3 {
			errs.add(errorf(name, n, "want \"word class [value]\", got %d fields", len(f)))
			continue
		}
		toks := words.Tokens(f[0])
		if len(toks) != 1 || toks[0].Kind != words.Word || toks[0].End != len(f[0]) {
			errs.add(errorf(name, n, "%q is not one word of letters and digits", f[0]))
			continue
		}
		w := vocabWord{word: toks[0].Text, class: f[1], line: n}
		if len(f) == 3 {
			w.value = f[2]
		}
		cl, ok := vocabClasses[w.class]
		if !ok {
			errs.add(errorf(name, n, "unknown class %q%s", w.class, suggest(w.class, mapKeys(vocabClasses))))
			continue
		}
		v, err := strconv.Atoi(w.value)
		ts := words.Tokens(w.value)
		_, unit := vocabUnits[w.value]
		first, dup := seen[w.word]
		var bad string
		switch {
		case cl.value == "" && w.value != "":
			bad = fmt.Sprintf("class %s takes no value, got %q", w.class, w.value)
		case cl.value == "number" && (err != nil || v < 1 || v > 1000):
			bad = fmt.Sprintf("class %s needs a whole number from 1 to 1000, got %q", w.class, w.value)
		case cl.value == "word" && (len(ts) != 1 || ts[0].Kind != words.Word || ts[0].Text != w.value):
			bad = fmt.Sprintf("class %s needs a word, folded (lower case, no accents), got %q", w.class, w.value)
		case cl.value == "unit" && !unit:
			bad = fmt.Sprintf("class %s needs a unit, one of %s; got %q", w.class, strings.Join(mapKeys(vocabUnits), ", "), w.value)
		case dup:
			bad = fmt.Sprintf("%q is given twice (first at line %d); a word has one class", w.word, first)
		}
		if bad != "" {
			errs.add(errorf(name, n, "%s", bad))
			continue
		}
		seen[w.word] = n
		out = append(out, w)
	}
	if len(errs) > 0 {
		return nil, errs.err()
	}
	if kws := keywordsOf(out); len(kws) > maxKeywords {
		// Name the line of the file's last keyword, one too many.
		return nil, errorf(name, kws[len(kws)-1].line, "%d keywords; the parser's tables hold at most %d", len(kws), maxKeywords)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].word < out[b].word })
	return out, nil
}

// emitKeywords writes the grammar's words, sorted, the first of each initial
// letter, and a hash table of them at most a third full.
func emitKeywords(f *jen.File, vocab []vocabWord) {
	vocab = keywordsOf(vocab)
	declare(f, "keywords are the words of the grammar, sorted: the generator's vocabulary.",
		"keywords", jen.Index(jen.Op("...")).Id("keyword").Values(rows(vocab, func(w vocabWord) jen.Code {
			val := jen.Lit(0)
			switch vocabClasses[w.class].value {
			case "number":
				n, _ := strconv.Atoi(w.value)
				val = jen.Lit(n)
			case "unit":
				val = jen.Id(vocabUnits[w.value])
			}
			return jen.Values(jen.Lit(w.word), jen.Id(vocabClasses[w.class].constant), val)
		})...))
	var starts []jen.Code
	for b := 0; b <= 26; b++ {
		starts = append(starts, jen.Lit(sort.Search(len(vocab), func(i int) bool { return int(vocab[i].word[0]) >= 'a'+b })))
	}
	declare(f, "keywordStart[b] is the index in keywords of the first word that begins\nwith the letter b ('a' is 0); keywordStart[26] is len(keywords).",
		"keywordStart", jen.Index(jen.Lit(27)).Uint8().Values(starts...))
	var kws []string
	for _, w := range vocab {
		kws = append(kws, w.word)
	}
	declare(f, "keywordHash holds 1 + the index in keywords of each keyword at the slot of\nthe FNV-1a hash of its bytes, probed linearly (see [keywordHashed]); 0 is\nan empty slot.",
		"keywordHash", hashTable(kws, 3, jen.Uint8()))
}

// vocabulary returns the grammar's words, parsed from vocabulary.txt.
var vocabulary = sync.OnceValues(func() ([]vocabWord, error) {
	v, err := parseVocabulary(vocabularyFile, vocabularyText)
	if err != nil {
		return nil, fmt.Errorf("the grammar's vocabulary: %w", err)
	}
	return v, nil
})

// keywordsOf returns the words of vocab that are keywords of the grammar:
// all but the generic words.
func keywordsOf(vocab []vocabWord) []vocabWord {
	var out []vocabWord
	for _, w := range vocab {
		if vocabClasses[w.class].constant != "" {
			out = append(out, w)
		}
	}
	return out
}

// classSet returns the words of vocab of the class, and those that equal
// one of them, as a set.
func classSet(vocab []vocabWord, class string) map[string]bool {
	set := map[string]bool{}
	for _, w := range vocab {
		if w.class == class {
			set[w.word] = true
		}
	}
	for _, w := range vocab {
		if w.class == "equals" && set[w.value] {
			set[w.word] = true
		}
	}
	return set
}

// equalWords maps each word to the words of vocab's class "equals" that
// name what it names: "report" to "rapport".
var equalWords = sync.OnceValue(func() map[string][]string {
	v, _ := vocabulary() // Generate reports its error before docNames runs
	m := map[string][]string{}
	for _, w := range v {
		if w.class == "equals" {
			m[w.value] = append(m[w.value], w.word)
		}
	}
	return m
})
