package main

import "github.com/dave/jennifer/jen"

// exportsFile is the test helper that names every exported variable of
// packages norms and declarations, for the read-only test of the root
// package, which writes through them.
const exportsFile = "exports_gen_test.go"

// emitExports writes exportsFile: the exported lists of package norms, as
// slices that alias the variables, and pointers to the exported documents
// of package declarations, each by its ID.
func emitExports(c *corpus) ([]byte, error) {
	f := jen.NewFile("cybernorms_test")
	f.HeaderComment(generatedHeader)
	const normsPkg = "github.com/cybernorms/cybernorms/norms"
	const declPkg = "github.com/cybernorms/cybernorms/declarations"
	t := newNormTables(c)
	f.Comment("exportedLists are the exported lists of package norms, as slices that")
	f.Comment("alias the variables: a write through them is a write to the variable.")
	f.Func().Id("exportedLists").Params().Map(jen.String()).Index().Qual(normsPkg, "Norm").Block(
		jen.Return(jen.Map(jen.String()).Index().Qual(normsPkg, "Norm").Values(jen.DictFunc(func(d jen.Dict) {
			for _, doc := range t.withLists {
				d[jen.Lit(doc.ID)] = jen.Qual(normsPkg, doc.ID).Index(jen.Empty(), jen.Empty())
			}
		}))),
	)
	f.Line()
	f.Comment("exportedDocuments are pointers to the exported variables of package")
	f.Comment("declarations.")
	f.Func().Id("exportedDocuments").Params().Map(jen.String()).Op("*").Qual(declPkg, "Declaration").Block(
		jen.Return(jen.Map(jen.String()).Op("*").Qual(declPkg, "Declaration").Values(jen.DictFunc(func(d jen.Dict) {
			for _, doc := range c.Docs {
				d[jen.Lit(doc.ID)] = jen.Op("&").Qual(declPkg, doc.ID)
			}
		}))),
	)
	return render(f)
}
