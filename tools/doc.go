// Package tools is the tooling module of cybernorms: the normvet checker
// and the pinned versions of the programs the CI gate runs (staticcheck and
// apidiff, as tool directives in go.mod). It is a module of its own so that
// its requirements, golang.org/x/tools among them, never reach the users of
// the runtime module.
package tools
