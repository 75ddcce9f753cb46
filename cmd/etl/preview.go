package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"etl/configs"
	"etl/pipeline"
)

// cmdPreview is `etl preview --config F [-n 20]`: the first rows in key
// order, each legacy row beside the record it becomes or the reason it is
// rejected. Nothing is written anywhere.
func cmdPreview(args []string, stdout, stderr io.Writer) error {
	var n *int
	cfg, _, log, err := configCommand("preview", "the legacy.yaml to preview", args, stdout, stderr, func(fs *flag.FlagSet) {
		n = fs.Int("n", 20, "rows to show")
	})
	if err != nil {
		return err
	}
	if *n < 1 {
		return usageError{errors.New("preview: -n must be at least 1")}
	}
	ctx, _, cleanup := signals(log)
	defer cleanup()
	return preview(ctx, cfg, *n, stdout)
}

// preview prints the first n rows of cfg's source, legacy beside record.
func preview(ctx context.Context, cfg *configs.Config, n int, w io.Writer) error {
	o, err := openSource(ctx, cfg, time.Now())
	if err != nil {
		return err
	}
	defer o.Close()
	cols := o.src.Columns()
	emails := map[string]string{}
	var exported, rejected int
	for i := 0; i < n; i++ {
		row, err := o.src.Next(ctx)
		if err == io.EOF { // the end, not a failure wrapping one
			break
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "── key %s ", row.Key)
		res := o.norm.Transform(&row, nil)
		if row.Err != "" {
			res = pipeline.Result{Reject: &pipeline.Reject{Field: "row", Reason: pipeline.ReasonInvalid, Detail: row.Err}}
		}
		if res.Reject == nil {
			if prev, dup := emails[res.Email]; dup {
				res.Reject = &pipeline.Reject{Field: "email", Reason: pipeline.ReasonDuplicate, Detail: "same email as key " + prev}
			} else {
				emails[res.Email] = row.Key
			}
		}
		if r := res.Reject; r != nil {
			rejected++
			fmt.Fprintf(w, "REJECTED  %s: %s (%s)\n", r.Field, r.Reason, r.Detail)
		} else {
			exported++
			fmt.Fprintf(w, "ok\n")
		}
		var legacy []string
		for j, c := range cols {
			f := row.Field(j)
			v := "NULL"
			switch {
			case !f.Valid:
			case c == "password" || c == "password_salt":
				v = fmt.Sprintf("(hidden, %d chars)", len(f.V))
			default:
				v = strconv.Quote(f.V)
			}
			legacy = append(legacy, c+"="+v)
		}
		fmt.Fprintf(w, "   legacy  %s\n", strings.Join(legacy, "  "))
		if res.Reject == nil {
			fmt.Fprintf(w, "   record  %s\n", hidePassword(string(res.JSON)))
			for _, wn := range res.Warnings {
				fmt.Fprintf(w, "   warning %s: %s\n", wn.Field, wn.Kind)
			}
		}
	}
	fmt.Fprintf(w, "\n%d rows: %d would be exported, %d rejected (preview reads in key order and checks duplicates among these rows only)\n",
		exported+rejected, exported, rejected)
	return nil
}

var passwordRe = regexp.MustCompile(`"password":"([a-z0-9_]*)\$(?:[^"\\]|\\.)*"`)

// hidePassword keeps a record's password algorithm and hides the rest.
func hidePassword(rec string) string {
	return passwordRe.ReplaceAllString(rec, `"password":"$1$$…(hidden)"`)
}
