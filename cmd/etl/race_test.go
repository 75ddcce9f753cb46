//go:build race

package main

// raceFlags build the end-to-end binary with the race detector when the
// tests run with it, so that the reader, pipeline, uploader and signal
// handling run under it too.
var raceFlags = []string{"-race"}
