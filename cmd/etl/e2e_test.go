package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"etl/internal/scratch"
	"etl/pipeline"
	"etl/sources"
)

var (
	binary string
	update = flag.Bool("update", false, "rewrite the golden expected files")
)

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "etl-e2e-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "etl")
	if out, err := exec.Command("go", append(append([]string{"build"}, raceFlags...), "-o", binary, ".")...).CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build etl: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	code           int
	stdout, stderr string
}

func etl(t *testing.T, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = append(os.Environ(), env...)
	var so, se bytes.Buffer
	cmd.Stdout, cmd.Stderr = &so, &se
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{code, so.String(), se.String()}
}

// runFolder returns the single run folder under out.
func runFolder(t *testing.T, out string) string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(out, "*", "manifest.json"))
	if len(m) != 1 {
		t.Fatalf("want one run folder in %s, found %v", out, m)
	}
	return filepath.Dir(m[0])
}

func readManifest(t *testing.T, dir string) pipeline.Manifest {
	t.Helper()
	var m pipeline.Manifest
	data, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// usersLines joins every record of every batch, one per line.
func usersLines(t *testing.T, dir string) string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "users-*.json"))
	sort.Strings(files)
	var b strings.Builder
	for _, f := range files {
		var recs []json.RawMessage
		data, _ := os.ReadFile(f)
		if err := json.Unmarshal(data, &recs); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, r := range recs {
			b.Write(r)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// loadSQL runs a fixture file statement by statement.
func loadSQL(t *testing.T, db *scratch.DB, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var stmt strings.Builder
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "--") {
			continue
		}
		stmt.WriteString(line + "\n")
		if s := strings.TrimSpace(stmt.String()); strings.HasSuffix(strings.SplitN(s, " -- ", 2)[0], ";") {
			db.Exec(t, s)
			stmt.Reset()
		}
	}
}

// TestGolden runs every testdata/golden/<case> on CSV, MariaDB and
// PostgreSQL and compares the records and rejects with the case's
// expected files: the three sources must agree to the byte, the databases
// read off the wire and through the driver fallback alike (which the log
// says, once).
func TestGolden(t *testing.T) {
	cases, _ := filepath.Glob("../../testdata/golden/*/config.yaml")
	if len(cases) < 2 {
		t.Fatalf("golden cases missing: %v", cases)
	}
	for _, cfg := range cases {
		dir, _ := filepath.Abs(filepath.Dir(cfg))
		name := filepath.Base(dir)
		for _, variant := range []string{"csv", "mysql", "postgres", "mysql/driver", "postgres/driver"} {
			t.Run(name+"/"+variant, func(t *testing.T) {
				engine, path, _ := strings.Cut(variant, "/")
				out := t.TempDir()
				env := []string{"ETL_OUT=" + out, "ETL_STATE=" + t.TempDir(), "CASE_DRIVER=" + engine}
				wantPath := "source pages: wire reader"
				if path == "driver" {
					env = append(env, sources.DriverPagesEnv+"=1")
					wantPath = "source pages: driver fallback"
				}
				if engine == "csv" {
					env = append(env, "CASE_PATH="+filepath.Join(dir, "legacy.csv"))
				} else {
					db := scratch.New(t, engine)
					loadSQL(t, db, filepath.Join(dir, engine+".sql"))
					env = append(env, "CASE_DSN="+db.DSN, "CASE_TABLE=uyeler")
				}
				r := etl(t, env, "run", "--config", filepath.Join(dir, "config.yaml"))
				if r.code != 0 {
					t.Fatalf("exit %d\n%s", r.code, r.stderr)
				}
				if n := strings.Count(r.stderr, "source pages: "); engine != "csv" && (n != 1 || !strings.Contains(r.stderr, wantPath)) {
					t.Errorf("the log tells the path %d times, want once %q:\n%s", n, wantPath, r.stderr)
				}
				run := runFolder(t, out)
				users := usersLines(t, run)
				rejects, _ := os.ReadFile(filepath.Join(run, "rejects.jsonl"))
				wantUsers := filepath.Join(dir, "expected.users.jsonl")
				wantRejects := filepath.Join(dir, "expected.rejects.jsonl")
				if *update && engine == "csv" {
					os.WriteFile(wantUsers, []byte(users), 0o644)
					os.WriteFile(wantRejects, rejects, 0o644)
				}
				wu, _ := os.ReadFile(wantUsers)
				wr, _ := os.ReadFile(wantRejects)
				if users != string(wu) {
					t.Errorf("records differ from %s:\n%s", wantUsers, diff(string(wu), users))
				}
				if string(rejects) != string(wr) {
					t.Errorf("rejects differ from %s:\n%s", wantRejects, diff(string(wr), string(rejects)))
				}
				if c := etl(t, nil, "check", run); c.code != 0 {
					t.Errorf("etl check: %s", c.stdout)
				}
				if m := readManifest(t, run); !m.Balanced || m.Status != "ok" {
					t.Errorf("manifest %+v", m)
				}
			})
		}
	}
}

func diff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			fmt.Fprintf(&b, "line %d\n want %s\n  got %s\n", i+1, w, g)
		}
	}
	return b.String()
}
