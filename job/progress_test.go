package job

import (
	"io"
	"testing"
	"time"
)

// The count behind the ETA starts at once on a terminal, and off one only
// once the run has gone countAfter.
func TestCountDue(t *testing.T) {
	start := time.Now()
	for _, tc := range []struct {
		tty   bool
		after time.Duration
		want  bool
	}{
		{true, 0, true},
		{false, 0, false},
		{false, countAfter - time.Second, false},
		{false, countAfter, true},
	} {
		v := &progressView{started: start}
		if tc.tty {
			v.tty = io.Discard
		}
		if got := v.countDue(start.Add(tc.after)); got != tc.want {
			t.Errorf("tty %v after %s: due %v, want %v", tc.tty, tc.after, got, tc.want)
		}
	}
}
