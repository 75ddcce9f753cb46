package job

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"etl/configs"
	"etl/kinds"
	"etl/kinds/user"
	"etl/pipeline"
	"etl/pipeline/state"
	"etl/sinks/files"
	"etl/sinks/omnitron"
	"etl/sources"
)

// runKind is one run of one kind: resume the kind's run in progress if
// there is one, else start a new one (named jobID) from the checkpoint
// (or the whole table).
func (j *Job) runKind(ctx context.Context, part Part, jobID string) error {
	started := time.Now()
	log := j.Log
	cfg, kind := part.Config, part.Kind
	stateDir := cfg.State.Dir
	lock, err := state.Acquire(stateDir)
	if err != nil {
		return err
	}
	defer lock.Release()
	st, err := state.Load(stateDir)
	if err != nil {
		return err
	}
	srcID := SourceID(cfg.Source)
	if st.Source != "" && st.Source != srcID && !j.Full && !j.DryRun {
		return ConfigError{fmt.Errorf("state dir %s belongs to another source (its query, table, key or cursor changed): "+
			"run once with --full to start a new baseline (users exported before are still skipped), or use another state.dir", stateDir)}
	}
	if !j.DryRun {
		if err := CheckDestination(cfg, st); err != nil {
			return err
		}
	}

	// Parents first: what this kind reads depends on how Omnitron
	// processed its parents' batches, and none of its batches may be sent
	// before they are processed.
	if err := j.AwaitEarlier(ctx, part); err != nil {
		return err
	}
	parents, closeParents, err := OpenParents(part)
	if err != nil {
		return err
	}
	defer closeParents()
	var failed atomic.Pointer[error] // what the transform could not return
	fail := func(err error) { failed.CompareAndSwap(nil, &err) }
	o, err := OpenSource(ctx, cfg, kind, parents, fail, started)
	if err != nil {
		return err
	}
	defer o.Close()
	if err := queryCustomerKey(part, o.Src.Columns()); err != nil {
		return ConfigError{err}
	}

	ledger, err := state.OpenLedger(stateDir, st.LedgerSize, j.DryRun)
	if err != nil {
		return err
	}
	defer ledger.Close()

	// What to read: a run in progress is resumed as it was planned.
	run := st.Run
	resumed := run != nil && !j.DryRun && !j.Full && st.Source == srcID
	if run != nil && !j.DryRun && !resumed {
		if err := j.abandon(st, stateDir, kind, cfg); err != nil {
			return err
		}
	}
	if !resumed {
		id := jobID
		run = &state.Run{ID: id, Dir: filepath.Join(cfg.Sink.Dir, id), Started: started.UTC(), Mode: state.ModeFull,
			Stats: pipeline.NewStats()}
		// Reread: users released by `etl state retry` sit before the
		// checkpoint, so the next run reads everything (the ledger skips
		// the users it still holds).
		if cfg.Source.Cursor != "" && o.Reader != nil && st.Checkpoint != nil && !j.Full && st.Source == srcID && !st.Reread {
			run.Mode, run.From = state.ModeIncremental, st.Checkpoint
		}
	}
	// The run's bound: the greatest (cursor, key) pair before it reads. A
	// resumed run that committed nothing starts over, and notes it again.
	var high *pendingHigh
	if cfg.Source.Cursor != "" && o.Reader != nil && (!resumed || (run.Mode == state.ModeFull && run.Last == nil)) {
		if run.Mode == state.ModeFull {
			// Nothing is read by the bound, so the reading need not
			// wait for it, if it can be taken as of now.
			snap, err := o.Reader.Snapshot(ctx)
			if err != nil {
				return err
			}
			if snap != nil {
				high = startHigh(ctx, snap, run)
			}
		}
		if high == nil {
			if run.High, err = o.Reader.Greatest(ctx); err != nil {
				return err
			}
			if run.High == nil {
				run.High = run.From
			}
		}
	}
	if j.RetryRejects && (j.DryRun || o.Reader == nil || cfg.Source.Cursor == "") {
		log.Warn().Msg("--retry-rejects does nothing here: a dry run reads no reject again, and a source without source.cursor is read whole by every run")
	}
	// Rejected keys are kept only where a run would not read them again
	// by itself: a source with a cursor. Without one every run reads the
	// whole source (CSV too), rejected rows included.
	var rejects *state.RejectSet
	rejectsFP := rejectsConfig(cfg, kind)
	if !j.DryRun && o.Reader != nil && cfg.Source.Cursor != "" {
		if rejects, err = state.OpenRejects(stateDir, st.Rejects, false); err != nil {
			return err
		}
		defer rejects.Close()
		switch {
		case !resumed && rejects.Info().Size > 0:
			// Incremental runs read rows whose cursor moved; a reject
			// fixed by config (or, with --retry-rejects, in place) is
			// read again by key, after the other segments.
			pick := run.Mode == state.ModeIncremental && run.From != nil
			n, err := rejects.Compact(state.CompactOptions{Ledger: ledger, Config: rejectsFP, Retry: j.RetryRejects,
				Pick: pick, RetryFile: state.RetryFile(run.ID)})
			if err != nil {
				return err
			}
			if n > 0 {
				run.Retry, run.Retried = state.RetryFile(run.ID), n
			}
			st.Rejects = rejects.Info()
		case resumed && j.RetryRejects && run.Retry == "":
			log.Warn().Str("run", run.ID).Msg("--retry-rejects: the unfinished run is resumed as it was planned; run again once it is done to read the rejects again")
		}
		state.RemoveRetryFiles(stateDir, run.Retry)
	}
	run.Attempts++
	var after *pipeline.Pos
	if resumed && run.Last != nil {
		last := *run.Last
		after = &last
	}
	if o.Reader != nil {
		segs := []sources.Segment{{}}
		if run.Mode == state.ModeIncremental {
			segs = []sources.Segment{{ByCursor: true, From: run.From, Upto: run.High}, {NullCursor: true}}
			if run.Retry != "" {
				// Rows up to the checkpoint only: those after it are read
				// by the cursor segment, NULL cursors by the one above.
				groups, err := state.RetryGroups(stateDir, run.Retry)
				if err != nil {
					return err
				}
				for _, g := range groups {
					segs = append(segs, sources.Segment{Keys: g, Upto: run.From})
				}
			}
		}
		if err := o.Reader.Plan(segs, after); err != nil {
			return err
		}
		// Once a run: the driver fallback is correct but slower, and
		// whoever wonders why a run is slow should see it was taken.
		o.Reader.OnPath = func(path string) { log.Info().Str("pages", path).Msg("source pages: " + path) }
	} else if after != nil {
		if err := skipTo(ctx, o.Src, after.Key); err != nil {
			return err
		}
	}

	// The state names the run before its folder exists, so that a kill
	// in between leaves no folder that no state knows of: the next run
	// resumes this one and makes the folder (files.Resume).
	if !j.DryRun {
		if !resumed {
			// The folder may hold the rejects of the job's kinds that ran
			// before this one: a resume cuts back to here, not to 0.
			if fi, err := os.Stat(filepath.Join(run.Dir, files.RejectsFile)); err == nil {
				run.RejectsSize = fi.Size()
			}
		}
		st.Run, st.Source = run, srcID
		if err := st.Save(stateDir); err != nil {
			return err
		}
	}
	var sink *files.Sink
	if resumed {
		sink, err = files.Resume(run.Dir, run.Batches, run.RejectsSize, sinkOptions(kind, cfg)...)
	} else {
		sink, err = files.New(run.Dir, append(sinkOptions(kind, cfg), files.Keys(j.DryRun))...)
	}
	if err != nil {
		return err
	}
	var target pipeline.Sink = sink
	if part.dryDir != "" {
		if err := os.MkdirAll(part.dryDir, 0o700); err != nil {
			return err
		}
		dl, err := state.OpenLedger(part.dryDir, 0, false)
		if err != nil {
			return err
		}
		defer func() {
			if size, err := dl.Sync(); err == nil {
				part.dryParents[kind.Plural] = dryLedger{part.dryDir, size}
			}
			dl.Close()
		}()
		target = dryRecorder{sink, dl}
	}
	var committer *state.Committer
	var guests *pipeline.GuestFile // nil: the pipeline holds guests in a temp file
	var guestsReplayed int64
	if !j.DryRun {
		// Guests held back past a checkpoint must survive a kill: they
		// are kept beside the ledger and committed with it.
		var held int64
		if resumed {
			held, guestsReplayed = run.GuestsHeld, run.GuestsReplayed
		}
		if guests, err = pipeline.OpenGuestFile(filepath.Join(stateDir, state.GuestsFile), held); err != nil {
			return err
		}
		defer guests.Close()
		committer = &state.Committer{Dir: stateDir, State: st, Ledger: ledger, Sink: sink, Every: j.CommitEvery,
			BeforeCommit: high.settle, Guests: guests, Rejects: rejects, RejectsConfig: rejectsFP}
		target = committer
	}

	// Uploads hang off the commits: a batch is filed in the upload queue
	// once it is durable, and sent from there.
	runCtx, cancelRun := context.WithCancelCause(ctx)
	defer cancelRun(nil)
	var up *omnitron.Uploader
	var uploads *state.Uploads
	if cfg.Sink.Type == "omnitron" && !j.DryRun {
		if uploads, up, err = StartUploads(runCtx, cfg, stateDir, log, cancelRun); err != nil {
			return err
		}
		if err := DropUncommitted(uploads, st, log); err != nil {
			return err
		}
		if resumed {
			uploads.AddKind(queueKind(kind), run.ID, run.Dir, run.Batches, run.Spans)
			if err := uploads.Save(); err != nil {
				return err
			}
		}
		if l := uploads.Unfinished(); len(l) > 0 {
			log.Info().Int("batches", len(l)).Msg("sending or following the batches earlier runs left unfinished")
			up.Enqueue(l...)
		}
		committer.OnCommit = func() error {
			if added := uploads.AddKind(queueKind(kind), run.ID, run.Dir, run.Batches, run.Spans); len(added) > 0 {
				if err := uploads.Save(); err != nil {
					return err
				}
				up.Enqueue(added...)
			}
			return nil
		}
	}

	ev := log.Info().Str("run", run.ID).Str("mode", run.Mode).Str("source", o.Info.Driver).Str("dsn", o.Info.DSN).
		Str("out", sink.Dir()).Int("workers", cfg.Workers).Int("ledger", ledger.Len())
	if run.From != nil {
		ev = ev.Str("after", run.From.Cursor+" / key "+run.From.Key)
	}
	if run.Retried > 0 {
		ev = ev.Int64("rejects_read_again", run.Retried)
	}
	if resumed {
		ev = ev.Int("attempt", run.Attempts).Int("batches_kept", len(run.Batches))
		if after != nil {
			ev = ev.Str("resume_after_key", after.Key)
		}
	}
	if j.DryRun {
		ev = ev.Bool("dry_run", true)
	}
	ev.Msg(map[bool]string{true: "run resumed", false: "run started"}[resumed])

	progress := &pipeline.Progress{}
	view := &progressView{log: log, p: progress, started: time.Now(), before: run.Stats.Read}
	view.tty = j.Live
	if o.Reader != nil {
		view.count = func() {
			if n, err := o.Reader.Estimate(runCtx, after); err == nil {
				if j.Limit > 0 {
					n = min(n, j.Limit)
				}
				view.estimate.Store(view.before + n)
			}
		}
	}
	done := make(chan struct{})
	go view.run(done)
	tr := o.Transform
	if j.PassThrough != nil && kind.Plural == user.Kind.Plural { // a build for make bench
		tr = j.PassThrough(o.Src.Columns())
	}
	stats, runErr := pipeline.Run(runCtx, o.Src, tr, target, pipeline.Options{
		Unique:         kind.Unique,
		Workers:        cfg.Workers,
		BatchSize:      cfg.Sink.BatchSize,
		Limit:          j.Limit,
		Stop:           j.Stop,
		Progress:       progress,
		History:        ledger,
		FirstBatch:     len(sink.Batches()) + 1,
		Guests:         guests,
		GuestsReplayed: guestsReplayed,
	})
	close(done)
	if stats == nil {
		stats = pipeline.NewStats()
	}
	if err := high.settle(); err != nil && runErr == nil {
		runErr = err
	}
	if p := failed.Load(); p != nil && runErr == nil {
		runErr = *p
	}
	limited := runErr == nil && j.Limit > 0 && stats.Read >= j.Limit

	total := stats
	if committer != nil {
		if err := committer.Commit(); err != nil && runErr == nil {
			runErr = err
		}
		total = run.Stats
	}
	if up != nil {
		if cause := context.Cause(runCtx); cause != nil && runErr != nil {
			runErr = cause // the upload failure that stopped the run
		}
		log.Info().Msg("waiting for omnitron to process the batches sent")
		shown := make(chan struct{})
		go showUploads(log, j.Live, kind.Plural, uploads, run.ID, shown)
		err := up.Wait()
		close(shown)
		if err != nil && runErr == nil {
			runErr = err
		}
	}
	var refused []state.Upload
	if up != nil {
		refused = up.Refused()
	}
	m := j.manifest(run, manifestFacts{kind: kind.Name, started: started, resumed: resumed, stateful: committer != nil, limited: limited,
		cfg: cfg, source: o.Info, counts: total, uploads: uploads, refused: refused, err: runErr})
	if err := sink.Finish(m); err != nil && runErr == nil {
		runErr = err
	}
	// An incremental run that found nothing new leaves no run folder: a
	// job run every 15 minutes would otherwise leave a hundred empty
	// folders a day. The state's history records the attempt.
	empty := committer != nil && runErr == nil && !limited && run.Mode == state.ModeIncremental &&
		total.Read == 0 && len(run.Batches) == 0 && len(refused) == 0 && m.Status == "ok"
	if empty {
		run.Dir = ""
	}
	if committer != nil && runErr == nil && !limited {
		st.Finish(m.Status, m.Finished)
		if err := st.Save(stateDir); err != nil {
			runErr = err
		} else if err := ledger.Compact(false); err != nil {
			log.Warn().Err(err).Msg("could not compact the ledger index; the next run rescans its tail")
		}
	}
	if rejects != nil && runErr == nil {
		// A full run that read everything rejected every row still bad:
		// keys it did not reject are exported or gone from the source.
		only := ""
		if run.Mode == state.ModeFull && !limited {
			only = run.ID
		}
		if err := settleRejects(st, stateDir, ledger, rejects, rejectsFP, limited, only); err != nil {
			log.Warn().Err(err).Msg("could not compact the reject set; the next run does")
		}
	}
	took := time.Since(started)
	if empty && runErr == nil {
		if err := files.Drop(sink.Dir(), kind.Plural); err != nil {
			log.Warn().Err(err).Msg("could not remove the empty run folder")
		}
		j.report(Report{Manifest: m, Dir: sink.Dir(), Took: took, Omnitron: cfg.Sink.Type == "omnitron", NothingNew: true,
			Rejects: rejectCounts(rejects, run.Retried)})
		return nil
	}
	uncounted := 0
	if committer != nil && runErr != nil {
		// Whole files the failure left beyond the last commit: they are
		// on disk, not in the counts, and the next run writes them again.
		uncounted = max(len(sink.Batches())-len(m.Batches), 0)
	}
	j.report(Report{Manifest: m, Dir: sink.Dir(), Took: took, Omnitron: cfg.Sink.Type == "omnitron", Uncounted: uncounted,
		Rejects: rejectCounts(rejects, run.Retried)})
	if runErr == nil && m.Status == StatusIncomplete {
		log.Error().Str("run", run.ID).Msg(m.Error)
		return errIncomplete
	}
	if runErr != nil {
		msg := "run did not finish; every batch listed in the manifest is complete, and the next run resumes after the last one"
		if j.DryRun {
			msg = "dry run did not finish; every batch listed in the manifest is complete (a dry run is not resumed)"
		}
		log.Error().Err(runErr).Str("run", run.ID).Msg(msg)
		return ErrReported
	}
	if limited {
		return errPartial
	}
	return nil
}

// settleRejects compacts the reject set once a run has committed, so that
// the rows this run exported leave it and its count is exact: the ledger
// is opened again to see this run's own exports.
func settleRejects(st *state.State, dir string, ledger *state.Ledger, rejects *state.RejectSet, config string, limited bool, only string) error {
	if rejects.Info().Size == 0 {
		return nil
	}
	if limited { // a finished run compacted it already
		if err := ledger.Compact(false); err != nil {
			return err
		}
	}
	l, err := state.OpenLedger(dir, st.LedgerSize, true)
	if err != nil {
		return err
	}
	defer l.Close()
	if _, err := rejects.Compact(state.CompactOptions{Ledger: l, Config: config, Only: only}); err != nil {
		return err
	}
	st.Rejects = rejects.Info()
	return st.Save(dir)
}

// pendingHigh is a run's bound being taken in a snapshot beside the
// reading. Nothing that depends on it (a commit, the manifest) is written
// before settle has put it in the run.
type pendingHigh struct {
	run  *state.Run
	done chan struct{}
	pos  *pipeline.Pos
	err  error
}

func startHigh(ctx context.Context, snap *sources.Snapshot, run *state.Run) *pendingHigh {
	h := &pendingHigh{run: run, done: make(chan struct{})}
	go func() {
		defer close(h.done)
		h.pos, h.err = snap.Greatest(ctx)
	}()
	return h
}

// settle waits for the bound and notes it in the run (nil: nothing to
// wait for).
func (h *pendingHigh) settle() error {
	if h == nil {
		return nil
	}
	<-h.done
	if h.err == nil {
		h.run.High = h.pos
		if h.run.High == nil {
			h.run.High = h.run.From
		}
	}
	return h.err
}

// abandon closes the books on a run in progress that will not be resumed
// (--full, or another source): its committed batches stay, its keys stay in
// the ledger, and its folder gets a manifest saying so.
func (j *Job) abandon(st *state.State, dir string, kind *kinds.Kind, cfg *configs.Config) error {
	r := st.Run
	if s, err := files.Resume(r.Dir, r.Batches, r.RejectsSize, sinkOptions(kind, cfg)...); err == nil {
		m := &pipeline.Manifest{RunID: r.ID, Kind: kind.Name, Status: "abandoned", Error: "a new run was started before this one finished",
			Started: r.Started, Finished: time.Now().UTC(), ToolVersion: j.Version, Counts: r.Stats, Mode: r.Mode,
			Attempts: r.Attempts, Batches: r.Batches}
		m.Balanced = r.Stats.Balanced() == nil
		s.Finish(m)
	}
	j.Log.Warn().Str("run", r.ID).Int("batches", len(r.Batches)).Msg("the unfinished run is abandoned; its batches stay valid")
	st.Finish("abandoned", time.Now().UTC())
	return st.Save(dir)
}

// skipTo reads a key-ordered source up to and including key: the CSV
// source cannot seek, so a resumed run reads past what it has done.
func skipTo(ctx context.Context, src pipeline.Source, key string) error {
	for {
		row, err := src.Next(ctx)
		if err == io.EOF { // the end, not a failure wrapping one
			return nil
		}
		if err != nil {
			return err
		}
		if row.Key == key {
			return nil
		}
	}
}
