package cite

import (
	"fmt"
	"strings"
	"testing"
)

// TestSprintf compares sprintf with fmt.Sprintf on the verbs and types the
// engine's messages use.
func TestSprintf(t *testing.T) {
	for _, c := range []struct {
		format string
		args   []any
	}{
		{"%s has no %s %s; its %ss are %s", []any{"G7 Lucca 2017", "norm", "13", "norm", "1 to 12"}},
		{"%q is not a label", []any{"13(é)\x11"}},
		{"%s has %d paragraphs, not %d", []any{"UN GGE 2015", 34, int32(3)}},
		{"a citation of %d bytes; the longest read is %d", []any{int64(1200), 1000}},
		{"100%% and %d%%", []any{int16(7)}},
		{"%d %d", []any{uint8(1), uint16(2)}},
		{"no verb", nil},
		{"trailing %", nil},
		{"%s", []any{""}},
		{"%q", []any{"\"quoted\" \\ and tab\t"}},
	} {
		if got, want := sprintf(c.format, c.args...), fmt.Sprintf(c.format, c.args...); got != want {
			t.Errorf("sprintf(%q) = %q, fmt gives %q", c.format, got, want)
		}
	}
	for _, c := range []struct {
		format string
		args   []any
		want   string
	}{
		{"%s", []any{3}, "%!s(BADTYPE)"},
		{"%d", []any{"x"}, "%!d(BADTYPE)"},
		{"%s %s", []any{"a"}, "a %!s(MISSING)"},
	} {
		if got := sprintf(c.format, c.args...); got != c.want {
			t.Errorf("sprintf(%q, %v) = %q, want %q", c.format, c.args, got, c.want)
		}
	}
}

// TestMessagesFormatted makes the engine fail in many ways, on citations of
// every document written wrong and on the negatives of the real citations,
// and checks that no message holds a verb sprintf could not apply, and that
// every error is an *Error, unwrapped, as NewParseError expects.
func TestMessagesFormatted(t *testing.T) {
	var in []string
	for di := range docs {
		d := &docs[di]
		for _, tail := range []string{", norm 99", ", para. 99", ", 13(z)", ", commitment 2", ", principle 40",
			", unnumbered paragraph 999 of 3", ", unnumbered paragraph 1 of 999", " norms 1-99", ", paras 3 to 1",
			" 1999", ", norm", ", para. 0", " item", " (22 July 1901)", ", para. 7 and norm 3"} {
			in = append(in, d.Short+tail, d.ID+tail)
		}
		in = append(in, d.ID+"/p999", d.ID+"/zz", d.ID+"/p0")
	}
	in = append(in, realCitations(t)...)
	in = append(in, "", "13(f)", "norm 6", "Lucca Declaration norms 1, 2 and 99", "A/RES/99/999", "ETS No. 999",
		strings.Repeat("Lucca ", 300), "UN GGE 2015 norm 13(f) and Lucca Declaration, norm 6")
	msgs := map[string]bool{}
	for _, s := range in {
		for _, mode := range []Mode{Norm, Document, Any} {
			_, err1 := ParseRef(s, mode)
			_, err2 := ParseList(s, mode)
			for _, err := range []error{err1, err2} {
				if err == nil {
					continue
				}
				if _, ok := err.(*Error); !ok {
					t.Errorf("ParseRef or ParseList(%q, %d): an error of type %T; NewParseError reads *Error", s, mode, err)
				}
				msg := err.Error()
				msgs[msg] = true
				if strings.Contains(msg, "%!") {
					t.Errorf("ParseRef or ParseList(%q, %d): %q", s, mode, msg)
				}
			}
		}
	}
	if len(msgs) < 100 {
		t.Errorf("only %d distinct messages: the test does not reach the engine's errors", len(msgs))
	}
	t.Logf("%d distinct messages", len(msgs))
}
