package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// idSyntax is what a document ID may look like: ASCII only, so that no two
// IDs look alike.
var idSyntax = regexp.MustCompile(`^[A-Z][A-Za-z0-9_]*$`)

// dateSyntax is the strict form of a date value, digits only.
var dateSyntax = regexp.MustCompile(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`)

const firstYear = 1800

// checkEntries refuses header values that the later steps would accept
// though no real document has them: an ID outside ASCII, an implausible
// date, a short name that mixes scripts within a word.
func checkEntries(f *dataFile, now time.Time) errList {
	var errs errList
	lastYear := now.Year() + 1
	for _, e := range f.Entries {
		switch e.Key {
		case "id":
			if !idSyntax.MatchString(e.Value) {
				errs.add(errorf(f.Path, e.Line, "id %q: an id is an ASCII capital letter followed by ASCII letters, digits and underscores%s", e.Value, nonASCII(e.Value)))
			}
		case "date", "distributed", "reissued", "opened", "in-force":
			if !dateSyntax.MatchString(e.Value) {
				errs.add(errorf(f.Path, e.Line, "%s %q is not YYYY, YYYY-MM or YYYY-MM-DD, in digits", e.Key, e.Value))
				continue
			}
			if y, _ := strconv.Atoi(e.Value[:4]); y < firstYear || y > lastYear {
				errs.add(errorf(f.Path, e.Line, "%s %q: the year %d is outside %d to %d, the years a document of the corpus can have", e.Key, e.Value, y, firstYear, lastYear))
			}
		case "short", "alias":
			if w := mixedScriptWord(e.Value); w != "" {
				errs.add(errorf(f.Path, e.Line, "%s %q: the word %q mixes letters of several scripts, as look-alike spellings do", e.Key, e.Value, w))
			}
		}
	}
	return errs
}

// nonASCII describes the first non-ASCII character of s, if any.
func nonASCII(s string) string {
	for i, r := range s {
		if r >= utf8.RuneSelf {
			return fmt.Sprintf(" (character %d, %q, is U+%04X, not an ASCII letter)", utf8.RuneCountInString(s[:i])+1, string(r), r)
		}
	}
	return ""
}

// scripts are the scripts whose letters look alike.
var scripts = []*unicode.RangeTable{unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Armenian, unicode.Cherokee}

// mixedScriptWord returns the first word of s whose letters belong to more
// than one of scripts ("Luccа" with a Cyrillic а), or "".
func mixedScriptWord(s string) string {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		seen := -1
		for _, r := range w {
			for k, t := range scripts {
				if unicode.Is(t, r) {
					if seen >= 0 && seen != k {
						return w
					}
					seen = k
				}
			}
		}
	}
	return ""
}

// checkShortNames refuses a short name another document has, ignoring case
// and spacing. Aliases may be shared ("UNGGE" names each GGE report).
func checkShortNames(c *corpus) errList {
	var errs errList
	seen := map[string]*document{}
	for _, d := range c.Docs {
		k := strings.ToLower(strings.Join(strings.Fields(d.Short), " "))
		if prev, ok := seen[k]; ok {
			errs.add(errorf(d.Path, d.keyLines["short"], "short name %q is already the short name of %s (%s:%d); each document needs one of its own", d.Short, prev.ID, prev.Path, prev.keyLines["short"]))
			continue
		}
		seen[k] = d
	}
	return errs
}
