package state

import (
	"context"
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
}

func (s *pendingSink) WriteBatch(_ context.Context, b *pipeline.Batch) error {
	s.written = append(s.written, pipeline.BatchInfo{File: fmt.Sprintf("users-%06d.json", b.Seq), Records: len(b.Users)})
	return nil
}

func (s *pendingSink) Sync() error {
	s.durable = slices.Clone(s.written)
	return nil
}

func (s *pendingSink) Batches() []pipeline.BatchInfo { return slices.Clone(s.written) }
func (s *pendingSink) RejectsSize() int64            { return 0 }

// TestCommitNamesOnlyDurableBatches: every batch state.json names as
// committed was made durable first, and so was every ledger entry it
// counts.
func TestCommitNamesOnlyDurableBatches(t *testing.T) {
	dir := t.TempDir()
	st, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	st.Run = &Run{ID: "r1", Mode: ModeFull, Stats: pipeline.NewStats()}
	ledger, err := OpenLedger(dir, 0, false)
	if err != nil {
		t.Fatal(err)
	}
	defer ledger.Close()
	sink := &pendingSink{}
	c := &Committer{Dir: dir, State: st, Ledger: ledger, Sink: sink} // Every 0: a commit a batch
	for seq := 1; seq <= 3; seq++ {
		key := fmt.Sprint(seq)
		b := &pipeline.Batch{Seq: seq, Users: [][]byte{[]byte(`{}`)}, Keys: []string{key},
			Emails: []string{key + "@example.com"}, Last: pipeline.Pos{Key: key}, Stats: pipeline.NewStats()}
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
