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
//
// It cuts the text first (cutText), so that the pieces are parsed at once
// too, and where that fails, the syntax tree of the whole file (cutFile).
func formatSource(src []byte, chunk int) ([]byte, error) {
	if len(src) < chunk {
		return wholeSource(src)
	}
	if out, ok := formatTextPieces(src, chunk); ok {
		return out, nil
	}
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, renderError(err, src)
	}
	ast.SortImports(fset, file) // as format.Source does, before printing
	pieces := cutFile(fset, file, chunk)
	if len(pieces) == 1 {
		return wholeSource(src) // format.Node would print grouped imports twice
	}
	outs := make([][]byte, len(pieces))
	errs := make([]error, len(pieces))
	parallel(len(pieces), func(i int) {
		var buf bytes.Buffer
		errs[i] = format.Node(&buf, fset, pieces[i])
		outs[i] = buf.Bytes()
	})
	for _, err := range errs {
		if err != nil {
			return wholeSource(src) // not expected; the whole file decides
		}
	}
	if out, ok := joinPieces(outs, file.Name.Name); ok {
		return out, nil
	}
	return wholeSource(src)
}

// joinPieces joins the formatted pieces of a file of package pkg: the
// first whole, the others without their package clause and after an empty
// line. It reports false if a piece does not begin with the clause.
func joinPieces(outs [][]byte, pkg string) ([]byte, bool) {
	clause := []byte("package " + pkg + "\n\n")
	n := len(outs[0])
	for _, o := range outs[1:] {
		if !bytes.HasPrefix(o, clause) {
			return nil, false
		}
		n += 1 + len(o) - len(clause)
	}
	out := append(make([]byte, 0, n), outs[0]...)
	for _, o := range outs[1:] {
		out = append(append(out, '\n'), o[len(clause):]...)
	}
	return out, true
}

// formatTextPieces formats src in pieces cut from its text (cutText), each
// parsed and printed on its own. A piece must parse and be cut where
// formatSource may cut: a piece after the first begins with a declaration
// or its doc comment, and a piece before the last ends with a declaration,
// not a comment. A piece that parses begins and ends between tokens (a raw
// string or a comment cut in two does not parse), and holds whole
// declarations. Where a piece fails, the cut before it goes (after the
// first piece, the cut after it: jennifer writes the specs of a grouped
// declaration unindented, like declarations), and the pieces that change
// are parsed again, at most maxRetries times; then it reports false, and
// leaves src to the syntax tree of the whole file.
func formatTextPieces(src []byte, chunk int) ([]byte, bool) {
	const maxRetries = 3
	head, err := parser.ParseFile(token.NewFileSet(), "", src, parser.PackageClauseOnly)
	if err != nil {
		return nil, false
	}
	clause := "package " + head.Name.Name + "\n\n"
	cuts := cutText(src, chunk)
	done := map[[2]int][]byte{} // the formatted pieces by their bounds; nil if they failed
	for try := 0; len(cuts) > 0 && try <= maxRetries; try++ {
		bounds := append(append([]int{0}, cuts...), len(src))
		var todo [][2]int
		for i := range len(bounds) - 1 {
			if b := [2]int{bounds[i], bounds[i+1]}; !hasKey(done, b) {
				todo = append(todo, b)
			}
		}
		outs := make([][]byte, len(todo))
		parallel(len(todo), func(i int) {
			outs[i] = formatTextPiece(src, todo[i][0], todo[i][1], clause)
		})
		for i, b := range todo {
			done[b] = outs[i]
		}
		var kept []int
		pieces := make([][]byte, 0, len(bounds)-1)
		for i, c := range cuts {
			before, after := done[[2]int{bounds[i], c}], done[[2]int{c, bounds[i+2]}]
			if after != nil && (i > 0 || before != nil) {
				kept = append(kept, c)
			}
		}
		if len(kept) == len(cuts) {
			for i := range len(bounds) - 1 {
				pieces = append(pieces, done[[2]int{bounds[i], bounds[i+1]}])
			}
			return joinPieces(pieces, head.Name.Name)
		}
		cuts = kept
	}
	return nil, false
}

func hasKey[K comparable, V any](m map[K]V, k K) bool {
	_, ok := m[k]
	return ok
}

// formatTextPiece formats src[lo:hi], with the package clause before it if
// lo is not 0, for formatTextPieces, or returns nil.
func formatTextPiece(src []byte, lo, hi int, clause string) []byte {
	piece := src[lo:hi]
	if lo > 0 {
		piece = append([]byte(clause), piece...)
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", piece, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil || lo > 0 && len(f.Decls) == 0 {
		return nil
	}
	if lo > 0 && len(f.Comments) > 0 && f.Comments[0].Pos() < declBegin(f.Decls[0]) {
		return nil // a comment before the first declaration, not its doc
	}
	end := f.Name.End()
	if len(f.Decls) > 0 {
		end = f.Decls[len(f.Decls)-1].End()
	}
	if hi < len(src) && len(f.Comments) > 0 && f.Comments[len(f.Comments)-1].End() > end {
		return nil // a comment after the last declaration
	}
	ast.SortImports(fset, f) // as format.Source does, before printing
	var buf bytes.Buffer
	if format.Node(&buf, fset, f) != nil {
		return nil
	}
	return buf.Bytes()
}

// cutText returns the offsets at which formatTextPieces cuts src, none if
// src is shorter than chunk: the first after the imports, then each at
// least chunk bytes after the previous one, at the start of a line that follows an empty line and
// begins a declaration ("var ", "const ", "type ", "func ") or a comment
// ("//"), as jennifer writes top-level declarations and their doc
// comments. Whether the place is between declarations, not in a raw
// string or a declaration that jennifer wrote unindented, is for the
// parser of the pieces to tell.
func cutText(src []byte, chunk int) []int {
	var cuts []int
	last := 0
	for i := 0; ; {
		j := bytes.Index(src[i:], []byte("\n\n"))
		if j < 0 {
			return cuts
		}
		at := i + j + 2
		for at < len(src) && src[at] == '\n' {
			at++
		}
		i = at
		if at >= len(src) || len(src) < chunk || len(cuts) > 0 && at-last < chunk {
			continue
		}
		rest := src[at:]
		for _, p := range []string{"var ", "const ", "type ", "func ", "//"} {
			if bytes.HasPrefix(rest, []byte(p)) {
				cuts = append(cuts, at)
				last = at
				break
			}
		}
	}
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
