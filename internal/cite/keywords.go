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
	{"aout", kMonth, 8}, // French
	{"apr", kMonth, 4},
	{"april", kMonth, 4},
	{"as", kFiller, 0},
	{"at", kFiller, 0},
	{"aug", kMonth, 8},
	{"august", kMonth, 8},
	{"avril", kMonth, 4}, // French
	{"by", kFiller, 0},
	{"cets", kTreaty, 0},
	{"cf", kFiller, 0},
	{"commitment", kUnit, uCommitment},
	{"commitments", kUnits, uCommitment},
	{"dec", kMonth, 12},
	{"december", kMonth, 12},
	{"decembre", kMonth, 12}, // French
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
	{"fevrier", kMonth, 2}, // French
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
	{"janvier", kMonth, 1}, // French
	{"juillet", kMonth, 7}, // French
	{"juin", kMonth, 6},    // French
	{"jul", kMonth, 7},
	{"july", kMonth, 7},
	{"jun", kMonth, 6},
	{"june", kMonth, 6},
	{"l", kFiller, 0},  // the elided article of "l'Appel"
	{"mai", kMonth, 5}, // French
	{"mar", kMonth, 3},
	{"march", kMonth, 3},
	{"mars", kMonth, 3}, // French
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
	{"novembre", kMonth, 11}, // French
	{"nr", kUnit, uItem},
	{"number", kUnit, uItem},
	{"numbers", kUnits, uItem},
	{"numerote", kUnnumbered, 0}, // French, of "paragraphe non numéroté 3 sur 25"
	{"oct", kMonth, 10},
	{"october", kMonth, 10},
	{"octobre", kMonth, 10}, // French
	{"of", kFiller, 0},
	{"on", kFiller, 0},
	{"one", kNumWord, 1},
	{"opened", kFiller, 0}, // "opened for signature 23 November 2001"
	{"or", kOr, 0},
	{"par", kUnit, uPara},
	{"para", kUnit, uPara},
	{"paragraph", kUnit, uPara},
	{"paragraphe", kUnit, uPara},   // French
	{"paragraphes", kUnits, uPara}, // French
	{"paragraphs", kUnits, uPara},
	{"paras", kUnits, uPara},
	{"pars", kUnits, uPara},
	{"per", kFiller, 0},
	{"principe", kUnit, uPrinciple},   // French
	{"principes", kUnits, uPrinciple}, // French
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
	{"septembre", kMonth, 9}, // French
	{"session", kSession, 0},
	{"seven", kNumWord, 7},
	{"seventeen", kNumWord, 17},
	{"seventeenth", kOrdWord, 17},
	{"seventh", kOrdWord, 7},
	{"seventieth", kOrdWord, 70},
	{"seventy", kNumWord, 70},
	{"signature", kFiller, 0},
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
var keywordStart = [27]uint8{0, 12, 13, 17, 23, 32, 50, 50, 51, 56, 65, 65, 66, 71, 88, 96, 110, 110, 112, 132, 149, 151, 151, 152, 152, 152, 152}

// keywordHash holds 1 + the index in keywords of each keyword at the slot of
// the FNV-1a hash of its bytes, probed linearly (see [keywordHashed]); 0 is
// an empty slot. TestKeywordHash recomputes it.
var keywordHash = [512]uint8{
	107, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 57, 0,
	25, 39, 0, 34, 0, 2, 0, 0, 0, 0, 0, 0, 62, 135, 0, 83,
	0, 0, 0, 0, 144, 0, 0, 0, 0, 87, 149, 29, 98, 0, 111, 0,
	0, 73, 0, 0, 10, 140, 137, 0, 0, 0, 0, 0, 139, 0, 0, 0,
	114, 41, 0, 0, 143, 0, 0, 0, 0, 89, 0, 0, 0, 0, 0, 0,
	0, 0, 6, 0, 133, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	117, 47, 123, 0, 0, 65, 0, 90, 70, 92, 97, 112, 152, 0, 0, 0,
	24, 12, 49, 106, 0, 50, 0, 0, 0, 0, 142, 0, 0, 0, 0, 131,
	30, 104, 0, 0, 0, 0, 0, 0, 103, 0, 138, 68, 0, 8, 0, 0,
	0, 0, 0, 0, 13, 0, 0, 0, 134, 0, 122, 0, 31, 132, 53, 0,
	86, 0, 0, 0, 0, 0, 4, 108, 151, 0, 0, 81, 0, 0, 0, 0,
	5, 0, 118, 0, 0, 0, 67, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	14, 0, 0, 0, 35, 125, 0, 0, 0, 0, 0, 0, 0, 150, 0, 0,
	0, 0, 22, 0, 0, 74, 0, 0, 0, 0, 0, 0, 0, 58, 113, 0,
	0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	69, 0, 0, 0, 0, 0, 0, 119, 0, 0, 0, 0, 0, 0, 120, 63,
	129, 130, 0, 0, 0, 0, 0, 0, 0, 0, 0, 66, 0, 0, 0, 0,
	59, 84, 0, 0, 0, 0, 0, 0, 0, 91, 0, 0, 0, 32, 38, 0,
	0, 0, 0, 0, 0, 48, 0, 0, 0, 0, 36, 0, 1, 0, 0, 79,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 99, 88, 0, 0, 145, 76, 136,
	0, 0, 64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 115,
	0, 0, 0, 147, 0, 21, 72, 0, 0, 0, 0, 0, 0, 0, 0, 52,
	0, 0, 0, 0, 82, 0, 28, 51, 121, 0, 0, 0, 0, 126, 0, 0,
	0, 0, 60, 0, 0, 0, 0, 61, 0, 85, 0, 0, 11, 0, 19, 102,
	16, 0, 0, 0, 96, 0, 71, 0, 9, 17, 0, 0, 0, 0, 77, 45,
	43, 55, 0, 0, 0, 42, 0, 0, 20, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 105, 46, 0, 0, 148, 0, 0, 127, 128, 0, 0, 0,
	0, 0, 0, 0, 146, 0, 0, 0, 0, 0, 0, 0, 109, 0, 0, 0,
	0, 0, 0, 141, 0, 0, 0, 0, 27, 0, 0, 0, 0, 110, 0, 0,
	93, 0, 44, 18, 23, 80, 37, 100, 0, 56, 0, 0, 15, 0, 0, 0,
	95, 40, 33, 116, 0, 101, 54, 0, 0, 0, 0, 0, 124, 0, 0, 94,
	0, 0, 0, 0, 0, 75, 0, 7, 0, 0, 78, 0, 0, 0, 0, 0,
}
