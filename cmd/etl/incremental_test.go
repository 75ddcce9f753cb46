package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"etl/internal/scratch"
)

// exported counts, over every run folder in out, how often each key was
// exported; it also fails on a torn file and on a folder `etl check`
// refuses.
func exported(t *testing.T, out string) map[string]int {
	t.Helper()
	n := map[string]int{}
	dirs, _ := filepath.Glob(filepath.Join(out, "*"))
	for _, d := range dirs {
		if torn, _ := filepath.Glob(filepath.Join(d, ".*tmp-*")); len(torn) > 0 {
			t.Errorf("torn files left: %v", torn)
		}
		if _, err := os.Stat(filepath.Join(d, "manifest.json")); err != nil {
			continue // a folder whose run has not finished yet
		}
		if c := etl(t, nil, "check", d); c.code != 0 {
			t.Errorf("etl check %s: %s%s", d, c.stdout, c.stderr)
		}
		files, _ := filepath.Glob(filepath.Join(d, "users-*.json"))
		for _, f := range files {
			var recs []struct {
				Key string `json:"customer_code"`
			}
			data, _ := os.ReadFile(f)
			if err := json.Unmarshal(data, &recs); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			for _, r := range recs {
				n[r.Key]++
			}
		}
	}
	return n
}

// exactlyOnce fails unless the keys exported are exactly want, once each.
func exactlyOnce(t *testing.T, got map[string]int, want []int) {
	t.Helper()
	w := map[string]bool{}
	for _, k := range want {
		w[fmt.Sprint(k)] = true
	}
	var bad []string
	for k, c := range got {
		if c != 1 || !w[k] {
			bad = append(bad, fmt.Sprintf("%s×%d", k, c))
		}
	}
	for k := range w {
		if got[k] == 0 {
			bad = append(bad, k+"×0")
		}
	}
	sort.Strings(bad)
	if len(bad) > 0 {
		t.Fatalf("keys not exported exactly once (key×times): %v", bad)
	}
}

func keyRange(from, to int, except ...int) []int {
	skip := map[int]bool{}
	for _, e := range except {
		skip[e] = true
	}
	var ks []int
	for i := from; i <= to; i++ {
		if !skip[i] {
			ks = append(ks, i)
		}
	}
	return ks
}

func runOK(t *testing.T, cfg string, args ...string) string {
	t.Helper()
	r := etl(t, nil, append([]string{"run", "--config", cfg}, args...)...)
	if r.code != 0 {
		t.Fatalf("run %v: exit %d\n%s", args, r.code, r.stderr)
	}
	return r.stderr
}

// lastRun is the run folder whose manifest was written last.
func lastRun(t *testing.T, out string) string {
	t.Helper()
	ms, _ := filepath.Glob(filepath.Join(out, "*", "manifest.json"))
	if len(ms) == 0 {
		t.Fatalf("no manifest in %s", out)
	}
	sort.Slice(ms, func(i, j int) bool {
		a, _ := os.Stat(ms[i])
		b, _ := os.Stat(ms[j])
		return a.ModTime().Before(b.ModTime())
	})
	return filepath.Dir(ms[len(ms)-1])
}

// lastManifest is the manifest of the run folder written last.
func lastManifest(t *testing.T, out string) map[string]any {
	t.Helper()
	var m map[string]any
	data, _ := os.ReadFile(filepath.Join(lastRun(t, out), "manifest.json"))
	json.Unmarshal(data, &m)
	return m
}

// lastRejects is rejects.jsonl of the run folder written last.
func lastRejects(t *testing.T, out string) string {
	t.Helper()
	data, _ := os.ReadFile(filepath.Join(lastRun(t, out), "rejects.jsonl"))
	return string(data)
}

// cursors is a manifest's cursor_before -> cursor_after.
func cursors(m map[string]any) string {
	return fmt.Sprintf("%v -> %v", m["cursor_before"], m["cursor_after"])
}

func counts(m map[string]any) string {
	c := m["counts"].(map[string]any)
	return fmt.Sprintf("%s read %v exported %v rejected %v skipped %v", m["mode"], c["read"], c["exported"], c["rejected"], c["skipped"])
}

// TestIncrementalSeries: a first full run (stopped by --limit in the
// middle of a 50-row cursor tie and resumed), then incremental runs over
// a table that changes: new rows tied with the checkpoint, updates of
// exported rows, a rejected row fixed, a duplicate email, NULL cursors.
func TestIncrementalSeries(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		seedUyeler(t, db, 50) // every son_degisiklik is 2024-01-01 00:00:00
		db.Exec(t, "UPDATE uyeler SET mail = 'not-an-email' WHERE uye_id = 7",
			"UPDATE uyeler SET son_degisiklik = NULL WHERE uye_id = 8")
		out := t.TempDir()
		cfg := writeConfig(t, strings.NewReplacer("fetch_size: 700", "fetch_size: 4", "batch_size: 1000", "batch_size: 5").
			Replace(queryConfig(db, exampleQuery(db), out, "")))

		runOK(t, cfg, "--limit", "20")
		if m := lastManifest(t, out); m["status"] != "partial" {
			t.Fatalf("a --limit run: %v", m["status"])
		}
		runOK(t, cfg)
		m := lastManifest(t, out)
		if counts(m) != "full read 50 exported 49 rejected 1 skipped 0" || m["attempts"] != 2.0 {
			t.Fatalf("first run resumed: %s, attempts %v", counts(m), m["attempts"])
		}
		if got := cursors(m); got != " -> 2024-01-01 00:00:00" {
			t.Fatalf("first run's cursors: %s", got)
		}
		exactlyOnce(t, exported(t, out), keyRange(1, 50, 7))

		insert := func(id int, mail, cursor string) {
			db.Exec(t, fmt.Sprintf(`INSERT INTO uyeler SELECT %d, isim, soyisim, '%s', cins, gsm, dtarih, uyelik_tarihi, parola,
				parola_tuzu, sms_onay, mail_onay, aktif, misafir, sehir, %s FROM uyeler WHERE uye_id = 1`, id, mail, cursor))
		}
		for id := 51; id <= 55; id++ { // tied with the checkpoint, greater keys
			insert(id, fmt.Sprintf("user%d@example.com", id), "'2024-01-01 00:00:00'")
		}
		db.Exec(t, "UPDATE uyeler SET isim = 'Changed', son_degisiklik = '2024-02-01 00:00:00' WHERE uye_id = 3",
			"UPDATE uyeler SET mail = 'fixed7@example.com', son_degisiklik = '2024-02-01 00:00:00' WHERE uye_id = 7")
		insert(56, "user1@example.com", "'2024-02-01 00:00:00'") // an email exported before
		insert(57, "user57@example.com", "NULL")
		runOK(t, cfg)
		if got := counts(lastManifest(t, out)); got != "incremental read 10 exported 7 rejected 1 skipped 2" {
			t.Fatalf("incremental run: %s", got)
		}
		if got := cursors(lastManifest(t, out)); got != "2024-01-01 00:00:00 -> 2024-02-01 00:00:00" {
			t.Fatalf("incremental run's cursors: %s", got)
		}
		if rejects := lastRejects(t, out); !strings.Contains(rejects, `"key":"56"`) ||
			!strings.Contains(rejects, "same email as key 1 (exported by an earlier run)") {
			t.Fatalf("the duplicate of an email exported before is not named as such:\n%s", rejects)
		}
		exactlyOnce(t, exported(t, out), keyRange(1, 57, 56))

		runOK(t, cfg) // nothing changed: only the NULL cursors are read again
		if got := counts(lastManifest(t, out)); got != "incremental read 2 exported 0 rejected 0 skipped 2" {
			t.Fatalf("idle run: %s", got)
		}

		stateFile := filepath.Join(out+"-state", "state.json")
		before, _ := os.ReadFile(stateFile)
		runOK(t, cfg, "--dry-run", "--full")
		if after, _ := os.ReadFile(stateFile); string(after) != string(before) {
			t.Fatal("a dry run changed the state")
		}
		runOK(t, cfg, "--full") // the whole table again: the ledger holds
		if got := counts(lastManifest(t, out)); got != "full read 57 exported 0 rejected 1 skipped 56" {
			t.Fatalf("--full run: %s", got)
		}
		exactlyOnce(t, exported(t, out), keyRange(1, 57, 56))

		show := etl(t, nil, "state", "show", "--config", cfg)
		if show.code != 0 || !strings.Contains(show.stdout, "ledger: 56 users exported") || !strings.Contains(show.stdout, "checkpoint: updated_at = 2024-02-01") {
			t.Fatalf("state show: %d\n%s%s", show.code, show.stdout, show.stderr)
		}
		if r := etl(t, nil, "state", "reset", "--config", cfg); r.code != 2 {
			t.Fatalf("reset without --yes: exit %d", r.code)
		}
		if r := etl(t, nil, "state", "reset", "--config", cfg, "--yes"); r.code != 0 {
			t.Fatalf("reset: exit %d %s", r.code, r.stderr)
		}
		runOK(t, cfg)
		if got := counts(lastManifest(t, out)); got != "full read 57 exported 56 rejected 1 skipped 0" {
			t.Fatalf("after reset: %s", got)
		}
	})
}

// slowSource adds a function to the database that sleeps per row, so that
// a run lasts long enough to be acted on mid-way, and returns the example
// query calling it. In PostgreSQL it is declared IMMUTABLE (and kept from
// inlining by plpgsql) so the query stays flattened and read by index: a
// volatile call in the select list would make PostgreSQL sort the whole
// table for every page.
func slowSource(t *testing.T, db *scratch.DB) string {
	if db.Engine == "mysql" {
		db.Exec(t, "CREATE FUNCTION slow(k INT) RETURNS VARCHAR(1) NO SQL BEGIN DO SLEEP(0.001); RETURN ''; END")
	} else {
		db.Exec(t, `CREATE FUNCTION slow(k int) RETURNS text IMMUTABLE LANGUAGE plpgsql AS $$
			BEGIN PERFORM pg_sleep(0.001); RETURN ''; END $$`)
	}
	q := db.Pick("`", `"`)
	return strings.Replace(exampleQuery(db), " FROM uyeler", ", slow(uye_id) AS "+q+"attributes.slow"+q+" FROM uyeler", 1)
}

// killer runs `etl run --config cfg` and kills it with SIGKILL at random
// instants within the length of the last run that finished, so that kills
// hit every phase of a run.
type killer struct {
	t               *testing.T
	cfg             string
	rng             *rand.Rand
	length          time.Duration
	args            func() []string // more flags for an attempt; may be nil
	kills, finished int
}

func newKiller(t *testing.T, cfg string, length time.Duration) *killer {
	seed := time.Now().UnixNano()
	if s := os.Getenv("ETL_TEST_SEED"); s != "" {
		seed, _ = strconv.ParseInt(s, 10, 64)
	}
	t.Logf("kill instants from seed %d (rerun with ETL_TEST_SEED=%d)", seed, seed)
	return &killer{t: t, cfg: cfg, rng: rand.New(rand.NewSource(seed)), length: length}
}

// attempt runs etl once: killed at a random instant if kill, else to its
// end, which must be a success.
func (k *killer) attempt(kill bool) {
	t := k.t
	t.Helper()
	args := []string{"run", "--config", k.cfg}
	if k.args != nil {
		args = append(args, k.args()...)
	}
	cmd := exec.Command(binary, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	started := time.Now()
	go func() { done <- cmd.Wait() }()
	timeout := time.After(time.Duration(k.rng.Int63n(int64(k.length))))
	if !kill {
		timeout = nil
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("run: %v\n%s", err, stderr.String())
		}
		k.finished++
		k.length = time.Since(started)
	case <-timeout:
		cmd.Process.Signal(syscall.SIGKILL)
		<-done
		k.kills++
	}
}

// TestKillResume: runs killed with SIGKILL at random instants, with the
// table changing between attempts, end with every eligible user exported
// exactly once and no torn file.
func TestKillResume(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		seedUyeler(t, db, 600)
		db.Exec(t, "UPDATE uyeler SET mail = 'bad' WHERE uye_id % 50 = 0") // 12 rejects
		out := t.TempDir()
		cfg := writeConfig(t, strings.NewReplacer("fetch_size: 700", "fetch_size: 25", "batch_size: 1000", "batch_size: 10").
			Replace(queryConfig(db, slowSource(t, db), out, "")))
		k := newKiller(t, cfg, 500*time.Millisecond)
		k.args = func() []string {
			if k.rng.Intn(2) == 0 {
				return []string{"--commit-interval", "0s"}
			}
			return nil
		}
		next := 601
		for round := 0; round < 5; round++ {
			if round > 0 {
				// The shop goes on: sign-ups, and edits of exported users
				// (read again, skipped).
				for i := 0; i < 40; i++ {
					db.Exec(t, fmt.Sprintf(`INSERT INTO uyeler SELECT %d, isim, soyisim, 'new%d@example.com', cins, gsm, dtarih,
						uyelik_tarihi, parola, parola_tuzu, sms_onay, mail_onay, aktif, misafir, sehir, '2024-03-0%d 00:00:%02d'
						FROM uyeler WHERE uye_id = 1`, next, next, round, i%3))
					next++
				}
				db.Exec(t, fmt.Sprintf("UPDATE uyeler SET isim = 'Edited', son_degisiklik = '2024-03-0%d 00:00:01' WHERE uye_id %% 3 = %d",
					round, round%3))
			}
			for i := 0; i < 5; i++ {
				k.attempt(true)
			}
			k.attempt(false)
		}
		if k.finished == 0 || k.kills < 10 {
			t.Fatalf("%d kills, %d finished runs: the test did not exercise resume", k.kills, k.finished)
		}
		var want []int
		for _, k := range keyRange(1, next-1) {
			if k > 600 || k%50 != 0 {
				want = append(want, k)
			}
		}
		exactlyOnce(t, exported(t, out), want)
		t.Logf("%s: %d kills, %d finished runs, %d users", db.Engine, k.kills, k.finished, len(want))
	})
}

// TestLockAndSchedule: `--every` runs one run at a time until SIGTERM,
// a failing run is retried at the next tick, and a second run of the same
// config is refused naming the pid of the first.
func TestLockAndSchedule(t *testing.T) {
	db := scratch.New(t, "postgres")
	seedUyeler(t, db, 300)
	out := t.TempDir()
	cfg := writeConfig(t, strings.Replace(queryConfig(db, slowSource(t, db), out, ""), "fetch_size: 700", "fetch_size: 50", 1))
	cmd := exec.Command(binary, "run", "--config", cfg, "--every", "1s", "--log-format", "json")
	pipe, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var lines []string
	events := make(chan string, 100)
	go func() {
		sc := bufio.NewScanner(pipe)
		for sc.Scan() {
			mu.Lock()
			lines = append(lines, sc.Text())
			mu.Unlock()
			var e struct{ Message string }
			if json.Unmarshal(sc.Bytes(), &e) == nil {
				events <- e.Message
			}
		}
		close(events)
	}()
	waitFor := func(msg string) {
		t.Helper()
		deadline := time.After(30 * time.Second)
		for {
			select {
			case e := <-events:
				if strings.HasPrefix(e, msg) {
					return
				}
			case <-deadline:
				mu.Lock()
				defer mu.Unlock()
				t.Fatalf("no %q in:\n%s", msg, strings.Join(lines, "\n"))
			}
		}
	}
	waitFor("run started")
	second := etl(t, nil, "run", "--config", cfg)
	if second.code != 1 || !strings.Contains(second.stderr, fmt.Sprintf("pid %d", cmd.Process.Pid)) {
		t.Fatalf("second run: exit %d\n%s", second.code, second.stderr)
	}
	waitFor("run summary")
	db.Exec(t, "ALTER TABLE uyeler RENAME TO uyeler_away")
	waitFor("run failed; trying again")
	db.Exec(t, "ALTER TABLE uyeler_away RENAME TO uyeler",
		`INSERT INTO uyeler SELECT 301, isim, soyisim, 'late@example.com', cins, gsm, dtarih, uyelik_tarihi, parola,
		parola_tuzu, sms_onay, mail_onay, aktif, misafir, sehir, '2024-05-01' FROM uyeler WHERE uye_id = 1`)
	waitFor("run summary")
	waitFor("run started")
	waitFor("run summary")
	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		// A SIGTERM that lands mid-run stops that run (exit 1) after it
		// wrote what it read; between runs the loop ends cleanly.
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
			t.Fatalf("exit %v", err)
		}
	}
	exactlyOnce(t, exported(t, out), keyRange(1, 301))
}

func each(t *testing.T, f func(t *testing.T, db *scratch.DB)) {
	for _, e := range scratch.Engines {
		t.Run(e, func(t *testing.T) { f(t, scratch.New(t, e)) })
	}
}

// TestRunFolderAfterState: the state names a run before its folder is
// made, so a run that stops in between leaves no folder no state knows
// of, and the next run resumes it (the folder cannot be made here: the
// output dir is a file).
func TestRunFolderAfterState(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		seedUyeler(t, db, 5)
		out := filepath.Join(t.TempDir(), "out")
		if err := os.WriteFile(out, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		cfg := writeConfig(t, queryConfig(db, exampleQuery(db), out, ""))
		if r := etl(t, nil, "run", "--config", cfg); r.code == 0 {
			t.Fatal("a run whose output dir is a file succeeded")
		}
		os.Remove(out)
		runOK(t, cfg)
		m := lastManifest(t, out)
		if counts(m) != "full read 5 exported 5 rejected 0 skipped 0" || m["attempts"] != 2.0 {
			t.Fatalf("the run after: %s, attempts %v (want the first run resumed)", counts(m), m["attempts"])
		}
		if dirs, _ := os.ReadDir(out); len(dirs) != 1 {
			t.Fatalf("%d run folders, want 1", len(dirs))
		}
	})
}
