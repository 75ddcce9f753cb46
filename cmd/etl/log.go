package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/rs/zerolog"
)

type logFlags struct {
	format, level string
}

func (l *logFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&l.format, "log-format", "console", "console or json")
	fs.StringVar(&l.level, "log-level", "info", "debug, info, warn or error")
}

// logger builds the one logger of the process; everything else gets it
// passed down.
func (l *logFlags) logger(w io.Writer) (zerolog.Logger, error) {
	lvl, err := zerolog.ParseLevel(l.level)
	if err != nil || l.level == "" {
		return zerolog.Nop(), usageError{fmt.Errorf("--log-level: %q is not debug, info, warn or error", l.level)}
	}
	switch l.format {
	case "json":
	case "console":
		w = zerolog.ConsoleWriter{Out: w, TimeFormat: time.TimeOnly, NoColor: !colour(w)}
	default:
		return zerolog.Nop(), usageError{fmt.Errorf("--log-format: %q is not console or json", l.format)}
	}
	return zerolog.New(dropEmpty{w}).Level(lvl).With().Timestamp().Logger(), nil
}

// json reports whether the logs are JSON lines: then nothing else may go
// to stderr, and the run summary is a log event instead of a table.
func (l *logFlags) json() bool { return l.format == "json" }

// dropEmpty leaves out of each event the fields whose value is "" or
// null: "dsn=" tells a reader nothing, and a field that is sometimes
// there and sometimes empty is harder to query than one that is absent.
// Order is kept, for the console and for people reading JSON.
type dropEmpty struct{ w io.Writer }

func (d dropEmpty) Write(p []byte) (int, error) {
	if !bytes.Contains(p, []byte(`""`)) && !bytes.Contains(p, []byte(`null`)) {
		return d.w.Write(p)
	}
	dec := json.NewDecoder(bytes.NewReader(p))
	out := []byte{'{'}
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return d.w.Write(p)
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return d.w.Write(p)
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return d.w.Write(p)
		}
		if s := string(v); s == `""` || s == "null" {
			continue
		}
		if len(out) > 1 {
			out = append(out, ',')
		}
		key, _ := json.Marshal(k)
		out = append(append(append(out, key...), ':'), v...)
	}
	out = append(out, "}\n"...)
	if _, err := d.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// jsonLogs reports whether a command line asks for JSON logs, for the
// errors told before or without a logger: they must be JSON lines too.
func jsonLogs(args []string) bool {
	for i, a := range args {
		a = strings.TrimLeft(a, "-")
		if a == "log-format=json" || (a == "log-format" && i+1 < len(args) && args[i+1] == "json") {
			return true
		}
	}
	return false
}

// errorLine is a failure as one JSON log line.
func errorLine(err error) string {
	b, _ := json.Marshal(map[string]string{"level": "error", "time": time.Now().UTC().Format(time.RFC3339),
		"error": err.Error(), "message": "etl failed"})
	return string(b)
}

// colour reports whether console logs to w may carry ANSI colours: only
// on a terminal, and never with NO_COLOR set (no-color.org), so that log
// files and pipes hold plain text.
func colour(w io.Writer) bool {
	if os.Getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := w.(*os.File)
	return ok && isatty.IsTerminal(f.Fd())
}
