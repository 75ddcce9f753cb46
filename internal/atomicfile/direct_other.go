//go:build !linux

package atomicfile

import "os"

// writeDirect writes nothing: direct writes are made on Linux only.
func writeDirect(*os.File, []byte) (int, error) { return 0, nil }

// Buffer returns an empty slice with room for n bytes.
func Buffer(n int) []byte { return make([]byte, 0, n) }
