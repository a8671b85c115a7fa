// Command normvet checks code that cites the norms of the cybernorms corpus:
// citations in comments and strings that name no norm, ordinal indexes into
// the lettered UN GGE 2015 list, and uses of deprecated identifiers. With
// -list it prints every norm a package cites.
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
