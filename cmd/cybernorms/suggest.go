package main

import (
	"strconv"
	"strings"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/internal/words"
	"github.com/cybernorms/cybernorms/norms"
)

// didYouMean returns the candidate that s is most likely a typo of, or ""
// when none is near enough: the one candidate s begins (at least two
// characters of it), or else the closest by edit distance, ignoring case,
// as the packages' unknown-ID errors find the closest IDs
// ([words.Closest]), if it is at most two edits away and those edits leave
// at least two of its characters.
func didYouMean(s string, candidates []string) string {
	if s == "" {
		return ""
	}
	ls := strings.ToLower(s)
	prefixed := ""
	for _, c := range candidates {
		if strings.EqualFold(c, s) {
			return ""
		}
		if len(ls) >= 2 && strings.HasPrefix(strings.ToLower(c), ls) {
			if prefixed != "" {
				prefixed = "-" // two candidates begin with s
			} else {
				prefixed = c
			}
		}
	}
	if prefixed != "" && prefixed != "-" {
		return prefixed
	}
	// Of the closest, one that begins as s does: "fsh" is nearer "fish"
	// than "zsh".
	ranked := words.Closest(s, candidates, len(candidates))
	if len(ranked) == 0 {
		return ""
	}
	best := ranked[0]
	d := words.Distance(ls, strings.ToLower(best))
	for _, c := range ranked[1:] {
		if words.Distance(ls, strings.ToLower(c)) != d {
			break
		}
		if strings.ToLower(c)[0] == ls[0] && strings.ToLower(best)[0] != ls[0] {
			best = c
			break
		}
	}
	if d > 2 || d > len(best)-2 {
		return ""
	}
	return best
}

// meant returns "; did you mean "x"?" for the candidate s is likely a typo
// of (see didYouMean), or "".
func meant(s string, candidates []string) string {
	if m := didYouMean(s, candidates); m != "" {
		return "; did you mean " + strconv.Quote(m) + "?"
	}
	return ""
}

// positionID returns the ID of a paragraph by its position:
// "Lucca2017/p3".
func positionID(p declarations.Paragraph) string {
	return string(p.Document().ID()) + "/" + positionAnchor(p.Position())
}

// suggestID returns what an input that looks like a machine ID and names
// nothing is likely a typo of, as "ID (citation)", or "": the closest ID
// of a norm, document or paragraph, as the packages' unknown-ID errors find
// them ([words.Closest]), "UNGGE2015/13k (UN GGE 2015, norm 13(k))" for
// "UNGGE2015/13z".
func suggestID(s string) string {
	if s == "" || strings.ContainsAny(s, " \t\n") {
		return ""
	}
	type cand struct{ id, cite string }
	var cands []cand
	doc, _, hasSlash := strings.Cut(s, "/")
	for d := range declarations.All() {
		if !hasSlash {
			cands = append(cands, cand{string(d.ID()), d.String()})
			continue
		}
		if words.Distance(strings.ToLower(doc), strings.ToLower(string(d.ID()))) > 2 {
			continue
		}
		for p := range d.Paragraphs() {
			if n, ok := p.Norm(); ok {
				cands = append(cands, cand{string(n.ID()), n.String()})
			} else if id := paragraphID(p); id != positionID(p) {
				cands = append(cands, cand{id, p.Cite(norms.Short)})
			}
			// Every paragraph is also "p" and its position.
			cands = append(cands, cand{positionID(p), p.Cite(norms.Short)})
		}
	}
	ids := make([]string, len(cands))
	for i, c := range cands {
		ids[i] = c.id
	}
	best := words.Closest(s, ids, 1)
	if len(best) == 0 {
		return ""
	}
	d := words.Distance(strings.ToLower(s), strings.ToLower(best[0]))
	if d == 0 || d > 3 || 2*d >= len(best[0]) {
		return ""
	}
	for _, c := range cands {
		if c.id == best[0] {
			return c.id + " (" + c.cite + ")"
		}
	}
	return ""
}
