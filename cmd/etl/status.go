package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"etl/configs"
	"etl/job"
	"etl/kinds"
	"etl/pipeline/state"
	"etl/sinks/omnitron"
)

// kindQueue is one kind's upload queue in the state dir.
type kindQueue struct {
	kind *kinds.Kind
	dir  string
	q    *state.Uploads
}

// stateQueues loads the upload queue of every kind the config reads, and
// of any other kind whose state folder holds one (etl upload files a run
// folder's kinds whether or not the config reads them), in kind order.
func stateQueues(cfg *configs.Config) ([]kindQueue, error) {
	var out []kindQueue
	for _, k := range allKinds {
		dir := job.StateDir(cfg.State.Dir, k)
		q, err := state.LoadUploads(dir)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", k.Plural, err)
		}
		if slices.Contains(cfg.Kinds(), k.Plural) || len(q.Snapshot()) > 0 {
			out = append(out, kindQueue{kind: k, dir: dir, q: q})
		}
	}
	return out, nil
}

// cmdStatus is `etl status --config F`: every batch of the recent runs with
// its migration id and progress, asking Omnitron about unfinished ones,
// then each kind's queue: its batches by status, the records held apart,
// the parent kind it waits for and an ETA.
func cmdStatus(args []string, stdout, stderr io.Writer) error {
	cfg, cfgPath, log, err := configCommand("status", "the legacy.yaml whose uploads to show", args, stdout, stderr, nil,
		configs.AllowUnset(configs.SecretKeys...)) // needed only to ask Omnitron, below
	if err != nil {
		return err
	}
	qs, err := stateQueues(cfg)
	if err != nil {
		return err
	}
	ctx, _, cleanup := signals(log)
	defer cleanup()
	var pollErr error
	var client *omnitron.Client
	busy := false
	for i, kq := range qs {
		if cfg.Sink.Type != "omnitron" || len(kq.q.Unfinished()) == 0 || pollErr != nil {
			continue
		}
		lock, err := state.Acquire(kq.dir)
		if err != nil {
			// A run is going: it follows its batches itself; show the
			// queue as it stands.
			busy = true
			continue
		}
		defer lock.Release()
		if qs[i].q, err = state.LoadUploads(kq.dir); err != nil {
			return err
		}
		if client == nil {
			if err := cfg.NeedCredentials(fmt.Sprintf("status: %d %s batches are not finished and omnitron must be asked about them",
				len(qs[i].q.Unfinished()), kq.kind.Name)); err != nil {
				return usageError{err}
			}
			if client, err = job.NewClient(cfg, log); err != nil {
				return usageError{err}
			}
			if pollErr = client.Login(ctx); pollErr != nil {
				continue
			}
		}
		pollErr = omnitron.Poll(ctx, client, qs[i].q)
	}
	if busy {
		fmt.Fprintf(stdout, "(a run holds the state dir; progress as last recorded)\n")
	}
	var views []job.KindQueue
	var entries []state.Upload
	for _, kq := range qs {
		es := kq.q.Snapshot()
		views = append(views, job.KindQueue{Plural: kq.kind.Plural, Parents: kq.kind.Parents, Entries: es})
		entries = append(entries, es...)
	}
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
	now := time.Now()
	var held []string
	for i, v := range views {
		if len(v.Entries) == 0 {
			continue
		}
		fmt.Fprintln(stdout, kindStatus(qs[i].kind, v, views, now))
		if c := v.Count(); c.Held > 0 {
			held = append(held, plural(int64(c.Held), qs[i].kind.Name, qs[i].kind.Plural))
		}
	}
	if len(incomplete) > 0 {
		runs, names := map[string]bool{}, []string{}
		for _, e := range incomplete {
			runs[e.Run] = true
			names = append(names, e.Run+"/"+e.File)
			fmt.Fprintf(stdout, "incomplete: %s/%s: omnitron refused %d of %s (migration %s)\n", e.Run, e.File, e.Errors, plural(int64(e.Total), "record", "records"), e.MigrationID)
		}
		retry := strings.Join(names, " ")
		if len(runs) == 1 {
			retry = "--run " + incomplete[0].Run
		}
		fmt.Fprintf(stdout, "%s of %s held apart: sent, but omnitron does not say which records it refused, so they are not counted as exported.\n"+
			"next: %s\n", strings.Join(held, ", "), plural(int64(len(incomplete)), "incomplete batch", "incomplete batches"), job.NextStep(cfgPath, retry))
	}
	if pollErr != nil {
		return fmt.Errorf("asking omnitron: %w", pollErr)
	}
	return nil
}

// kindStatus is a kind's line of etl status: "addresses: 4 batches: 2
// pending, 1 started, 1 done, 0 incomplete, 0 rejected; 0 addresses held
// apart; waiting for users" or, while Omnitron processes its batches,
// "; ETA 3m20s" at the rate since the first of them was sent.
func kindStatus(k *kinds.Kind, v job.KindQueue, all []job.KindQueue, now time.Time) string {
	c := v.Count()
	line := fmt.Sprintf("%s: %s: %d pending, %d started, %d done, %d incomplete, %d rejected", k.Plural,
		plural(int64(len(v.Entries)), "batch", "batches"), c.Pending, c.Started, c.Done, c.Incomplete, c.Rejected)
	if c.Other > 0 {
		line += fmt.Sprintf(", %d retried or accepted", c.Other)
	}
	line += fmt.Sprintf("; %s held apart", plural(int64(c.Held), k.Name, k.Plural))
	switch p := v.WaitsFor(all); {
	case c.Pending+c.Started == 0:
	case p != "" && c.Started == 0:
		line += "; waiting for " + p
	default:
		if eta, ok := job.UploadETA([]job.KindQueue{v}, job.UploadRate(v, now)); ok {
			line += "; ETA " + eta.String()
		} else if c.Started > 0 {
			line += "; ETA unknown until omnitron has processed some of it"
		}
	}
	return line
}
