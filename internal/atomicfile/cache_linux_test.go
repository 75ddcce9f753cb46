package atomicfile

import (
	"os"
	"path/filepath"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"
)

// TestCommitLeavesNoCache guards what batch files cost a shared host: once
// committed, a file's pages are no longer held in the page cache.
func TestCommitLeavesNoCache(t *testing.T) {
	dir := t.TempDir()
	var fs unix.Statfs_t
	if err := unix.Statfs(dir, &fs); err != nil || fs.Type == unix.TMPFS_MAGIC {
		t.Skip("the temp dir is in memory: its pages are the file")
	}
	data := make([]byte, 64*4096)
	for i := range data {
		data[i] = byte(i)
	}
	p, err := Create(dir, "f.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Commit(data); err != nil {
		t.Fatal(err)
	}
	if n := resident(t, filepath.Join(dir, "f.json"), len(data)); n > 8 {
		t.Errorf("%d of 64 pages of a committed file are still cached", n)
	}
}

// resident counts the file's pages in the page cache (mincore of a map
// of it, which reads nothing).
func resident(t *testing.T, path string, size int) int {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := unix.Mmap(int(f.Fd()), 0, size, unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Munmap(m)
	pages := make([]byte, (size+4095)/4096)
	if _, _, e := unix.Syscall(unix.SYS_MINCORE, uintptr(unsafe.Pointer(&m[0])), uintptr(size), uintptr(unsafe.Pointer(&pages[0]))); e != 0 {
		t.Fatal(e)
	}
	n := 0
	for _, p := range pages {
		n += int(p & 1)
	}
	return n
}
