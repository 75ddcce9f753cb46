package atomicfile

import (
	"os"

	"golang.org/x/sys/unix"
)

// dropCache tells the kernel that f's pages, synced, will not be read
// again. Batch files are written once and never read back by the tool: a
// 10M-user run writes some 4 GB of them, which would otherwise crowd the
// database's own cache out of memory on a shared host. It is advice: an
// error (a file system without it) changes nothing.
//
// Why not O_DIRECT, which the files used before: on the disk of the VM
// measured in December 2026, a direct write followed by fsync took
// 2.0-2.7 ms a 426 KB file, a write through the page cache followed by
// fsync 1.1-1.8 ms, and whole 1M-row runs were 10% faster through the
// cache (see the commit).
func dropCache(f *os.File) {
	unix.Fadvise(int(f.Fd()), 0, 0, unix.FADV_DONTNEED)
}
