package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"etl/configs"
	"etl/pipeline/state"
)

// cmdState is `etl state show|reset --config F`.
func cmdState(args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
		for _, verb := range []string{"show", "reset"} {
			h := helpText["state "+verb]
			fmt.Fprintf(stdout, "Usage: %s\n  %s\n\n", h.usage, h.about)
		}
		return helpShown
	}
	if len(args) == 0 || (args[0] != "show" && args[0] != "reset") {
		return usageError{errors.New("state: use `etl state show --config F` or `etl state reset --config F --yes`")}
	}
	verb := args[0]
	fs := flag.NewFlagSet("state "+verb, flag.ContinueOnError)
	cfgPath := fs.String("config", "", "the legacy.yaml whose state to use")
	yes := fs.Bool("yes", false, "really forget what was exported (reset)")
	if err := parseFlags(fs, args[1:], stdout, stderr); err != nil {
		return err
	}
	if *cfgPath == "" {
		return usageError{fmt.Errorf("state %s: --config is required", verb)}
	}
	cfg, err := configs.Load(*cfgPath)
	if err != nil {
		return usageError{err}
	}
	dir := cfg.State.Dir
	if verb == "reset" {
		return stateReset(dir, *yes, stdout)
	}
	return stateShow(dir, cfg, stdout)
}

func stateShow(dir string, cfg *configs.Config, w io.Writer) error {
	st, err := state.Load(dir)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "state dir: %s\n", dir)
	if st.Source != "" && st.Source != sourceID(cfg.Source) {
		fmt.Fprintf(w, "  NOTE: taken on another source (query, table, key or cursor changed since)\n")
	}
	if c := st.Checkpoint; c != nil {
		fmt.Fprintf(w, "checkpoint: %s = %s, key %s (the next run reads rows changed after it)\n", cfg.Source.Cursor, c.Cursor, c.Key)
	} else {
		fmt.Fprintf(w, "checkpoint: none (the next run reads the whole source)\n")
	}
	if _, err := os.Stat(filepath.Join(dir, state.LogFile)); err == nil {
		l, err := state.OpenLedger(dir, st.LedgerSize, true)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "ledger: %d users exported, %d bytes\n", l.Len(), l.Size())
		l.Close()
	} else {
		fmt.Fprintf(w, "ledger: empty\n")
	}
	if r := st.Run; r != nil {
		fmt.Fprintf(w, "run in progress: %s (%s, started %s, %d attempts, %d batches committed, folder %s)\n",
			r.ID, r.Mode, r.Started.Format("2006-01-02 15:04:05Z"), r.Attempts, len(r.Batches), r.Dir)
		if r.Last != nil {
			fmt.Fprintf(w, "  resumes after key %s\n", r.Last.Key)
		}
	}
	if len(st.History) > 0 {
		fmt.Fprintf(w, "last runs:\n")
		for _, h := range st.History {
			fmt.Fprintf(w, "  %s  %-11s %-9s read %d, exported %d, rejected %d, skipped %d, %d batches  %s\n",
				h.ID, h.Mode, h.Status, h.Read, h.Exported, h.Rejected, h.Skipped, h.Batches, h.Dir)
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
