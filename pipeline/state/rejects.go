package state

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"syscall"

	"etl/internal/atomicfile"
	"etl/internal/fptable"
	"etl/pipeline"
)

// RejectSet is the set of keys a run rejected and no run exported since,
// each with the field and reason of its last reject and a fingerprint of
// the config that rejected it (Reject.Config): what an incremental run,
// which reads only rows whose cursor moved, must read again by key once
// that config changed. It knows nothing of users: any (key, reason) a run
// sets aside for later (a child whose parent is missing) fits.
//
// It lives on disk, never whole in memory (a bad config can reject
// millions): rejects-<gen>.log is append-only, each run's rejects going
// after what was there, and state.json commits its size with the
// checkpoint, as it does the ledger's. Compact rewrites it as the next
// generation, one entry per key still waiting (the last entry of a key
// decides; a key the ledger holds was exported or skipped since and
// leaves), in bounded memory; the new generation counts once a saved
// state names it.
type RejectSet struct {
	dir  string
	gen  int
	f    *os.File
	size int64 // in use: committed, plus appended since
	// synced is what Sync made durable: all Info gives the state.
	synced int64
	buf    []byte
	// waiting is the number of keys at the last Compact (entries
	// appended since may add some).
	waiting int64
	orphans int64
}

// RejectsInfo is the reject set's part of state.json.
type RejectsInfo struct {
	Gen  int   `json:"gen"`
	Size int64 `json:"size"` // committed bytes of rejects-<gen>.log
	// Waiting is how many keys the set held at its last compaction;
	// Orphans how many of them wait for a parent (pipeline.ReasonOrphan).
	Waiting int64 `json:"waiting"`
	Orphans int64 `json:"orphans,omitempty"`
}

// Reject is one entry of the set.
type Reject struct {
	Key, Field, Reason string
	// Config fingerprints what decided the reject (RejectsConfig).
	Config string
	// Run is the run that rejected it.
	Run string
}

func rejectsName(gen int) string { return "rejects-" + strconv.Itoa(gen) + ".log" }

// OpenRejects opens the reject set the state names (nil: none yet). Bytes
// beyond the committed size are a killed run's and are cut off; files of
// other generations (a compaction whose state was never saved, or one
// saved since) are removed. A read-only set (dry run, state show) changes
// nothing.
func OpenRejects(dir string, info *RejectsInfo, readOnly bool) (*RejectSet, error) {
	var in RejectsInfo
	if info != nil {
		in = *info
	}
	s := &RejectSet{dir: dir, gen: in.Gen, size: in.Size, synced: in.Size, waiting: in.Waiting, orphans: in.Orphans}
	path := filepath.Join(dir, rejectsName(in.Gen))
	flag := os.O_RDWR | os.O_CREATE
	if readOnly {
		flag = os.O_RDONLY
	}
	f, err := os.OpenFile(path, flag, 0o600)
	if readOnly && errors.Is(err, os.ErrNotExist) && in.Size == 0 {
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("open the reject set: %w", err)
	}
	s.f = f
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("open the reject set: %w", err)
	}
	if fi.Size() < in.Size {
		f.Close()
		return nil, fmt.Errorf("reject set %s holds %d bytes but the state counts %d: it was truncated or replaced; restore it or run `etl state reset`", path, fi.Size(), in.Size)
	}
	if readOnly {
		return s, nil
	}
	if fi.Size() > in.Size {
		if err := f.Truncate(in.Size); err != nil {
			f.Close()
			return nil, fmt.Errorf("cut the uncommitted tail of the reject set: %w", err)
		}
	}
	old, _ := filepath.Glob(filepath.Join(dir, "rejects-*.log"))
	for _, p := range old {
		if p != path {
			os.Remove(p)
		}
	}
	return s, nil
}

// Info is what state.json commits of the set (after Sync).
func (s *RejectSet) Info() *RejectsInfo {
	return &RejectsInfo{Gen: s.gen, Size: s.synced, Waiting: s.waiting, Orphans: s.orphans}
}

// Waiting is the number of keys in the set as of its last compaction.
func (s *RejectSet) Waiting() int64 { return s.waiting }

// Orphans is how many of the keys waiting at the last Compact wait for a
// parent.
func (s *RejectSet) Orphans() int64 { return s.orphans }

// Append adds a batch's rejects, rejected under config. Durable after
// Sync.
func (s *RejectSet) Append(rs []pipeline.Reject, config, run string) error {
	if len(rs) == 0 {
		return nil
	}
	if s.f == nil {
		return errors.New("internal error: append to a read-only reject set")
	}
	s.buf = s.buf[:0]
	for _, r := range rs {
		s.buf = appendEntry(s.buf, Reject{Key: r.Key, Field: r.Field, Reason: r.Reason, Config: config, Run: run})
	}
	if _, err := s.f.WriteAt(s.buf, s.size); err != nil {
		return fmt.Errorf("append to the reject set: %w", err)
	}
	s.size += int64(len(s.buf))
	return nil
}

// Sync makes the appended entries durable and returns the size the state
// commits.
func (s *RejectSet) Sync() (int64, error) {
	if s.f == nil {
		return s.size, nil
	}
	if err := s.f.Sync(); err != nil {
		return 0, fmt.Errorf("sync the reject set: %w", err)
	}
	s.synced = s.size
	return s.size, nil
}

// Close releases the file.
func (s *RejectSet) Close() error {
	if s.f == nil {
		return nil
	}
	return s.f.Close()
}

func appendEntry(b []byte, r Reject) []byte {
	for _, v := range []string{r.Key, r.Field, r.Reason, r.Config, r.Run} {
		b = binary.AppendUvarint(b, uint64(len(v)))
		b = append(b, v...)
	}
	return b
}

// parseReject decodes the entry at the start of b without copying it:
// size is 0 when b does not hold all of it, -1 when it claims a length no
// entry has.
func parseReject(b []byte) (v [5][]byte, size int) {
	for i := range v {
		n, w := binary.Uvarint(b[size:])
		if n > 1<<20 {
			return v, -1
		}
		if w <= 0 || uint64(len(b)-size-w) < n {
			return v, 0
		}
		v[i] = b[size+w : size+w+int(n)]
		size += w + int(n)
	}
	return v, size
}

func toReject(v [5][]byte) Reject {
	return Reject{Key: string(v[0]), Field: string(v[1]), Reason: string(v[2]), Config: string(v[3]), Run: string(v[4])}
}

// scan calls f with every entry of f's first size bytes, in order, read
// in large chunks; v is valid only during the call.
func scanRejects(file *os.File, size int64, f func(off int64, v [5][]byte) error) error {
	buf := make([]byte, 256<<10)
	have, bufOff := 0, int64(0) // bytes of buf in use, file offset of buf[0]
	for off := int64(0); off < size; {
		v, n := parseReject(buf[off-bufOff : have])
		if n < 0 {
			return fmt.Errorf("read the reject set at %d: an entry longer than 1 MiB: the file is damaged", off)
		}
		if n == 0 {
			if bufOff+int64(have) >= size {
				return fmt.Errorf("read the reject set at %d: %w", off, io.ErrUnexpectedEOF)
			}
			rest := copy(buf, buf[off-bufOff:have])
			if rest == len(buf) {
				buf = append(buf, make([]byte, len(buf))...)
			}
			bufOff, have = off, rest
			m, err := file.ReadAt(buf[have:min(int64(len(buf)), size-bufOff)], bufOff+int64(have))
			have += m
			if m == 0 {
				if err == nil || errors.Is(err, io.EOF) {
					err = io.ErrUnexpectedEOF
				}
				return fmt.Errorf("read the reject set at %d: %w", off, err)
			}
			continue
		}
		if err := f(off, v); err != nil {
			return err
		}
		off += int64(n)
	}
	return nil
}

func noEOF(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}

// Each calls f with every committed entry in the order written (a key may
// come more than once before a compaction: the last counts).
func (s *RejectSet) Each(f func(r Reject) error) error {
	if s.f == nil || s.size == 0 {
		return nil
	}
	return scanRejects(s.f, s.size, func(_ int64, v [5][]byte) error { return f(toReject(v)) })
}

// Exporter says whether a key was exported (the ledger).
type Exporter interface {
	Exported(key string) (bool, error)
}

// CompactOptions say what Compact keeps and what it picks to be read
// again.
type CompactOptions struct {
	// Ledger drops the keys exported (or skipped as exported) since they
	// were rejected.
	Ledger Exporter
	// Config is the fingerprint of the config now. Retry picks every key
	// to be read again; without it only those rejected under another
	// config are, and orphans (pipeline.ReasonOrphan). Without Pick,
	// nothing is.
	Config string
	Retry  bool
	Pick   bool
	// RetryFile, with Pick, is the file in the state dir the picked keys
	// are written to (RetryGroups reads it).
	RetryFile string
	// Only, if set, keeps only the keys whose last reject was by this
	// run: a full run that read the whole source rejected every row
	// still bad, so a key it did not reject is gone from the source.
	Only string
}

// Compact rewrites the set as its next generation: one entry per key still
// waiting. With opt.Pick the keys to be read again are written to
// opt.RetryFile too, and get the config of now (a key that is read again
// and rejected again is appended anew; one no longer in the source is not
// read again until the config changes once more). It returns how many
// were picked. The new generation counts once the state is saved with
// Info; until then the old one is still whole.
func (s *RejectSet) Compact(opt CompactOptions) (picked int64, err error) {
	if s.f == nil {
		return 0, errors.New("internal error: compact a read-only reject set")
	}
	// Sort (fingerprint of key, offset) in runs of bounded size, spilled
	// to unlinked files; the merge then yields every key's entries side
	// by side, the last written last.
	runLen := rejectsRunLen
	var es, scratch []fptable.Entry
	var srcs []fptable.Source
	var runs []*os.File
	defer func() {
		for _, r := range runs {
			r.Close()
		}
	}()
	err = scanRejects(s.f, s.size, func(off int64, v [5][]byte) error {
		if len(es) == runLen {
			if scratch == nil {
				scratch = make([]fptable.Entry, runLen)
			}
			fptable.Sort(es, scratch)
			f, err := fptable.Spill(s.dir, es)
			if err != nil {
				return err
			}
			runs, es = append(runs, f), es[:0]
		}
		es = append(es, fptable.Entry{FP: fingerprint(v[0]), Off: uint64(off)})
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("compact the reject set: %w", err)
	}
	fptable.Sort(es, make([]fptable.Entry, len(es)))
	srcs = append(srcs, fptable.NewSliceSource(es))
	for _, r := range runs {
		srcs = append(srcs, fptable.NewFileSource(r))
	}

	next := s.gen + 1
	name := rejectsName(next)
	out, err := os.OpenFile(filepath.Join(s.dir, name), os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return 0, fmt.Errorf("compact the reject set: %w", err)
	}
	ok := false
	defer func() {
		if !ok {
			out.Close()
			os.Remove(filepath.Join(s.dir, name))
		}
	}()
	ow := bufio.NewWriterSize(out, 64<<10)
	var retry *bufio.Writer
	var retryTmp *os.File
	if opt.Pick {
		if retryTmp, err = os.CreateTemp(s.dir, ".retry-*"); err != nil {
			return 0, fmt.Errorf("compact the reject set: %w", err)
		}
		defer func() {
			retryTmp.Close()
			if !ok {
				os.Remove(retryTmp.Name())
			}
		}()
		retry = bufio.NewWriterSize(retryTmp, 64<<10)
	}
	var size, waiting, orphans int64
	var mapped []byte
	if s.size > 0 {
		if mapped, err = syscall.Mmap(int(s.f.Fd()), 0, int(s.size), syscall.PROT_READ, syscall.MAP_SHARED); err != nil {
			return 0, fmt.Errorf("compact the reject set: map it: %w", err)
		}
		defer syscall.Munmap(mapped)
	}
	g := &groupWriter{s: s, mapped: mapped, emit: func(r Reject) error {
		if opt.Only != "" && r.Run != opt.Only {
			return nil
		}
		if opt.Ledger != nil {
			done, err := opt.Ledger.Exported(r.Key)
			if err != nil || done {
				return err
			}
		}
		// An orphan waits for its parent, not for a fix: every run reads
		// it again until the parent has been exported.
		if opt.Pick && (opt.Retry || r.Config != opt.Config || r.Reason == pipeline.ReasonOrphan) {
			r.Config = opt.Config
			var b []byte
			b = binary.AppendUvarint(b, uint64(len(r.Key)))
			if _, err := retry.Write(append(b, r.Key...)); err != nil {
				return err
			}
			picked++
		}
		buf := appendEntry(nil, r)
		if _, err := ow.Write(buf); err != nil {
			return err
		}
		size += int64(len(buf))
		waiting++
		if r.Reason == pipeline.ReasonOrphan {
			orphans++
		}
		return nil
	}}
	if err := fptable.Merge(g, srcs); err != nil {
		return 0, fmt.Errorf("compact the reject set: %w", err)
	}
	if err := g.flush(); err != nil {
		return 0, fmt.Errorf("compact the reject set: %w", err)
	}
	if err := ow.Flush(); err != nil {
		return 0, fmt.Errorf("compact the reject set: %w", err)
	}
	if err := out.Sync(); err != nil {
		return 0, fmt.Errorf("compact the reject set: %w", err)
	}
	if opt.Pick {
		if err := retry.Flush(); err != nil {
			return 0, fmt.Errorf("compact the reject set: %w", err)
		}
		if err := retryTmp.Sync(); err != nil {
			return 0, fmt.Errorf("compact the reject set: %w", err)
		}
		if err := os.Rename(retryTmp.Name(), filepath.Join(s.dir, opt.RetryFile)); err != nil {
			return 0, fmt.Errorf("compact the reject set: %w", err)
		}
	}
	if err := atomicfile.SyncDir(s.dir); err != nil {
		return 0, fmt.Errorf("compact the reject set: %w", err)
	}
	ok = true
	// The old generation stays on disk until the next open finds a state
	// that names the new one.
	s.f.Close()
	s.f, s.gen, s.size, s.synced, s.waiting, s.orphans = out, next, size, size, waiting, orphans
	return picked, nil
}

// groupWriter takes the merged (fingerprint, offset) stream and emits,
// per key, its last entry.
type groupWriter struct {
	s      *RejectSet
	emit   func(Reject) error
	fp     uint64
	offs   []int64
	part   []byte // an entry split across writes
	mapped []byte // the file being compacted, mapped read-only
	last   []Reject
	keys   []string
}

// entryAt decodes the entry at off in the mapped file: a pread each
// was two thirds of a compaction's time.
func (g *groupWriter) entryAt(off int64) (Reject, error) {
	if off < 0 || off >= int64(len(g.mapped)) {
		return Reject{}, fmt.Errorf("read the reject set at %d: beyond its %d bytes", off, len(g.mapped))
	}
	v, n := parseReject(g.mapped[off:])
	if n <= 0 {
		return Reject{}, fmt.Errorf("read the reject set at %d: the entry is damaged", off)
	}
	return toReject(v), nil
}

func (g *groupWriter) Write(b []byte) (int, error) {
	n := len(b)
	if len(g.part) > 0 {
		need := fptable.Size - len(g.part)
		if len(b) < need {
			g.part = append(g.part, b...)
			return n, nil
		}
		g.part = append(g.part, b[:need]...)
		if err := g.add(fptable.Decode(nil, g.part)[0]); err != nil {
			return 0, err
		}
		g.part, b = g.part[:0], b[need:]
	}
	for ; len(b) >= fptable.Size; b = b[fptable.Size:] {
		e := fptable.Entry{FP: binary.LittleEndian.Uint64(b), Off: binary.LittleEndian.Uint64(b[8:])}
		if err := g.add(e); err != nil {
			return 0, err
		}
	}
	g.part = append(g.part, b...)
	return n, nil
}

func (g *groupWriter) add(e fptable.Entry) error {
	if len(g.offs) > 0 && e.FP != g.fp {
		if err := g.flush(); err != nil {
			return err
		}
	}
	g.fp = e.FP
	g.offs = append(g.offs, int64(e.Off))
	return nil
}

// flush emits the last entry of each key among those sharing g.fp (one,
// but for a fingerprint collision), in the order of their last entries.
func (g *groupWriter) flush() error {
	if len(g.offs) == 0 {
		return nil
	}
	g.last, g.keys = g.last[:0], g.keys[:0]
	last, keys := g.last, g.keys
	for _, off := range g.offs { // ascending: a later entry replaces
		r, err := g.entryAt(off)
		if err != nil {
			return err
		}
		i := 0
		for i < len(keys) && keys[i] != r.Key {
			i++
		}
		if i == len(keys) {
			keys, last = append(keys, r.Key), append(last, r)
		} else {
			last[i] = r
		}
	}
	g.offs, g.last, g.keys = g.offs[:0], last, keys
	for _, r := range last {
		if err := g.emit(r); err != nil {
			return err
		}
	}
	return nil
}

// rejectsRunLen bounds the entries Compact sorts in memory at once (16
// bytes each); a variable so that tests can make it small.
var rejectsRunLen = 1 << 16

// RetryGroup is a run of the keys picked to be read again, at most
// RetryGroupSize of them: one read plan segment each, so that no
// statement lists more keys than that.
type RetryGroup struct {
	path string
	off  int64
	n    int
}

// RetryGroupSize bounds the keys of a RetryGroup (each a bound parameter
// on PostgreSQL, which takes at most 65535).
var RetryGroupSize = 500

// Keys reads the group's keys.
func (g RetryGroup) Keys() ([]string, error) {
	f, err := os.Open(g.path)
	if err != nil {
		return nil, fmt.Errorf("read the keys to read again: %w", err)
	}
	defer f.Close()
	br := bufio.NewReader(io.NewSectionReader(f, g.off, 1<<62))
	keys := make([]string, 0, g.n)
	for range g.n {
		k, err := readString(br)
		if err != nil {
			return nil, fmt.Errorf("read the keys to read again from %s: %w", g.path, noEOF(err))
		}
		keys = append(keys, k)
	}
	return keys, nil
}

// RetryGroups splits the retry file into groups of RetryGroupSize keys.
func RetryGroups(dir, file string) ([]RetryGroup, error) {
	path := filepath.Join(dir, file)
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read the keys to read again: %w", err)
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	var gs []RetryGroup
	var off int64
	for {
		l, err := binary.ReadUvarint(br)
		if errors.Is(err, io.EOF) {
			return gs, nil
		}
		if err != nil || l > 1<<20 {
			return nil, fmt.Errorf("read the keys to read again from %s: damaged at %d", path, off)
		}
		if _, err := br.Discard(int(l)); err != nil {
			return nil, fmt.Errorf("read the keys to read again from %s: %w", path, noEOF(err))
		}
		if len(gs) == 0 || gs[len(gs)-1].n == RetryGroupSize {
			gs = append(gs, RetryGroup{path: path, off: off})
		}
		gs[len(gs)-1].n++
		var tmp [binary.MaxVarintLen64]byte
		off += int64(binary.PutUvarint(tmp[:], l)) + int64(l)
	}
}

// RetryFile names the file of the keys a run reads again.
func RetryFile(runID string) string { return "retry-" + runID + ".keys" }

// RemoveRetryFiles removes the retry files of runs other than keep's.
func RemoveRetryFiles(dir, keep string) {
	old, _ := filepath.Glob(filepath.Join(dir, "retry-*.keys"))
	for _, p := range old {
		if filepath.Base(p) != keep {
			os.Remove(p)
		}
	}
	tmp, _ := filepath.Glob(filepath.Join(dir, ".retry-*"))
	for _, p := range tmp {
		os.Remove(p)
	}
}

// removeRejectFiles is Reset's part.
func removeRejectFiles(dir string) error {
	for _, pat := range []string{"rejects-*.log", "retry-*.keys"} {
		ps, _ := filepath.Glob(filepath.Join(dir, pat))
		for _, p := range ps {
			if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
				return err
			}
		}
	}
	return nil
}
