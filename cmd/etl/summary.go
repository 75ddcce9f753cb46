package main

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"etl/job"
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

// statusIncomplete is a run that read and sent everything, some of whose
// records Omnitron refused (job.StatusIncomplete).
const statusIncomplete = job.StatusIncomplete

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
	one, many := kindWords(m.Kind)
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
		return fmt.Sprintf("%s: omnitron refused %d of %s in %s; %s held apart, not counted as exported",
			head, failed, plural(total, "record", "records"), plural(n, "batch", "batches"),
			map[bool]string{true: "its", false: "their"}[n == 1]+" "+plural(users, one+" is", many+" are"))
	case m.Error != "":
		return head + ": " + m.Error
	case m.Options.DryRun:
		return fmt.Sprintf("%s: would export %s in %s (nothing uploaded, state untouched)", head, plural(c.Exported, one, many), batches)
	case omnitron:
		return fmt.Sprintf("%s: %s exported in %s, every record accepted by omnitron", head, plural(c.Exported, one, many), batches)
	}
	return fmt.Sprintf("%s: %s exported in %s", head, plural(c.Exported, one, many), batches)
}

// kindWords are the words for one and many records of the kind named
// (a manifest's Kind); users when it names none.
func kindWords(name string) (one, many string) {
	for _, k := range allKinds {
		if k.Name == name {
			return k.Name, k.Plural
		}
	}
	return "user", "users"
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
	u := tallyUploads(m)
	sent, accepted, done, started, pending, rejected, incomplete, refused, lines :=
		u.Sent, u.Accepted, u.Whole, u.Processing, u.NotSent, u.Rejected, u.Incomplete, u.Refused, u.lines
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
	_, prefix := kindWords(m.Kind)
	fmt.Fprintf(w, "  report: %s (beside it %s, %s and %s)\n\n", filepath.Join(dir, files.ReportFile),
		plural(int64(len(m.Batches)), "batch file", "batch files"), files.RejectsFile, files.KindFile(files.ManifestFile, prefix))
}

// uploadTally is what Omnitron made of a run's batches.
type uploadTally struct {
	Sent       int `json:"sent"`
	Whole      int `json:"accepted_whole"`
	Incomplete int `json:"with_records_refused"`
	Processing int `json:"processing"`
	NotSent    int `json:"not_sent"`
	Rejected   int `json:"rejected"`
	Accepted   int `json:"records_accepted"`
	Refused    int `json:"records_refused"`
	lines      []string
}

func tallyUploads(m *pipeline.Manifest) uploadTally {
	var t uploadTally
	for _, b := range m.Batches {
		u := b.Upload
		if u == nil {
			continue
		}
		t.Sent++
		switch u.Status {
		case state.UploadDone:
			t.Whole++
			t.Accepted += u.Processed - u.Errors
		case state.UploadIncomplete, state.UploadRetried:
			t.Incomplete++
			t.Accepted += u.Processed - u.Errors
			t.Refused += u.Errors
			t.lines = append(t.lines, fmt.Sprintf("%s: %d of %s refused (migration %s)", b.File, u.Errors, plural(int64(u.Total), "record", "records"), u.MigrationID))
		case state.UploadStarted:
			t.Processing++
		case state.UploadRejected:
			t.Rejected++
			t.lines = append(t.lines, b.File+": rejected as a whole (HTTP 400): "+u.Error)
		default:
			t.NotSent++
		}
	}
	return t
}

// logSummary is the summary of a run as one event, for JSON logs: what
// printSummary shows, as fields a log pipeline can query.
func logSummary(log zerolog.Logger, m *pipeline.Manifest, dir string, took time.Duration, omnitron bool, uncounted int) {
	c := m.Counts
	_, prefix := kindWords(m.Kind)
	ev := log.Info()
	if m.Status != "ok" && m.Status != "partial" {
		ev = log.Error()
	}
	ev = ev.Str("run", m.RunID).Str("kind", m.Kind).Str("outcome", m.Status).Str("headline", headline(m, omnitron)).Bool("dry_run", m.Options.DryRun).
		Str("mode", m.Mode).Int64("read", c.Read).Int64("exported", c.Exported).Int64("rejected", c.Rejected).
		Int64("skipped", c.Skipped).Int("batches", len(m.Batches)).Str("took", took.Round(time.Millisecond).String()).
		Interface("rejects", c.Rejects).Interface("warnings", c.Warnings).Interface("skipped_by", c.SkippedBy).
		Str("report", filepath.Join(dir, files.ReportFile)).Str("rejects_file", filepath.Join(dir, files.RejectsFile)).
		Str("manifest", filepath.Join(dir, files.KindFile(files.ManifestFile, prefix)))
	if m.Error != "" {
		ev = ev.Str("error", m.Error)
	}
	if uncounted > 0 {
		ev = ev.Int("batches_uncounted", uncounted)
	}
	if u := tallyUploads(m); u.Sent > 0 {
		ev = ev.Interface("omnitron", u).Strs("omnitron_refused", u.lines)
	}
	ev.Msg("run summary")
}
