// Command etl moves customer accounts out of legacy shop databases into
// Omnitron-ready JSON batches. See README.md.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"etl/job"
	"etl/pipeline"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// passThrough, when set, replaces the normalization of etl run: only in
// the bench's build (passthrough.go), never in bin/etl.
var passThrough func(columns []string) pipeline.Transform

// Exit codes (README, Commands).
const (
	exitOK     = 0
	exitFailed = 1
	exitUsage  = 2
)

// usageError is a bad command line or config: exit 2.
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

const usage = `etl moves legacy shop users into Omnitron-ready JSON batches.

Usage:
  etl run --config FILE [--dry-run] [--full] [--limit N] [--workers N] [--every 15m]
  etl validate --config FILE
  etl upload --config FILE RUN_DIR...
  etl init --driver mysql|postgres --dsn DSN [--table T] [-o legacy.yaml]
  etl init --driver csv --path FILE [-o legacy.yaml]
  etl preview --config FILE [-n 20] [--key K] [--rejected]
  etl status --config FILE
  etl state show --config FILE
  etl state retry --config FILE (--run RUN_ID | RUN_ID/users-NNNNNN.json...)
  etl state accept --config FILE (--run RUN_ID | RUN_ID/users-NNNNNN.json...)
  etl state reset --config FILE --yes
  etl check DIR
  etl version

Common flags:
  --log-format console|json   (default console)
  --log-level debug|info|warn|error   (default info)

Exit codes: 0 done, 1 failed or incomplete (Omnitron refused records),
2 bad config or usage.
"etl help COMMAND" or "etl COMMAND --help" shows a command's flags.
`

func main() {
	pipeline.TuneGC()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	var err error
	switch args[0] {
	case "run":
		err = cmdRun(args[1:], stdout, stderr)
	case "validate":
		err = cmdValidate(args[1:], stdout, stderr)
	case "upload":
		err = cmdUpload(args[1:], stdout, stderr)
	case "init":
		err = cmdInit(args[1:], stdout, stderr)
	case "preview":
		err = cmdPreview(args[1:], stdout, stderr)
	case "status":
		err = cmdStatus(args[1:], stdout, stderr)
	case "state":
		err = cmdState(args[1:], stdout, stderr)
	case "check":
		err = cmdCheck(args[1:], stdout, stderr)
	case "version", "--version":
		fmt.Fprintln(stdout, "etl", version)
	case "help", "-h", "--help":
		if len(args) > 1 && args[1] != "help" {
			// etl help run = etl run --help
			return run(append(args[1:], "--help"), stdout, stderr)
		}
		fmt.Fprint(stdout, usage)
	default:
		if s := suggest(args[0]); s != "" {
			fmt.Fprintf(stderr, "etl: unknown command %q; did you mean %q?\n\n%s", args[0], s, usage)
		} else {
			fmt.Fprintf(stderr, "etl: unknown command %q\n\n%s", args[0], usage)
		}
		return exitUsage
	}
	if err == nil || errors.Is(err, helpShown) {
		return exitOK
	}
	usage := isUsage(err)
	switch {
	case usage || !errors.Is(err, errReported):
		if jsonLogs(args) {
			fmt.Fprintln(stderr, errorLine(err))
		} else {
			fmt.Fprintln(stderr, "etl:", err)
		}
	}
	if usage {
		return exitUsage
	}
	return exitFailed
}

// errReported means the failure was already told to the user.
var errReported = job.ErrReported

// isUsage says whether err is a bad command line or config: exit 2.
func isUsage(err error) bool {
	var ue usageError
	var ce job.ConfigError
	return errors.As(err, &ue) || errors.As(err, &ce)
}
