package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// runCmd runs the command line in-process and returns its exit status and
// outputs.
func runCmd(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestCommands(t *testing.T) {
	tests := []struct {
		args []string
		code int
		// out and errOut are substrings of stdout and stderr, in order.
		out, errOut []string
	}{
		{args: nil, code: 2, errOut: []string{"Usage:", "cybernorms show [-lang tag] [-json] <citation>"}},
		{args: []string{"help"}, code: 0, out: []string{"Usage:", "Commands:", "export"}},
		{args: []string{"--help"}, code: 0, out: []string{"Usage:"}},
		{args: []string{"frobnicate"}, code: 2, errOut: []string{`unknown command "frobnicate"` + "\n", "The commands are list, show, search,", "completion and help"}},
		// Typos get a suggestion: commands, flags, the values of flags, IDs.
		{args: []string{"shwo", "UNGGE2015/13f"}, code: 2, errOut: []string{`cybernorms: unknown command "shwo"; did you mean "show"?` + "\n"}},
		{args: []string{"ex"}, code: 2, errOut: []string{`unknown command "ex"; did you mean "export"?`}},
		{args: []string{"show", "-jsno", "Lucca2017"}, code: 2, errOut: []string{`cybernorms show: unknown flag "-jsno"; did you mean "-json"?` + "\n", "Usage: cybernorms show"}},
		{args: []string{"cite", "--sytle=formal", "Lucca2017"}, code: 2, errOut: []string{`unknown flag "-sytle"; did you mean "-style"?`}},
		{args: []string{"cite", "-style", "formla", "Lucca2017"}, code: 2, errOut: []string{`unknown citation style "formla": say short, formal, url or bibtex; did you mean "formal"?`}},
		{args: []string{"cite", "-style", "FORMAL", "Lucca2017"}, out: []string{"11 April 2017"}},
		{args: []string{"export", "-format", "jsno"}, code: 2, errOut: []string{`unknown format "jsno": say ` + orList(formatNames()) + `; did you mean "json"?`}},
		{args: []string{"export", "-format", "csv", "-table", "paragraph"}, code: 2, errOut: []string{`unknown table "paragraph": say norms or paragraphs; did you mean "paragraphs"?`}},
		{args: []string{"list", "norm"}, code: 2, errOut: []string{`cannot list "norm": say documents or norms; did you mean "norms"?`}},
		{args: []string{"completion", "fsh"}, code: 2, errOut: []string{`unknown shell "fsh": say bash, zsh or fish; did you mean "fish"?`}},
		{args: []string{"show", "UNGGE2015/13z"}, code: 1, errOut: []string{`cannot parse citation "UNGGE2015/13z"`, "\ncybernorms show: did you mean UNGGE2015/13k (UN GGE 2015, norm 13(k))?\n"}},
		{args: []string{"cite", "Lucca2071"}, code: 1, errOut: []string{"cybernorms cite: did you mean Lucca2017 (G7 Lucca 2017)?\n"}},
		{args: []string{"show", "Toronto2018/13"}, code: 1, errOut: []string{"did you mean Toronto2018/12 (G7 Toronto 2018 Chair's Report, para. 12)?"}},
		{args: []string{"show", "Toronto2018/p13"}, code: 1, errOut: []string{"did you mean Toronto2018/p12 (G7 Toronto 2018 Chair's Report, para. 12)?"}},
		// ...but not where nothing is near.
		{args: []string{"xyzzy"}, code: 2, errOut: []string{"unknown command \"xyzzy\"\n"}},
		{args: []string{"show", "Xyzzy1999/1"}, code: 1, errOut: []string{"cannot parse citation \"Xyzzy1999/1\""}},

		// show: a norm, by the forms people write, quoted or not.
		{args: []string{"show", "UN GGE 2015 13(f)"}, out: []string{
			"UN GGE 2015, norm 13(f)\n\nA State should not conduct or knowingly support ICT activity",
			"ID:          UNGGE2015/13f",
			"Title:       Do not conduct or knowingly support ICT activity contrary to international law that intentionally damages or impairs critical infrastructure (editorial)",
			"Source:      Report of the Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security, UN Doc. A/70/174 (22 July 2015), para. 13(f)",
			"Restated by:\n  G7 Lucca 2017, norm 6 (Lucca2017/6)",
			"G7 Toronto 2018 Chair's Report, para. 7 reaffirms it",
		}},
		{args: []string{"show", "A/70/174,", "para.", "13", "(f)"}, out: []string{"UN GGE 2015, norm 13(f)\n"}},
		{args: []string{"show", "Lucca2017/6"}, out: []string{"G7 Lucca 2017, norm 6\n", "Restates:    UN GGE 2015, norm 13(f) (UNGGE2015/13f)"}},
		// show: a paragraph, and a document.
		{args: []string{"show", "Toronto 2018 chair's report, para. 7"}, out: []string{
			"G7 Toronto 2018 Chair's Report, para. 7\n\nPartners expressed regret",
			"Link:        reaffirms UN GGE 2015 (UNGGE2015)",
		}},
		{args: []string{"show", "Lucca2017"}, out: []string{
			"G7 Declaration on Responsible States Behavior in Cyberspace\n",
			"Date:        11 April 2017",
			"Correction:  ",
			"Linked from: G7 Toronto 2018 Chair's Report, para. 8 recalls it",
			"Norms:       12, Lucca2017/1 to Lucca2017/12",
			"INTRODUCTION",
			"11. States should not conduct or knowingly support activity to harm the information systems", "of another State. A State should not use authorized",
		}},
		{args: []string{"show", "Budapest Convention"}, out: []string{"ID:          Budapest2001", "Extent:      metadata only"}},
		// show: errors are the parser's, with status 1.
		{args: []string{"show", "UN GGE norm 13(l)"}, code: 1, errOut: []string{`cybernorms show: cannot parse citation "UN GGE norm 13(l)": UN GGE 2015 has no norm 13(l); its norms are 13(a) to 13(k)`}},
		{args: []string{"show", "Toronto 2018 para 13"}, code: 1, errOut: []string{"has no paragraph 13; its labels are 1 to 12"}},
		{args: []string{"show", "SEC Form 13(f)"}, code: 1, errOut: []string{`"SEC Form" is not part of any citation of the corpus`}},
		{args: []string{"show"}, code: 2, errOut: []string{"missing citation", "Usage: cybernorms show"}},

		// list.
		{args: []string{"list"}, out: []string{"ID", "Budapest2001", "metadata only", "Lucca2017 ", "full text", "34", "12", "G7 Lucca 2017\n", "UNGGE2015"}},
		{args: []string{"list", "norms"}, out: []string{"Dinard2019/1", "UNGGE2015/13f", "UN GGE 2015, norm 13(f)", "intentionally damages or impairs critical infrastructure"}},
		{args: []string{"list"}, out: []string{"SHORT NAME (EDITORIAL)"}},
		// A label the source does not print: in brackets, and said so.
		{args: []string{"show", "Paris Call principle 4"}, out: []string{"Paris Call, principle [4]\n", "Label:       [4], not printed by the source (editorial: "}},
		{args: []string{"show", "G20Antalya2015"}, out: []string{"\n[26] We are living in an age"}},
		// A description is no title; an unverified link is marked.
		{args: []string{"show", "Lucca2017Communique"}, out: []string{"[Joint communiqué of the G7 foreign ministers' meeting]\n", "Title:       none published;"}},
		{args: []string{"show", "GA70_237"}, out: []string{"Link:        endorses UN GGE 2015 (UNGGE2015) (known from, editorial: ", "[unverified: "}},
		{args: []string{"show", "UNGGE2015"}, out: []string{"URL:         https://documents.un.org/doc/undoc/gen/n15/228/35/pdf/n1522835.pdf (unverified: "}},
		{args: []string{"list", "laws"}, code: 2, errOut: []string{`cannot list "laws"`, "Usage: cybernorms list"}},
		{args: []string{"list", "NORMS"}, out: []string{"UNGGE2015/13f"}},
		{args: []string{"list", "documents", "norms"}, code: 2, errOut: []string{`unexpected argument "norms"`}},

		// search.
		{args: []string{"search", `"critical infrastructure"`, "protect"}, out: []string{
			"G7 Lucca 2017, norm 7 (Lucca2017/7)\n  States should take appropriate measures to protect their critical infrastructure",
			"UN GGE 2015, norm 13(g) (UNGGE2015/13g)",
			" paragraphs\n",
		}},
		{args: []string{"search", "Budapest"}, out: []string{"G7 Toronto 2018 Chair's Report, para. 4\n", " Budapest "}},
		{args: []string{"search", "Budapest", "cloud"}, out: []string{"G7 Paris 2019, commitment 15", "\n1 paragraph\n"}},
		{args: []string{"search", "xylophone"}, code: 1, errOut: []string{`no paragraph matches "xylophone"`}},
		{args: []string{"search", `"critical`}, code: 2, errOut: []string{"cybernorms search: ", "unclosed quotation mark"}},

		// cite, in every style.
		{args: []string{"cite", "UN GGE 2015 13(f)"}, out: []string{"UN GGE 2015, norm 13(f)\n"}},
		{args: []string{"cite", "-style", "formal", "GGE norm (f)"}, out: []string{"UN Doc. A/70/174 (22 July 2015), para. 13(f)\n"}},
		// The address of A/70/174 the sources name is unverified: not cited.
		{args: []string{"cite", "-style=url", "A/70/174"}, code: 1, errOut: []string{"no URL is cited for UN GGE 2015: the address the sources name, https://documents.un.org/", "is unverified: "}},
		{args: []string{"cite", "-style=url", "Lucca Declaration"}, out: []string{"http://g7.utoronto.ca/foreign/170411-cyberspace.html\n"}},
		{args: []string{"cite", "-style", "bibtex", "Lucca Declaration, norm 6"}, out: []string{`\cite[norm~6]{Lucca2017}`, "@misc{Lucca2017,"}},
		{args: []string{"cite", "-style", "formal", "Toronto 2018 chair's report, para. 7"}, out: []string{"(Toronto, Canada, 23 April 2018), para. 7\n"}},
		{args: []string{"cite", "-style", "chicago", "Lucca2017"}, code: 2, errOut: []string{"chicago"}},
		{args: []string{"cite", "norm 14(z)"}, code: 1, errOut: []string{"cannot parse citation"}},
		// flags after the arguments, and "--".
		{args: []string{"cite", "UNGGE2015/13f", "-style", "formal"}, out: []string{"UN Doc. A/70/174 (22 July 2015), para. 13(f)\n"}},
		{args: []string{"cite", "Dinard", "-style=url", "2019", "commitment", "2"}, out: []string{"http://www.g7.utoronto.ca/foreign/190406-cyber.html\n"}},
		{args: []string{"cite", "--", "-style"}, code: 1, errOut: []string{`cannot parse citation "-style"`}},
		{args: []string{"show", "Lucca2017/6", "-json"}, out: []string{`"type": "norm"`}},
		// errors quote what they repeat.
		{args: []string{"cite", "-sty\x1b[31mle", "x"}, code: 2, errOut: []string{`unknown flag "-sty\x1b[31mle"`, "Usage: cybernorms cite"}},
		{args: []string{"show", "-json", "no\x1bsuch"}, code: 1, errOut: []string{`"no\x1bsuch"`}},
		{args: []string{"fr\x1bob"}, code: 2, errOut: []string{`unknown command "fr\x1bob"`}},
		{args: []string{"help", "show", "extra"}, code: 2, errOut: []string{`unexpected argument "extra"`}},
		{args: []string{"version", "now"}, code: 2, errOut: []string{`unexpected argument "now"`}},
		{args: []string{"completion"}, code: 2, errOut: []string{"missing shell"}},
		{args: []string{"completion", "tcsh"}, code: 2, errOut: []string{`unknown shell "tcsh"`}},
		{args: []string{"version"}, out: []string{"cybernorms ", "module:         github.com/cybernorms/cybernorms ", "corpus digest:  sha256:", "export schema:  1\n"}},

		// export.
		{args: []string{"export", "-format", "json", "-schema"}, out: []string{`"$schema": "https://json-schema.org/draft/2020-12/schema"`}},
		{args: []string{"export", "-format", "xml"}, code: 2, errOut: []string{`unknown format "xml"`}},
		{args: []string{"export", "-format", "html"}, code: 2, errOut: []string{"needs -o DIR"}},
		{args: []string{"export", "-format", "csv", "-table", "rows"}, code: 2, errOut: []string{`unknown table "rows"`}},
		{args: []string{"export", "-format", "csl", "-schema"}, code: 2, errOut: []string{`-schema is for -format json`}},
		{args: []string{"export", "all"}, code: 2, errOut: []string{`unexpected argument "all"`}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, errOut := runCmd(tt.args...)
			if code != tt.code {
				t.Errorf("exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, out, errOut)
			}
			containsInOrder(t, "stdout", out, tt.out)
			containsInOrder(t, "stderr", errOut, tt.errOut)
			if tt.code == 0 && errOut != "" {
				t.Errorf("stderr of a successful run:\n%s", errOut)
			}
		})
	}
}

func containsInOrder(t *testing.T, name, got string, want []string) {
	t.Helper()
	rest := got
	for _, w := range want {
		i := strings.Index(rest, w)
		if i < 0 {
			t.Errorf("%s lacks %q (after the earlier expected parts):\n%s", name, w, got)
			return
		}
		rest = rest[i+len(w):]
	}
}

// TestHelp checks that every command has -help, which exits 0 and prints
// its usage, its longer help and its flags to stdout.
func TestHelp(t *testing.T) {
	for _, c := range commands {
		for _, args := range [][]string{{c.name, "-help"}, {c.name, "--help"}, {"help", c.name}} {
			code, out, errOut := runCmd(args...)
			if code != 0 || errOut != "" {
				t.Errorf("%v: exit status %d, stderr %q", args, code, errOut)
			}
			want := []string{"Usage: cybernorms " + c.name, c.help()}
			if c.flags != nil {
				want = append(want, "Flags")
			}
			containsInOrder(t, strings.Join(args, " "), out, want)
		}
		if c.long == "" || c.short == "" || c.args == "" {
			t.Errorf("command %s lacks its usage, summary or help", c.name)
		}
	}
}

// TestShowEverything shows and cites every norm and every document of the
// corpus by its ID and by its short citation, and every labelled paragraph
// by its citation.
func TestShowEverything(t *testing.T) {
	for n := range norms.All() {
		for _, c := range []string{string(n.ID()), n.String()} {
			code, out, errOut := runCmd("show", c)
			if code != 0 || !strings.HasPrefix(out, n.String()+"\n\n"+n.Text()+"\n") {
				t.Errorf("show %q: status %d, stderr %q, stdout:\n%s", c, code, errOut, out)
			}
			for _, name := range citeStyles {
				style, err := norms.ParseStyle(name)
				if err != nil {
					t.Fatalf("cite -style %s: %v", name, err)
				}
				code, out, _ := runCmd("cite", "-style", name, c)
				if style == norms.URL && n.Cite(style) == "" {
					continue // no page where it is published was observed: see TestCommands
				}
				if code != 0 || out != strings.TrimSuffix(n.Cite(style), "\n")+"\n" {
					t.Errorf("cite -style %s %q: status %d, got %q", style, c, code, out)
				}
			}
		}
	}
	for d := range declarations.All() {
		for _, c := range []string{string(d.ID()), d.String()} {
			code, out, errOut := runCmd("show", c)
			if code != 0 || !strings.HasPrefix(out, d.Title()+"\n\n") || !strings.Contains(out, "ID:          "+string(d.ID())+"\n") {
				t.Errorf("show %q: status %d, stderr %q, stdout:\n%s", c, code, errOut, out)
			}
			for p := range d.Paragraphs() {
				if !strings.Contains(out, p.Text()) {
					t.Errorf("show %q lacks the text of a paragraph: %q", c, p.Text())
				}
			}
		}
		for p := range d.Paragraphs() {
			if _, isNorm := p.Norm(); p.Label() == "" || isNorm {
				continue
			}
			c := p.Cite(norms.Short)
			code, out, errOut := runCmd("show", c)
			if code != 0 || !strings.HasPrefix(out, c+"\n\n"+p.Text()+"\n") {
				t.Errorf("show %q: status %d, stderr %q, stdout:\n%s", c, code, errOut, out)
			}
		}
	}
}

// TestCiteStyles checks that cite -style takes every style of package
// norms, by its name, and nothing else.
func TestCiteStyles(t *testing.T) {
	for i, name := range citeStyles {
		if s, err := norms.ParseStyle(name); err != nil || s != norms.Style(i) || s.String() != name {
			t.Errorf("cite style %q is norms.Style(%d) %q (%v)", name, i, s, err)
		}
	}
	next := norms.Style(len(citeStyles)).String()
	if _, err := norms.ParseStyle(next); err == nil {
		t.Errorf("cite takes no style %q", next)
	}
}
