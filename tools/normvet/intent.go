package normvet

import (
	"go/ast"
	"go/token"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/cybernorms/cybernorms/internal/words"
)

// An intent is the item of a list that the words beside an index name: a
// comment or a string literal that says which item the code means.
type intent struct {
	item  int    // the index of the item in the list
	where string // where the words are: "the comment beside it", ...
	what  string // what they are: "comment" or "string"
}

// intentOf returns the item of list that the words beside the index ix
// name, if they name exactly one: in order, a comment on the line of the
// index, a string literal beside it (an element of the same composite
// literal, or an argument of the same call, on the same line), or the
// comment on the lines just above the line of the index when it stands on
// lines of its own. stack holds the nodes that enclose ix, outermost first.
//
// Words that name several items of the list ("norms 6 and 7") or none are
// passed over. So is everything when the line holds another index into a
// list, since the words could be about either.
func (c *checker) intentOf(ix *ast.IndexExpr, stack []ast.Node, list *listInfo) (intent, bool) {
	line := c.pass.Fset.Position(ix.End())
	if c.indexLines[lineKey(line)] != 1 {
		return intent{}, false
	}
	c.indexComments()
	// A comment on the line.
	for _, cm := range c.lineComments[lineKey(line)] {
		if cm.End() > ix.Pos() && cm.Slash < ix.End() {
			continue
		}
		if item, ok := namesItem(commentText(cm.Text), list); ok {
			return intent{item, "the comment beside it", "comment"}, true
		}
	}
	// A string beside it.
	for _, lit := range c.stringsBeside(ix, stack, line.Line) {
		s, err := strconv.Unquote(lit.Value)
		if err != nil {
			continue
		}
		if item, ok := namesItem(s, list); ok {
			return intent{item, "the string beside it", "string"}, true
		}
	}
	// A comment on the lines above.
	above := line
	above.Line--
	if cg := c.groupEnds[lineKey(above)]; cg != nil && c.standsAlone(cg) {
		var text []string
		for _, cm := range cg.List {
			text = append(text, commentText(cm.Text))
		}
		if item, ok := namesItem(strings.Join(text, "\n"), list); ok {
			return intent{item, "the comment above it", "comment"}, true
		}
	}
	return intent{}, false
}

// indexComments fills, once, the comments of the package by the line they
// begin on, and the comment groups by the line they end on.
func (c *checker) indexComments() {
	if c.lineComments != nil {
		return
	}
	c.lineComments = map[string][]*ast.Comment{}
	c.groupEnds = map[string]*ast.CommentGroup{}
	for _, f := range c.pass.Files {
		for _, cg := range f.Comments {
			for _, cm := range cg.List {
				k := lineKey(c.pass.Fset.Position(cm.Slash))
				c.lineComments[k] = append(c.lineComments[k], cm)
			}
			c.groupEnds[lineKey(c.pass.Fset.Position(cg.End()))] = cg
		}
	}
}

// lineKey identifies a line of a file.
func lineKey(p token.Position) string { return p.Filename + ":" + strconv.Itoa(p.Line) }

// commentText returns the text of a comment without its markers.
func commentText(s string) string {
	if t, ok := strings.CutPrefix(s, "//"); ok {
		return t
	}
	return strings.TrimSuffix(strings.TrimPrefix(s, "/*"), "*/")
}

// standsAlone reports whether the comment group begins a line: only white
// space stands before it, so it is not the trailing comment of a line of
// code.
func (c *checker) standsAlone(cg *ast.CommentGroup) bool {
	if c.pass.ReadFile == nil {
		return false
	}
	p := c.pass.Fset.Position(cg.Pos())
	src, err := c.pass.ReadFile(p.Filename)
	if err != nil || p.Offset > len(src) {
		return false
	}
	start := strings.LastIndexByte(string(src[:p.Offset]), '\n') + 1
	return strings.TrimSpace(string(src[start:p.Offset])) == ""
}

// stringsBeside returns the string literals on the line of ix that stand
// beside it: the elements of the innermost composite literal, or the
// arguments of the innermost call, that encloses it (or the key and value
// of such an element), on the same line. It looks only at the elements
// next to ix, so that a literal of many indexes is read in linear time.
func (c *checker) stringsBeside(ix *ast.IndexExpr, stack []ast.Node, line int) []*ast.BasicLit {
	var elts []ast.Expr
	for i := len(stack) - 1; i >= 0 && elts == nil; i-- {
		switch n := stack[i].(type) {
		case *ast.CompositeLit:
			elts = n.Elts
		case *ast.CallExpr:
			elts = n.Args
		case ast.Stmt, ast.Decl, *ast.FuncLit:
			i = 0 // no further out than the statement
		}
	}
	if elts == nil {
		return nil
	}
	tf := c.pass.Fset.File(ix.Pos())
	var lits []*ast.BasicLit
	add := func(e ast.Expr) {
		if lit, ok := ast.Unparen(e).(*ast.BasicLit); ok && lit.Kind == token.STRING && tf.Line(lit.Pos()) == line {
			lits = append(lits, lit)
		}
	}
	// add adds the strings of element e, if it is on the line, and
	// reports whether it is.
	onLine := func(e ast.Expr) bool {
		if tf.Line(e.Pos()) != line && tf.Line(e.End()) != line {
			return false
		}
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			add(kv.Key)
			add(kv.Value)
		} else {
			add(e)
		}
		return true
	}
	// The element that holds ix, and those beside it on the line.
	k := sort.Search(len(elts), func(i int) bool { return elts[i].End() > ix.Pos() })
	if k < len(elts) {
		if kv, ok := elts[k].(*ast.KeyValueExpr); ok && kv.Value.Pos() <= ix.Pos() {
			add(kv.Key) // "lucca-6": norms.Lucca2017[6]
		}
	}
	for i := k - 1; i >= 0 && onLine(elts[i]); i-- {
	}
	for i := k + 1; i < len(elts) && onLine(elts[i]); i++ {
	}
	return lits
}

// namesItem returns the item of list that text names, if it names exactly
// one item of it, and nothing that names several: a citation that resolves
// to an item of the list ("Lucca norm 6", "UNGGE2015/13f"), or a label
// after a unit ("norm 6", "item 6", "commitment 3", "para. 26", "# 6",
// "norm (f)", "norm 13(f)"), or the lettered form of the list's paragraph
// ("13(f)"). A label of another list, or one the list does not have, is
// passed over.
func namesItem(text string, list *listInfo) (int, bool) {
	found := -1
	add := func(i int) bool {
		if found >= 0 && found != i {
			return false // two items
		}
		found = i
		return true
	}
	for _, ct := range findCitations(text) {
		for _, n := range ct.norms {
			if n.Document() != list.Document() {
				continue
			}
			for i := range list.Len() {
				if list.Norm(i).ID() == n.ID() && !add(i) {
					return 0, false
				}
			}
		}
	}
	toks := words.Tokens(text)
	for k, t := range toks {
		afterUnit := k > 0 && isUnit(toks[k-1]) && tied(text, toks[k-1], t)
		if afterUnit && plural(toks[k-1]) {
			return 0, false // "norms 6 and 7"
		}
		label := ""
		switch {
		case afterUnit && t.Kind == words.Number:
			label = t.Text
		case afterUnit && t.Kind == words.Word && len(t.Text) == 1 && list.shape == lettered:
			label = "(" + t.Text + ")" // "norm f"
		case t.Kind == words.Label && !t.Bare && (afterUnit || t.Text != ""):
			label = t.Text + "(" + string(t.Letter) + ")"
		default:
			continue
		}
		if i := itemLabelled(list, label); i >= 0 && !add(i) {
			return 0, false
		}
	}
	return found, found >= 0
}

// isUnit reports whether t is a word that may stand before a label, or a
// paragraph mark.
func isUnit(t words.Token) bool {
	return t.Kind == words.Mark || t.Kind == words.Word && slices.Contains(units, t.Text)
}

// plural reports whether the unit t names several items.
func plural(t words.Token) bool {
	return t.Kind == words.Word && strings.HasSuffix(t.Text, "s")
}

// tied reports whether only spaces, or the full stop of an abbreviation
// ("no.", "para."), separate the unit u and the label t.
func tied(text string, u, t words.Token) bool {
	gap := text[u.End:t.Start]
	switch u.Text {
	case "no", "nos", "nr", "para", "paras":
		gap = strings.TrimPrefix(gap, ".")
	}
	return strings.Trim(gap, " \t") == ""
}

// itemLabelled returns the index of the item of list labelled label ("6",
// "13(f)", or "(f)" for any lettered item with that letter), or -1.
func itemLabelled(list *listInfo, label string) int {
	num, letter := splitLabel(label)
	for i, l := range list.labels {
		ln, ll := splitLabel(l)
		if ll == letter && (ln == num || num == "" && letter != 0) {
			return i
		}
	}
	return -1
}
