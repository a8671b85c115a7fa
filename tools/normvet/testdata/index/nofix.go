package index

// A file that does not import package norms gets no fix.
func nofix() {
	_ = dot
	_ = list()[2] // want `^list\(\)\[2\] is norm 13\(c\), not norm 2: write list\(\)\[norms.C\]$`
}
