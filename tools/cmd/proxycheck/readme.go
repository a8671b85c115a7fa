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
