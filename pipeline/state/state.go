package state

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/segmentio/encoding/json"

	"etl/internal/atomicfile"
	"etl/pipeline"
)

// File is the name of the state file in the state dir.
const File = "state.json"

const historyLen = 20

// State is state.json.
type State struct {
	Version int `json:"version"`
	// Source fingerprints what the checkpoint and the run in progress were
	// taken on; another query, key or cursor makes them meaningless.
	Source string `json:"source"`
	// Checkpoint is the greatest (cursor, key) pair covered by finished
	// runs; an incremental run reads only the pairs after it.
	Checkpoint *pipeline.Pos `json:"checkpoint,omitempty"`
	// LedgerSize is how much of ledger.log is committed.
	LedgerSize int64 `json:"ledger_size"`
	// Released counts the ledger's entries that release a user (etl state
	// retry): each cancels one earlier entry, so the ledger holds
	// Len - 2*Released users.
	Released int `json:"released,omitempty"`
	// Reread makes the next new run read the whole source, not the rows
	// after the checkpoint: users released for export again sit before it.
	Reread bool `json:"reread,omitempty"`
	// Rejects is the committed part of the reject set (RejectSet).
	Rejects *RejectsInfo `json:"rejects,omitempty"`
	Run     *Run         `json:"run,omitempty"`
	History []RunSummary `json:"history"`

	// Destination is where the users the ledger counts went
	// (destination.go); set by the first run.
	Destination *Destination `json:"destination,omitempty"`
}

// Modes of a run.
const (
	ModeFull        = "full"        // the whole table in key order
	ModeIncremental = "incremental" // the cursor range after the checkpoint, then NULL cursors
)

// Run is the run in progress: everything needed to resume it.
type Run struct {
	ID      string    `json:"id"`
	Dir     string    `json:"dir"`
	Started time.Time `json:"started"`
	Mode    string    `json:"mode"`
	// From is the checkpoint an incremental run reads after; High is the
	// greatest pair noted before reading, saved as the checkpoint when the
	// run finishes.
	From     *pipeline.Pos `json:"from,omitempty"`
	High     *pipeline.Pos `json:"high,omitempty"`
	Attempts int           `json:"attempts"`
	// Last is the position of the last durable row: a resumed run reads
	// on after it.
	Last        *pipeline.Pos        `json:"last,omitempty"`
	RejectsSize int64                `json:"rejects_size"`
	Batches     []pipeline.BatchInfo `json:"batches"`
	// GuestsHeld is how much of the guest file (GuestsFile) is committed:
	// guests read before Last and held back until every row is read.
	// GuestsReplayed is the offset of the first of them not yet counted.
	GuestsHeld     int64 `json:"guests_held,omitempty"`
	GuestsReplayed int64 `json:"guests_replayed,omitempty"`
	// Spans says where in the ledger each batch file's users are, so that
	// a batch Omnitron did not fully accept can be released.
	Spans map[string]Span `json:"ledger_spans,omitempty"`
	// Retry names the file of the rejected keys this run reads again
	// after its other segments (RetryGroups), Retried how many.
	Retry   string          `json:"retry,omitempty"`
	Retried int64           `json:"retried,omitempty"`
	Stats   *pipeline.Stats `json:"stats"`
}

// GuestsFile is the run's guest file in the state dir.
const GuestsFile = "guests.held"

// RunSummary is one finished (or abandoned) run in the history.
type RunSummary struct {
	ID       string    `json:"id"`
	Dir      string    `json:"dir"`
	Mode     string    `json:"mode"`
	Status   string    `json:"status"`
	Started  time.Time `json:"started"`
	Finished time.Time `json:"finished"`
	Read     int64     `json:"read"`
	Exported int64     `json:"exported"`
	Rejected int64     `json:"rejected"`
	Skipped  int64     `json:"skipped"`
	Batches  int       `json:"batches"`
}

// Fingerprint identifies a source by what decides which rows it yields in
// which order.
func Fingerprint(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		fmt.Fprintf(h, "%d:%s;", len(p), p)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Load reads the state of dir; a dir without state.json gives an empty
// state.
func Load(dir string) (*State, error) {
	data, err := os.ReadFile(filepath.Join(dir, File))
	if errors.Is(err, os.ErrNotExist) {
		return &State{Version: 1}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read state: %w", err)
	}
	var s State
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("read state %s: %w", filepath.Join(dir, File), err)
	}
	if s.Version != 1 {
		return nil, fmt.Errorf("read state %s: version %d is not known to this etl", filepath.Join(dir, File), s.Version)
	}
	if s.Run != nil && s.Run.Stats == nil {
		s.Run.Stats = pipeline.NewStats()
	}
	return &s, nil
}

// Save writes the state atomically and durably.
func (s *State) Save(dir string) error {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return fmt.Errorf("encode state: %w", err)
	}
	return writeFileAtomic(dir, File, append(data, '\n'))
}

// Finish moves the run in progress into the history with its final
// status; a run that read everything it meant to ("ok", or "incomplete":
// read and sent, some records refused by Omnitron) also moves the
// checkpoint, and a full one clears Reread.
func (s *State) Finish(status string, finished time.Time) {
	r := s.Run
	if r == nil {
		return
	}
	if status == "ok" || status == "incomplete" {
		if r.High != nil {
			s.Checkpoint = r.High
		}
		if r.Mode == ModeFull && r.From == nil {
			s.Reread = false
		}
	}
	sum := RunSummary{ID: r.ID, Dir: r.Dir, Mode: r.Mode, Status: status, Started: r.Started, Finished: finished,
		Batches: len(r.Batches)}
	if r.Stats != nil {
		sum.Read, sum.Exported, sum.Rejected, sum.Skipped = r.Stats.Read, r.Stats.Exported, r.Stats.Rejected, r.Stats.Skipped
	}
	s.History = append(s.History, sum)
	if len(s.History) > historyLen {
		s.History = s.History[len(s.History)-historyLen:]
	}
	s.Run = nil
}

func writeFileAtomic(dir, name string, data []byte) error {
	return atomicfile.WriteBytes(dir, name, data)
}

func syncDir(dir string) error { return atomicfile.SyncDir(dir) }

// Reset removes the state and the ledger (not the lock, which the caller
// holds).
func Reset(dir string) error {
	for _, n := range []string{File, LogFile, keysFile, emailsFile, UploadsFile, GuestsFile} {
		if err := os.Remove(filepath.Join(dir, n)); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("reset state: %w", err)
		}
	}
	if err := removeRejectFiles(dir); err != nil {
		return fmt.Errorf("reset state: %w", err)
	}
	return syncDir(dir)
}
