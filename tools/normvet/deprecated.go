package normvet

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// A deprecatedFact marks an identifier of the corpus whose doc comment holds
// a paragraph that begins "Deprecated:".
type deprecatedFact struct {
	// Msg is the text of the paragraph after "Deprecated:".
	Msg string
}

func (*deprecatedFact) AFact() {}

func (f *deprecatedFact) String() string { return "deprecated: " + f.Msg }

// deprecatedUses holds a package's uses of deprecated identifiers of the
// corpus declared in other packages, with the deprecation message: the
// identifiers that refer to them, and the imports of deprecated packages.
type deprecatedUses struct {
	idents  map[*ast.Ident]string
	imports map[*ast.ImportSpec]string
}

// deprecation finds the deprecated identifiers of the corpus packages and
// records them as facts, so that the packages that import them know; its
// result is the package's uses of deprecated identifiers of other packages.
// It is a separate analyzer so that Analyzer itself, which uses no facts,
// runs only on the packages named on the command line.
var deprecation = &analysis.Analyzer{
	Name:       "normvetdeprecation",
	Doc:        "records the identifiers of the cybernorms corpus marked Deprecated:",
	Run:        runDeprecation,
	FactTypes:  []analysis.Fact{new(deprecatedFact)},
	ResultType: reflect.TypeFor[deprecatedUses](),
}

func runDeprecation(pass *analysis.Pass) (any, error) {
	if inCorpus(pass.Pkg.Path()) {
		for _, f := range pass.Files {
			if msg, ok := deprecatedIn(f.Doc); ok {
				pass.ExportPackageFact(&deprecatedFact{Msg: msg})
			}
			exportDeprecated(pass, f)
		}
	}
	uses := deprecatedUses{idents: map[*ast.Ident]string{}, imports: map[*ast.ImportSpec]string{}}
	for id, obj := range pass.TypesInfo.Uses {
		if obj.Pkg() == nil || obj.Pkg() == pass.Pkg || !inCorpus(obj.Pkg().Path()) {
			continue
		}
		obj = origin(obj)
		var fact deprecatedFact
		if pass.ImportObjectFact(obj, &fact) {
			uses.idents[id] = fact.Msg
		}
	}
	for _, f := range pass.Files {
		for _, imp := range f.Imports {
			pn := pass.TypesInfo.PkgNameOf(imp)
			if pn == nil || !inCorpus(pn.Imported().Path()) {
				continue
			}
			var fact deprecatedFact
			if pass.ImportPackageFact(pn.Imported(), &fact) {
				uses.imports[imp] = fact.Msg
			}
		}
	}
	return uses, nil
}

// inCorpus reports whether the package with the given path is one whose
// deprecated identifiers are reported: one under a prefix of -corpus.
func inCorpus(path string) bool {
	for p := range strings.SplitSeq(corpusFlag, ",") {
		p = strings.TrimSuffix(strings.TrimSpace(p), "/")
		if p != "" && (path == p || strings.HasPrefix(path, p+"/")) {
			return true
		}
	}
	return false
}

func origin(obj types.Object) types.Object {
	switch o := obj.(type) {
	case *types.Func:
		return o.Origin()
	case *types.Var:
		return o.Origin()
	}
	return obj
}

// exportDeprecated exports a fact for each declaration of f, field and
// method included, that is marked deprecated.
func exportDeprecated(pass *analysis.Pass, f *ast.File) {
	mark := func(id *ast.Ident, docs ...*ast.CommentGroup) {
		if id == nil {
			return
		}
		obj := pass.TypesInfo.Defs[id]
		if obj == nil {
			return
		}
		for _, doc := range docs {
			if msg, ok := deprecatedIn(doc); ok {
				pass.ExportObjectFact(obj, &deprecatedFact{Msg: msg})
				return
			}
		}
	}
	fields := func(fl *ast.FieldList) {
		if fl == nil {
			return
		}
		for _, field := range fl.List {
			for _, name := range field.Names {
				mark(name, field.Doc)
			}
		}
	}
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			mark(d.Name, d.Doc)
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				// A spec alone in its declaration takes the declaration's
				// doc comment.
				var outer *ast.CommentGroup
				if len(d.Specs) == 1 || !d.Lparen.IsValid() {
					outer = d.Doc
				}
				switch s := spec.(type) {
				case *ast.TypeSpec:
					mark(s.Name, s.Doc, outer)
					switch t := s.Type.(type) {
					case *ast.StructType:
						fields(t.Fields)
					case *ast.InterfaceType:
						fields(t.Methods)
					}
				case *ast.ValueSpec:
					for _, name := range s.Names {
						mark(name, s.Doc, outer)
					}
				}
			}
		}
	}
}

// deprecatedIn returns the text of the paragraph of doc that begins
// "Deprecated: ", as go/doc and gopls recognise it.
func deprecatedIn(doc *ast.CommentGroup) (string, bool) {
	if doc == nil {
		return "", false
	}
	for para := range strings.SplitSeq(doc.Text(), "\n\n") {
		if msg, ok := strings.CutPrefix(para, "Deprecated: "); ok {
			return strings.Join(strings.Fields(msg), " "), true
		}
	}
	return "", false
}
