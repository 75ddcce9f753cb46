package main

import (
	"os/exec"
	"strings"
	"testing"

	"etl/internal/scratch"
)

// TestE2ELiveProgress: on a terminal a run keeps one live line with rows
// done out of a counted total, rows/s, rejects and an ETA; off a terminal
// it logs progress lines instead (see TestLockAndSchedule's JSON log).
func TestE2ELiveProgress(t *testing.T) {
	script, err := exec.LookPath("script")
	if err != nil {
		t.Skip("script(1) is not installed to give the run a terminal")
	}
	db := scratch.New(t, "postgres")
	seedUyeler(t, db, 400)
	cfg := writeConfig(t, strings.Replace(queryConfig(db, slowSource(t, db), t.TempDir(), ""), "fetch_size: 700", "fetch_size: 50", 1))
	out, err := exec.Command(script, "-q", "-e", "-c", binary+" run --log-level warn --config "+cfg, "/dev/null").CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	s := string(out)
	if !strings.Contains(s, "\r\033[K") || !strings.Contains(s, " / 400 rows (") || !strings.Contains(s, "ETA ") {
		t.Fatalf("no live progress line in:\n%q", s)
	}
}
