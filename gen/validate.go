package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A corpus is every document of data/, sorted by ID.
type corpus struct {
	Docs  []*document
	byID  map[string]*document
	items map[string]*item // by norm ID

	// The cross-walk, once checked: the vocabulary of themes (themes.go)
	// and the wording that documents share (shared.go).
	themes []themeDef
	shared *sharedWording
}

// newCorpus indexes the documents and checks that IDs are unique.
func newCorpus(docs []*document) (*corpus, error) {
	c := &corpus{byID: map[string]*document{}, items: map[string]*item{}}
	docs, errs := groupVersions(docs) // language versions hang on their primary (validate_versions.go)
	folded := map[string]*document{}
	for _, d := range docs {
		if prev, ok := folded[strings.ToLower(d.ID)]; ok {
			errs.add(errorf(d.Path, d.keyLines["id"], "id %q collides with %q of %s (IDs must differ in more than case)", d.ID, prev.ID, prev.Path))
			continue
		}
		folded[strings.ToLower(d.ID)] = d
		c.byID[d.ID] = d
		c.Docs = append(c.Docs, d)
		for i := range d.Items {
			c.items[d.Items[i].ID] = &d.Items[i]
		}
	}
	sort.Slice(c.Docs, func(i, j int) bool { return c.Docs[i].ID < c.Docs[j].ID })
	return c, errs.err()
}

// validate runs the checks that span documents: every link and restatement
// points at something that exists and came before, every item has an
// editorial title, every text is its data file's (checkFidelity), and every
// restated norm agrees word for word with the norm it restates.
func (c *corpus) validate() error {
	var errs errList
	for _, d := range c.Docs {
		for _, ln := range d.Links {
			switch {
			case c.byID[ln.Target] == nil:
				errs.add(errorf(d.Path, ln.Line, "link to unknown document %q%s", ln.Target, suggest(ln.Target, mapKeys(c.byID))))
			case ln.Target == d.ID:
				errs.add(errorf(d.Path, ln.Line, "a document does not link to itself"))
			case timeOrdered[ln.Rel] != "" && after(c.byID[ln.Target].Date, d.Date):
				t := c.byID[ln.Target]
				errs.add(errorf(d.Path, ln.Line, "link %s %s: %s is dated %v, after this document (%v), and a document can only %s a text that came before it; check both dates and the relation (\"cites\" may name a later text)", ln.Rel, ln.Target, ln.Target, t.Date, d.Date, timeOrdered[ln.Rel]))
			}
		}
		for i := range d.Items {
			it := &d.Items[i]
			if it.Restates == "" {
				continue
			}
			target := c.items[it.Restates]
			switch {
			case target == nil:
				errs.add(errorf(d.Path, it.DeclLine, "item %s restates unknown norm %q%s", it.Label, it.Restates, suggest(it.Restates, mapKeys(c.items))))
				continue
			case strings.HasPrefix(it.Restates, d.ID+"/"):
				errs.add(errorf(d.Path, it.DeclLine, "item %s restates an item of its own list", it.Label))
				continue
			case target.Restates != "":
				errs.add(errorf(d.Path, it.DeclLine, "item %s restates %s, which itself restates %s: point at the original", it.Label, it.Restates, target.Restates))
				continue
			}
			if t := c.byID[target.docID()]; t != nil && after(t.Date, d.Date) {
				errs.add(errorf(d.Path, it.DeclLine, "item %s restates %s, of a document dated %v, after this document (%v): a text can only restate one that came before it; check both dates", it.Label, it.Restates, t.Date, d.Date))
			}
			if err := sameWords(it.Text, target.Text); err != nil {
				errs.add(errorf(d.Path, it.Line, "item %s does not restate %s word for word: %v", it.Label, it.Restates, err))
			}
			if it.Title == "" {
				it.Title = target.Title
			}
		}
		for _, it := range d.Items {
			if it.Title == "" {
				errs.add(errorf(d.Path, it.DeclLine, "item %s has no editorial title: add an \"item: %s\" entry with a \"title:\"", it.Label, it.Label))
			}
		}
		errs = append(errs, checkFidelity(d)...)
	}
	errs = append(errs, append(c.checkVersions(), c.checkTakesUp()...)...) // validate_versions.go
	return errs.err()
}

// timeOrdered are the link relations to a text that came before, with the
// verb a message puts after "can only". "cites" is not among them: a
// document may name a text still to come.
var timeOrdered = map[string]string{"restates": "restate", "recalls": "recall", "reaffirms": "reaffirm", "endorses": "endorse", "builds-on": "build on"}

// checkFidelity checks that every block and item text occurs verbatim in the
// corrected text at its recorded offset, and in the data file as written at
// the same place, unless a recorded correction touches it. It compares each
// text with the one place it must be, so its cost is linear
// (TestFidelityLinear).
func checkFidelity(d *document) errList {
	var errs errList
	check := func(what string, line int, text string, start int) {
		end := start + len(text)
		switch {
		case text == "":
			errs.add(errorf(d.Path, line, "%s has no text", what))
		case start < 0 || end > len(d.Text) || d.Text[start:end] != text:
			errs.add(errorf(d.Path, line, "%s: the generated text is not the data file's text at that place (a generator bug)", what))
		case d.touchesCorrection(start, end):
		case !strings.HasPrefix(d.Raw[min(d.rawOffset(start), len(d.Raw)):], text):
			errs.add(errorf(d.Path, line, "%s: the text does not occur in the data file and no correction explains it", what))
		}
	}
	for i, blk := range d.Blocks {
		check(fmt.Sprintf("paragraph %d", i+1), blk.Line, blk.Text, blk.Start)
	}
	for _, it := range d.Items {
		check("item "+it.Label, it.Line, it.Text, it.Start)
	}
	return errs
}

// sameWords reports how a restatement differs from the norm it restates. The
// two must agree in every word; only the final punctuation mark may differ,
// and the case of the first letter, where a clause is quoted as a sentence.
func sameWords(restated, original string) error {
	a, b := strings.Fields(trimFinalMark(restated)), strings.Fields(trimFinalMark(original))
	if len(a) > 0 && len(b) > 0 {
		a[0], b[0] = lowerFirst(a[0]), lowerFirst(b[0])
	}
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return fmt.Errorf("word %d is %q, but %q in the original", i+1, a[i], b[i])
		}
	}
	switch {
	case len(a) > len(b):
		return fmt.Errorf("it has %d more words, from %q", len(a)-len(b), a[len(b)])
	case len(a) < len(b):
		return fmt.Errorf("it lacks the original's last %d words, from %q", len(b)-len(a), b[len(a)])
	}
	return nil
}

func trimFinalMark(s string) string {
	s = strings.TrimSpace(s)
	if r, size := utf8.DecodeLastRuneInString(s); strings.ContainsRune(".;,:", r) {
		return s[:len(s)-size]
	}
	return s
}

func lowerFirst(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToLower(r)) + w[size:]
}
