package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
)

// The formatting of the generated files: what go/format.Source does, which
// jennifer's Render calls, on pieces of the file at once. At scale the
// generated files are megabytes of composite literals, and go/printer's
// pass over them is most of the generator's time; it runs on one core.

// formatChunk is the least amount of source, in bytes, that one piece
// formats: below it a file is formatted whole, and the pieces of a large
// file are many more than the cores, so that they balance. (A variable for
// TestFormatPieces, which cuts at every place it may.)
var formatChunk = 256 << 10

// formatSource returns what format.Source returns for src, a complete Go
// file, formatting pieces of at least chunk bytes concurrently, and on an
// error the error jennifer's Render reports.
//
// go/printer prints a file's top-level declarations one after the other,
// separated by the line breaks of the source (at most one empty line), and
// a piece cut at a declaration that an empty line of the source separates
// from the previous one, with no comment in between but its own doc
// comment, prints as it would in the whole file: a file of the piece's
// declarations, with the package clause, prints them after "package name"
// and one empty line, the separator they have in the whole file, and the
// empty line ends every alignment (tabwriter's columns) of the lines
// before it. formatSource cuts only there; TestFormatPieces checks the
// result against format.Source with a piece at every such place.
func formatSource(src []byte, chunk int) ([]byte, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, renderError(err, src)
	}
	ast.SortImports(fset, file) // as format.Source does, before printing
	pieces := cutFile(fset, file, chunk)
	outs := make([][]byte, len(pieces))
	errs := make([]error, len(pieces))
	parallel(len(pieces), func(i int) {
		var buf bytes.Buffer
		errs[i] = format.Node(&buf, fset, pieces[i])
		outs[i] = buf.Bytes()
	})
	clause := []byte("package " + file.Name.Name + "\n\n")
	out := outs[0]
	for i, o := range outs[1:] {
		if errs[i+1] != nil || !bytes.HasPrefix(o, clause) {
			return wholeSource(src) // not expected; the whole file decides
		}
		out = append(append(out, '\n'), o[len(clause):]...)
	}
	if errs[0] != nil {
		return wholeSource(src)
	}
	return out, nil
}

// wholeSource formats src with format.Source, with jennifer's error.
func wholeSource(src []byte) ([]byte, error) {
	out, err := format.Source(src)
	if err != nil {
		return nil, renderError(err, src)
	}
	return out, nil
}

// renderError is the error jennifer's Render returns when the source does
// not format, which internalError reads.
func renderError(err error, src []byte) error {
	return fmt.Errorf("Error %s while formatting source:\n%s", err, src)
}

// cutFile cuts file into files of consecutive declarations, each of at
// least chunk bytes of source but the last, at the places formatSource
// describes. The first keeps the file's header (comments, package clause,
// imports); the others are the package clause and their declarations, with
// the comments that lie among them.
func cutFile(fset *token.FileSet, file *ast.File, chunk int) []*ast.File {
	tf := fset.File(file.Package)
	line := func(p token.Pos) int { return tf.Line(p) }
	var starts []int // the index in file.Decls of each piece but the first
	pieceStart, c := file.Pos(), 0
	for i := 1; i < len(file.Decls); i++ {
		prevEnd, begin := file.Decls[i-1].End(), declBegin(file.Decls[i])
		for c < len(file.Comments) && file.Comments[c].End() <= prevEnd {
			c++
		}
		// the imports are a piece of their own: format.Node prints a
		// piece with grouped imports twice.
		afterImports := isImport(file.Decls[i-1]) && !isImport(file.Decls[i]) && int(file.End()-file.Pos()) >= chunk
		switch {
		case int(begin-pieceStart) < chunk && !afterImports,
			line(begin)-line(prevEnd) < 2,
			c < len(file.Comments) && file.Comments[c].Pos() < begin:
			continue
		}
		starts = append(starts, i)
		pieceStart = begin
	}
	if len(starts) == 0 {
		return []*ast.File{file}
	}
	var pieces []*ast.File
	comments := file.Comments
	for k := 0; k <= len(starts); k++ {
		lo, hi := 0, len(file.Decls)
		if k > 0 {
			lo = starts[k-1]
		}
		if k < len(starts) {
			hi = starts[k]
		}
		var own []*ast.CommentGroup
		if k < len(starts) {
			end := declBegin(file.Decls[hi])
			n := 0
			for n < len(comments) && comments[n].Pos() < end {
				n++
			}
			own, comments = comments[:n], comments[n:]
		} else {
			own = comments
		}
		if k == 0 {
			first := *file
			first.Decls, first.Comments = file.Decls[:hi], own
			pieces = append(pieces, &first)
			continue
		}
		pieces = append(pieces, &ast.File{
			Package:   file.Package,
			Name:      file.Name,
			Decls:     file.Decls[lo:hi],
			FileStart: file.FileStart,
			FileEnd:   file.FileEnd,
			Comments:  own,
			GoVersion: file.GoVersion,
		})
	}
	return pieces
}

// declBegin is where a top-level declaration begins: its doc comment, or
// its keyword.
func declBegin(d ast.Decl) token.Pos {
	var doc *ast.CommentGroup
	switch d := d.(type) {
	case *ast.GenDecl:
		doc = d.Doc
	case *ast.FuncDecl:
		doc = d.Doc
	}
	if doc != nil {
		return doc.Pos()
	}
	return d.Pos()
}

// isImport reports whether d is an import declaration.
func isImport(d ast.Decl) bool {
	g, ok := d.(*ast.GenDecl)
	return ok && g.Tok == token.IMPORT
}
