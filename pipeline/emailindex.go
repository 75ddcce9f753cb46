package pipeline

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"io"
	"os"
)

// emailIndex remembers which normalized emails a run has kept and under
// which key. A Go map of strings costs ~100 bytes an entry; this keeps 16
// bytes an entry in memory (a 64-bit fingerprint and a file offset) and the
// emails themselves in an unlinked temp file, read back only when a
// fingerprint matches, so a match is always confirmed on the exact text.
type emailIndex struct {
	seed  maphash.Seed
	slots []slot
	n     int
	f     *os.File
	w     *bufio.Writer
	off   int64
	dirty bool
	buf   []byte
}

type slot struct {
	fp  uint64
	off uint64 // offset+1 of the entry in f; 0 marks an empty slot
}

func newEmailIndex(dir string) (*emailIndex, error) {
	f, err := os.CreateTemp(dir, "etl-emails-*")
	if err != nil {
		return nil, fmt.Errorf("create email index: %w", err)
	}
	// Unlinked at once: the emails are personal data and must not outlive
	// the process, even one killed with -9.
	if err := os.Remove(f.Name()); err != nil {
		f.Close()
		return nil, fmt.Errorf("create email index: %w", err)
	}
	slots, err := allocSlots(1 << 12)
	if err != nil {
		f.Close()
		return nil, err
	}
	return &emailIndex{
		seed:  maphash.MakeSeed(),
		slots: slots,
		f:     f,
		w:     bufio.NewWriterSize(f, 64<<10),
	}, nil
}

func (x *emailIndex) Close() error {
	freeSlots(x.slots)
	x.slots = nil
	return x.f.Close()
}

// Add records email under key unless it is there already, in which case it
// returns the key it was first recorded under.
func (x *emailIndex) Add(email, key string) (prev string, found bool, err error) {
	fp := maphash.String(x.seed, email)
	mask := uint64(len(x.slots) - 1)
	i := fp & mask
	for ; x.slots[i].off != 0; i = (i + 1) & mask {
		if x.slots[i].fp != fp {
			continue
		}
		e, k, err := x.read(int64(x.slots[i].off - 1))
		if err != nil {
			return "", false, err
		}
		if e == email {
			return k, true, nil
		}
	}
	off, err := x.write(email, key)
	if err != nil {
		return "", false, err
	}
	x.slots[i] = slot{fp: fp, off: uint64(off) + 1}
	x.n++
	if x.n*4 >= len(x.slots)*3 {
		if err := x.grow(); err != nil {
			return "", false, err
		}
	}
	return "", false, nil
}

func (x *emailIndex) grow() error {
	old := x.slots
	slots, err := allocSlots(len(old) * 2)
	if err != nil {
		return err
	}
	x.slots = slots
	mask := uint64(len(x.slots) - 1)
	for _, s := range old {
		if s.off == 0 {
			continue
		}
		i := s.fp & mask
		for x.slots[i].off != 0 {
			i = (i + 1) & mask
		}
		x.slots[i] = s
	}
	freeSlots(old)
	return nil
}

func (x *emailIndex) write(email, key string) (int64, error) {
	off := x.off
	x.buf = binary.AppendUvarint(x.buf[:0], uint64(len(email)))
	x.buf = append(x.buf, email...)
	x.buf = binary.AppendUvarint(x.buf, uint64(len(key)))
	x.buf = append(x.buf, key...)
	if _, err := x.w.Write(x.buf); err != nil {
		return 0, fmt.Errorf("write email index: %w", err)
	}
	x.off += int64(len(x.buf))
	x.dirty = true
	return off, nil
}

func (x *emailIndex) read(off int64) (email, key string, err error) {
	if x.dirty {
		if err := x.w.Flush(); err != nil {
			return "", "", fmt.Errorf("flush email index: %w", err)
		}
		x.dirty = false
	}
	r := bufio.NewReaderSize(io.NewSectionReader(x.f, off, x.off-off), 512)
	if email, err = readString(r); err == nil {
		key, err = readString(r)
	}
	if err != nil {
		return "", "", fmt.Errorf("read email index at %d: %w", off, err)
	}
	return email, key, nil
}

func readString(r *bufio.Reader) (string, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return "", err
	}
	b := make([]byte, n)
	_, err = io.ReadFull(r, b)
	return string(b), err
}
