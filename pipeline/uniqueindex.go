package pipeline

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"sort"

	"etl/internal/fptable"
	"etl/internal/offheap"
)

// Sizes of the unique-value index; variables so that tests can make them small.
var (
	// tableSlots is the in-memory table of the newest entries (16 bytes a
	// slot: 2 MiB), spilled when three quarters full.
	tableSlots = 1 << 17
	// blockLen entries (4 KiB) are read at once from a run; the first
	// fingerprint of each block stays in memory.
	blockLen = 256
	// fanIn runs of one size are merged into one, so a lookup that gets
	// past the filter reads from a few runs, not from every spill.
	fanIn = 8
)

// uniqueIndex remembers which unique values (users' normalized emails) a
// run has kept and under which key, in memory that does not grow with the
// run: a run of 10M users must not need ten times the memory of one of 1M.
//
// Emails and keys go to an unlinked temp file (the log). The newest
// entries are filed by fingerprint in a fixed-size table; when it fills up
// they are sorted and spilled to a run file. A Bloom filter over every
// spilled fingerprint (2 bytes an entry, the one part that grows) sends
// nearly every new email past the runs without a read; the rest binary
// search the first fingerprints of a run's blocks and read one block. A
// fingerprint match is always confirmed on the exact text in the log.
type uniqueIndex struct {
	dir   string
	hash  func(string) uint64
	log   *os.File
	w     *bufio.Writer
	off   int64
	dirty bool
	buf   []byte

	table   []fptable.Entry // open addressing; Off is the log offset+1, 0 is empty
	n       int
	scratch []fptable.Entry // for sorting a spill

	runs    []*run
	spilled int
	filter  filter
	block   []byte
	es      []fptable.Entry
	touched uint64 // see Prefetch
}

// run is a spilled, sorted table of (fingerprint, log offset) entries.
type run struct {
	f      *os.File
	n      int
	level  int      // 0 for a spill, one more for each merge
	firsts []uint64 // the first fingerprint of each block of blockLen entries
}

func newUniqueIndex(dir string) (*uniqueIndex, error) {
	f, err := os.CreateTemp(dir, "etl-emails-*")
	if err != nil {
		return nil, fmt.Errorf("create unique-value index: %w", err)
	}
	// Unlinked at once: the emails are personal data and must not outlive
	// the process, even one killed with -9.
	if err := os.Remove(f.Name()); err != nil {
		f.Close()
		return nil, fmt.Errorf("create unique-value index: %w", err)
	}
	table, err := offheap.Slice[fptable.Entry](tableSlots)
	if err != nil {
		f.Close()
		return nil, err
	}
	seed := maphash.MakeSeed()
	return &uniqueIndex{
		dir:   dir,
		hash:  func(s string) uint64 { return maphash.String(seed, s) },
		log:   f,
		w:     bufio.NewWriterSize(f, 64<<10),
		table: table,
	}, nil
}

func (x *uniqueIndex) Close() error {
	if x == nil {
		return nil
	}
	offheap.Free(x.table)
	offheap.Free(x.scratch)
	x.filter.free()
	x.table, x.scratch = nil, nil
	for _, r := range x.runs {
		r.f.Close()
	}
	x.runs = nil
	return x.log.Close()
}

// Add records email under key unless it is there already, in which case it
// returns the key it was first recorded under.
func (x *uniqueIndex) Add(email, key string) (prev string, found bool, err error) {
	return x.AddHashed(x.hash(email), email, key)
}

// Prefetch loads the table slots and the filter blocks that Adds of
// these fingerprints will look at first. The table and the filter are
// megabytes read at random, so nearly every Add waited on main memory,
// twice (over two thirds of its time); loaded in a tight loop ahead of a
// chunk's Adds, the loads overlap.
func (x *uniqueIndex) Prefetch(fps []uint64) {
	mask, v := uint64(len(x.table)-1), uint64(0)
	for _, fp := range fps {
		v += x.table[fp&mask].Off
	}
	if x.spilled > 0 {
		for _, fp := range fps {
			v += uint64(x.filter.block(fp)[0])
		}
	}
	x.touched += v // used, so that the loads are not left out
}

// AddHashed is Add of an email whose fingerprint fp is known (Prefetch).
func (x *uniqueIndex) AddHashed(fp uint64, email, key string) (prev string, found bool, err error) {
	prev, found, i, err := x.find(fp, email)
	if found || err != nil {
		return prev, found, err
	}
	off, err := x.write(email, key)
	if err != nil {
		return "", false, err
	}
	x.table[i] = fptable.Entry{FP: fp, Off: uint64(off) + 1}
	x.n++
	if x.n*4 >= len(x.table)*3 {
		if err := x.spill(); err != nil {
			return "", false, fmt.Errorf("unique-value index: %w", err)
		}
	}
	return "", false, nil
}

// Find returns the key email was recorded under, if it was.
func (x *uniqueIndex) Find(email string) (key string, found bool, err error) {
	key, found, _, err = x.find(x.hash(email), email)
	return key, found, err
}

// find looks email (fingerprint fp) up; when it is not there, slot is
// the free table slot it would take.
func (x *uniqueIndex) find(fp uint64, email string) (prev string, found bool, slot uint64, err error) {
	mask := uint64(len(x.table) - 1)
	i := fp & mask
	for ; x.table[i].Off != 0; i = (i + 1) & mask {
		if x.table[i].FP != fp {
			continue
		}
		if prev, found, err = x.match(email, x.table[i].Off-1); found || err != nil {
			return prev, found, i, err
		}
	}
	if x.spilled > 0 && x.filter.has(fp) {
		if prev, found, err = x.inRuns(fp, email); found || err != nil {
			return prev, found, i, err
		}
	}
	return "", false, i, nil
}

// match reads the entry at off and returns its key if its email is email.
func (x *uniqueIndex) match(email string, off uint64) (string, bool, error) {
	e, k, err := x.read(int64(off))
	if err != nil || e != email {
		return "", false, err
	}
	return k, true, nil
}

// inRuns looks fp up in every run.
func (x *uniqueIndex) inRuns(fp uint64, email string) (string, bool, error) {
	for _, r := range x.runs {
		// Entries under fp start in the block before the first block
		// that starts at fp or above (or in that block, if it starts at
		// exactly fp), and may go on into the blocks after it.
		b := max(sort.Search(len(r.firsts), func(i int) bool { return r.firsts[i] >= fp })-1, 0)
		for ; b < len(r.firsts) && r.firsts[b] <= fp; b++ {
			n := min(blockLen, r.n-b*blockLen)
			if cap(x.block) < blockLen*fptable.Size {
				x.block = make([]byte, blockLen*fptable.Size)
			}
			buf := x.block[:n*fptable.Size]
			if _, err := r.f.ReadAt(buf, int64(b*blockLen*fptable.Size)); err != nil {
				return "", false, fmt.Errorf("unique-value index: read a run: %w", err)
			}
			x.es = fptable.Decode(x.es[:0], buf)
			for _, e := range x.es {
				if e.FP > fp {
					break
				}
				if e.FP < fp {
					continue
				}
				if k, found, err := x.match(email, e.Off); found || err != nil {
					return k, found, err
				}
			}
		}
	}
	return "", false, nil
}

// spill sorts the table's entries into a new run and empties the table.
func (x *uniqueIndex) spill() error {
	es := x.table[:0]
	for _, e := range x.table {
		if e.Off != 0 {
			es = append(es, fptable.Entry{FP: e.FP, Off: e.Off - 1})
		}
	}
	if x.scratch == nil {
		var err error
		if x.scratch, err = offheap.Slice[fptable.Entry](len(x.table)); err != nil {
			return err
		}
	}
	fptable.Sort(es, x.scratch)
	f, err := fptable.Spill(x.dir, es)
	if err != nil {
		return err
	}
	r := &run{f: f, n: len(es)}
	for b := 0; b < len(es); b += blockLen {
		r.firsts = append(r.firsts, es[b].FP)
	}
	x.runs = append(x.runs, r)
	x.spilled += len(es)
	if x.spilled > x.filter.capacity {
		// Rebuilt twice as large from the runs (a sequential read): the
		// filter stays as sharp as the run grows.
		if err := x.rebuildFilter(2 * max(x.spilled, len(x.table))); err != nil {
			return err
		}
	} else {
		for _, e := range es {
			x.filter.add(e.FP)
		}
	}
	clear(x.table)
	x.n = 0
	return x.mergeRuns()
}

func (x *uniqueIndex) rebuildFilter(capacity int) error {
	x.filter.free()
	var err error
	if x.filter, err = newFilter(capacity); err != nil {
		return err
	}
	for _, r := range x.runs {
		src := fptable.NewFileSource(r.f)
		for {
			e, ok, err := src.Next()
			if err != nil {
				return err
			}
			if !ok {
				break
			}
			x.filter.add(e.FP)
		}
	}
	return nil
}

// mergeRuns merges the last fanIn runs while they are of one level.
func (x *uniqueIndex) mergeRuns() error {
	for len(x.runs) >= fanIn {
		last := x.runs[len(x.runs)-fanIn:]
		level := last[len(last)-1].level
		if last[0].level != level {
			return nil
		}
		f, err := os.CreateTemp(x.dir, ".etl-run-*")
		if err != nil {
			return fmt.Errorf("merge runs: %w", err)
		}
		os.Remove(f.Name())
		srcs := make([]fptable.Source, len(last))
		merged := &run{f: f, level: level + 1}
		for i, r := range last {
			srcs[i] = fptable.NewFileSource(r.f)
			merged.n += r.n
		}
		if err := fptable.Merge(&firstsWriter{w: f, r: merged}, srcs); err != nil {
			f.Close()
			return fmt.Errorf("merge runs: %w", err)
		}
		for _, r := range last {
			r.f.Close()
		}
		x.runs = append(x.runs[:len(x.runs)-fanIn], merged)
	}
	return nil
}

// firstsWriter notes the first fingerprint of each block of a run as
// fptable.Merge writes it (whole entries at a time).
type firstsWriter struct {
	w io.Writer
	r *run
	n int
}

func (fw *firstsWriter) Write(p []byte) (int, error) {
	for i := 0; i+fptable.Size <= len(p); i += fptable.Size {
		if fw.n%blockLen == 0 {
			fw.r.firsts = append(fw.r.firsts, binary.LittleEndian.Uint64(p[i:]))
		}
		fw.n++
	}
	return fw.w.Write(p)
}

func (x *uniqueIndex) write(email, key string) (int64, error) {
	off := x.off
	x.buf = binary.AppendUvarint(x.buf[:0], uint64(len(email)))
	x.buf = append(x.buf, email...)
	x.buf = binary.AppendUvarint(x.buf, uint64(len(key)))
	x.buf = append(x.buf, key...)
	if _, err := x.w.Write(x.buf); err != nil {
		return 0, fmt.Errorf("write unique-value index: %w", err)
	}
	x.off += int64(len(x.buf))
	x.dirty = true
	return off, nil
}

func (x *uniqueIndex) read(off int64) (email, key string, err error) {
	if x.dirty {
		if err := x.w.Flush(); err != nil {
			return "", "", fmt.Errorf("flush unique-value index: %w", err)
		}
		x.dirty = false
	}
	r := bufio.NewReaderSize(io.NewSectionReader(x.log, off, x.off-off), 512)
	if email, err = readString(r); err == nil {
		key, err = readString(r)
	}
	if err != nil {
		return "", "", fmt.Errorf("read unique-value index at %d: %w", off, err)
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

// filter is a split-block Bloom filter (as in Parquet): a fingerprint
// sets one bit in each of the eight words of one 32-byte block, so a
// lookup touches one cache line. At 16 bits an entry it passes about one
// absent fingerprint in a thousand.
type filter struct {
	blocks   [][8]uint32
	capacity int
}

var filterSalts = [8]uint32{0x47b6137b, 0x44974d91, 0x8824ad5b, 0xa2b7289d, 0x705495c7, 0x2df1424b, 0x9efc4947, 0x5c6bfb31}

func newFilter(capacity int) (filter, error) {
	blocks, err := offheap.Slice[[8]uint32](max(capacity*16/256, 1))
	return filter{blocks: blocks, capacity: capacity}, err
}

func (f *filter) free() {
	offheap.Free(f.blocks)
	*f = filter{}
}

func (f *filter) block(fp uint64) *[8]uint32 {
	return &f.blocks[(fp>>32)*uint64(len(f.blocks))>>32]
}

func (f *filter) add(fp uint64) {
	b, k := f.block(fp), uint32(fp)
	for i, s := range filterSalts {
		b[i] |= 1 << ((k * s) >> 27)
	}
}

func (f *filter) has(fp uint64) bool {
	b, k := f.block(fp), uint32(fp)
	for i, s := range filterSalts {
		if b[i]&(1<<((k*s)>>27)) == 0 {
			return false
		}
	}
	return true
}
