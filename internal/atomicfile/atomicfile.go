// Package atomicfile writes files that appear whole or not at all: into a
// temp file beside the target, synced, then renamed over it (the way
// litestream does). Both the run folder and the state dir use it.
package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Write creates dir/name (mode 0600) from what write produces. The rename
// is durable only after SyncDir(dir); callers that write many files sync
// the directory once, before anything that depends on the names.
func Write(dir, name string, write func(io.Writer) error) error {
	p, err := Create(dir, name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(p.tmp, 256<<10)
	err = write(w)
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		p.Abort()
		return fmt.Errorf("write %s: %w", filepath.Join(dir, name), bare(err))
	}
	return p.Commit(nil)
}

// Pending is dir/name in the making: a temp file beside it, which Commit
// puts in place and Abort removes.
type Pending struct {
	tmp       *os.File
	dir, name string
}

// Create starts dir/name (mode 0600) as a temp file beside it.
func Create(dir, name string) (*Pending, error) {
	tmp, err := os.CreateTemp(dir, "."+name+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("create %s: %w", filepath.Join(dir, name), bare(err))
	}
	p := &Pending{tmp: tmp, dir: dir, name: name}
	if err := tmp.Chmod(0o600); err != nil {
		p.Abort()
		return nil, fmt.Errorf("chmod %s: %w", filepath.Join(dir, name), bare(err))
	}
	return p, nil
}

// Commit writes data to the temp file, syncs it and renames it over the
// name, or removes it on any error. The synced data is dropped from the
// page cache: it is what a batch file holds, written once and not read
// back.
func (p *Pending) Commit(data []byte) (err error) {
	defer func() {
		if err != nil {
			p.Abort()
		}
	}()
	if _, err := p.tmp.WriteAt(data, 0); err != nil {
		return fmt.Errorf("write %s: %w", p.path(), bare(err))
	}
	if err := p.tmp.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", p.path(), bare(err))
	}
	if len(data) > 0 {
		dropCache(p.tmp)
	}
	if err := p.tmp.Close(); err != nil {
		return fmt.Errorf("close %s: %w", p.path(), bare(err))
	}
	if err := os.Rename(p.tmp.Name(), filepath.Join(p.dir, p.name)); err != nil {
		return fmt.Errorf("rename %s: %w", p.path(), bare(err))
	}
	return nil
}

// path is where the file goes: what an error names, so that a full disk
// says which folder it hit.
func (p *Pending) path() string { return filepath.Join(p.dir, p.name) }

// bare drops the temp file's name from an error about it (the message
// names the target instead), keeping what it wraps: errors.Is still finds
// the errno.
func bare(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Name is the path of the temp file.
func (p *Pending) Name() string { return p.tmp.Name() }

// Abort removes the temp file.
func (p *Pending) Abort() {
	p.tmp.Close()
	os.Remove(p.tmp.Name())
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
