// Package wiretest checks a protocol's row rendering (sources.Wire's
// Render) the same way for every engine, in its package's tests.
package wiretest

import (
	"strings"
	"testing"
)

// Render is a Wire's Render.
type Render func(buf []byte, at [][2]int, p []byte) ([]byte, error)

// Check renders row p after an empty and after a non-empty buffer and
// wants each value placed as want says (nil: NULL), the buffer's start
// kept, and every cut of p an error.
func Check(t *testing.T, render Render, p []byte, want []*string) {
	t.Helper()
	for _, prefix := range []string{"", "earlier rows"} {
		at := make([][2]int, len(want))
		buf, err := render([]byte(prefix), at, p)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(buf), prefix) {
			t.Fatalf("prefix %q: the buffer's start was overwritten: %.40q", prefix, buf)
		}
		for i, w := range want {
			switch {
			case w == nil:
				if at[i] != [2]int{-1, -1} {
					t.Errorf("prefix %q: NULL column %d at %v", prefix, i, at[i])
				}
			case at[i][0] < len(prefix) || at[i][1] > len(buf) || at[i][0] > at[i][1]:
				t.Errorf("prefix %q: column %d at %v, outside the row (%d bytes after %d)", prefix, i, at[i], len(buf)-len(prefix), len(prefix))
			default:
				if got := string(buf[at[i][0]:at[i][1]]); got != *w {
					t.Errorf("prefix %q: column %d = %.40q, want %.40q", prefix, i, got, *w)
				}
			}
		}
	}
	for n := range len(p) {
		if _, err := render(nil, make([][2]int, len(want)), p[:n]); err == nil {
			t.Errorf("a row cut to %d of its %d bytes rendered without an error", n, len(p))
		}
	}
}

// Value is a non-NULL wanted value.
func Value(s string) *string { return &s }
