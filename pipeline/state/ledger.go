package state

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"unsafe"

	"etl/internal/atomicfile"
	"etl/internal/fptable"
	"etl/internal/offheap"

	"golang.org/x/sync/errgroup"
)

// Ledger is the record of every key exported and the normalized email it
// was exported with, and what the record carries to the kinds that
// reference it (pipeline.Result.Carry: a user's names, for its
// addresses). ledger.log holds the entries in the order they were
// committed; keys.idx and emails.idx are sorted (fingerprint, offset)
// tables over a prefix of it, mapped read-only, so that opening a ledger of
// 10M users reads nothing but the tail written since the last compaction,
// and a lookup is a binary search plus, on a fingerprint match, one read
// of the entry to compare the exact text (a fingerprint alone could
// collide). The tail lives in memory as sorted fingerprint tables too.
//
// Entries a run appends are not indexed in memory: within one run a key is
// read once and the pipeline's own email index catches a repeated email,
// so the ledger's memory does not grow with the run.
type Ledger struct {
	dir  string
	log  *os.File
	size int64 // bytes of log in use (committed, plus appended since)
	// readOnly ledgers (a parent kind's, a dry run's own) change nothing
	// once open, so their lookups take no lock: a kind's rows look their
	// parents up on every worker at once. Each reads its entry with its
	// own pread rather than from a mapping of the log: a child kind's
	// lookups touch every page of the parent's log (48 MB for 1M users
	// with their names), and mapped pages count in the process's RSS.
	readOnly bool

	mu     sync.Mutex
	n      int // entries in the log
	keys   index
	emails index
	buf    []byte
	offs   []int // of each entry in buf (Append)
	rbuf   []byte

	// What this open appends is filed for Compact as it is written (by
	// key and by email), so that the end of a run need not read the log
	// back and fingerprint it again: sorted runs of runLen entries
	// spilled to unlinked files, and the newest in memory. freshFrom is
	// the log offset they start at.
	fresh     [2]freshRuns
	freshFrom int64
	scratch   []entry

	// recent holds a read-only ledger's latest answers, a slot per
	// fingerprint's low bits: a child kind's rows often come in runs of
	// the same parent (an order's items, read in key order, follow one
	// another), and a repeated lookup is then a load and a compare
	// instead of a search and a pread. Nothing changes a read-only
	// ledger, so an answer never goes stale.
	recent *[recentSlots]atomic.Pointer[answer]
}

// recentSlots is the size of a read-only ledger's answer cache.
const recentSlots = 1 << 10

// answer is one lookup's result, kept in Ledger.recent.
type answer struct {
	key, unique, carry string
	found, withCarry   bool
}

// freshRuns are entries appended since freshFrom, for one table.
type freshRuns struct {
	es   []entry // off the heap (it lives as long as the run), runLen long
	runs []*os.File
}

// reset forgets the entries (Compact has filed them).
func (f *freshRuns) reset() {
	for _, r := range f.runs {
		r.Close()
	}
	f.runs, f.es = nil, f.es[:0]
}

func (f *freshRuns) free() {
	f.reset()
	offheap.Free(f.es)
	f.es = nil
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
	covered int64   // log bytes the base table covers
	tail    []entry // sorted; entries after covered, up to the size at open
}

type entry = fptable.Entry

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
	if readOnly {
		l.recent = new([recentSlots]atomic.Pointer[answer])
	}
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
	l.freshFrom = committed
	for _, x := range []struct {
		name string
		idx  *index
	}{{keysFile, &l.keys}, {emailsFile, &l.emails}} {
		if err := x.idx.load(filepath.Join(dir, x.name), committed); err != nil {
			l.Close()
			return nil, err
		}
	}
	if !readOnly && committed-min(l.keys.covered, l.emails.covered) >= compactAt*16 {
		// A large tail (a long run killed before it compacted) would be
		// held in memory by every open: fold it into the idx files
		// first, in bounded memory. 1 MiB of log is some 40,000 entries
		// of the usual ~25 bytes.
		if err := l.Compact(true); err != nil {
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

func newIndex() index { return index{} }

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

// each calls f with every offset filed under fp until f says stop.
func (x *index) each(fp uint64, f func(off int64) (bool, error)) error {
	for _, table := range [][]entry{x.base, x.tail} {
		i, _ := slices.BinarySearchFunc(table, fp, func(e entry, fp uint64) int {
			switch {
			case e.FP < fp:
				return -1
			case e.FP > fp:
				return 1
			}
			return 0
		})
		for ; i < len(table) && table[i].FP == fp; i++ {
			if stop, err := f(int64(table[i].Off)); stop || err != nil {
				return err
			}
		}
	}
	return nil
}

// empty says the index files nothing: on a first run, every lookup can
// be answered without a fingerprint (FNV-1a, a byte at a time: 3% of a
// first run's CPU for lookups that cannot find anything).
func (x *index) empty() bool { return len(x.base) == 0 && len(x.tail) == 0 }

func (x *index) close() {
	if x.mapped != nil {
		syscall.Munmap(x.mapped)
		x.mapped, x.base = nil, nil
	}
}

// scanTail files the entries the idx files do not cover, and counts all.
func (l *Ledger) scanTail() error {
	var err error
	l.keys.tail, l.emails.tail, l.n, err = l.scan(min(l.keys.covered, l.emails.covered), l.size)
	if err != nil {
		return err
	}
	l.n += len(l.keys.base)
	return nil
}

// scan reads the log between from and to into sorted tables of the
// entries each index does not cover yet.
func (l *Ledger) scan(from, to int64) (keys, emails []entry, n int, err error) {
	if from >= to {
		return nil, nil, 0, nil
	}
	err = l.scanEach(from, to, func(off int64, key, email []byte) error {
		if off >= l.keys.covered {
			keys = append(keys, entry{FP: fingerprint(realKey(key)), Off: uint64(off)})
		}
		if off >= l.emails.covered {
			emails = append(emails, entry{FP: fingerprint(email), Off: uint64(off)})
		}
		n++
		return nil
	})
	if err != nil {
		return nil, nil, 0, err
	}
	scratch := make([]entry, max(len(keys), len(emails)))
	fptable.Sort(keys, scratch)
	fptable.Sort(emails, scratch)
	return keys, emails, n, nil
}

// scanEach calls f with every entry of the log between from and to. It
// parses the log in large chunks without copying entries out: at the end
// of a long run this is the only work between the last batch and the
// exit. key and email are valid only during the call.
func (l *Ledger) scanEach(from, to int64, f func(off int64, key, email []byte) error) error {
	buf := make([]byte, 1<<20)
	have, bufOff := 0, from // bytes of buf in use, log offset of buf[0]
	for off := from; off < to; {
		key, email, _, size := entryIn(buf[off-bufOff : have])
		if size < 0 {
			return fmt.Errorf("read ledger at %d: an entry longer than 1 MiB: the ledger is damaged", off)
		}
		if size == 0 {
			// The entry runs past what is buffered: move the rest to the
			// front and read on (growing buf for an entry longer than it).
			if bufOff+int64(have) >= to {
				return fmt.Errorf("read ledger at %d: %w", off, io.ErrUnexpectedEOF)
			}
			rest := copy(buf, buf[off-bufOff:have])
			if rest == len(buf) {
				buf = append(buf, make([]byte, len(buf))...)
			}
			bufOff, have = off, rest
			m, rerr := l.log.ReadAt(buf[have:min(int64(len(buf)), to-bufOff)], bufOff+int64(have))
			have += m
			if m == 0 {
				if rerr == nil || errors.Is(rerr, io.EOF) {
					rerr = io.ErrUnexpectedEOF
				}
				return fmt.Errorf("read ledger at %d: %w", off, rerr)
			}
			continue
		}
		if err := f(off, key, email); err != nil {
			return err
		}
		off += int64(size)
	}
	return nil
}

// An entry is its key, its unique value (the email) and, when its key
// starts with carryMark, its carry, each a uvarint length and the bytes.
// Keys are UTF-8 text, in which the byte 0xfe never occurs: entries
// written before there were carries read as they did, and an entry of a
// record that carries nothing is written as they were. A release
// (releaseMark) carries nothing.
const carryMark = "\xfe"

// entryIn decodes the entry at the start of b without copying it; key
// is without its carryMark. Its size is 0 when b does not hold all of
// it, and -1 when it claims a length no entry has.
func entryIn(b []byte) (key, email, carry []byte, size int) {
	var fields [3][]byte
	nf := 2
	for i := 0; i < nf; i++ {
		n, w := binary.Uvarint(b[size:])
		if n > 1<<20 {
			return nil, nil, nil, -1
		}
		if w <= 0 || uint64(len(b)-size-w) < n {
			return nil, nil, nil, 0
		}
		fields[i] = b[size+w : size+w+int(n)]
		size += w + int(n)
		if i == 0 && len(fields[0]) > 0 && fields[0][0] == carryMark[0] {
			fields[0], nf = fields[0][1:], 3
		}
	}
	return fields[0], fields[1], fields[2], size
}

// Exported reports whether key is in the ledger, and not released since
// (the last entry of a key decides).
func (l *Ledger) Exported(key string) (bool, error) {
	_, found, err := l.Lookup(key)
	return found, err
}

// Lookup returns the unique value (a user's email) key was exported
// with, unless it was released since: what a kind that references this
// one (an address, its user) takes from it.
func (l *Ledger) Lookup(key string) (string, bool, error) {
	unique, _, found, err := l.lookup(key, false)
	return unique, found, err
}

// LookupCarry is Lookup that also returns the record's carry
// (pipeline.Result.Carry), "" when its entry holds none: its kind carries
// nothing, or the entry was written before the kind carried anything.
func (l *Ledger) LookupCarry(key string) (unique, carry string, found bool, err error) {
	return l.lookup(key, true)
}

// lookup is LookupCarry; without withCarry the carry is not copied out
// (a run's every row asks whether its key was exported).
func (l *Ledger) lookup(key string, withCarry bool) (unique, carry string, found bool, err error) {
	if !l.readOnly {
		l.mu.Lock()
		defer l.mu.Unlock()
	}
	if l.keys.empty() {
		return "", "", false, nil
	}
	fp := fingerprint(key)
	var slot *atomic.Pointer[answer]
	if l.recent != nil {
		slot = &l.recent[fp%recentSlots]
		if a := slot.Load(); a != nil && a.key == key && (a.withCarry || !withCarry) {
			return a.unique, a.carry, a.found, nil
		}
		defer func() {
			if err == nil {
				slot.Store(&answer{key: key, unique: unique, carry: carry, found: found, withCarry: withCarry})
			}
		}()
	}
	err = l.keys.each(fp, func(off int64) (bool, error) {
		k, e, c, err := l.entryAt(off, withCarry)
		if err != nil {
			return true, err
		}
		if rk, released := unmark(k); rk == key {
			unique, carry, found = e, c, !released
		}
		return false, nil
	})
	if !found {
		unique, carry = "", ""
	}
	return unique, carry, found, err
}

// UniqueOwner returns the key the email was exported under, unless that
// user was released since.
func (l *Ledger) UniqueOwner(email string) (string, bool, error) {
	if !l.readOnly {
		l.mu.Lock()
		defer l.mu.Unlock()
	}
	owner, found := "", false
	if l.emails.empty() {
		return "", false, nil
	}
	err := l.emails.each(fingerprint(email), func(off int64) (bool, error) {
		k, e, _, err := l.entryAt(off, false)
		if err != nil {
			return true, err
		}
		if e == email {
			rk, released := unmark(k)
			owner, found = rk, !released
		}
		return false, nil
	})
	if !found {
		owner = ""
	}
	return owner, found, err
}

// releaseMark starts the key of an entry that releases that key: a user
// sent whose fate Omnitron did not confirm, made eligible to be exported
// again. Keys are UTF-8 text, in which the byte 0xff never occurs, and the
// log stays append-only: the last entry of a key decides.
const releaseMark = "\xff"

// unmark splits a logged key into the user's key and whether the entry
// releases it.
func unmark(k string) (string, bool) {
	if len(k) > 0 && k[0] == releaseMark[0] {
		return k[1:], true
	}
	return k, false
}

// realKey is unmark for the fingerprint of a logged key: an entry that
// releases a key is filed under that key.
func realKey[T string | []byte](k T) T {
	if len(k) > 0 && k[0] == releaseMark[0] {
		return k[1:]
	}
	return k
}

// Span is the part of the log [From, To) one batch's entries took.
type Span struct {
	From int64 `json:"from"`
	To   int64 `json:"to"`
}

// End is the log offset the next Append writes at.
func (l *Ledger) End() int64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.size
}

// Entries returns the keys and emails logged in span (releases left out).
func (l *Ledger) Entries(sp Span) (keys, emails []string, err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if sp.From < 0 || sp.To > l.size || sp.From > sp.To {
		return nil, nil, fmt.Errorf("ledger span %d-%d is outside its committed %d bytes: the ledger was replaced; restore it or run `etl state reset`", sp.From, sp.To, l.size)
	}
	err = l.scanEach(sp.From, sp.To, func(_ int64, key, email []byte) error {
		if k, released := unmark(string(key)); !released {
			keys, emails = append(keys, k), append(emails, string(email))
		}
		return nil
	})
	return keys, emails, err
}

// Release makes the given users (aligned keys and emails, each exported)
// eligible for export again: Exported and EmailOwner no longer find them.
// Durable after Sync.
func (l *Ledger) Release(keys, emails []string) error {
	marked := make([]string, len(keys))
	for i, k := range keys {
		marked[i] = releaseMark + k
	}
	return l.Append(marked, emails)
}

// Append adds exported keys with their emails (aligned). They are durable
// after Sync.
func (l *Ledger) Append(keys, emails []string) error {
	return l.AppendCarried(keys, emails, nil)
}

// AppendCarried is Append of records with their carries (aligned with
// keys; nil, or a nil carry, for a record that carries nothing). A carry
// is written in the record's entry, so it is committed, cut off with an
// uncommitted tail and read back with it, as the key is.
func (l *Ledger) AppendCarried(keys, emails []string, carries [][]byte) error {
	if l.readOnly {
		return errors.New("internal error: append to a read-only ledger")
	}
	if len(keys) == 0 {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf = l.buf[:0]
	l.offs = l.offs[:0]
	for i := range keys {
		l.offs = append(l.offs, len(l.buf))
		var carry []byte
		if carries != nil {
			carry = carries[i]
		}
		if len(carry) == 0 {
			l.buf = binary.AppendUvarint(l.buf, uint64(len(keys[i])))
		} else {
			l.buf = binary.AppendUvarint(l.buf, uint64(len(carryMark)+len(keys[i])))
			l.buf = append(l.buf, carryMark...)
		}
		l.buf = append(l.buf, keys[i]...)
		l.buf = binary.AppendUvarint(l.buf, uint64(len(emails[i])))
		l.buf = append(l.buf, emails[i]...)
		if len(carry) > 0 {
			l.buf = binary.AppendUvarint(l.buf, uint64(len(carry)))
			l.buf = append(l.buf, carry...)
		}
	}
	if _, err := l.log.WriteAt(l.buf, l.size); err != nil {
		return fmt.Errorf("append to ledger: %w", err)
	}
	for i, at := range l.offs {
		off := uint64(l.size) + uint64(at)
		if err := l.file(&l.fresh[0], entry{FP: fingerprint(realKey(keys[i])), Off: off}); err != nil {
			return err
		}
		if err := l.file(&l.fresh[1], entry{FP: fingerprint(emails[i]), Off: off}); err != nil {
			return err
		}
	}
	l.size += int64(len(l.buf))
	l.n += len(keys)
	return nil
}

// file adds e to the fresh entries of one table, spilling them as a
// sorted run when runLen are in memory.
func (l *Ledger) file(f *freshRuns, e entry) error {
	if f.es == nil {
		es, err := offheap.Slice[entry](runLen)
		if err != nil {
			return fmt.Errorf("append to ledger: %w", err)
		}
		f.es = es[:0]
	}
	if len(f.es) == cap(f.es) {
		if cap(l.scratch) < len(f.es) {
			offheap.Free(l.scratch) // a smaller one, if any
			var err error
			if l.scratch, err = offheap.Slice[entry](len(f.es)); err != nil {
				return fmt.Errorf("append to ledger: %w", err)
			}
		}
		fptable.Sort(f.es, l.scratch)
		r, err := fptable.Spill(l.dir, f.es)
		if err != nil {
			return fmt.Errorf("append to ledger: %w", err)
		}
		f.runs, f.es = append(f.runs, r), f.es[:0]
	}
	f.es = append(f.es, e)
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

// Len is the number of entries: a user released (Release) and exported
// again has three.
func (l *Ledger) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.n
}

// Size is the ledger's size on disk in bytes (log plus indexes).
func (l *Ledger) Size() int64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.size + int64(len(l.keys.mapped)+len(l.emails.mapped))
}

// runLen bounds the entries sorted in memory at once, per table (16
// bytes each: 2 MiB, and as much again to sort them), by Append as it
// files a run's entries and by Compact as it reads a tail back, so that
// the end of a run of 10M users needs no more memory than the end of a
// run of 100k; a variable so that tests can make runs small.
var runLen = 1 << 17

// Compact rewrites the idx files to cover the whole log, this run's
// appends included, when the part they do not cover has grown large (or
// when forced), so that the next open stays fast. It is an external
// sort: the uncovered entries are sorted in runs of at most runLen,
// spilled to unlinked temp files when there is more than one, and merged
// with the old table straight into the new file, so its memory does not
// grow with the size of the run or of the ledger.
func (l *Ledger) Compact(force bool) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.readOnly || l.log == nil {
		return nil
	}
	if !force && l.n-len(l.keys.base) < compactAt && l.n-len(l.emails.base) < compactAt {
		return nil
	}
	// The two tables are independent (each reads the log with pread): they
	// are built side by side, as nothing else runs at the end of a run.
	var g errgroup.Group
	g.Go(func() error { return l.compactIndex(keysFile, &l.keys, &l.fresh[0], false) })
	g.Go(func() error { return l.compactIndex(emailsFile, &l.emails, &l.fresh[1], true) })
	if err := g.Wait(); err != nil {
		return err
	}
	l.fresh[0].reset()
	l.fresh[1].reset()
	l.freshFrom = l.size
	return nil
}

// compactIndex is Compact for one of the two tables, by key or by email:
// the old table, the log from what it covers to freshFrom (read back: a
// tail this open did not write) and the fresh entries, merged.
func (l *Ledger) compactIndex(name string, idx *index, fresh *freshRuns, byEmail bool) error {
	var es, scratch []entry
	var runs []*os.File
	defer func() {
		for _, r := range runs {
			r.Close()
		}
	}()
	sort := func() {
		if cap(scratch) < len(es) {
			scratch = make([]entry, len(es))
		}
		fptable.Sort(es, scratch)
	}
	spill := func() error {
		sort()
		f, err := fptable.Spill(l.dir, es)
		if err != nil {
			return fmt.Errorf("compact ledger: %w", err)
		}
		runs, es = append(runs, f), es[:0]
		return nil
	}
	covered := idx.covered
	// Entries take about 25 bytes: size the run once.
	es = make([]entry, 0, min(int64(runLen), (l.freshFrom-covered)/20+1))
	err := l.scanEach(covered, l.freshFrom, func(off int64, key, email []byte) error {
		if len(es) == runLen {
			if err := spill(); err != nil {
				return err
			}
		}
		if byEmail {
			key = email
		} else {
			key = realKey(key)
		}
		es = append(es, entry{FP: fingerprint(key), Off: uint64(off)})
		return nil
	})
	if err != nil {
		return err
	}
	sort()
	srcs := []fptable.Source{fptable.NewSliceSource(idx.base), fptable.NewSliceSource(es)}
	es = fresh.es // the newest entries, not yet sorted
	sort()
	srcs = append(srcs, fptable.NewSliceSource(es))
	for _, r := range append(runs, fresh.runs...) {
		srcs = append(srcs, fptable.NewFileSource(r))
	}
	err = atomicfile.Write(l.dir, name, func(w io.Writer) error {
		head := make([]byte, 16)
		copy(head, idxMagic)
		binary.LittleEndian.PutUint64(head[8:], uint64(l.size))
		if _, err := w.Write(head); err != nil {
			return err
		}
		return fptable.Merge(w, srcs)
	})
	if err == nil {
		err = atomicfile.SyncDir(l.dir)
	}
	if err != nil {
		return fmt.Errorf("compact ledger: %w", err)
	}
	idx.close()
	*idx = newIndex()
	return idx.load(filepath.Join(l.dir, name), l.size)
}

// Close releases the files.
func (l *Ledger) Close() error {
	l.keys.close()
	l.emails.close()
	l.fresh[0].free()
	l.fresh[1].free()
	offheap.Free(l.scratch)
	l.scratch = nil
	if l.log == nil {
		return nil
	}
	return l.log.Close()
}

// entryAt reads the entry at off with one pread (two for a long one).
// key is without its carryMark; carry is "" unless withCarry.
func (l *Ledger) entryAt(off int64, withCarry bool) (key, email, carry string, err error) {
	if off >= l.size {
		return "", "", "", fmt.Errorf("ledger offset %d beyond its end %d", off, l.size)
	}
	var b []byte
	var own [256]byte // on the stack: no allocation a lookup
	if l.readOnly {
		// Lookups run concurrently here, so each reads into its own
		// buffer; most entries (key, email, names) fit in 256 bytes.
		b = own[:min(int64(len(own)), l.size-off)]
	} else {
		if cap(l.rbuf) < 512 {
			l.rbuf = make([]byte, 512)
		}
		b = l.rbuf[:min(int64(cap(l.rbuf)), l.size-off)]
	}
	if _, err := l.log.ReadAt(b, off); err != nil && !errors.Is(err, io.EOF) {
		return "", "", "", fmt.Errorf("read ledger at %d: %w", off, err)
	}
	key, email, carry, ok := parseEntry(b, withCarry)
	if !ok {
		// Longer than the buffer: read it whole (keys, emails and
		// carries are bounded, so this is rare and small).
		r := bufio.NewReader(io.NewSectionReader(l.log, off, l.size-off))
		if key, email, carry, err = readEntry(r); err != nil {
			return "", "", "", fmt.Errorf("read ledger at %d: %w", off, err)
		}
		if !withCarry {
			carry = ""
		}
	}
	return key, email, carry, nil
}

// parseEntry decodes an entry at the start of b if b holds all of it;
// its carry only if withCarry.
func parseEntry(b []byte, withCarry bool) (key, email, carry string, ok bool) {
	k, e, c, size := entryIn(b)
	if size <= 0 {
		return "", "", "", false
	}
	if withCarry {
		carry = string(c)
	}
	return string(k), string(e), carry, true
}

func readEntry(r io.ByteReader) (key, email, carry string, err error) {
	if key, err = readString(r); err == nil {
		email, err = readString(r)
	}
	if k, carried := strings.CutPrefix(key, carryMark); carried && err == nil {
		key = k
		carry, err = readString(r)
	}
	return key, email, carry, err
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
func fingerprint[T string | []byte](s T) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}
