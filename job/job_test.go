package job

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/rs/zerolog"
	"github.com/segmentio/encoding/json"

	"etl/configs"
	"etl/pipeline"
)

// newJob is a job of cfg over testKinds that logs to the test and keeps
// each kind's report.
func newJob(t *testing.T, cfg *configs.Config, reports *[]Report) *Job {
	t.Helper()
	return &Job{Config: cfg, Kinds: testKinds, ConfigPath: "legacy.yaml", Version: "test",
		Log: zerolog.New(zerolog.NewTestWriter(t)), Summary: func(r Report) { *reports = append(*reports, r) }}
}

// counts is a manifest's counts, for comparing in one line.
func counts(m *pipeline.Manifest) string {
	c := m.Counts
	return strings.Join([]string{m.Kind, m.Status, m.Mode, "read", itoa(c.Read), "exported", itoa(c.Exported),
		"rejected", itoa(c.Rejected), "skipped", itoa(c.Skipped)}, " ")
}

func itoa(n int64) string { b, _ := json.Marshal(n); return string(b) }

// batchKeys reads the customer_code (users) or the line (addresses) of
// every record in a run folder's batches of one kind, sorted.
func batchKeys(t *testing.T, m *pipeline.Manifest, dir, field string) []string {
	t.Helper()
	var keys []string
	for _, b := range m.Batches {
		data, err := os.ReadFile(filepath.Join(dir, b.File))
		if err != nil {
			t.Fatal(err)
		}
		var recs []map[string]any
		if err := json.Unmarshal(data, &recs); err != nil {
			t.Fatalf("%s: %v", b.File, err)
		}
		if len(recs) != b.Records {
			t.Errorf("%s holds %d records, its manifest says %d", b.File, len(recs), b.Records)
		}
		for _, r := range recs {
			keys = append(keys, r[field].(string))
		}
	}
	sort.Strings(keys)
	return keys
}

// TestCSVJob: a dry run and then a real run of users and addresses from
// CSV files, in-process: the dry run's addresses find the users it would
// export, and leaves no state; the real run writes the same batches and
// its state.
func TestCSVJob(t *testing.T) {
	out := t.TempDir()
	t.Setenv("ETL_TEST_OUT", out)
	cfg, err := configs.Load("testdata/csv.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, dry := range []bool{true, false} {
		var reports []Report
		j := newJob(t, cfg, &reports)
		j.DryRun = dry
		if err := j.Run(context.Background()); err != nil {
			t.Fatalf("dry run %v: %v", dry, err)
		}
		if len(reports) != 2 {
			t.Fatalf("dry run %v: %d reports, want one per kind", dry, len(reports))
		}
		users, addrs := reports[0], reports[1]
		for _, c := range []struct{ got, want string }{
			{counts(users.Manifest), "user ok full read 4 exported 3 rejected 1 skipped 0"},
			// 13's user was rejected, 14's does not exist.
			{counts(addrs.Manifest), "address ok full read 5 exported 3 rejected 2 skipped 0"},
		} {
			if c.got != c.want {
				t.Errorf("dry run %v: %s, want %s", dry, c.got, c.want)
			}
		}
		if users.Dir != addrs.Dir || users.Manifest.RunID != addrs.Manifest.RunID {
			t.Errorf("dry run %v: the kinds wrote into %s and %s, not one run folder", dry, users.Dir, addrs.Dir)
		}
		if users.Manifest.Options.DryRun != dry || users.Manifest.ToolVersion != "test" {
			t.Errorf("dry run %v: manifest options %+v, version %q", dry, users.Manifest.Options, users.Manifest.ToolVersion)
		}
		if got := strings.Join(batchKeys(t, users.Manifest, users.Dir, "customer_code"), ","); got != "1,2,4" {
			t.Errorf("dry run %v: users exported %s", dry, got)
		}
		if got := batchKeys(t, addrs.Manifest, addrs.Dir, "line"); len(got) != 3 || len(addrs.Manifest.Batches) != 2 {
			t.Errorf("dry run %v: addresses exported %q in %d batches", dry, got, len(addrs.Manifest.Batches))
		}
		for _, f := range []string{"manifest.json", "manifest-addresses.json", "rejects.jsonl"} {
			if _, err := os.Stat(filepath.Join(users.Dir, f)); err != nil {
				t.Errorf("dry run %v: %v", dry, err)
			}
		}
		_, err := os.Stat(filepath.Join(out, ".state", "state.json"))
		if dry != errors.Is(err, os.ErrNotExist) {
			t.Errorf("dry run %v: state.json: %v", dry, err)
		}
	}
}
