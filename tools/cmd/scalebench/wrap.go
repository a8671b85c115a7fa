package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// wrapFlag, as the first argument, puts the program in wrapper mode: go
// build -toolexec runs it as "scalebench -toolexec-log=FILE TOOL ARGS...".
// It runs the tool and, for a compile of a package (not the -V=full query of
// its version), appends a JSON line to FILE with the package's import path
// (the -p flag), the wall and CPU time and the peak RSS of the compiler.
const wrapFlag = "-toolexec-log"

// logRecord is a line of the wrapper's log.
type logRecord struct {
	Pkg    string `json:"pkg"`
	WallNs int64  `json:"wall_ns"`
	CPUNs  int64  `json:"cpu_ns"`
	MaxRSS int64  `json:"maxrss"` // bytes
}

// wrap runs the tool args[0] with args[1:] and returns its exit code.
func wrap(logFile string, args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "scalebench: wrapper mode without a tool to run")
		return 2
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode()
		}
		fmt.Fprintln(os.Stderr, "scalebench:", err)
		return 2
	}
	pkg := compiledPackage(args)
	if pkg == "" {
		return 0
	}
	rec := logRecord{Pkg: pkg, WallNs: int64(wall), CPUNs: int64(cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime())}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rec.MaxRSS = int64(ru.Maxrss) * 1024
	}
	line, _ := json.Marshal(rec)
	f, err := os.OpenFile(logFile, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err == nil {
		_, err = f.Write(append(line, '\n'))
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "scalebench: writing the compile log:", err)
		return 2
	}
	return 0
}

// compiledPackage returns the import path (-p) of a compile command line, or
// "" if args is not the compiler compiling a package.
func compiledPackage(args []string) string {
	if strings.TrimSuffix(filepath.Base(args[0]), ".exe") != "compile" {
		return ""
	}
	for i, a := range args[1:] {
		if a == "-p" && i+2 < len(args) {
			return args[i+2]
		}
		if p, ok := strings.CutPrefix(a, "-p="); ok {
			return p
		}
	}
	return ""
}
