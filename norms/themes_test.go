package norms_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms/norms"
)

// TestEveryNormHasThemes reads every norm of the corpus beside its themes
// and the words that justify them: each norm has one to three themes, each
// justified by words of its text (in its document's first language), and
// each theme of the vocabulary is some norm's. With -v it prints the table
// for review: norm, editorial title, themes and words.
func TestEveryNormHasThemes(t *testing.T) {
	var table strings.Builder
	fmt.Fprintln(&table, "| norm | title (editorial) | themes (editorial) | the norm's words |")
	fmt.Fprintln(&table, "| --- | --- | --- | --- |")
	used := map[norms.Theme]int{}
	for n := range norms.All() {
		themes := slices.Collect(n.Themes())
		if len(themes) < 1 || len(themes) > 3 {
			t.Errorf("%s has %d themes, want 1 to 3", n.ID(), len(themes))
		}
		for i, th := range themes {
			words, ok := n.ThemeWords(th)
			if !ok || words == "" || !strings.Contains(n.Text(), words) {
				t.Errorf("%s: theme %s: the words %q are not in its text", n.ID(), th.ID(), words)
			}
			if th.IsZero() {
				t.Errorf("%s: a theme outside the vocabulary: %d", n.ID(), th)
			}
			used[th]++
			id, title := "", ""
			if i == 0 {
				id, title = string(n.ID()), n.Editorial().Title
			}
			fmt.Fprintf(&table, "| %s | %s | %s | %q |\n", id, title, th.ID(), words)
		}
		for v := range n.Versions() {
			if got := slices.Collect(v.Themes()); !slices.Equal(got, themes) {
				t.Errorf("%s in %s has the themes %v, and %v in %s", n.ID(), v.Lang(), got, themes, n.Lang())
			}
		}
		if r, ok := n.Restates(); ok {
			if got := slices.Collect(r.Themes()); !slices.Equal(got, themes) {
				t.Errorf("%s restates %s but has the themes %v, not %v", n.ID(), r.ID(), themes, got)
			}
		}
	}
	for th := range norms.Themes() {
		if used[th] == 0 {
			t.Errorf("theme %s is no norm's", th.ID())
		}
	}
	t.Log("\n" + table.String())
}

// TestThemes checks the vocabulary: IDs, names and definitions, the order of
// Themes, ByTheme against Norm.Themes, and the zero Theme.
func TestThemes(t *testing.T) {
	all := slices.Collect(norms.Themes())
	if len(all) < 14 || len(all) > 20 {
		t.Errorf("%d themes; the cross-walk is meant to hold 14 to 20", len(all))
	}
	for i, th := range all {
		if int(th) != i+1 {
			t.Errorf("Themes()[%d] = %d", i, th)
		}
		if th.ID() == "" || th.Name() == "" || th.Definition() == "" || th.String() != th.Name() || th.IsZero() {
			t.Errorf("theme %d: ID %q, name %q, definition %q, String %q", th, th.ID(), th.Name(), th.Definition(), th)
		}
		if got, ok := norms.LookupTheme(th.ID()); !ok || got != th {
			t.Errorf("LookupTheme(%q) = %v, %v", th.ID(), got, ok)
		}
		for _, s := range []string{th.ID(), th.Name(), strings.ToUpper(th.Name()), strings.ReplaceAll(th.ID(), "-", " ")} {
			if got, err := norms.ParseTheme(s); err != nil || got != th {
				t.Errorf("ParseTheme(%q) = %v, %v", s, got, err)
			}
		}
		// ByTheme: every norm that has the theme, in the order of All.
		var want []norms.Norm
		for n := range norms.All() {
			if _, ok := n.ThemeWords(th); ok {
				want = append(want, n)
			}
		}
		if got := slices.Collect(norms.ByTheme(th)); !slices.Equal(got, want) || len(got) == 0 {
			t.Errorf("ByTheme(%s) = %v, want %v", th.ID(), got, want)
		}
	}
	var zero norms.Theme
	if !zero.IsZero() || zero.ID() != "" || zero.String() != "Theme(0)" || norms.Theme(200).String() != "Theme(200)" || !norms.Theme(200).IsZero() {
		t.Errorf("the zero Theme: %q %q %v", zero.ID(), zero, zero.IsZero())
	}
	if n := len(slices.Collect(norms.ByTheme(zero))) + len(slices.Collect(norms.ByTheme(200))); n != 0 {
		t.Errorf("ByTheme of no theme yields %d norms", n)
	}
	if n := len(slices.Collect(norms.Norm{}.Themes())); n != 0 {
		t.Errorf("the zero Norm has %d themes", n)
	}
	if _, ok := (norms.Norm{}).ThemeWords(norms.ThemeCybercrime); ok {
		t.Error("the zero Norm has words for a theme")
	}
	if _, ok := norms.LookupTheme("Critical-infrastructure"); ok {
		t.Error("LookupTheme is not exact")
	}
}

// TestThemeText checks that a Theme marshals to its ID and back, and that an
// unknown theme fails with the closest IDs.
func TestThemeText(t *testing.T) {
	type rec struct {
		Themes []norms.Theme `json:"themes"`
	}
	in := rec{[]norms.Theme{norms.ThemeSupplyChain, norms.ThemeHumanRights, 0}}
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"themes":["supply-chain","human-rights",""]}`; string(data) != want {
		t.Errorf("Marshal = %s, want %s", data, want)
	}
	var out rec
	if err := json.Unmarshal(data, &out); err != nil || !slices.Equal(out.Themes, in.Themes) {
		t.Errorf("Unmarshal = %v, %v", out, err)
	}
	err = json.Unmarshal([]byte(`{"themes":["supply-chian"]}`), &out)
	var ue *norms.UnknownThemeError
	if !errors.As(err, &ue) || ue.Theme != "supply-chian" || len(ue.Closest) == 0 || ue.Closest[0] != "supply-chain" {
		t.Errorf("unmarshalling an unknown theme: %v", err)
	}
	if want := `unknown theme "supply-chian"; the closest themes are supply-chain`; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v, want %q", err, want)
	}
	if _, err := norms.Theme(200).MarshalText(); err == nil {
		t.Error("a value that is no theme marshals")
	}
	if _, err := norms.ParseTheme("elections and democracy"); err == nil {
		t.Error("ParseTheme accepts a name that is not a theme's")
	}
}

// TestThemesAllocate checks that reading the themes allocates nothing.
func TestThemesAllocate(t *testing.T) {
	n := norms.UNGGE2015[norms.I]
	allocs := testing.AllocsPerRun(100, func() {
		for th := range n.Themes() {
			_, _ = n.ThemeWords(th)
			_ = th.Name() + ""
		}
		for range norms.ByTheme(norms.ThemeSupplyChain) {
		}
		_, _ = norms.LookupTheme("supply-chain")
	})
	if allocs != 0 {
		t.Errorf("%v allocations", allocs)
	}
}

// BenchmarkByTheme reads the norms of a theme with their justifying words.
func BenchmarkByTheme(b *testing.B) {
	for range b.N {
		for n := range norms.ByTheme(norms.ThemeCriticalInfrastructure) {
			_, _ = n.ThemeWords(norms.ThemeCriticalInfrastructure)
		}
	}
}
