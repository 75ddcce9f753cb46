package job

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"etl/pipeline"
	"etl/pipeline/state"
)

// The count behind the ETA starts at once on a terminal, and off one only
// once the run has gone countAfter.
func TestCountDue(t *testing.T) {
	start := time.Now()
	for _, tc := range []struct {
		tty   bool
		after time.Duration
		want  bool
	}{
		{true, 0, true},
		{false, 0, false},
		{false, countAfter - time.Second, false},
		{false, countAfter, true},
	} {
		v := &progressView{started: start}
		if tc.tty {
			v.tty = io.Discard
		}
		if got := v.countDue(start.Add(tc.after)); got != tc.want {
			t.Errorf("tty %v after %s: due %v, want %v", tc.tty, tc.after, got, tc.want)
		}
	}
}

// An upload's live line says per kind how many batches Omnitron
// processed, or which parent it waits for, and the ETA at the rate since
// the first batch still processing was sent.
func TestUploadLine(t *testing.T) {
	now := time.Date(2026, 1, 2, 10, 0, 0, 0, time.UTC)
	ago := func(d time.Duration) *time.Time { t := now.Add(-d); return &t }
	batch := func(status string, records, processed int, sent *time.Time) state.Upload {
		return state.Upload{Status: status, Records: records, Processed: processed, Sent: sent}
	}
	users := KindQueue{Plural: "users", Entries: []state.Upload{
		batch(state.UploadDone, 100, 100, ago(3*time.Minute)), // before the batch processing: not in the rate
		batch(state.UploadStarted, 100, 40, ago(2*time.Minute)),
		batch(state.UploadDone, 100, 100, ago(time.Minute)),
		batch(state.UploadPending, 100, 0, nil),
	}}
	addresses := KindQueue{Plural: "addresses", Parents: []string{"users"}, Entries: []state.Upload{batch(state.UploadPending, 200, 0, nil)}}
	orders := KindQueue{Plural: "orders", Parents: []string{"users"}}
	for _, tc := range []struct {
		name string
		qs   []KindQueue
		rate float64
		want string
	}{
		// 140 records in 2 minutes; 160 of users and 200 of addresses left.
		{"waiting", []KindQueue{users, addresses, orders}, 140.0 / 120, "users 2/4 batches processed, addresses waiting for users; ETA 5m9s"},
		{"no rate", []KindQueue{users}, 0, "users 2/4 batches processed"},
		{"parent done", []KindQueue{{Plural: "users", Entries: []state.Upload{batch(state.UploadDone, 10, 10, ago(time.Minute))}},
			{Plural: "addresses", Parents: []string{"users"}, Entries: []state.Upload{batch(state.UploadRejected, 5, 0, ago(time.Second)),
				batch(state.UploadPending, 5, 0, nil)}}}, 1, "users 1/1 batches processed, addresses 0/2 batches processed (1 rejected); ETA 5s"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := UploadLine(tc.qs, tc.rate); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
	if got := UploadRate(users, now); got != 140.0/120 {
		t.Errorf("rate %v, want %v", got, 140.0/120)
	}
	if got := UploadRate(addresses, now); got != 0 {
		t.Errorf("rate of a kind none of whose batches is processing: %v", got)
	}
	if got := addresses.WaitsFor([]KindQueue{users, addresses}); got != "users" {
		t.Errorf("addresses wait for %q", got)
	}
}

// syncBuffer is a bytes.Buffer safe to read while a goroutine writes it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// While a run waits for Omnitron, its live line counts this run's
// batches and those still unfinished, not earlier runs' finished ones.
func TestShowUploads(t *testing.T) {
	q, err := state.LoadUploads(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	q.AddKind("address", "old", "d", []pipeline.BatchInfo{{File: "addresses-000001.json", Records: 5}, {File: "addresses-000002.json", Records: 5}}, nil)
	q.Update(q.Of("old", "addresses-000001.json"), func(e *state.Upload) { e.Status = state.UploadDone })
	q.AddKind("address", "now", "d", []pipeline.BatchInfo{{File: "addresses-000001.json", Records: 5}}, nil)
	q.Update(q.Of("now", "addresses-000001.json"), func(e *state.Upload) { e.Status = state.UploadDone })
	var tty syncBuffer
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() { showUploads(zerolog.Nop(), &tty, "addresses", q, "now", done); close(finished) }()
	want := "addresses 1/2 batches processed"
	for deadline := time.Now().Add(5 * time.Second); !strings.Contains(tty.String(), want); {
		if time.Now().After(deadline) {
			t.Fatalf("no %q on the live line: %q", want, tty.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	close(done)
	<-finished
	if !strings.HasSuffix(tty.String(), "\r\033[K") {
		t.Errorf("the live line is not cleared at the end: %q", tty.String())
	}
}
