// Package legacy stands for a package of the corpus with a deprecated
// identifier; the test adds its path to -corpus.
package legacy

// Old returns nothing of use.
//
// Deprecated: use New.
func Old() string { return "" }

// New replaces Old.
func New() string { return "" }
