package main

import (
	"flag"
	"fmt"
	"io"
	"time"

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
		w = zerolog.ConsoleWriter{Out: w, TimeFormat: time.TimeOnly}
	default:
		return zerolog.Nop(), usageError{fmt.Errorf("--log-format: %q is not console or json", l.format)}
	}
	return zerolog.New(w).Level(lvl).With().Timestamp().Logger(), nil
}
