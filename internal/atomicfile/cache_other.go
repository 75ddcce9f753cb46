//go:build !linux

package atomicfile

import "os"

// dropCache does nothing: the advice is given on Linux only.
func dropCache(*os.File) {}
