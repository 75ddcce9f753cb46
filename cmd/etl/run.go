package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"runtime/pprof"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/rs/zerolog"

	"etl/configs"
	"etl/kinds"
	"etl/kinds/user"
	"etl/pipeline"
	"etl/pipeline/state"
	"etl/sinks/files"
	"etl/sinks/omnitron"
	"etl/sources"
)

// runFlags are the options of one `etl run`.
type runFlags struct {
	config       string // the config's path, for the commands the summary suggests
	json         bool   // JSON logs: the summary is an event, and no live progress line
	dryRun, full bool
	retryRejects bool   // read every waiting reject again by key
	kinds        string // --kinds: some of the configured kinds
	limit        int64
	every        time.Duration
	commitEvery  time.Duration
}

func cmdRun(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	var lf logFlags
	lf.register(fs)
	var rf runFlags
	cfgPath := fs.String("config", "", "the legacy.yaml to run")
	fs.BoolVar(&rf.dryRun, "dry-run", false, "write the batches locally, upload nothing and leave the state untouched")
	fs.BoolVar(&rf.full, "full", false, "read the whole table, ignoring the checkpoint (the ledger still skips users exported before)")
	fs.BoolVar(&rf.retryRejects, "retry-rejects", false, "read the rows earlier runs rejected again by key (after fixing them in the database); they are read again anyway when normalize changes")
	fs.StringVar(&rf.kinds, "kinds", "", "run only these of the configured kinds, e.g. addresses,orders (still in Omnitron's order)")
	fs.Int64Var(&rf.limit, "limit", 0, "stop after N rows (0: all); the next run goes on from there")
	fs.DurationVar(&rf.every, "every", 0, "run again at this interval (e.g. 15m) until SIGTERM")
	fs.DurationVar(&rf.commitEvery, "commit-interval", time.Second, "how often the state is committed during a run")
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
	if rf.limit < 0 || *workers < 0 || rf.every < 0 || rf.commitEvery < 0 {
		return usageError{errors.New("run: --limit, --workers, --every and --commit-interval must not be negative")}
	}
	if rf.every > 0 && rf.every < time.Second {
		return usageError{errors.New("run: --every must be at least 1s")}
	}
	cfg, err := configs.Load(*cfgPath)
	if err != nil {
		return usageError{err}
	}
	rf.config, rf.json = *cfgPath, lf.json()
	if *workers > 0 {
		cfg.Workers = *workers
	}
	ctx, stop, cleanup := signals(log)
	defer cleanup()
	if rf.every == 0 {
		return runJob(ctx, stop, log, cfg, rf, stderr)
	}
	return schedule(ctx, stop, log, cfg, rf, stderr)
}

// schedule runs every rf.every until a signal: one run at a time (a run
// longer than the interval delays the next), a failed run logged and
// tried again at the next tick. Bad config or usage ends the loop.
func schedule(ctx context.Context, stop <-chan struct{}, log zerolog.Logger, cfg *configs.Config, rf runFlags, stderr io.Writer) error {
	t := time.NewTicker(rf.every)
	defer t.Stop()
	log.Info().Str("every", rf.every.String()).Msg("scheduled runs started; SIGTERM stops them")
	for {
		err := runJob(ctx, stop, log, cfg, rf, stderr)
		var ue usageError
		switch {
		case errors.As(err, &ue):
			return err
		case isStopped(stop):
			return err
		case err != nil && !errors.Is(err, errReported):
			log.Error().Err(err).Msg("run failed; trying again at the next tick")
		case err != nil:
			log.Warn().Msg("run failed; trying again at the next tick")
		}
		select {
		case <-t.C:
		case <-stop:
			log.Info().Msg("scheduled runs stopped")
			return nil
		case <-ctx.Done():
			return nil
		}
	}
}

func isStopped(stop <-chan struct{}) bool {
	select {
	case <-stop:
		return true
	default:
		return false
	}
}

// sourceID fingerprints what decides which rows a run yields and in which
// order: a checkpoint taken on another query, key or cursor means nothing.
func sourceID(s configs.Source) string {
	var cols []string
	for k, v := range s.Columns {
		cols = append(cols, k+"="+v)
	}
	sort.Strings(cols)
	return state.Fingerprint(s.Driver, s.Path, s.Table, strings.Join(cols, ","), s.Query, strings.Join(s.Key, ","), s.Cursor)
}

// rejectsConfig fingerprints what decides whether a row is rejected (the
// normalize: section and the column mapping): rejects kept under another
// fingerprint are read again by key.
func rejectsConfig(cfg *configs.Config, k *kinds.Kind) string {
	norm, _ := json.Marshal(cfg.Normalize) // map keys sorted
	var cols []string
	for k, v := range cfg.Source.Columns {
		cols = append(cols, k+"="+v)
	}
	sort.Strings(cols)
	parts := []string{string(norm), strings.Join(cols, ",")}
	if k.Settings != nil {
		// Only for the kinds that have their own: users' fingerprint
		// stays what it was before there were other kinds.
		own, _ := json.Marshal(k.Settings(cfg))
		parts = append(parts, string(own))
	}
	return state.Fingerprint(parts...)
}

// runJob runs the job's kinds in Omnitron's order, each its own
// incremental run in its own part of the state dir, all new runs writing
// into one run folder. A kind that fails stops the job: the kinds after it
// reference its records.
func runJob(ctx context.Context, stop <-chan struct{}, log zerolog.Logger, cfg *configs.Config, rf runFlags, stderr io.Writer) error {
	started := time.Now()
	parts, err := jobParts(cfg, rf.kinds)
	if err != nil {
		return usageError{err}
	}
	for _, p := range parts {
		if cfg.Sink.Type == "omnitron" && p.kind.Plural != user.Kind.Plural && !rf.dryRun {
			return usageError{fmt.Errorf("sink.type omnitron uploads users only for now: run %s with sink.type files, or --kinds users", p.kind.Plural)}
		}
	}
	id := newRunID(started)
	if rf.dryRun {
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
			parts[i].dryDir = filepath.Join(tmp, parts[i].kind.Plural)
		}
	}
	for i, p := range parts {
		err := runOnce(ctx, stop, log, p, rf, id, stderr)
		later := make([]string, 0, len(parts))
		for _, q := range parts[i+1:] {
			later = append(later, q.kind.Plural)
		}
		switch {
		case errors.Is(err, errPartial):
			if len(later) > 0 {
				log.Info().Strs("not_run", later).Msg("--limit stopped " + p.kind.Plural + "; the kinds after it run once it is whole")
			}
			return nil
		case err != nil:
			return err
		case isStopped(stop) && len(later) > 0:
			log.Error().Strs("not_run", later).Msg("stopped before " + strings.Join(later, ", ") + "; the next run goes on")
			return errReported
		}
	}
	return nil
}

// jobPart is one kind of a job: the config with its reading settings in
// Source and its own state folder in State.Dir.
type jobPart struct {
	kind *kinds.Kind
	cfg  *configs.Config
	// parents are the state folders of the kinds its rows reference.
	parents map[string]string
	// A dry run's kinds record what they would export in a ledger in
	// dryDir, and dryParents maps the kinds that ran so far to theirs:
	// their children look there too.
	dryDir     string
	dryParents map[string]dryLedger
	// referenced is set when another configured kind looks this one's
	// records up by key (users, by the addresses' customer_code).
	referenced bool
}

// dryLedger is where a dry run's kind filed what it would export, and how
// much of it.
type dryLedger struct {
	dir  string
	size int64
}

// jobParts lists the kinds the config runs, in order; only, if set, is a
// --kinds list of some of them. Every reason a kind cannot run is found
// here, before any is read.
func jobParts(cfg *configs.Config, only string) ([]jobPart, error) {
	configured := cfg.Kinds()
	names := configured
	if only != "" {
		var err error
		if names, err = configs.ParseKinds(only, configured); err != nil {
			return nil, fmt.Errorf("--kinds: %w", err)
		}
	}
	for _, n := range names {
		if kinds.Find(allKinds, n) == nil {
			return nil, fmt.Errorf("%s: this etl does not migrate %s yet; remove the %s: section, or run the other kinds with --kinds", n, n, n)
		}
	}
	var parts []jobPart
	for _, k := range allKinds {
		if !slices.Contains(names, k.Plural) {
			continue
		}
		kc, err := kindConfig(cfg, k)
		if err != nil {
			return nil, err
		}
		kc.State.Dir = kindStateDir(cfg.State.Dir, k)
		part := jobPart{kind: k, cfg: kc, parents: map[string]string{}}
		for _, p := range k.Parents {
			pk := kinds.Find(allKinds, p)
			if pk == nil || !slices.Contains(configured, p) {
				return nil, fmt.Errorf("%s reference %s, which the config does not read: add its %s: section (its ledger says which were exported)", k.Plural, p, p)
			}
			if p == user.Kind.Plural {
				if err := customerKey(cfg); err != nil {
					return nil, fmt.Errorf("%s reference users by customer_code: %w", k.Plural, err)
				}
			}
			part.parents[p] = kindStateDir(cfg.State.Dir, pk)
		}
		parts = append(parts, part)
	}
	for i := range parts {
		for _, n := range configured {
			if k := kinds.Find(allKinds, n); k != nil && slices.Contains(k.Parents, parts[i].kind.Plural) {
				parts[i].referenced = true
			}
		}
	}
	if len(parts) == 0 {
		return nil, errors.New("the config reads no kind: give source.query or source.table for users, or a users:, addresses:, orders: or order_items: section")
	}
	return parts, nil
}

// customerKey checks that the users are keyed by their customer code: the
// users ledger knows a user by its key, and other kinds look users up by
// customer_code. A users table that maps no customer_code column writes
// the key as the customer code, so any key does; one that maps it may name
// the key by the legacy column or by the record key (the table's SELECT
// reads both as the mapped column); a query is checked when its columns
// are known (openSource).
func customerKey(cfg *configs.Config) error {
	r, _ := cfg.Reading(user.Kind.Plural)
	key, ok := r.Key.Single()
	switch {
	case !ok:
		return fmt.Errorf("%s.key must be one column, the one selected as customer_code, not %s", r.Section, strings.Join(r.Key, ", "))
	case r.Table != "" && r.Columns["customer_code"] != "" && r.Columns["customer_code"] != key && key != "customer_code":
		return fmt.Errorf("%s.key must be the column mapped to customer_code (%s), not %s", r.Section, r.Columns["customer_code"], key)
	case r.Query != "" && key != "customer_code" && selectsCustomerCode.MatchString(r.Query):
		// The columns are known once the query runs (queryCustomerKey);
		// a query that names customer_code is refused before any kind runs.
		return fmt.Errorf("%s.key must be the column selected as customer_code, not %s", r.Section, key)
	}
	return nil
}

// selectsCustomerCode finds a query that names a customer_code column.
var selectsCustomerCode = regexp.MustCompile(`(?i)\bcustomer_code\b`)

// queryCustomerKey is customerKey for a users query, once its columns
// are known: one that selects customer_code must be keyed by it.
func queryCustomerKey(p jobPart, columns []string) error {
	s := p.cfg.Source
	if !p.referenced || p.kind.Plural != user.Kind.Plural || s.Query == "" || !slices.Contains(columns, "customer_code") {
		return nil
	}
	if key, _ := s.Key.Single(); key != "customer_code" {
		return fmt.Errorf("%s.key is %s, but other kinds look users up by customer_code: key the users by the column selected as customer_code", s.Section, key)
	}
	return nil
}

// sinkOptions name a kind's files, and say whether its keys are of
// several columns.
func sinkOptions(k *kinds.Kind, cfg *configs.Config) []files.Option {
	opts := []files.Option{files.Kind(k.Plural, k.Name)}
	if len(cfg.Source.Key) > 1 {
		opts = append(opts, files.CompositeKeys())
	}
	return opts
}

// kindStateDir is a kind's folder in the state dir: users keep the state
// dir itself, as before there were other kinds.
func kindStateDir(dir string, k *kinds.Kind) string {
	if k.Plural == user.Kind.Plural {
		return dir
	}
	return filepath.Join(dir, k.Plural)
}

// openParents opens the ledgers of the kinds p references, read-only, as
// their last commits left them.
func openParents(p jobPart) (map[string]kinds.Ledger, func(), error) {
	out := map[string]kinds.Ledger{}
	var open []*state.Ledger
	done := func() {
		for _, l := range open {
			l.Close()
		}
	}
	for plural, dir := range p.parents {
		st, err := state.Load(dir)
		if err != nil {
			done()
			return nil, nil, err
		}
		l, err := state.OpenLedger(dir, st.LedgerSize, true)
		if err != nil {
			done()
			return nil, nil, fmt.Errorf("open the %s ledger: %w", plural, err)
		}
		open = append(open, l)
		why, err := rejectedParents(dir, st)
		if err != nil {
			done()
			return nil, nil, err
		}
		pl := parentLedger{Ledger: l, why: why, carry: kinds.Find(allKinds, plural).Carry}
		if d, ok := p.dryParents[plural]; ok {
			if pl.dry, err = state.OpenLedger(d.dir, d.size, true); err != nil {
				done()
				return nil, nil, fmt.Errorf("open the dry run's %s: %w", plural, err)
			}
			open = append(open, pl.dry)
		}
		out[plural] = pl
	}
	return out, done, nil
}

// maxExplained bounds the parent rejects held in memory to explain
// orphans: a bad config may reject millions, and then orphans say only
// that their parent is not in the ledger.
const maxExplained = 100_000

// rejectedParents reads why each row of a parent kind's reject set was
// rejected, if the set is small enough to hold.
func rejectedParents(dir string, st *state.State) (map[string]string, error) {
	if st.Rejects == nil || st.Rejects.Waiting == 0 || st.Rejects.Waiting > maxExplained {
		return nil, nil
	}
	rs, err := state.OpenRejects(dir, st.Rejects, true)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	why := map[string]string{}
	err = rs.Each(func(r state.Reject) error {
		if len(why) < maxExplained {
			why[r.Key] = r.Field + " " + r.Reason
		}
		return nil
	})
	return why, err
}

// parentLedger is a parent kind's ledger, with why its rejected rows were
// rejected (kinds.Explainer), and in a dry run what the dry run would
// have added to it.
type parentLedger struct {
	*state.Ledger
	why   map[string]string
	dry   *state.Ledger // nil but in a dry run
	carry []string      // the parent kind's Carry
}

func (p parentLedger) LookupCarry(key string) (string, kinds.Carried, bool, error) {
	if p.dry != nil {
		if u, c, ok, err := p.dry.LookupCarry(key); ok || err != nil {
			return u, kinds.MakeCarried(p.carry, c), ok, err
		}
	}
	u, c, ok, err := p.Ledger.LookupCarry(key)
	return u, kinds.MakeCarried(p.carry, c), ok, err
}

func (p parentLedger) Lookup(key string) (string, bool, error) {
	if p.dry != nil {
		if u, ok, err := p.dry.Lookup(key); ok || err != nil {
			return u, ok, err
		}
	}
	return p.Ledger.Lookup(key)
}

func (p parentLedger) UniqueOwner(unique string) (string, bool, error) {
	if p.dry != nil {
		if k, ok, err := p.dry.UniqueOwner(unique); ok || err != nil {
			return k, ok, err
		}
	}
	return p.Ledger.UniqueOwner(unique)
}

// dryRecorder is a dry run's sink of a parent kind: it files what it
// exports in a ledger of its own, for the kinds after it (runJob).
type dryRecorder struct {
	pipeline.Sink
	l *state.Ledger
}

func (d dryRecorder) WriteBatch(ctx context.Context, b *pipeline.Batch) error {
	if err := d.Sink.WriteBatch(ctx, b); err != nil {
		return err
	}
	return d.l.AppendCarried(b.Keys, b.Uniques, b.Carries)
}

func (p parentLedger) Rejected(key string) (string, bool) {
	w, ok := p.why[key]
	return w, ok
}

// runOnce is one run of one kind: resume the kind's run in progress if
// there is one, else start a new one (named jobID) from the checkpoint
// (or the whole table).
func runOnce(ctx context.Context, stop <-chan struct{}, log zerolog.Logger, part jobPart, rf runFlags, jobID string, stderr io.Writer) error {
	started := time.Now()
	cfg, kind := part.cfg, part.kind
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
	srcID := sourceID(cfg.Source)
	if st.Source != "" && st.Source != srcID && !rf.full && !rf.dryRun {
		return usageError{fmt.Errorf("state dir %s belongs to another source (its query, table, key or cursor changed): "+
			"run once with --full to start a new baseline (users exported before are still skipped), or use another state.dir", stateDir)}
	}
	if !rf.dryRun {
		if err := checkDestination(cfg, st); err != nil {
			return err
		}
	}

	parents, closeParents, err := openParents(part)
	if err != nil {
		return err
	}
	defer closeParents()
	var failed atomic.Pointer[error] // what the transform could not return
	fail := func(err error) { failed.CompareAndSwap(nil, &err) }
	o, err := openSource(ctx, cfg, kind, parents, fail, started)
	if err != nil {
		return err
	}
	defer o.Close()
	if err := queryCustomerKey(part, o.src.Columns()); err != nil {
		return usageError{err}
	}

	ledger, err := state.OpenLedger(stateDir, st.LedgerSize, rf.dryRun)
	if err != nil {
		return err
	}
	defer ledger.Close()

	// What to read: a run in progress is resumed as it was planned.
	run := st.Run
	resumed := run != nil && !rf.dryRun && !rf.full && st.Source == srcID
	if run != nil && !rf.dryRun && !resumed {
		if err := abandon(st, stateDir, kind, cfg, log); err != nil {
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
		if cfg.Source.Cursor != "" && o.rdr != nil && st.Checkpoint != nil && !rf.full && st.Source == srcID && !st.Reread {
			run.Mode, run.From = state.ModeIncremental, st.Checkpoint
		}
	}
	// The run's bound: the greatest (cursor, key) pair before it reads. A
	// resumed run that committed nothing starts over, and notes it again.
	var high *pendingHigh
	if cfg.Source.Cursor != "" && o.rdr != nil && (!resumed || (run.Mode == state.ModeFull && run.Last == nil)) {
		if run.Mode == state.ModeFull {
			// Nothing is read by the bound, so the reading need not
			// wait for it, if it can be taken as of now.
			snap, err := o.rdr.Snapshot(ctx)
			if err != nil {
				return err
			}
			if snap != nil {
				high = startHigh(ctx, snap, run)
			}
		}
		if high == nil {
			if run.High, err = o.rdr.Greatest(ctx); err != nil {
				return err
			}
			if run.High == nil {
				run.High = run.From
			}
		}
	}
	if rf.retryRejects && (rf.dryRun || o.rdr == nil || cfg.Source.Cursor == "") {
		log.Warn().Msg("--retry-rejects does nothing here: a dry run reads no reject again, and a source without source.cursor is read whole by every run")
	}
	// Rejected keys are kept only where a run would not read them again
	// by itself: a source with a cursor. Without one every run reads the
	// whole source (CSV too), rejected rows included.
	var rejects *state.RejectSet
	rejectsFP := rejectsConfig(cfg, kind)
	if !rf.dryRun && o.rdr != nil && cfg.Source.Cursor != "" {
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
			n, err := rejects.Compact(state.CompactOptions{Ledger: ledger, Config: rejectsFP, Retry: rf.retryRejects,
				Pick: pick, RetryFile: state.RetryFile(run.ID)})
			if err != nil {
				return err
			}
			if n > 0 {
				run.Retry, run.Retried = state.RetryFile(run.ID), n
			}
			st.Rejects = rejects.Info()
		case resumed && rf.retryRejects && run.Retry == "":
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
	if o.rdr != nil {
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
		if err := o.rdr.Plan(segs, after); err != nil {
			return err
		}
		// Once a run: the driver fallback is correct but slower, and
		// whoever wonders why a run is slow should see it was taken.
		o.rdr.OnPath = func(path string) { log.Info().Str("pages", path).Msg("source pages: " + path) }
	} else if after != nil {
		if err := skipTo(ctx, o.src, after.Key); err != nil {
			return err
		}
	}

	// The state names the run before its folder exists, so that a kill
	// in between leaves no folder that no state knows of: the next run
	// resumes this one and makes the folder (files.Resume).
	if !rf.dryRun {
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
		sink, err = files.New(run.Dir, sinkOptions(kind, cfg)...)
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
	if !rf.dryRun {
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
		committer = &state.Committer{Dir: stateDir, State: st, Ledger: ledger, Sink: sink, Every: rf.commitEvery,
			BeforeCommit: high.settle, Guests: guests, Rejects: rejects, RejectsConfig: rejectsFP}
		target = committer
	}

	// Uploads hang off the commits: a batch is filed in the upload queue
	// once it is durable, and sent from there.
	runCtx, cancelRun := context.WithCancelCause(ctx)
	defer cancelRun(nil)
	var up *omnitron.Uploader
	var uploads *state.Uploads
	if cfg.Sink.Type == "omnitron" && !rf.dryRun {
		if uploads, up, err = startUploads(runCtx, cfg, stateDir, log, cancelRun); err != nil {
			return err
		}
		if err := dropUncommitted(uploads, st, log); err != nil {
			return err
		}
		if resumed {
			uploads.Add(run.ID, run.Dir, run.Batches, run.Spans)
			if err := uploads.Save(); err != nil {
				return err
			}
		}
		if l := uploads.Unfinished(); len(l) > 0 {
			log.Info().Int("batches", len(l)).Msg("sending or following the batches earlier runs left unfinished")
			up.Enqueue(l...)
		}
		committer.OnCommit = func() error {
			if added := uploads.Add(run.ID, run.Dir, run.Batches, run.Spans); len(added) > 0 {
				if err := uploads.Save(); err != nil {
					return err
				}
				up.Enqueue(added...)
			}
			return nil
		}
	}

	ev := log.Info().Str("run", run.ID).Str("mode", run.Mode).Str("source", o.info.Driver).Str("dsn", o.info.DSN).
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
	if rf.dryRun {
		ev = ev.Bool("dry_run", true)
	}
	ev.Msg(map[bool]string{true: "run resumed", false: "run started"}[resumed])

	progress := &pipeline.Progress{}
	view := &progressView{log: log, p: progress, started: time.Now(), before: run.Stats.Read}
	if f, ok := stderr.(*os.File); ok && isatty.IsTerminal(f.Fd()) && !rf.json {
		view.tty = stderr
	}
	if o.rdr != nil {
		view.count = func() {
			if n, err := o.rdr.Estimate(runCtx, after); err == nil {
				if rf.limit > 0 {
					n = min(n, rf.limit)
				}
				view.estimate.Store(view.before + n)
			}
		}
	}
	done := make(chan struct{})
	go view.run(done)
	tr := o.tr
	if passThrough != nil && kind.Plural == user.Kind.Plural { // a build for make bench (passthrough.go)
		tr = passThrough(o.src.Columns())
	}
	stats, runErr := pipeline.Run(runCtx, o.src, tr, target, pipeline.Options{
		Unique:         kind.Unique,
		Workers:        cfg.Workers,
		BatchSize:      cfg.Sink.BatchSize,
		Limit:          rf.limit,
		Stop:           stop,
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
	limited := runErr == nil && rf.limit > 0 && stats.Read >= rf.limit

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
		if err := up.Wait(); err != nil && runErr == nil {
			runErr = err
		}
	}
	var refused []state.Upload
	if up != nil {
		refused = up.Refused()
	}
	m := runManifest(run, manifestFacts{kind: kind.Name, started: started, resumed: resumed, stateful: committer != nil, limited: limited,
		flags: rf, cfg: cfg, source: o.info, counts: total, uploads: uploads, refused: refused, err: runErr})
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
		const line = "nothing new since the last run; no run folder written"
		var waiting, orphans int64
		if rejects != nil {
			waiting, orphans = rejects.Waiting(), rejects.Orphans()
		}
		if rf.json {
			ev := log.Info().Str("run", run.ID).Str("outcome", "ok").Bool("nothing_new", true).Str("headline", line).
				Str("mode", run.Mode).Int64("read", 0).Int64("exported", 0).Int("batches", 0).
				Str("took", took.Round(time.Millisecond).String())
			if waiting > 0 {
				ev = ev.Int64("rejects_waiting", waiting)
			}
			ev.Msg("run summary")
			return nil
		}
		fmt.Fprintf(stderr, "\nrun %s ok: %s; took %s\n", run.ID, line, took.Round(time.Millisecond))
		printWaiting(stderr, 0, waiting, orphans)
		return nil
	}
	uncounted := 0
	if committer != nil && runErr != nil {
		// Whole files the failure left beyond the last commit: they are
		// on disk, not in the counts, and the next run writes them again.
		uncounted = max(len(sink.Batches())-len(m.Batches), 0)
	}
	switch {
	case rf.json:
		logSummary(log, m, sink.Dir(), took, cfg.Sink.Type == "omnitron", uncounted)
		if rejects != nil && (run.Retried > 0 || rejects.Waiting() > 0) {
			log.Info().Int64("rejects_retried", run.Retried).Int64("rejects_waiting", rejects.Waiting()).
				Msg("rejected rows are read again when normalize changes, or with --retry-rejects")
		}
	case rejects != nil:
		// Within the summary, before the blank line that ends it.
		var sum strings.Builder
		printSummary(&sum, m, sink.Dir(), took, cfg.Sink.Type == "omnitron", uncounted)
		io.WriteString(stderr, strings.TrimSuffix(sum.String(), "\n"))
		printWaiting(stderr, run.Retried, rejects.Waiting(), rejects.Orphans())
		io.WriteString(stderr, "\n")
		logFinished(log, m, took)
	default:
		printSummary(stderr, m, sink.Dir(), took, cfg.Sink.Type == "omnitron", uncounted)
		logFinished(log, m, took)
	}
	if runErr == nil && m.Status == statusIncomplete {
		log.Error().Str("run", run.ID).Msg(m.Error)
		return errReported
	}
	if runErr != nil {
		msg := "run did not finish; every batch listed in the manifest is complete, and the next run resumes after the last one"
		if rf.dryRun {
			msg = "dry run did not finish; every batch listed in the manifest is complete (a dry run is not resumed)"
		}
		log.Error().Err(runErr).Str("run", run.ID).Msg(msg)
		return errReported
	}
	if limited {
		return errPartial
	}
	return nil
}

// errPartial is a kind's run stopped by --limit: the job stops there,
// since the kinds after it would see its parents half read.
var errPartial = errors.New("partial run")

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

// manifestFacts is what runManifest needs to know of a run that ended.
type manifestFacts struct {
	kind                       string // the record kind's name
	started                    time.Time
	resumed, stateful, limited bool
	flags                      runFlags
	cfg                        *configs.Config
	source                     pipeline.SourceInfo
	counts                     *pipeline.Stats
	uploads                    *state.Uploads // nil without an Omnitron sink
	refused                    []state.Upload // batches Omnitron processed with errors during the run
	err                        error
}

// statusIncomplete is a run that read and sent everything, some of whose
// records Omnitron refused: not ok, exit 1.
const statusIncomplete = "incomplete"

// runManifest is the manifest of run once it has ended: its counts, its
// batches with their uploads and its status.
func runManifest(run *state.Run, f manifestFacts) *pipeline.Manifest {
	rf, cfg := f.flags, f.cfg
	m := &pipeline.Manifest{
		RunID: run.ID, Kind: f.kind, Status: "ok", Started: f.started.UTC(), Finished: time.Now().UTC(),
		ToolVersion: version, Source: f.source, Counts: f.counts, Mode: run.Mode, Attempts: run.Attempts,
		Options: pipeline.RunOptions{DryRun: rf.dryRun, Full: rf.full, Limit: rf.limit, BatchSize: cfg.Sink.BatchSize,
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
		m.Status, m.Error = statusIncomplete, refusedMessage(run.ID, f.refused, rf.config)
	case f.limited:
		m.Status, m.Error = "partial", fmt.Sprintf("stopped at --limit %d; the next run goes on from there", rf.limit)
	}
	return m
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

// startUploads logs in to Omnitron and starts the uploader; a fatal
// upload error cancels the run with that error as the cause.
func startUploads(ctx context.Context, cfg *configs.Config, stateDir string, log zerolog.Logger, cancel context.CancelCauseFunc) (*state.Uploads, *omnitron.Uploader, error) {
	uploads, err := state.LoadUploads(stateDir)
	if err != nil {
		return nil, nil, err
	}
	client, err := newClient(cfg, log)
	if err != nil {
		return nil, nil, usageError{err}
	}
	if err := client.Login(ctx); err != nil {
		return nil, nil, err
	}
	o := cfg.Sink.Omnitron
	up := &omnitron.Uploader{Client: client, Queue: uploads, Concurrency: o.Concurrency, PollInterval: o.PollInterval,
		GoOnRejected: o.OnRejected == "continue", Log: log, Fatal: func(err error) { cancel(err) }}
	up.Start(ctx)
	return uploads, up, nil
}

func newClient(cfg *configs.Config, log zerolog.Logger) (*omnitron.Client, error) {
	o := cfg.Sink.Omnitron
	return omnitron.New(omnitron.Options{URL: o.URL, Channel: o.ChannelID, Token: o.Token, Username: o.Username,
		Password: o.Password, CAFile: o.CAFile, Timeout: o.Timeout, RPS: o.RPS, MaxRetries: o.MaxRetries,
		OnRetry: func(op string, attempt int, wait time.Duration, err error) {
			log.Warn().Str("request", op).Int("attempt", attempt).Str("retry_in", wait.Round(time.Millisecond).String()).Err(err).Msg("omnitron request failed; retrying")
		}})
}

// abandon closes the books on a run in progress that will not be resumed
// (--full, or another source): its committed batches stay, its keys stay in
// the ledger, and its folder gets a manifest saying so.
func abandon(st *state.State, dir string, kind *kinds.Kind, cfg *configs.Config, log zerolog.Logger) error {
	r := st.Run
	if s, err := files.Resume(r.Dir, r.Batches, r.RejectsSize, sinkOptions(kind, cfg)...); err == nil {
		m := &pipeline.Manifest{RunID: r.ID, Kind: kind.Name, Status: "abandoned", Error: "a new run was started before this one finished",
			Started: r.Started, Finished: time.Now().UTC(), ToolVersion: version, Counts: r.Stats, Mode: r.Mode,
			Attempts: r.Attempts, Batches: r.Batches}
		m.Balanced = r.Stats.Balanced() == nil
		s.Finish(m)
	}
	log.Warn().Str("run", r.ID).Int("batches", len(r.Batches)).Msg("the unfinished run is abandoned; its batches stay valid")
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

// progressView shows a run's progress: on a terminal a live line (rows
// done, rows/s, rejects so far and an ETA from a row count taken beside
// the reading), elsewhere a log line every few seconds.
type progressView struct {
	log      zerolog.Logger
	p        *pipeline.Progress
	started  time.Time
	before   int64        // rows done by earlier attempts of a resumed run
	estimate atomic.Int64 // rows the run reads in all; 0 while unknown
	tty      io.Writer    // nil when stderr is not a terminal
	// count sets estimate. It is a full count on the database, a scan as
	// long as the reading, so it starts only when someone can use it: at
	// once on a terminal, and for log lines once the run has gone
	// countAfter. A shorter run has no use for an ETA in its log, and the
	// count would compete with it.
	count func()
}

const countAfter = 30 * time.Second

// countDue says whether the count may start at now.
func (v *progressView) countDue(now time.Time) bool {
	return v.tty != nil || !now.Before(v.started.Add(countAfter))
}

func (v *progressView) run(done <-chan struct{}) {
	every := 5 * time.Second
	if v.tty != nil {
		every = 250 * time.Millisecond
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-done:
			if v.tty != nil {
				fmt.Fprint(v.tty, "\r\033[K")
			}
			return
		case <-t.C:
			if v.count != nil && v.countDue(time.Now()) {
				go v.count()
				v.count = nil
			}
			read := v.p.Fetched.Load()
			secs := time.Since(v.started).Seconds()
			rate := float64(read) / secs
			total := v.estimate.Load()
			eta := ""
			if total > 0 && rate > 0 {
				left := float64(total-v.before-read) / rate
				eta = (time.Duration(max(left, 0)) * time.Second).Round(time.Second).String()
			}
			if v.tty == nil {
				ev := v.log.Info().Int64("rows", v.before+read).Int64("exported", v.p.Exported.Load()).
					Int64("rejected", v.p.Rejected.Load()).Float64("rows_per_s", float64(int64(rate)))
				if eta != "" {
					ev = ev.Int64("of", total).Str("eta", eta)
				}
				ev.Msg("progress")
				continue
			}
			line := plural(v.before+read, "row", "rows")
			if total > 0 {
				line = fmt.Sprintf("%d / %d rows (%d%%)", v.before+read, total, min(100, 100*(v.before+read)/total))
			}
			line += fmt.Sprintf("  %d rows/s  %d rejected", int64(rate), v.p.Rejected.Load())
			if eta != "" {
				line += "  ETA " + eta
			}
			fmt.Fprint(v.tty, "\r\033[K"+line)
		}
	}
}

// logFinished ends a run's console log, after the summary table.
func logFinished(log zerolog.Logger, m *pipeline.Manifest, took time.Duration) {
	c := m.Counts
	log.Info().Str("run", m.RunID).Str("status", m.Status).Int64("read", c.Read).Int64("exported", c.Exported).
		Int64("rejected", c.Rejected).Int64("skipped", c.Skipped).Int("batches", len(m.Batches)).
		Str("took", took.Round(time.Millisecond).String()).Msg("run finished")
}
