package job

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"etl/configs"
	"etl/pipeline"
	"etl/pipeline/state"
)

// manifestFacts is what Job.manifest needs to know of a run that ended.
type manifestFacts struct {
	kind                       string // the record kind's name
	started                    time.Time
	resumed, stateful, limited bool
	cfg                        *configs.Config
	source                     pipeline.SourceInfo
	counts                     *pipeline.Stats
	uploads                    *state.Uploads // nil without an Omnitron sink
	refused                    []state.Upload // batches Omnitron processed with errors during the run
	err                        error
}

// StatusIncomplete is a run that read and sent everything, some of whose
// records Omnitron refused: not ok, exit 1.
const StatusIncomplete = "incomplete"

// manifest is the manifest of run once it has ended: its counts, its
// batches with their uploads and its status.
func (j *Job) manifest(run *state.Run, f manifestFacts) *pipeline.Manifest {
	cfg := f.cfg
	m := &pipeline.Manifest{
		RunID: run.ID, Kind: f.kind, Status: "ok", Started: f.started.UTC(), Finished: time.Now().UTC(),
		ToolVersion: j.Version, Source: f.source, Counts: f.counts, Mode: run.Mode, Attempts: run.Attempts,
		Options: pipeline.RunOptions{DryRun: j.DryRun, Full: j.Full, Limit: j.Limit, BatchSize: cfg.Sink.BatchSize,
			Workers: cfg.Workers, Timezone: cfg.Normalize.Timezone},
	}
	if f.resumed {
		m.Started = run.Started
	}
	if run.From != nil {
		m.CursorBefore = run.From.Cursor
	}
	if run.High != nil {
		m.CursorAfter = run.High.Cursor
	}
	m.Counts.Sorted()
	m.Balanced = m.Counts.Balanced() == nil
	if f.stateful {
		// What the last commit counted, even if that is nothing: the
		// counts are the committed ones too (state.Committer).
		m.Batches = append([]pipeline.BatchInfo{}, run.Batches...)
	}
	if f.uploads != nil {
		for i := range m.Batches {
			if e := f.uploads.Of(run.ID, m.Batches[i].File); e != nil {
				m.Batches[i].Upload = &pipeline.BatchUpload{Status: e.Status, MigrationID: e.MigrationID,
					Total: e.Total, Processed: e.Processed, Errors: e.Errors, Error: e.Error}
			}
		}
	}
	if bs := m.Batches; len(bs) > 0 {
		m.LastKey = bs[len(bs)-1].LastKey // else the files sink's Finish sets it
	}
	switch {
	case errors.Is(f.err, pipeline.ErrInterrupted):
		m.Status, m.Error = "interrupted", "stopped by signal after writing what was read; the next run goes on from there"
	case f.err != nil:
		m.Status, m.Error = "failed", f.err.Error()
	case len(f.refused) > 0:
		m.Status, m.Error = StatusIncomplete, RefusedMessage(run.ID, f.refused, j.ConfigPath)
	case f.limited:
		m.Status, m.Error = "partial", fmt.Sprintf("stopped at --limit %d; the next run goes on from there", j.Limit)
	}
	return m
}

// plural is "1 batch", "2 batches".
func plural(n int64, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// RefusedMessage says what Omnitron refused and what to do about it: the
// manifest's error of an incomplete run.
func RefusedMessage(runID string, refused []state.Upload, config string) string {
	var failed, total int
	var names, other []string
	what := "users" // a queue's entries have a kind but for users
	for _, e := range refused {
		if e.Kind != "" && e.Kind != "user" {
			what = "records"
		}
		failed += e.Errors
		total += e.Total
		names = append(names, fmt.Sprintf("%s: %d of %d", e.File, e.Errors, e.Total))
		if e.Run != runID {
			other = append(other, e.Run+"/"+e.File)
		}
	}
	retry := "--run " + runID
	if len(other) > 0 {
		retry = ""
		for _, e := range refused {
			retry += " " + e.Run + "/" + e.File
		}
		retry = strings.TrimSpace(retry)
	}
	return fmt.Sprintf("omnitron refused %d of %s in %s (%s); it does not say which, so the %s of %s are held apart, "+
		"not counted as exported. %s", failed, plural(int64(total), "record", "records"), plural(int64(len(refused)), "batch", "batches"), strings.Join(names, ", "),
		what, map[bool]string{true: "that batch", false: "those batches"}[len(refused) == 1], NextStep(config, retry))
}

// NextStep is what to do about held users, given the batches as
// `etl state retry` takes them.
func NextStep(config, batches string) string {
	return fmt.Sprintf("Check with Akinon which of them exist, then run `etl state retry --config %s %s` and run again "+
		"(Omnitron refuses any email it already holds, so no user is created twice), or `etl state accept --config %s %s` if all are there",
		config, batches, config, batches)
}
