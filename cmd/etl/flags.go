package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/rs/zerolog"

	"etl/configs"
)

// parseFlags parses args, turning every flag problem into a usage error.
// -h or --help prints the command's help to stdout and returns helpShown.
func parseFlags(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) error {
	// The error says what was wrong; help goes to stdout.
	if err := parseWithArgs(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("%s: unexpected argument %q", fs.Name(), fs.Arg(0))}
	}
	return nil
}

// parseWithArgs is parseFlags for a command that takes arguments after
// its flags (fs.Args()).
func parseWithArgs(fs *flag.FlagSet, args []string, stdout io.Writer) error {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		showHelp(fs, stdout)
		return helpShown
	} else if err != nil {
		return usageError{fmt.Errorf("%w (see etl %s --help)", err, fs.Name())}
	}
	return nil
}

// configCommand parses the flags of a command that reads a config
// (--config, the log flags, and whatever own adds) and loads the config.
// A missing --config or a bad config is a usage error.
func configCommand(name, help string, args []string, stdout, stderr io.Writer, own func(*flag.FlagSet), opts ...configs.Option) (*configs.Config, string, zerolog.Logger, error) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	var lf logFlags
	lf.register(fs)
	cfgPath := fs.String("config", "", help)
	if own != nil {
		own(fs)
	}
	if err := parseFlags(fs, args, stdout, stderr); err != nil {
		return nil, "", zerolog.Logger{}, err
	}
	log, err := lf.logger(stderr)
	if err != nil {
		return nil, "", log, err
	}
	if *cfgPath == "" {
		return nil, "", log, usageError{fmt.Errorf("%s: --config is required", name)}
	}
	cfg, err := configs.Load(*cfgPath, opts...)
	if err != nil {
		return nil, "", log, usageError{err}
	}
	return cfg, *cfgPath, log, nil
}
