package main

import (
	"strings"
	"testing"
	"time"

	"etl/pipeline"
)

// TestHeadline: the summary's first line is the status and, when it is
// not ok, the reason; counts read right in the singular.
func TestHeadline(t *testing.T) {
	counts := func(exported int64) *pipeline.Stats {
		c := pipeline.NewStats()
		c.Exported = exported
		return c
	}
	one := []pipeline.BatchInfo{{File: "users-000001.json", Records: 1}}
	refused := []pipeline.BatchInfo{{File: "users-000001.json", Records: 1000},
		{File: "users-000002.json", Records: 13, Upload: &pipeline.BatchUpload{Status: "incomplete", Total: 13, Errors: 13}}}
	tests := []struct {
		name     string
		m        pipeline.Manifest
		omnitron bool
		want     string
	}{
		{"ok", pipeline.Manifest{Status: "ok", Counts: counts(1), Batches: one}, false, "run R ok: 1 user exported in 1 batch"},
		{"ok omnitron", pipeline.Manifest{Status: "ok", Counts: counts(1013), Batches: refused[:1]}, true,
			"run R ok: 1013 users exported in 1 batch, every record accepted by omnitron"},
		{"dry", pipeline.Manifest{Status: "ok", Counts: counts(0), Options: pipeline.RunOptions{DryRun: true}}, true,
			"dry run R ok: would export 0 users in 0 batches (nothing uploaded, state untouched)"},
		{"failed", pipeline.Manifest{Status: "failed", Error: "write /out/users-000149.json: no space left on device", Counts: counts(5)}, false,
			"run R failed: write /out/users-000149.json: no space left on device"},
		{"incomplete", pipeline.Manifest{Status: "incomplete", Error: "…", Counts: counts(1013), Batches: refused}, true,
			"run R incomplete: omnitron refused 13 of 13 records in 1 batch; its 13 users are held apart, not counted as exported"},
		{"incomplete earlier", pipeline.Manifest{Status: "incomplete", Error: "omnitron refused 2 of 5 records in 1 batch (…)", Counts: counts(0)}, true,
			"run R incomplete: omnitron refused 2 of 5 records in 1 batch (…)"},
		{"partial", pipeline.Manifest{Status: "partial", Error: "stopped at --limit 5; the next run goes on from there", Counts: counts(5)}, false,
			"run R partial: stopped at --limit 5; the next run goes on from there"},
	}
	for _, tc := range tests {
		tc.m.RunID = "R"
		if got := headline(&tc.m, tc.omnitron); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

// TestSummaryNamesReportAndUncountedFiles: after a failure, whole files
// beyond the last commit are named beside counts that leave them out, and
// the summary ends with the report's path.
func TestSummaryNamesReportAndUncountedFiles(t *testing.T) {
	var b strings.Builder
	m := &pipeline.Manifest{RunID: "R", Status: "failed", Error: "write /out/R/users-000149.json: no space left on device",
		Counts: pipeline.NewStats(), Batches: []pipeline.BatchInfo{}}
	printSummary(&b, m, "/out/R", 1500*time.Millisecond, false, 148)
	for _, want := range []string{
		"\nrun R failed: write /out/R/users-000149.json: no space left on device\n",
		"read 0, exported 0, rejected 0, skipped 0; took 1.5s\n",
		"148 batch files written after the last commit are not counted: the next run writes them again\n",
		"report: /out/R/report.html (beside it 0 batch files, rejects.jsonl and manifest.json)\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, b.String())
		}
	}
}
