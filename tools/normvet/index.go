package normvet

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/cybernorms/cybernorms/norms"
)

// A shape says how a list's items are labelled, and so which index reads
// right.
type shape uint8

const (
	// otherLabels: labels that are neither, such as the single item of the G20
	// Antalya 2015 list, labelled 26 (its paragraph). No constant names its
	// items: an integer index, counted from 0, is the way to index it.
	otherLabels shape = iota
	// numbered: labels 1, 2, 3 ... in order, indexed by norms.N1, norms.N2 ...
	numbered
	// lettered: labels that end (a), (b), (c) ... in order, as 13(a), 13(b)
	// ..., indexed by norms.A, norms.B ...
	lettered
)

// A listInfo is a list of the corpus with the labels of its items.
type listInfo struct {
	norms.List
	labels []string
	shape  shape
}

// Label returns the label of item i.
func (l *listInfo) Label(i int) string { return l.labels[i] }

// The lists of the corpus, by the name of their variable in package norms
// (the document's ID), and the lettered lists by length where no two lists
// share one. They are read from the norms package normvet links.
var (
	listByName    = map[string]*listInfo{}
	letteredByLen = map[int]*listInfo{}
)

func init() {
	lists := map[int]int{} // the number of lists of each length
	for l := range norms.Lists() {
		info := &listInfo{List: l}
		for n := range l.Norms() {
			info.labels = append(info.labels, n.Label())
		}
		info.shape = shapeOf(info.labels)
		listByName[l.Document()] = info
		lists[l.Len()]++
		if info.shape == lettered {
			letteredByLen[l.Len()] = info
		}
	}
	for n := range letteredByLen {
		if lists[n] > 1 {
			delete(letteredByLen, n)
		}
	}
}

// shapeOf says how labels are labelled.
func shapeOf(labels []string) shape {
	if len(labels) == 0 {
		return otherLabels
	}
	num, let := true, len(labels) <= 26
	for i, l := range labels {
		num = num && l == strconv.Itoa(i+1)
		let = let && strings.HasSuffix(l, "("+string(rune('a'+i))+")")
	}
	switch {
	case num:
		return numbered
	case let:
		return lettered
	}
	return otherLabels
}

// constName returns the name of the constant of package norms that indexes
// item i of a list of shape sh, or "".
func constName(sh shape, i int) string {
	switch sh {
	case numbered:
		return "N" + strconv.Itoa(i+1)
	case lettered:
		return string(rune('A' + i))
	}
	return ""
}

// index checks, or lists, an index into a list of norms: one of the lists of
// package norms, possibly through a pointer, or an array of norms.Norm (or a
// pointer to one) of the type of a lettered list.
//
// An index reads right when it is what the docs show for the list's shape:
// a norms.Number constant for a numbered list (norms.Lucca2017[norms.N6] is
// norm 6), a norms.Letter constant for a lettered one
// (norms.UNGGE2015[norms.F] is norm 13(f)), and an integer for a list of
// other labels (norms.G20Antalya2015[0]), unless the integer is the label of
// another item. Any other constant index is reported, with a fix that keeps
// the item it selects.
func (c *checker) index(ix *ast.IndexExpr, stack []ast.Node) {
	info := c.pass.TypesInfo
	list, elem, i, ok := indexedList(info, ix)
	if !ok {
		return
	}
	n := list.Norm(i)
	reads := readsAs(info, ix.Index, list, i)
	x, index := types.ExprString(ix.X), types.ExprString(ix.Index)
	unit := list.Unit()
	if c.list {
		how := "by index"
		if reads != "" {
			how += "; " + x + "[" + index + "] reads as " + unit + " " + reads
		}
		c.cites(ix, n, how)
		return
	}
	meant, hasIntent := c.intentOf(ix, stack, list)
	if hasIntent && meant.item == i {
		hasIntent = false // the words agree with the item selected
	}
	if reads == "" && !hasIntent {
		return
	}
	var (
		msg  string
		repl string
		fix  bool
	)
	switch {
	case !hasIntent:
		msg = x + "[" + index + "] is " + unit + " " + n.Label() + ", not " + unit + " " + reads
		repl, fix = c.indexFix(ix, elem, list, i)
		if repl != "" {
			msg += ": write " + x + "[" + repl + "]"
		}
	case reads == "":
		// The index reads as the item it selects, and the words beside it
		// name another: either may be wrong, so there is no fix.
		want := list.Label(meant.item)
		msg = x + "[" + index + "] is " + unit + " " + n.Label() + ", but " + meant.where + " says " + unit + " " + want
		if alt, _ := c.indexFix(ix, elem, list, meant.item); alt != "" {
			msg += ": write " + x + "[" + alt + "] for " + unit + " " + want + ", or correct the " + meant.what
		}
	default:
		// The index reads as one item and selects another, and the words
		// beside it say which is meant: the fix follows the words.
		want := list.Label(meant.item)
		msg = x + "[" + index + "] is " + unit + " " + n.Label() + ", not " + unit + " " + reads
		if want == reads {
			msg += " as " + meant.where + " says"
		} else {
			msg += ", and " + meant.where + " says " + unit + " " + want
		}
		repl, fix = c.indexFix(ix, elem, list, meant.item)
		if repl != "" {
			msg += ": write " + x + "[" + repl + "] for " + unit + " " + want
			if other, _ := c.indexFix(ix, elem, list, i); other != "" {
				msg += " (" + x + "[" + other + "] is " + unit + " " + n.Label() + ")"
			}
		}
	}
	d := analysis.Diagnostic{
		Pos:      ix.Index.Pos(),
		End:      ix.Index.End(),
		Category: "index",
		Message:  msg,
	}
	if fix {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message: "Index with " + repl,
			TextEdits: []analysis.TextEdit{{
				Pos:     ix.Index.Pos(),
				End:     ix.Index.End(),
				NewText: []byte(repl),
			}},
		}}
	}
	c.pass.Report(d)
}

// indexedList returns the list of norms that ix indexes, the element type
// of its array and the constant index i, if ix is an index the check
// reads: into a list of package norms (possibly through a pointer), or into
// an array of the lettered list's type, by a constant integer in range.
func indexedList(info *types.Info, ix *ast.IndexExpr) (list *listInfo, elem types.Type, i int, ok bool) {
	t := info.TypeOf(ix.X)
	if t == nil {
		return nil, nil, 0, false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	arr, ok := t.Underlying().(*types.Array)
	if !ok || !isNamed(arr.Elem(), normsPath, "Norm") {
		return nil, nil, 0, false
	}
	list, ok = listOfExpr(info, ix.X)
	if !ok {
		// An array of the lettered list's type, whatever its name: an
		// integer index into it reads as well as into the list. (Arrays of
		// a numbered list's length are not taken for it: [4]norms.Norm is
		// as likely a program's own.)
		list = letteredByLen[int(arr.Len())]
	}
	if list == nil || int64(list.Len()) != arr.Len() {
		return nil, nil, 0, false
	}
	tv := info.Types[ix.Index]
	if tv.Value == nil || tv.Value.Kind() != constant.Int {
		return nil, nil, 0, false
	}
	i64, ok := constant.Int64Val(tv.Value)
	if !ok || i64 < 0 || i64 >= int64(list.Len()) {
		return nil, nil, 0, false
	}
	return list, arr.Elem(), int(i64), true
}

// readsAs returns what the constant index x (of value i) into list reads
// as, the label a reader takes it for, when that is not the item it
// selects; "" when it reads right. A conversion of an integer,
// norms.Number(5), reads as the integer.
func readsAs(info *types.Info, x ast.Expr, list *listInfo, i int) string {
	tv := info.Types[x]
	switch {
	case isConversion(info, x):
		if list.shape != otherLabels || slices.Contains(list.labels, strconv.Itoa(i)) {
			return strconv.Itoa(i)
		}
	case isNamed(tv.Type, normsPath, "Letter"):
		if list.shape != lettered {
			return "(" + norms.Letter(i).String() + ")"
		}
	case isNamed(tv.Type, normsPath, "Number"):
		if list.shape != numbered {
			return norms.Number(i).String()
		}
	case list.shape != otherLabels:
		return strconv.Itoa(i)
	case slices.Contains(list.labels, strconv.Itoa(i)):
		// A list of other labels: an integer reads wrong only where it is
		// the label of another item.
		return strconv.Itoa(i)
	}
	return ""
}

// indexFix returns the index to write instead of ix's, for item i of list
// (of element type elem): the constant that names the item or, for a list
// of other labels, the integer; and whether it can be offered as a fix
// (the constant is reachable from the file). repl is "" when there is
// nothing to suggest.
func (c *checker) indexFix(ix *ast.IndexExpr, elem types.Type, list *listInfo, i int) (repl string, fix bool) {
	if name := constName(list.shape, i); name != "" {
		var q string
		q, fix = c.qualifier(ix, elem, name)
		if !fix && hasConst(elem, name) {
			q = "norms."
		}
		if fix || q != "" {
			repl = q + name
		}
	} else if list.shape == otherLabels && !slices.Contains(list.labels, strconv.Itoa(i)) {
		repl, fix = strconv.Itoa(i), true
	}
	return repl, fix
}

// isConversion reports whether x is a conversion of a constant to a type,
// such as norms.Number(5).
func isConversion(info *types.Info, x ast.Expr) bool {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	return ok && len(call.Args) == 1 && info.Types[call.Fun].IsType()
}

// hasConst reports whether the package of the named type norm declares a
// constant name.
func hasConst(norm types.Type, name string) bool {
	n, ok := types.Unalias(norm).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	_, ok = n.Obj().Pkg().Scope().Lookup(name).(*types.Const)
	return ok
}

// listOfExpr returns the list x names, if it is a variable of package
// norms, possibly parenthesised, or a pointer to one taken with & and
// dereferenced with *.
func listOfExpr(info *types.Info, x ast.Expr) (*listInfo, bool) {
	x = ast.Unparen(x)
	if st, ok := x.(*ast.StarExpr); ok {
		x = ast.Unparen(st.X)
	}
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	var id *ast.Ident
	switch x := x.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return nil, false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Pkg().Path() != normsPath || v.Parent() != v.Pkg().Scope() {
		return nil, false
	}
	l, ok := listByName[v.Name()]
	return l, ok
}

// qualifier returns what to write before the name of the constant of
// package norms (the package of the type norm) at the position of ix, as the
// file imports package norms ("norms.", "n." or "" for a dot import), and
// whether the name there does refer to the constant.
func (c *checker) qualifier(ix *ast.IndexExpr, norm types.Type, name string) (string, bool) {
	var file *ast.File
	for _, f := range c.pass.Files {
		if f.FileStart <= ix.Pos() && ix.Pos() < f.FileEnd {
			file = f
		}
	}
	if file == nil {
		return "", false
	}
	scope := c.pass.TypesInfo.Scopes[file]
	if scope == nil {
		return "", false
	}
	scope = scope.Innermost(ix.Pos())
	if !hasConst(norm, name) {
		return "", false
	}
	isConst := func(obj types.Object) bool {
		k, ok := obj.(*types.Const)
		return ok && k.Pkg() != nil && k.Pkg().Path() == normsPath && k.Name() == name
	}
	refersToNorms := func(pkg string) bool {
		_, obj := scope.LookupParent(pkg, ix.Pos())
		pn, ok := obj.(*types.PkgName)
		return ok && pn.Imported().Path() == normsPath && isConst(pn.Imported().Scope().Lookup(name))
	}
	// The name the indexed expression itself uses, as in n2.UNGGE2015[5],
	// comes first; then the file's imports of package norms.
	var names []string
	x := ast.Unparen(ix.X)
	if st, ok := x.(*ast.StarExpr); ok {
		x = ast.Unparen(st.X)
	}
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	if sel, ok := x.(*ast.SelectorExpr); ok {
		if id, ok := sel.X.(*ast.Ident); ok {
			names = append(names, id.Name)
		}
	}
	for _, imp := range file.Imports {
		path, err := strconv.Unquote(imp.Path.Value)
		if err != nil || path != normsPath {
			continue
		}
		pkg := "norms"
		if imp.Name != nil {
			pkg = imp.Name.Name
		}
		switch pkg {
		case "_":
		case ".":
			if _, obj := scope.LookupParent(name, ix.Pos()); isConst(obj) {
				return "", true
			}
		default:
			names = append(names, pkg)
		}
	}
	for _, pkg := range names {
		if refersToNorms(pkg) {
			return pkg + ".", true
		}
	}
	return "", false
}

// isNamed reports whether t is the named type path.name.
func isNamed(t types.Type, path, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == path && n.Obj().Name() == name
}
