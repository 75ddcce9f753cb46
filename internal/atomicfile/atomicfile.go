// Package atomicfile writes files that appear whole or not at all: into a
// temp file beside the target, synced, then renamed over it (the way
// litestream does). Both the run folder and the state dir use it.
package atomicfile

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Write creates dir/name (mode 0600) from what write produces. The rename
// is durable only after SyncDir(dir); callers that write many files sync
// the directory once, before anything that depends on the names.
func Write(dir, name string, write func(io.Writer) error) (err error) {
	tmp, err := os.CreateTemp(dir, "."+name+".tmp-*")
	if err != nil {
		return fmt.Errorf("create %s: %w", name, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := tmp.Chmod(0o600); err != nil {
		return fmt.Errorf("chmod %s: %w", name, err)
	}
	w := bufio.NewWriterSize(tmp, 256<<10)
	if err := write(w); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", name, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("close %s: %w", name, err)
	}
	if err := os.Rename(tmp.Name(), filepath.Join(dir, name)); err != nil {
		return fmt.Errorf("rename %s: %w", name, err)
	}
	return nil
}

// WriteBytes is Write of a byte slice, with the directory synced too.
func WriteBytes(dir, name string, data []byte) error {
	if err := Write(dir, name, func(w io.Writer) error { _, err := w.Write(data); return err }); err != nil {
		return err
	}
	return SyncDir(dir)
}

// SyncDir makes the renames in dir durable.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("open dir %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync dir %s: %w", dir, err)
	}
	return nil
}
