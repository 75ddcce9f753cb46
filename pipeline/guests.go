package pipeline

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
)

// GuestFile keeps the guests a run holds back until every row is read
// (see deduper), in read order, on disk: a shop may have millions of guest
// checkouts, and memory must not grow with the run. A stateful run keeps
// it in its state dir and commits its size with each checkpoint, so that
// a run resumed after a kill still has the guests it read before (the
// checkpoint is past them); otherwise it is an unlinked temp file.
type GuestFile struct {
	mu   sync.Mutex
	dir  string // of a temp file made at the first guest
	f    *os.File
	w    *bufio.Writer
	size int64 // bytes written, buffered or not
	buf  []byte
}

// OpenGuestFile opens the guest file at path with its first committed
// bytes, those a checkpoint counts; what a killed attempt wrote after
// them is cut off (the resumed run reads those rows again).
func OpenGuestFile(path string, committed int64) (*GuestFile, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open guest file: %w", err)
	}
	fi, err := f.Stat()
	if err == nil && fi.Size() < committed {
		err = fmt.Errorf("%s holds %d bytes, fewer than the %d committed (guests read by the run in progress are lost; start over with --full)", path, fi.Size(), committed)
	}
	if err == nil {
		err = f.Truncate(committed)
	}
	if err == nil {
		_, err = f.Seek(committed, io.SeekStart)
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("open guest file: %w", err)
	}
	return &GuestFile{f: f, w: bufio.NewWriterSize(f, 64<<10), size: committed}, nil
}

// hold appends r (its JSON, email, key, position and warnings), copied
// out of the worker's memory, which is reused once its batch is written.
func (g *GuestFile) hold(r *Result) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.f == nil {
		f, err := os.CreateTemp(g.dir, "etl-guests-*")
		if err != nil {
			return fmt.Errorf("hold guests: %w", err)
		}
		// Personal data: it must not outlive the process.
		if err := os.Remove(f.Name()); err != nil {
			f.Close()
			return fmt.Errorf("hold guests: %w", err)
		}
		g.f, g.w = f, bufio.NewWriterSize(f, 64<<10)
	}
	b := g.buf[:0]
	key := r.Key
	if len(r.Carry) > 0 {
		key = carryMark + key
	}
	for _, s := range []string{key, r.Pos.Cursor, r.Pos.Key, r.Unique, string(r.JSON)} {
		b = appendHeld(b, s)
	}
	b = binary.AppendUvarint(b, uint64(r.Pos.Seg))
	b = binary.AppendUvarint(b, uint64(len(r.Warnings)))
	for _, w := range r.Warnings {
		b = appendHeld(appendHeld(b, w.Field), w.Kind)
	}
	if len(r.Carry) > 0 {
		b = appendHeld(b, string(r.Carry))
	}
	g.buf = b
	if _, err := g.w.Write(b); err != nil {
		return fmt.Errorf("hold guests: %w", err)
	}
	g.size += int64(len(b))
	return nil
}

// carryMark starts the key of a held entry that ends with a carry
// (Result.Carry), after its warnings: keys are UTF-8 text, in which the
// byte 0xfe never occurs, so a guest file written before carries were
// held reads as it did.
const carryMark = "\xfe"

func appendHeld(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// Size is the bytes written so far.
func (g *GuestFile) Size() int64 {
	if g == nil {
		return 0
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.size
}

// Sync makes what was written durable.
func (g *GuestFile) Sync() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.f == nil {
		return nil
	}
	if err := g.w.Flush(); err != nil {
		return fmt.Errorf("sync guest file: %w", err)
	}
	if err := g.f.Sync(); err != nil {
		return fmt.Errorf("sync guest file: %w", err)
	}
	return nil
}

// claim notes that a registered account rejected in this run (key) has
// email: it is not exported, yet a guest checkout must not take its
// email. Claims are kept in the same file as the guests, so that a
// resumed run has those read before its checkpoint. A claim is an entry
// with no JSON.
func (g *GuestFile) claim(key, email string) error {
	return g.hold(&Result{Key: key, Unique: email})
}

// replay calls fn with each entry held from offset from on, in the order
// they were held, and the offset of the entry after it: a guest
// (r.Guest) or a claim (see claim).
func (g *GuestFile) replay(from int64, fn func(r *Result, next int64) error) error {
	g.mu.Lock()
	if g.f == nil || from >= g.size {
		g.mu.Unlock()
		return nil
	}
	err := g.w.Flush()
	size := g.size
	g.mu.Unlock()
	if err != nil {
		return fmt.Errorf("replay guests: %w", err)
	}
	cr := &countReader{r: io.NewSectionReader(g.f, from, size-from)}
	r := bufio.NewReaderSize(cr, 64<<10)
	for at := from; at < size; {
		var res Result
		var s [5]string
		for i := range s {
			if s[i], err = readString(r); err != nil {
				return fmt.Errorf("replay guests at %d: %w", at, err)
			}
		}
		res.Key, res.Pos.Cursor, res.Pos.Key, res.Unique, res.JSON = s[0], s[1], s[2], s[3], []byte(s[4])
		seg, err := binary.ReadUvarint(r)
		var nw uint64
		if err == nil {
			res.Pos.Seg = int(seg)
			nw, err = binary.ReadUvarint(r)
		}
		for i := uint64(0); err == nil && i < nw; i++ {
			var w Warning
			if w.Field, err = readString(r); err == nil {
				w.Kind, err = readString(r)
			}
			res.Warnings = append(res.Warnings, w)
		}
		if k, carried := strings.CutPrefix(res.Key, carryMark); carried && err == nil {
			var c string
			if c, err = readString(r); err == nil {
				res.Key, res.Carry = k, []byte(c)
			}
		}
		if err != nil {
			return fmt.Errorf("replay guests at %d: %w", at, err)
		}
		res.Guest = len(res.JSON) > 0
		at = from + cr.n - int64(r.Buffered())
		if err := fn(&res, at); err != nil {
			return err
		}
	}
	return nil
}

type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// Close closes the file.
func (g *GuestFile) Close() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.f == nil {
		return nil
	}
	err := g.w.Flush()
	if cerr := g.f.Close(); err == nil {
		err = cerr
	}
	g.f, g.w = nil, nil
	return err
}
