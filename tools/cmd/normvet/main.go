// Command normvet checks code that cites the norms of the cybernorms corpus.
// It reports citations in comments and strings that name no norm, and
// constant indexes into a list that read as another item
// (norms.Lucca2017[6] is norm 7). It reports uses of deprecated
// identifiers too. With -list it prints every norm a package cites.
//
// Usage:
//
//	normvet [-list] [-fix] [-json] packages
//	go vet -vettool=$(which normvet) [-list] packages
//
// See package github.com/cybernorms/cybernorms/tools/normvet for the checks.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/cybernorms/cybernorms/tools/normvet"
)

func main() { singlechecker.Main(normvet.Analyzer) }
