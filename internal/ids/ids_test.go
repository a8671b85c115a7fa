package ids

import (
	"errors"
	"testing"
)

func TestUnknownIDMessage(t *testing.T) {
	type id string
	if got, want := UnknownIDMessage("norm", "X\x1b", []id{"A", "B"}), `unknown norm ID "X\x1b"; the closest known IDs are A, B`; got != want {
		t.Errorf("UnknownIDMessage = %q, want %q", got, want)
	}
	if got, want := UnknownIDMessage[id]("document", "Y", nil), `unknown document ID "Y"`; got != want {
		t.Errorf("UnknownIDMessage = %q, want %q", got, want)
	}
	if got := ClosestIDs[id]("UNGGE2015/13l", []string{"UNGGE2015/13k", "Lucca2017/1", "UNGGE2015/13j"}); len(got) != 3 || got[0] != "UNGGE2015/13k" {
		t.Errorf("ClosestIDs = %q", got)
	}
}

func TestMarshalID(t *testing.T) {
	type id string
	known := func(s string) bool { return s == "A/1" }
	unknown := func(s id) error { return errors.New("unknown " + string(s)) }
	if b, err := MarshalID(id("A/1"), known, unknown); err != nil || string(b) != "A/1" {
		t.Errorf("MarshalID(A/1) = %q, %v", b, err)
	}
	if b, err := MarshalID(id(""), known, unknown); err != nil || len(b) != 0 {
		t.Errorf("MarshalID(\"\") = %q, %v", b, err)
	}
	if _, err := MarshalID(id("B"), known, unknown); err == nil {
		t.Errorf("MarshalID(B) succeeds")
	}
	if v, err := UnmarshalID([]byte("A/1"), known, unknown); err != nil || v != "A/1" {
		t.Errorf("UnmarshalID(A/1) = %q, %v", v, err)
	}
	if v, err := UnmarshalID[id]([]byte("B"), known, unknown); err == nil || v != "" {
		t.Errorf("UnmarshalID(B) = %q, %v", v, err)
	}
}

func TestLocalID(t *testing.T) {
	for label, want := range map[string]string{"13(f)": "13f", "13 (F)": "13f", "6": "6"} {
		if got := LocalID(label); got != want {
			t.Errorf("LocalID(%q) = %q, want %q", label, got, want)
		}
	}
}

func TestLongest(t *testing.T) {
	var l Longest
	measured := 0
	all := func(yield func(string) bool) {
		measured++
		for _, id := range []string{"A/1", "Lucca2017/12", "B"} {
			if !yield(id) {
				return
			}
		}
	}
	if got := l.Of(all); got != len("Lucca2017/12") {
		t.Errorf("Of = %d, want %d", got, len("Lucca2017/12"))
	}
	if got := l.Of(all); got != len("Lucca2017/12") || measured != 1 {
		t.Errorf("Of again = %d, measured %d times; want the length measured once", got, measured)
	}
}
