package main

import (
	"fmt"
	"math/rand"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"etl/internal/scratch"
)

const bcryptHash = "$2y$10$W6Hx0l1w9mTn0GqHqfC7LeYVqV0tq5cT3wH2m0Q9tTnUq0kzQyZ1K"

// waiting is what the summary says of the rejects that wait ("" for none).
func waiting(stderr string) string {
	for _, l := range strings.Split(stderr, "\n") {
		if strings.Contains(l, "read again when normalize changes, or with --retry-rejects") {
			return strings.TrimSpace(l)
		}
	}
	return ""
}

func balanced(t *testing.T, m map[string]any) {
	if m["balanced"] != true {
		t.Fatalf("accounting does not hold: %s", counts(m))
	}
}

// TestRejectsFixedByConfig: rows rejected for a bcrypt password are read
// again by key by the first incremental run after
// normalize.password.unsupported is set, with no cursor moved; a row
// that is still bad is rejected again and waits; a rejected row whose
// cursor moved is read once, by the cursor range.
func TestRejectsFixedByConfig(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		seedUyeler(t, db, 30)
		db.Exec(t, "UPDATE uyeler SET parola = '"+bcryptHash+"' WHERE uye_id IN (5, 12, 20, 28)",
			"UPDATE uyeler SET mail = 'not-an-email' WHERE uye_id = 25")
		out := t.TempDir()
		body := strings.NewReplacer("fetch_size: 700", "fetch_size: 4", "batch_size: 1000", "batch_size: 5").
			Replace(queryConfig(db, exampleQuery(db), out, ""))
		cfg := writeConfig(t, body)

		first := runOK(t, cfg)
		m := lastManifest(t, out)
		if got := counts(m); got != "full read 30 exported 25 rejected 5 skipped 0" {
			t.Fatalf("first run: %s", got)
		}
		folders, _ := filepath.Glob(filepath.Join(out, "*", "manifest.json"))
		second := runOK(t, cfg)
		if again, _ := filepath.Glob(filepath.Join(out, "*", "manifest.json")); len(again) != len(folders) || !strings.Contains(second, "nothing new since the last run") {
			t.Fatalf("run with nothing changed: %d run folders, then %d:\n%s", len(folders), len(again), second)
		}

		// The fix the reject names, and one rejected row edited since.
		db.Exec(t, "UPDATE uyeler SET isim = 'Edited', son_degisiklik = '2024-02-01 00:00:00' WHERE uye_id = 28")
		fixed := writeConfig(t, body+"normalize:\n  password:\n    unsupported: bcrypt\n")
		// Stopped in the middle of the rows read by key, and resumed.
		runOK(t, fixed, "--limit", "4") // 28 (its cursor moved), then 5, 12, 20 by key
		if m := lastManifest(t, out); m["status"] != "partial" || counts(m) != "incremental read 4 exported 4 rejected 0 skipped 0" {
			t.Fatalf("run after the config fix, stopped at --limit: %v %s", m["status"], counts(m))
		}
		stderr := runOK(t, fixed)
		m = lastManifest(t, out)
		if m["attempts"] != 2.0 {
			t.Fatalf("the stopped run was not resumed: %d attempts", m["attempts"])
		}
		if got := counts(m); got != "incremental read 5 exported 4 rejected 1 skipped 0" {
			t.Fatalf("run after the config fix: %s\n%s", got, stderr)
		}
		balanced(t, m)
		if got := waiting(first); got != "5 rejected rows wait; they are read again when normalize changes, or with --retry-rejects" {
			t.Fatalf("first run's summary: %q\n%s", got, first)
		}
		if !strings.Contains(second, "5 rejected rows wait") {
			t.Fatalf("second run's summary:\n%s", second)
		}
		if got := waiting(stderr); got != "1 rejected row waits; they are read again when normalize changes, or with --retry-rejects" {
			t.Fatalf("summary after the fix: %q\n%s", got, stderr)
		}
		if !strings.Contains(stderr, "5 rejected rows of earlier runs looked up again by key") {
			t.Fatalf("the summary does not say rows were read again:\n%s", stderr)
		}
		if rj := lastRejects(t, out); !strings.Contains(rj, `"key":"25"`) || strings.Count(rj, "\n") != 1 {
			t.Fatalf("rejects of the run after the fix:\n%s", rj)
		}
		exactlyOnce(t, exported(t, out), keyRange(1, 30, 25))

		// The config of the reject still waiting is the config of now: it
		// is not read again until that changes, or --retry-rejects.
		folders, _ = filepath.Glob(filepath.Join(out, "*", "manifest.json"))
		stderr = runOK(t, fixed)
		if again, _ := filepath.Glob(filepath.Join(out, "*", "manifest.json")); len(again) != len(folders) ||
			!strings.Contains(stderr, "nothing new since the last run") || !strings.Contains(stderr, "1 rejected row waits") {
			t.Fatalf("run after: %d run folders, then %d:\n%s", len(folders), len(again), stderr)
		}
		show := etl(t, nil, "state", "show", "--config", fixed)
		if !strings.Contains(show.stdout, "rejects: 1 rejected row waits") {
			t.Fatalf("state show:\n%s", show.stdout)
		}

		// Gone from the source: a full run, which reads every row, ends
		// with only the keys it rejected.
		db.Exec(t, "DELETE FROM uyeler WHERE uye_id = 25")
		stderr = runOK(t, fixed, "--full")
		if got := counts(lastManifest(t, out)); got != "full read 29 exported 0 rejected 0 skipped 29" {
			t.Fatalf("--full run: %s", got)
		}
		if w := waiting(stderr); w != "" {
			t.Fatalf("after a full run the deleted row still waits: %s", w)
		}
	})
}

// TestRejectsRetryFlag: --retry-rejects reads again the rejects fixed in
// the database without their cursor moving; without it they wait.
func TestRejectsRetryFlag(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		seedUyeler(t, db, 20)
		db.Exec(t, "UPDATE uyeler SET mail = 'bad' WHERE uye_id IN (7, 13)",
			"UPDATE uyeler SET son_degisiklik = NULL WHERE uye_id = 13")
		out := t.TempDir()
		cfg := writeConfig(t, strings.Replace(queryConfig(db, exampleQuery(db), out, ""), "fetch_size: 700", "fetch_size: 3", 1))
		runOK(t, cfg)
		if got := counts(lastManifest(t, out)); got != "full read 20 exported 18 rejected 2 skipped 0" {
			t.Fatalf("first run: %s", got)
		}
		db.Exec(t, "UPDATE uyeler SET mail = 'fixed7@example.com' WHERE uye_id = 7") // the cursor stays
		runOK(t, cfg)
		// 13 has a NULL cursor: every incremental run reads it (and
		// rejects it again); 7 waits.
		if got := counts(lastManifest(t, out)); got != "incremental read 1 exported 0 rejected 1 skipped 0" {
			t.Fatalf("run without --retry-rejects: %s", got)
		}
		stderr := runOK(t, cfg, "--retry-rejects")
		m := lastManifest(t, out)
		// 13 once, by the NULL-cursor segment, not again by key.
		if got := counts(m); got != "incremental read 2 exported 1 rejected 1 skipped 0" {
			t.Fatalf("run with --retry-rejects: %s\n%s", got, stderr)
		}
		balanced(t, m)
		if got := waiting(stderr); !strings.HasPrefix(got, "1 rejected row waits") {
			t.Fatalf("summary: %q", got)
		}
		exactlyOnce(t, exported(t, out), keyRange(1, 20, 13))

		runOK(t, cfg, "--retry-rejects") // 13 again, once; 7 is exported and left the set
		if got := counts(lastManifest(t, out)); got != "incremental read 1 exported 0 rejected 1 skipped 0" {
			t.Fatalf("second run with --retry-rejects: %s", got)
		}
		exactlyOnce(t, exported(t, out), keyRange(1, 20, 13))
	})
}

// TestRejectsKillResume: runs that reject rows, and runs that read them
// again by key, killed with SIGKILL at random instants, neither lose nor
// repeat a rejected key: the set holds exactly the rows still bad, and
// once they are fixed every user is exported exactly once.
func TestRejectsKillResume(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		seedUyeler(t, db, 400)
		db.Exec(t, "UPDATE uyeler SET parola = '"+bcryptHash+"' WHERE uye_id % 7 = 0") // 57 rejects
		out := t.TempDir()
		body := strings.NewReplacer("fetch_size: 700", "fetch_size: 25", "batch_size: 1000", "batch_size: 10").
			Replace(queryConfig(db, slowSource(t, db), out, ""))
		cfg := writeConfig(t, body)
		seed := time.Now().UnixNano()
		t.Logf("kill instants from seed %d", seed)
		rng := rand.New(rand.NewSource(seed))
		length := 400 * time.Millisecond
		kills := 0
		attempt := func(cfg string, kill bool, args ...string) string {
			cmd := exec.Command(binary, append([]string{"run", "--config", cfg}, args...)...)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			started := time.Now()
			go func() { done <- cmd.Wait() }()
			var timeout <-chan time.Time
			if kill {
				timeout = time.After(time.Duration(rng.Int63n(int64(length))))
			}
			select {
			case err := <-done:
				if err != nil {
					t.Fatalf("run: %v\n%s", err, stderr.String())
				}
				length = time.Since(started)
			case <-timeout:
				cmd.Process.Signal(syscall.SIGKILL)
				<-done
				kills++
			}
			return stderr.String()
		}
		next := 401
		for round := 0; round < 3; round++ {
			if round > 0 { // new rows, some of them bad too
				for i := 0; i < 30; i++ {
					db.Exec(t, fmt.Sprintf(`INSERT INTO uyeler SELECT %d, isim, soyisim, 'new%d@example.com', cins, gsm, dtarih,
						uyelik_tarihi, parola, parola_tuzu, sms_onay, mail_onay, aktif, misafir, sehir, '2024-03-0%d 00:00:00'
						FROM uyeler WHERE uye_id = %d`, next, next, round, map[bool]int{true: 7, false: 1}[next%7 == 0]))
					next++
				}
			}
			for k := 0; k < 4; k++ {
				attempt(cfg, true)
			}
			attempt(cfg, false)
		}
		bad := 0
		for k := 1; k < next; k++ {
			if k%7 == 0 {
				bad++
			}
		}
		show := etl(t, nil, "state", "show", "--config", cfg)

		fixed := writeConfig(t, body+"normalize:\n  password:\n    unsupported: bcrypt\n")
		for k := 0; k < 4; k++ {
			attempt(fixed, true)
		}
		stderr := attempt(fixed, false)
		if w := waiting(stderr); w != "" {
			t.Fatalf("rejects still wait after the fix: %s", w)
		}
		exactlyOnce(t, exported(t, out), keyRange(1, next-1))
		// Checked after: on its own the count says less than the exports.
		if want := fmt.Sprintf("rejects: %d rejected rows wait ", bad); !strings.Contains(show.stdout, want) {
			t.Fatalf("after the killed runs, want %q:\n%s", want, show.stdout)
		}
		t.Logf("%s: %d kills, %d users, %d rejects fixed", db.Engine, kills, next-1, bad)
		if kills < 6 {
			t.Fatalf("only %d kills", kills)
		}
	})
}
