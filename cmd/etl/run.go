package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/rs/zerolog"

	"etl/configs"
	"etl/job"
	"etl/pipeline"
)

func cmdRun(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	var lf logFlags
	lf.register(fs)
	j := &job.Job{Kinds: allKinds, Version: version, PassThrough: passThrough}
	var every time.Duration
	cfgPath := fs.String("config", "", "the legacy.yaml to run")
	fs.BoolVar(&j.DryRun, "dry-run", false, "write the batches locally, upload nothing and leave the state untouched")
	fs.BoolVar(&j.Full, "full", false, "read the whole table, ignoring the checkpoint (the ledger still skips users exported before)")
	fs.BoolVar(&j.RetryRejects, "retry-rejects", false, "read the rows earlier runs rejected again by key (after fixing them in the database); they are read again anyway when normalize changes")
	fs.StringVar(&j.Only, "kinds", "", "run only these of the configured kinds, e.g. addresses,orders (still in Omnitron's order)")
	fs.Int64Var(&j.Limit, "limit", 0, "stop after N rows (0: all); the next run goes on from there")
	fs.DurationVar(&every, "every", 0, "run again at this interval (e.g. 15m) until SIGTERM")
	fs.DurationVar(&j.CommitEvery, "commit-interval", time.Second, "how often the state is committed during a run")
	workers := fs.Int("workers", 0, "transform workers (overrides the config)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile to this file (for bug reports)")
	if err := parseFlags(fs, args, stdout, stderr); err != nil {
		return err
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return usageError{fmt.Errorf("--cpuprofile: %w", err)}
		}
		defer f.Close()
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	log, err := lf.logger(stderr)
	if err != nil {
		return err
	}
	if *cfgPath == "" {
		return usageError{errors.New("run: --config is required")}
	}
	if j.Limit < 0 || *workers < 0 || every < 0 || j.CommitEvery < 0 {
		return usageError{errors.New("run: --limit, --workers, --every and --commit-interval must not be negative")}
	}
	if every > 0 && every < time.Second {
		return usageError{errors.New("run: --every must be at least 1s")}
	}
	cfg, err := configs.Load(*cfgPath)
	if err != nil {
		return usageError{err}
	}
	if *workers > 0 {
		cfg.Workers = *workers
	}
	j.Config, j.ConfigPath, j.Log = cfg, *cfgPath, log
	if f, ok := stderr.(*os.File); ok && isatty.IsTerminal(f.Fd()) && !lf.json() {
		j.Live = stderr
	}
	j.Summary = summaryPrinter(stderr, log, lf.json())
	ctx, stop, cleanup := signals(log)
	defer cleanup()
	j.Stop = stop
	if every == 0 {
		return j.Run(ctx)
	}
	return schedule(ctx, j, every)
}

// schedule runs j every interval until a signal: one run at a time (a run
// longer than the interval delays the next), a failed run logged and
// tried again at the next tick. Bad config or usage ends the loop.
func schedule(ctx context.Context, j *job.Job, every time.Duration) error {
	log := j.Log
	t := time.NewTicker(every)
	defer t.Stop()
	log.Info().Str("every", every.String()).Msg("scheduled runs started; SIGTERM stops them")
	for {
		err := j.Run(ctx)
		switch {
		case isUsage(err):
			return err
		case job.IsStopped(j.Stop):
			return err
		case err != nil && !errors.Is(err, errReported):
			log.Error().Err(err).Msg("run failed; trying again at the next tick")
		case err != nil:
			log.Warn().Msg("run failed; trying again at the next tick")
		}
		select {
		case <-t.C:
		case <-j.Stop:
			log.Info().Msg("scheduled runs stopped")
			return nil
		case <-ctx.Done():
			return nil
		}
	}
}

// summaryPrinter prints each kind's summary as its run ends: a table for
// a person, or with JSON logs one event.
func summaryPrinter(stderr io.Writer, log zerolog.Logger, json bool) func(job.Report) {
	return func(r job.Report) {
		m, took := r.Manifest, r.Took
		var retried, waiting, orphans int64
		if rc := r.Rejects; rc != nil {
			retried, waiting, orphans = rc.Retried, rc.Waiting, rc.Orphans
		}
		if r.NothingNew {
			const line = "nothing new since the last run; no run folder written"
			if json {
				ev := log.Info().Str("run", m.RunID).Str("outcome", "ok").Bool("nothing_new", true).Str("headline", line).
					Str("mode", m.Mode).Int64("read", 0).Int64("exported", 0).Int("batches", 0).
					Str("took", took.Round(time.Millisecond).String())
				if waiting > 0 {
					ev = ev.Int64("rejects_waiting", waiting)
				}
				ev.Msg("run summary")
				return
			}
			fmt.Fprintf(stderr, "\nrun %s ok: %s; took %s\n", m.RunID, line, took.Round(time.Millisecond))
			printWaiting(stderr, 0, waiting, orphans)
			return
		}
		switch {
		case json:
			logSummary(log, m, r.Dir, took, r.Omnitron, r.Uncounted)
			if r.Rejects != nil && (retried > 0 || waiting > 0) {
				log.Info().Int64("rejects_retried", retried).Int64("rejects_waiting", waiting).
					Msg("rejected rows are read again when normalize changes, or with --retry-rejects")
			}
		case r.Rejects != nil:
			// Within the summary, before the blank line that ends it.
			var sum strings.Builder
			printSummary(&sum, m, r.Dir, took, r.Omnitron, r.Uncounted)
			io.WriteString(stderr, strings.TrimSuffix(sum.String(), "\n"))
			printWaiting(stderr, retried, waiting, orphans)
			io.WriteString(stderr, "\n")
			logFinished(log, m, took)
		default:
			printSummary(stderr, m, r.Dir, took, r.Omnitron, r.Uncounted)
			logFinished(log, m, took)
		}
	}
}

// printWaiting ends the summary with the rejects read again by key and
// those that wait.
func printWaiting(w io.Writer, retried, waiting, orphans int64) {
	if retried > 0 {
		fmt.Fprintf(w, "  %s of earlier runs looked up again by key\n", plural(retried, "rejected row", "rejected rows"))
	}
	if orphans > 0 {
		fmt.Fprintf(w, "  %s %s for %s parent; every run reads them again\n", plural(orphans, "orphan", "orphans"),
			map[bool]string{true: "waits", false: "wait"}[orphans == 1], map[bool]string{true: "its", false: "their"}[orphans == 1])
	}
	if waiting -= orphans; waiting > 0 {
		fmt.Fprintf(w, "  %s %s; they are read again when normalize changes, or with --retry-rejects\n",
			plural(waiting, "rejected row", "rejected rows"), map[bool]string{true: "waits", false: "wait"}[waiting == 1])
	}
}

// signals: the first SIGINT/SIGTERM closes stop (stop reading, drain, write
// what was done); the second cancels the context and aborts.
func signals(log zerolog.Logger) (context.Context, <-chan struct{}, func()) {
	ctx, cancel := context.WithCancel(context.Background())
	stop := make(chan struct{})
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		n := 0
		for {
			select {
			case s := <-ch:
				n++
				if n == 1 {
					log.Warn().Str("signal", s.String()).Msg("stopping: finishing the rows already read; send again to abort")
					close(stop)
				} else {
					log.Error().Str("signal", s.String()).Msg("aborting")
					cancel()
					return
				}
			case <-ctx.Done():
				return
			}
		}
	}()
	return ctx, stop, func() { signal.Stop(ch); cancel() }
}

// logFinished ends a run's console log, after the summary table.
func logFinished(log zerolog.Logger, m *pipeline.Manifest, took time.Duration) {
	c := m.Counts
	log.Info().Str("run", m.RunID).Str("status", m.Status).Int64("read", c.Read).Int64("exported", c.Exported).
		Int64("rejected", c.Rejected).Int64("skipped", c.Skipped).Int("batches", len(m.Batches)).
		Str("took", took.Round(time.Millisecond).String()).Msg("run finished")
}
