package offheap

import "testing"

func TestSlice(t *testing.T) {
	type entry struct{ A, B uint64 }
	for _, n := range []int{0, 1, 257, 1 << 16} {
		s, err := Slice[entry](n)
		if err != nil {
			t.Fatal(err)
		}
		if len(s) != n || cap(s) != n {
			t.Fatalf("Slice(%d): len %d cap %d", n, len(s), cap(s))
		}
		for i := range s {
			if s[i] != (entry{}) {
				t.Fatalf("Slice(%d)[%d] = %v, want zero", n, i, s[i])
			}
			s[i] = entry{uint64(i), uint64(n)}
		}
		for i := range s {
			if s[i] != (entry{uint64(i), uint64(n)}) {
				t.Fatalf("Slice(%d)[%d] = %v after writing", n, i, s[i])
			}
		}
		Free(s[:0]) // the whole mapping goes, whatever the length
	}
}
