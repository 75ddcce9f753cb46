package atomicfile

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestDirectWhereTheFileSystemAllows guards the speed of batch writes:
// where the file system opens files with O_DIRECT, an aligned buffer's
// head must go that way.
func TestDirectWhereTheFileSystemAllows(t *testing.T) {
	dir := t.TempDir()
	probe, err := os.OpenFile(filepath.Join(dir, "probe"), os.O_CREATE|os.O_WRONLY|syscall.O_DIRECT, 0o600)
	if err != nil {
		t.Skipf("no O_DIRECT here: %v", err)
	}
	probe.Close()
	f, err := os.Create(filepath.Join(dir, "f"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	data := append(Buffer(3*4096+5), make([]byte, 3*4096+5)...)
	n, err := writeDirect(f, data)
	if err != nil || n != 3*4096 {
		t.Fatalf("writeDirect wrote %d bytes (%v), want the aligned head of 12288", n, err)
	}
	if n, _ := writeDirect(f, data[1:]); n != 0 {
		t.Errorf("writeDirect wrote %d bytes of an unaligned buffer", n)
	}
}

func TestBufferIsAligned(t *testing.T) {
	for _, n := range []int{1, 100, 4096, 500_000} {
		b := Buffer(n)
		if len(b) != 0 || cap(b) < n {
			t.Errorf("Buffer(%d): len %d cap %d", n, len(b), cap(b))
		}
		if !aligned(b[:1]) {
			t.Errorf("Buffer(%d) is not aligned", n)
		}
	}
}
