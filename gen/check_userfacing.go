package main

import (
	"path"
	"regexp"
	"strings"
)

// What users see names the published copy that was read, never a file of
// the maintainers' working collection (issue 10, "Provenance for readers").
//
// Every header entry and attribute of a data file reaches users in some form
// (a value of package declarations or norms, the command's show and export),
// except the maintainers' own bookkeeping: "source:" and "cross-check:" with
// their attributes name files of the collection so that the tests can verify
// the texts against them, and they are never emitted. The fields that quote
// the document's own words (a heading, a break's or a link's words, a
// correction's from and to, an omission, a list's chapeau and start, the
// words an item shares with another, the words that justify a theme) are
// document text, held to the body by
// the other checks, and are not ours to reword.

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
// mentions a file of the maintainers' working collection: a path under
// seeds/ or sources/, a seed by number ("seed 002", "seeds 001 and 004"), a
// collection file name (a name ending in ".txt" outside a URL, a seed's
// "000_90451483d41a2c24", the name of a file the data file's "source:" or
// "cross-check:" entries give), or "source file" and "source collection".
// Editorial markers of the body ("[[...]]"), which become notes, are checked
// too.
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
// "source:" and "cross-check:" entries give, without their extensions, where
// they are distinctive enough to find in prose ("A-70-174-para13",
// "document-facts"): a name with a hyphen or an underscore.
func collectionNames(f *dataFile) []string {
	var names []string
	for _, e := range f.Entries {
		if !bookkeepingKeys[e.Key] {
			continue
		}
		name := path.Base(e.Value)
		for {
			ext := path.Ext(name)
			if ext == "" || ext == name {
				break
			}
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
// maintainers' working collection, or "" if there is none. names are
// further collection file names to look for (see collectionNames). Paths
// and file names inside a URL ("https://…/x.txt") or after a host name
// ("github.com/…") are published places and do not count.
//
// Each pattern runs only where the text holds what any match of it must
// hold (a slash, a dot, an underscore, the letters of a word in either
// case): running them on every value of every header was a tenth of the
// generator's time at scale.
func workingFileMention(s string, names []string) string {
	for _, tok := range strings.Fields(s) {
		tok = strings.TrimLeft(strings.TrimRight(tok, "()[]{}<>\"'“”‘’,;:.!?"), "([{<\"'“‘")
		slash := strings.IndexByte(tok, '/') >= 0
		if tok == "" || strings.Contains(tok, "://") || slash && hostPath.MatchString(tok) {
			continue
		}
		if slash && collectionPath.MatchString(tok) ||
			strings.IndexByte(tok, '.') >= 0 && textFileName.MatchString(tok) ||
			strings.IndexByte(tok, '_') >= 0 && seedFileName.MatchString(tok) {
			return tok
		}
		for _, n := range names {
			if strings.Contains(tok, n) {
				return n
			}
		}
	}
	if containsASCIIFold(s, "eed") {
		if m := seedNumber.FindString(s); m != "" {
			return m
		}
	}
	if containsASCIIFold(s, "eed ") || containsASCIIFold(s, "ource ") || containsASCIIFold(s, "ocument-fact") {
		if m := collectionWords.FindString(s); m != "" {
			return m
		}
	}
	return ""
}

// containsASCIIFold reports whether s contains w, a lower-case ASCII word,
// in any case: where a letter of w may be the letter in either case, and
// nothing else. For the letters other than k and s, whose case folding
// includes the Kelvin sign and the long s, that is what the patterns' (?i)
// matches; TestContainsASCIIFold holds the words used here to that.
func containsASCIIFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for ; j < len(w); j++ {
			c := s[i+j]
			if 'a' <= w[j] && w[j] <= 'z' {
				c |= 0x20
			}
			if c != w[j] {
				break
			}
		}
		if j == len(w) {
			return true
		}
	}
	return false
}
