package state

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"syscall"
	"unsafe"
)

// Ledger is the record of every key exported and the normalized email it
// was exported with. ledger.log holds the entries in the order they were
// committed; keys.idx and emails.idx are sorted (fingerprint, offset)
// tables over a prefix of it, mapped read-only, so that opening a ledger of
// 10M users reads nothing but the tail written since the last compaction,
// and a lookup is a binary search plus, on a fingerprint match, one read
// of the entry to compare the exact text (a fingerprint alone could
// collide). The tail lives in memory as fingerprint maps.
type Ledger struct {
	dir      string
	log      *os.File
	size     int64 // bytes of log in use (committed, plus appended since)
	readOnly bool

	mu     sync.Mutex
	keys   index
	emails index
	buf    []byte
	rbuf   []byte
}

// Ledger file names.
const (
	LogFile    = "ledger.log"
	keysFile   = "keys.idx"
	emailsFile = "emails.idx"
	idxMagic   = "ETLIDX1\x00"
	// compactAt is the tail size (entries) at which Compact rewrites the
	// index files; below it the tail is cheaper to rescan at open.
	compactAt = 1 << 16
)

// index finds log offsets by fingerprint: the sorted table of an idx file
// plus an in-memory map of the entries after what the file covers.
type index struct {
	base    []entry
	mapped  []byte
	covered int64 // log bytes the base table covers
	tail    map[uint64]int64
	extra   map[uint64][]int64 // the rare second entry with a fingerprint already in tail
}

type entry struct{ FP, Off uint64 }

// OpenLedger opens the ledger in dir, whose first committed bytes are
// what the state counts. Bytes beyond that are a killed run's uncommitted
// tail: they are cut off, unless readOnly (a dry run), which ignores them.
func OpenLedger(dir string, committed int64, readOnly bool) (*Ledger, error) {
	flag := os.O_RDWR | os.O_CREATE
	if readOnly {
		flag = os.O_RDONLY
	}
	path := filepath.Join(dir, LogFile)
	f, err := os.OpenFile(path, flag, 0o600)
	if readOnly && errors.Is(err, os.ErrNotExist) && committed == 0 {
		return &Ledger{dir: dir, readOnly: true, keys: newIndex(), emails: newIndex()}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("open ledger: %w", err)
	}
	l := &Ledger{dir: dir, log: f, size: committed, readOnly: readOnly, keys: newIndex(), emails: newIndex()}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("open ledger: %w", err)
	}
	if fi.Size() < committed {
		f.Close()
		return nil, fmt.Errorf("ledger %s holds %d bytes but the state counts %d: it was truncated or replaced; restore it or run `etl state reset`", path, fi.Size(), committed)
	}
	if fi.Size() > committed && !readOnly {
		if err := f.Truncate(committed); err != nil {
			f.Close()
			return nil, fmt.Errorf("cut the uncommitted tail of the ledger: %w", err)
		}
	}
	for _, x := range []struct {
		name string
		idx  *index
	}{{keysFile, &l.keys}, {emailsFile, &l.emails}} {
		if err := x.idx.load(filepath.Join(dir, x.name), committed); err != nil {
			l.Close()
			return nil, err
		}
	}
	if err := l.scanTail(); err != nil {
		l.Close()
		return nil, err
	}
	return l, nil
}

func newIndex() index {
	return index{tail: map[uint64]int64{}, extra: map[uint64][]int64{}}
}

// load maps an idx file; one that is missing, damaged or covers more than
// the committed log is ignored (the tail scan then covers everything).
func (x *index) load(path string, committed int64) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("open ledger index: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return fmt.Errorf("open ledger index: %w", err)
	}
	size := fi.Size()
	if size < 16 || (size-16)%16 != 0 {
		return nil
	}
	head := make([]byte, 16)
	if _, err := f.ReadAt(head, 0); err != nil || string(head[:8]) != idxMagic {
		return nil
	}
	covered := int64(binary.LittleEndian.Uint64(head[8:]))
	if covered > committed {
		return nil
	}
	x.covered = covered
	if size == 16 {
		return nil
	}
	m, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return fmt.Errorf("map ledger index %s: %w", path, err)
	}
	x.mapped = m
	x.base = unsafe.Slice((*entry)(unsafe.Pointer(&m[16])), (size-16)/16)
	return nil
}

func (x *index) add(fp uint64, off int64) {
	if _, ok := x.tail[fp]; ok {
		x.extra[fp] = append(x.extra[fp], off)
		return
	}
	x.tail[fp] = off
}

// each calls f with every offset filed under fp until f says stop.
func (x *index) each(fp uint64, f func(off int64) (bool, error)) error {
	i, _ := slices.BinarySearchFunc(x.base, fp, func(e entry, fp uint64) int {
		switch {
		case e.FP < fp:
			return -1
		case e.FP > fp:
			return 1
		}
		return 0
	})
	for ; i < len(x.base) && x.base[i].FP == fp; i++ {
		if stop, err := f(int64(x.base[i].Off)); stop || err != nil {
			return err
		}
	}
	if off, ok := x.tail[fp]; ok {
		if stop, err := f(off); stop || err != nil {
			return err
		}
		for _, off := range x.extra[fp] {
			if stop, err := f(off); stop || err != nil {
				return err
			}
		}
	}
	return nil
}

func (x *index) tailLen() int {
	n := len(x.tail)
	for _, l := range x.extra {
		n += len(l)
	}
	return n
}

func (x *index) close() {
	if x.mapped != nil {
		syscall.Munmap(x.mapped)
		x.mapped, x.base = nil, nil
	}
}

// scanTail files the entries the idx files do not cover.
func (l *Ledger) scanTail() error {
	from := min(l.keys.covered, l.emails.covered)
	if from >= l.size {
		return nil
	}
	r := &offsetReader{r: io.NewSectionReader(l.log, from, l.size-from), off: from}
	br := newByteReader(r)
	for r.pos(br) < l.size {
		off := r.pos(br)
		key, email, err := readEntry(br)
		if err != nil {
			return fmt.Errorf("read ledger at %d: %w", off, err)
		}
		if off >= l.keys.covered {
			l.keys.add(fingerprint(key), off)
		}
		if off >= l.emails.covered {
			l.emails.add(fingerprint(email), off)
		}
	}
	return nil
}

// Exported reports whether key is in the ledger.
func (l *Ledger) Exported(key string) (bool, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	found := false
	err := l.keys.each(fingerprint(key), func(off int64) (bool, error) {
		k, _, err := l.entryAt(off)
		found = err == nil && k == key
		return found, err
	})
	return found, err
}

// EmailOwner returns the key the email was exported under.
func (l *Ledger) EmailOwner(email string) (string, bool, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	owner, found := "", false
	err := l.emails.each(fingerprint(email), func(off int64) (bool, error) {
		k, e, err := l.entryAt(off)
		if err == nil && e == email {
			owner, found = k, true
		}
		return found, err
	})
	return owner, found, err
}

// Append adds exported keys with their emails (aligned). They are durable
// after Sync.
func (l *Ledger) Append(keys, emails []string) error {
	if l.readOnly {
		return errors.New("internal error: append to a read-only ledger")
	}
	if len(keys) == 0 {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf = l.buf[:0]
	offs := make([]int64, len(keys))
	for i := range keys {
		offs[i] = l.size + int64(len(l.buf))
		l.buf = binary.AppendUvarint(l.buf, uint64(len(keys[i])))
		l.buf = append(l.buf, keys[i]...)
		l.buf = binary.AppendUvarint(l.buf, uint64(len(emails[i])))
		l.buf = append(l.buf, emails[i]...)
	}
	if _, err := l.log.WriteAt(l.buf, l.size); err != nil {
		return fmt.Errorf("append to ledger: %w", err)
	}
	l.size += int64(len(l.buf))
	for i := range keys {
		l.keys.add(fingerprint(keys[i]), offs[i])
		l.emails.add(fingerprint(emails[i]), offs[i])
	}
	return nil
}

// Sync makes the appended entries durable and returns the ledger's size,
// the number the state commits.
func (l *Ledger) Sync() (int64, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.readOnly || l.log == nil {
		return l.size, nil
	}
	if err := l.log.Sync(); err != nil {
		return 0, fmt.Errorf("sync ledger: %w", err)
	}
	return l.size, nil
}

// Len is the number of entries.
func (l *Ledger) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.keys.base) + l.keys.tailLen()
}

// Size is the ledger's size on disk in bytes (log plus indexes).
func (l *Ledger) Size() int64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.size + int64(len(l.keys.mapped)+len(l.emails.mapped))
}

// Compact rewrites the idx files to cover the whole (committed) log when
// the in-memory tail has grown large, so the next open stays fast.
func (l *Ledger) Compact(force bool) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.readOnly || l.log == nil {
		return nil
	}
	if !force && l.keys.tailLen() < compactAt && l.emails.tailLen() < compactAt {
		return nil
	}
	for _, x := range []struct {
		name string
		idx  *index
	}{{keysFile, &l.keys}, {emailsFile, &l.emails}} {
		entries := make([]entry, 0, len(x.idx.base)+x.idx.tailLen())
		entries = append(entries, x.idx.base...)
		for fp, off := range x.idx.tail {
			entries = append(entries, entry{fp, uint64(off)})
		}
		for fp, offs := range x.idx.extra {
			for _, off := range offs {
				entries = append(entries, entry{fp, uint64(off)})
			}
		}
		slices.SortFunc(entries, func(a, b entry) int {
			switch {
			case a.FP < b.FP:
				return -1
			case a.FP > b.FP:
				return 1
			case a.Off < b.Off:
				return -1
			case a.Off > b.Off:
				return 1
			}
			return 0
		})
		data := make([]byte, 16, 16+16*len(entries))
		copy(data, idxMagic)
		binary.LittleEndian.PutUint64(data[8:], uint64(l.size))
		for _, e := range entries {
			data = binary.LittleEndian.AppendUint64(data, e.FP)
			data = binary.LittleEndian.AppendUint64(data, e.Off)
		}
		if err := writeFileAtomic(l.dir, x.name, data); err != nil {
			return err
		}
		x.idx.close()
		*x.idx = newIndex()
		if err := x.idx.load(filepath.Join(l.dir, x.name), l.size); err != nil {
			return err
		}
	}
	return nil
}

// Close releases the files.
func (l *Ledger) Close() error {
	l.keys.close()
	l.emails.close()
	if l.log == nil {
		return nil
	}
	return l.log.Close()
}

// entryAt reads the entry at off with one pread (two for a long one).
func (l *Ledger) entryAt(off int64) (key, email string, err error) {
	if off >= l.size {
		return "", "", fmt.Errorf("ledger offset %d beyond its end %d", off, l.size)
	}
	if cap(l.rbuf) < 512 {
		l.rbuf = make([]byte, 512)
	}
	b := l.rbuf[:min(int64(cap(l.rbuf)), l.size-off)]
	if _, err := l.log.ReadAt(b, off); err != nil && !errors.Is(err, io.EOF) {
		return "", "", fmt.Errorf("read ledger at %d: %w", off, err)
	}
	key, email, ok := parseEntry(b)
	if !ok {
		// Longer than the buffer: read it whole (keys and emails are
		// bounded, so this is rare and small).
		r := newByteReader(io.NewSectionReader(l.log, off, l.size-off))
		if key, email, err = readEntry(r); err != nil {
			return "", "", fmt.Errorf("read ledger at %d: %w", off, err)
		}
	}
	return key, email, nil
}

// parseEntry decodes an entry at the start of b if b holds all of it.
func parseEntry(b []byte) (key, email string, ok bool) {
	n, w := binary.Uvarint(b)
	if w <= 0 || uint64(len(b)-w) < n {
		return "", "", false
	}
	key, b = string(b[w:w+int(n)]), b[w+int(n):]
	n, w = binary.Uvarint(b)
	if w <= 0 || uint64(len(b)-w) < n {
		return "", "", false
	}
	return key, string(b[w : w+int(n)]), true
}

func readEntry(r io.ByteReader) (key, email string, err error) {
	if key, err = readString(r); err == nil {
		email, err = readString(r)
	}
	return key, email, err
}

func readString(r io.ByteReader) (string, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return "", err
	}
	if n > 1<<20 {
		return "", fmt.Errorf("entry of %d bytes: the ledger is damaged", n)
	}
	b := make([]byte, n)
	for i := range b {
		if b[i], err = r.ReadByte(); err != nil {
			return "", err
		}
	}
	return string(b), nil
}

// fingerprint is FNV-1a, 64 bits: stable across processes (maphash is
// seeded per process), and a match is always confirmed on the text.
func fingerprint(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}
