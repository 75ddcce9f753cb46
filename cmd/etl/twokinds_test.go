package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"etl/internal/scratch"
)

// seedAdresler makes an addresses table: address i belongs to user
// (i-1)%users+1 and has the line "Adres i Sokak", so that a test can
// count each address by its line.
func seedAdresler(t *testing.T, db *scratch.DB, n, users int) {
	t.Helper()
	db.Exec(t, `CREATE TABLE adresler (adres_id INT PRIMARY KEY, uye_id INT, baslik VARCHAR(50), alici VARCHAR(100),
		tel VARCHAR(40), adres VARCHAR(300), ulke VARCHAR(30), il VARCHAR(30), ilce VARCHAR(30), mahalle VARCHAR(50),
		vergi_dairesi VARCHAR(50), vergi_no VARCHAR(20), firma VARCHAR(50), guncelleme `+db.Pick("DATETIME", "TIMESTAMP")+`)`)
	cities := [][2]string{{"istanbul", "Üsküdar"}, {"34", "kadıköy"}, {"ANKARA", "Çankaya"}, {"İzmir", "KARŞIYAKA"}, {"Afyon", "Merkez"}}
	for start := 1; start <= n; start += 500 {
		var vals []string
		for i := start; i < start+500 && i <= n; i++ {
			c := cities[i%len(cities)]
			vals = append(vals, fmt.Sprintf("(%d, %d, 'Ev', 'Alıcı%d Soyad', '0216 555 %02d %02d', 'Adres %d Sokak', 'TR', '%s', '%s', 'Merkez Mah.', '', '', '', '2024-01-01 00:00:00')",
				i, (i-1)%users+1, i, i%100, i%97, i, c[0], c[1]))
		}
		db.Exec(t, "INSERT INTO adresler VALUES "+strings.Join(vals, ","))
	}
	db.Exec(t, db.Pick("ANALYZE TABLE adresler", "ANALYZE adresler"))
}

const addressQuery = `SELECT adres_id, uye_id AS customer_code, baslik AS title, alici AS full_name,
           tel AS phone_number, adres AS line, ulke AS country, il AS city,
           ilce AS township, mahalle AS district, vergi_dairesi AS tax_office,
           vergi_no AS tax_no, firma AS company_name, guncelleme AS updated_at
    FROM adresler`

// twoKindsConfig reads users with the example query and addresses, each
// incrementally.
func twoKindsConfig(db *scratch.DB, users, out string, fetch, batch int) string {
	return twoKindsConfigWith(db, users, addressQuery, out, fetch, batch)
}

func twoKindsConfigWith(db *scratch.DB, users, addresses, out string, fetch, batch int) string {
	return fmt.Sprintf(`source:
  driver: %s
  dsn: %q
users:
  query: |
%s
  key: customer_code
  cursor: updated_at
  fetch_size: %d
addresses:
  query: |
%s
  key: adres_id
  cursor: updated_at
  fetch_size: %d
sink:
  dir: %s
  batch_size: %d
state:
  dir: %s-state
workers: 4
`, db.Engine, db.DSN, indent(users), fetch, indent(addresses), fetch, out, batch, out)
}

// exportedAddresses counts, over every run folder in out whose addresses
// finished, how often each address line was exported, with the email it
// carries; it fails on a folder `etl check` refuses.
func exportedAddresses(t *testing.T, out string) (lines map[string]int, emails map[string]string) {
	t.Helper()
	lines, emails = map[string]int{}, map[string]string{}
	dirs, _ := filepath.Glob(filepath.Join(out, "*"))
	for _, d := range dirs {
		if torn, _ := filepath.Glob(filepath.Join(d, ".*tmp-*")); len(torn) > 0 {
			t.Errorf("torn files left: %v", torn)
		}
		if _, err := os.Stat(filepath.Join(d, "manifest-addresses.json")); err != nil {
			continue
		}
		if c := etl(t, nil, "check", d); c.code != 0 {
			t.Errorf("etl check %s: %s%s", d, c.stdout, c.stderr)
		}
		files, _ := filepath.Glob(filepath.Join(d, "addresses-*.json"))
		for _, f := range files {
			var recs []struct {
				Line  string `json:"line"`
				Email string `json:"email"`
			}
			data, _ := os.ReadFile(f)
			if err := json.Unmarshal(data, &recs); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			for _, r := range recs {
				lines[r.Line]++
				emails[r.Line] = r.Email
			}
		}
	}
	return lines, emails
}

// linesOnce fails unless the address lines exported are exactly those of
// the addresses want, once each.
func linesOnce(t *testing.T, got map[string]int, want []int) {
	t.Helper()
	w := map[string]bool{}
	for _, i := range want {
		w[fmt.Sprintf("Adres %d Sokak", i)] = true
	}
	var bad []string
	for l, c := range got {
		if c != 1 || !w[l] {
			bad = append(bad, fmt.Sprintf("%s×%d", l, c))
		}
	}
	for l := range w {
		if got[l] == 0 {
			bad = append(bad, l+"×0")
		}
	}
	sort.Strings(bad)
	if len(bad) > 0 {
		t.Fatalf("addresses not exported exactly once (line×times): %v", bad)
	}
}

// TestUsersAndAddresses: one config with both kinds. An address of a
// rejected user, and one of a user who does not exist, are orphans; two
// addresses of a user that normalize alike are one; once the user is
// fixed in the legacy table, the next run exports the user and then the
// address, with the email the user was exported with.
func TestUsersAndAddresses(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		seedUyeler(t, db, 20)
		seedAdresler(t, db, 40, 20) // users 1-20 two addresses each: i and i+20
		db.Exec(t, "UPDATE uyeler SET mail = 'not-an-email' WHERE uye_id = 7",
			"INSERT INTO adresler SELECT 41, 99, baslik, alici, tel, 'Adres 41 Sokak', ulke, il, ilce, mahalle, vergi_dairesi, vergi_no, firma, guncelleme FROM adresler WHERE adres_id = 1",
			// the same address as 2, written otherwise: skipped
			"INSERT INTO adresler SELECT 42, uye_id, baslik, alici, tel, '  adres 2   SOKAK ', ulke, il, ilce, mahalle, vergi_dairesi, vergi_no, firma, guncelleme FROM adresler WHERE adres_id = 2")
		out := t.TempDir()
		cfg := writeConfig(t, twoKindsConfig(db, exampleQuery(db), out, 7, 6))

		// A dry run first, as a team does: its addresses find the users
		// it would export, though it writes no ledger.
		dry := runOK(t, cfg, "--dry-run")
		dryRun := lastRun(t, out)
		if m := readJSON(t, filepath.Join(dryRun, "manifest-addresses.json")); counts(m) != "full read 42 exported 38 rejected 3 skipped 1" {
			t.Fatalf("addresses, dry run: %s\n%s", counts(m), dry)
		}
		os.RemoveAll(dryRun) // the count of exports below is of real runs
		if _, err := os.Stat(filepath.Join(out+"-state", "addresses", "state.json")); err == nil {
			t.Fatal("the dry run wrote the addresses' state")
		}

		first := runOK(t, cfg)
		run := lastRun(t, out)
		am := readJSON(t, filepath.Join(run, "manifest-addresses.json"))
		if got := counts(am); got != "full read 42 exported 38 rejected 3 skipped 1" {
			t.Fatalf("addresses, first run: %s\n%s", got, first)
		}
		if m := readJSON(t, filepath.Join(run, "manifest.json")); counts(m) != "full read 20 exported 19 rejected 1 skipped 0" {
			t.Fatalf("users, first run: %s", counts(m))
		}
		rejects, _ := os.ReadFile(filepath.Join(run, "rejects.jsonl"))
		for _, want := range []string{
			`{"key":"7","field":"email","reason":"invalid"`,
			`{"key":"7","field":"customer_code","reason":"orphan","detail":"customer 7 was rejected: email invalid"`,
			`{"key":"27","field":"customer_code","reason":"orphan"`,
			`{"key":"41","field":"customer_code","reason":"orphan","detail":"customer 99 is not in the users ledger`,
		} {
			if !strings.Contains(string(rejects), want) {
				t.Errorf("rejects.jsonl lacks %s:\n%s", want, rejects)
			}
		}
		if !strings.Contains(string(rejects), `"kind":"address"`) || !strings.Contains(string(rejects), `"kind":"user"`) {
			t.Errorf("reject lines without their kind:\n%s", rejects)
		}
		if page, _ := os.ReadFile(filepath.Join(run, "report.html")); !strings.Contains(string(page), `id="status-user"`) ||
			!strings.Contains(string(page), `id="status-address"`) {
			t.Errorf("report.html has no section for each kind")
		}
		if am["counts"].(map[string]any)["skipped_by"].(map[string]any)["same_address"] != 1.0 {
			t.Errorf("same address not skipped once: %v", am["counts"])
		}

		if !strings.Contains(first, "3 orphans wait for their parent; every run reads them again") {
			t.Errorf("the summary does not count the orphans:\n%s", first)
		}
		sh := etl(t, nil, "state", "show", "--config", cfg)
		for _, want := range []string{"users\nstate dir: ", "ledger: 19 users exported", "addresses\nstate dir: ",
			"ledger: 38 addresses exported", "orphans: 3 rows wait for their parent to be exported"} {
			if sh.code != 0 || !strings.Contains(sh.stdout, want) {
				t.Errorf("state show: exit %d, no %q in\n%s%s", sh.code, want, sh.stdout, sh.stderr)
			}
		}

		// preview and validate take each kind.
		pv := etl(t, nil, "preview", "--config", cfg, "--kind", "addresses", "-n", "50")
		for _, want := range []string{"── key 41 REJECTED  customer_code: orphan (customer 99 is not in the users ledger",
			"── key 42 SKIPPED", "── key 1 ok", `"city":"İSTANBUL","township":"ÜSKÜDAR"`,
			"42 rows read: 38 would be exported, 3 rejected", "skipped same_address"} {
			if pv.code != 0 || !strings.Contains(pv.stdout, want) {
				t.Errorf("preview --kind addresses: exit %d, no %q in\n%s%s", pv.code, want, pv.stdout, pv.stderr)
			}
		}
		if v := etl(t, nil, "validate", "--config", cfg); v.code != 0 || !strings.Contains(v.stdout, "source users: ok") ||
			!strings.Contains(v.stdout, "source addresses: ok") {
			t.Errorf("validate: exit %d\n%s%s", v.code, v.stdout, v.stderr)
		}

		// The user is fixed where the shop keeps it.
		db.Exec(t, "UPDATE uyeler SET mail = 'Fixed7@Example.com', son_degisiklik = '2024-02-01 00:00:00' WHERE uye_id = 7")
		second := runOK(t, cfg)
		run = lastRun(t, out)
		if m := readJSON(t, filepath.Join(run, "manifest.json")); counts(m) != "incremental read 1 exported 1 rejected 0 skipped 0" {
			t.Fatalf("users, second run: %s\n%s", counts(m), second)
		}
		am = readJSON(t, filepath.Join(run, "manifest-addresses.json"))
		if got := counts(am); got != "incremental read 3 exported 2 rejected 1 skipped 0" {
			t.Fatalf("addresses, second run: %s\n%s", got, second)
		}
		lines, emails := exportedAddresses(t, out)
		linesOnce(t, lines, keyRange(1, 40))
		if emails["Adres 7 Sokak"] != "fixed7@example.com" || emails["Adres 1 Sokak"] != "user1@example.com" {
			t.Errorf("addresses carry the emails %q and %q, not the users' exported ones", emails["Adres 7 Sokak"], emails["Adres 1 Sokak"])
		}
		if _, err := os.Stat(filepath.Join(out+"-state", "addresses", "state.json")); err != nil {
			t.Errorf("the addresses' state is not in its own folder: %v", err)
		}

		// --kinds runs only the kinds it names.
		db.Exec(t, "UPDATE adresler SET baslik = 'İş', guncelleme = '2024-03-01 00:00:00' WHERE adres_id = 41")
		db.Exec(t, "UPDATE uyeler SET isim = 'Yeni', son_degisiklik = '2024-03-01 00:00:00' WHERE uye_id = 3")
		third := runOK(t, cfg, "--kinds", "addresses")
		runs, _ := filepath.Glob(filepath.Join(out, "*", "manifest-addresses.json"))
		if len(runs) != 3 {
			t.Fatalf("%d run folders with addresses after three runs:\n%s", len(runs), third)
		}
		run = lastRunWith(t, out, "manifest-addresses.json")
		if _, err := os.Stat(filepath.Join(run, "manifest.json")); err == nil {
			t.Errorf("--kinds addresses ran users too")
		}
		if got := counts(readJSON(t, filepath.Join(run, "manifest-addresses.json"))); got != "incremental read 1 exported 0 rejected 1 skipped 0" {
			t.Errorf("--kinds addresses: %s\n%s", got, third)
		}
	})
}

// TestTwoKindsKillResume: runs of users and addresses killed with SIGKILL
// at random instants end with every user and every address exported
// exactly once.
func TestTwoKindsKillResume(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		seedUyeler(t, db, 300)
		seedAdresler(t, db, 450, 300)
		db.Exec(t, "UPDATE uyeler SET mail = 'bad' WHERE uye_id % 50 = 0") // 6 rejects, 9 orphans
		out := t.TempDir()
		// Both kinds read slowly (slowSource makes slow()), so that kills
		// land in each.
		slowAddresses := addressQuery + " WHERE slow(adres_id) = ''"
		cfg := writeConfig(t, twoKindsConfigWith(db, slowSource(t, db), slowAddresses, out, 25, 10))
		k := newKiller(t, cfg, 800*time.Millisecond)
		for i := 0; i < 12; i++ {
			k.attempt(true)
		}
		k.attempt(false)
		// The users rejected are fixed: their addresses follow them.
		db.Exec(t, "UPDATE uyeler SET mail = CONCAT('fixed', uye_id, '@example.com'), son_degisiklik = '2024-02-01 00:00:00' WHERE uye_id % 50 = 0")
		for i := 0; i < 4; i++ {
			k.attempt(true)
		}
		k.attempt(false)
		if k.finished < 2 || k.kills < 12 {
			t.Fatalf("%d kills, %d finished runs: the test did not exercise resume", k.kills, k.finished)
		}
		exactlyOnce(t, exported(t, out), keyRange(1, 300))
		lines, _ := exportedAddresses(t, out)
		linesOnce(t, lines, keyRange(1, 450))
		t.Logf("%s: %d kills, %d finished runs", db.Engine, k.kills, k.finished)
	})
}

// lastRunWith is the run folder whose file (a kind's manifest) was
// written last.
func lastRunWith(t *testing.T, out, file string) string {
	t.Helper()
	ms, _ := filepath.Glob(filepath.Join(out, "*", file))
	if len(ms) == 0 {
		t.Fatalf("no %s in %s", file, out)
	}
	sort.Slice(ms, func(i, j int) bool {
		a, _ := os.Stat(ms[i])
		b, _ := os.Stat(ms[j])
		return a.ModTime().Before(b.ModTime())
	})
	return filepath.Dir(ms[len(ms)-1])
}

func readJSON(t *testing.T, path string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return m
}
