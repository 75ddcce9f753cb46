package pipeline

import (
	"slices"
	"strings"
	"testing"
)

func TestCarryValues(t *testing.T) {
	long := strings.Repeat("ş", 200)
	for _, values := range [][]string{{"Ayşe", "Yılmaz"}, {"", ""}, {long, "x"}, {"one"}} {
		c := AppendCarry(nil, values...)
		got, ok := CarryValues(string(c))
		if !ok || !slices.Equal(got, values) {
			t.Errorf("CarryValues(AppendCarry(%q)) = %q, %v", values, got, ok)
		}
	}
	for _, bad := range []string{"\x05abc", "\x80", "\x02ab\x03a"} {
		if got, ok := CarryValues(bad); ok {
			t.Errorf("CarryValues(%q) = %q, ok; want not a carry", bad, got)
		}
	}
}

// TestGuestFileCarry: a guest's carry is held and replayed with it; an
// entry without one reads as those written before carries were held.
func TestGuestFileCarry(t *testing.T) {
	g := &GuestFile{dir: t.TempDir()}
	defer g.Close()
	held := []Result{
		{Key: "1", Unique: "ayse@example.com", JSON: []byte(`{"a":1}`), Carry: AppendCarry(nil, "Ayşe", "Yılmaz"),
			Warnings: []Warning{{Field: "phone", Kind: "phone_dropped"}}},
		{Key: "2", Unique: "ali@example.com", JSON: []byte(`{"a":2}`)},
		{Key: "3", Unique: "claim@example.com"}, // a claim
	}
	for i := range held {
		if err := g.hold(&held[i]); err != nil {
			t.Fatal(err)
		}
	}
	var got []Result
	if err := g.replay(0, func(r *Result, _ int64) error { got = append(got, *r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(held) {
		t.Fatalf("replayed %d entries, want %d", len(got), len(held))
	}
	for i, r := range got {
		w := held[i]
		if r.Key != w.Key || r.Unique != w.Unique || string(r.JSON) != string(w.JSON) || string(r.Carry) != string(w.Carry) ||
			!slices.Equal(r.Warnings, w.Warnings) {
			t.Errorf("entry %d replayed as %+v, want %+v", i, r, w)
		}
	}
}

// TestAdvanceOverCarry: the arena keeps a carry written right after its
// record, and only the record when the carry went elsewhere.
func TestAdvanceOverCarry(t *testing.T) {
	arena := make([]byte, 3, 64)
	rec := append(arena[3:3], `{"a":1}`...)
	b := AppendCarry(rec, "x", "y")
	if got := advance(arena, b[:len(rec):len(rec)], b[len(rec):]); len(got) != 3+len(b) {
		t.Errorf("advanced to %d, want %d: record and carry", len(got), 3+len(b))
	}
	if got := advance(arena, rec, AppendCarry(nil, "x")); len(got) != 3+len(rec) {
		t.Errorf("advanced to %d, want %d: the record alone", len(got), 3+len(rec))
	}
}
