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
func usersLines(t *testing.T, dir string) string { return batchLines(t, dir, "users") }

// batchLines joins every record of every batch of one kind (its plural:
// users, addresses), one per line.
func batchLines(t *testing.T, dir, plural string) string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, plural+"-*.json"))
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

// goldenKinds are the kinds a golden case may configure, in the order a
// job runs them: where the case's config finds them (CASE_PATH or
// CASE_TABLE for users, CASE_<PLURAL>_PATH or _TABLE for the others,
// CASE_ADDRESSES_TABLE say), the file or the table the case holds them
// in, and the manifest a run writes for them.
var goldenKinds = []struct{ plural, env, csv, table, manifest string }{
	{"users", "CASE", "legacy.csv", "uyeler", "manifest.json"},
	goldenKind("addresses", "adresler"),
	goldenKind("orders", "siparisler"),
	goldenKind("order_items", "siparis_kalemleri"),
}

// goldenKind names a kind other than users the way every case finds it:
// its table, and the CSV file of the same name.
func goldenKind(plural, table string) struct{ plural, env, csv, table, manifest string } {
	return struct{ plural, env, csv, table, manifest string }{
		plural, "CASE_" + strings.ToUpper(plural), table + ".csv", table, "manifest-" + plural + ".json"}
}

// TestGolden runs every testdata/golden/<case> on CSV, MariaDB and
// PostgreSQL and compares the records of each kind the case configures
// and the rejects with the case's expected files: the three sources must
// agree to the byte, the databases read off the wire and through the
// driver fallback alike (which the log says, once per kind). The counts
// of each kind's manifest (warnings and skips are seen nowhere else) are
// compared with expected.counts.txt.
func TestGolden(t *testing.T) {
	cases, _ := filepath.Glob("../../testdata/golden/*/config.yaml")
	if len(cases) < 3 {
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
				var db *scratch.DB
				if engine != "csv" {
					db = scratch.New(t, engine)
					loadSQL(t, db, filepath.Join(dir, engine+".sql"))
					env = append(env, "CASE_DSN="+db.DSN)
				}
				for _, k := range goldenKinds {
					if engine == "csv" {
						env = append(env, k.env+"_PATH="+filepath.Join(dir, k.csv))
					} else {
						env = append(env, k.env+"_TABLE="+k.table)
					}
				}
				r := etl(t, env, "run", "--config", filepath.Join(dir, "config.yaml"))
				if r.code != 0 {
					t.Fatalf("exit %d\n%s", r.code, r.stderr)
				}
				run := runFolder(t, out)
				ran := 0
				var counts strings.Builder
				for _, k := range goldenKinds {
					want := filepath.Join(dir, "expected."+k.plural+".jsonl")
					_, err := os.Stat(filepath.Join(run, k.manifest))
					if err != nil {
						// A kind the case does not configure: no expected file.
						if _, werr := os.Stat(want); werr == nil {
							t.Errorf("%s holds %s, but the run wrote no %s", dir, filepath.Base(want), k.manifest)
						}
						continue
					}
					ran++
					got := batchLines(t, run, k.plural)
					if *update && engine == "csv" {
						os.WriteFile(want, []byte(got), 0o644)
					}
					w, err := os.ReadFile(want)
					if err != nil {
						t.Errorf("the run wrote %s, but the case has no expected %s: %v", k.plural, filepath.Base(want), err)
					}
					if got != string(w) {
						t.Errorf("records differ from %s:\n%s", want, diff(string(w), got))
					}
					var m pipeline.Manifest
					data, _ := os.ReadFile(filepath.Join(run, k.manifest))
					if err := json.Unmarshal(data, &m); err != nil || !m.Balanced || m.Status != "ok" {
						t.Errorf("%s: %v %+v", k.manifest, err, m)
					}
					countLines(&counts, k.plural, m.Counts)
				}
				wantCounts := filepath.Join(dir, "expected.counts.txt")
				if *update && engine == "csv" {
					os.WriteFile(wantCounts, []byte(counts.String()), 0o644)
				}
				if wc, _ := os.ReadFile(wantCounts); counts.String() != string(wc) {
					t.Errorf("manifest counts differ from %s:\n%s", wantCounts, diff(string(wc), counts.String()))
				}
				if n := strings.Count(r.stderr, "source pages: "); engine != "csv" && (n != ran || strings.Count(r.stderr, wantPath) != ran) {
					t.Errorf("the log tells the path %d times, want %q once for each of %d kinds:\n%s", n, wantPath, ran, r.stderr)
				}
				rejects, _ := os.ReadFile(filepath.Join(run, "rejects.jsonl"))
				wantRejects := filepath.Join(dir, "expected.rejects.jsonl")
				if *update && engine == "csv" {
					os.WriteFile(wantRejects, rejects, 0o644)
				}
				wr, _ := os.ReadFile(wantRejects)
				if string(rejects) != string(wr) {
					t.Errorf("rejects differ from %s:\n%s", wantRejects, diff(string(wr), string(rejects)))
				}
				if c := etl(t, nil, "check", run); c.code != 0 {
					t.Errorf("etl check: %s", c.stdout)
				}
			})
		}
	}
}

// countLines writes a kind's counts one fact a line: the totals, then
// each reject, warning and skip reason with its count and example keys.
func countLines(b *strings.Builder, plural string, s *pipeline.Stats) {
	if s == nil {
		fmt.Fprintf(b, "%s no counts\n", plural)
		return
	}
	fmt.Fprintf(b, "%s read %d exported %d rejected %d skipped %d\n", plural, s.Read, s.Exported, s.Rejected, s.Skipped)
	s.Sorted()
	for _, c := range s.Rejects {
		fmt.Fprintf(b, "%s reject %s %s %d %v\n", plural, c.Field, c.Reason, c.Count, c.Examples)
	}
	for _, c := range s.Warnings {
		fmt.Fprintf(b, "%s warning %s %s %d %v\n", plural, c.Field, c.Reason, c.Count, c.Examples)
	}
	reasons := make([]string, 0, len(s.SkippedBy))
	for r := range s.SkippedBy {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	for _, r := range reasons {
		fmt.Fprintf(b, "%s skip %s %d\n", plural, r, s.SkippedBy[r])
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
