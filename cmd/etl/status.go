package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"etl/configs"
	"etl/job"
	"etl/pipeline/state"
	"etl/sinks/omnitron"
)

// cmdStatus is `etl status --config F`: every batch of the recent runs with
// its migration id and progress, asking Omnitron about unfinished ones.
func cmdStatus(args []string, stdout, stderr io.Writer) error {
	cfg, cfgPath, log, err := configCommand("status", "the legacy.yaml whose uploads to show", args, stdout, stderr, nil,
		configs.AllowUnset(configs.SecretKeys...)) // needed only to ask Omnitron, below
	if err != nil {
		return err
	}
	q, err := state.LoadUploads(cfg.State.Dir)
	if err != nil {
		return err
	}
	ctx, _, cleanup := signals(log)
	defer cleanup()
	var pollErr error
	if cfg.Sink.Type == "omnitron" && len(q.Unfinished()) > 0 {
		lock, err := state.Acquire(cfg.State.Dir)
		if err != nil {
			// A run is going: it follows its batches itself; show the
			// queue as it stands.
			fmt.Fprintf(stdout, "(a run holds the state dir; progress as last recorded)\n")
		} else {
			defer lock.Release()
			if q, err = state.LoadUploads(cfg.State.Dir); err != nil {
				return err
			}
			if err := cfg.NeedCredentials(fmt.Sprintf("status: %d batches are not finished and omnitron must be asked about them", len(q.Unfinished()))); err != nil {
				return usageError{err}
			}
			c, err := job.NewClient(cfg, log)
			if err != nil {
				return usageError{err}
			}
			if pollErr = c.Login(ctx); pollErr == nil {
				pollErr = omnitron.Poll(ctx, c, q)
			}
		}
	}
	entries := q.Snapshot()
	if len(entries) == 0 {
		fmt.Fprintf(stdout, "no batches uploaded from %s yet\n", cfg.State.Dir)
		return pollErr
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "RUN\tFILE\tRECORDS\tSTATUS\tMIGRATION ID\tPROCESSED\tERRORS")
	var pending, failed int
	var incomplete []state.Upload
	for _, e := range entries {
		id := e.MigrationID
		if id == "" {
			id = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%d/%d\t%d\n", e.Run, e.File, e.Records, e.Status, id, e.Processed, e.Total, e.Errors)
		if e.Status == state.UploadPending || e.Status == state.UploadStarted {
			pending++
		}
		failed += e.Errors
		if e.Status == state.UploadIncomplete {
			incomplete = append(incomplete, e)
		}
	}
	tw.Flush()
	fmt.Fprintf(stdout, "%s, %d not finished, %s failed in omnitron\n", plural(int64(len(entries)), "batch", "batches"), pending,
		plural(int64(failed), "record", "records"))
	if len(incomplete) > 0 {
		held, runs, names := 0, map[string]bool{}, []string{}
		for _, e := range incomplete {
			held += e.Held()
			runs[e.Run] = true
			names = append(names, e.Run+"/"+e.File)
			fmt.Fprintf(stdout, "incomplete: %s/%s: omnitron refused %d of %s (migration %s)\n", e.Run, e.File, e.Errors, plural(int64(e.Total), "record", "records"), e.MigrationID)
		}
		retry := strings.Join(names, " ")
		if len(runs) == 1 {
			retry = "--run " + incomplete[0].Run
		}
		fmt.Fprintf(stdout, "%s of %s held apart: sent, but omnitron does not say which records it refused, so they are not counted as exported.\n"+
			"next: %s\n", plural(int64(held), "user", "users"), plural(int64(len(incomplete)), "incomplete batch", "incomplete batches"), job.NextStep(cfgPath, retry))
	}
	if pollErr != nil {
		return fmt.Errorf("asking omnitron: %w", pollErr)
	}
	return nil
}
