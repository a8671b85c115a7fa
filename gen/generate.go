package main

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"time"
)

// Output files, relative to the repository root.
const (
	normsFile        = "norms/corpus_gen.go"
	declarationsFile = "declarations/corpus_gen.go"
	citeFile         = "internal/cite/docs_gen.go"
)

// Generate compiles the data files under data/ in fsys, a tree rooted at the
// repository, into Go source files. It returns their contents keyed by slash
// path relative to the root. Besides data/, it reads only the hand-written
// Go files of the package directories, for the names they declare (see
// reservedNames); it writes nothing.
//
// It runs in four steps, each a function tested on its own: parse (parseFile)
// reads a data file's syntax; build (buildDocument) checks its entries and
// derives the structure of its text; validate (newCorpus, corpus.validate)
// checks what spans documents and proves the texts faithful; emit
// (emitNorms, emitDeclarations) writes the Go code. Guards (guard.go) run
// between the steps: on the bytes of each file before parsing
// (readDataFile, checkCharacters), on its header before building
// (checkEntries), on the IDs and names of the whole corpus before emitting
// (checkReservedIDs, checkShortNames), and on the emitted code
// (checkGeneratedNames). Errors name file and line; on any error Generate
// returns no files.
func Generate(fsys fs.FS) (map[string][]byte, error) {
	entries, err := fs.ReadDir(fsys, "data")
	if err != nil {
		return nil, fmt.Errorf("reading the data directory: %w", err)
	}
	var errs errList
	var docs []*document
	files := map[string]*dataFile{}
	now := time.Now()
	for _, e := range entries {
		p := path.Join("data", e.Name())
		switch {
		case e.Name() == "README.md":
			continue
		case e.IsDir() || path.Ext(p) != ".txt":
			errs.add(errorf(p, 0, "unexpected file in data/: data files are named <id>.txt"))
			continue
		}
		data, err := readDataFile(fsys, p, e)
		if err != nil {
			errs.add(err)
			continue
		}
		if err := checkCharacters(p, data); err != nil {
			errs.add(err)
			continue
		}
		f, err := parseFile(p, data)
		if err != nil {
			errs.add(err)
			continue
		}
		if es := checkEntries(f, now); len(es) > 0 {
			errs.add(es.err())
			continue
		}
		d, err := buildDocument(f)
		if err != nil {
			errs.add(err)
			continue
		}
		files[p] = f
		docs = append(docs, d)
	}
	if len(docs) == 0 && len(errs) == 0 {
		errs.add(fmt.Errorf("data/ holds no data files"))
	}
	if len(errs) > 0 {
		return nil, errs.err()
	}
	c, err := newCorpus(docs)
	if err != nil {
		return nil, err
	}
	reserved, err := reservedNames(fsys)
	if err != nil {
		return nil, err
	}
	errs = append(checkReservedIDs(c, files, reserved), checkShortNames(c, files)...)
	if len(errs) > 0 {
		return nil, errs.err()
	}
	if err := c.validate(); err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	for _, em := range []struct {
		file string
		emit func(*corpus) ([]byte, error)
	}{
		{normsFile, emitNorms},
		{declarationsFile, emitDeclarations},
		{citeFile, emitCite},
	} {
		src, err := em.emit(c)
		if err != nil {
			return nil, internalError(c, em.file, err)
		}
		out[em.file] = src
	}
	if err := checkGeneratedNames(fsys, c, files, out); err != nil {
		return nil, err
	}
	return out, nil
}

// sortedPaths returns the keys of a file map in order.
func sortedPaths(files map[string][]byte) []string {
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths
}
