package main

import "testing"

// TestSymbolSeries: the series of a UN symbol, whose issuing organ the
// parser lets a citation name (see organs).
func TestSymbolSeries(t *testing.T) {
	for sym, want := range map[string]string{
		"a/70/174": "a", "a/res/70/237": "a", "a/hrc/res/20/8": "a/hrc", "70/237": "", "ets/185": "ets", "a/68/98": "a",
	} {
		if got := symbolSeries(sym); got != want {
			t.Errorf("symbolSeries(%q) = %q, want %q", sym, got, want)
		}
	}
}
