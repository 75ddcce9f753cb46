package state

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"etl/pipeline"
)

// pendingSink is a LocalSink whose batches become durable only when it
// is synced, as the files sink's do (their fsync and rename run in the
// background).
type pendingSink struct {
	written, durable []pipeline.BatchInfo
	syncErr          error // what Sync returns, if set
}

func (s *pendingSink) WriteBatch(_ context.Context, b *pipeline.Batch) error {
	s.written = append(s.written, pipeline.BatchInfo{File: fmt.Sprintf("users-%06d.json", b.Seq), Records: len(b.Records)})
	return nil
}

func (s *pendingSink) Sync() error {
	if s.syncErr != nil {
		return s.syncErr
	}
	s.durable = slices.Clone(s.written)
	return nil
}

func (s *pendingSink) Batches() []pipeline.BatchInfo { return slices.Clone(s.written) }
func (s *pendingSink) RejectsSize() int64            { return 0 }

// newCommitter commits a fresh full run in dir after every batch (Every
// 0) to a pendingSink.
func newCommitter(t *testing.T, dir string) (*Committer, *pendingSink) {
	t.Helper()
	st, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	st.Run = &Run{ID: "r1", Mode: ModeFull, Stats: pipeline.NewStats()}
	ledger, err := OpenLedger(dir, 0, false)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ledger.Close() })
	sink := &pendingSink{}
	return &Committer{Dir: dir, State: st, Ledger: ledger, Sink: sink}, sink
}

// TestCommitNamesOnlyDurableBatches: every batch state.json names as
// committed was made durable first, and so was every ledger entry it
// counts.
func TestCommitNamesOnlyDurableBatches(t *testing.T) {
	dir := t.TempDir()
	c, sink := newCommitter(t, dir)
	for seq := 1; seq <= 3; seq++ {
		key := fmt.Sprint(seq)
		b := &pipeline.Batch{Seq: seq, Records: [][]byte{[]byte(`{}`)}, Keys: []string{key},
			Uniques: []string{key + "@example.com"}, Last: pipeline.Pos{Key: key}, Stats: pipeline.NewStats()}
		if err := c.WriteBatch(context.Background(), b); err != nil {
			t.Fatal(err)
		}
		saved, err := Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, bi := range saved.Run.Batches {
			if !slices.Contains(sink.durable, bi) {
				t.Fatalf("state.json names %s, which was not synced", bi.File)
			}
		}
		if len(saved.Run.Batches) != seq {
			t.Fatalf("after batch %d state.json names %d batches", seq, len(saved.Run.Batches))
		}
		reopened, err := OpenLedger(dir, saved.LedgerSize, true)
		if err != nil {
			t.Fatal(err)
		}
		done, err := reopened.Exported(key)
		reopened.Close()
		if err != nil || !done {
			t.Fatalf("after batch %d the committed ledger lacks key %s (%v)", seq, key, err)
		}
	}
}

// TestFailedCommitKeepsCommittedCounts: when a commit fails (a batch file
// could not be made durable), the run's stats and resume point stay those
// of the last commit, which the run's manifest then reports with the
// batches that commit named.
func TestFailedCommitKeepsCommittedCounts(t *testing.T) {
	c, sink := newCommitter(t, t.TempDir())
	st := c.State
	for seq := 1; seq <= 2; seq++ {
		if seq == 2 {
			sink.syncErr = errors.New("injected: disk full")
		}
		key := fmt.Sprint(seq)
		stats := pipeline.NewStats()
		stats.Read, stats.Exported = 1, 1
		b := &pipeline.Batch{Seq: seq, Records: [][]byte{[]byte(`{}`)}, Keys: []string{key},
			Uniques: []string{key + "@example.com"}, Last: pipeline.Pos{Key: key}, Stats: stats}
		err := c.WriteBatch(context.Background(), b)
		if (err != nil) != (seq == 2) {
			t.Fatalf("batch %d: %v", seq, err)
		}
	}
	r := st.Run
	if r.Stats.Read != 1 || r.Stats.Exported != 1 || len(r.Batches) != 1 || r.Last == nil || r.Last.Key != "1" {
		t.Fatalf("after a failed commit: read %d, exported %d, %d batches, last %+v; want the first batch's", r.Stats.Read, r.Stats.Exported, len(r.Batches), r.Last)
	}
	sink.syncErr = nil
	if err := c.Commit(); err != nil {
		t.Fatal(err)
	}
	if r.Stats.Exported != 2 || len(r.Batches) != 2 || r.Last.Key != "2" {
		t.Fatalf("after the next commit: exported %d, %d batches, last %+v; want both", r.Stats.Exported, len(r.Batches), r.Last)
	}
}

// syncCounter counts the syncs of a guest file.
type syncCounter struct{ n int }

func (s *syncCounter) Sync() error { s.n++; return nil }

// TestCommitKeepsHeldGuests: a commit syncs the guest file and names how
// much of it the committed batches need, so that a run resumed after the
// last of them still exports the guests read before it.
func TestCommitKeepsHeldGuests(t *testing.T) {
	dir := t.TempDir()
	c, _ := newCommitter(t, dir)
	guests := &syncCounter{}
	c.Guests = guests
	for seq, g := range [][2]int64{{0, 0}, {120, 0}, {300, 0}, {300, 180}} {
		key := fmt.Sprint(seq + 1)
		b := &pipeline.Batch{Seq: seq + 1, Records: [][]byte{[]byte(`{}`)}, Keys: []string{key},
			Uniques: []string{key + "@example.com"}, Last: pipeline.Pos{Key: key}, Stats: pipeline.NewStats(),
			GuestsHeld: g[0], GuestsReplayed: g[1]}
		if err := c.WriteBatch(context.Background(), b); err != nil {
			t.Fatal(err)
		}
		saved, err := Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		if r := saved.Run; r.GuestsHeld != g[0] || r.GuestsReplayed != g[1] {
			t.Fatalf("after batch %d: state names %d bytes of guests, %d replayed; want %v", seq+1, r.GuestsHeld, r.GuestsReplayed, g)
		}
		if guests.n != seq+1 {
			t.Fatalf("after %d commits the guest file was synced %d times", seq+1, guests.n)
		}
	}
}
