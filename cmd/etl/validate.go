package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// cmdValidate checks the config, connects, runs the query with no rows and
// says which columns feed which record keys.
func cmdValidate(args []string, stdout, stderr io.Writer) error {
	cfg, cfgPath, log, err := configCommand("validate", "the legacy.yaml to check", args, stdout, stderr, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "config: ok (%s)\n", cfgPath)
	ctx, _, cleanup := signals(log)
	defer cleanup()
	o, err := openSource(ctx, cfg, time.Now())
	if err != nil {
		fmt.Fprintln(stdout, "source: FAILED (the reason follows)")
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
