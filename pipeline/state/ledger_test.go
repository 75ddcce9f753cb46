package state

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func mustOpen(t *testing.T, dir string, committed int64, ro bool) *Ledger {
	t.Helper()
	l, err := OpenLedger(dir, committed, ro)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

func appendN(t *testing.T, l *Ledger, from, to int) int64 {
	t.Helper()
	var keys, emails []string
	for i := from; i < to; i++ {
		keys = append(keys, fmt.Sprint(i))
		emails = append(emails, fmt.Sprintf("user%d@example.com", i))
	}
	if err := l.Append(keys, emails); err != nil {
		t.Fatal(err)
	}
	size, err := l.Sync()
	if err != nil {
		t.Fatal(err)
	}
	return size
}

// has checks keys [from, to) are in (want) or out of the ledger, by key
// and by email.
func has(t *testing.T, l *Ledger, from, to int, want bool) {
	t.Helper()
	for i := from; i < to; i++ {
		ok, err := l.Exported(fmt.Sprint(i))
		if err != nil || ok != want {
			t.Fatalf("Exported(%d) = %v, %v; want %v", i, ok, err, want)
		}
		owner, ok, err := l.EmailOwner(fmt.Sprintf("user%d@example.com", i))
		if err != nil || ok != want || (want && owner != fmt.Sprint(i)) {
			t.Fatalf("EmailOwner(user%d) = %q, %v, %v; want %v", i, owner, ok, err, want)
		}
	}
}

func TestLedgerLookupsSurviveReopenAndCompaction(t *testing.T) {
	dir := t.TempDir()
	l := mustOpen(t, dir, 0, false)
	has(t, l, 0, 10, false)
	size := appendN(t, l, 0, 100)
	has(t, l, 0, 100, true)
	has(t, l, 100, 110, false)
	if l.Len() != 100 {
		t.Fatalf("Len %d", l.Len())
	}
	l.Close()

	l = mustOpen(t, dir, size, false) // from the log's tail alone
	has(t, l, 0, 100, true)
	if err := l.Compact(true); err != nil {
		t.Fatal(err)
	}
	has(t, l, 0, 100, true)
	size = appendN(t, l, 100, 150) // index plus a new tail
	has(t, l, 0, 150, true)
	l.Close()

	l = mustOpen(t, dir, size, false)
	if len(l.keys.base) != 100 || l.keys.tailLen() != 50 {
		t.Fatalf("base %d tail %d: the index should cover the first 100", len(l.keys.base), l.keys.tailLen())
	}
	has(t, l, 0, 150, true)
	has(t, l, 150, 160, false)
}

// A killed run's entries beyond the committed size are cut off: its rows
// are read again and must not count as exported.
func TestLedgerCutsUncommittedTail(t *testing.T) {
	dir := t.TempDir()
	l := mustOpen(t, dir, 0, false)
	committed := appendN(t, l, 0, 10)
	appendN(t, l, 10, 20) // written, never committed in the state
	l.Close()

	ro := mustOpen(t, dir, committed, true) // a dry run ignores, keeps
	has(t, ro, 0, 10, true)
	has(t, ro, 10, 20, false)
	ro.Close()
	if fi, _ := os.Stat(filepath.Join(dir, LogFile)); fi.Size() <= committed {
		t.Fatal("a read-only open changed the log")
	}

	l = mustOpen(t, dir, committed, false)
	has(t, l, 10, 20, false)
	if fi, _ := os.Stat(filepath.Join(dir, LogFile)); fi.Size() != committed {
		t.Fatalf("log is %d bytes, want the committed %d", fi.Size(), committed)
	}
	appendN(t, l, 20, 25)
	has(t, l, 0, 10, true)
	has(t, l, 20, 25, true)
}

// An index that covers more than the state commits (state restored from
// an older copy) is not trusted; the log is rescanned.
func TestLedgerIgnoresIndexBeyondCommitted(t *testing.T) {
	dir := t.TempDir()
	l := mustOpen(t, dir, 0, false)
	first := appendN(t, l, 0, 10)
	appendN(t, l, 10, 20)
	if err := l.Compact(true); err != nil {
		t.Fatal(err)
	}
	l.Close()
	l = mustOpen(t, dir, first, false)
	has(t, l, 0, 10, true)
	has(t, l, 10, 20, false)
}

func TestLedgerShorterThanCommittedIsAnError(t *testing.T) {
	dir := t.TempDir()
	l := mustOpen(t, dir, 0, false)
	size := appendN(t, l, 0, 5)
	l.Close()
	if _, err := OpenLedger(dir, size+10, false); err == nil {
		t.Fatal("a truncated ledger was accepted")
	}
}

// The same key filed twice (a fingerprint seen before) still answers.
func TestLedgerRepeatedFingerprint(t *testing.T) {
	l := mustOpen(t, t.TempDir(), 0, false)
	if err := l.Append([]string{"7", "7"}, []string{"a@example.com", "b@example.com"}); err != nil {
		t.Fatal(err)
	}
	for _, e := range []string{"a@example.com", "b@example.com"} {
		if owner, ok, _ := l.EmailOwner(e); !ok || owner != "7" {
			t.Fatalf("EmailOwner(%s) = %q %v", e, owner, ok)
		}
	}
	if ok, _ := l.Exported("77"); ok {
		t.Fatal("77 is not exported")
	}
}

// BenchmarkLedger measures what a scheduled run pays for a ledger of
// b.N-independent size: opening a compacted ledger of 1M users and
// looking keys up (half of them present). Bytes per user are reported.
func BenchmarkLedger(b *testing.B) {
	const n = 1_000_000
	dir := b.TempDir()
	l, err := OpenLedger(dir, 0, false)
	if err != nil {
		b.Fatal(err)
	}
	for from := 0; from < n; from += 10_000 {
		var keys, emails []string
		for i := from; i < from+10_000; i++ {
			keys = append(keys, fmt.Sprint(i))
			emails = append(emails, fmt.Sprintf("user%d@example.com", i))
		}
		if err := l.Append(keys, emails); err != nil {
			b.Fatal(err)
		}
	}
	size, _ := l.Sync()
	if err := l.Compact(true); err != nil {
		b.Fatal(err)
	}
	disk := l.Size()
	l.Close()
	b.ResetTimer()
	l, err = OpenLedger(dir, size, true)
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	for i := 0; i < b.N; i++ {
		if _, err := l.Exported(fmt.Sprint(i % (2 * n))); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(disk)/n, "disk-bytes/user")
}
