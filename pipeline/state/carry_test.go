package state

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"etl/pipeline"
)

// carryOf is the carry of a user named first last.
func carryOf(first, last string) []byte { return pipeline.AppendCarry(nil, first, last) }

// lookupCarry checks LookupCarry(key) on every open of l's kind: what it
// finds, and the carry it reads back ("" for none).
func lookupCarry(t *testing.T, l *Ledger, key, wantEmail string, wantCarry []byte) {
	t.Helper()
	email, carry, ok, err := l.LookupCarry(key)
	if err != nil || ok != (wantEmail != "") || email != wantEmail || carry != string(wantCarry) {
		t.Fatalf("LookupCarry(%q) = %q, %q, %v, %v; want %q, %q", key, email, carry, ok, err, wantEmail, wantCarry)
	}
	if e, ok, err := l.Lookup(key); err != nil || e != wantEmail || ok != (wantEmail != "") {
		t.Fatalf("Lookup(%q) = %q, %v, %v; want %q", key, e, ok, err, wantEmail)
	}
}

// TestLedgerCarry: a carry is written with its key's entry and read back
// by a read-only open (mapped) and a writable one (pread), before and
// after compaction; an entry without one reads as before; a release and
// a new export of the key with another carry make the last one count.
func TestLedgerCarry(t *testing.T) {
	dir := t.TempDir()
	l := mustOpen(t, dir, 0, false)
	long := strings.Repeat("ş", 400) // past the 512 bytes a lookup reads at once
	keys := []string{"1", "2", "3", "4"}
	emails := []string{"ayse@example.com", "ali@example.com", "veli@example.com", "can@example.com"}
	carries := [][]byte{carryOf("Ayşe", "Yılmaz"), nil, carryOf(long, "Uzun"), carryOf("", "")}
	if err := l.AppendCarried(keys, emails, carries); err != nil {
		t.Fatal(err)
	}
	size, err := l.Sync()
	if err != nil {
		t.Fatal(err)
	}
	l.Close()

	check := func(l *Ledger) {
		t.Helper()
		for i, k := range keys {
			lookupCarry(t, l, k, emails[i], carries[i])
			if owner, ok, err := l.UniqueOwner(emails[i]); err != nil || !ok || owner != k {
				t.Fatalf("UniqueOwner(%s) = %q, %v, %v; want %s", emails[i], owner, ok, err, k)
			}
		}
		lookupCarry(t, l, "5", "", nil)
	}
	for _, ro := range []bool{true, false} {
		l := mustOpen(t, dir, size, ro)
		check(l)
		l.Close()
	}
	l = mustOpen(t, dir, size, false)
	if err := l.Compact(true); err != nil {
		t.Fatal(err)
	}
	check(l)
	got, gotEmails, err := l.Entries(Span{From: 0, To: size})
	if err != nil || strings.Join(got, ",") != "1,2,3,4" || strings.Join(gotEmails, ",") != strings.Join(emails, ",") {
		t.Fatalf("Entries: %q, %q, %v; want the keys without their marks", got, gotEmails, err)
	}
	if err := l.Release([]string{"1"}, []string{"ayse@example.com"}); err != nil {
		t.Fatal(err)
	}
	if err := l.AppendCarried([]string{"1"}, []string{"ayse@example.com"}, [][]byte{carryOf("Ayşe", "Kaya")}); err != nil {
		t.Fatal(err)
	}
	if size, err = l.Sync(); err != nil {
		t.Fatal(err)
	}
	l.Close()
	l = mustOpen(t, dir, size, true)
	lookupCarry(t, l, "1", "ayse@example.com", carryOf("Ayşe", "Kaya"))
}

// TestLedgerReadsEntriesWrittenBeforeCarries: a ledger written before
// entries carried anything (testdata, as that etl wrote it: 1 and 2
// exported, 2 released, 3 exported) reads as it did, its entries with no
// carry; entries appended to it carry theirs.
func TestLedgerReadsEntriesWrittenBeforeCarries(t *testing.T) {
	old, err := os.ReadFile(filepath.Join("testdata", "ledger-before-carries.log"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, LogFile), old, 0o600); err != nil {
		t.Fatal(err)
	}
	committed := int64(len(old))
	for _, ro := range []bool{true, false} {
		l := mustOpen(t, dir, committed, ro)
		lookupCarry(t, l, "1", "ayse@example.com", nil)
		lookupCarry(t, l, "2", "", nil)
		lookupCarry(t, l, "3", "ali@example.com", nil)
		if l.Len() != 4 {
			t.Fatalf("Len %d, want 4", l.Len())
		}
		l.Close()
	}
	l := mustOpen(t, dir, committed, false)
	if err := l.AppendCarried([]string{"2"}, []string{"mehmet@example.com"}, [][]byte{carryOf("Mehmet", "Öz")}); err != nil {
		t.Fatal(err)
	}
	size, err := l.Sync()
	if err != nil {
		t.Fatal(err)
	}
	l.Close()
	l = mustOpen(t, dir, size, true)
	lookupCarry(t, l, "1", "ayse@example.com", nil)
	lookupCarry(t, l, "2", "mehmet@example.com", carryOf("Mehmet", "Öz"))
	lookupCarry(t, l, "3", "ali@example.com", nil)
}

// TestLedgerCutsUncommittedCarries: what a child kind sees of a record is
// what was committed with it. A killed run's release and new export of a
// key with other names, and an entry torn in its carry, are cut off.
func TestLedgerCutsUncommittedCarries(t *testing.T) {
	dir := t.TempDir()
	l := mustOpen(t, dir, 0, false)
	if err := l.AppendCarried([]string{"1"}, []string{"ayse@example.com"}, [][]byte{carryOf("Ayşe", "Yılmaz")}); err != nil {
		t.Fatal(err)
	}
	committed, err := l.Sync()
	if err != nil {
		t.Fatal(err)
	}
	// Written, never committed in the state.
	if err := l.Release([]string{"1"}, []string{"ayse@example.com"}); err != nil {
		t.Fatal(err)
	}
	if err := l.AppendCarried([]string{"1", "2"}, []string{"ayse@example.com", "ali@example.com"},
		[][]byte{carryOf("Ayşe", "Kaya"), carryOf("Ali", "Can")}); err != nil {
		t.Fatal(err)
	}
	written, err := l.Sync()
	if err != nil {
		t.Fatal(err)
	}
	l.Close()
	// The kill came in the middle of the last entry's carry.
	if err := os.Truncate(filepath.Join(dir, LogFile), written-2); err != nil {
		t.Fatal(err)
	}

	ro := mustOpen(t, dir, committed, true) // a child kind's open
	lookupCarry(t, ro, "1", "ayse@example.com", carryOf("Ayşe", "Yılmaz"))
	lookupCarry(t, ro, "2", "", nil)
	ro.Close()

	l = mustOpen(t, dir, committed, false) // the resumed run's
	if fi, _ := os.Stat(filepath.Join(dir, LogFile)); fi.Size() != committed {
		t.Fatalf("log is %d bytes, want the committed %d", fi.Size(), committed)
	}
	lookupCarry(t, l, "1", "ayse@example.com", carryOf("Ayşe", "Yılmaz"))
	if err := l.AppendCarried([]string{"2"}, []string{"ali@example.com"}, [][]byte{carryOf("Ali", "Can")}); err != nil {
		t.Fatal(err)
	}
	size, err := l.Sync()
	if err != nil {
		t.Fatal(err)
	}
	l.Close()
	l = mustOpen(t, dir, size, true)
	lookupCarry(t, l, "1", "ayse@example.com", carryOf("Ayşe", "Yılmaz"))
	lookupCarry(t, l, "2", "ali@example.com", carryOf("Ali", "Can"))
}

// TestLedgerRecentAnswers: a read-only ledger's cache of recent answers
// gives what a search would, whichever question came first: a carry asked
// for after a plain lookup, a key not exported, a released one, and keys
// whose fingerprints share a slot.
func TestLedgerRecentAnswers(t *testing.T) {
	dir := t.TempDir()
	l := mustOpen(t, dir, 0, false)
	if err := l.AppendCarried([]string{"1", "2", "3"}, []string{"a@example.com", "b@example.com", "c@example.com"},
		[][]byte{carryOf("Ayşe", "Kaya"), carryOf("Mehmet", "Öz"), nil}); err != nil {
		t.Fatal(err)
	}
	if err := l.Release([]string{"2"}, []string{"b@example.com"}); err != nil {
		t.Fatal(err)
	}
	size, err := l.Sync()
	if err != nil {
		t.Fatal(err)
	}
	l.Close()
	l = mustOpen(t, dir, size, true)
	defer l.Close()
	if l.recent == nil {
		t.Fatal("a read-only ledger keeps no recent answers")
	}
	for range 3 {
		if u, ok, err := l.Lookup("1"); u != "a@example.com" || !ok || err != nil {
			t.Fatalf("Lookup(1) = %q, %v, %v", u, ok, err)
		}
		lookupCarry(t, l, "1", "a@example.com", carryOf("Ayşe", "Kaya"))
		if _, ok, err := l.Lookup("2"); ok || err != nil {
			t.Fatalf("Lookup(2), released: %v, %v", ok, err)
		}
		if _, ok, err := l.Lookup("9"); ok || err != nil {
			t.Fatalf("Lookup(9), never exported: %v, %v", ok, err)
		}
		if u, ok, err := l.Lookup("3"); u != "c@example.com" || !ok || err != nil {
			t.Fatalf("Lookup(3) = %q, %v, %v", u, ok, err)
		}
	}
	// Two keys in one slot take turns in it.
	var a, b string
	for i := 0; b == ""; i++ {
		k := fmt.Sprint(i)
		switch {
		case a == "":
			a = k
		case fingerprint(k)%recentSlots == fingerprint(a)%recentSlots:
			b = k
		}
	}
	for range 2 {
		for _, k := range []string{a, b, "1"} {
			u, ok, err := l.Lookup(k)
			if want := k == "1"; ok != want || err != nil || (want && u != "a@example.com") {
				t.Fatalf("Lookup(%s) = %q, %v, %v", k, u, ok, err)
			}
		}
	}
}
