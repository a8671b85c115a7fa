//go:build !unix

package main

import "errors"

func mkfifo(p string) error { return errors.New("no named pipes here") }

func mkzero(p string) error { return errors.New("no devices here") }
