package main

import (
	"path"
	"regexp"
	"strings"
)

// What users see names the published copy that was read, never a file of
// the maintainers' collection (data/README.md, "What users see names the
// published copy").

// bookkeepingKeys are the header keys, with all their attributes, that only
// the maintainers' checks read.
var bookkeepingKeys = map[string]bool{"source": true, "cross-check": true}

// verbatimFields are the values that quote the document's text: "key" for an
// entry's value, "key/attr" for an attribute.
var verbatimFields = map[string]bool{
	"heading":         true,
	"break":           true,
	"omitted":         true,
	"correction/from": true,
	"correction/to":   true,
	"link/at":         true,
	"list/chapeau":    true,
	"list/start":      true,
	"item/shared":     true,
	"item/theme":      true, // a theme's ID, checked against the vocabulary, and words of the norm
}

// checkUserFacing reports every user-visible field of the data file that
// mentions a file of the maintainers' collection (workingFileMention). It
// checks the body's editorial markers ("[[...]]"), which become notes, too.
func (b *builder) checkUserFacing() {
	f := b.f
	names := collectionNames(f)
	report := func(line int, field, value string) {
		if m := workingFileMention(value, names); m != "" {
			b.errorf(line, "%s names %q, a file of the maintainers' source collection that users do not have: "+
				"name the published copy that was read instead (its title or a description, publisher, URL where known, "+
				"date read or published); only \"source:\" and \"cross-check:\" may name collection files", field, m)
		}
	}
	for _, e := range f.Entries {
		if bookkeepingKeys[e.Key] {
			continue
		}
		if !verbatimFields[e.Key] {
			report(e.Line, "\""+e.Key+":\"", e.Value)
		}
		for _, a := range e.Attrs {
			if !verbatimFields[e.Key+"/"+a.Key] {
				report(a.Line, "the \""+a.Key+":\" of \""+e.Key+":\"", a.Value)
			}
		}
	}
	if f.HasBody {
		for i, line := range strings.Split(f.Body, "\n") {
			if strings.HasPrefix(line, "[[") && strings.HasSuffix(line, "]]") {
				report(f.BodyLine+i, "the editorial marker", line)
			}
		}
	}
}

// collectionNames returns the names of the collection files a data file's
// "source:" and "cross-check:" entries give, without their extensions,
// where they are distinctive enough to find in prose: a name of six
// characters or more with a hyphen or an underscore ("A-70-174-para13").
func collectionNames(f *dataFile) []string {
	var names []string
	for _, e := range f.Entries {
		if !bookkeepingKeys[e.Key] {
			continue
		}
		name := path.Base(e.Value)
		for ext := path.Ext(name); ext != "" && ext != name; ext = path.Ext(name) {
			name = strings.TrimSuffix(name, ext)
		}
		if len(name) >= 6 && strings.ContainsAny(name, "-_") {
			names = append(names, name)
		}
	}
	return names
}

var (
	// seedNumber finds a seed named by its number: "seed 002", "seeds 001
	// and 004", "seed no. 3".
	seedNumber = regexp.MustCompile(`(?i)\bseeds?\s+(?:no\.?\s*)?[0-9]+`)
	// collectionWords finds prose that names the collection's files.
	collectionWords = regexp.MustCompile(`(?i)\b(?:source (?:files?|collection)|seed files?|document-facts)\b`)
	// collectionPath finds a path into the collection's directories.
	collectionPath = regexp.MustCompile(`(?i)(?:^|/)(?:seeds?|sources)/`)
	// seedFileName finds a seed's file name, with or without ".txt".
	seedFileName = regexp.MustCompile(`\b[0-9]{3}_[0-9a-f]{16}\b`)
	// textFileName finds a file name ending in ".txt".
	textFileName = regexp.MustCompile(`(?i)\.txt\b`)
	// hostPath finds a token that begins with a host name ("github.com/..."),
	// which names a published place, not a file of the collection.
	hostPath = regexp.MustCompile(`^(?i)[a-z0-9-]+(?:\.[a-z0-9-]+)+/`)
)

// workingFileMention returns the first mention in s of a file of the
// maintainers' collection, or "". A mention is a path under seeds/ or
// sources/, a seed by number or file name, a name ending in ".txt", one of
// names (collectionNames), or "source file" and the like. A path inside a
// URL or after a host name is a published place, and does not count.
func workingFileMention(s string, names []string) string {
	for _, tok := range strings.Fields(s) {
		tok = strings.TrimLeft(strings.TrimRight(tok, "()[]{}<>\"'“”‘’,;:.!?"), "([{<\"'“‘")
		if tok == "" || strings.Contains(tok, "://") || hostPath.MatchString(tok) {
			continue
		}
		if collectionPath.MatchString(tok) || textFileName.MatchString(tok) || seedFileName.MatchString(tok) {
			return tok
		}
		for _, n := range names {
			if strings.Contains(tok, n) {
				return n
			}
		}
	}
	for _, re := range []*regexp.Regexp{seedNumber, collectionWords} {
		if m := re.FindString(s); m != "" {
			return m
		}
	}
	return ""
}
