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

type keyword struct {
	word  string
	class kwClass
	val   int
}

// keywordIndex returns the index in keywords of s, folded, or -1.
func keywordIndex(s string) int {
	if len(s) > 14 {
		return -1
	}
	b := bucket(s) - 10
	if b < 0 || b >= 26 {
		return -1
	}
	lo, hi := int(keywordStart[b]), int(keywordStart[b+1])
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if cmpFold(s, keywords[m].word) > 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(keywords) && cmpFold(s, keywords[lo].word) == 0 {
		return lo
	}
	return -1
}

// keywords are the words of the grammar, sorted (see TestKeywords).
var keywords = [...]keyword{
	{"a", kFiller, 0},
	{"agenda", kAgenda, 0},
	{"an", kFiller, 0},
	{"and", kAnd, 0},
	{"apr", kMonth, 4},
	{"april", kMonth, 4},
	{"as", kFiller, 0},
	{"at", kFiller, 0},
	{"aug", kMonth, 8},
	{"august", kMonth, 8},
	{"by", kFiller, 0},
	{"cets", kTreaty, 0},
	{"cf", kFiller, 0},
	{"commitment", kUnit, uCommitment},
	{"commitments", kUnits, uCommitment},
	{"dec", kMonth, 12},
	{"december", kMonth, 12},
	{"doc", kFiller, 0},
	{"docs", kFiller, 0},
	{"document", kFiller, 0},
	{"eight", kNumWord, 8},
	{"eighteen", kNumWord, 18},
	{"eighteenth", kOrdWord, 18},
	{"eighth", kOrdWord, 8},
	{"eightieth", kOrdWord, 80},
	{"eighty", kNumWord, 80},
	{"eleven", kNumWord, 11},
	{"eleventh", kOrdWord, 11},
	{"ets", kTreaty, 0},
	{"feb", kMonth, 2},
	{"february", kMonth, 2},
	{"fifteen", kNumWord, 15},
	{"fifteenth", kOrdWord, 15},
	{"fifth", kOrdWord, 5},
	{"fiftieth", kOrdWord, 50},
	{"fifty", kNumWord, 50},
	{"first", kOrdWord, 1},
	{"five", kNumWord, 5},
	{"for", kFiller, 0},
	{"fortieth", kOrdWord, 40},
	{"forty", kNumWord, 40},
	{"four", kNumWord, 4},
	{"fourteen", kNumWord, 14},
	{"fourteenth", kOrdWord, 14},
	{"fourth", kOrdWord, 4},
	{"from", kFiller, 0},
	{"hundredth", kOrdWord, 100},
	{"ibid", kFiller, 0},
	{"in", kFiller, 0},
	{"item", kUnit, uItem},
	{"items", kUnits, uItem},
	{"its", kFiller, 0},
	{"jan", kMonth, 1},
	{"january", kMonth, 1},
	{"jul", kMonth, 7},
	{"july", kMonth, 7},
	{"jun", kMonth, 6},
	{"june", kMonth, 6},
	{"mar", kMonth, 3},
	{"march", kMonth, 3},
	{"may", kMonth, 5},
	{"nine", kNumWord, 9},
	{"nineteen", kNumWord, 19},
	{"nineteenth", kOrdWord, 19},
	{"ninetieth", kOrdWord, 90},
	{"ninety", kNumWord, 90},
	{"ninth", kOrdWord, 9},
	{"no", kUnit, uItem},
	{"norm", kUnit, uNorm},
	{"norms", kUnits, uNorm},
	{"nos", kUnits, uItem},
	{"nov", kMonth, 11},
	{"november", kMonth, 11},
	{"nr", kUnit, uItem},
	{"number", kUnit, uItem},
	{"numbers", kUnits, uItem},
	{"oct", kMonth, 10},
	{"october", kMonth, 10},
	{"of", kFiller, 0},
	{"on", kFiller, 0},
	{"one", kNumWord, 1},
	{"or", kOr, 0},
	{"par", kUnit, uPara},
	{"para", kUnit, uPara},
	{"paragraph", kUnit, uPara},
	{"paragraphs", kUnits, uPara},
	{"paras", kUnits, uPara},
	{"pars", kUnits, uPara},
	{"per", kFiller, 0},
	{"principle", kUnit, uPrinciple},
	{"principles", kUnits, uPrinciple},
	{"provisional", kFiller, 0},
	{"recommendation", kUnit, uNorm},
	{"recommendations", kUnits, uNorm},
	{"second", kOrdWord, 2},
	{"see", kFiller, 0},
	{"sep", kMonth, 9},
	{"sept", kMonth, 9},
	{"september", kMonth, 9},
	{"session", kSession, 0},
	{"seven", kNumWord, 7},
	{"seventeen", kNumWord, 17},
	{"seventeenth", kOrdWord, 17},
	{"seventh", kOrdWord, 7},
	{"seventieth", kOrdWord, 70},
	{"seventy", kNumWord, 70},
	{"six", kNumWord, 6},
	{"sixteen", kNumWord, 16},
	{"sixteenth", kOrdWord, 16},
	{"sixth", kOrdWord, 6},
	{"sixtieth", kOrdWord, 60},
	{"sixty", kNumWord, 60},
	{"ten", kNumWord, 10},
	{"tenth", kOrdWord, 10},
	{"the", kFiller, 0},
	{"third", kOrdWord, 3},
	{"thirteen", kNumWord, 13},
	{"thirteenth", kOrdWord, 13},
	{"thirtieth", kOrdWord, 30},
	{"thirty", kNumWord, 30},
	{"three", kNumWord, 3},
	{"through", kTo, 0},
	{"thru", kTo, 0},
	{"to", kTo, 0},
	{"twelfth", kOrdWord, 12},
	{"twelve", kNumWord, 12},
	{"twentieth", kOrdWord, 20},
	{"twenty", kNumWord, 20},
	{"two", kNumWord, 2},
	{"under", kFiller, 0},
	{"unnumbered", kUnnumbered, 0},
	{"with", kFiller, 0},
}

// keywordStart[b] is the index in keywords of the first word that begins
// with the letter b ('a' is 0); keywordStart[26] is len(keywords).
var keywordStart = [27]uint8{0, 10, 11, 15, 20, 29, 46, 46, 47, 52, 58, 58, 58, 61, 76, 82, 92, 92, 94, 112, 129, 131, 131, 132, 132, 132, 132}

// keywordHash holds 1 + the index in keywords of each keyword at the slot of
// the FNV-1a hash of its bytes, probed linearly (see [keywordHashed]); 0 is
// an empty slot. TestKeywordHash recomputes it.
var keywordHash = [512]uint8{
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 53, 0,
	22, 35, 0, 31, 0, 2, 0, 0, 0, 0, 0, 0, 55, 115, 0, 73,
	0, 0, 0, 0, 124, 0, 0, 0, 0, 76, 129, 26, 84, 0, 93, 0,
	0, 63, 0, 0, 9, 120, 117, 0, 0, 0, 0, 0, 119, 0, 0, 0,
	96, 37, 0, 0, 123, 0, 0, 0, 0, 77, 0, 0, 0, 0, 0, 0,
	0, 0, 5, 0, 113, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	99, 43, 104, 0, 0, 58, 0, 78, 79, 83, 94, 132, 0, 0, 0, 0,
	21, 45, 0, 0, 0, 46, 0, 0, 0, 0, 122, 0, 0, 0, 0, 111,
	27, 88, 0, 0, 0, 0, 0, 0, 87, 0, 118, 59, 0, 7, 0, 0,
	0, 0, 0, 0, 11, 0, 0, 0, 114, 0, 103, 0, 28, 112, 49, 0,
	75, 0, 0, 0, 0, 0, 4, 90, 131, 0, 0, 71, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	12, 0, 0, 0, 0, 106, 0, 0, 0, 0, 0, 0, 0, 130, 0, 0,
	0, 0, 19, 0, 0, 64, 0, 0, 0, 0, 0, 0, 0, 54, 95, 0,
	0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	60, 0, 0, 0, 0, 0, 0, 100, 0, 0, 0, 0, 0, 0, 101, 56,
	109, 110, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 29, 34, 0,
	0, 0, 0, 0, 0, 44, 0, 0, 0, 0, 32, 0, 1, 0, 0, 69,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 85, 0, 0, 0, 125, 66, 116,
	0, 0, 57, 0, 0, 0, 0, 0, 0, 0, 0, 0, 23, 0, 0, 97,
	0, 0, 0, 127, 0, 18, 62, 0, 0, 0, 0, 0, 0, 0, 0, 48,
	0, 0, 0, 0, 72, 0, 25, 47, 102, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 74, 0, 0, 10, 0, 17, 86,
	14, 0, 0, 0, 82, 0, 61, 0, 8, 15, 0, 0, 0, 0, 67, 41,
	39, 51, 0, 0, 0, 38, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 89, 42, 0, 0, 128, 0, 0, 107, 108, 0, 0, 0,
	0, 0, 0, 0, 126, 0, 0, 0, 0, 0, 0, 0, 91, 0, 0, 0,
	0, 0, 0, 121, 0, 0, 0, 0, 24, 0, 0, 0, 0, 92, 0, 0,
	80, 0, 40, 16, 20, 70, 33, 0, 0, 52, 0, 0, 13, 0, 0, 0,
	0, 36, 30, 98, 0, 0, 50, 0, 0, 0, 0, 0, 105, 0, 0, 81,
	0, 0, 0, 0, 0, 65, 0, 6, 0, 0, 68, 0, 0, 0, 0, 0,
}
