package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"etl/configs"
)

// helpText is what `etl CMD --help` and `etl help CMD` print: the
// command's usage line, what it does and an example; the flags with
// their defaults follow, from the command's own flag set.
var helpText = map[string]struct{ usage, about, example string }{
	"run": {"etl run --config FILE [flags]",
		"Exports what earlier runs have not, and resumes a run that was killed or stopped.",
		"etl run --dry-run --config legacy.yaml"},
	"validate": {"etl validate --config FILE",
		"Checks the config, both ends (the legacy database; Omnitron's URL, token and channel, creating nothing) and that sink.dir and state.dir are writable.",
		"etl validate --config legacy.yaml"},
	"init": {"etl init --driver mysql|postgres --dsn DSN [--table T] [-o FILE]\n       etl init --driver csv --path FILE [-o FILE]",
		"Reads the legacy schema (or a CSV file's delimiter, encoding and headers) and writes a commented config to start from: users, and addresses when it finds their table.",
		"etl init --driver mysql --dsn \"$LEGACY_DSN\" -o legacy.yaml"},
	"preview": {"etl preview --config FILE [-n 20] [--key K] [--rejected]",
		"Shows the first rows beside the records they become or every reason they are rejected, then a tally by outcome; writes nothing.",
		"etl preview --config legacy.yaml --rejected -n 50"},
	"upload": {"etl upload --config FILE RUN_DIR...",
		"Sends the batches of every kind of run folders the files sink wrote (a dry run, a files-sink run) to the Omnitron sink of FILE, once each, parents first.",
		"etl upload --config omnitron.yaml out/20261122T180000Z-ab12cd"},
	"status": {"etl status --config FILE",
		"Lists every batch sent to Omnitron from this state dir with its migration id and progress, then each kind's batches by status, records held apart, the parent it waits for and an ETA.",
		"etl status --config legacy.yaml"},
	"state show": {"etl state show --config FILE",
		"Shows the checkpoint, the ledger's size, the run in progress and the last runs.",
		"etl state show --config legacy.yaml"},
	"state retry": {"etl state retry --config FILE (--run RUN_ID | RUN_ID/users-NNNNNN.json...)",
		"Releases the users of batches Omnitron processed with errors, so that the next run sends them again.",
		"etl state retry --config legacy.yaml --run 20261122T190102Z-5c1e0a"},
	"state accept": {"etl state accept --config FILE (--run RUN_ID | RUN_ID/users-NNNNNN.json...)",
		"Counts the users of batches Omnitron processed with errors as exported, once checked with Akinon.",
		"etl state accept --config legacy.yaml --run 20261122T190102Z-5c1e0a"},
	"state reset": {"etl state reset --config FILE --yes",
		"Forgets the checkpoint and every exported user: the next run exports everyone again.",
		"etl state reset --config legacy.yaml --yes"},
	"check": {"etl check DIR",
		"Validates a run folder's batches against the record contract and its manifest.",
		"etl check out/20261122T180000Z-ab12cd"},
}

// helpShown is returned by a command whose help was asked for: it was
// printed, and the process exits 0.
var helpShown = errors.New("help shown")

// showHelp prints the help of fs's command to w.
func showHelp(fs *flag.FlagSet, w io.Writer) {
	h, ok := helpText[fs.Name()]
	if !ok {
		h.usage = "etl " + fs.Name() + " [flags]"
	}
	fmt.Fprintf(w, "Usage: %s\n\n", h.usage)
	if h.about != "" {
		fmt.Fprintf(w, "%s\n\n", h.about)
	}
	var hasFlags bool
	fs.VisitAll(func(*flag.Flag) { hasFlags = true })
	if hasFlags {
		fmt.Fprintln(w, "Flags:")
		fs.SetOutput(w)
		fs.PrintDefaults()
		fmt.Fprintln(w)
	}
	if h.example != "" {
		fmt.Fprintf(w, "Example:\n  %s\n", h.example)
	}
}

// suggest names the known command closest to a mistyped one, or "".
func suggest(cmd string) string {
	known := []string{"run", "validate", "upload", "init", "preview", "status", "state", "check", "version", "help"}
	sort.Strings(known)
	best, bestD := "", 3 // more than two edits away is no suggestion
	for _, k := range known {
		if d := configs.EditDistance(strings.ToLower(cmd), k); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}
