package main

import (
	"flag"
	"fmt"
	"sort"
	"strings"

	"github.com/cybernorms/cybernorms/declarations"
	"github.com/cybernorms/cybernorms/norms"
)

// shells are the shells completion writes a script for.
var shells = []string{"bash", "zsh", "fish"}

var completionCmd = &command{
	name:  "completion",
	args:  strings.Join(shells, "|"),
	short: "print a shell completion script",
	long: `Print a completion script for the shell: it completes commands,
flags, their values and the IDs of documents and norms. To use it:

  bash   source <(cybernorms completion bash)        (e.g. in ~/.bashrc)
  zsh    source <(cybernorms completion zsh)         (e.g. in ~/.zshrc)
  fish   cybernorms completion fish | source          (e.g. in config.fish)
`,
	run:      runCompletion,
	complete: shells,
}

// completionData is what a completion script knows: the commands, each
// one's flags and argument words, and the values of the flags.
type completionData struct {
	names   []string
	flags   map[string][]string // "-json", "-help", ...
	words   map[string][]string
	valued  map[string]bool // flags that take a value
	summary map[string]string
	// values are the words the scripts offer as the value of a flag (a
	// choice), or nil for a file name (a fileFlag), by the flag's name.
	values map[string][]string
}

func newCompletionData() completionData {
	cd := completionData{flags: map[string][]string{}, words: map[string][]string{}, valued: map[string]bool{}, summary: map[string]string{}, values: map[string][]string{}}
	var ids []string
	for d := range declarations.All() {
		ids = append(ids, string(d.ID()))
	}
	for n := range norms.All() {
		ids = append(ids, string(n.ID()))
	}
	for _, c := range commands {
		cd.names = append(cd.names, c.name)
		cd.summary[c.name] = c.short
		fl := []string{"-help"}
		c.flagSet(&cmdEnv{}).VisitAll(func(f *flag.Flag) {
			fl = append(fl, "-"+f.Name)
			if _, ok := f.Value.(interface{ IsBoolFlag() bool }); !ok {
				cd.valued[f.Name] = true
			}
			switch v := f.Value.(type) {
			case choice:
				cd.values[f.Name] = v.words
			case fileFlag:
				cd.values[f.Name] = nil
			}
		})
		sort.Strings(fl)
		cd.flags[c.name] = fl
		cd.words[c.name] = c.complete
		if c.completeIDs {
			cd.words[c.name] = ids
		}
	}
	cd.names = append(cd.names, helpCmd.name)
	cd.summary[helpCmd.name] = helpCmd.short
	cd.words[helpCmd.name] = cd.names[:len(cd.names)-1]
	return cd
}

// runCompletion prints the completion script of a shell.
func runCompletion(c *cmdEnv) int {
	switch len(c.args) {
	case 0:
		return c.usageError("missing shell: say %s", orList(shells))
	case 1:
	default:
		return c.usageError("unexpected argument %s: completion takes one shell", quote(c.args[1]))
	}
	cd := newCompletionData()
	switch c.args[0] {
	case "bash":
		c.out.WriteString(cd.bash())
	case "zsh":
		c.out.WriteString(cd.zsh())
	case "fish":
		c.out.WriteString(cd.fish())
	default:
		return c.usageError("unknown shell %s: say %s%s", quote(c.args[0]), orList(shells), meant(c.args[0], shells))
	}
	return exitOK
}

// valueNames returns the names of the flags whose values the scripts
// complete, sorted.
func (cd completionData) valueNames() []string {
	var names []string
	for name := range cd.values {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

func (cd completionData) bash() string {
	var b strings.Builder
	b.WriteString(`# bash completion for cybernorms, printed by "cybernorms completion bash".
# Use: source <(cybernorms completion bash)
_cybernorms() {
    local cur prev cmd
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"
    cmd="${COMP_WORDS[1]}"
    if [[ $COMP_CWORD -eq 1 ]]; then
        COMPREPLY=($(compgen -W "` + strings.Join(cd.names, " ") + `" -- "$cur"))
        return
    fi
    case "$prev" in
`)
	for _, name := range cd.valueNames() {
		if vals := cd.values[name]; vals == nil {
			fmt.Fprintf(&b, "        -%s|--%s) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n", name, name)
		} else {
			fmt.Fprintf(&b, "        -%s|--%s) COMPREPLY=($(compgen -W %q -- \"$cur\")); return ;;\n", name, name, strings.Join(vals, " "))
		}
	}
	b.WriteString(`    esac
    local flags="" words=""
    case "$cmd" in
`)
	for _, name := range cd.names {
		fmt.Fprintf(&b, "        %s) flags=%q; words=%q ;;\n", name, strings.Join(cd.flags[name], " "), strings.Join(cd.words[name], " "))
	}
	b.WriteString(`    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$flags" -- "$cur"))
    else
        COMPREPLY=($(compgen -W "$words" -- "$cur"))
    fi
}
complete -F _cybernorms cybernorms
`)
	return b.String()
}

func (cd completionData) zsh() string {
	var b strings.Builder
	b.WriteString(`#compdef cybernorms
# zsh completion for cybernorms, printed by "cybernorms completion zsh".
# Use: source <(cybernorms completion zsh), after compinit; or save it as
# _cybernorms in a directory of $fpath.
_cybernorms() {
    if (( CURRENT == 2 )); then
        local -a cmds
        cmds=(
`)
	for _, name := range cd.names {
		fmt.Fprintf(&b, "            %s\n", zshQuote(name+":"+cd.summary[name]))
	}
	b.WriteString(`        )
        _describe -t commands 'cybernorms command' cmds
        return
    fi
    case ${words[CURRENT-1]} in
`)
	for _, name := range cd.valueNames() {
		if vals := cd.values[name]; vals == nil {
			fmt.Fprintf(&b, "        -%s|--%s) _files; return ;;\n", name, name)
		} else {
			fmt.Fprintf(&b, "        -%s|--%s) compadd -- %s; return ;;\n", name, name, strings.Join(vals, " "))
		}
	}
	b.WriteString(`    esac
    local -a flags args
    case ${words[2]} in
`)
	for _, name := range cd.names {
		fmt.Fprintf(&b, "        %s) flags=(%s); args=(%s) ;;\n", name, strings.Join(cd.flags[name], " "), zshWords(cd.words[name]))
	}
	b.WriteString(`    esac
    if [[ $PREFIX == -* ]]; then
        compadd -- $flags
    else
        compadd -- $args
    fi
}
if [[ "${funcstack[1]}" == _cybernorms ]]; then
    _cybernorms "$@"
else
    compdef _cybernorms cybernorms
fi
`)
	return b.String()
}

// zshQuote quotes s for zsh between single quotes.
func zshQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func zshWords(ws []string) string {
	q := make([]string, len(ws))
	for i, w := range ws {
		q[i] = zshQuote(w)
	}
	return strings.Join(q, " ")
}

func (cd completionData) fish() string {
	var b strings.Builder
	b.WriteString(`# fish completion for cybernorms, printed by "cybernorms completion fish".
# Use: cybernorms completion fish | source
complete -c cybernorms -f
`)
	for _, name := range cd.names {
		fmt.Fprintf(&b, "complete -c cybernorms -n __fish_use_subcommand -a %s -d %s\n", name, zshQuote(cd.summary[name]))
	}
	for _, name := range cd.names {
		cond := zshQuote("__fish_seen_subcommand_from " + name)
		if ws := cd.words[name]; len(ws) > 0 {
			fmt.Fprintf(&b, "complete -c cybernorms -n %s -a %s\n", cond, zshQuote(strings.Join(ws, " ")))
		}
		for _, f := range cd.flags[name] {
			f = strings.TrimPrefix(f, "-")
			switch vals, ok := cd.values[f]; {
			case !cd.valued[f]:
				fmt.Fprintf(&b, "complete -c cybernorms -n %s -o %s\n", cond, f)
			case ok && vals == nil:
				fmt.Fprintf(&b, "complete -c cybernorms -n %s -o %s -r -F\n", cond, f)
			default:
				fmt.Fprintf(&b, "complete -c cybernorms -n %s -o %s -x -a %s\n", cond, f, zshQuote(strings.Join(vals, " ")))
			}
		}
	}
	return b.String()
}
