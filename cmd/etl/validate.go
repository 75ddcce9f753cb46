package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"etl/configs"
	"etl/job"
	"etl/kinds/user"
)

// cmdValidate checks both ends and the folders in between: the config, the
// legacy database (it connects, runs the query with no rows and says which
// columns feed which record keys), Omnitron's URL, credentials and channel
// with the Omnitron sink, and that sink.dir and state.dir are writable.
// Every check runs, so that one pass names every key to fix.
func cmdValidate(args []string, stdout, stderr io.Writer) error {
	cfg, cfgPath, log, err := configCommand("validate", "the legacy.yaml to check", args, stdout, stderr, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "config: ok (%s)\n", cfgPath)
	ctx, _, cleanup := signals(log)
	defer cleanup()
	srcErr := validateSource(ctx, cfg, stdout)
	failed := false
	if cfg.Sink.Type == "omnitron" {
		if err := validateOmnitron(ctx, cfg, log); err != nil {
			fmt.Fprintf(stdout, "omnitron: FAILED: %v\n", err)
			failed = true
		} else {
			fmt.Fprintf(stdout, "omnitron: ok (%s, channel %s)\n", cfg.Sink.Omnitron.URL, cfg.Sink.Omnitron.ChannelID)
		}
	}
	for _, d := range []struct{ key, dir string }{{"sink.dir", cfg.Sink.Dir}, {"state.dir", cfg.State.Dir}} {
		if err := writable(d.dir); err != nil {
			fmt.Fprintf(stdout, "%s: FAILED: %v; fix its permissions or point %s at a folder etl may write\n", d.key, err, d.key)
			failed = true
		} else {
			fmt.Fprintf(stdout, "%s: ok (writable: %s)\n", d.key, d.dir)
		}
	}
	if srcErr != nil {
		return srcErr // main prints it, with its exit code
	}
	if failed {
		return errReported
	}
	return nil
}

func validateSource(ctx context.Context, cfg *configs.Config, stdout io.Writer) error {
	parts, err := job.Parts(allKinds, cfg, "")
	if err != nil {
		fmt.Fprintln(stdout, "source: FAILED (the reason follows)")
		return usageError{err}
	}
	for _, p := range parts {
		label := "source"
		if len(parts) > 1 || p.Kind.Plural != user.Kind.Plural {
			label = "source " + p.Kind.Plural
		}
		if err := validateKind(ctx, p, label, stdout); err != nil {
			return err
		}
	}
	return nil
}

// validateKind opens one kind's source and builds its transform.
func validateKind(ctx context.Context, p job.Part, label string, stdout io.Writer) error {
	parents, closeParents, err := job.OpenParents(p)
	if err != nil {
		fmt.Fprintf(stdout, "%s: FAILED (the reason follows)\n", label)
		return err
	}
	defer closeParents()
	o, err := job.OpenSource(ctx, p.Config, p.Kind, parents, nil, time.Now())
	if err != nil {
		fmt.Fprintf(stdout, "%s: FAILED (the reason follows)\n", label)
		return err
	}
	defer o.Close()
	where := o.Info.Path
	if o.Info.DSN != "" {
		where = o.Info.DSN
	}
	fmt.Fprintf(stdout, "%s: ok (%s %s)\n", label, o.Info.Driver, where)
	fmt.Fprintf(stdout, "columns: %s\n", strings.Join(o.Src.Columns(), ", "))
	if o.Reader != nil {
		for _, w := range moneyWarnings(p.Kind, p.Config.Source, o.Src.Columns(), o.Reader.ColumnTypes()) {
			fmt.Fprintln(stdout, w)
		}
	}
	if o.Norm != nil {
		if u := o.Norm.Unmapped(); len(u) > 0 {
			fmt.Fprintf(stdout, "record keys with no column (default used): %s\n", strings.Join(u, ", "))
		}
	}
	return nil
}

// validateOmnitron asks Omnitron one question that creates nothing; the
// error names the key to fix.
func validateOmnitron(ctx context.Context, cfg *configs.Config, log zerolog.Logger) error {
	c, err := job.NewClient(cfg, log)
	if err != nil {
		return err // it names its key
	}
	ctx, cancel := context.WithTimeout(ctx, cfg.Sink.Omnitron.Timeout)
	defer cancel()
	return c.Probe(ctx)
}

// writable creates and removes a file in dir, or, if dir is not there yet,
// in the nearest folder above it that is (a run makes the rest).
func writable(dir string) error {
	at := dir
	for {
		fi, err := os.Stat(at)
		if err == nil {
			if !fi.IsDir() {
				return fmt.Errorf("%s is not a folder", at)
			}
			break
		}
		if !errors.Is(err, os.ErrNotExist) {
			return err
		}
		up := filepath.Dir(at)
		if up == at {
			return err
		}
		at = up
	}
	f, err := os.CreateTemp(at, ".etl-validate-*")
	if err != nil {
		return fmt.Errorf("cannot write in %s: %w", at, err)
	}
	f.Close()
	if err := os.Remove(f.Name()); err != nil {
		return fmt.Errorf("cannot remove %s: %w", f.Name(), err)
	}
	return nil
}
