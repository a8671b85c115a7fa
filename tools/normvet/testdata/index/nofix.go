package index

// A file that does not import package norms gets no fix.
func nofix() {
	_ = dot
	_ = list()[2] // want `^list\(\)\[2\] .*norm 13\(c\).*norm 2.*list\(\)\[norms.C\]$`
}
