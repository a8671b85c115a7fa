package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Language versions: data/<id>.<lang>.txt gives the document of
// data/<id>.txt, its primary, in another language. It shares the primary's
// ID, kind, list and links, and its paragraph structure, so that a citation
// finds the same place in either (data/README.md, "Language versions").

// groupVersions attaches each language version to its primary and returns the
// primaries, the documents that corpus.Docs lists.
func groupVersions(docs []*document) ([]*document, errList) {
	var errs errList
	primaries := map[string]*document{}
	var out, versions []*document
	for _, d := range docs {
		if d.Version {
			versions = append(versions, d)
		} else {
			primaries[d.ID] = d
			out = append(out, d)
		}
	}
	for _, v := range versions {
		p := primaries[v.ID]
		switch {
		case p == nil:
			errs.add(errorf(v.Path, v.keyLines["id"], "a language version of %s, but there is no data/%s.txt: the document's own file comes first", v.ID, v.ID))
			continue
		case p.Lang == v.Lang:
			errs.add(errorf(v.Path, v.keyLines["lang"], "lang %q is the language of data/%s.txt itself", v.Lang, v.ID))
			continue
		}
		v.Primary = p
		v.Kind = p.Kind
		if v.Short == "" {
			v.Short = p.Short
		}
		p.Versions = append(p.Versions, v)
	}
	for _, p := range out {
		sort.Slice(p.Versions, func(i, j int) bool { return p.Versions[i].Lang < p.Versions[j].Lang })
	}
	return out, errs
}

// checkVersions checks each language version against its primary (the same
// date, symbol, list and paragraph structure) and its texts' fidelity. It
// gives a version's items the primary's editorial titles where it has none.
func (c *corpus) checkVersions() errList {
	var errs errList
	for _, p := range c.Docs {
		for _, v := range p.Versions {
			errs = append(errs, checkVersion(p, v)...)
			errs = append(errs, checkFidelity(v)...)
		}
	}
	return errs
}

func checkVersion(p, v *document) errList {
	var errs errList
	bad := func(line int, format string, args ...any) {
		errs.add(errorf(v.Path, line, format, args...))
	}
	if v.Date != (date{}) && v.Date != p.Date {
		bad(v.keyLines["date"], "date %v differs from the date %v of %s: the versions are one document", v.Date, p.Date, p.Path)
	}
	if v.Symbol != "" && v.Symbol != p.Symbol {
		bad(v.keyLines["symbol"], "symbol %q differs from %q of %s", v.Symbol, p.Symbol, p.Path)
	}
	if v.Extent != p.Extent {
		bad(v.keyLines["extent"], "extent %s differs from extent %s of %s", v.Extent, p.Extent, p.Path)
	}
	switch {
	case v.List == nil && p.List != nil:
		bad(v.HeaderEnd, "no list, but %s has one: language versions share their list; add its \"list:\" entry to this header, which ends here", p.Path)
		return errs
	case v.List != nil && p.List == nil:
		bad(v.List.Line, "a list, but %s has none: language versions share their list", p.Path)
		return errs
	case v.List != nil:
		lv, lp := v.List, p.List
		if lv.Kind != lp.Kind || lv.Labels != lp.Labels {
			bad(lv.Line, "list %s (labels %s) differs from the list %s (labels %s) of %s", lv.Kind, lv.Labels, lp.Kind, lp.Labels, p.Path)
		}
		if lv.Count != lp.Count || len(v.Items) != len(p.Items) {
			bad(lv.Line, "%d items, but %s has %d: language versions share their list", len(v.Items), p.Path, len(p.Items))
			return errs
		}
		for i := range v.Items {
			it, pit := &v.Items[i], &p.Items[i]
			if it.Label != pit.Label {
				bad(it.Line, "item %d is labelled %q, and %q in %s", i+1, it.Label, pit.Label, p.Path)
			}
			if it.Title == "" {
				it.Title = pit.Title
			}
			if it.Title == "" {
				bad(it.DeclLine, "item %s has no editorial title here or in %s", it.Label, p.Path)
			}
		}
	}
	if len(v.Blocks) != len(p.Blocks) {
		// Name the first paragraph whose kind or label differs, if any.
		line, where := v.BodyLine, ""
		for i := range min(len(v.Blocks), len(p.Blocks)) {
			if bv, bp := v.Blocks[i], p.Blocks[i]; bv.Kind != bp.Kind || bv.Label != bp.Label {
				line, where = bv.Line, fmt.Sprintf("; the first to differ is paragraph %d, here %s %s labelled %q, in %s (line %d) %s %s labelled %q", i+1, article(bv.Kind), bv.Kind, bv.Label, p.Path, bp.Line, article(bp.Kind), bp.Kind, bp.Label)
				break
			}
		}
		bad(line, "%d paragraphs, but %s has %d: language versions share their paragraph structure (declare the breaks one text lacks)%s", len(v.Blocks), p.Path, len(p.Blocks), where)
		return errs
	}
	for i := range v.Blocks {
		bv, bp := v.Blocks[i], p.Blocks[i]
		if bv.Kind != bp.Kind || bv.Label != bp.Label {
			bad(bv.Line, "paragraph %d is a %s labelled %q, but in %s (line %d) a %s labelled %q", i+1, bv.Kind, bv.Label, p.Path, bp.Line, bp.Kind, bp.Label)
			break
		}
	}
	return errs
}

// article returns the indefinite article for a word: "an item", "a text".
func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}

// checkTakesUp checks each item that takes up another norm's words: the norm
// exists and came before, the shared words occur in both texts, and the two
// do not agree word for word (that is "restates:").
func (c *corpus) checkTakesUp() errList {
	var errs errList
	for _, d := range c.Docs {
		for i := range d.Items {
			it := &d.Items[i]
			if it.TakesUp == "" {
				continue
			}
			bad := func(format string, args ...any) {
				errs.add(errorf(d.Path, it.DeclLine, "item %s takes up %s: %s", it.Label, it.TakesUp, fmt.Sprintf(format, args...)))
			}
			target := c.items[it.TakesUp]
			switch {
			case target == nil:
				bad("no such norm%s", suggest(it.TakesUp, mapKeys(c.items)))
				continue
			case strings.HasPrefix(it.TakesUp, d.ID+"/"):
				bad("an item of its own list")
				continue
			}
			if t := c.byID[target.docID()]; t != nil && after(t.Date, d.Date) {
				bad("its document is dated %v, after this document (%v), and a text can only take up words that came before it; check both dates", t.Date, d.Date)
			}
			if !strings.Contains(it.Text, it.Shared) {
				bad("the shared words %q are not in this item", abbreviate(it.Shared, 50))
			}
			if !strings.Contains(target.Text, it.Shared) {
				bad("the shared words %q are not in %s", abbreviate(it.Shared, 50), it.TakesUp)
			}
			if sameWords(it.Text, target.Text) == nil {
				bad("the two agree word for word; say \"restates:\"")
			}
			if len(strings.Fields(it.Shared)) < 3 {
				bad("%q is too short a run of words to show that one text takes up the other", it.Shared)
			}
			if !slices.ContainsFunc(d.Links, func(l link) bool { return l.Rel == "builds-on" && l.Target == target.docID() && l.Note != "" }) {
				bad("the document has no \"link: builds-on %s\" with a \"note:\" on how the words differ", target.docID())
			}
		}
	}
	return errs
}

func (it *item) docID() string { return docOf(it.ID) }

// docOf returns the document part of a norm ID: "UNGGE2015" of
// "UNGGE2015/13f".
func docOf(id string) string {
	doc, _, _ := strings.Cut(id, "/")
	return doc
}
