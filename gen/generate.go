package main

import (
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"sync"
	"sync/atomic"
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
// It runs in four steps, each a function tested on its own, in files named
// for it (main.go lists them): parse (parseFile, parse.go) reads a data
// file's syntax; build (buildDocument, build.go) checks its entries against
// the schema (header.go) and derives the structure of its text (derive.go);
// validate (newCorpus, corpus.validate, validate.go) checks what spans
// documents and proves the texts faithful; emit (emitNorms,
// emitDeclarations, emitCite, emit*.go) writes the Go code. Guards
// (guard.go) run between the steps: on the bytes of each file before
// parsing (readDataFile, checkCharacters), on its header before building
// (checkEntries), on the IDs and names of the whole corpus before emitting
// (checkReservedIDs, checkShortNames), and on the emitted code
// (checkGeneratedNames). Errors name file and line; on any error Generate
// returns no files.
func Generate(fsys fs.FS) (map[string][]byte, error) {
	docs, files, err := readDocuments(fsys)
	if err != nil {
		return nil, err
	}
	c, err := newCorpus(docs)
	if err != nil {
		return nil, err
	}
	reserved, err := reservedNames(fsys)
	if err != nil {
		return nil, err
	}
	errs := append(checkReservedIDs(c, files, reserved), checkShortNames(c, files)...)
	if len(errs) > 0 {
		return nil, errs.err()
	}
	if err := c.validate(); err != nil {
		return nil, err
	}
	if _, err := vocabulary(); err != nil {
		return nil, err
	}
	out, names, err := emitAll(c)
	if err != nil {
		return nil, err
	}
	if err := checkGeneratedNames(fsys, c, files, out, names); err != nil {
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
}

// emitAll runs the emitters, concurrently (they only read the corpus), and
// learns the names each output declares (generatedDeclNames) for
// checkGeneratedNames. It returns the files and their names keyed by path,
// or the error of the first emitter in the order of emitters that failed,
// whatever the order in which they finished.
func emitAll(c *corpus) (map[string][]byte, map[string][]goName, error) {
	type result struct {
		src   []byte
		names []goName
		err   error
	}
	results := make([]result, len(emitters))
	parallel(len(emitters), func(i int) {
		r := &results[i]
		if r.src, r.err = emitters[i].emit(c); r.err == nil {
			r.names, r.err = generatedDeclNames(emitters[i].file, r.src)
		}
	})
	out, names := map[string][]byte{}, map[string][]goName{}
	for i, r := range results {
		if r.err != nil {
			return nil, nil, internalError(c, emitters[i].file, r.err)
		}
		out[emitters[i].file], names[emitters[i].file] = r.src, r.names
	}
	return out, names, nil
}

// parallel calls fn(0) to fn(n-1), on as many goroutines as the process
// may run at once, and returns when every call has returned. The calls
// must be independent; callers keep each one's result at its index, so
// that what they report does not depend on the scheduling.
func parallel(n int, fn func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				fn(i)
			}
		})
	}
	wg.Wait()
}

// readDocuments reads, parses and builds every data file of data/, with the
// guards on its bytes and its header. It returns the documents and the
// parsed files by path, or the errors of every file that failed.
func readDocuments(fsys fs.FS) ([]*document, map[string]*dataFile, error) {
	entries, err := fs.ReadDir(fsys, "data")
	if err != nil {
		return nil, nil, fmt.Errorf("reading the data directory: %w", err)
	}
	type result struct {
		f   *dataFile
		d   *document
		err error
	}
	results := make([]result, len(entries))
	now := time.Now()
	parallel(len(entries), func(i int) {
		e, r := entries[i], &results[i]
		p := path.Join("data", e.Name())
		switch {
		case e.Name() == "README.md":
		case e.IsDir() || path.Ext(p) != ".txt":
			r.err = errorf(p, 0, "unexpected file in data/: data files are named <id>.txt")
		default:
			r.f, r.d, r.err = readDocument(fsys, p, e, now)
		}
	})
	var errs errList
	var docs []*document
	files := map[string]*dataFile{}
	for _, r := range results {
		switch {
		case r.err != nil:
			errs.add(r.err)
		case r.d != nil:
			files[r.f.Path] = r.f
			docs = append(docs, r.d)
		}
	}
	if len(docs) == 0 && len(errs) == 0 {
		errs.add(fmt.Errorf("data/ holds no data files"))
	}
	return docs, files, errs.err()
}

// readDocument takes one data file through the steps that need no other
// file: read it (readDataFile) and check its characters, parse it, check
// its header's values (checkEntries) and build the document.
func readDocument(fsys fs.FS, p string, e fs.DirEntry, now time.Time) (*dataFile, *document, error) {
	data, err := readDataFile(fsys, p, e)
	if err != nil {
		return nil, nil, err
	}
	if err := checkCharacters(p, data); err != nil {
		return nil, nil, err
	}
	f, err := parseFile(p, data)
	if err != nil {
		return nil, nil, err
	}
	if es := checkEntries(f, now); len(es) > 0 {
		return nil, nil, es.err()
	}
	d, err := buildDocument(f)
	if err != nil {
		return nil, nil, err
	}
	return f, d, nil
}
