package main

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"etl/pipeline"
	"etl/pipeline/state"
	"etl/sinks/files"
)

// plural is "1 batch", "2 batches".
func plural(n int64, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// refusedMessage says what Omnitron refused and what to do about it: the
// manifest's error of an incomplete run.
func refusedMessage(runID string, refused []state.Upload, config string) string {
	var failed, total int
	var names, other []string
	for _, e := range refused {
		failed += e.Errors
		total += e.Total
		names = append(names, fmt.Sprintf("%s: %d of %d", e.File, e.Errors, e.Total))
		if e.Run != runID {
			other = append(other, e.Run+"/"+e.File)
		}
	}
	retry := "--run " + runID
	if len(other) > 0 {
		retry = ""
		for _, e := range refused {
			retry += " " + e.Run + "/" + e.File
		}
		retry = strings.TrimSpace(retry)
	}
	return fmt.Sprintf("omnitron refused %d of %d records in %s (%s); it does not say which, so the users of %s are held apart, "+
		"not counted as exported. %s", failed, total, plural(int64(len(refused)), "batch", "batches"), strings.Join(names, ", "),
		map[bool]string{true: "that batch", false: "those batches"}[len(refused) == 1], nextStep(config, retry))
}

// nextStep is what to do about held users, given the batches as
// `etl state retry` takes them.
func nextStep(config, batches string) string {
	return fmt.Sprintf("Check with Akinon which of them exist, then run `etl state retry --config %s %s` and run again "+
		"(Omnitron refuses any email it already holds, so no user is created twice), or `etl state accept --config %s %s` if all are there",
		config, batches, config, batches)
}

// headline is the summary's first line: the run's status and, when it is
// not ok, why.
func headline(m *pipeline.Manifest, omnitron bool) string {
	c := m.Counts
	what := "run"
	if m.Options.DryRun {
		what = "dry run"
	}
	head := fmt.Sprintf("%s %s %s", what, m.RunID, m.Status)
	batches := plural(int64(len(m.Batches)), "batch", "batches")
	switch {
	case m.Status == statusIncomplete:
		var failed, total, n, users int64
		for _, b := range m.Batches {
			if u := b.Upload; u != nil && u.Errors > 0 {
				failed, total, n, users = failed+int64(u.Errors), total+int64(u.Total), n+1, users+int64(b.Records)
			}
		}
		if n == 0 { // only an earlier run's batches: the error says which
			return head + ": " + m.Error
		}
		return fmt.Sprintf("%s: omnitron refused %d of %d records in %s; %s held apart, not counted as exported",
			head, failed, total, plural(n, "batch", "batches"),
			map[bool]string{true: "its", false: "their"}[n == 1]+" "+plural(users, "user is", "users are"))
	case m.Error != "":
		return head + ": " + m.Error
	case m.Options.DryRun:
		return fmt.Sprintf("%s: would export %s in %s (nothing uploaded, state untouched)", head, plural(c.Exported, "user", "users"), batches)
	case omnitron:
		return fmt.Sprintf("%s: %s exported in %s, every record accepted by omnitron", head, plural(c.Exported, "user", "users"), batches)
	}
	return fmt.Sprintf("%s: %s exported in %s", head, plural(c.Exported, "user", "users"), batches)
}

// printSummary prints what a person reads at the end of a run: first the
// status and why, then the counts, what Omnitron made of the batches, the
// counts per reason with a few example keys (never values), and where the
// report is.
func printSummary(w io.Writer, m *pipeline.Manifest, dir string, took time.Duration, omnitron bool, uncounted int) {
	c := m.Counts
	fmt.Fprintf(w, "\n%s\n", headline(m, omnitron))
	exported := fmt.Sprintf("exported %d", c.Exported)
	if m.Options.DryRun {
		exported = fmt.Sprintf("would export %d", c.Exported)
	}
	var sent, accepted, done, started, pending, rejected, incomplete, refused int
	var lines []string
	for _, b := range m.Batches {
		u := b.Upload
		if u == nil {
			continue
		}
		sent++
		switch u.Status {
		case state.UploadDone:
			done++
			accepted += u.Processed - u.Errors
		case state.UploadIncomplete, state.UploadRetried:
			incomplete++
			accepted += u.Processed - u.Errors
			refused += u.Errors
			lines = append(lines, fmt.Sprintf("%s: %d of %d records refused (migration %s)", b.File, u.Errors, u.Total, u.MigrationID))
		case state.UploadStarted:
			started++
		case state.UploadRejected:
			rejected++
			lines = append(lines, b.File+": rejected as a whole (HTTP 400): "+u.Error)
		default:
			pending++
		}
	}
	if omnitron && !m.Options.DryRun {
		exported += fmt.Sprintf(" to batch files, %d accepted by omnitron", accepted)
	}
	fmt.Fprintf(w, "  read %d, %s, rejected %d, skipped %d; took %s\n",
		c.Read, exported, c.Rejected, c.Skipped, took.Round(time.Millisecond))
	if uncounted > 0 {
		fmt.Fprintf(w, "  %s written after the last commit %s not counted: the next run writes %s again\n",
			plural(int64(uncounted), "batch file", "batch files"), map[bool]string{true: "is", false: "are"}[uncounted == 1],
			map[bool]string{true: "it", false: "them"}[uncounted == 1])
	}
	if sent > 0 {
		fmt.Fprintf(w, "  omnitron: %s: %d accepted whole, %d with records refused (%s), %d processing, %d not sent, %d rejected\n",
			plural(int64(sent), "batch", "batches"), done, incomplete, plural(int64(refused), "record", "records"), started, pending, rejected)
		for _, l := range lines {
			fmt.Fprintf(w, "    %s\n", l)
		}
	}
	if m.Status == statusIncomplete {
		if i := strings.Index(m.Error, "Check with Akinon"); i >= 0 {
			fmt.Fprintf(w, "  next: %s\n", m.Error[i:])
		}
	}
	table := func(title string, l []*pipeline.Count) {
		if len(l) == 0 {
			return
		}
		fmt.Fprintf(w, "  %s:\n", title)
		for _, x := range l {
			fmt.Fprintf(w, "    %-20s %-24s %8d   e.g. keys %v\n", x.Field, x.Reason, x.Count, x.Examples)
		}
	}
	table("rejects (see rejects.jsonl)", c.Rejects)
	table("warnings (value dropped, row exported)", c.Warnings)
	if len(c.SkippedBy) > 0 {
		fmt.Fprintf(w, "  skipped:\n")
		reasons := make([]string, 0, len(c.SkippedBy))
		for r := range c.SkippedBy {
			reasons = append(reasons, r)
		}
		sort.Strings(reasons)
		for _, r := range reasons {
			fmt.Fprintf(w, "    %-45s %8d\n", r, c.SkippedBy[r])
		}
	}
	fmt.Fprintf(w, "  report: %s (beside it %s, %s and %s)\n\n", filepath.Join(dir, files.ReportFile),
		plural(int64(len(m.Batches)), "batch file", "batch files"), files.RejectsFile, files.ManifestFile)
}
