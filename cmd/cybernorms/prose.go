package main

import "strings"

// Helpers that write the command's English.

// orList writes words as "a, b or c", and andList as "a, b and c".
func orList(words []string) string  { return joinWords(words, " or ") }
func andList(words []string) string { return joinWords(words, " and ") }

// joinWords joins words with commas, the last two with last.
func joinWords(words []string, last string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + last + words[len(words)-1]
}

// capitalize returns s with its first byte in upper case.
func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
