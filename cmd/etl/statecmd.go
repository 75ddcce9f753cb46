package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"etl/configs"
	"etl/job"
	"etl/kinds/user"
	"etl/pipeline/state"
)

// cmdState is `etl state show|reset|retry --config F`.
func cmdState(args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
		for _, verb := range []string{"show", "retry", "accept", "reset"} {
			h := helpText["state "+verb]
			fmt.Fprintf(stdout, "Usage: %s\n  %s\n\n", h.usage, h.about)
		}
		return helpShown
	}
	if len(args) == 0 || (args[0] != "show" && args[0] != "reset" && args[0] != "retry" && args[0] != "accept") {
		return usageError{errors.New("state: use `etl state show --config F`, `etl state retry|accept --config F --run RUN_ID | RUN_ID/BATCH...` " +
			"or `etl state reset --config F --yes`")}
	}
	verb := args[0]
	fs := flag.NewFlagSet("state "+verb, flag.ContinueOnError)
	cfgPath := fs.String("config", "", "the legacy.yaml whose state to use")
	yes := fs.Bool("yes", false, "really forget what was exported (reset)")
	runID := fs.String("run", "", "retry, accept: every incomplete batch of this run")
	if err := parseWithArgs(fs, args[1:], stdout); err != nil {
		return err
	}
	if verb != "retry" && verb != "accept" && (*runID != "" || fs.NArg() > 0) {
		return usageError{fmt.Errorf("state %s: --run and batch names belong to `etl state retry` and `etl state accept`", verb)}
	}
	if *cfgPath == "" {
		return usageError{fmt.Errorf("state %s: --config is required", verb)}
	}
	// The state verbs read and change the state dir only: Omnitron's
	// credentials may be left unset.
	cfg, err := configs.Load(*cfgPath, configs.AllowUnset(configs.SecretKeys...))
	if err != nil {
		return usageError{err}
	}
	dir := cfg.State.Dir
	switch verb {
	case "reset":
		// Every kind's state goes: a kind whose parents were forgotten
		// would reference records the next run exports again.
		for _, k := range slices.Backward(allKinds) {
			if k.Plural == user.Kind.Plural {
				continue
			}
			if _, err := os.Stat(filepath.Join(job.StateDir(dir, k), state.File)); err == nil {
				if err := stateReset(job.StateDir(dir, k), *yes, stdout); err != nil {
					return err
				}
			}
		}
		return stateReset(dir, *yes, stdout)
	case "retry":
		return stateRetry(dir, *runID, fs.Args(), stdout)
	case "accept":
		return stateAccept(dir, *runID, fs.Args(), stdout)
	}
	parts, err := job.Parts(allKinds, cfg, "")
	if err != nil {
		return usageError{err}
	}
	for i, p := range parts {
		if len(parts) > 1 {
			if i > 0 {
				fmt.Fprintln(stdout)
			}
			fmt.Fprintf(stdout, "%s\n", p.Kind.Plural)
		}
		if err := stateShow(p, stdout); err != nil {
			return err
		}
	}
	return nil
}

func stateShow(p job.Part, w io.Writer) error {
	dir, one, many := p.Config.State.Dir, p.Kind.Name, p.Kind.Plural
	st, err := state.Load(dir)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "state dir: %s\n", dir)
	if d := st.Destination; d != nil {
		fmt.Fprintf(w, "destination: %s (the %s the ledger counts went there)\n", d, many)
	}
	src := p.Config.Source
	if st.Source != "" && st.Source != job.SourceID(src) {
		fmt.Fprintf(w, "  NOTE: taken on another source (query, table, key or cursor changed since)\n")
	}
	if c := st.Checkpoint; c != nil {
		fmt.Fprintf(w, "checkpoint: %s = %s, key %s (the next run reads rows changed after it)\n", src.Cursor, c.Cursor, c.Key)
	} else {
		fmt.Fprintf(w, "checkpoint: none (the next run reads the whole source)\n")
	}
	if _, err := os.Stat(filepath.Join(dir, state.LogFile)); err == nil {
		l, err := state.OpenLedger(dir, st.LedgerSize, true)
		if err != nil {
			return err
		}
		q, err := state.LoadUploads(dir)
		if err != nil {
			l.Close()
			return err
		}
		held, batches := 0, 0
		for _, e := range q.Snapshot() {
			if n := e.Held(); n > 0 {
				held, batches = held+n, batches+1
			}
		}
		fmt.Fprintf(w, "ledger: %s exported, %s\n", plural(int64(l.Len()-2*st.Released-held), one, many), plural(l.Size(), "byte", "bytes"))
		if held > 0 {
			fmt.Fprintf(w, "  held apart: %s of %s (sent, outcome unknown; see `etl status`, then `etl state retry`)\n",
				plural(int64(held), one, many), plural(int64(batches), "incomplete batch", "incomplete batches"))
		}
		if st.Reread {
			fmt.Fprintf(w, "  the next run reads the whole source: %s were released for export again\n", many)
		}
		l.Close()
	} else {
		fmt.Fprintf(w, "ledger: empty\n")
	}
	if rj := st.Rejects; rj != nil && rj.Waiting > rj.Orphans {
		n := rj.Waiting - rj.Orphans
		fmt.Fprintf(w, "rejects: %s %s (read again by key when normalize changes, or with `etl run --retry-rejects`)\n",
			plural(n, "rejected row", "rejected rows"), map[bool]string{true: "waits", false: "wait"}[n == 1])
	}
	if rj := st.Rejects; rj != nil && rj.Orphans > 0 {
		fmt.Fprintf(w, "orphans: %s %s for %s parent to be exported (every run reads them again)\n",
			plural(rj.Orphans, "row", "rows"), map[bool]string{true: "waits", false: "wait"}[rj.Orphans == 1],
			map[bool]string{true: "its", false: "their"}[rj.Orphans == 1])
	}
	if r := st.Run; r != nil {
		fmt.Fprintf(w, "run in progress: %s (%s, started %s, %s, %s committed, folder %s)\n",
			r.ID, r.Mode, r.Started.Format("2006-01-02 15:04:05Z"), plural(int64(r.Attempts), "attempt", "attempts"),
			plural(int64(len(r.Batches)), "batch", "batches"), r.Dir)
		if r.Last != nil {
			fmt.Fprintf(w, "  resumes after key %s\n", r.Last.Key)
		}
	}
	if len(st.History) > 0 {
		fmt.Fprintf(w, "last runs:\n")
		for _, h := range st.History {
			dir := h.Dir
			if dir == "" {
				dir = "(nothing new: no run folder)"
			}
			fmt.Fprintf(w, "  %s  %-11s %-9s read %d, exported %d, rejected %d, skipped %d, %s  %s\n",
				h.ID, h.Mode, h.Status, h.Read, h.Exported, h.Rejected, h.Skipped, plural(int64(h.Batches), "batch", "batches"), dir)
		}
	}
	return nil
}

func stateReset(dir string, yes bool, w io.Writer) error {
	if !yes {
		return usageError{fmt.Errorf("state reset forgets the checkpoint and every exported user in %s: the next run exports everyone again, "+
			"and Omnitron refuses users it already has. Add --yes to do it", dir)}
	}
	lock, err := state.Acquire(dir)
	if err != nil {
		return err
	}
	defer lock.Release()
	if err := state.Reset(dir); err != nil {
		return err
	}
	fmt.Fprintf(w, "state in %s reset: no checkpoint, empty ledger\n", dir)
	return nil
}

// pickBatches turns --run RUN_ID or batch names (RUN_ID/FILE, or FILE
// when one run has it) into the set of entries a retry or accept is about.
func pickBatches(verb, dir, runID string, names []string) (func(*state.Upload) bool, error) {
	if (runID == "") == (len(names) == 0) {
		return nil, usageError{fmt.Errorf("state %s: give --run RUN_ID or the batches as RUN_ID/users-NNNNNN.json (see `etl status`), not both", verb)}
	}
	q, err := state.LoadUploads(dir)
	if err != nil {
		return nil, err
	}
	want := map[string]bool{}
	for _, n := range names {
		var found []string
		for _, e := range q.Entries {
			if n == e.Run+"/"+e.File || n == e.File {
				found = append(found, e.Run+"/"+e.File)
			}
		}
		switch {
		case len(found) == 0:
			return nil, usageError{fmt.Errorf("state %s: no batch %s in %s (see `etl status` for RUN_ID/FILE)", verb, n, dir)}
		case len(found) > 1:
			return nil, usageError{fmt.Errorf("state %s: %s is in %d runs; name it as RUN_ID/%s", verb, n, len(found), n)}
		}
		want[found[0]] = true
	}
	if runID != "" {
		known := false
		for _, e := range q.Entries {
			if e.Run == runID {
				known = true
				if e.Status == state.UploadIncomplete {
					want[e.Run+"/"+e.File] = true
				}
			}
		}
		if !known {
			return nil, usageError{fmt.Errorf("state %s: no batch of run %s was uploaded from %s (see `etl status`)", verb, runID, dir)}
		}
	}
	return func(e *state.Upload) bool { return want[e.Run+"/"+e.File] }, nil
}

func batchNames(l []*state.Upload) string {
	var names []string
	for _, e := range l {
		names = append(names, e.Run+"/"+e.File)
	}
	return strings.Join(names, ", ")
}

// stateRetry releases the users of incomplete batches, so that the next
// run sends them again.
func stateRetry(dir, runID string, names []string, w io.Writer) error {
	lock, err := state.Acquire(dir)
	if err != nil {
		return err
	}
	defer lock.Release()
	pick, err := pickBatches("retry", dir, runID, names)
	if err != nil {
		return err
	}
	res, err := state.Retry(dir, pick)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "released %s of %s (%s): the next run reads the whole source and sends them again; "+
		"Omnitron refuses any email it already holds, so no user is created twice\n",
		plural(int64(res.Users), "user", "users"), plural(int64(len(res.Batches)), "batch", "batches"), batchNames(res.Batches))
	return nil
}

// stateAccept counts the users of incomplete batches as exported, once
// the team found them all in Omnitron.
func stateAccept(dir, runID string, names []string, w io.Writer) error {
	lock, err := state.Acquire(dir)
	if err != nil {
		return err
	}
	defer lock.Release()
	pick, err := pickBatches("accept", dir, runID, names)
	if err != nil {
		return err
	}
	l, err := state.Accept(dir, pick)
	if err != nil {
		return err
	}
	n := 0
	for _, e := range l {
		n += e.Records
	}
	fmt.Fprintf(w, "accepted %s (%s): their %s count as exported and are not sent again\n",
		plural(int64(len(l)), "batch", "batches"), batchNames(l), plural(int64(n), "user", "users"))
	return nil
}
