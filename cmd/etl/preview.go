package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"etl/configs"
	"etl/job"
	"etl/pipeline"
)

// cmdPreview is `etl preview --config F [-n 20] [--key K] [--rejected]`:
// rows in key order, each legacy row beside the record it becomes or
// every reason it is rejected, and a tally by outcome. Nothing is written
// anywhere.
func cmdPreview(args []string, stdout, stderr io.Writer) error {
	var o previewOptions
	cfg, _, log, err := configCommand("preview", "the legacy.yaml to preview", args, stdout, stderr, func(fs *flag.FlagSet) {
		fs.IntVar(&o.n, "n", 20, "rows to show")
		fs.StringVar(&o.key, "key", "", "show only the row with this key (reads up to it)")
		fs.BoolVar(&o.rejected, "rejected", false, "show only rejected rows (-n of them)")
		fs.StringVar(&o.kind, "kind", "", "the kind to preview, e.g. addresses (default: the first the config reads)")
	})
	if err != nil {
		return err
	}
	o.json = jsonLogs(args)
	if o.n < 1 {
		return usageError{errors.New("preview: -n must be at least 1")}
	}
	ctx, _, cleanup := signals(log)
	defer cleanup()
	return preview(ctx, cfg, o, stdout)
}

// previewOptions says which rows preview shows.
type previewOptions struct {
	n        int    // rows to show
	key      string // only this row
	rejected bool   // only rejected rows
	kind     string // the kind's Plural; "": the config's first
	json     bool   // one JSON object a line, as the logs are
}

// preview prints rows of cfg's source, legacy beside record, then a tally
// of the rows read by outcome.
func preview(ctx context.Context, cfg *configs.Config, opt previewOptions, w io.Writer) error {
	parts, err := job.Parts(allKinds, cfg, opt.kind)
	if err != nil {
		return usageError{err}
	}
	part := parts[0]
	parents, closeParents, err := job.OpenParents(part)
	if err != nil {
		return err
	}
	defer closeParents()
	o, err := job.OpenSource(ctx, part.Config, part.Kind, parents, nil, time.Now())
	if err != nil {
		return err
	}
	defer o.Close()
	rule := part.Kind.Unique
	cols := o.Src.Columns()
	emails := map[string]string{}
	tally := map[string]int{}
	var read, exported, rejected, shown int
	found := false
	for shown < opt.n && !found {
		row, err := o.Src.Next(ctx)
		if err == io.EOF { // the end, not a failure wrapping one
			break
		}
		if err != nil {
			return err
		}
		read++
		res := o.Transform(&row, nil)
		var rejects []pipeline.Reject
		switch {
		case row.Err != "":
			res.Reject = &pipeline.Reject{Field: "row", Reason: pipeline.ReasonInvalid, Detail: row.Err}
			rejects = []pipeline.Reject{*res.Reject}
		case res.Reject != nil && o.Norm != nil:
			rejects = o.Norm.Rejects(&row) // the first is res.Reject
		case res.Reject != nil:
			rejects = []pipeline.Reject{*res.Reject}
		case rule != (pipeline.Unique{}) && res.Unique != "":
			prev, dup := emails[res.Unique]
			switch {
			case !dup:
				emails[res.Unique] = row.Key
			case rule.Skip != "":
				res.JSON = nil
				tally["skipped "+rule.Skip]++
			default:
				res.Reject = &pipeline.Reject{Field: rule.Field, Reason: pipeline.ReasonDuplicate, Detail: "same " + rule.Field + " as key " + prev}
				rejects = []pipeline.Reject{*res.Reject}
			}
		}
		switch r := res.Reject; {
		case r != nil:
			rejected++
			tally[r.Field+" "+r.Reason]++
		case res.JSON != nil:
			exported++
			tally["ok"]++
		}
		switch {
		case opt.key != "":
			if row.Key != opt.key {
				continue
			}
			found = true
		case opt.rejected && res.Reject == nil:
			continue
		}
		shown++
		if opt.json {
			if err := rowJSON(w, cols, &row, res, rejects); err != nil {
				return err
			}
			continue
		}
		showRow(w, cols, &row, res, rejects)
	}
	if opt.key != "" && !found {
		return fmt.Errorf("preview: no row with key %s in the source (%s read)", opt.key, plural(int64(read), "row", "rows"))
	}
	if opt.json {
		return json.NewEncoder(w).Encode(map[string]any{"message": "preview summary", "read": read, "exported": exported,
			"rejected": rejected, "by_outcome": tally})
	}
	fmt.Fprintf(w, "\n%s read: %d would be exported, %d rejected (preview reads in key order and checks duplicates among these rows only)\n",
		plural(int64(read), "row", "rows"), exported, rejected)
	outcomes := make([]string, 0, len(tally))
	for k := range tally {
		outcomes = append(outcomes, k)
	}
	sort.Slice(outcomes, func(i, j int) bool {
		a, b := outcomes[i], outcomes[j]
		return tally[a] > tally[b] || tally[a] == tally[b] && a < b
	})
	fmt.Fprintf(w, "by outcome (a row counts once, for the first failing field, as a run rejects it):\n")
	for _, k := range outcomes {
		fmt.Fprintf(w, "  %-32s %6d\n", k, tally[k])
	}
	return nil
}

// showRow prints one row: its outcome (every failing field when
// rejected), its legacy values and, when exported, its record.
func showRow(w io.Writer, cols []string, row *pipeline.Row, res pipeline.Result, rejects []pipeline.Reject) {
	fmt.Fprintf(w, "── key %s ", row.Key)
	if len(rejects) > 0 {
		for i, r := range rejects {
			if i == 0 {
				fmt.Fprintf(w, "REJECTED  %s: %s (%s)\n", r.Field, r.Reason, r.Detail)
				continue
			}
			fmt.Fprintf(w, "   also    %s: %s (%s)\n", r.Field, r.Reason, r.Detail)
		}
	} else if res.JSON == nil {
		fmt.Fprintf(w, "SKIPPED   the same as an earlier row\n")
	} else {
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
	if res.Reject == nil && res.JSON != nil {
		fmt.Fprintf(w, "   record  %s\n", hidePassword(string(res.JSON)))
		for _, wn := range res.Warnings {
			fmt.Fprintf(w, "   warning %s: %s\n", wn.Field, wn.Kind)
		}
	}
}

// rowJSON is showRow as one JSON object.
func rowJSON(w io.Writer, cols []string, row *pipeline.Row, res pipeline.Result, rejects []pipeline.Reject) error {
	legacy := map[string]any{}
	for j, c := range cols {
		f := row.Field(j)
		switch {
		case !f.Valid:
			legacy[c] = nil
		case c == "password" || c == "password_salt":
			legacy[c] = fmt.Sprintf("(hidden, %d chars)", len(f.V))
		default:
			legacy[c] = f.V
		}
	}
	e := map[string]any{"message": "preview row", "key": row.Key, "outcome": "ok", "legacy": legacy}
	if len(rejects) > 0 {
		for i := range rejects {
			rejects[i].Key = row.Key
		}
		e["outcome"], e["rejects"] = "rejected", rejects
	} else if res.JSON == nil {
		e["outcome"] = "skipped"
	} else {
		e["record"] = json.RawMessage(hidePassword(string(res.JSON)))
		var warnings []map[string]string
		for _, wn := range res.Warnings {
			warnings = append(warnings, map[string]string{"field": wn.Field, "kind": wn.Kind})
		}
		if len(warnings) > 0 {
			e["warnings"] = warnings
		}
	}
	return json.NewEncoder(w).Encode(e)
}

var passwordRe = regexp.MustCompile(`"password":"([a-z0-9_]*)\$(?:[^"\\]|\\.)*"`)

// hidePassword keeps a record's password algorithm and hides the rest.
func hidePassword(rec string) string {
	return passwordRe.ReplaceAllString(rec, `"password":"$1$$…(hidden)"`)
}
