package main

import (
	"os/exec"
	"regexp"
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

// TestE2EPreview: legacy rows beside their records and rejects with their
// reasons, the same verdicts as a run, and never a password hash.
func TestE2EPreview(t *testing.T) {
	// The demo config's CSV path is relative to the config file, so the
	// preview is the same from this folder and from the repo root.
	r := etl(t, []string{"ETL_OUT=" + t.TempDir()}, "preview", "--config", "../../configs/demo.yaml", "-n", "30")
	if r.code != 0 || !strings.Contains(r.stdout, "22 rows read: 9 would be exported, 13 rejected") {
		t.Fatalf("preview from cmd/etl: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	cmd := exec.Command(binary, "preview", "--config", "configs/demo.yaml", "-n", "30")
	cmd.Dir = "../.."
	cmd.Env = append(cmd.Environ(), "ETL_OUT="+t.TempDir())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	s := string(out)
	if !strings.Contains(s, "22 rows read: 9 would be exported, 13 rejected") ||
		!strings.Contains(s, "REJECTED  password: unsupported") || !strings.Contains(s, `"password":"md5$…(hidden)"`) {
		t.Fatalf("preview:\n%s", s)
	}
	if hexHash.MatchString(s) {
		t.Fatalf("a password hash shows in the preview: %s", hexHash.FindString(s))
	}
}

var hexHash = regexp.MustCompile(`[0-9a-f]{32}`)
