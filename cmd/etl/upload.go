package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/rs/zerolog"
	"github.com/segmentio/encoding/json"

	"etl/configs"
	"etl/job"
	"etl/pipeline"
	"etl/pipeline/state"
	"etl/sinks/files"
)

// cmdUpload is `etl upload --config F RUN_DIR...`: the batches of run
// folders the files sink wrote (a dry run, or a run of a files-sink state)
// are sent to the Omnitron sink of F, through F's upload queue, and their
// users enter F's ledger so that no later run of F sends them again.
func cmdUpload(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("upload", flag.ContinueOnError)
	var lf logFlags
	lf.register(fs)
	cfgPath := fs.String("config", "", "the legacy.yaml whose Omnitron sink and state to upload with")
	if err := parseWithArgs(fs, args, stdout); err != nil {
		return err
	}
	log, err := lf.logger(stderr)
	if err != nil {
		return err
	}
	if *cfgPath == "" {
		return usageError{errors.New("upload: --config is required")}
	}
	if fs.NArg() == 0 {
		return usageError{errors.New("upload: give the run folders to upload, e.g. etl upload --config legacy.yaml out/20261122T180000Z-ab12cd")}
	}
	cfg, err := configs.Load(*cfgPath)
	if err != nil {
		return usageError{err}
	}
	if cfg.Sink.Type != "omnitron" {
		return usageError{fmt.Errorf("upload: sink.type of %s is %s; etl upload sends to the config's Omnitron sink: "+
			"give it a config with sink.type: omnitron (and a state.dir of its own)", *cfgPath, cfg.Sink.Type)}
	}
	ctx, stop, cleanup := signals(log)
	defer cleanup()
	return uploadFolders(ctx, stop, log, cfg, *cfgPath, fs.Args(), stderr)
}

// folderBatch is one batch of a run folder given to etl upload.
type folderBatch struct {
	run, dir string
	info     pipeline.BatchInfo
	keys     []string // customer_code of each user
	emails   []string
}

// uploadPlan is what etl upload found in its folders.
type uploadPlan struct {
	fresh   []folderBatch // to file in the queue and send
	queued  int           // batches the queue already holds (sent, or resumed now)
	skipped []folderBatch // every user already in the ledger: nothing to send
}

func uploadFolders(ctx context.Context, stop <-chan struct{}, log zerolog.Logger, cfg *configs.Config, cfgPath string, dirs []string, stderr io.Writer) error {
	started := time.Now()
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
	if err := job.CheckDestination(cfg, st); err != nil {
		return err
	}
	ledger, err := state.OpenLedger(stateDir, st.LedgerSize, false)
	if err != nil {
		return err
	}
	defer ledger.Close()
	q, err := state.LoadUploads(stateDir)
	if err != nil {
		return err
	}
	if err := job.DropUncommitted(q, st, log); err != nil {
		return err
	}
	plan, err := planUpload(dirs, q, ledger, stateDir)
	if err != nil {
		return err
	}

	// Into the ledger first (not yet durable), then the queue, then the
	// state, which commits both: a kill before the state is saved leaves
	// queue entries past the committed ledger, dropped by the next start
	// (DropUncommitted). Nothing is sent before the state is saved.
	var added []*state.Upload
	for _, b := range plan.fresh {
		from := ledger.End()
		if err := ledger.Append(b.keys, b.emails); err != nil {
			return err
		}
		added = append(added, q.Add(b.run, b.dir, []pipeline.BatchInfo{b.info},
			map[string]state.Span{b.info.File: {From: from, To: ledger.End()}})...)
	}
	if len(added) > 0 {
		if err := q.Save(); err != nil {
			return err
		}
		size, err := ledger.Sync()
		if err != nil {
			return err
		}
		st.LedgerSize = size
	}
	if err := st.Save(stateDir); err != nil { // also the destination, on a first use
		return err
	}

	runCtx, cancelRun := context.WithCancelCause(ctx)
	defer cancelRun(nil)
	go func() {
		// There is nothing to drain: a batch being sent is saved as it
		// stands, and the next upload goes on from there.
		select {
		case <-stop:
			cancelRun(pipeline.ErrInterrupted)
		case <-runCtx.Done():
		}
	}()
	uploads, up, err := job.StartUploads(runCtx, cfg, stateDir, log, cancelRun)
	if err != nil {
		return err
	}
	work := uploads.Unfinished()
	log.Info().Int("new", len(added)).Int("queued_before", plan.queued).Int("skipped", len(plan.skipped)).
		Int("to_send_or_follow", len(work)).Str("state", stateDir).Msg("upload started")
	done := make(chan struct{})
	go uploadProgress(log, stderr, uploads, work, done)
	up.Enqueue(work...)
	runErr := up.Wait()
	close(done)
	if cause := context.Cause(runCtx); cause != nil && runErr == nil {
		runErr = cause
	}
	if err := ledger.Compact(false); err != nil {
		log.Warn().Err(err).Msg("could not compact the ledger index; the next run rescans its tail")
	}
	return uploadSummary(stderr, log, cfgPath, plan, added, work, up.Refused(), runErr, time.Since(started))
}

// planUpload reads each folder's manifest and checks every batch not in
// the queue yet against it (sha256) and against the ledger, before
// anything is filed or sent: a changed file or a batch part of whose users
// were sent before stops the upload, naming it.
func planUpload(dirs []string, q *state.Uploads, ledger *state.Ledger, stateDir string) (*uploadPlan, error) {
	p := &uploadPlan{}
	seenKey, seenEmail := map[string]bool{}, map[string]bool{}
	for _, dir := range dirs {
		abs, err := filepath.Abs(dir)
		if err != nil {
			return nil, fmt.Errorf("upload %s: %w", dir, err)
		}
		data, err := os.ReadFile(filepath.Join(abs, files.ManifestFile))
		if errors.Is(err, os.ErrNotExist) {
			return nil, usageError{fmt.Errorf("upload %s: no %s: not a finished run folder (a killed run gets it when `etl run` resumes it)", dir, files.ManifestFile)}
		}
		if err != nil {
			return nil, fmt.Errorf("upload %s: %w", dir, err)
		}
		var m pipeline.Manifest
		if err := json.Unmarshal(data, &m); err != nil || m.RunID == "" {
			return nil, usageError{fmt.Errorf("upload %s: %s is not a run manifest", dir, filepath.Join(dir, files.ManifestFile))}
		}
		for _, b := range m.Batches {
			if q.Of(m.RunID, b.File) != nil {
				p.queued++
				continue
			}
			if b.Upload != nil {
				return nil, usageError{fmt.Errorf("upload %s: it was sent to omnitron by the run that wrote it (see its manifest); "+
					"etl upload takes the folders of the files sink", filepath.Join(dir, b.File))}
			}
			fb, err := readBatch(abs, m.RunID, b)
			if err != nil {
				return nil, err
			}
			before, err := alreadySent(fb, ledger, seenKey, seenEmail)
			if err != nil {
				return nil, err
			}
			switch {
			case before == len(fb.keys):
				p.skipped = append(p.skipped, fb)
				continue
			case before > 0:
				return nil, fmt.Errorf("upload %s: %d of its %d users were sent before (they are in the ledger of %s); "+
					"sending the file would have Omnitron refuse them. Leave this folder out and let `etl run` send its other users "+
					"(it sends only users not sent yet); nothing was uploaded", filepath.Join(dir, b.File), before, len(fb.keys), stateDir)
			}
			for i := range fb.keys {
				seenKey[fb.keys[i]], seenEmail[fb.emails[i]] = true, true
			}
			p.fresh = append(p.fresh, fb)
		}
	}
	return p, nil
}

// readBatch reads one batch file, checks it against its manifest's sha256
// and takes each user's customer_code and email.
func readBatch(dir, run string, b pipeline.BatchInfo) (folderBatch, error) {
	path := filepath.Join(dir, b.File)
	data, err := os.ReadFile(path)
	if err != nil {
		return folderBatch{}, fmt.Errorf("upload %s: %w", path, err)
	}
	if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != b.SHA256 {
		return folderBatch{}, fmt.Errorf("upload %s: the file changed since it was written (its sha256 differs from %s); "+
			"nothing was uploaded. Write the run again (etl run --dry-run) rather than editing its files", path, files.ManifestFile)
	}
	var recs []struct {
		CustomerCode string `json:"customer_code"`
		Email        string `json:"email"`
	}
	if err := json.Unmarshal(data, &recs); err != nil {
		return folderBatch{}, fmt.Errorf("upload %s: %w", path, err)
	}
	fb := folderBatch{run: run, dir: dir, info: b}
	for i, r := range recs {
		if r.CustomerCode == "" || r.Email == "" {
			return folderBatch{}, fmt.Errorf("upload %s: record %d has no customer_code or email; check it with `etl check %s`", path, i, dir)
		}
		fb.keys, fb.emails = append(fb.keys, r.CustomerCode), append(fb.emails, r.Email)
	}
	return fb, nil
}

// alreadySent counts the users of b the ledger (or an earlier batch of
// this upload) holds, by key or by email.
func alreadySent(b folderBatch, ledger *state.Ledger, seenKey, seenEmail map[string]bool) (int, error) {
	n := 0
	for i, k := range b.keys {
		if seenKey[k] || seenEmail[b.emails[i]] {
			n++
			continue
		}
		ok, err := ledger.Exported(k)
		if err != nil {
			return 0, err
		}
		if !ok {
			_, ok, err = ledger.UniqueOwner(b.emails[i])
			if err != nil {
				return 0, err
			}
		}
		if ok {
			n++
		}
	}
	return n, nil
}

// uploadProgress shows how far the batches are: a live line on a
// terminal, else a log line every few seconds.
func uploadProgress(log zerolog.Logger, stderr io.Writer, q *state.Uploads, work []*state.Upload, done <-chan struct{}) {
	var tty io.Writer
	every := 5 * time.Second
	if f, ok := stderr.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
		tty, every = stderr, 250*time.Millisecond
	}
	want := map[string]bool{}
	for _, e := range work {
		want[e.Run+"/"+e.File] = true
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-done:
			if tty != nil {
				fmt.Fprint(tty, "\r\033[K")
			}
			return
		case <-t.C:
			var finished, processed, total, refused int
			for _, e := range q.Snapshot() {
				if !want[e.Run+"/"+e.File] {
					continue
				}
				if e.Finished() {
					finished++
				}
				processed, total, refused = processed+e.Processed, total+e.Records, refused+e.Errors
			}
			if tty == nil {
				log.Info().Int("batches_done", finished).Int("batches", len(want)).Int("records_processed", processed).
					Int("records", total).Int("refused", refused).Msg("progress")
				continue
			}
			fmt.Fprintf(tty, "\r\033[K%d / %d batches  %d / %d records processed by omnitron  %d refused", finished, len(want), processed, total, refused)
		}
	}
}

// uploadSummary prints the outcome as etl run does (its first line the
// status and why) and returns the error the exit code follows.
func uploadSummary(w io.Writer, log zerolog.Logger, cfgPath string, plan *uploadPlan, added, work []*state.Upload,
	refused []state.Upload, runErr error, took time.Duration) error {
	status := "ok"
	var why string
	switch {
	case errors.Is(runErr, pipeline.ErrInterrupted) || errors.Is(runErr, context.Canceled):
		status, why = "interrupted", "stopped by signal; `etl upload` (or `etl run`) with the same config goes on from there"
	case runErr != nil:
		status, why = "failed", runErr.Error()+"; what was sent is saved: `etl upload` (or `etl run`) with the same config goes on from there"
	case len(refused) > 0:
		status, why = statusIncomplete, job.RefusedMessage("", refused, cfgPath)
	}
	var users, skippedUsers int
	for _, b := range added {
		users += b.Records
	}
	for _, b := range plan.skipped {
		skippedUsers += b.info.Records
	}
	var accepted, sent, doneN, incomplete, started, pending, rejected, refusedN int
	for _, e := range work {
		if e.MigrationID != "" {
			sent++
		}
		switch e.Status {
		case state.UploadDone:
			doneN++
			accepted += e.Processed - e.Errors
		case state.UploadIncomplete:
			incomplete++
			accepted += e.Processed - e.Errors
			refusedN += e.Errors
		case state.UploadStarted:
			started++
		case state.UploadRejected:
			rejected++
		default:
			pending++
		}
	}
	head := "upload " + status
	switch status {
	case "ok":
		if len(work) == 0 {
			head += ": nothing to send"
		} else {
			head += fmt.Sprintf(": %s in %s accepted by omnitron, every record", plural(int64(accepted), "user", "users"), plural(int64(len(work)), "batch", "batches"))
		}
	case statusIncomplete:
		head += fmt.Sprintf(": omnitron refused %s; the users of those batches are held apart, not counted as exported", plural(int64(refusedN), "record", "records"))
	default:
		head += ": " + why
	}
	fmt.Fprintf(w, "\n%s\n", head)
	fmt.Fprintf(w, "  batches: %d new (%s), %d already in the upload queue, %d skipped (all %s already sent); took %s\n",
		len(added), plural(int64(users), "user", "users"), plan.queued, len(plan.skipped), plural(int64(skippedUsers), "user", "users"), took.Round(time.Millisecond))
	if len(work) > 0 {
		fmt.Fprintf(w, "  omnitron: %s: %d accepted whole, %d with records refused (%s), %d processing, %d not sent, %d rejected; %d records accepted\n",
			plural(int64(len(work)), "batch", "batches"), doneN, incomplete, plural(int64(refusedN), "record", "records"), started, pending, rejected, accepted)
	}
	if status == statusIncomplete {
		if i := strings.Index(why, "Check with Akinon"); i >= 0 {
			fmt.Fprintf(w, "  next: %s\n", why[i:])
		}
	}
	fmt.Fprintln(w)
	log.Info().Str("status", status).Int("new_batches", len(added)).Int("users", users).Int("skipped_batches", len(plan.skipped)).
		Int("accepted", accepted).Int("refused", refusedN).Str("took", took.Round(time.Millisecond).String()).Msg("upload finished")
	switch {
	case runErr != nil:
		log.Error().Err(runErr).Msg("upload did not finish")
		return errReported
	case status == statusIncomplete:
		log.Error().Msg(why)
		return errReported
	}
	return nil
}
