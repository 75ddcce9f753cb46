package pipeline

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
)

// smallIndex makes the table, blocks and fan-in tiny, so that a few
// thousand emails go through many spills, merges of merges and filter
// rebuilds.
func smallIndex(t *testing.T) {
	t.Helper()
	saved := [3]int{tableSlots, blockLen, fanIn}
	t.Cleanup(func() { tableSlots, blockLen, fanIn = saved[0], saved[1], saved[2] })
	tableSlots, blockLen, fanIn = 16, 4, 3
}

// The index must answer exactly as a map would: the first key an email
// was added under, whatever table, run or merged run holds it now.
func TestEmailIndexAgreesWithMap(t *testing.T) {
	for _, tc := range []struct {
		name string
		hash func(string) uint64 // nil: the real one
	}{
		{"maphash", nil},
		// Few distinct fingerprints: matches must be confirmed on the
		// text, and entries of one fingerprint span blocks and runs.
		{"colliding fingerprints", func(s string) uint64 { return uint64(len(s)%7) << 60 }},
		{"fingerprints sharing the low bits", func(s string) uint64 { n, _ := strconv.Atoi(s[1:]); return uint64(n) << 40 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			smallIndex(t)
			dir := t.TempDir()
			x, err := newUniqueIndex(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer x.Close()
			if tc.hash != nil {
				x.hash = tc.hash
			}
			rnd := rand.New(rand.NewPCG(7, 8))
			want := map[string]string{}
			for i := range 3000 {
				email := fmt.Sprintf("u%d", rnd.IntN(2000))
				key := strconv.Itoa(i)
				prev, found, err := x.Add(email, key)
				if err != nil {
					t.Fatal(err)
				}
				wprev, wfound := want[email]
				if found != wfound || prev != wprev {
					t.Fatalf("add %d %s: got (%q, %v), want (%q, %v)", i, email, prev, found, wprev, wfound)
				}
				if !wfound {
					want[email] = key
				}
			}
			if len(x.runs) < 2 || x.runs[0].level < 2 {
				t.Fatalf("%d runs, the first of level %d: the test did not reach merges of merges", len(x.runs), x.runs[0].level)
			}
			if left, _ := os.ReadDir(dir); len(left) != 0 {
				t.Fatalf("the index left %d names in its dir: its files must be unlinked", len(left))
			}
		})
	}
}

// The filter never forgets a fingerprint and lets few absent ones by.
func TestEmailFilter(t *testing.T) {
	f, err := newFilter(100_000)
	if err != nil {
		t.Fatal(err)
	}
	defer f.free()
	rnd := rand.New(rand.NewPCG(1, 2))
	in := make([]uint64, 100_000)
	for i := range in {
		in[i] = rnd.Uint64()
		f.add(in[i])
	}
	for _, fp := range in {
		if !f.has(fp) {
			t.Fatalf("filter lost %x", fp)
		}
	}
	passed := 0
	for range 100_000 {
		if f.has(rnd.Uint64()) {
			passed++
		}
	}
	if passed > 500 {
		t.Fatalf("filter passed %d of 100000 absent fingerprints, want under 0.5%%", passed)
	}
}
