package main

import "testing"

func TestSameWords(t *testing.T) {
	tests := []struct {
		restated, original string
		want               string // "" for no difference
	}{
		{"States should cooperate;", "States should cooperate.", ""},
		{"States should cooperate.", "States should cooperate", ""},
		{"No country should steal.", "no country should steal.", ""},
		{"States  should\ncooperate;", "States should cooperate.", ""},
		{"States should co-operate;", "States should cooperate.", `word 3 is "co-operate", but "cooperate" in the original`},
		{"States should cooperate;", "States should cooperate fully.", `it lacks the original's last 1 words, from "fully"`},
		{"States should cooperate fully and well.", "States should cooperate.", `it has 3 more words, from "fully"`},
		{"States should, cooperate.", "States should cooperate.", `word 2 is "should,", but "should" in the original`},
		{"STATES should cooperate.", "States should cooperate.", `word 1 is "sTATES", but "states" in the original`},
		{"States should cooperate;;", "States should cooperate.", `word 3 is "cooperate;", but "cooperate" in the original`},
	}
	for _, tt := range tests {
		err := sameWords(tt.restated, tt.original)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("sameWords(%q, %q) = %q, want %q", tt.restated, tt.original, got, tt.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	if got := suggest("tittle", []string{"id", "title", "kind"}); got != `; did you mean "title"?` {
		t.Errorf("suggest = %q", got)
	}
	if got := suggest("zzzzzz", []string{"id", "title"}); got != "" {
		t.Errorf("suggest for a distant word = %q, want none", got)
	}
}
