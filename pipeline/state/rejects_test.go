package state

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"etl/pipeline"
)

type fakeLedger map[string]bool

func (l fakeLedger) Exported(k string) (bool, error) { return l[k], nil }

func rejectsOf(keys ...string) []pipeline.Reject {
	var rs []pipeline.Reject
	for _, k := range keys {
		rs = append(rs, pipeline.Reject{Key: k, Field: "password", Reason: "unsupported"})
	}
	return rs
}

// setOf is every entry of s by key; it fails on a key twice.
func setOf(t *testing.T, s *RejectSet) map[string]Reject {
	m := map[string]Reject{}
	if err := s.Each(func(r Reject) error {
		if _, dup := m[r.Key]; dup {
			return fmt.Errorf("key %s twice", r.Key)
		}
		m[r.Key] = r
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return m
}

func retryKeys(t *testing.T, dir, file string) []string {
	gs, err := RetryGroups(dir, file)
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, g := range gs {
		if g.n > RetryGroupSize {
			t.Fatalf("a group of %d keys", g.n)
		}
		ks, err := g.Keys()
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, ks...)
	}
	slices.Sort(all)
	return all
}

// TestRejectSet: the last reject of a key decides, keys the ledger holds
// leave, and the keys picked to be read again are those rejected under
// another config (or all, with Retry), in groups.
func TestRejectSet(t *testing.T) {
	defer func(n, g int) { rejectsRunLen, RetryGroupSize = n, g }(rejectsRunLen, RetryGroupSize)
	rejectsRunLen, RetryGroupSize = 3, 2 // spilled runs and several groups

	tests := []struct {
		name   string
		opt    CompactOptions
		picked []string
	}{
		{"those rejected under another config", CompactOptions{Config: "new", Pick: true}, []string{"d"}},
		{"config changed back", CompactOptions{Config: "old", Pick: true}, []string{"a", "b", "c"}},
		{"retry all", CompactOptions{Config: "new", Retry: true, Pick: true}, []string{"a", "b", "c", "d"}},
		{"no pick", CompactOptions{Config: "newer", Retry: true}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := OpenRejects(dir, nil, false)
			if err != nil {
				t.Fatal(err)
			}
			defer func() { s.Close() }()
			must := func(err error) {
				if err != nil {
					t.Fatal(err)
				}
			}
			must(s.Append(rejectsOf("a", "b", "x", "d"), "old", "r1"))
			must(s.Append(rejectsOf("b", "c"), "new", "r1"))
			must(s.Append([]pipeline.Reject{{Key: "a", Field: "email", Reason: "invalid"}}, "new", "r1"))
			must(s.Append(rejectsOf("d"), "old", "r1"))
			if _, err := s.Sync(); err != nil {
				t.Fatal(err)
			}
			opt := tc.opt
			opt.Ledger, opt.RetryFile = fakeLedger{"x": true}, "retry-r1.keys"
			picked, err := s.Compact(opt)
			if err != nil {
				t.Fatal(err)
			}
			got := setOf(t, s)
			if len(got) != 4 || s.Waiting() != 4 || got["x"].Key != "" {
				t.Fatalf("set after compaction: %v (waiting %d)", got, s.Waiting())
			}
			if a := got["a"]; a.Field != "email" || a.Reason != "invalid" {
				t.Fatalf("a's last reject does not decide: %+v", a)
			}
			if int(picked) != len(tc.picked) {
				t.Fatalf("picked %d, want %v", picked, tc.picked)
			}
			if opt.Pick {
				if ks := retryKeys(t, dir, opt.RetryFile); !slices.Equal(ks, tc.picked) {
					t.Fatalf("read again: %v, want %v", ks, tc.picked)
				}
				for _, k := range tc.picked {
					if got[k].Config != opt.Config {
						t.Fatalf("a key picked keeps its old config: %+v", got[k])
					}
				}
			}
			// The new generation counts once the state names it: reopened
			// with the old info, the old one is whole; with the new, the
			// old file goes.
			info := s.Info()
			s.Close()
			s, err = OpenRejects(dir, info, false)
			if err != nil {
				t.Fatal(err)
			}
			if got := setOf(t, s); len(got) != 4 {
				t.Fatalf("reopened: %v", got)
			}
			if old, _ := filepath.Glob(filepath.Join(dir, "rejects-*.log")); len(old) != 1 {
				t.Fatalf("files left: %v", old)
			}
		})
	}
}

// TestRejectSetOnly: after a full run, only the keys it rejected wait:
// the others were exported, or are gone from the source.
func TestRejectSetOnly(t *testing.T) {
	s, err := OpenRejects(t.TempDir(), nil, false)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { s.Close() }()
	s.Append(rejectsOf("gone", "again", "fixed"), "c", "r1")
	s.Append(rejectsOf("again", "new"), "c", "full")
	s.Sync()
	if _, err := s.Compact(CompactOptions{Ledger: fakeLedger{"fixed": true}, Config: "c", Only: "full"}); err != nil {
		t.Fatal(err)
	}
	got := setOf(t, s)
	if len(got) != 2 || got["again"].Run != "full" || got["new"].Key == "" {
		t.Fatalf("after the full run: %v", got)
	}
}

// TestRejectSetKilled: what a killed run appended after its last commit
// is cut off; a compaction whose state was never saved is dropped.
func TestRejectSetKilled(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenRejects(dir, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	s.Append(rejectsOf("1", "2"), "c", "r1")
	s.Sync()
	committed := s.Info()
	s.Append(rejectsOf("3"), "c", "r1") // after the commit: lost with the run
	s.Sync()
	// A compaction whose state is never saved (the kill comes first).
	if _, err := s.Compact(CompactOptions{Config: "c"}); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = OpenRejects(dir, committed, false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := setOf(t, s); len(got) != 2 || got["3"].Key != "" {
		t.Fatalf("after the kill: %v", got)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "rejects-*.log")); len(files) != 1 || filepath.Base(files[0]) != "rejects-0.log" {
		t.Fatalf("files: %v", files)
	}

	// The committed size is more than the file holds: said, not guessed.
	os.Truncate(filepath.Join(dir, "rejects-0.log"), 1)
	if _, err := OpenRejects(dir, committed, false); err == nil {
		t.Fatal("a truncated reject set opened")
	}
}

// BenchmarkRejectSetCompact compacts a set of ETL_REJECTS keys (100k by
// default), each rejected twice, all of them picked to be read
// again: the work of a run's start when a bad config rejected that many.
func BenchmarkRejectSetCompact(b *testing.B) {
	n := 100_000
	if v := os.Getenv("ETL_REJECTS"); v != "" {
		fmt.Sscan(v, &n)
	}
	dir := b.TempDir()
	s, err := OpenRejects(dir, nil, false)
	if err != nil {
		b.Fatal(err)
	}
	defer func() { s.Close() }()
	batch := make([]pipeline.Reject, 0, 1000)
	for round := 0; round < 2; round++ {
		for i := 0; i < n; i++ {
			batch = append(batch, pipeline.Reject{Key: strconv.Itoa(i), Field: "password", Reason: "unsupported"})
			if len(batch) == cap(batch) || i == n-1 {
				s.Append(batch, []string{"old", "new"}[round], "r1")
				batch = batch[:0]
			}
		}
	}
	s.Sync()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		picked, err := s.Compact(CompactOptions{Ledger: fakeLedger{}, Config: "old", Retry: true, Pick: true, RetryFile: "retry-b.keys"})
		if err != nil || picked != int64(n) {
			b.Fatalf("picked %d of %d: %v", picked, n, err)
		}
	}
	b.ReportMetric(float64(s.Info().Size)/float64(n), "bytes/key")
}

// TestRejectSetPicksOrphans: an orphan is read again by every run, under
// an unchanged config too; a key whose last reject is another is not.
func TestRejectSetPicksOrphans(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenRejects(dir, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	orphan := func(k string) pipeline.Reject {
		return pipeline.Reject{Key: k, Field: "customer_code", Reason: pipeline.ReasonOrphan}
	}
	if err := s.Append([]pipeline.Reject{orphan("a"), orphan("b"), {Key: "c", Field: "city", Reason: "invalid"}}, "cfg", "r1"); err != nil {
		t.Fatal(err)
	}
	if err := s.Append([]pipeline.Reject{{Key: "b", Field: "city", Reason: "invalid"}}, "cfg", "r1"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Sync(); err != nil {
		t.Fatal(err)
	}
	picked, err := s.Compact(CompactOptions{Config: "cfg", Pick: true, RetryFile: "retry-r2.keys", Ledger: fakeLedger{}})
	if err != nil {
		t.Fatal(err)
	}
	if ks := retryKeys(t, dir, "retry-r2.keys"); picked != 1 || !slices.Equal(ks, []string{"a"}) {
		t.Fatalf("picked %d: %v, want [a]", picked, ks)
	}
	if s.Waiting() != 3 || s.Orphans() != 1 || s.Info().Orphans != 1 {
		t.Fatalf("waiting %d, orphans %d (info %d), want 3 and 1", s.Waiting(), s.Orphans(), s.Info().Orphans)
	}
}
