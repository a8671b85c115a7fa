package main

import "github.com/cybernorms/cybernorms/internal/kinds"

// The kinds of document and of list item have one home, internal/kinds,
// which packages declarations and norms share. These maps index it by the
// keyword a data file gives, as the model holds kinds.
var (
	docKindWords  = byKeyword(kinds.NumDoc, func(i int) (string, string) { k := kinds.Doc(i); return k.Keyword(), k.Words() })
	docKindConst  = byKeyword(kinds.NumDoc, func(i int) (string, string) { k := kinds.Doc(i); return k.Keyword(), k.Const() })
	normKindConst = byKeyword(kinds.NumList, func(i int) (string, string) { k := kinds.List(i); return k.Keyword(), k.Const() })
)

// byKeyword maps the keyword of each kind 1 to n to a spelling of it.
func byKeyword(n int, spell func(int) (keyword, s string)) map[string]string {
	m := make(map[string]string, n)
	for i := 1; i <= n; i++ {
		k, s := spell(i)
		m[k] = s
	}
	return m
}
