package normvet

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// normsPath and declarationsPath are the import paths of packages norms and
// declarations.
const (
	normsPath        = "github.com/cybernorms/cybernorms/norms"
	declarationsPath = "github.com/cybernorms/cybernorms/declarations"
)

// Analyzer is the normvet checker. Run it with the normvet command, alone or
// as go vet's tool, or add it to a multichecker of your own.
//
// Its flags are -list, which makes it report the norms a package cites
// instead of problems, and -corpus, the import path prefixes of the
// packages whose deprecated identifiers it reports.
var Analyzer = &analysis.Analyzer{
	Name:     "normvet",
	Doc:      doc,
	URL:      "https://pkg.go.dev/github.com/cybernorms/cybernorms/tools/normvet",
	Run:      run,
	Requires: []*analysis.Analyzer{inspect.Analyzer, deprecation},
}

const doc = `check code that cites the cybernorms corpus

normvet reports citations of norms in comments and string literals that
name no norm of the corpus ("UN GGE norm 13(l)"), with the closest that
does, and constant citations passed to Parse, MustParse or Lookup (of
package norms or declarations) that name nothing; constant indexes into a
list that read as another item (norms.Lucca2017[6] is norm 7;
norms.UNGGE2015[5] is norm 13(f)), with a fix that writes the constant
naming the item selected (norms.Lucca2017[norms.N7],
norms.UNGGE2015[norms.F]) or, where a comment or string beside the index
names another item ("// Lucca norm 6"), the item it names
(norms.Lucca2017[norms.N6]); and uses of identifiers of the corpus marked
"Deprecated:".

With -list, it reports instead every norm the package cites, one per line
with its position: typed (an index into a list, norms.Lookup or norms.Parse
with a constant argument) or in prose.`

var (
	listFlag   bool
	corpusFlag = "github.com/cybernorms/cybernorms"
)

func init() {
	Analyzer.Flags.BoolVar(&listFlag, "list", false, "report every norm the package cites, one per line, instead of problems")
	Analyzer.Flags.StringVar(&corpusFlag, "corpus", corpusFlag, "comma-separated import path prefixes of the packages whose deprecated identifiers are reported")
}

// A checker holds the state of one pass.
type checker struct {
	pass *analysis.Pass
	list bool
	// checked are the string literals already checked as the argument of
	// norms.Parse or norms.Lookup, which the prose scan skips.
	checked map[*ast.BasicLit]bool
	// inTest is set while the string literals of a test file are checked.
	inTest bool
	// indexLines counts the constant indexes into lists on each line (see
	// lineKey): words beside an index say which item it means only where
	// the line holds one.
	indexLines map[string]int
	// lineComments are the comments by the line they begin on, and
	// groupEnds the comment groups by the line they end on (see
	// indexComments).
	lineComments map[string][]*ast.Comment
	groupEnds    map[string]*ast.CommentGroup
}

// run checks a package: its typed citations and indexes, its uses of
// deprecated identifiers and its prose (comments and string literals),
// outside generated files.
func run(pass *analysis.Pass) (any, error) {
	c := &checker{pass: pass, list: listFlag, checked: map[*ast.BasicLit]bool{}, indexLines: map[string]int{}}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)

	// Generated files are not checked: their authors cannot fix them.
	isGenerated := inGenerated(pass.Files)

	// Typed citations and indexes.
	insp.Preorder([]ast.Node{(*ast.IndexExpr)(nil)}, func(n ast.Node) {
		if _, _, _, ok := indexedList(pass.TypesInfo, n.(*ast.IndexExpr)); ok {
			c.indexLines[lineKey(pass.Fset.Position(n.End()))]++
		}
	})
	insp.WithStack([]ast.Node{(*ast.IndexExpr)(nil), (*ast.CallExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || isGenerated(n.Pos()) {
			return true
		}
		switch n := n.(type) {
		case *ast.IndexExpr:
			c.index(n, stack)
		case *ast.CallExpr:
			c.call(n)
		}
		return true
	})
	if !c.list {
		c.deprecated(isGenerated)
	}
	c.checkProse()
	return nil, nil
}

// inGenerated returns a function that reports whether a position lies in
// one of the generated files of files.
func inGenerated(files []*ast.File) func(token.Pos) bool {
	var generated []*ast.File
	for _, f := range files {
		if ast.IsGenerated(f) {
			generated = append(generated, f)
		}
	}
	return func(pos token.Pos) bool {
		for _, f := range generated {
			if f.FileStart <= pos && pos < f.FileEnd {
				return true
			}
		}
		return false
	}
}

// deprecated reports the uses of deprecated packages and identifiers
// outside generated files.
func (c *checker) deprecated(isGenerated func(token.Pos) bool) {
	pass := c.pass
	uses := pass.ResultOf[deprecation].(deprecatedUses)
	for imp, msg := range uses.imports {
		if isGenerated(imp.Pos()) {
			continue
		}
		pass.Report(analysis.Diagnostic{
			Pos:      imp.Pos(),
			End:      imp.End(),
			Category: "deprecated",
			Message:  "package " + imp.Path.Value + " is deprecated: " + msg,
		})
	}
	for id, msg := range uses.idents {
		if isGenerated(id.Pos()) {
			continue
		}
		obj := pass.TypesInfo.Uses[id]
		pass.Report(analysis.Diagnostic{
			Pos:      id.Pos(),
			End:      id.End(),
			Category: "deprecated",
			Message:  describe(obj) + " is deprecated: " + msg,
		})
	}
}

// checkProse checks the prose of the package, its comments and string
// literals, outside generated files.
func (c *checker) checkProse() {
	for _, f := range c.pass.Files {
		if ast.IsGenerated(f) {
			continue
		}
		for _, cg := range f.Comments {
			c.comments(cg)
		}
		// Tests hold bad citations on purpose, to test how they fail: in a
		// test file, strings are listed but not reported.
		c.inTest = strings.HasSuffix(c.pass.Fset.File(f.Pos()).Name(), "_test.go")
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING && !c.checked[lit] {
				c.literal(lit)
			}
			return true
		})
		c.inTest = false
	}
}

// cites reports, in -list mode, that the package cites n at the range of
// node.
func (c *checker) cites(rng analysis.Range, n norms.Norm, how string) {
	c.pass.Report(analysis.Diagnostic{
		Pos:      rng.Pos(),
		End:      rng.End(),
		Category: "cites",
		Message:  "cites " + string(n.ID()) + " (" + n.String() + ") " + how,
	})
}

// prose checks, or lists, the citations in text, which starts at pos in the
// file if exact, or is the value of a string literal with escapes at pos.
func (c *checker) prose(text string, pos token.Pos, exact, comment bool) {
	for _, ct := range findCitations(text) {
		if comment && quoted(text, ct.start, ct.end) {
			continue
		}
		rng := span{pos, pos}
		if exact {
			rng = span{pos + token.Pos(ct.start), pos + token.Pos(ct.end)}
		}
		c.report(rng, ct)
	}
}

// report lists the citation ct, at rng, in -list mode if it resolves, or
// reports it if not.
func (c *checker) report(rng span, ct citation) {
	switch {
	case c.list:
		for _, n := range ct.norms {
			c.cites(rng, n, "in prose: "+strconv.Quote(ct.text))
		}
	case ct.err != nil && !c.inTest:
		c.pass.Report(analysis.Diagnostic{
			Pos:      rng.start,
			End:      rng.end,
			Category: "citation",
			Message:  namesNoNorm(ct.text, ct.err),
		})
	}
}

// comments checks the text of a comment group as one text, so that a
// citation may run from one line to the next. The comment markers of the
// lines after the first become spaces, so that offsets in the text map to
// positions.
func (c *checker) comments(cg *ast.CommentGroup) {
	if len(cg.List) == 1 && !isOutput(cg.List[0].Text) {
		c.prose(cg.List[0].Text, cg.List[0].Slash, true, true)
		return
	}
	var (
		b      strings.Builder
		starts []int // the offset in b of each comment
	)
	for i, cm := range cg.List {
		if isOutput(cm.Text) {
			// The output of an example is the program's, not prose.
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		starts = append(starts, b.Len())
		// A line comment continues the one before, unless either is blank
		// or a line of a code block.
		text := cm.Text
		if i > 0 && continues(cg.List[i-1].Text) && continues(text) {
			text = "  " + text[2:]
		}
		b.WriteString(text)
	}
	text := b.String()
	pos := func(off int) token.Pos {
		i := len(starts) - 1
		for i > 0 && starts[i] > off {
			i--
		}
		return cg.List[i].Slash + token.Pos(off-starts[i])
	}
	for _, ct := range findCitations(text) {
		if !quoted(text, ct.start, ct.end) {
			c.report(span{pos(ct.start), pos(ct.end)}, ct)
		}
	}
}

// isOutput reports whether a line comment begins the output of an example.
func isOutput(line string) bool {
	text := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(line, "//")))
	return strings.HasPrefix(text, "output:") || strings.HasPrefix(text, "unordered output:")
}

// continues reports whether a line comment is one of prose that may
// continue the line before or be continued: not blank, not indented as code.
func continues(line string) bool {
	text, ok := strings.CutPrefix(line, "//")
	return ok && strings.TrimSpace(text) != "" && !strings.HasPrefix(text, "\t") && !strings.HasPrefix(text, "  ")
}

// literal checks the text of a string literal.
func (c *checker) literal(lit *ast.BasicLit) {
	s, err := strconv.Unquote(lit.Value)
	if err != nil {
		return
	}
	// Positions are exact when the literal's source is its text.
	exact := lit.Value[0] == '`' && !strings.Contains(lit.Value, "\r") || lit.Value[1:len(lit.Value)-1] == s
	pos := lit.Pos() + 1
	if !exact {
		pos = lit.Pos()
	}
	c.prose(s, pos, exact, false)
}

type span struct{ start, end token.Pos }

func (s span) Pos() token.Pos { return s.start }
func (s span) End() token.Pos { return s.end }

// call checks, or lists, the constant argument of norms.Parse,
// norms.MustParse and norms.Lookup, and of their counterparts in package
// declarations: a citation by definition, so it is parsed whole.
func (c *checker) call(call *ast.CallExpr) {
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil || len(call.Args) != 1 {
		return
	}
	pkg := fn.Pkg().Path()
	if pkg != normsPath && pkg != declarationsPath || fn.Signature().Recv() != nil {
		return
	}
	name := fn.Name()
	if name != "Parse" && name != "MustParse" && name != "Lookup" {
		return
	}
	arg := call.Args[0]
	tv := c.pass.TypesInfo.Types[arg]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return
	}
	lit, _ := ast.Unparen(arg).(*ast.BasicLit)
	if lit != nil {
		c.checked[lit] = true
	}
	s := constant.StringVal(tv.Value)
	qual := fn.Pkg().Name() + "." + name
	if pkg == declarationsPath {
		c.declarationsCall(arg, qual, name, s)
		return
	}
	var (
		n        norms.Norm
		msg      string
		fixed    string // the citation to write instead, where the item is certain
		fixedFor norms.Norm
	)
	switch name {
	case "Parse", "MustParse":
		var err error
		if n, err = norms.Parse(s); err != nil {
			msg = namesNoNorm(s, err)
			if name == "MustParse" {
				msg = qual + " panics: " + msg
			}
			if r := closestRepair(s); !r.norm.IsZero() && r.nameOnly {
				fixed, fixedFor = r.norm.String(), r.norm
			}
		}
	default:
		if m, ok := norms.Lookup(norms.ID(s)); ok {
			n = m
		} else if cl := closest(s); !cl.IsZero() {
			msg = "norms.Lookup: no norm has ID " + strconv.Quote(s) + "; closest: " + cl.String() + " (" + string(cl.ID()) + ")"
		} else {
			var id norms.ID
			msg = "norms.Lookup: " + id.UnmarshalText([]byte(s)).Error()
		}
	}
	switch {
	case c.list && !n.IsZero():
		c.cites(arg, n, "with "+qual+"("+strconv.Quote(s)+")")
	case !c.list && n.IsZero():
		d := analysis.Diagnostic{Pos: arg.Pos(), End: arg.End(), Category: "citation", Message: msg}
		if fixed != "" && lit != nil {
			// Only a misspelt name was wrong, not the label or the year:
			// the item is the one written, so its citation is offered.
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   "Cite " + strconv.Quote(fixed) + ", " + string(fixedFor.ID()),
				TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(strconv.Quote(fixed))}},
			}}
		}
		c.pass.Report(d)
	}
}

// declarationsCall checks, or lists, the constant argument s of
// declarations.Parse, MustParse or Lookup (name, qual with its package):
// a citation of a document or a paragraph, or a document's ID.
func (c *checker) declarationsCall(arg ast.Expr, qual, name, s string) {
	var err error
	var para declarations.Paragraph
	if name == "Lookup" {
		if _, ok := declarations.Lookup(declarations.ID(s)); !ok {
			var id declarations.ID
			err = id.UnmarshalText([]byte(s))
		}
	} else {
		_, para, err = declarations.Parse(s)
	}
	if c.list {
		// A citation of the paragraph that states a norm cites the norm.
		if n, ok := para.Norm(); err == nil && ok {
			c.cites(arg, n, "with "+qual+"("+strconv.Quote(s)+")")
		}
		return
	}
	if err == nil {
		return
	}
	msg := qual + ": " + err.Error()
	if name == "MustParse" {
		msg = qual + " panics: " + err.Error()
	}
	c.pass.Report(analysis.Diagnostic{Pos: arg.Pos(), End: arg.End(), Category: "citation", Message: msg})
}

// describe names an object as a reader of the code knows it:
// "legacy.Old", "legacy.T.Field", "legacy.T.Method".
func describe(obj types.Object) string {
	name := obj.Name()
	switch o := obj.(type) {
	case *types.Func:
		if sig, ok := o.Type().(*types.Signature); ok && sig.Recv() != nil {
			if t := recvName(sig.Recv().Type()); t != "" {
				name = t + "." + name
			}
		}
	case *types.Var:
		if o.IsField() {
			if owner := fieldOwner(o); owner != "" {
				name = owner + "." + name
			}
		}
	}
	return obj.Pkg().Name() + "." + name
}

func recvName(t types.Type) string {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// fieldOwner returns the name of the package-level type that declares the
// field v, or "".
func fieldOwner(v *types.Var) string {
	scope := v.Pkg().Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			for i := range st.NumFields() {
				if st.Field(i) == v {
					return name
				}
			}
		}
	}
	return ""
}
