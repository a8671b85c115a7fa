package cite

// A kwClass is the role of a word in the grammar.
type kwClass uint8

const (
	kNone       kwClass = iota
	kFiller             // a word that names nothing: "the", "of", "see"
	kUnit               // a unit before one label: "norm", "para"
	kUnits              // a plural unit: "norms", "paras"
	kMonth              // a month: "april", "apr"
	kNumWord            // a number in words, for counts: "eleven"
	kOrdWord            // an ordinal in words, for sessions: "seventieth"
	kSession            // "session"
	kAgenda             // "agenda"
	kUnnumbered         // "unnumbered", of "unnumbered paragraph 3 of 34"
	kTreaty             // a treaty series: "ets", "cets"
	kTo                 // a range: "to", "through"
	kAnd                // "and"
	kOr                 // "or"
	kQualifier          // a word the field puts around norms and reports: "agreed", "voluntary"
	kKind               // a kind of document: "statement", "strategy" (a word of a name where a document's name holds it)
	kPlace              // a place in a document cited by its opening words: "heading", "passage"
)

// The units, in the order of their kinds.
const (
	uNone       = iota // a lettered label without a unit: "13(f)"
	uNorm              // norm, recommendation
	uCommitment        // commitment
	uPrinciple         // principle
	uItem              // item, no., nr, number, #: an item of any list
	uPara              // para., paragraph, ¶, §
)

var unitWords = [...]string{uNone: "", uNorm: "norm", uCommitment: "commitment", uPrinciple: "principle", uItem: "item", uPara: "para."}

// A keyword is a word of the grammar. The table keywords, sorted, and its
// indexes keywordStart and keywordHash are generated from
// gen/vocabulary.txt into docs_gen.go.
type keyword struct {
	word  string
	class kwClass
	val   int
}

// keywordIndex returns the index in keywords of s, folded, or -1.
func keywordIndex(s string) int {
	b := bucket(s) - 10
	if b < 0 || b >= 26 {
		return -1
	}
	lo, hi := int(keywordStart[b]), int(keywordStart[b+1])
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if compareToFolded(s, keywords[m].word) > 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(keywords) && compareToFolded(s, keywords[lo].word) == 0 {
		return lo
	}
	return -1
}
