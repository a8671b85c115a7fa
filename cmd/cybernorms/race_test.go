//go:build race

package main

// raceEnabled says that the tests run with the race detector, whose cost,
// linear too, is ten times the time: the tests of costs skip under it.
const raceEnabled = true
