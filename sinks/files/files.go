// Package files is the files sink (SPEC §4): each run writes into its own
// folder users-NNNNNN.json batches (JSON arrays, one record a line),
// rejects.jsonl and manifest.json. Every file holding users is created 0600
// and appears atomically.
package files

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/segmentio/encoding/json"

	"etl/pipeline"
)

// RejectsFile and ManifestFile are the fixed names in a run folder.
const (
	RejectsFile  = "rejects.jsonl"
	ManifestFile = "manifest.json"
)

// BatchName is the name of users batch n.
func BatchName(n int) string { return fmt.Sprintf("users-%06d.json", n) }

// Sink writes one run folder.
type Sink struct {
	dir         string
	rejects     *os.File
	rejectsSize int64
	batches     []pipeline.BatchInfo
	buf         []byte
}

// New creates the run folder dir (which must not exist yet) and an empty
// rejects.jsonl in it.
func New(dir string) (*Sink, error) {
	if err := os.MkdirAll(filepath.Dir(dir), 0o700); err != nil {
		return nil, fmt.Errorf("create output dir: %w", err)
	}
	if err := os.Mkdir(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create run folder: %w", err)
	}
	f, err := os.OpenFile(filepath.Join(dir, RejectsFile), os.O_CREATE|os.O_EXCL|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, fmt.Errorf("create %s: %w", RejectsFile, err)
	}
	return &Sink{dir: dir, rejects: f}, nil
}

// Resume reopens the run folder of a run that was killed or stopped, as it
// was at its last commit: users files not among batches (written after the
// commit, or torn temp files) are removed and rejects.jsonl is cut back to
// rejectsSize, so the rows after the commit can be written again without
// appearing twice.
func Resume(dir string, batches []pipeline.BatchInfo, rejectsSize int64) (*Sink, error) {
	keep := map[string]bool{}
	for _, b := range batches {
		keep[b.File] = true
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("resume run folder: %w", err)
	}
	for _, e := range entries {
		n := e.Name()
		torn := strings.HasPrefix(n, ".") && strings.Contains(n, ".tmp-")
		late := strings.HasPrefix(n, "users-") && strings.HasSuffix(n, ".json") && !keep[n]
		if torn || late {
			if err := os.Remove(filepath.Join(dir, n)); err != nil {
				return nil, fmt.Errorf("resume run folder: %w", err)
			}
		}
	}
	for n := range keep {
		if _, err := os.Stat(filepath.Join(dir, n)); err != nil {
			return nil, fmt.Errorf("resume run folder: committed batch %w", err)
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
	return &Sink{dir: dir, rejects: f, rejectsSize: rejectsSize, batches: append([]pipeline.BatchInfo(nil), batches...)}, nil
}

// RejectsSize is the length of rejects.jsonl written so far.
func (s *Sink) RejectsSize() int64 { return s.rejectsSize }

// Dir is the run folder.
func (s *Sink) Dir() string { return s.dir }

// Batches lists the users files written so far.
func (s *Sink) Batches() []pipeline.BatchInfo { return s.batches }

// WriteBatch writes the batch's users file, then appends its rejects, and
// returns once both are on disk.
func (s *Sink) WriteBatch(ctx context.Context, b *pipeline.Batch) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(b.Users) > 0 {
		name := BatchName(b.Seq)
		h := sha256.New()
		err := writeAtomic(s.dir, name, func(w io.Writer) error {
			return WriteUsers(io.MultiWriter(w, h), b.Users)
		})
		if err != nil {
			return err
		}
		s.batches = append(s.batches, pipeline.BatchInfo{File: name, Records: len(b.Users),
			SHA256: hex.EncodeToString(h.Sum(nil)), LastKey: b.Last.Key})
	}
	if len(b.Rejects) > 0 {
		s.buf = s.buf[:0]
		for i := range b.Rejects {
			line, err := json.Marshal(&b.Rejects[i])
			if err != nil {
				return fmt.Errorf("encode reject of key %s: %w", b.Rejects[i].Key, err)
			}
			s.buf = append(append(s.buf, line...), '\n')
		}
		if _, err := s.rejects.Write(s.buf); err != nil {
			return fmt.Errorf("append %s: %w", RejectsFile, err)
		}
		s.rejectsSize += int64(len(s.buf))
		if err := s.rejects.Sync(); err != nil {
			return fmt.Errorf("sync %s: %w", RejectsFile, err)
		}
	}
	return nil
}

// WriteUsers writes encoded records as a JSON array, one record a line.
func WriteUsers(w io.Writer, users [][]byte) error {
	if _, err := io.WriteString(w, "[\n"); err != nil {
		return err
	}
	for i, u := range users {
		if i > 0 {
			if _, err := io.WriteString(w, ",\n"); err != nil {
				return err
			}
		}
		if _, err := w.Write(u); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "\n]\n")
	return err
}

// Finish writes manifest.json (with the batches written) and closes.
func (s *Sink) Finish(m *pipeline.Manifest) error {
	if m.Batches == nil {
		m.Batches = s.batches
	}
	if m.Batches == nil {
		m.Batches = []pipeline.BatchInfo{}
	}
	m.RejectsFile = RejectsFile
	if err := s.Sync(); err != nil {
		return err
	}
	err := writeAtomic(s.dir, ManifestFile, func(w io.Writer) error {
		b, err := json.MarshalIndent(m, "", "  ")
		if err != nil {
			return err
		}
		_, err = w.Write(append(b, '\n'))
		return err
	})
	if err == nil {
		err = writeAtomic(s.dir, ReportFile, func(w io.Writer) error { return WriteReport(w, m) })
	}
	if err == nil {
		err = syncDir(s.dir)
	}
	if cerr := s.rejects.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("close %s: %w", RejectsFile, cerr)
	}
	return err
}

// Sync makes every batch renamed so far durable under its name.
func (s *Sink) Sync() error { return syncDir(s.dir) }
