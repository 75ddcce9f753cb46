package atomicfile

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestCommitWritesEveryByte(t *testing.T) {
	dirs := map[string]string{"temp dir": t.TempDir()}
	if shm, err := os.MkdirTemp("/dev/shm", "atomicfile-test-"); err == nil {
		defer os.RemoveAll(shm)
		dirs["tmpfs"] = shm
	}
	for where, dir := range dirs {
		for _, n := range []int{0, 1, 4095, 4096, 4097, 3*4096 + 17, 1<<20 + 3} {
			data := make([]byte, n)
			for i := range n {
				data[i] = byte(i*7 + i>>8)
			}
			name := "f.json"
			p, err := Create(dir, name)
			if err != nil {
				t.Fatal(err)
			}
			if err := p.Commit(data); err != nil {
				t.Fatalf("%s, %d bytes: %v", where, n, err)
			}
			got, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil || !bytes.Equal(got, data) {
				t.Errorf("%s, %d bytes: read back %d bytes (%v), differing from what was written", where, n, len(got), err)
			}
		}
	}
}
