// Package tools is the tooling module of cybernorms. It holds the normvet
// checker, the programs of the CI gate, and the pinned versions of
// staticcheck and apidiff (tool directives in go.mod). It is a module of
// its own, so that its requirements, golang.org/x/tools among them, never
// reach the users of the runtime module.
package tools
