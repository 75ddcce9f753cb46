package transforms

import "testing"

// Allocation counts are deterministic (unlike times), so the per-row
// budget of the hot path is pinned here.
func TestAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector changes allocation counts")
	}
	st, _, _ := ParseStamp("2015-03-04 10:11:12", istanbul, testNow)
	if n := testing.AllocsPerRun(100, func() { st.dateTime("2015-03-04 10:11:12") }); n != 0 {
		t.Errorf("dateTime of a value already in its layout: %v allocations, want 0", n)
	}
	nz, rows := benchNormalizer(t, 16)
	buf := make([]byte, 0, 1024)
	// Row 1: an upper-case email, a spaced phone and an md5 hash. The
	// email, the phone and the password are rebuilt in scratch memory on
	// the stack, and the email kept is the copy in the JSON.
	if n := testing.AllocsPerRun(100, func() { nz.Transform(&rows[1], buf) }); n != 0 {
		t.Errorf("Transform: %v allocations a row, want 0", n)
	}
}
