package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"etl/configs"
)

// cmdValidate checks the config, connects, runs the query with no rows and
// says which columns feed which record keys.
func cmdValidate(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	var lf logFlags
	lf.register(fs)
	cfgPath := fs.String("config", "", "the legacy.yaml to check")
	if err := parseFlags(fs, args, stderr); err != nil {
		return err
	}
	log, err := lf.logger(stderr)
	if err != nil {
		return err
	}
	if *cfgPath == "" {
		return usageError{errors.New("validate: --config is required")}
	}
	cfg, err := configs.Load(*cfgPath)
	if err != nil {
		return usageError{err}
	}
	fmt.Fprintf(stdout, "config: ok (%s)\n", *cfgPath)
	ctx, _, cleanup := signals(log)
	defer cleanup()
	o, err := openSource(ctx, cfg, time.Now())
	if err != nil {
		return err
	}
	defer o.Close()
	where := o.info.Path
	if o.info.DSN != "" {
		where = o.info.DSN
	}
	fmt.Fprintf(stdout, "source: ok (%s %s)\n", o.info.Driver, where)
	fmt.Fprintf(stdout, "columns: %s\n", strings.Join(o.src.Columns(), ", "))
	if u := o.norm.Unmapped(); len(u) > 0 {
		fmt.Fprintf(stdout, "record keys with no column (default used): %s\n", strings.Join(u, ", "))
	}
	return nil
}
