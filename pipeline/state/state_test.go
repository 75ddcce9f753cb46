package state

import (
	"testing"
	"time"

	"etl/pipeline"
)

func TestStateRoundTripAndFinish(t *testing.T) {
	dir := t.TempDir()
	s, err := Load(dir)
	if err != nil || s.Run != nil || s.Checkpoint != nil {
		t.Fatalf("empty dir: %+v %v", s, err)
	}
	stats := pipeline.NewStats()
	stats.Merge(&pipeline.Stats{Read: 3, Exported: 2, Rejected: 1, SkippedBy: map[string]int64{},
		Rejects: []*pipeline.Count{{Field: "email", Reason: "invalid", Count: 1, Examples: []string{"9"}}}})
	s.Source = "abc"
	s.Run = &Run{ID: "r1", Mode: ModeIncremental, High: &pipeline.Pos{Cursor: "2024-01-01 00:00:00.5+00", Key: "9"},
		Last: &pipeline.Pos{Seg: 1, Key: "7"}, Stats: stats}
	if err := s.Save(dir); err != nil {
		t.Fatal(err)
	}
	got, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got.Run.Last.Seg != 1 || got.Run.High.Cursor != "2024-01-01 00:00:00.5+00" || got.Run.Stats.Read != 3 {
		t.Fatalf("round trip: %+v", got.Run)
	}
	// Stats read back can still be added to, reason by reason.
	got.Run.Stats.Merge(&pipeline.Stats{Read: 1, Rejected: 1, SkippedBy: map[string]int64{},
		Rejects: []*pipeline.Count{{Field: "email", Reason: "invalid", Count: 1}}})
	if len(got.Run.Stats.Rejects) != 1 || got.Run.Stats.Rejects[0].Count != 2 {
		t.Fatalf("merged rejects %+v", got.Run.Stats.Rejects)
	}
	got.Finish("failed", time.Now())
	if got.Checkpoint != nil || got.Run != nil || got.History[0].Status != "failed" {
		t.Fatalf("a failed run moved the checkpoint: %+v", got)
	}
	got.Run = &Run{ID: "r2", High: &pipeline.Pos{Cursor: "c", Key: "k"}}
	got.Finish("ok", time.Now())
	if got.Checkpoint == nil || got.Checkpoint.Key != "k" || len(got.History) != 2 {
		t.Fatalf("ok run: %+v", got)
	}
}
