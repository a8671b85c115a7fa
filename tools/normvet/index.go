package normvet

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/cybernorms/cybernorms/norms"
)

// The lists of the corpus, by the name of their variable in package norms
// (the document's ID) and by length where no two lists share one; and the
// lettered lists, whose items the source labels 13(a), 13(b), ...
var (
	setByName = map[string]norms.List{}
	setByLen  = map[int]norms.List{}
	lettered  = map[norms.List]bool{}
)

func init() {
	dup := map[int]bool{}
	for s := range norms.Lists() {
		setByName[s.Document()] = s
		if _, ok := setByLen[s.Len()]; ok {
			dup[s.Len()] = true
		}
		setByLen[s.Len()] = s
		if strings.HasSuffix(s.Norm(0).Label(), ")") {
			lettered[s] = true
		}
	}
	for n := range dup {
		delete(setByLen, n)
	}
}

// index checks, or lists, an index into a list of norms: an array of
// norms.Norm or a pointer to one.
func (c *checker) index(ix *ast.IndexExpr) {
	info := c.pass.TypesInfo
	t := info.TypeOf(ix.X)
	if t == nil {
		return
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	arr, ok := t.Underlying().(*types.Array)
	if !ok || !isNamed(arr.Elem(), normsPath, "Norm") {
		return
	}
	set, ok := setOfExpr(info, ix.X)
	if !ok {
		set = setByLen[int(arr.Len())]
	}
	if set.Len() == 0 || int64(set.Len()) != arr.Len() {
		return
	}
	tv := info.Types[ix.Index]
	if tv.Value == nil || tv.Value.Kind() != constant.Int {
		return
	}
	i, ok := constant.Int64Val(tv.Value)
	if !ok || i < 0 || i >= int64(set.Len()) {
		return
	}
	n := set.Norm(int(i))
	if c.list {
		c.cites(ix, n, "by index")
		return
	}
	if !lettered[set] || isNamed(tv.Type, normsPath, "Letter") {
		return
	}
	letter := string(rune('A' + i))
	q, fix := c.qualifier(ix, letter)
	if !fix {
		q = "norms."
	}
	d := analysis.Diagnostic{
		Pos:      ix.Index.Pos(),
		End:      ix.Index.End(),
		Category: "index",
		Message: "constant index " + strconv.FormatInt(i, 10) + " into " + set.Name() + " selects " + set.Unit() + " " + n.Label() +
			", not " + set.Unit() + " " + strconv.FormatInt(i, 10) + ": index with the letter constant " + q + letter,
	}
	if fix {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message: "Index with " + q + letter,
			TextEdits: []analysis.TextEdit{{
				Pos:     ix.Index.Pos(),
				End:     ix.Index.End(),
				NewText: []byte(q + letter),
			}},
		}}
	}
	c.pass.Report(d)
}

// setOfExpr returns the list x names, if it is a variable of package norms,
// possibly dereferenced or parenthesised.
func setOfExpr(info *types.Info, x ast.Expr) (norms.List, bool) {
	x = ast.Unparen(x)
	if st, ok := x.(*ast.StarExpr); ok {
		x = ast.Unparen(st.X)
	}
	var id *ast.Ident
	switch x := x.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return norms.List{}, false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Pkg().Path() != normsPath || v.Parent() != v.Pkg().Scope() {
		return norms.List{}, false
	}
	l, ok := setByName[v.Name()]
	return l, ok
}

// qualifier returns what to write before the letter constant's name at the
// position of ix, as the file imports package norms ("norms.", "n." or ""
// for a dot import), and whether the name there does refer to the constant.
func (c *checker) qualifier(ix *ast.IndexExpr, letter string) (string, bool) {
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
	isLetter := func(obj types.Object) bool {
		k, ok := obj.(*types.Const)
		return ok && k.Pkg() != nil && k.Pkg().Path() == normsPath && k.Name() == letter
	}
	refersToNorms := func(name string) bool {
		_, obj := scope.LookupParent(name, ix.Pos())
		pn, ok := obj.(*types.PkgName)
		return ok && pn.Imported().Path() == normsPath && isLetter(pn.Imported().Scope().Lookup(letter))
	}
	// The name the indexed expression itself uses, as in n2.UNGGE2015[5],
	// comes first; then the file's imports of package norms.
	var names []string
	x := ast.Unparen(ix.X)
	if st, ok := x.(*ast.StarExpr); ok {
		x = ast.Unparen(st.X)
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
		name := "norms"
		if imp.Name != nil {
			name = imp.Name.Name
		}
		switch name {
		case "_":
		case ".":
			if _, obj := scope.LookupParent(letter, ix.Pos()); isLetter(obj) {
				return "", true
			}
		default:
			names = append(names, name)
		}
	}
	for _, name := range names {
		if refersToNorms(name) {
			return name + ".", true
		}
	}
	return "", false
}

// isNamed reports whether t is the named type path.name.
func isNamed(t types.Type, path, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == path && n.Obj().Name() == name
}
