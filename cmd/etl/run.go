package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/rs/zerolog"

	"etl/configs"
	"etl/pipeline"
	"etl/sinks/files"
)

func cmdRun(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	var lf logFlags
	lf.register(fs)
	cfgPath := fs.String("config", "", "the legacy.yaml to run")
	dryRun := fs.Bool("dry-run", false, "write the batches locally and upload nothing")
	limit := fs.Int64("limit", 0, "stop after N rows (0: all)")
	workers := fs.Int("workers", 0, "transform workers (overrides the config)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile to this file (for bug reports)")
	if err := parseFlags(fs, args, stderr); err != nil {
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
	if *limit < 0 || *workers < 0 {
		return usageError{errors.New("run: --limit and --workers must not be negative")}
	}
	cfg, err := configs.Load(*cfgPath)
	if err != nil {
		return usageError{err}
	}
	if *workers > 0 {
		cfg.Workers = *workers
	}

	ctx, stop, cleanup := signals(log)
	defer cleanup()

	started := time.Now()
	o, err := openSource(ctx, cfg, started)
	if err != nil {
		return err
	}
	defer o.Close()

	runID := newRunID(started)
	sink, err := files.New(filepath.Join(cfg.Sink.Dir, runID))
	if err != nil {
		return err
	}
	log.Info().Str("run", runID).Str("source", o.info.Driver).Str("dsn", o.info.DSN).
		Str("out", sink.Dir()).Int("workers", cfg.Workers).Msg("run started")

	progress := &pipeline.Progress{}
	done := make(chan struct{})
	go reportProgress(log, progress, started, done)
	stats, runErr := pipeline.Run(ctx, o.src, o.norm.Transform, sink, pipeline.Options{
		Workers:   cfg.Workers,
		BatchSize: cfg.Sink.BatchSize,
		Limit:     *limit,
		Stop:      stop,
		Progress:  progress,
	})
	close(done)

	m := &pipeline.Manifest{
		RunID: runID, Status: "ok", Started: started.UTC(), Finished: time.Now().UTC(),
		ToolVersion: version, Source: o.info, Counts: stats,
		Options: pipeline.RunOptions{DryRun: *dryRun, Limit: *limit, BatchSize: cfg.Sink.BatchSize,
			Workers: cfg.Workers, Timezone: cfg.Normalize.Timezone},
	}
	if stats == nil {
		m.Counts = pipeline.NewStats()
	}
	m.Counts.Sorted()
	m.Balanced = m.Counts.Balanced() == nil
	if bs := sink.Batches(); len(bs) > 0 {
		m.LastKey = bs[len(bs)-1].LastKey
	}
	switch {
	case errors.Is(runErr, pipeline.ErrInterrupted):
		m.Status, m.Error = "interrupted", "stopped by signal after writing what was read"
	case runErr != nil:
		m.Status, m.Error = "failed", runErr.Error()
	}
	if err := sink.Finish(m); err != nil && runErr == nil {
		runErr = err
	}
	printSummary(stderr, m, sink.Dir())
	logSummary(log, m, time.Since(started))
	if runErr != nil {
		log.Error().Err(runErr).Str("run", runID).Msg("run did not finish; every batch listed in the manifest is complete")
		return errReported
	}
	return nil
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

func newRunID(t time.Time) string {
	b := make([]byte, 3)
	rand.Read(b)
	return t.UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b)
}

func reportProgress(log zerolog.Logger, p *pipeline.Progress, started time.Time, done <-chan struct{}) {
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-done:
			return
		case <-t.C:
			read := p.Read.Load()
			secs := time.Since(started).Seconds()
			log.Info().Int64("rows", read).Int64("exported", p.Exported.Load()).
				Int64("rejected", p.Rejected.Load()).Float64("rows_per_s", float64(int64(float64(read)/secs))).
				Msg("progress")
		}
	}
}

func logSummary(log zerolog.Logger, m *pipeline.Manifest, took time.Duration) {
	c := m.Counts
	log.Info().Str("run", m.RunID).Str("status", m.Status).Int64("read", c.Read).Int64("exported", c.Exported).
		Int64("rejected", c.Rejected).Int64("skipped", c.Skipped).Int("batches", len(m.Batches)).
		Dur("took", took).Msg("run finished")
}

// printSummary prints the short table a person reads at the end of a run:
// counts per reason with a few example keys (never values).
func printSummary(w io.Writer, m *pipeline.Manifest, dir string) {
	c := m.Counts
	fmt.Fprintf(w, "\nrun %s %s: read %d, exported %d, rejected %d, skipped %d\n",
		m.RunID, m.Status, c.Read, c.Exported, c.Rejected, c.Skipped)
	table := func(title string, l []*pipeline.Count) {
		if len(l) == 0 {
			return
		}
		fmt.Fprintf(w, "  %s:\n", title)
		for _, x := range l {
			fmt.Fprintf(w, "    %-20s %-24s %8d   e.g. keys %v\n", x.Field, x.Reason, x.Count, x.Examples)
		}
	}
	table("rejects (see rejects.jsonl)", c.Rejects)
	table("warnings (value dropped, row exported)", c.Warnings)
	fmt.Fprintf(w, "  output: %s (%d batch files, %s, %s)\n\n", dir, len(m.Batches), files.RejectsFile, files.ManifestFile)
}
