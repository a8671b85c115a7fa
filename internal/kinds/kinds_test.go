package kinds

import (
	"slices"
	"testing"
)

func TestDoc(t *testing.T) {
	if got := Doc(2).Words(); got != "chair's report" {
		t.Errorf("Doc(2).Words() = %q", got)
	}
	for k := Doc(1); int(k) <= NumDoc; k++ {
		if p, ok := ParseDoc(k.Keyword()); !ok || p != k {
			t.Errorf("ParseDoc(%q) = %v, %v; want %v", k.Keyword(), p, ok, k)
		}
		if k.Words() == "" || k.Const() == "" {
			t.Errorf("Doc(%d) lacks a spelling", k)
		}
	}
	if _, ok := ParseDoc("memo"); ok {
		t.Error(`ParseDoc("memo") found a kind`)
	}
	if Doc(0).Words() != "" || Doc(NumDoc+1).Words() != "" {
		t.Error("a number that is no kind has words")
	}
	want := []string{"declaration", "chairs-report", "communique", "outcome-document", "report", "resolution", "convention", "other"}
	if got := DocKeywords(); !slices.Equal(got, want) {
		t.Errorf("DocKeywords() = %q", got)
	}
}

func TestList(t *testing.T) {
	for k := List(1); int(k) <= NumList; k++ {
		if p, ok := ParseList(k.Keyword()); !ok || p != k {
			t.Errorf("ParseList(%q) = %v, %v; want %v", k.Keyword(), p, ok, k)
		}
	}
	if got := ListKeywords(); !slices.Equal(got, []string{"norm", "commitment", "principle"}) {
		t.Errorf("ListKeywords() = %q", got)
	}
	if got := List(2).Const(); got != "KindCommitment" {
		t.Errorf("List(2).Const() = %q", got)
	}
}
