package main

import (
	"fmt"
	"strings"
)

// exampleMarker is the HTML comment (invisible when the README is rendered)
// that stands on the line before the README's user example, a ```go code
// block holding a whole main package.
const exampleMarker = "<!-- example: user -->"

// userExample returns the Go code block that follows the one line
// exampleMarker in readme, with the line number of its first line. Only
// blank lines may stand between the marker and the block.
func userExample(readme string) (code string, line int, err error) {
	lines := strings.Split(strings.ReplaceAll(readme, "\r\n", "\n"), "\n")
	marker := -1
	for i, l := range lines {
		if strings.TrimSpace(l) == exampleMarker {
			if marker >= 0 {
				return "", 0, fmt.Errorf("README: %q on lines %d and %d: mark one example only", exampleMarker, marker+1, i+1)
			}
			marker = i
		}
	}
	if marker < 0 {
		return "", 0, fmt.Errorf("README: no line %q before the user example", exampleMarker)
	}
	i := marker + 1
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i == len(lines) || strings.TrimSpace(lines[i]) != "```go" {
		return "", 0, fmt.Errorf("README:%d: %q is not followed by a ```go code block", marker+1, exampleMarker)
	}
	start := i + 1
	for j := start; j < len(lines); j++ {
		if strings.TrimSpace(lines[j]) == "```" {
			return strings.Join(lines[start:j], "\n") + "\n", start + 1, nil
		}
	}
	return "", 0, fmt.Errorf("README:%d: the code block after %q is not closed", i+1, exampleMarker)
}

// installLines returns the install lines of readme, in order and once
// each: every line of a fenced code block that runs go get or go install
// of a module of this repository (its comment, after " #", removed), as
// the README tells users to type them. proxycheck runs each as written.
func installLines(readme string) []string {
	var out []string
	seen := map[string]bool{}
	inBlock := false
	for _, l := range strings.Split(strings.ReplaceAll(readme, "\r\n", "\n"), "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			inBlock = !inBlock
			continue
		}
		if !inBlock {
			continue
		}
		if i := strings.Index(l, " #"); i >= 0 {
			l = l[:i]
		}
		l = strings.TrimSpace(l)
		if (strings.HasPrefix(l, "go get "+runtimeModule) || strings.HasPrefix(l, "go install "+runtimeModule+"/")) && !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return out
}
