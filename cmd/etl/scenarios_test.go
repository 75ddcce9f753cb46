package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"etl/internal/scratch"
)

// seedUyeler creates the legacy.example.yaml schema with n ordinary users.
func seedUyeler(t *testing.T, db *scratch.DB, n int) {
	t.Helper()
	db.Exec(t, `CREATE TABLE uyeler (uye_id INT PRIMARY KEY, isim VARCHAR(100), soyisim VARCHAR(100), mail VARCHAR(200),
		cins VARCHAR(10), gsm VARCHAR(40), dtarih DATE, uyelik_tarihi `+db.Pick("DATETIME", "TIMESTAMP")+`,
		parola VARCHAR(100), parola_tuzu VARCHAR(20), sms_onay SMALLINT, mail_onay SMALLINT, aktif SMALLINT,
		misafir SMALLINT, sehir VARCHAR(50), son_degisiklik `+db.Pick("DATETIME", "TIMESTAMP")+`)`)
	for start := 1; start <= n; start += 1000 {
		var vals []string
		for i := start; i < start+1000 && i <= n; i++ {
			vals = append(vals, fmt.Sprintf("(%d, 'Ad%d', 'Soyad', 'user%d@example.com', '%s', '0532 %03d %02d %02d', '1990-01-13', "+
				"'2022-01-13 09:26:00', 'e10adc3949ba59abbe56e057f20f883e', '', 1, 0, 1, %d, 'Ankara', '2024-01-01 00:00:00')",
				i, i, i, []string{"E", "K", ""}[i%3], i%1000, i%100, i%97, i%50/49))
		}
		db.Exec(t, "INSERT INTO uyeler VALUES "+strings.Join(vals, ","))
	}
	// Like a production table, with statistics: the planner then reads
	// pages by index instead of sorting the whole table.
	db.Exec(t, db.Pick("ANALYZE TABLE uyeler", "ANALYZE uyeler"))
}

// exampleQuery is legacy.example.yaml's query, with the identifier quoting
// of each engine.
func exampleQuery(db *scratch.DB) string {
	q := db.Pick("`", `"`)
	return `SELECT uye_id AS customer_code, isim AS first_name, soyisim AS last_name, mail AS email, cins AS gender,
           gsm AS phone, dtarih AS date_of_birth, uyelik_tarihi AS date_joined, parola AS password,
           parola_tuzu AS password_salt, sms_onay AS sms_allowed, mail_onay AS email_allowed, aktif AS verified,
           CASE misafir WHEN 1 THEN 'guest' ELSE 'registered' END AS user_type,
           sehir AS ` + q + `attributes.city` + q + `, son_degisiklik AS updated_at
    FROM uyeler`
}

func writeConfig(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "legacy.yaml")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func indent(s string) string { return "    " + strings.ReplaceAll(s, "\n", "\n    ") }

func queryConfig(db *scratch.DB, query, out string, extra string) string {
	return fmt.Sprintf("source:\n  driver: %s\n  dsn: %q\n  query: |\n%s\n  key: customer_code\n  cursor: updated_at\n  fetch_size: 700\n%s\nsink:\n  dir: %s\n  batch_size: 1000\nstate:\n  dir: %s-state\nworkers: 4\n",
		db.Engine, db.DSN, indent(query), extra, out, out)
}

// TestE2EQueryMode: the example config's query on both engines, 10k rows,
// byte-identical batches for 1 and 8 workers.
func TestE2EQueryMode(t *testing.T) {
	for _, engine := range scratch.Engines {
		t.Run(engine, func(t *testing.T) {
			db := scratch.New(t, engine)
			seedUyeler(t, db, 10000)
			var sums []string
			for _, w := range []string{"1", "8"} {
				out := t.TempDir()
				cfg := writeConfig(t, queryConfig(db, exampleQuery(db), out, ""))
				r := etl(t, nil, "run", "--config", cfg, "--workers", w)
				if r.code != 0 {
					t.Fatalf("exit %d\n%s", r.code, r.stderr)
				}
				run := runFolder(t, out)
				m := readManifest(t, run)
				if m.Counts.Read != 10000 || m.Counts.Exported != 10000 || len(m.Batches) != 10 || !m.Balanced {
					t.Fatalf("manifest counts %+v, %d batches", m.Counts, len(m.Batches))
				}
				var s []string
				for _, b := range m.Batches {
					s = append(s, b.SHA256)
				}
				sums = append(sums, strings.Join(s, ","))
				if c := etl(t, nil, "check", run); c.code != 0 {
					t.Fatalf("check: %s", c.stdout)
				}
				if w == "1" {
					users := usersLines(t, run)
					if !strings.Contains(users, `"customer_code":"200","verified":true,"facebook_uuid":null,"attributes":{"city":"Ankara"},"call_allowed":false,"user_type":"registered"}`) ||
						!strings.Contains(users, `"user_type":"guest"`) {
						t.Errorf("records do not look right:\n%.600s", users)
					}
				}
			}
			if sums[0] != sums[1] {
				t.Fatal("workers=1 and workers=8 wrote different batches")
			}
		})
	}
}

// TestE2EBadConfig: every problem named, exit 2, and no connection tried.
func TestE2EBadConfig(t *testing.T) {
	cfg := writeConfig(t, "source:\n  driver: mysql\n  dsn: 'root:hunter2@tcp(127.0.0.1:1)/shop'\n  query: SELECT 1\n  fetchsize: 10\nsink:\n  batch_size: -5\n")
	r := etl(t, nil, "run", "--config", cfg)
	if r.code != 2 {
		t.Fatalf("exit %d, want 2\n%s", r.code, r.stderr)
	}
	for _, want := range []string{"source.fetchsize: unknown key", "source.key: required", "sink.batch_size: must be between"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr does not say %q:\n%s", want, r.stderr)
		}
	}
	if strings.Contains(r.stderr, "connect") || strings.Contains(r.stderr, "hunter2") {
		t.Errorf("stderr:\n%s", r.stderr)
	}
}

// TestE2EUnknownColumn: a query column that is no record key is a config
// error naming it, before any row is read.
func TestE2EUnknownColumn(t *testing.T) {
	db := scratch.New(t, "postgres")
	seedUyeler(t, db, 3)
	out := t.TempDir()
	cfg := writeConfig(t, queryConfig(db, strings.Replace(exampleQuery(db), "cins AS gender", "cins AS cinsiyet", 1), out, ""))
	r := etl(t, nil, "run", "--config", cfg)
	if r.code != 2 || !strings.Contains(r.stderr, `column "cinsiyet" is not a record key`) {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Errorf("a run folder was created: %v", entries)
	}
	v := etl(t, nil, "validate", "--config", cfg)
	if v.code != 2 || !strings.Contains(v.stderr, "cinsiyet") {
		t.Fatalf("validate exit %d\n%s%s", v.code, v.stdout, v.stderr)
	}
}

// TestE2EValidate: config, connection and columns, with the password of
// the DSN redacted.
func TestE2EValidate(t *testing.T) {
	db := scratch.New(t, "mysql")
	seedUyeler(t, db, 1)
	dsn := strings.Replace(db.DSN, "root@", "root:@", 1)
	cfg := writeConfig(t, strings.Replace(queryConfig(db, exampleQuery(db), t.TempDir(), ""), fmt.Sprintf("%q", db.DSN), fmt.Sprintf("%q", dsn), 1))
	r := etl(t, nil, "validate", "--config", cfg)
	if r.code != 0 {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{"config: ok", "source: ok (mysql", "columns: customer_code, first_name", "attributes.city, updated_at",
		"record keys with no column (default used): password_algorithm, facebook_uuid, call_allowed"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("stdout does not say %q:\n%s", want, r.stdout)
		}
	}
}

// TestE2ELostConnection: the server ends the reading session mid-run (as
// a restart or a network cut would); the run fails with a clear message
// and every batch written before stays whole and valid. The message says
// what happens next: a run resumes, a dry run (which keeps no state) does
// not.
func TestE2ELostConnection(t *testing.T) {
	for _, tc := range []struct {
		name      string
		args      []string
		next, not string
	}{
		{"run", nil, "the next run resumes after the last one", "a dry run is not resumed"},
		{"dry-run", []string{"--dry-run"}, "a dry run is not resumed", "the next run resumes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := scratch.New(t, "postgres")
			out := t.TempDir()
			stderr := slowRunExits1(t, db, 5000, out, func(*exec.Cmd) {
				db.Exec(t, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
			}, tc.args...)
			msg := stderr.String()
			if !strings.Contains(msg, "after key") || !strings.Contains(msg, "connection to the database was lost") {
				t.Errorf("message does not say where and why:\n%s", msg)
			}
			if !strings.Contains(msg, tc.next) || strings.Contains(msg, tc.not) {
				t.Errorf("message does not say %q (or says %q):\n%s", tc.next, tc.not, msg)
			}
			run := runFolder(t, out)
			m := readManifest(t, run)
			if m.Status != "failed" || len(m.Batches) == 0 || !m.Balanced || m.Counts.Read >= 5000 {
				t.Fatalf("manifest %+v counts %+v", m, m.Counts)
			}
			if c := etl(t, nil, "check", run); c.code != 0 {
				t.Fatalf("batches written before the failure do not check: %s", c.stdout)
			}
			if tmp, _ := filepath.Glob(filepath.Join(run, ".*")); len(tmp) > 0 {
				t.Errorf("temp files left: %v", tmp)
			}
		})
	}
}

// TestE2EInterrupt: the first SIGINT stops reading, writes what was read
// and exits 1 with a balanced manifest.
func TestE2EInterrupt(t *testing.T) {
	db := scratch.New(t, "postgres")
	out := t.TempDir()
	stderr := slowRunExits1(t, db, 3000, out, func(cmd *exec.Cmd) { cmd.Process.Signal(syscall.SIGINT) })
	m := readManifest(t, runFolder(t, out))
	if m.Status != "interrupted" || !m.Balanced || m.Counts.Read == 0 || m.Counts.Read >= 3000 {
		t.Fatalf("manifest %+v counts %+v\n%s", m, m.Counts, stderr.String())
	}
}

// TestE2ERedactsPassword: a DSN password appears nowhere in the output.
func TestE2ERedactsPassword(t *testing.T) {
	db := scratch.New(t, "postgres")
	seedUyeler(t, db, 5)
	out := t.TempDir()
	dsn := strings.Replace(db.DSN, "postgres@", "postgres:s3cret-pw@", 1)
	cfg := writeConfig(t, strings.Replace(queryConfig(db, exampleQuery(db), out, ""), fmt.Sprintf("%q", db.DSN), fmt.Sprintf("%q", dsn), 1))
	for _, format := range []string{"console", "json"} {
		r := etl(t, nil, "run", "--config", cfg, "--log-format", format)
		if r.code != 0 || strings.Contains(r.stderr+r.stdout, "s3cret") {
			t.Fatalf("exit %d, output:\n%s", r.code, r.stderr)
		}
		if format == "json" && !strings.Contains(r.stderr, `"message":"run summary"`) {
			t.Errorf("not JSON logs:\n%s", r.stderr)
		}
	}
	matches, _ := filepath.Glob(filepath.Join(out, "*", "manifest.json"))
	for _, m := range matches {
		if data, _ := os.ReadFile(m); strings.Contains(string(data), "s3cret") {
			t.Errorf("%s holds the password", m)
		}
	}
}

// TestE2EDemo: the bundled demo config runs from the repo root.
func TestE2EDemo(t *testing.T) {
	out := t.TempDir()
	cmd := exec.Command(binary, "run", "--config", "configs/demo.yaml")
	cmd.Dir = "../.."
	cmd.Env = append(os.Environ(), "ETL_OUT="+out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	m := readManifest(t, runFolder(t, out))
	if m.Counts.Read != 22 || m.Counts.Exported != 9 || m.Counts.Rejected != 13 {
		t.Fatalf("demo counts %+v", m.Counts)
	}
}

// slowRunExits1 seeds n users, starts a run (with args) that reads them
// slowly, does act to it mid-run and wants exit code 1. It returns the
// run's stderr.
func slowRunExits1(t *testing.T, db *scratch.DB, n int, out string, act func(*exec.Cmd), args ...string) *strings.Builder {
	t.Helper()
	seedUyeler(t, db, n)
	query := slowSource(t, db)
	// Pages of 100 rows (0.1 s at 1 ms a row): a page is handed out once
	// it has been read whole (see sources.Reader.sendAhead), so rows are
	// written well before act, whatever the machine's speed.
	cfg := writeConfig(t, strings.NewReplacer("batch_size: 1000", "batch_size: 100", "fetch_size: 700", "fetch_size: 100").
		Replace(queryConfig(db, query, out, "")))
	cmd := exec.Command(binary, append([]string{"run", "--config", cfg}, args...)...)
	stderr := &strings.Builder{}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1500 * time.Millisecond)
	act(cmd)
	err := cmd.Wait()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Fatalf("exit %v\n%s", err, stderr.String())
	}
	return stderr
}
