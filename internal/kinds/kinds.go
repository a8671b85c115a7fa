// Package kinds is the one home of the kinds the corpus sorts its documents
// and list items into: for each, the keyword a data file gives ("kind:
// chairs-report", "list: commitment"), the words the runtime and the
// generated doc comments print ("chair's report"), and the name of the
// runtime's constant (declarations.KindChairsReport, norms.KindCommitment).
//
// The generator reads it to check data files and to write code; packages
// declarations and norms read it for their Kind.String methods. A kind's
// number is the value of the runtime constant: [Doc] 1 is
// declarations.KindDeclaration, [List] 1 is norms.KindNorm. Adding a kind is
// one row here and one constant there.
//
// It is hand-written and imports no generated code, so that the generator
// builds whatever state the generated files are in.
package kinds

// A Doc is a kind of document, numbered as package declarations' Kind.
type Doc uint8

// A List is a kind of list item, numbered as package norms' Kind.
type List uint8

// A spelling is how one kind is written in each place it appears.
type spelling struct {
	keyword string // in a data file
	words   string // in prose
	konst   string // the runtime's constant
}

// docs spells each kind of document; docs[k] is Doc k.
var docs = [...]spelling{
	1: {"declaration", "declaration", "KindDeclaration"},
	2: {"chairs-report", "chair's report", "KindChairsReport"},
	3: {"communique", "communiqué", "KindCommunique"},
	4: {"outcome-document", "outcome document", "KindOutcomeDocument"},
	5: {"report", "report", "KindReport"},
	6: {"resolution", "resolution", "KindResolution"},
	7: {"convention", "convention", "KindConvention"},
	8: {"other", "document", "KindOther"},
}

// lists spells each kind of list item; lists[k] is List k.
var lists = [...]spelling{
	1: {"norm", "norm", "KindNorm"},
	2: {"commitment", "commitment", "KindCommitment"},
	3: {"principle", "principle", "KindPrinciple"},
}

// NumDoc and NumList are the numbers of kinds: Doc values run from 1 to
// NumDoc, List values from 1 to NumList.
const (
	NumDoc  = len(docs) - 1
	NumList = len(lists) - 1
)

// Keyword returns the kind as a data file gives it: "chairs-report".
func (k Doc) Keyword() string { return spell(docs[:], int(k)).keyword }

// Words returns the kind in words: "chair's report"; "" for a number that is
// no kind.
func (k Doc) Words() string { return spell(docs[:], int(k)).words }

// Const returns the name of package declarations' constant: "KindChairsReport".
func (k Doc) Const() string { return spell(docs[:], int(k)).konst }

// Keyword returns the kind as a data file gives it: "commitment".
func (k List) Keyword() string { return spell(lists[:], int(k)).keyword }

// Words returns the kind in words: "commitment"; "" for a number that is no
// kind.
func (k List) Words() string { return spell(lists[:], int(k)).words }

// Const returns the name of package norms' constant: "KindCommitment".
func (k List) Const() string { return spell(lists[:], int(k)).konst }

// ParseDoc returns the kind of document a data file's keyword names.
func ParseDoc(keyword string) (Doc, bool) {
	i := find(docs[:], keyword)
	return Doc(i), i > 0
}

// ParseList returns the kind of list item a data file's keyword names.
func ParseList(keyword string) (List, bool) {
	i := find(lists[:], keyword)
	return List(i), i > 0
}

// DocKeywords returns the keywords of every kind of document, in number
// order.
func DocKeywords() []string { return keywords(docs[:]) }

// ListKeywords returns the keywords of every kind of list item, in number
// order.
func ListKeywords() []string { return keywords(lists[:]) }

func spell(table []spelling, i int) spelling {
	if i > 0 && i < len(table) {
		return table[i]
	}
	return spelling{}
}

func find(table []spelling, keyword string) int {
	for i := 1; i < len(table); i++ {
		if table[i].keyword == keyword {
			return i
		}
	}
	return 0
}

func keywords(table []spelling) []string {
	out := make([]string, 0, len(table)-1)
	for _, s := range table[1:] {
		out = append(out, s.keyword)
	}
	return out
}
