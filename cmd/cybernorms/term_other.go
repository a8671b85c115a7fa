//go:build !(linux || darwin || dragonfly || freebsd || netbsd || openbsd)

package main

import "os"

// systemTTYWidth returns 0: on this system the command does not ask the
// terminal its width, and takes the COLUMNS environment variable, or 80.
func systemTTYWidth(*os.File) int { return 0 }
