package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"etl/sinks/files"
)

func cmdCheck(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	if err := parseWithArgs(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{errors.New("check: give one run folder, e.g. etl check out/20261122T180000Z-ab12cd")}
	}
	nfiles, nrecs, problems, err := files.CheckKinds(fs.Arg(0), contracts()...)
	if err != nil {
		return err
	}
	for _, p := range problems {
		fmt.Fprintln(stdout, p)
	}
	if len(problems) > 0 {
		fmt.Fprintf(stdout, "%s in %s of %s\n", plural(int64(len(problems)), "problem", "problems"),
			plural(int64(nrecs), "record", "records"), plural(int64(nfiles), "file", "files"))
		return errReported
	}
	fmt.Fprintf(stdout, "ok: %s in %s match the record contract\n", plural(int64(nrecs), "record", "records"), plural(int64(nfiles), "file", "files"))
	return nil
}
