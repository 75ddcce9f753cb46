// Package job runs the configured kinds in order, each an incremental
// run: resume or abandon the run in progress, bound it, plan what to read,
// stream it through the kind's transform into batch files, commit, send
// the batches to Omnitron and write the manifest. The command line (cmd/etl)
// parses flags and prints; everything between is here, so that a job can
// be run and tested without building the binary.
package job

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"etl/configs"
	"etl/kinds"
	"etl/pipeline"
	"etl/pipeline/state"
)

// Job is one `etl run` of a config: its kinds, each its own incremental
// run, all new runs writing into one run folder.
type Job struct {
	Config *configs.Config
	// Kinds are the record kinds this etl migrates, in the order Omnitron
	// takes them: a kind's parents come before it.
	Kinds []*kinds.Kind
	// Only, if set, is a --kinds list of some of the configured kinds.
	Only string
	// ConfigPath is the config's path, for the commands a manifest's
	// error suggests.
	ConfigPath string
	// Version is the tool's version, written into each manifest.
	Version string

	DryRun bool // write the batches locally, upload nothing, leave the state untouched
	Full   bool // read the whole source, ignoring the checkpoint
	// RetryRejects reads every waiting reject again by key.
	RetryRejects bool
	// Limit stops a kind after this many rows (0: all); the next run goes
	// on from there.
	Limit int64
	// CommitEvery is how often the state is committed during a run.
	CommitEvery time.Duration

	// Stop, once closed, stops reading: what was read is written and
	// committed (a second signal cancels the context instead).
	Stop <-chan struct{}
	Log  zerolog.Logger
	// Live, if set, gets a live progress line (a terminal); without it
	// progress goes to the log every few seconds.
	Live io.Writer
	// Summary, if set, is told of each kind's run once it has ended,
	// before the job goes on to the next kind.
	Summary func(Report)
	// PassThrough, if set, replaces the users' transform (the bench's
	// build, which times a run without the normalization rules).
	PassThrough func(columns []string) pipeline.Transform
}

// Report is what a kind's run tells the one who runs the job, once it
// has ended.
type Report struct {
	Manifest *pipeline.Manifest
	Dir      string // the run folder
	Took     time.Duration
	Omnitron bool // the config's sink is Omnitron
	// Uncounted are whole batch files a failure left beyond the last
	// commit: on disk, not in the counts.
	Uncounted int
	// NothingNew is an incremental run that found nothing to read: it
	// left no run folder.
	NothingNew bool
	// Rejects is nil when the kind keeps no reject set.
	Rejects *RejectCounts
}

// RejectCounts are a kind's rejects kept to be read again.
type RejectCounts struct {
	Retried int64 // rejects of earlier runs read again by key
	Waiting int64 // rejects that wait, orphans included
	Orphans int64 // rows that wait for their parent
}

// ConfigError is a bad config or usage: nothing was done, and the command
// line exits 2.
type ConfigError struct{ Err error }

func (e ConfigError) Error() string { return e.Err.Error() }
func (e ConfigError) Unwrap() error { return e.Err }

// ErrReported means the failure was already told through the log.
var ErrReported = errors.New("reported")

// errPartial is a kind's run stopped by Limit: the job stops there,
// since the kinds after it would see its parents half read.
var errPartial = errors.New("partial run")

// errIncomplete is a kind's run whose batches Omnitron processed with
// records refused (reported already). The job goes on: the records of
// those batches are held apart, and only their children wait for them
// (OpenParents), not the whole migration.
var errIncomplete = errors.New("incomplete run")

// Run runs the job's kinds in Omnitron's order, each its own incremental
// run in its own part of the state dir, all new runs writing into one run
// folder. A kind that fails stops the job: the kinds after it reference
// its records. One whose batches Omnitron processed with errors does not:
// the children of the records it holds apart wait as orphans.
func (j *Job) Run(ctx context.Context) error {
	started := time.Now()
	cfg, log := j.Config, j.Log
	parts, err := Parts(j.Kinds, cfg, j.Only)
	if err != nil {
		return ConfigError{err}
	}
	if len(parts) > 1 {
		if err := j.check(ctx, parts); err != nil {
			return err
		}
	}
	id := newRunID(started)
	if j.DryRun {
		// A dry run writes no ledger, yet its addresses must find the
		// users it would export: each parent kind it runs records them in
		// a ledger of its own, thrown away at the end.
		tmp, err := os.MkdirTemp("", "etl-dry-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		ran := map[string]dryLedger{}
		for i := range parts {
			parts[i].dryParents = ran
			parts[i].dryDir = filepath.Join(tmp, parts[i].Kind.Plural)
		}
	}
	incomplete := false
	for i, p := range parts {
		err := j.runKind(ctx, p, id)
		if errors.Is(err, errIncomplete) {
			incomplete, err = true, nil
		}
		later := make([]string, 0, len(parts))
		for _, q := range parts[i+1:] {
			later = append(later, q.Kind.Plural)
		}
		switch {
		case errors.Is(err, errPartial):
			if len(later) > 0 {
				log.Info().Strs("not_run", later).Msg("--limit stopped " + p.Kind.Plural + "; the kinds after it run once it is whole")
			}
			return nil
		case err != nil:
			return err
		case IsStopped(j.Stop) && len(later) > 0:
			log.Error().Strs("not_run", later).Msg("stopped before " + strings.Join(later, ", ") + "; the next run goes on")
			return ErrReported
		}
	}
	if incomplete {
		return ErrReported
	}
	return nil
}

// check opens every kind's source and builds its transform before any
// kind runs: a config error in a later kind (a column its table lacks, a
// setting its transform refuses) would otherwise be found only once the
// kinds before it had read, written and committed. Other failures (a
// database that does not answer) are left for the kind's own run to meet,
// report and retry, as before.
func (j *Job) check(ctx context.Context, parts []Part) error {
	for _, p := range parts {
		err := func() error {
			parents, closeParents, err := OpenParents(p)
			if err != nil {
				return err
			}
			defer closeParents()
			o, err := OpenSource(ctx, p.Config, p.Kind, parents, nil, time.Now())
			if err != nil {
				return err
			}
			defer o.Close()
			if err := queryCustomerKey(p, o.Src.Columns()); err != nil {
				return ConfigError{err}
			}
			return nil
		}()
		var ce ConfigError
		if errors.As(err, &ce) {
			return err
		}
	}
	return nil
}

// IsStopped says whether stop is closed (nil never is).
func IsStopped(stop <-chan struct{}) bool {
	select {
	case <-stop:
		return true
	default:
		return false
	}
}

func newRunID(t time.Time) string {
	b := make([]byte, 3)
	rand.Read(b)
	return t.UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b)
}

func (j *Job) report(r Report) {
	if j.Summary != nil {
		j.Summary(r)
	}
}

// rejectCounts are the counts of rs, nil with it.
func rejectCounts(rs *state.RejectSet, retried int64) *RejectCounts {
	if rs == nil {
		return nil
	}
	return &RejectCounts{Retried: retried, Waiting: rs.Waiting(), Orphans: rs.Orphans()}
}
