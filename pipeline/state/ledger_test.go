package state

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"etl/internal/fptable"
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
		owner, ok, err := l.UniqueOwner(fmt.Sprintf("user%d@example.com", i))
		if err != nil || ok != want || (want && owner != fmt.Sprint(i)) {
			t.Fatalf("UniqueOwner(user%d) = %q, %v, %v; want %v", i, owner, ok, err, want)
		}
		email, ok, err := l.Lookup(fmt.Sprint(i))
		if err != nil || ok != want || (want && email != fmt.Sprintf("user%d@example.com", i)) {
			t.Fatalf("Lookup(%d) = %q, %v, %v; want %v", i, email, ok, err, want)
		}
	}
}

func TestLedgerLookupsSurviveReopenAndCompaction(t *testing.T) {
	dir := t.TempDir()
	l := mustOpen(t, dir, 0, false)
	has(t, l, 0, 10, false)
	size := appendN(t, l, 0, 100)
	// A run's own appends are not looked up (the pipeline dedupes within
	// a run), so the ledger's memory does not grow with the run.
	has(t, l, 0, 100, false)
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
	size = appendN(t, l, 100, 150)
	l.Close()
	l = mustOpen(t, dir, size, false) // index plus a tail
	has(t, l, 0, 150, true)
	if err := l.Compact(true); err != nil { // merges this open's appends too
		t.Fatal(err)
	}
	size = appendN(t, l, 150, 170)
	l.Close()

	l = mustOpen(t, dir, size, false)
	if len(l.keys.base) != 150 || len(l.keys.tail) != 20 || l.Len() != 170 {
		t.Fatalf("base %d tail %d len %d: the index should cover the first 150", len(l.keys.base), len(l.keys.tail), l.Len())
	}
	has(t, l, 0, 170, true)
	has(t, l, 170, 180, false)
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
	size := appendN(t, l, 20, 25)
	l.Close()
	l = mustOpen(t, dir, size, false)
	has(t, l, 0, 10, true)
	has(t, l, 10, 20, false)
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
	dir := t.TempDir()
	l := mustOpen(t, dir, 0, false)
	if err := l.Append([]string{"7", "7"}, []string{"a@example.com", "b@example.com"}); err != nil {
		t.Fatal(err)
	}
	size, _ := l.Sync()
	l.Close()
	l = mustOpen(t, dir, size, false)
	for _, e := range []string{"a@example.com", "b@example.com"} {
		if owner, ok, _ := l.UniqueOwner(e); !ok || owner != "7" {
			t.Fatalf("EmailOwner(%s) = %q %v", e, owner, ok)
		}
	}
	if ok, _ := l.Exported("77"); ok {
		t.Fatal("77 is not exported")
	}
}

// A tail too large to keep in memory at every open is folded into the
// index files when the ledger is opened for writing.
func TestLedgerCompactsALargeTailAtOpen(t *testing.T) {
	dir := t.TempDir()
	l := mustOpen(t, dir, 0, false)
	size := appendN(t, l, 0, compactAt+10)
	l.Close()
	l = mustOpen(t, dir, size, false)
	if len(l.keys.tail) != 0 || len(l.keys.base) != compactAt+10 {
		t.Fatalf("tail %d base %d", len(l.keys.tail), len(l.keys.base))
	}
	has(t, l, compactAt-5, compactAt+10, true)
}

// BenchmarkLedger measures what a scheduled run pays for a ledger of
// b.N-independent size: opening a compacted ledger of 1M users
// (ETL_LEDGER_USERS to change it) and looking keys up (half of them
// present). Bytes per user on disk, the time to compact the whole log
// (what the end of a first run pays), the open time and the heap after
// opening are reported.
func BenchmarkLedger(b *testing.B) {
	n := 1_000_000
	if v, err := strconv.Atoi(os.Getenv("ETL_LEDGER_USERS")); err == nil && v > 0 {
		n = v
	}
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
	compacting := time.Now()
	if err := l.Compact(true); err != nil {
		b.Fatal(err)
	}
	compactTook := time.Since(compacting)
	disk := l.Size()
	l.Close()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	opened := time.Now()
	l, err = OpenLedger(dir, size, true)
	if err != nil {
		b.Fatal(err)
	}
	openTook := time.Since(opened)
	runtime.GC()
	runtime.ReadMemStats(&after)
	defer l.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := l.Exported(fmt.Sprint(i % (2 * n))); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(disk)/float64(n), "disk-bytes/user")
	b.ReportMetric(float64(openTook.Microseconds()), "open-µs")
	b.ReportMetric(float64(compactTook.Milliseconds()), "compact-ms")
	b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/1024, "heap-KiB-after-open")
}

// An entry longer than the scan's buffer is read whole; a length no entry
// can have is reported as damage, not allocated.
func TestLedgerScanLongAndDamagedEntries(t *testing.T) {
	dir := t.TempDir()
	l := mustOpen(t, dir, 0, false)
	long := strings.Repeat("k", 900<<10)
	if err := l.Append([]string{"1", long, "3"}, []string{"a@example.com", strings.Repeat("e", 900<<10), "c@example.com"}); err != nil {
		t.Fatal(err)
	}
	size, _ := l.Sync()
	l.Close()
	l = mustOpen(t, dir, size, false)
	for _, k := range []string{"1", long, "3"} {
		if ok, err := l.Exported(k); !ok || err != nil {
			t.Fatalf("Exported(%.10s) = %v, %v", k, ok, err)
		}
	}
	l.Close()

	// A length prefix claiming 2 GiB.
	f, err := os.OpenFile(filepath.Join(dir, LogFile), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write(binary.AppendUvarint(nil, 2<<30))
	f.Write([]byte("xyz"))
	f.Close()
	_, err = OpenLedger(dir, size+int64(len(binary.AppendUvarint(nil, 2<<30)))+3, false)
	if err == nil || !strings.Contains(err.Error(), "damaged") {
		t.Fatalf("err = %v, want a damaged ledger", err)
	}
}

// Compaction past one in-memory run spills sorted runs and merges them
// with the old table: the index must come out whole and in order.
func TestLedgerCompactionSpillsRuns(t *testing.T) {
	defer func(n int) { runLen = n }(runLen)
	runLen = 1000
	dir := t.TempDir()
	l := mustOpen(t, dir, 0, false)
	appendN(t, l, 0, 5500)
	if err := l.Compact(true); err != nil {
		t.Fatal(err)
	}
	size := appendN(t, l, 5500, 8700)
	if err := l.Compact(true); err != nil {
		t.Fatal(err)
	}
	l.Close()
	l = mustOpen(t, dir, size, true)
	for _, x := range []index{l.keys, l.emails} {
		if len(x.base) != 8700 || len(x.tail) != 0 {
			t.Fatalf("base %d tail %d, want 8700 and 0", len(x.base), len(x.tail))
		}
		if !slices.IsSortedFunc(x.base, fptable.Cmp) {
			t.Fatal("index out of order")
		}
	}
	has(t, l, 0, 8700, true)
	has(t, l, 8700, 8800, false)
	if left, _ := filepath.Glob(filepath.Join(dir, ".etl-run-*")); len(left) > 0 {
		t.Fatalf("spilled runs left behind: %v", left)
	}
	l.Close()

	// A tail left by an earlier open, read back from the log, and this
	// open's appends (spilled as they came, long entries among them),
	// merged by one Compact.
	l = mustOpen(t, dir, size, false)
	size = appendN(t, l, 8700, 9000)
	l.Close()
	l = mustOpen(t, dir, size, false)
	appendN(t, l, 9000, 11500)
	long := strings.Repeat("k", 300)
	if err := l.Append([]string{long, "z"}, []string{strings.Repeat("e", 200) + "@example.com", "z@example.com"}); err != nil {
		t.Fatal(err)
	}
	appendN(t, l, 11500, 12000)
	if err := l.Compact(true); err != nil {
		t.Fatal(err)
	}
	size, _ = l.Sync()
	l.Close()
	l = mustOpen(t, dir, size, true)
	if len(l.keys.base) != 12002 || len(l.emails.base) != 12002 || len(l.keys.tail) != 0 {
		t.Fatalf("base %d/%d tail %d, want 12002 and 0", len(l.keys.base), len(l.emails.base), len(l.keys.tail))
	}
	has(t, l, 0, 12000, true)
	for _, k := range []string{long, "z"} {
		if ok, err := l.Exported(k); !ok || err != nil {
			t.Fatalf("Exported(%.10s) = %v, %v", k, ok, err)
		}
	}
	if owner, ok, err := l.UniqueOwner("z@example.com"); owner != "z" || !ok || err != nil {
		t.Fatalf("EmailOwner(z) = %q, %v, %v", owner, ok, err)
	}
}

// A released user is no parent: its addresses wait until it is exported
// again.
func TestLedgerLookupAfterRelease(t *testing.T) {
	dir := t.TempDir()
	l := mustOpen(t, dir, 0, false)
	appendN(t, l, 0, 3)
	if err := l.Release([]string{"1"}, []string{"user1@example.com"}); err != nil {
		t.Fatal(err)
	}
	size, err := l.Sync()
	if err != nil {
		t.Fatal(err)
	}
	l.Close()
	l = mustOpen(t, dir, size, true)
	defer l.Close()
	for key, want := range map[string]bool{"0": true, "1": false, "2": true, "3": false} {
		if _, ok, err := l.Lookup(key); err != nil || ok != want {
			t.Errorf("Lookup(%s) = %v, %v; want %v", key, ok, err, want)
		}
	}
}

// A read-only ledger answers lookups from many goroutines at once, from
// its own preads and without its lock.
func TestLedgerReadOnlyConcurrentLookups(t *testing.T) {
	dir := t.TempDir()
	l := mustOpen(t, dir, 0, false)
	size := appendN(t, l, 0, 500)
	l.Close()
	l = mustOpen(t, dir, size, true)
	defer l.Close()
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 520; i++ {
				email, ok, err := l.Lookup(fmt.Sprint(i))
				if err != nil || ok != (i < 500) || (ok && email != fmt.Sprintf("user%d@example.com", i)) {
					t.Errorf("Lookup(%d) = %q, %v, %v", i, email, ok, err)
					return
				}
			}
		}()
	}
	wg.Wait()
}
