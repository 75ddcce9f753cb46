package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"etl/internal/scratch"
)

// killWhen starts etl run and SIGKILLs it once cond holds.
func killWhen(t *testing.T, cond func() bool, args ...string) {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"run"}, args...)...)
	var se strings.Builder
	cmd.Stderr = &se
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("condition never held\n%s", se.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
}

func addrRunning(out string) func() bool {
	return func() bool {
		b, err := os.ReadFile(filepath.Join(out+"-state", "addresses", "state.json"))
		return err == nil && strings.Contains(string(b), `"run":{`) || err == nil && strings.Contains(string(b), `"run": {`)
	}
}

// TestTwoKindsResumeKeepsEarlierRejects: addresses killed before their
// first commit resume without cutting the users' reject lines from the
// shared rejects.jsonl.
func TestTwoKindsResumeKeepsEarlierRejects(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		seedUyeler(t, db, 20)
		seedAdresler(t, db, 200, 20)
		db.Exec(t, "UPDATE uyeler SET mail = 'bad' WHERE uye_id = 7")
		out := t.TempDir()
		slow(t, db)
		cfg := writeConfig(t, twoKindsConfigWith(db, exampleQuery(db), addressQuery+" WHERE slow(adres_id) = ''", out, 5, 5))
		killWhen(t, addrRunning(out), "--config", cfg, "--commit-interval", "1h")
		dirs, _ := filepath.Glob(filepath.Join(out, "*"))
		if len(dirs) != 1 {
			t.Fatalf("folders %v", dirs)
		}
		before, _ := os.ReadFile(filepath.Join(dirs[0], "rejects.jsonl"))
		t.Logf("before resume:\n%s", before)
		runOK(t, cfg)
		after, _ := os.ReadFile(filepath.Join(dirs[0], "rejects.jsonl"))
		if !strings.Contains(string(after), `"kind":"user"`) {
			t.Errorf("users' reject line gone from %s after the addresses resumed:\n%s", dirs[0], after)
		}
	})
}

func slow(t *testing.T, db *scratch.DB) {
	if db.Engine == "mysql" {
		db.Exec(t, "CREATE FUNCTION slow(k INT) RETURNS VARCHAR(1) NO SQL BEGIN DO SLEEP(0.01); RETURN ''; END")
	} else {
		db.Exec(t, `CREATE FUNCTION slow(k int) RETURNS text IMMUTABLE LANGUAGE plpgsql AS $$
			BEGIN PERFORM pg_sleep(0.01); RETURN ''; END $$`)
	}
}

// TestTwoKindsFullAbandonsOneKind: --full abandons a killed addresses
// run and leaves the users' batches and manifest in the shared folder.
func TestTwoKindsFullAbandonsOneKind(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		seedUyeler(t, db, 20)
		seedAdresler(t, db, 200, 20)
		out := t.TempDir()
		slow(t, db)
		cfg := writeConfig(t, twoKindsConfigWith(db, exampleQuery(db), addressQuery+" WHERE slow(adres_id) = ''", out, 5, 5))
		killWhen(t, func() bool {
			m, _ := filepath.Glob(filepath.Join(out, "*", "addresses-*.json"))
			return len(m) >= 2
		}, "--config", cfg, "--commit-interval", "10ms")
		dirs, _ := filepath.Glob(filepath.Join(out, "*"))
		first := dirs[0]
		ub, _ := filepath.Glob(filepath.Join(first, "users-*.json"))
		t.Logf("before --full: %d users files in %s", len(ub), first)
		runOK(t, cfg, "--full")
		ua, _ := filepath.Glob(filepath.Join(first, "users-*.json"))
		m := readJSON(t, filepath.Join(first, "manifest.json"))
		if len(ua) != len(ub) || m["kind"] != "user" {
			t.Errorf("users files %d -> %d; manifest.json now kind=%v status=%v", len(ub), len(ua), m["kind"], m["status"])
		}
		if c := etl(t, nil, "check", first); c.code != 0 {
			t.Errorf("etl check %s: %s%s", first, c.stdout, c.stderr)
		}
	})
}

// TestTwoKindsNothingNewLeavesNoFolder: runs that find nothing new, of
// both kinds or of addresses alone, leave no folder.
func TestTwoKindsNothingNewLeavesNoFolder(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		seedUyeler(t, db, 5)
		seedAdresler(t, db, 10, 5)
		out := t.TempDir()
		cfg := writeConfig(t, twoKindsConfig(db, exampleQuery(db), out, 7, 6))
		runOK(t, cfg)
		runOK(t, cfg)
		runOK(t, cfg, "--kinds", "addresses")
		dirs, _ := filepath.Glob(filepath.Join(out, "*"))
		for _, d := range dirs {
			es, _ := os.ReadDir(d)
			var n []string
			for _, e := range es {
				n = append(n, e.Name())
			}
			t.Logf("%s: %v", filepath.Base(d), n)
		}
		if len(dirs) != 1 {
			t.Errorf("%d run folders after one run and two with nothing new", len(dirs))
		}
	})
}

// TestTwoKindsAddressRulesReadRejectsAgain: a change to normalize.address
// reads the rejected addresses again.
func TestTwoKindsAddressRulesReadRejectsAgain(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		seedUyeler(t, db, 5)
		seedAdresler(t, db, 10, 5)
		db.Exec(t, "UPDATE adresler SET ilce = 'Hayaliköy' WHERE adres_id = 3")
		out := t.TempDir()
		body := twoKindsConfig(db, exampleQuery(db), out, 7, 6)
		cfg := writeConfig(t, body)
		runOK(t, cfg)
		am := readJSON(t, filepath.Join(lastRunWith(t, out, "manifest-addresses.json"), "manifest-addresses.json"))
		t.Logf("first: %s", counts(am))
		os.WriteFile(cfg, []byte(body+"normalize:\n  address:\n    unknown_township: keep\n"), 0o600)
		second := runOK(t, cfg)
		lines, _ := exportedAddresses(t, out)
		if lines["Adres 3 Sokak"] != 1 {
			t.Errorf("address 3 not exported after unknown_township: keep\n%s", second)
		}
	})
}

// TestTwoKindsLimitStopsTheJob: --limit that cuts the users stops the
// job there: no address is an orphan of a user not read yet.
func TestTwoKindsLimitStopsTheJob(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		seedUyeler(t, db, 20)
		seedAdresler(t, db, 20, 20)
		db.Exec(t, "UPDATE adresler SET uye_id = 21 - adres_id")
		out := t.TempDir()
		cfg := writeConfig(t, twoKindsConfig(db, exampleQuery(db), out, 5, 5))
		r := runOK(t, cfg, "--limit", "5")
		if m, _ := filepath.Glob(filepath.Join(out, "*", "manifest-addresses.json")); len(m) > 0 {
			t.Fatalf("--limit cut the users, and the addresses ran anyway:\n%s", r)
		}
		if !strings.Contains(r, "the kinds after it run once it is whole") {
			t.Errorf("the log does not say why the addresses did not run:\n%s", r)
		}
		runOK(t, cfg)
		l1, _ := exportedAddresses(t, out)
		if len(l1) != 20 {
			t.Errorf("%d addresses exported once the users were whole, want 20", len(l1))
		}
		runOK(t, cfg)
		l2, _ := exportedAddresses(t, out)
		linesOnce(t, l2, keyRange(1, 20))
	})
}

// TestTwoKindsLimitKeepsRejects: after a job stopped by --limit, the
// next run keeps every reject line its manifests count.
func TestTwoKindsLimitKeepsRejects(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		seedUyeler(t, db, 20)
		seedAdresler(t, db, 20, 5)
		db.Exec(t, "UPDATE uyeler SET mail = 'bad' WHERE uye_id = 15")
		out := t.TempDir()
		cfg := writeConfig(t, twoKindsConfig(db, exampleQuery(db), out, 5, 5))
		runOK(t, cfg, "--limit", "5")
		runOK(t, cfg)
		run := lastRun(t, out)
		rj, _ := os.ReadFile(filepath.Join(run, "rejects.jsonl"))
		m := readJSON(t, filepath.Join(run, "manifest.json"))
		t.Logf("users: %s; rejects.jsonl:\n%s", counts(m), rj)
		if !strings.Contains(string(rj), `"key":"15"`) {
			t.Errorf("users' manifest counts a reject that rejects.jsonl no longer holds")
		}
	})
}
