package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// sliceSource yields n rows keyed 1..n; row i's email is emailOf(i).
type sliceSource struct {
	n, i    int
	emailOf func(int) string
	failAt  int
	delay   time.Duration
}

func (s *sliceSource) Next(ctx context.Context) (Row, error) {
	if s.i >= s.n {
		return Row{}, io.EOF
	}
	s.i++
	if s.failAt > 0 && s.i == s.failAt {
		return Row{}, errors.New("connection lost")
	}
	if s.delay > 0 {
		time.Sleep(s.delay)
	}
	k := strconv.Itoa(s.i)
	return MakeRow(k, []Field{{V: s.emailOf(s.i), Valid: true}}), nil
}

// testTransform rejects keys divisible by 7, warns on keys divisible by 5
// and sleeps a little at random so workers finish out of order.
func testTransform(r *Row, buf []byte) Result {
	k, _ := strconv.Atoi(r.Key)
	if rand.Intn(50) == 0 {
		time.Sleep(time.Duration(rand.Intn(200)) * time.Microsecond)
	}
	if k%7 == 0 {
		return Result{Reject: &Reject{Field: "email", Reason: ReasonInvalid, Detail: "test"}}
	}
	email := r.Field(0).V
	buf = append(buf, `{"email":`...)
	buf = AppendString(buf, email)
	buf = append(buf, `,"customer_code":`...)
	buf = AppendString(buf, r.Key)
	res := Result{Unique: email, JSON: append(buf, '}')}
	if k%5 == 0 {
		res.Warnings = []Warning{{Field: "phone", Kind: "phone_dropped"}}
	}
	return res
}

type memSink struct {
	mu      sync.Mutex
	batches []*Batch
	failOn  int
	block   chan struct{}
}

func (m *memSink) WriteBatch(ctx context.Context, b *Batch) error {
	if m.block != nil {
		select {
		case <-m.block:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.failOn > 0 && len(m.batches)+1 == m.failOn {
		return errors.New("disk full")
	}
	// Users and Emails are the pipeline's memory once WriteBatch returns
	// (Sink): keep copies.
	c := *b
	c.Records = make([][]byte, len(b.Records))
	for i, u := range b.Records {
		c.Records[i] = bytes.Clone(u)
	}
	c.Uniques = make([]string, len(b.Uniques))
	for i, e := range b.Uniques {
		c.Uniques[i] = strings.Clone(e)
	}
	m.batches = append(m.batches, &c)
	return nil
}

func (m *memSink) output() string {
	var buf bytes.Buffer
	for _, b := range m.batches {
		fmt.Fprintf(&buf, "batch %d\n", b.Seq)
		for _, u := range b.Records {
			buf.Write(u)
			buf.WriteByte('\n')
		}
		for _, r := range b.Rejects {
			fmt.Fprintf(&buf, "reject %+v\n", r)
		}
	}
	return buf.String()
}

func uniqueEmail(i int) string { return fmt.Sprintf("u%d@example.com", i) }

func TestRunConservation(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for trial := 0; trial < 12; trial++ {
		n := rng.Intn(5000)
		workers := 1 + rng.Intn(16)
		batch := 1 + rng.Intn(700)
		sink := &memSink{}
		// every 11th row repeats the email of the row before it
		emailOf := func(i int) string {
			if i%11 == 0 {
				return uniqueEmail(i - 1)
			}
			return uniqueEmail(i)
		}
		stats, err := Run(context.Background(), &sliceSource{n: n, emailOf: emailOf}, testTransform, sink,
			Options{Unique: byEmail, Workers: workers, BatchSize: batch, TempDir: t.TempDir()})
		if err != nil {
			t.Fatalf("n=%d workers=%d: %v", n, workers, err)
		}
		var users, rejects int64
		seq := 0
		for _, b := range sink.batches {
			for _, u := range b.Records {
				// records share arenas: each must still be its own, whole
				var rec struct {
					Email        string `json:"email"`
					CustomerCode string `json:"customer_code"`
				}
				if err := json.Unmarshal(u, &rec); err != nil || rec.Email != emailOf(mustAtoi(rec.CustomerCode)) {
					t.Fatalf("record %s: %v", u, err)
				}
			}
			users += int64(len(b.Records))
			rejects += int64(len(b.Rejects))
			if len(b.Records) > batch {
				t.Fatalf("batch of %d users > batch size %d", len(b.Records), batch)
			}
			if len(b.Records) > 0 {
				seq++
				if b.Seq != seq {
					t.Fatalf("batch seq %d, want %d", b.Seq, seq)
				}
			}
		}
		if stats.Read != int64(n) || users != stats.Exported || rejects != stats.Rejected || stats.Balanced() != nil {
			t.Fatalf("n=%d: stats %+v, users %d, rejects %d", n, stats, users, rejects)
		}
		var wantRej int64
		for i := 1; i <= n; i++ {
			if i%7 == 0 || (i%11 == 0 && (i-1)%7 != 0) {
				wantRej++
			}
		}
		if stats.Rejected != wantRej {
			t.Fatalf("n=%d: rejected %d, want %d", n, stats.Rejected, wantRej)
		}
	}
}

// slowSink is a memSink that takes its time before it copies a batch: the
// workers meanwhile encode the next records, in arenas of their own only
// while the batch's are not yet reused.
type slowSink struct{ memSink }

func (s *slowSink) WriteBatch(ctx context.Context, b *Batch) error {
	time.Sleep(500 * time.Microsecond)
	return s.memSink.WriteBatch(ctx, b)
}

// TestRunReusesArenasOnlyWhenWritten: every record a sink is handed is
// still the one encoded for its key (the arenas records are encoded in
// are reused once the sink has written their batches, and not before).
func TestRunReusesArenasOnlyWhenWritten(t *testing.T) {
	pad := strings.Repeat("x", 300) // a record a row of this size: arenas fill fast
	for _, batch := range []int{5, 100, 256, 300} {
		sink := &slowSink{}
		_, err := Run(context.Background(), &sliceSource{n: 6000, emailOf: func(i int) string { return fmt.Sprintf("u%d@%s.com", i, pad) }},
			testTransform, sink, Options{Unique: byEmail, Workers: 4, BatchSize: batch, TempDir: t.TempDir()})
		if err != nil {
			t.Fatal(err)
		}
		users := 0
		for _, b := range sink.batches {
			for i, u := range b.Records {
				users++
				key, email := b.Keys[i], fmt.Sprintf("u%s@%s.com", b.Keys[i], pad)
				if !strings.Contains(string(u), `"customer_code":"`+key+`"`) || !strings.Contains(string(u), `"email":"`+email+`"`) || b.Uniques[i] != email {
					t.Fatalf("batch size %d: record of key %s is %.80s…, email %.20s…", batch, key, u, b.Uniques[i])
				}
			}
		}
		if users < 5000 {
			t.Fatalf("batch size %d: %d users", batch, users)
		}
	}
}

// TestRunArenasStayBounded: a run allocates the arenas the records in
// flight need, not one per 300 records: memory does not grow with the
// rows read.
func TestRunArenasStayBounded(t *testing.T) {
	pad := strings.Repeat("x", 300)
	before := arenasMade.Load()
	_, err := Run(context.Background(), &sliceSource{n: 50000, emailOf: func(i int) string { return fmt.Sprintf("u%d@%s.com", i, pad) }},
		testTransform, &memSink{}, Options{Unique: byEmail, Workers: 4, BatchSize: 1000, TempDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	// 50k records of about 400 bytes fill some 160 arenas; in flight
	// are at most 16 chunks, 3 batches and one arena a worker.
	made := arenasMade.Load() - before
	t.Logf("%d arenas for 50k rows", made)
	if made > 48 {
		t.Errorf("%d arenas for 50k rows", made)
	}
}

func TestRunSameOutputAnyWorkers(t *testing.T) {
	var outs []string
	for _, w := range []int{1, 8} {
		sink := &memSink{}
		_, err := Run(context.Background(), &sliceSource{n: 3000, emailOf: func(i int) string { return uniqueEmail(i % 2500) }},
			testTransform, sink, Options{Unique: byEmail, Workers: w, BatchSize: 100, TempDir: t.TempDir()})
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, sink.output())
	}
	if outs[0] != outs[1] {
		t.Fatal("workers=1 and workers=8 wrote different output")
	}
}

func TestRunDuplicateSmallerKeyWins(t *testing.T) {
	sink := &memSink{}
	stats, err := Run(context.Background(), &sliceSource{n: 4, emailOf: func(i int) string { return "same@example.com" }},
		func(r *Row, buf []byte) Result {
			return Result{Unique: r.Field(0).V, JSON: append(buf, r.Key...)}
		}, sink, Options{Unique: byEmail, Workers: 4, TempDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	b := sink.batches[0]
	if len(b.Records) != 1 || string(b.Records[0]) != "1" || stats.Rejected != 3 {
		t.Fatalf("users %q, rejected %d", b.Records, stats.Rejected)
	}
	for i, r := range b.Rejects {
		if r.Field != "email" || r.Reason != ReasonDuplicate || r.Detail != "same email as key 1" || r.Key != strconv.Itoa(i+2) {
			t.Errorf("reject %+v", r)
		}
	}
}

func TestRunPanicRejectsRow(t *testing.T) {
	sink := &memSink{}
	stats, err := Run(context.Background(), &sliceSource{n: 50, emailOf: uniqueEmail}, func(r *Row, buf []byte) Result {
		if r.Key == "13" {
			var m map[string]int
			m["boom"]++ // nil map: a runtime panic
		}
		return testTransform(r, buf)
	}, sink, Options{Unique: byEmail, Workers: 3, TempDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, b := range sink.batches {
		for _, r := range b.Rejects {
			if r.Key == "13" {
				found = r.Field == "row" && r.Reason == ReasonInvalid
			}
		}
	}
	if !found || stats.Read != 50 || stats.Balanced() != nil {
		t.Fatalf("panic not rejected: %+v", stats)
	}
}

func TestRunSourceRowError(t *testing.T) {
	sink := &memSink{}
	src := &errRowSource{}
	stats, err := Run(context.Background(), src, testTransform, sink, Options{Unique: byEmail, Workers: 2, TempDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	r := sink.batches[0].Rejects[0]
	if r.Key != "line 2" || r.Field != "row" || r.Detail != "malformed" || stats.Read != 1 {
		t.Fatalf("got %+v, %+v", r, stats)
	}
}

type errRowSource struct{ done bool }

func (s *errRowSource) Next(context.Context) (Row, error) {
	if s.done {
		return Row{}, io.EOF
	}
	s.done = true
	return Row{Key: "line 2", Err: "malformed"}, nil
}

func TestRunFailingSink(t *testing.T) {
	sink := &memSink{failOn: 3}
	stats, err := Run(context.Background(), &sliceSource{n: 2000, emailOf: uniqueEmail}, testTransform, sink,
		Options{Unique: byEmail, Workers: 4, BatchSize: 100, TempDir: t.TempDir()})
	if err == nil || err.Error() != "disk full" {
		t.Fatalf("err = %v", err)
	}
	if len(sink.batches) != 2 {
		t.Fatalf("%d batches written", len(sink.batches))
	}
	var users int64
	for _, b := range sink.batches {
		users += int64(len(b.Records))
	}
	if stats.Exported != users || stats.Balanced() != nil {
		t.Fatalf("stats %+v do not match the %d users written", stats, users)
	}
}

func TestRunSourceError(t *testing.T) {
	sink := &memSink{}
	_, err := Run(context.Background(), &sliceSource{n: 5000, emailOf: uniqueEmail, failAt: 3000}, testTransform, sink,
		Options{Unique: byEmail, Workers: 4, BatchSize: 100, TempDir: t.TempDir()})
	if err == nil || err.Error() != "connection lost" {
		t.Fatalf("err = %v", err)
	}
}

func TestRunCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	sink := &memSink{block: make(chan struct{})}
	done := make(chan error, 1)
	go func() {
		_, err := Run(ctx, &sliceSource{n: 1 << 30, emailOf: uniqueEmail}, testTransform, sink,
			Options{Unique: byEmail, Workers: 4, BatchSize: 10, TempDir: t.TempDir()})
		done <- err
	}()
	time.Sleep(50 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("err = %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
}

func TestRunStopDrains(t *testing.T) {
	stop := make(chan struct{})
	sink := &memSink{}
	src := &sliceSource{n: 1 << 30, emailOf: uniqueEmail, delay: 10 * time.Microsecond}
	time.AfterFunc(100*time.Millisecond, func() { close(stop) })
	stats, err := Run(context.Background(), src, testTransform, sink,
		Options{Unique: byEmail, Workers: 4, BatchSize: 50, TempDir: t.TempDir(), Stop: stop})
	if !errors.Is(err, ErrInterrupted) {
		t.Fatalf("err = %v", err)
	}
	if stats.Read != int64(src.i) || stats.Read == 0 || stats.Balanced() != nil {
		t.Fatalf("read %d of %d rows taken from the source: %+v", stats.Read, src.i, stats)
	}
}

func TestRunLimit(t *testing.T) {
	sink := &memSink{}
	stats, err := Run(context.Background(), &sliceSource{n: 1000, emailOf: uniqueEmail}, testTransform, sink,
		Options{Unique: byEmail, Workers: 2, Limit: 300, TempDir: t.TempDir()})
	if err != nil || stats.Read != 300 {
		t.Fatalf("read %d, err %v", stats.Read, err)
	}
}

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

// byEmail is the users' rule: a repeated email is a duplicate reject.
var byEmail = Unique{Field: "email"}

// TestRunUniqueRules: the same four rows under each rule a kind can give.
func TestRunUniqueRules(t *testing.T) {
	same := func(r *Row, buf []byte) Result {
		return Result{Unique: "same", JSON: append(buf, r.Key...)}
	}
	tests := []struct {
		name                      string
		rule                      Unique
		exported, rejected, skips int64
	}{
		{"none", Unique{}, 4, 0, 0},
		{"reject", Unique{Field: "line"}, 1, 3, 0},
		{"skip", Unique{Field: "line", Skip: "same_address"}, 1, 0, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stats, err := Run(context.Background(), &sliceSource{n: 4, emailOf: uniqueEmail}, same, &memSink{},
				Options{Unique: tt.rule, Workers: 2, TempDir: t.TempDir()})
			if err != nil {
				t.Fatal(err)
			}
			if stats.Exported != tt.exported || stats.Rejected != tt.rejected || stats.Skipped != tt.skips {
				t.Fatalf("exported %d rejected %d skipped %d, want %d %d %d", stats.Exported, stats.Rejected, stats.Skipped,
					tt.exported, tt.rejected, tt.skips)
			}
			if tt.skips > 0 && stats.SkippedBy[tt.rule.Skip] != tt.skips {
				t.Fatalf("skipped by %v", stats.SkippedBy)
			}
		})
	}
}
