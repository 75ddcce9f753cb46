// Package files is the files sink (README, Outputs): each run writes into its own
// folder the batches of each kind it ran (users-NNNNNN.json,
// addresses-NNNNNN.json: JSON arrays, one record a line), with a dry run
// each batch's keys file beside it (keys.go), rejects.jsonl and
// manifest.json. Every file holding records is created 0600 and appears
// atomically.
package files

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/segmentio/encoding/json"

	"etl/internal/atomicfile"
	"etl/pipeline"
)

// RejectsFile and ManifestFile are the fixed names in a run folder.
const (
	RejectsFile  = "rejects.jsonl"
	ManifestFile = "manifest.json"
)

// BatchName is the name of users batch n.
func BatchName(n int) string { return KindBatchName("users", n) }

// KindBatchName is the name of batch n of the kind whose files start with
// prefix ("addresses" for addresses-000001.json).
func KindBatchName(prefix string, n int) string { return fmt.Sprintf("%s-%06d.json", prefix, n) }

// Option sets how a Sink names what it writes.
type Option func(*Sink)

// Kind makes the sink write the batches of one record kind: files named
// prefix-NNNNNN.json, reject lines with "kind": name, and its manifest
// and report under the prefix, so that several kinds share one run
// folder (one after another, never at once). Without it a sink writes
// users as it always has.
func Kind(prefix, name string) Option {
	return func(s *Sink) { s.prefix, s.kind = prefix, name }
}

// inflight bounds the users files being synced and renamed at once.
const inflight = 4

// compositeReject is a reject line whose key is a JSON array. It spells
// out pipeline.Reject's fields rather than embedding it with Key
// shadowed: with the embedding, the JSON encoder left the omitempty kind
// out of every line after the first it wrote.
type compositeReject struct {
	Key    json.RawMessage `json:"key"`
	Field  string          `json:"field"`
	Reason string          `json:"reason"`
	Detail string          `json:"detail"`
	Kind   string          `json:"kind,omitempty"`
}

// CompositeKeys says the rows' keys are of several columns, each a JSON
// array of strings already (sources.JoinKey): reject lines carry them as
// arrays, not as strings holding one.
func CompositeKeys() Option { return func(s *Sink) { s.composite = true } }

// Sink writes one run folder. A users file is synced and renamed into
// place in the background while the next batch is prepared: an fsync waits
// on the disk, and the run should not wait with it.
type Sink struct {
	dir         string
	prefix      string // of the batch files: "users"
	kind        string // in reject lines: "user"; "" writes none
	composite   bool   // keys are JSON arrays (CompositeKeys)
	keys        bool   // write each batch's keys file (Keys)
	rejects     *os.File
	rejectsSize int64
	batches     []pipeline.BatchInfo
	buf         []byte

	bufs    chan buffers // free file buffers; taking them is a place in flight
	wg      sync.WaitGroup
	mu      sync.Mutex
	failed  map[string]bool // users files that could not be put in place
	lost    int64           // the records in them
	err     error           // the first such failure
	unsaved bool            // rejects written since the last Sync
	// commit puts a users file (or a keys file) in place; tests make it
	// fail.
	commit func(p *atomicfile.Pending, data []byte) error
}

// buffers are the memory of one batch in flight: its file's and its keys
// file's.
type buffers struct{ data, keys []byte }

func newSink(dir string, opts []Option) *Sink {
	s := &Sink{dir: dir, prefix: "users", bufs: make(chan buffers, inflight), failed: map[string]bool{},
		commit: (*atomicfile.Pending).Commit}
	for _, o := range opts {
		o(s)
	}
	for range inflight {
		s.bufs <- buffers{}
	}
	return s
}

// New creates the run folder dir (which must not exist yet) and an empty
// rejects.jsonl in it. A sink of another kind than users (see Kind) joins
// the folder when an earlier kind of the run made it: it appends to its
// rejects.jsonl, and its batches must not be there yet.
func New(dir string, opts ...Option) (*Sink, error) {
	s := newSink(dir, opts)
	if err := os.MkdirAll(filepath.Dir(dir), 0o700); err != nil {
		return nil, fmt.Errorf("create output dir: %w", err)
	}
	flags := os.O_CREATE | os.O_EXCL | os.O_WRONLY | os.O_APPEND
	err := os.Mkdir(dir, 0o700)
	if errors.Is(err, fs.ErrExist) && s.prefix != "users" {
		flags &^= os.O_EXCL
		if late, gerr := filepath.Glob(filepath.Join(dir, s.prefix+"-*.json")); gerr == nil && len(late) > 0 {
			return nil, fmt.Errorf("create run folder: %s already holds %s", dir, filepath.Base(late[0]))
		}
	} else if err != nil {
		return nil, fmt.Errorf("create run folder: %w", err)
	}
	f, err := os.OpenFile(filepath.Join(dir, RejectsFile), flags, 0o600)
	if err != nil {
		return nil, fmt.Errorf("create %s: %w", RejectsFile, err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("create %s: %w", RejectsFile, err)
	}
	s.rejects, s.rejectsSize = f, fi.Size()
	return s, nil
}

// Resume reopens the run folder of a run that was killed or stopped, as it
// was at its last commit: users files and keys files not among batches
// (written after the commit, or torn temp files) are removed and rejects.jsonl is cut back to
// rejectsSize, so the rows after the commit can be written again without
// appearing twice. A run killed before it made its folder (the state names
// a run before the folder exists) committed nothing: its folder is made.
func Resume(dir string, batches []pipeline.BatchInfo, rejectsSize int64, opts ...Option) (*Sink, error) {
	s := newSink(dir, opts)
	keep := map[string]bool{}
	for _, b := range batches {
		keep[b.File] = true
		if b.Keys != "" {
			keep[b.Keys] = true
		}
	}
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) && len(batches) == 0 && rejectsSize == 0 {
		return New(dir, opts...)
	}
	if err != nil {
		return nil, fmt.Errorf("resume run folder: %w", err)
	}
	for _, e := range entries {
		n := e.Name()
		torn := strings.HasPrefix(n, ".") && strings.Contains(n, ".tmp-")
		late := strings.HasPrefix(n, s.prefix+"-") && (strings.HasSuffix(n, ".json") || strings.HasSuffix(n, KeysExt)) && !keep[n]
		if torn || late {
			if err := os.Remove(filepath.Join(dir, n)); err != nil {
				return nil, fmt.Errorf("resume run folder: %w", err)
			}
		}
	}
	for n := range keep {
		if _, err := os.Stat(filepath.Join(dir, n)); err != nil {
			return nil, fmt.Errorf("resume run folder: committed batch file %w", err)
		}
	}
	f, err := os.OpenFile(filepath.Join(dir, RejectsFile), os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, fmt.Errorf("resume %s: %w", RejectsFile, err)
	}
	fi, err := f.Stat()
	if err == nil && fi.Size() < rejectsSize {
		err = fmt.Errorf("it holds %d bytes, fewer than the %d committed", fi.Size(), rejectsSize)
	}
	if err == nil {
		err = f.Truncate(rejectsSize)
	}
	if err == nil {
		_, err = f.Seek(rejectsSize, io.SeekStart)
	}
	if err == nil {
		err = syncDir(dir)
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("resume %s: %w", RejectsFile, err)
	}
	s.rejects, s.rejectsSize, s.batches = f, rejectsSize, append([]pipeline.BatchInfo(nil), batches...)
	return s, nil
}

// writeReport writes report.html: a section for each kind whose manifest
// is in the folder, m standing for the sink's own.
func (s *Sink) writeReport(m *pipeline.Manifest) error {
	ms, err := folderManifests(s.dir, s.named(ManifestFile))
	if err != nil {
		return err
	}
	return writeFolderReport(s.dir, append(ms, m))
}

// writeFolderReport writes the report of ms, in the order they started.
func writeFolderReport(dir string, ms []*pipeline.Manifest) error {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Started.Before(ms[j].Started) })
	return writeAtomic(dir, ReportFile, func(w io.Writer) error { return WriteKindsReport(w, ms) })
}

// folderManifests reads the manifests of every kind in a run folder but
// the one named skip.
func folderManifests(dir, skip string) ([]*pipeline.Manifest, error) {
	paths, err := filepath.Glob(filepath.Join(dir, KindFile(ManifestFile, "*")))
	if err != nil {
		return nil, err
	}
	var ms []*pipeline.Manifest
	for _, path := range append(paths, filepath.Join(dir, ManifestFile)) {
		if filepath.Base(path) == skip {
			continue
		}
		data, err := os.ReadFile(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("read %s for the report: %w", filepath.Base(path), err)
		}
		var m pipeline.Manifest
		if err := json.Unmarshal(data, &m); err != nil {
			return nil, fmt.Errorf("read %s for the report: %w", filepath.Base(path), err)
		}
		ms = append(ms, &m)
	}
	return ms, nil
}

// Drop takes a kind whose run wrote nothing (an incremental run that found
// nothing new) out of its run folder: its manifest goes, the report is
// written again from the kinds left or goes with the last, and the folder
// goes when nothing is left in it but an empty rejects.jsonl.
func Drop(dir, prefix string) error {
	own := KindFile(ManifestFile, prefix)
	if err := os.Remove(filepath.Join(dir, own)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	ms, err := folderManifests(dir, own)
	if err != nil {
		return err
	}
	if len(ms) > 0 {
		return writeFolderReport(dir, ms)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		switch fi, err := e.Info(); {
		case err != nil:
			return err
		case e.Name() == ReportFile:
		case e.Name() == RejectsFile && fi.Size() == 0:
		default:
			// Another kind's batches, or rejects: the folder stays,
			// without a report of kinds that are gone.
			if err := os.Remove(filepath.Join(dir, ReportFile)); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return err
			}
			return nil
		}
	}
	return os.RemoveAll(dir)
}

// named is the name of a run folder's manifest or report for the sink's
// kind: manifest.json for users, manifest-addresses.json for addresses.
func (s *Sink) named(file string) string { return KindFile(file, s.prefix) }

// KindFile is the name the manifest or report file (ManifestFile,
// ReportFile) takes for the kind whose batches start with prefix.
func KindFile(file, prefix string) string {
	if prefix == "users" {
		return file
	}
	ext := filepath.Ext(file)
	return strings.TrimSuffix(file, ext) + "-" + prefix + ext
}

// RejectsSize is the length of rejects.jsonl written so far.
func (s *Sink) RejectsSize() int64 { return s.rejectsSize }

// Dir is the run folder.
func (s *Sink) Dir() string { return s.dir }

// Batches lists the users files written so far.
func (s *Sink) Batches() []pipeline.BatchInfo { return s.batches }

// WriteBatch writes the batch's users file and appends its rejects. Both
// are durable after Sync; until then the users file may still be on its
// way into place, and a failure to put it there is returned by a later
// WriteBatch or by Sync.
func (s *Sink) WriteBatch(ctx context.Context, b *pipeline.Batch) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := s.failure(); err != nil {
		return err
	}
	if len(b.Records) > 0 {
		name := KindBatchName(s.prefix, b.Seq)
		p, err := atomicfile.Create(s.dir, name)
		if err != nil {
			return err
		}
		var bufs buffers
		select {
		case bufs = <-s.bufs:
		case <-ctx.Done():
			p.Abort()
			return ctx.Err()
		}
		data := bufs.data
		if n := usersSize(b.Records); cap(data) < n {
			data = make([]byte, 0, n+n/8) // the next batches may be a little larger
		}
		data = AppendUsers(data[:0], b.Records)
		sum := sha256.Sum256(data)
		info := pipeline.BatchInfo{File: name, Records: len(b.Records),
			// A copy: the key shares memory with many rows (sources.Reader).
			SHA256: hex.EncodeToString(sum[:]), LastKey: strings.Clone(b.Last.Key)}
		var kp *atomicfile.Pending
		keys := bufs.keys
		if s.keys {
			if len(b.Keys) != len(b.Records) || len(b.Uniques) != len(b.Records) || len(b.Carries) != len(b.Records) {
				p.Abort()
				s.bufs <- bufs
				return fmt.Errorf("write %s: %d records with %d keys, %d unique values and %d carries: they must be aligned",
					KeysName(name), len(b.Records), len(b.Keys), len(b.Uniques), len(b.Carries))
			}
			if kp, err = atomicfile.Create(s.dir, KeysName(name)); err != nil {
				p.Abort()
				s.bufs <- bufs
				return err
			}
			if n := keysSize(b); cap(keys) < n {
				keys = make([]byte, 0, n+n/8)
			}
			// Encoded now: the pipeline reuses the keys' memory once
			// WriteBatch returns.
			keys = appendKeys(keys[:0], b)
			ksum := sha256.Sum256(keys)
			info.Keys, info.KeysSHA256 = KeysName(name), hex.EncodeToString(ksum[:])
		}
		s.batches = append(s.batches, info)
		s.wg.Add(1)
		records := int64(len(b.Records))
		go func() {
			defer s.wg.Done()
			err := s.put(name, p, kp, data, keys)
			s.bufs <- buffers{data, keys}
			if err != nil {
				s.mu.Lock()
				s.failed[name] = true
				s.lost += records
				if s.err == nil {
					s.err = err
				}
				s.mu.Unlock()
			}
		}()
	}
	if len(b.Rejects) > 0 {
		s.buf = s.buf[:0]
		for i := range b.Rejects {
			b.Rejects[i].Kind = s.kind
			var line []byte
			var err error
			if s.composite {
				r := &b.Rejects[i]
				line, err = json.Marshal(compositeReject{Key: json.RawMessage(r.Key), Field: r.Field, Reason: r.Reason, Detail: r.Detail, Kind: r.Kind})
			} else {
				line, err = json.Marshal(&b.Rejects[i])
			}
			if err != nil {
				return fmt.Errorf("encode reject of key %s: %w", b.Rejects[i].Key, err)
			}
			s.buf = append(append(s.buf, line...), '\n')
		}
		if _, err := s.rejects.Write(s.buf); err != nil {
			return fmt.Errorf("append %s: %w", RejectsFile, err)
		}
		s.rejectsSize += int64(len(s.buf))
		s.unsaved = true
	}
	return nil
}

// put puts a batch file in place with its keys file, if any: the keys
// first, so that a batch file is never in place without them, and both
// or neither (a batch that fails is dropped from the manifest, and a
// keys file without its batch would be a stray).
func (s *Sink) put(name string, p, kp *atomicfile.Pending, data, keys []byte) error {
	if kp != nil {
		if err := s.commit(kp, keys); err != nil {
			p.Abort()
			return err
		}
	}
	err := s.commit(p, data)
	if err != nil && kp != nil {
		if rerr := os.Remove(filepath.Join(s.dir, KeysName(name))); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
			err = errors.Join(err, fmt.Errorf("remove the keys file of a batch that failed: %w", rerr))
		}
	}
	return err
}

func (s *Sink) failure() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// usersSize is room enough for AppendUsers' array (a separator over).
func usersSize(users [][]byte) int {
	n := len("[\n") + len("\n]\n")
	for _, u := range users {
		n += len(u) + len(",\n")
	}
	return n
}

// AppendUsers appends encoded records as a JSON array, one record a line.
func AppendUsers(dst []byte, users [][]byte) []byte {
	dst = append(dst, "[\n"...)
	for i, u := range users {
		if i > 0 {
			dst = append(dst, ",\n"...)
		}
		dst = append(dst, u...)
	}
	return append(dst, "\n]\n"...)
}

// Finish writes manifest.json (with the batches written) and closes. A
// users file that could not be put in place is left out of the manifest's
// batches, and a run that thought itself ok is marked failed.
func (s *Sink) Finish(m *pipeline.Manifest) error {
	syncErr := s.Sync()
	if syncErr != nil && s.failure() == nil {
		return syncErr // the folder itself cannot be made durable
	}
	if m.Batches == nil {
		// A run without a state lists what reached the folder, and counts
		// it: the records of users files that could not be put in place
		// were not exported (nor read, as far as the folder tells).
		m.Batches = s.batches
		if n := len(s.batches); n > 0 {
			m.LastKey = s.batches[n-1].LastKey
		}
		if s.lost > 0 && m.Counts != nil {
			c := *m.Counts
			c.Read -= s.lost
			c.Exported -= s.lost
			m.Counts = &c
		}
	}
	if m.Batches == nil {
		m.Batches = []pipeline.BatchInfo{}
	}
	if syncErr != nil && m.Status == "ok" {
		m.Status, m.Error = "failed", syncErr.Error()
	}
	m.RejectsFile = RejectsFile
	err := writeAtomic(s.dir, s.named(ManifestFile), func(w io.Writer) error {
		b, err := json.MarshalIndent(m, "", "  ")
		if err != nil {
			return err
		}
		_, err = w.Write(append(b, '\n'))
		return err
	})
	if err == nil {
		err = s.writeReport(m)
	}
	if err == nil {
		err = syncDir(s.dir)
	}
	if cerr := s.rejects.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("close %s: %w", RejectsFile, cerr)
	}
	if syncErr != nil {
		return syncErr
	}
	return err
}

// Sync makes every batch written so far durable under its name, and the
// rejects with them. It waits for the users files still on their way; if
// one could not be put in place it is dropped from Batches and its error
// returned.
func (s *Sink) Sync() error {
	s.wg.Wait()
	if err := s.failure(); err != nil {
		kept := s.batches[:0]
		for _, b := range s.batches {
			if !s.failed[b.File] {
				kept = append(kept, b)
			}
		}
		s.batches = kept
		return err
	}
	if s.unsaved {
		if err := s.rejects.Sync(); err != nil {
			return fmt.Errorf("sync %s: %w", RejectsFile, err)
		}
		s.unsaved = false
	}
	return syncDir(s.dir)
}
