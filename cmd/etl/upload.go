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
	"slices"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/rs/zerolog"
	"github.com/segmentio/encoding/json"

	"etl/configs"
	"etl/job"
	"etl/kinds"
	"etl/kinds/address"
	"etl/pipeline"
	"etl/pipeline/state"
	"etl/sinks/files"
	"etl/sinks/omnitron"
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
	// keys, uniques and carries are what each record is filed under in
	// its kind's ledger: as the run filed them (the batch's keys file),
	// or, for a folder written before runs kept them, as recordIDs
	// guesses them (and no carries). parents are the parent record each
	// references.
	keys, uniques, parents []string
	carries                [][]byte
}

// uploadPlan is what etl upload found in its folders for one kind.
type uploadPlan struct {
	fresh   []folderBatch // to file in the queue and send
	queued  int           // batches the queue already holds (sent, or resumed now)
	skipped []folderBatch // every record already in the ledger: nothing to send
}

// kindUpload is one kind's part of etl upload: its state folder, ledger
// and queue, what it plans and what it files.
type kindUpload struct {
	kind   *kinds.Kind
	cfg    *configs.Config // the config with the kind's state folder as state.dir
	st     *state.State
	ledger *state.Ledger
	q      *state.Uploads
	plan   uploadPlan
	added  []*state.Upload
	// seenKey and seenUnique are the records of this upload's batches,
	// fresh or already in the ledger: later batches and child kinds look
	// here too.
	seenKey, seenUnique map[string]bool

	// Once sending: the queue the uploader works on, what it follows, and
	// done, closed when it has finished (its children go then).
	live *state.Uploads
	up   *omnitron.Uploader
	work []*state.Upload
	done chan struct{}
}

// folderManifest is the manifest of one kind in a run folder.
type folderManifest struct {
	dir string // absolute
	m   pipeline.Manifest
}

// readManifests reads each folder's manifests, by kind: a folder without
// any is not a finished run folder.
func readManifests(dirs []string) (map[string][]folderManifest, error) {
	out := map[string][]folderManifest{}
	for _, dir := range dirs {
		abs, err := filepath.Abs(dir)
		if err != nil {
			return nil, fmt.Errorf("upload %s: %w", dir, err)
		}
		found := false
		for _, k := range allKinds {
			name := files.KindFile(files.ManifestFile, k.Plural)
			data, err := os.ReadFile(filepath.Join(abs, name))
			if errors.Is(err, os.ErrNotExist) {
				continue
			}
			if err != nil {
				return nil, fmt.Errorf("upload %s: %w", dir, err)
			}
			var m pipeline.Manifest
			if err := json.Unmarshal(data, &m); err != nil || m.RunID == "" {
				return nil, usageError{fmt.Errorf("upload %s: %s is not a run manifest", dir, filepath.Join(dir, name))}
			}
			out[k.Plural] = append(out[k.Plural], folderManifest{abs, m})
			found = true
		}
		if !found {
			return nil, usageError{fmt.Errorf("upload %s: no %s: not a finished run folder (a killed run gets it when `etl run` resumes it)", dir, files.ManifestFile)}
		}
	}
	return out, nil
}

func uploadFolders(ctx context.Context, stop <-chan struct{}, log zerolog.Logger, cfg *configs.Config, cfgPath string, dirs []string, stderr io.Writer) error {
	started := time.Now()
	manifests, err := readManifests(dirs)
	if err != nil {
		return err
	}
	// The kinds the folders hold, and those whose queues hold batches
	// earlier runs left unfinished, in kind order: parents first.
	var ups []*kindUpload
	byPlural := map[string]*kindUpload{}
	for _, k := range allKinds {
		dir := job.StateDir(cfg.State.Dir, k)
		q, err := state.LoadUploads(dir)
		if err != nil {
			return err
		}
		if len(manifests[k.Plural]) == 0 && len(q.Unfinished()) == 0 {
			continue
		}
		kc := *cfg
		kc.State.Dir = dir
		u := &kindUpload{kind: k, cfg: &kc, seenKey: map[string]bool{}, seenUnique: map[string]bool{}, done: make(chan struct{})}
		ups, byPlural[k.Plural] = append(ups, u), u
	}
	for _, u := range ups {
		dir := u.cfg.State.Dir
		lock, err := state.Acquire(dir)
		if err != nil {
			return err
		}
		defer lock.Release()
		if u.st, err = state.Load(dir); err != nil {
			return err
		}
		if err := job.CheckDestination(u.cfg, u.st); err != nil {
			return err
		}
		if u.ledger, err = state.OpenLedger(dir, u.st.LedgerSize, false); err != nil {
			return err
		}
		defer u.ledger.Close()
		if u.q, err = state.LoadUploads(dir); err != nil {
			return err
		}
		if err := job.DropUncommitted(u.q, u.st, log); err != nil {
			return err
		}
	}
	for _, u := range ups {
		parents, closeParents, err := parentLedgers(u.kind, cfg, byPlural)
		if err != nil {
			return err
		}
		err = planUpload(u, manifests[u.kind.Plural], parents)
		closeParents()
		if err != nil {
			return err
		}
	}

	// Each kind, parents first: into the ledger first (not yet durable),
	// then the queue, then the state, which commits both: a kill before
	// the state is saved leaves queue entries past the committed ledger,
	// dropped by the next start (DropUncommitted). Nothing is sent before
	// every kind's state is saved.
	for _, u := range ups {
		name := ""
		if u.kind.Plural != "users" {
			name = u.kind.Name
		}
		for _, b := range u.plan.fresh {
			from := u.ledger.End()
			if err := u.ledger.AppendCarried(b.keys, b.uniques, b.carries); err != nil {
				return err
			}
			u.added = append(u.added, u.q.AddKind(name, b.run, b.dir, []pipeline.BatchInfo{b.info},
				map[string]state.Span{b.info.File: {From: from, To: u.ledger.End()}})...)
		}
		if len(u.added) > 0 {
			if err := u.q.Save(); err != nil {
				return err
			}
			size, err := u.ledger.Sync()
			if err != nil {
				return err
			}
			u.st.LedgerSize = size
		}
		if err := u.st.Save(u.cfg.State.Dir); err != nil { // also the destination, on a first use
			return err
		}
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
	// Every kind logs in before any batch is sent; a kind's batches are
	// handed to its uploader once its parents' are all processed.
	ev := log.Info().Str("state", cfg.State.Dir)
	for _, u := range ups {
		if u.live, u.up, err = job.StartUploads(runCtx, u.cfg, u.cfg.State.Dir, log, cancelRun); err != nil {
			for _, v := range ups {
				if v.up != nil {
					v.up.Wait()
				}
			}
			return err
		}
		u.work = u.live.Unfinished()
		ev = ev.Str(u.kind.Plural, fmt.Sprintf("%d new, %d queued before, %d skipped, %d to send or follow",
			len(u.added), u.plan.queued, len(u.plan.skipped), len(u.work)))
	}
	ev.Msg("upload started")
	progressDone := make(chan struct{})
	go uploadProgress(log, stderr, ups, progressDone)
	errs := make(chan error, len(ups))
	for _, u := range ups {
		go func() {
			defer close(u.done)
			for _, p := range u.kind.Parents {
				if pu := byPlural[p]; pu != nil {
					<-pu.done
				}
			}
			// A parent's failure cancelled the run: its children stay
			// pending for the next upload or run.
			if runCtx.Err() == nil {
				u.up.Enqueue(u.work...)
			}
			errs <- u.up.Wait()
		}()
	}
	var runErr error
	for range ups {
		if err := <-errs; err != nil && runErr == nil {
			runErr = err
		}
	}
	close(progressDone)
	if cause := context.Cause(runCtx); cause != nil && runErr == nil {
		runErr = cause
	}
	for _, u := range ups {
		if err := u.ledger.Compact(false); err != nil {
			log.Warn().Err(err).Str("kind", u.kind.Plural).Msg("could not compact the ledger index; the next run rescans its tail")
		}
	}
	return uploadSummary(stderr, log, cfgPath, ups, runErr, time.Since(started))
}

// parentLedgers are the ledgers k's records reference: a parent kind
// this upload files its own batches of is looked up in its ledger as
// planned (with its seen records), any other read-only as committed.
func parentLedgers(k *kinds.Kind, cfg *configs.Config, byPlural map[string]*kindUpload) (map[string]parentRefs, func(), error) {
	out := map[string]parentRefs{}
	var open []*state.Ledger
	closeAll := func() {
		for _, l := range open {
			l.Close()
		}
	}
	for _, p := range k.Parents {
		if u := byPlural[p]; u != nil {
			out[p] = parentRefs{l: u.ledger, dir: u.cfg.State.Dir, seenKey: u.seenKey, seenUnique: u.seenUnique}
			continue
		}
		pk := findKind(p)
		dir := job.StateDir(cfg.State.Dir, pk)
		st, err := state.Load(dir)
		if err != nil {
			closeAll()
			return nil, nil, err
		}
		l, err := state.OpenLedger(dir, st.LedgerSize, true)
		if err != nil {
			closeAll()
			return nil, nil, fmt.Errorf("open the %s ledger: %w", p, err)
		}
		open = append(open, l)
		out[p] = parentRefs{l: l, dir: dir}
	}
	return out, closeAll, nil
}

// findKind is the kind of a plural.
func findKind(plural string) *kinds.Kind {
	for _, k := range allKinds {
		if k.Plural == plural {
			return k
		}
	}
	return nil
}

// parentRefs answer whether a parent record was exported, or is part of
// this upload.
type parentRefs struct {
	l                   *state.Ledger
	dir                 string
	seenKey, seenUnique map[string]bool
}

// has finds a parent record as a run's child finds it: a user by the
// customer_code its children give (a run looks users up by their ledger
// key: the users' legacy key, customer_code), an order by the number
// (its unique value). Records filed from keys files are found under
// their real keys, those of older folders under recordIDs' guesses.
func (p parentRefs) has(plural, ref string) (bool, error) {
	if plural == "orders" {
		if p.seenUnique[ref] {
			return true, nil
		}
		_, ok, err := p.l.UniqueOwner(ref)
		return ok, err
	}
	if p.seenKey[ref] {
		return true, nil
	}
	return p.l.Exported(ref)
}

// planUpload reads the kind's manifests and checks every batch not in the
// queue yet against its manifest (sha256), against the ledger and against
// its parents, before anything is filed or sent: a changed file, a batch
// part of whose records were sent before, or one whose records reference
// parents neither exported nor in this upload stops the upload, naming
// it.
func planUpload(u *kindUpload, ms []folderManifest, parents map[string]parentRefs) error {
	p := &u.plan
	k := u.kind
	for _, fm := range ms {
		dir, m := fm.dir, fm.m
		for _, b := range m.Batches {
			if u.q.Of(m.RunID, b.File) != nil {
				p.queued++
				continue
			}
			if b.Upload != nil {
				return usageError{fmt.Errorf("upload %s: it was sent to omnitron by the run that wrote it (see its manifest); "+
					"etl upload takes the folders of the files sink", filepath.Join(dir, b.File))}
			}
			fb, err := readBatch(k, dir, m.RunID, b)
			if err != nil {
				return err
			}
			before, err := alreadySent(fb, u.ledger, u.seenKey, u.seenUnique)
			if err != nil {
				return err
			}
			switch {
			case before == len(fb.keys):
				p.skipped = append(p.skipped, fb)
				continue
			case before > 0:
				return fmt.Errorf("upload %s: %d of its %s were sent before (they are in the ledger of %s); "+
					"sending the file would have Omnitron refuse them. Leave this folder out and let `etl run` send its other %s "+
					"(it sends only %s not sent yet); nothing was uploaded", filepath.Join(dir, b.File), before,
					plural(int64(len(fb.keys)), k.Name, k.Plural), u.cfg.State.Dir, k.Plural, k.Plural)
			}
			if err := checkParents(k, fb, parents); err != nil {
				return err
			}
			for i := range fb.keys {
				u.seenKey[fb.keys[i]] = true
				if fb.uniques[i] != "" {
					u.seenUnique[fb.uniques[i]] = true
				}
			}
			p.fresh = append(p.fresh, fb)
		}
	}
	return nil
}

// checkParents refuses a batch with records whose parent is neither
// exported (in the parent's ledger) nor part of this upload: Omnitron
// would refuse them.
func checkParents(k *kinds.Kind, fb folderBatch, parents map[string]parentRefs) error {
	if len(k.Parents) == 0 {
		return nil
	}
	parent := k.Parents[0]
	pr := parents[parent]
	var missing []string
	n := 0
	for _, ref := range fb.parents {
		ok, err := pr.has(parent, ref)
		if err != nil {
			return fmt.Errorf("upload %s: look up %s in the %s ledger: %w", filepath.Join(fb.dir, fb.info.File), ref, parent, err)
		}
		if !ok {
			n++
			if len(missing) < 5 && !slices.Contains(missing, ref) {
				missing = append(missing, ref)
			}
		}
	}
	if n == 0 {
		return nil
	}
	return usageError{fmt.Errorf("upload %s: %d of its %s reference %s neither in this upload nor exported (in the %s ledger of %s): %s; "+
		"omnitron would refuse them. Give the run folder that holds those %s too (a dry run writes every kind into one folder), "+
		"or upload it first; nothing was uploaded", filepath.Join(fb.dir, fb.info.File), n, plural(int64(len(fb.parents)), k.Name, k.Plural),
		parent, parent, pr.dir, strings.Join(missing, ", "), parent)}
}

// readBatch reads one batch file, and its keys file when the run wrote
// one, checks them against their manifest's sha256 and takes what each
// record is filed under: the keys file's key, unique value and carry, or,
// without one (a folder written before runs kept them), recordIDs'.
func readBatch(k *kinds.Kind, dir, run string, b pipeline.BatchInfo) (folderBatch, error) {
	path := filepath.Join(dir, b.File)
	data, err := readChecked(k, path, b.SHA256)
	if err != nil {
		return folderBatch{}, err
	}
	var recs []json.RawMessage
	if err := json.Unmarshal(data, &recs); err != nil {
		return folderBatch{}, fmt.Errorf("upload %s: %w", path, err)
	}
	var ids []files.RecordKeys
	if b.Keys != "" {
		kpath := filepath.Join(dir, b.Keys)
		kdata, err := readChecked(k, kpath, b.KeysSHA256)
		if err != nil {
			return folderBatch{}, err
		}
		if ids, err = files.ParseKeys(kdata); err != nil {
			return folderBatch{}, fmt.Errorf("upload %s: %w; check the folder with `etl check %s`", kpath, err, dir)
		}
		if len(ids) != len(recs) {
			return folderBatch{}, fmt.Errorf("upload %s: %d lines for the %d records of %s; nothing was uploaded", kpath, len(ids), len(recs), b.File)
		}
	}
	fb := folderBatch{run: run, dir: dir, info: b}
	if ids != nil {
		fb.carries = make([][]byte, 0, len(ids))
	}
	repeats := map[string]int{}
	for i, raw := range recs {
		var rec map[string]any
		if err := json.Unmarshal(raw, &rec); err != nil {
			return folderBatch{}, fmt.Errorf("upload %s: record %d: %w", path, i, err)
		}
		var key, unique, parent string
		if ids != nil {
			key, unique = ids[i].Key, ids[i].Unique
			parent, err = recordParent(k, rec)
			fb.carries = append(fb.carries, ids[i].Carry)
		} else {
			key, unique, parent, err = recordIDs(k, rec, raw, repeats)
		}
		if err != nil {
			return folderBatch{}, fmt.Errorf("upload %s: record %d %s; check it with `etl check %s`", path, i, err, dir)
		}
		fb.keys, fb.uniques = append(fb.keys, key), append(fb.uniques, unique)
		if parent != "" {
			fb.parents = append(fb.parents, parent)
		}
	}
	return fb, nil
}

// readChecked reads a file of a run folder of kind k and checks it
// against its manifest's sha256.
func readChecked(k *kinds.Kind, path, want string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("upload %s: %w", path, err)
	}
	if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != want {
		return nil, fmt.Errorf("upload %s: the file changed since it was written (its sha256 differs from %s); "+
			"nothing was uploaded. Write the run again (etl run --dry-run) rather than editing its files", path, files.KindFile(files.ManifestFile, k.Plural))
	}
	return data, nil
}

// recordParent is the parent record a written record references: an
// address's customer (customer_code, or user), an order's user, an
// item's order number; "" for a user.
func recordParent(k *kinds.Kind, rec map[string]any) (string, error) {
	str := func(field string) string { s, _ := rec[field].(string); return s }
	var field string
	switch k.Plural {
	case "users":
		return "", nil
	case "addresses":
		if c := str("customer_code"); c != "" {
			return c, nil
		}
		if c := str("user"); c != "" {
			return c, nil
		}
		return "", errors.New("has no customer_code or user")
	case "orders":
		field = "user"
	case "order_items":
		field = "order_number"
	default:
		return "", fmt.Errorf("is of kind %s, which etl upload does not know", k.Plural)
	}
	if v := str(field); v != "" {
		return v, nil
	}
	return "", fmt.Errorf("has no %s", field)
}

// recordIDs is what etl upload files a written record under in its
// kind's ledger, and the parent record it references, when its batch has
// no keys file (a folder written before runs kept one): the records do
// not hold the legacy keys a run files them under, so each kind is filed
// under what its record says:
//   - a user under its customer_code and email (a run's key, when
//     source.key is the column that feeds customer_code);
//   - an address under its unique value (a later run skips the same
//     address as same_address);
//   - an order under its number (a run's key, when source.key is the
//     column that feeds number; else a later run finds the number taken);
//   - an order item under its order's number and the record's sha256,
//     counted among equal items of its batch (repeats).
func recordIDs(k *kinds.Kind, rec map[string]any, raw []byte, repeats map[string]int) (key, unique, parent string, err error) {
	str := func(field string) string { s, _ := rec[field].(string); return s }
	need := func(fields ...string) error {
		for _, f := range fields {
			if str(f) == "" {
				return fmt.Errorf("has no %s", f)
			}
		}
		return nil
	}
	switch k.Plural {
	case "users":
		return str("customer_code"), str("email"), "", need("customer_code", "email")
	case "addresses":
		customer, err := recordParent(k, rec)
		if err != nil {
			return "", "", "", err
		}
		if err := need("line", "township", "city"); err != nil {
			return "", "", "", err
		}
		u := address.Unique(customer, str("line"), str("township"), str("city"))
		return u, u, customer, nil
	case "orders":
		return str("number"), str("number"), str("user"), need("number", "user")
	case "order_items":
		if err := need("order_number"); err != nil {
			return "", "", "", err
		}
		sum := sha256.Sum256(raw)
		id := str("order_number") + "\x00" + hex.EncodeToString(sum[:16])
		repeats[id]++
		return fmt.Sprintf("%s\x00%d", id, repeats[id]), "", str("order_number"), nil
	}
	return "", "", "", fmt.Errorf("is of kind %s, which etl upload does not know", k.Plural)
}

// alreadySent counts the records of b the ledger (or an earlier batch of
// this upload) holds, by key or by unique value.
func alreadySent(b folderBatch, ledger *state.Ledger, seenKey, seenUnique map[string]bool) (int, error) {
	n := 0
	for i, k := range b.keys {
		u := b.uniques[i]
		if seenKey[k] || (u != "" && seenUnique[u]) {
			n++
			continue
		}
		ok, err := ledger.Exported(k)
		if err != nil {
			return 0, err
		}
		if !ok && u != "" {
			_, ok, err = ledger.UniqueOwner(u)
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
// terminal ("users 40/120 batches processed, addresses waiting for users;
// ETA 12m"), else a log line every few seconds.
func uploadProgress(log zerolog.Logger, stderr io.Writer, ups []*kindUpload, done <-chan struct{}) {
	var tty io.Writer
	if f, ok := stderr.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
		tty = stderr
	}
	job.ShowUploads(log, tty, func() ([]job.KindQueue, job.KindQueue) { return uploadQueues(ups) }, done)
}

// uploadQueues are the entries each kind's uploader follows, as they
// stand, and all of them together.
func uploadQueues(ups []*kindUpload) ([]job.KindQueue, job.KindQueue) {
	var qs []job.KindQueue
	var all job.KindQueue
	for _, u := range ups {
		want := map[string]bool{}
		for _, e := range u.work {
			want[e.Run+"/"+e.File] = true
		}
		q := job.KindQueue{Plural: u.kind.Plural, Parents: u.kind.Parents}
		for _, e := range u.live.Snapshot() {
			if want[e.Run+"/"+e.File] {
				q.Entries = append(q.Entries, e)
			}
		}
		qs, all.Entries = append(qs, q), append(all.Entries, q.Entries...)
	}
	return qs, all
}

// uploadSummary prints the outcome as etl run does (its first line the
// status and why) and returns the error the exit code follows.
func uploadSummary(w io.Writer, log zerolog.Logger, cfgPath string, ups []*kindUpload, runErr error, took time.Duration) error {
	var refused []state.Upload
	for _, u := range ups {
		refused = append(refused, u.up.Refused()...)
	}
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
	// figures are one kind's, or all kinds' together.
	type figures struct {
		added, queued, skipped, records, skippedRecords                        int
		work, accepted, doneN, incomplete, started, pending, rejected, refused int
	}
	var sum figures
	per := make([]figures, len(ups))
	for i, u := range ups {
		f := &per[i]
		f.added, f.queued, f.skipped, f.work = len(u.added), u.plan.queued, len(u.plan.skipped), len(u.work)
		for _, b := range u.added {
			f.records += b.Records
		}
		for _, b := range u.plan.skipped {
			f.skippedRecords += b.info.Records
		}
		for _, e := range u.work {
			switch e.Status {
			case state.UploadDone:
				f.doneN++
				f.accepted += e.Processed - e.Errors
			case state.UploadIncomplete:
				f.incomplete++
				f.accepted += e.Processed - e.Errors
				f.refused += e.Errors
			case state.UploadStarted:
				f.started++
			case state.UploadRejected:
				f.rejected++
			default:
				f.pending++
			}
		}
		sum.added, sum.queued, sum.skipped, sum.records, sum.skippedRecords = sum.added+f.added, sum.queued+f.queued, sum.skipped+f.skipped, sum.records+f.records, sum.skippedRecords+f.skippedRecords
		sum.work, sum.accepted, sum.doneN, sum.incomplete = sum.work+f.work, sum.accepted+f.accepted, sum.doneN+f.doneN, sum.incomplete+f.incomplete
		sum.started, sum.pending, sum.rejected, sum.refused = sum.started+f.started, sum.pending+f.pending, sum.rejected+f.rejected, sum.refused+f.refused
	}
	// records says n of each kind: "1500 users", "1500 users, 300 addresses".
	records := func(n func(figures) int) string {
		var l []string
		for i, u := range ups {
			l = append(l, plural(int64(n(per[i])), u.kind.Name, u.kind.Plural))
		}
		if len(l) == 0 {
			return "0 records"
		}
		return strings.Join(l, ", ")
	}
	head := "upload " + status
	switch status {
	case "ok":
		if sum.work == 0 {
			head += ": nothing to send"
		} else {
			head += fmt.Sprintf(": %s in %s accepted by omnitron, every record", records(func(f figures) int { return f.accepted }),
				plural(int64(sum.work), "batch", "batches"))
		}
	case statusIncomplete:
		whose := "records"
		if len(ups) == 1 {
			whose = ups[0].kind.Plural
		}
		head += fmt.Sprintf(": omnitron refused %s; the %s of those batches are held apart, not counted as exported", plural(int64(sum.refused), "record", "records"), whose)
	default:
		head += ": " + why
	}
	fmt.Fprintf(w, "\n%s\n", head)
	fmt.Fprintf(w, "  batches: %d new (%s), %d already in the upload queue, %d skipped (all %s already sent); took %s\n",
		sum.added, records(func(f figures) int { return f.records }), sum.queued, sum.skipped, records(func(f figures) int { return f.skippedRecords }),
		took.Round(time.Millisecond))
	line := func(label string, f figures) {
		fmt.Fprintf(w, "  %s: %s: %d accepted whole, %d with records refused (%s), %d processing, %d not sent, %d rejected; %d records accepted\n",
			label, plural(int64(f.work), "batch", "batches"), f.doneN, f.incomplete, plural(int64(f.refused), "record", "records"), f.started, f.pending, f.rejected, f.accepted)
	}
	if sum.work > 0 {
		line("omnitron", sum)
	}
	if len(ups) > 1 {
		for i, u := range ups {
			if per[i].work > 0 {
				line(u.kind.Plural, per[i])
			}
		}
	}
	if status == statusIncomplete {
		if i := strings.Index(why, "Check with Akinon"); i >= 0 {
			fmt.Fprintf(w, "  next: %s\n", why[i:])
		}
	}
	fmt.Fprintln(w)
	log.Info().Str("status", status).Int("new_batches", sum.added).Int("records", sum.records).Int("skipped_batches", sum.skipped).
		Int("accepted", sum.accepted).Int("refused", sum.refused).Str("took", took.Round(time.Millisecond).String()).Msg("upload finished")
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
