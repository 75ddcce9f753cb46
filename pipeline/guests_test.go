package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"etl/pipeline"
	"etl/transforms"
)

// shopRow is a customer row as a shop keeps it: guest checkouts are
// customer rows too.
type shopRow struct {
	key   int
	email string
	guest bool
	hash  string // the password hash; "" for an md5 that migrates
}

var shopColumns = []string{"first_name", "last_name", "email", "date_joined", "password", "user_type"}

type shopSource struct {
	rows []shopRow
	i    int
}

// byEmail is the users' rule, as etl run gives it.
var byEmail = pipeline.Unique{Field: "email"}

func (s *shopSource) Next(context.Context) (pipeline.Row, error) {
	if s.i >= len(s.rows) {
		return pipeline.Row{}, io.EOF
	}
	r := s.rows[s.i]
	s.i++
	typ := "registered"
	if r.guest {
		typ = "guest"
	}
	k := strconv.Itoa(r.key)
	hash := r.hash
	if hash == "" {
		hash = "e10adc3949ba59abbe56e057f20f883e"
	}
	row := pipeline.MakeRow(k, []pipeline.Field{{V: "Ayşe " + k, Valid: true}, {V: "Yılmaz", Valid: true},
		{V: r.email, Valid: true}, {V: "2022-01-13 09:26:00", Valid: true},
		{V: hash, Valid: true}, {V: typ, Valid: true}})
	row.Pos = pipeline.Pos{Key: k}
	return row, nil
}

// keepSink keeps copies of the batches (their memory is the pipeline's
// once WriteBatch returns).
type keepSink struct {
	mu      sync.Mutex
	batches []pipeline.Batch
}

func (s *keepSink) WriteBatch(_ context.Context, b *pipeline.Batch) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := *b
	c.Records = make([][]byte, len(b.Records))
	for i, u := range b.Records {
		c.Records[i] = bytes.Clone(u)
	}
	c.Keys, c.Uniques = slices.Clone(b.Keys), slices.Clone(b.Uniques)
	c.Carries = make([][]byte, len(b.Carries))
	for i, u := range b.Carries {
		c.Carries[i] = bytes.Clone(u)
	}
	c.Rejects = slices.Clone(b.Rejects)
	s.batches = append(s.batches, c)
	return nil
}

// exported lists "key type" of each user in output order, and the
// duplicate rejects as "key dup-of". Each user must carry the names it
// was exported with, a guest replayed from the guest file too.
func (s *keepSink) result(t *testing.T) (users, dups []string) {
	for _, b := range s.batches {
		for i, u := range b.Records {
			var rec struct {
				FirstName string `json:"first_name"`
				LastName  string `json:"last_name"`
				UserType  string `json:"user_type"`
			}
			if err := json.Unmarshal(u, &rec); err != nil {
				t.Fatal(err)
			}
			if c, ok := pipeline.CarryValues(string(b.Carries[i])); !ok || !slices.Equal(c, []string{rec.FirstName, rec.LastName}) {
				t.Fatalf("user %s (%s) carries %q, want its names %q %q", b.Keys[i], rec.UserType, c, rec.FirstName, rec.LastName)
			}
			users = append(users, b.Keys[i]+" "+rec.UserType)
		}
		for _, r := range b.Rejects {
			if r.Reason == pipeline.ReasonDuplicate {
				owner, _, _ := strings.Cut(strings.TrimPrefix(r.Detail, "same email as key "), " (")
				dups = append(dups, r.Key+" "+owner)
			}
		}
	}
	return users, dups
}

func runShop(t *testing.T, rows []shopRow, workers, batch int, hist pipeline.History) (*keepSink, *pipeline.Stats) {
	t.Helper()
	n, err := transforms.New(shopColumns, nil, transforms.Options{
		Password: transforms.PasswordPolicy{Algorithm: "auto", Unsupported: "reject"}})
	if err != nil {
		t.Fatal(err)
	}
	sink := &keepSink{}
	stats, err := pipeline.Run(context.Background(), &shopSource{rows: rows}, n.Transform, sink,
		pipeline.Options{Unique: byEmail, Workers: workers, BatchSize: batch, TempDir: t.TempDir(), History: hist})
	if err != nil {
		t.Fatal(err)
	}
	if err := stats.Balanced(); err != nil {
		t.Fatal(err)
	}
	return sink, stats
}

// TestRegisteredBeatsGuest: among rows sharing an email the registered
// one is exported, whichever key is smaller; among rows of one type the
// first read wins. Registered users come out in read order, then the
// guests in read order.
const bcrypt = "$2y$10$F3lzGAGaIDuUoyxjP8T6/.jUVcpgTWXxjnv4g9RWqJ0ivGJ9egGP6"

func TestRegisteredBeatsGuest(t *testing.T) {
	tests := []struct {
		name       string
		rows       []shopRow
		users      []string
		dupRejects []string
	}{
		{"guest first", []shopRow{{1, "a@example.com", true, ""}, {2, "A@example.com", false, ""}},
			[]string{"2 registered"}, []string{"1 2"}},
		{"registered first", []shopRow{{1, "a@example.com", false, ""}, {2, "a@example.com", true, ""}},
			[]string{"1 registered"}, []string{"2 1"}},
		{"two guests", []shopRow{{1, "a@example.com", true, ""}, {2, "a@example.com", true, ""}},
			[]string{"1 guest"}, []string{"2 1"}},
		{"two registered", []shopRow{{1, "a@example.com", false, ""}, {2, "a@example.com", false, ""}},
			[]string{"1 registered"}, []string{"2 1"}},
		// A registered account that cannot be exported yet (a bcrypt hash,
		// unsupported) still keeps its email from a guest checkout: once it
		// is fixed, it is the one to export.
		{"rejected registered first", []shopRow{{1, "a@example.com", false, bcrypt}, {2, "a@example.com", true, ""}},
			nil, []string{"2 1"}},
		{"rejected registered last", []shopRow{{1, "a@example.com", true, ""}, {2, "b@example.com", true, ""}, {3, "A@example.com", false, bcrypt}},
			[]string{"2 guest"}, []string{"1 3"}},
		{"guests around a registered", []shopRow{{1, "a@example.com", true, ""}, {2, "b@example.com", true, ""},
			{3, "a@example.com", false, ""}, {4, "a@example.com", true, ""}, {5, "c@example.com", false, ""}},
			[]string{"3 registered", "5 registered", "2 guest"}, []string{"1 3", "4 3"}},
	}
	for _, tt := range tests {
		for _, workers := range []int{1, 2, 5} {
			for _, batch := range []int{1, 2, 1000} {
				sink, stats := runShop(t, tt.rows, workers, batch, nil)
				users, dups := sink.result(t)
				slices.Sort(dups)
				if !slices.Equal(users, tt.users) || !slices.Equal(dups, tt.dupRejects) {
					t.Errorf("%s, %d workers, batch %d: users %q, duplicate rejects %q; want %q, %q",
						tt.name, workers, batch, users, dups, tt.users, tt.dupRejects)
				}
				if stats.Read != int64(len(tt.rows)) {
					t.Errorf("%s: read %d of %d rows", tt.name, stats.Read, len(tt.rows))
				}
			}
		}
	}
}

// TestRegisteredBeatsGuestAtScale: many rows, emails shared at random
// between guests and registered rows, both orders of keys. The output is
// the same whatever the worker count and batch size, the winner of each
// email is the rule's, and no batch before the last guest is out is a
// place to resume from.
func TestRegisteredBeatsGuestAtScale(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	const n = 3000
	rows := make([]shopRow, n)
	for i := range rows {
		rows[i] = shopRow{key: i + 1, email: fmt.Sprintf("p%d@example.com", rng.Intn(n/3)), guest: rng.Intn(3) == 0}
	}
	reversed := slices.Clone(rows)
	slices.Reverse(reversed)
	for i := range reversed {
		reversed[i].key = i + 1 // the same people, read the other way round
	}
	for _, order := range [][]shopRow{rows, reversed} {
		// The rule, worked out on its own: the first registered row of
		// an email, else its first guest.
		winner := map[string]int{}
		for _, r := range order {
			w, ok := winner[r.email]
			if !ok || (!r.guest && order[w-1].guest) {
				winner[r.email] = r.key
			}
		}
		var want []string
		for _, guests := range []bool{false, true} {
			for _, r := range order {
				if r.guest == guests && winner[r.email] == r.key {
					want = append(want, fmt.Sprintf("%d %s", r.key, map[bool]string{false: "registered", true: "guest"}[guests]))
				}
			}
		}
		first := map[int]string{} // batches by batch size
		for _, workers := range []int{1, 3, 8} {
			for _, batch := range []int{7, 250} {
				sink, stats := runShop(t, order, workers, batch, nil)
				users, _ := sink.result(t)
				if !slices.Equal(users, want) {
					t.Fatalf("%d workers, batch %d: %d users, want %d; first difference at %d", workers, batch, len(users), len(want), firstDiff(users, want))
				}
				if stats.Exported != int64(len(want)) || stats.Rejected != n-int64(len(want)) {
					t.Errorf("stats %+v", stats)
				}
				var out strings.Builder
				for i, b := range sink.batches {
					fmt.Fprintf(&out, "%d %v %v %v %d %d|", b.Seq, b.Keys, b.Rejects, b.Last, b.GuestsHeld, b.GuestsReplayed)
					if i > 0 && mustAtoi(b.Last.Key) < mustAtoi(sink.batches[i-1].Last.Key) {
						t.Errorf("batch %d's Last %s goes back from %s", i, b.Last.Key, sink.batches[i-1].Last.Key)
					}
					if i > 0 && (b.GuestsHeld < sink.batches[i-1].GuestsHeld || b.GuestsReplayed < sink.batches[i-1].GuestsReplayed) {
						t.Errorf("batch %d: the guest file's offsets go back", i)
					}
				}
				if l := sink.batches[len(sink.batches)-1]; l.GuestsHeld == 0 || l.GuestsReplayed != l.GuestsHeld {
					t.Errorf("last batch: %d bytes of guests held, %d replayed: some would never be exported", l.GuestsHeld, l.GuestsReplayed)
				}
				if f, ok := first[batch]; !ok {
					first[batch] = out.String()
				} else if out.String() != f {
					t.Errorf("%d workers, batch %d: batches differ from those of 1 worker", workers, batch)
				}
			}
		}
	}
}

func firstDiff(a, b []string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

// history is what an earlier run exported.
type history map[string]string // email -> key

func (h history) Exported(key string) (bool, error) {
	for _, k := range h {
		if k == key {
			return true, nil
		}
	}
	return false, nil
}

func (h history) UniqueOwner(email string) (string, bool, error) {
	k, ok := h[email]
	return k, ok, nil
}

// TestGuestExportedByAnEarlierRun: Omnitron only creates users, so a
// guest an earlier run exported keeps its email; a registered row that
// comes later is a duplicate naming that run. A guest converted in place
// (the same key, now registered) is already exported.
func TestGuestExportedByAnEarlierRun(t *testing.T) {
	hist := history{"a@example.com": "1"}
	for _, workers := range []int{1, 4} {
		sink, stats := runShop(t, []shopRow{{1, "a@example.com", false, ""}, {2, "a@example.com", false, ""}, {3, "b@example.com", true, ""}}, workers, 10, hist)
		users, dups := sink.result(t)
		if !slices.Equal(users, []string{"3 guest"}) || !slices.Equal(dups, []string{"2 1"}) ||
			stats.SkippedBy[pipeline.SkipAlreadyExported] != 1 {
			t.Errorf("%d workers: users %q, duplicate rejects %q, skipped %v", workers, users, dups, stats.SkippedBy)
		}
		if !strings.Contains(fmt.Sprint(sink.batches), "same email as key 1 (exported by an earlier run)") {
			t.Errorf("%d workers: the duplicate does not name the earlier run", workers)
		}
	}
}

// failSink takes batches until the failOn'th, which it refuses: the run
// fails there, as one whose disk filled up or that was killed.
type failSink struct {
	keepSink
	failOn int
}

func (s *failSink) WriteBatch(ctx context.Context, b *pipeline.Batch) error {
	if len(s.batches)+1 == s.failOn {
		return fmt.Errorf("injected: disk full")
	}
	return s.keepSink.WriteBatch(ctx, b)
}

// TestGuestsSurviveAResume: a run that fails after some batches and is
// resumed from its last batch (after its Last, with the guest file cut
// back to that batch's size and replayed from its offset, against what
// it exported) exports what one uninterrupted run exports, each user
// once, wherever it failed: before, among or after the guests' replay.
func TestGuestsSurviveAResume(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	const n = 400
	rows := make([]shopRow, n)
	for i := range rows {
		rows[i] = shopRow{key: i + 1, email: fmt.Sprintf("p%d@example.com", rng.Intn(n/2)), guest: rng.Intn(3) == 0}
	}
	whole, _ := runShop(t, rows, 3, 10, nil)
	want, _ := whole.result(t)
	slices.Sort(want)
	norm, err := transforms.New(shopColumns, nil, transforms.Options{
		Password: transforms.PasswordPolicy{Algorithm: "auto", Unsupported: "reject"}})
	if err != nil {
		t.Fatal(err)
	}
	for failOn := 2; failOn <= len(whole.batches); failOn++ {
		path := t.TempDir() + "/guests"
		guests, err := pipeline.OpenGuestFile(path, 0)
		if err != nil {
			t.Fatal(err)
		}
		first := &failSink{failOn: failOn}
		_, err = pipeline.Run(context.Background(), &shopSource{rows: rows}, norm.Transform, first,
			pipeline.Options{Unique: byEmail, Workers: 3, BatchSize: 10, TempDir: t.TempDir(), Guests: guests})
		guests.Close()
		if err == nil {
			t.Fatalf("fail on batch %d: the run did not fail", failOn)
		}
		hist := history{}
		for _, b := range first.batches {
			for i, k := range b.Keys {
				hist[b.Uniques[i]] = k
			}
		}
		var after []shopRow
		var held, replayed int64
		if l := len(first.batches); l > 0 {
			last := first.batches[l-1]
			held, replayed = last.GuestsHeld, last.GuestsReplayed
			for _, r := range rows {
				if r.key > mustAtoi(last.Last.Key) {
					after = append(after, r)
				}
			}
		} else {
			after = rows
		}
		guests, err = pipeline.OpenGuestFile(path, held)
		if err != nil {
			t.Fatal(err)
		}
		second := &keepSink{}
		stats, err := pipeline.Run(context.Background(), &shopSource{rows: after}, norm.Transform, second,
			pipeline.Options{Unique: byEmail, Workers: 2, BatchSize: 10, TempDir: t.TempDir(), Guests: guests, GuestsReplayed: replayed, History: hist})
		guests.Close()
		if err != nil {
			t.Fatal(err)
		}
		// Every row is counted once over both attempts: none read again
		// and skipped, no guest replayed twice.
		read, skipped := stats.Read, stats.Skipped
		for _, b := range first.batches {
			read, skipped = read+b.Stats.Read, skipped+b.Stats.Skipped
		}
		if read != n || skipped != 0 {
			t.Errorf("failed on batch %d and resumed: %d rows counted, %d skipped; want %d, 0", failOn, read, skipped, n)
		}
		got, _ := first.result(t)
		more, _ := second.result(t)
		got = append(got, more...)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("failed on batch %d of %d and resumed: %d users, want %d; first difference at %d",
				failOn, len(whole.batches), len(got), len(want), firstDiff(got, want))
		}
	}
}

// TestOpenGuestFile: the committed bytes are kept, a killed attempt's
// tail is cut, and a file shorter than the checkpoint says is an error
// that says what to do.
func TestOpenGuestFile(t *testing.T) {
	path := t.TempDir() + "/guests"
	if err := os.WriteFile(path, []byte("0123456789"), 0o600); err != nil {
		t.Fatal(err)
	}
	g, err := pipeline.OpenGuestFile(path, 4)
	if err != nil {
		t.Fatal(err)
	}
	if g.Size() != 4 {
		t.Errorf("size %d, want 4", g.Size())
	}
	g.Close()
	if data, _ := os.ReadFile(path); string(data) != "0123" {
		t.Errorf("file holds %q, want the committed 4 bytes", data)
	}
	if _, err := pipeline.OpenGuestFile(path, 9); err == nil || !strings.Contains(err.Error(), "--full") {
		t.Errorf("a file shorter than committed: %v", err)
	}
}
