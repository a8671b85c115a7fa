package main

import (
	"fmt"
	"io/fs"
	"path"
	"time"
)

// The generated files, relative to the repository root. exportsFile names
// the exported variables of packages norms and declarations for the root
// package's read-only test, which writes through them.
const (
	normsFile        = "norms/corpus_gen.go"
	themesFileOut    = "norms/themes_gen.go"
	declarationsFile = "declarations/corpus_gen.go"
	sharedFileOut    = "declarations/shared_gen.go"
	citeFile         = "internal/cite/docs_gen.go"
	exportsFile      = "exports_gen_test.go"
)

// Generate compiles the data files under data/ in fsys, a tree rooted at the
// repository, into Go source files, keyed by slash path from the root.
// Besides data/, it reads only the hand-written Go files of the package
// directories, for the names they declare. It writes nothing. It runs the
// steps and checks the package documentation lists; on any error, it
// returns no files.
func Generate(fsys fs.FS) (map[string][]byte, error) {
	docs, err := readDocuments(fsys)
	if err != nil {
		return nil, err
	}
	c, err := newCorpus(docs)
	if err != nil {
		return nil, err
	}
	errs, err := checkReservedIDs(fsys, c)
	if err != nil {
		return nil, err
	}
	if errs = append(errs, checkShortNames(c)...); len(errs) > 0 {
		return nil, errs.err()
	}
	if err := c.validate(); err != nil {
		return nil, err
	}
	if _, err := vocabulary(); err != nil {
		return nil, err
	}
	if err := c.crossWalk(); err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	for _, e := range emitters {
		src, err := e.emit(c)
		if err != nil {
			return nil, internalError(c, e.file, err)
		}
		out[e.file] = src
	}
	if err := checkGeneratedNames(fsys, c, out); err != nil {
		return nil, err
	}
	return out, nil
}

// emitters are the emit step, one function per output file.
var emitters = []struct {
	file string
	emit func(*corpus) ([]byte, error)
}{
	{normsFile, emitNorms},
	{declarationsFile, emitDeclarations},
	{citeFile, emitCite},
	{themesFileOut, emitThemes},
	{sharedFileOut, emitShared},
	{exportsFile, emitExports},
}

// readDocuments reads, parses and builds every data file of data/. It
// returns the documents, or the errors of every file that failed.
func readDocuments(fsys fs.FS) ([]*document, error) {
	entries, err := fs.ReadDir(fsys, "data")
	if err != nil {
		return nil, fmt.Errorf("reading the data directory: %w", err)
	}
	var errs errList
	var docs []*document
	now := time.Now()
	for _, e := range entries {
		p := path.Join("data", e.Name())
		switch {
		case e.Name() == "README.md":
		case e.IsDir() || path.Ext(p) != ".txt":
			errs.add(errorf(p, 0, "unexpected file in data/: data files are named <id>.txt"))
		default:
			if d, err := readDocument(fsys, p, e, now); err != nil {
				errs.add(err)
			} else {
				docs = append(docs, d)
			}
		}
	}
	if len(docs) == 0 && len(errs) == 0 {
		errs.add(fmt.Errorf("data/ holds no data files"))
	}
	return docs, errs.err()
}

// readDocument takes one data file through the steps that need no other
// file: read it and check its characters, parse it, check its header's
// values (checkEntries) and build the document.
func readDocument(fsys fs.FS, p string, e fs.DirEntry, now time.Time) (*document, error) {
	data, err := readDataFile(fsys, p, e)
	if err != nil {
		return nil, err
	}
	if err := checkCharacters(p, data); err != nil {
		return nil, err
	}
	f, err := parseFile(p, data)
	if err != nil {
		return nil, err
	}
	if es := checkEntries(f, now); len(es) > 0 {
		return nil, es.err()
	}
	return buildDocument(f)
}
