package state

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"etl/pipeline"
)

// A released user is no longer found, by key or by email, after a reopen
// and after compaction; exported again, it is found again.
func TestLedgerReleaseCancelsEntries(t *testing.T) {
	dir := t.TempDir()
	l := mustOpen(t, dir, 0, false)
	size := appendN(t, l, 0, 10)
	l.Close()
	l = mustOpen(t, dir, size, false)
	keys, emails, err := l.Entries(Span{From: 0, To: size})
	if err != nil || len(keys) != 10 || emails[3] != "user3@example.com" {
		t.Fatalf("entries %v %v %v", keys, emails, err)
	}
	if err := l.Release(keys[2:5], emails[2:5]); err != nil {
		t.Fatal(err)
	}
	if size, err = l.Sync(); err != nil {
		t.Fatal(err)
	}
	l.Close()
	for _, compact := range []bool{false, true} {
		l = mustOpen(t, dir, size, false)
		if compact {
			if err := l.Compact(true); err != nil {
				t.Fatal(err)
			}
		}
		has(t, l, 0, 2, true)
		has(t, l, 2, 5, false)
		has(t, l, 5, 10, true)
		l.Close()
	}
	l = mustOpen(t, dir, size, false)
	size = appendN(t, l, 2, 5) // exported again
	l.Close()
	l = mustOpen(t, dir, size, false)
	has(t, l, 0, 10, true)
	if _, _, err := l.Entries(Span{From: 0, To: size + 1}); err == nil {
		t.Fatal("a span beyond the ledger was read")
	}
}

// TestRetryReleasesIncompleteBatches: the committer notes each batch's
// ledger span; Retry releases the users of an incomplete batch only, once,
// and makes the next run read the whole source.
func TestRetryReleasesIncompleteBatches(t *testing.T) {
	dir := t.TempDir()
	c, _ := newCommitter(t, dir)
	for seq := 1; seq <= 2; seq++ {
		b := &pipeline.Batch{Seq: seq, Stats: pipeline.NewStats()}
		for i := 0; i < 3; i++ {
			k := fmt.Sprint(seq*10 + i)
			b.Records = append(b.Records, []byte(`{}`))
			b.Keys, b.Uniques = append(b.Keys, k), append(b.Uniques, "u"+k+"@example.com")
		}
		if err := c.WriteBatch(context.Background(), b); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.Commit(); err != nil {
		t.Fatal(err)
	}
	run := c.State.Run
	if len(run.Spans) != 2 {
		t.Fatalf("spans %v", run.Spans)
	}
	c.State.Checkpoint = &pipeline.Pos{Cursor: "2026", Key: "99"}
	c.State.Finish("incomplete", run.Started)
	if err := c.State.Save(dir); err != nil {
		t.Fatal(err)
	}
	c.Ledger.Close()
	q, _ := LoadUploads(dir)
	added := q.Add(run.ID, run.Dir, run.Batches, run.Spans)
	q.Update(added[0], func(e *Upload) { e.Status = UploadDone })
	q.Update(added[1], func(e *Upload) { e.Status, e.Errors = UploadIncomplete, 1 })

	if _, err := Retry(dir, func(e *Upload) bool { return e.File == "users-000001.json" }); err == nil ||
		!strings.Contains(err.Error(), "not incomplete") {
		t.Fatalf("a done batch was retried: %v", err)
	}
	res, err := Retry(dir, func(e *Upload) bool { return e.Run == run.ID && e.Status == UploadIncomplete })
	if err != nil || res.Users != 3 || len(res.Batches) != 1 {
		t.Fatalf("retry: %+v %v", res, err)
	}
	st, _ := Load(dir)
	if !st.Reread || st.Released != 3 {
		t.Fatalf("state after retry %+v", st)
	}
	l := mustOpen(t, dir, st.LedgerSize, true)
	for k, want := range map[string]bool{"10": true, "12": true, "20": false, "22": false} {
		if ok, err := l.Exported(k); err != nil || ok != want {
			t.Fatalf("Exported(%s) = %v, %v; want %v", k, ok, err, want)
		}
	}
	if l.Len()-2*st.Released != 3 {
		t.Fatalf("ledger counts %d users", l.Len()-2*st.Released)
	}
	q, _ = LoadUploads(dir)
	if q.Snapshot()[1].Status != UploadRetried {
		t.Fatalf("queue %+v", q.Snapshot()[1])
	}
	if _, err := Retry(dir, func(e *Upload) bool { return e.File == "users-000002.json" }); err == nil {
		t.Fatal("a batch was released twice")
	}
}
