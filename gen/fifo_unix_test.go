//go:build unix

package main

import (
	"errors"
	"runtime"
	"syscall"
)

func mkfifo(p string) error { return syscall.Mkfifo(p, 0o644) }

// mkzero makes a character device like /dev/zero (major 1, minor 5, in
// Linux's encoding); it fails without the privilege to make devices.
func mkzero(p string) error {
	if runtime.GOOS != "linux" {
		return errors.New("device numbers are encoded differently here")
	}
	return syscall.Mknod(p, syscall.S_IFCHR|0o644, 1<<8|5)
}
