package pipeline

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"os"
)

// heldGuests keeps the guests a run holds back until every row is read
// (see deduper), in read order, in an unlinked temp file: a shop may have
// millions of guest checkouts, and memory must not grow with the run.
type heldGuests struct {
	dir string
	f   *os.File
	w   *bufio.Writer
	n   int // held and not yet replayed
	buf []byte
}

// hold copies r (its JSON, email, key, position and warnings) out of the
// worker's memory, which is reused once its batch is written.
func (h *heldGuests) hold(r *Result) error {
	if h.f == nil {
		f, err := os.CreateTemp(h.dir, "etl-guests-*")
		if err != nil {
			return fmt.Errorf("hold guests: %w", err)
		}
		// Personal data: it must not outlive the process.
		if err := os.Remove(f.Name()); err != nil {
			f.Close()
			return fmt.Errorf("hold guests: %w", err)
		}
		h.f, h.w = f, bufio.NewWriterSize(f, 64<<10)
	}
	b := h.buf[:0]
	for _, s := range []string{r.Key, r.Pos.Cursor, r.Pos.Key, r.Email} {
		b = appendHeld(b, s)
	}
	b = binary.AppendUvarint(b, uint64(r.Pos.Seg))
	b = binary.AppendUvarint(b, uint64(len(r.JSON)))
	b = append(b, r.JSON...)
	b = binary.AppendUvarint(b, uint64(len(r.Warnings)))
	for _, w := range r.Warnings {
		b = appendHeld(appendHeld(b, w.Field), w.Kind)
	}
	h.buf = b
	if _, err := h.w.Write(b); err != nil {
		return fmt.Errorf("hold guests: %w", err)
	}
	h.n++
	return nil
}

func appendHeld(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// replay calls fn with each held guest in the order they were held; n
// counts the ones still to come when fn runs.
func (h *heldGuests) replay(fn func(*Result) error) error {
	if h.f == nil {
		return nil
	}
	if err := h.w.Flush(); err != nil {
		return fmt.Errorf("hold guests: %w", err)
	}
	if _, err := h.f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("replay guests: %w", err)
	}
	r := bufio.NewReaderSize(h.f, 64<<10)
	for h.n > 0 {
		var res Result
		var s [4]string
		var err error
		for i := range s {
			if s[i], err = readString(r); err != nil {
				return fmt.Errorf("replay guests: %w", err)
			}
		}
		res.Key, res.Pos.Cursor, res.Pos.Key, res.Email = s[0], s[1], s[2], s[3]
		seg, err := binary.ReadUvarint(r)
		if err == nil {
			res.Pos.Seg = int(seg)
			var js string
			if js, err = readString(r); err == nil {
				res.JSON = []byte(js)
			}
		}
		var nw uint64
		if err == nil {
			nw, err = binary.ReadUvarint(r)
		}
		for i := uint64(0); err == nil && i < nw; i++ {
			var w Warning
			if w.Field, err = readString(r); err == nil {
				w.Kind, err = readString(r)
			}
			res.Warnings = append(res.Warnings, w)
		}
		if err != nil {
			return fmt.Errorf("replay guests: %w", err)
		}
		res.Guest = true
		h.n--
		if err := fn(&res); err != nil {
			return err
		}
	}
	return nil
}

// Close drops the held guests' file.
func (h *heldGuests) Close() error {
	if h.f == nil {
		return nil
	}
	err := h.f.Close()
	h.f, h.w = nil, nil
	return err
}
