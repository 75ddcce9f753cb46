package state

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/segmentio/encoding/json"

	"etl/pipeline"
)

// UploadsFile is the upload queue in the state dir.
const UploadsFile = "uploads.json"

// Upload statuses.
const (
	UploadPending  = "pending"  // committed locally, not accepted by Omnitron yet
	UploadStarted  = "started"  // has a migration id; Omnitron is processing it
	UploadDone     = "done"     // processed, every record accepted
	UploadRejected = "rejected" // answered 400: kept aside, never sent again by itself
	// UploadIncomplete is a batch processed with error_count > 0. Omnitron
	// does not say which records failed, so all its users are held apart:
	// not counted as exported, not sent again until `etl state retry`.
	UploadIncomplete = "incomplete"
	// UploadRetried is an incomplete batch whose users were released
	// (`etl state retry`): the next run exports them again, in a new batch.
	UploadRetried = "retried"
	// UploadAccepted is an incomplete batch the team found whole in
	// Omnitron (`etl state accept`): its users count as exported.
	UploadAccepted = "accepted"
)

// Finished reports whether Omnitron has processed the entry.
func (e *Upload) Finished() bool { return e.Status == UploadDone || e.Status == UploadIncomplete }

// Upload is one batch file on its way to Omnitron.
type Upload struct {
	Run string `json:"run"`
	// Kind is Omnitron's name of the batch's kind (address, order,
	// order_item), which picks the endpoint it is sent to; empty is user,
	// as in every queue written before entries had a kind.
	Kind        string `json:"kind,omitempty"`
	Dir         string `json:"dir"`
	File        string `json:"file"`
	Records     int    `json:"records"`
	SHA256      string `json:"sha256"`
	Status      string `json:"status"`
	MigrationID string `json:"migration_id,omitempty"`
	Total       int    `json:"total_count"`
	Processed   int    `json:"processed_count"`
	Errors      int    `json:"error_count"`
	Error       string `json:"error,omitempty"`
	// Span is where the batch's users are in the ledger: what `etl state
	// retry` releases.
	Span *Span `json:"ledger_span,omitempty"`
	// Sent is when the batch was sent (it got a migration id): etl status's ETA
	// is the processing rate since.
	Sent    *time.Time `json:"sent,omitempty"`
	Updated time.Time  `json:"updated"`
}

// Held is the number of users an entry holds apart: every user of a batch
// Omnitron processed with errors (it does not say which record failed).
func (e *Upload) Held() int {
	if e.Status == UploadIncomplete {
		return e.Records
	}
	return 0
}

// Uploads is the durable upload queue: every committed batch of an
// Omnitron run is filed here before it is sent, and its migration id is
// saved the moment Omnitron returns it, so that no batch is ever sent
// twice and none is forgotten.
type Uploads struct {
	dir     string
	mu      sync.Mutex
	Entries []*Upload `json:"uploads"`
	byName  map[string]*Upload
}

// LoadUploads reads the queue of a state dir.
func LoadUploads(dir string) (*Uploads, error) {
	u := &Uploads{dir: dir, byName: map[string]*Upload{}}
	data, err := os.ReadFile(filepath.Join(dir, UploadsFile))
	if errors.Is(err, os.ErrNotExist) {
		return u, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read upload queue: %w", err)
	}
	if err := json.Unmarshal(data, u); err != nil {
		return nil, fmt.Errorf("read upload queue %s: %w", filepath.Join(dir, UploadsFile), err)
	}
	for _, e := range u.Entries {
		u.byName[e.Run+"/"+e.File] = e
	}
	return u, nil
}

// Add files the user batches of a run not filed yet, as pending, with
// their ledger spans, and returns the new entries. It does not save.
func (u *Uploads) Add(run, dir string, batches []pipeline.BatchInfo, spans map[string]Span) []*Upload {
	return u.AddKind("", run, dir, batches, spans)
}

// AddKind is Add for the batches of a kind (Omnitron's name: address,
// order, order_item; "" is user).
func (u *Uploads) AddKind(kind, run, dir string, batches []pipeline.BatchInfo, spans map[string]Span) []*Upload {
	u.mu.Lock()
	defer u.mu.Unlock()
	var added []*Upload
	for _, b := range batches {
		if u.byName[run+"/"+b.File] != nil {
			continue
		}
		e := &Upload{Run: run, Kind: kind, Dir: dir, File: b.File, Records: b.Records, SHA256: b.SHA256,
			Status: UploadPending, Updated: time.Now().UTC()}
		if sp, ok := spans[b.File]; ok {
			e.Span = &sp
		}
		u.Entries = append(u.Entries, e)
		u.byName[run+"/"+b.File] = e
		added = append(added, e)
	}
	return added
}

// Unfinished lists the entries still pending or being processed.
func (u *Uploads) Unfinished() []*Upload {
	u.mu.Lock()
	defer u.mu.Unlock()
	var l []*Upload
	for _, e := range u.Entries {
		if e.Status == UploadPending || e.Status == UploadStarted {
			l = append(l, e)
		}
	}
	return l
}

// Of returns the entry of a run's batch file.
func (u *Uploads) Of(run, file string) *Upload {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.byName[run+"/"+file]
}

// Update changes an entry under the queue's lock and saves the queue
// durably.
func (u *Uploads) Update(e *Upload, change func(*Upload)) error {
	u.mu.Lock()
	defer u.mu.Unlock()
	change(e)
	e.Updated = time.Now().UTC()
	return u.saveLocked()
}

// Note changes an entry under the queue's lock without saving: what
// Omnitron has processed of a batch so far, for a live progress line. The
// next save writes it along.
func (u *Uploads) Note(e *Upload, change func(*Upload)) {
	u.mu.Lock()
	defer u.mu.Unlock()
	change(e)
}

// Save writes the queue atomically.
func (u *Uploads) Save() error {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.saveLocked()
}

func (u *Uploads) saveLocked() error {
	data, err := json.MarshalIndent(u, "", "  ")
	if err != nil {
		return fmt.Errorf("encode upload queue: %w", err)
	}
	return writeFileAtomic(u.dir, UploadsFile, append(data, '\n'))
}

// Snapshot copies the entries (for reports).
func (u *Uploads) Snapshot() []Upload {
	u.mu.Lock()
	defer u.mu.Unlock()
	l := make([]Upload, len(u.Entries))
	for i, e := range u.Entries {
		l[i] = *e
	}
	return l
}
