package fptable

import (
	"math/rand/v2"
	"os"
	"slices"
	"testing"
)

// Sort must give the order of a plain sort: by fingerprint, then
// offset, also when many fingerprints share their top bits or are equal.
func TestSort(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		name string
		fp   func(i int) uint64
	}{
		{"uniform", func(int) uint64 { return rnd.Uint64() }},
		{"shared top bits", func(int) uint64 { return 7<<48 | rnd.Uint64N(1000) }},
		{"equal", func(int) uint64 { return 42 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			es := make([]Entry, 20_000)
			for i := range es {
				es[i] = Entry{FP: tc.fp(i), Off: uint64(i)}
			}
			want := slices.Clone(es)
			slices.SortFunc(want, Cmp)
			Sort(es, make([]Entry, len(es)))
			if !slices.Equal(es, want) {
				t.Fatal("order differs from slices.SortFunc")
			}
		})
	}
}

// Spilled runs and a slice merge into one sorted table holding every
// entry once, and the file reads back with Decode.
func TestSpillAndMerge(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	dir := t.TempDir()
	var all []Entry
	var srcs []Source
	for r := range 4 {
		es := make([]Entry, 1000+r*3337) // some past a block of mergeBlock
		for i := range es {
			es[i] = Entry{FP: rnd.Uint64N(5000), Off: uint64(len(all) + i)}
		}
		all = append(all, es...)
		Sort(es, make([]Entry, len(es)))
		if r == 3 {
			srcs = append(srcs, NewSliceSource(es))
			continue
		}
		if r == 2 { // a Source of its own, with Next alone
			srcs = append(srcs, nextOnly{NewSliceSource(es)})
			continue
		}
		f, err := Spill(dir, es)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		srcs = append(srcs, NewFileSource(f))
	}
	out, err := os.CreateTemp(dir, "merged")
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	if err := Merge(out, srcs); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out.Name())
	if err != nil {
		t.Fatal(err)
	}
	got := Decode(nil, b)
	slices.SortFunc(all, Cmp)
	if !slices.Equal(got, all) {
		t.Fatalf("merged %d entries, want the %d spilled, in order", len(got), len(all))
	}
	if left, _ := os.ReadDir(dir); len(left) != 1 {
		t.Fatalf("spilled runs left names in %s: %d entries", dir, len(left))
	}
}

// nextOnly hides every method of a Source but Next.
type nextOnly struct{ s Source }

func (n nextOnly) Next() (Entry, bool, error) { return n.s.Next() }
