// Package oldpkg stands for a deprecated package of the corpus.
//
// Deprecated: use package legacy.
package oldpkg

// X is not deprecated itself.
const X = 1
