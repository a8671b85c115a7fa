package main

import "testing"

// TestElidedWordsAreNames checks that the word after a French elided
// article or preposition in a name ("l’Initiative", "d’engagement") is a
// word of the name on its own, as the citation parser's lexer reads it.
func TestElidedWordsAreNames(t *testing.T) {
	d := &document{ID: "Call2018", Title: "Déclaration d’engagement de Charlevoix", Aliases: []string{"Appel de l’Initiative", "qu’il"}}
	n := docNames(d)
	for _, w := range []string{"engagement", "d'engagement", "initiative", "l'initiative", "il"} {
		if !n.words[w] {
			t.Errorf("%q is not a word of the names %v", w, mapKeys(n.words))
		}
	}
	if n.words["d"] || n.words["l"] {
		t.Errorf("an elided article alone is a word of the names: %v", mapKeys(n.words))
	}
}
