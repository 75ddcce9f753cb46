package job

import (
	"fmt"
	"io"
	"strings"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"

	"etl/pipeline"
	"etl/pipeline/state"
)

// progressView shows a run's progress: on a terminal a live line (rows
// done, rows/s, rejects so far and an ETA from a row count taken beside
// the reading), elsewhere a log line every few seconds.
type progressView struct {
	log      zerolog.Logger
	p        *pipeline.Progress
	started  time.Time
	before   int64        // rows done by earlier attempts of a resumed run
	estimate atomic.Int64 // rows the run reads in all; 0 while unknown
	tty      io.Writer    // nil off a terminal: log lines instead
	// count sets estimate. It is a full count on the database, a scan as
	// long as the reading, so it starts only when someone can use it: at
	// once on a terminal, and for log lines once the run has gone
	// countAfter. A shorter run has no use for an ETA in its log, and the
	// count would compete with it.
	count func()
}

const countAfter = 30 * time.Second

// countDue says whether the count may start at now.
func (v *progressView) countDue(now time.Time) bool {
	return v.tty != nil || !now.Before(v.started.Add(countAfter))
}

func (v *progressView) run(done <-chan struct{}) {
	every := 5 * time.Second
	if v.tty != nil {
		every = 250 * time.Millisecond
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-done:
			if v.tty != nil {
				fmt.Fprint(v.tty, "\r\033[K")
			}
			return
		case <-t.C:
			if v.count != nil && v.countDue(time.Now()) {
				go v.count()
				v.count = nil
			}
			read := v.p.Fetched.Load()
			secs := time.Since(v.started).Seconds()
			rate := float64(read) / secs
			total := v.estimate.Load()
			eta := ""
			if total > 0 && rate > 0 {
				left := float64(total-v.before-read) / rate
				eta = (time.Duration(max(left, 0)) * time.Second).Round(time.Second).String()
			}
			if v.tty == nil {
				ev := v.log.Info().Int64("rows", v.before+read).Int64("exported", v.p.Exported.Load()).
					Int64("rejected", v.p.Rejected.Load()).Float64("rows_per_s", float64(int64(rate)))
				if eta != "" {
					ev = ev.Int64("of", total).Str("eta", eta)
				}
				ev.Msg("progress")
				continue
			}
			line := plural(v.before+read, "row", "rows")
			if total > 0 {
				line = fmt.Sprintf("%d / %d rows (%d%%)", v.before+read, total, min(100, 100*(v.before+read)/total))
			}
			line += fmt.Sprintf("  %d rows/s  %d rejected", int64(rate), v.p.Rejected.Load())
			if eta != "" {
				line += "  ETA " + eta
			}
			fmt.Fprint(v.tty, "\r\033[K"+line)
		}
	}
}

// KindQueue is one kind's part of an upload, for a progress line or etl
// status: the entries followed and the kinds whose batches go first.
type KindQueue struct {
	Plural  string
	Parents []string
	Entries []state.Upload
}

// QueueCounts are a kind's entries by status.
type QueueCounts struct {
	Pending, Started, Done, Incomplete, Rejected, Other int
	Held                                                int // records of incomplete batches, held apart
	Left                                                int // records of unfinished batches not processed yet
}

// Count counts q's entries by status.
func (q KindQueue) Count() QueueCounts {
	var c QueueCounts
	for _, e := range q.Entries {
		switch e.Status {
		case state.UploadPending:
			c.Pending++
		case state.UploadStarted:
			c.Started++
		case state.UploadDone:
			c.Done++
		case state.UploadIncomplete:
			c.Incomplete++
		case state.UploadRejected:
			c.Rejected++
		default:
			c.Other++
		}
		c.Held += e.Held()
		if e.Status == state.UploadPending || e.Status == state.UploadStarted {
			c.Left += max(e.Records-e.Processed, 0)
		}
	}
	return c
}

// Unfinished says whether q has entries pending or being processed.
func (q KindQueue) Unfinished() bool {
	c := q.Count()
	return c.Pending+c.Started > 0
}

// WaitsFor is the first parent of q with unfinished entries among qs,
// "" when q waits for none: its batches are sent once its parents' are
// all processed.
func (q KindQueue) WaitsFor(qs []KindQueue) string {
	for _, p := range q.Parents {
		for _, o := range qs {
			if o.Plural == p && o.Unfinished() {
				return p
			}
		}
	}
	return ""
}

// UploadRate is the records Omnitron processed per second of q's entries
// sent since the first batch still being processed was sent; 0 when
// nothing is being processed or nothing was processed yet.
func UploadRate(q KindQueue, now time.Time) float64 {
	var from time.Time
	for _, e := range q.Entries {
		if e.Status == state.UploadStarted && e.Sent != nil && (from.IsZero() || e.Sent.Before(from)) {
			from = *e.Sent
		}
	}
	if from.IsZero() || !now.After(from) {
		return 0
	}
	done := 0
	for _, e := range q.Entries {
		if e.Sent != nil && !e.Sent.Before(from) {
			done += e.Processed
		}
	}
	return float64(done) / now.Sub(from).Seconds()
}

// UploadETA is how long the unfinished records of qs take at rate records
// a second (every kind goes through one Omnitron); false when unknown.
func UploadETA(qs []KindQueue, rate float64) (time.Duration, bool) {
	left := 0
	for _, q := range qs {
		left += q.Count().Left
	}
	if left == 0 || rate <= 0 {
		return 0, false
	}
	return time.Duration(float64(left) / rate * float64(time.Second)).Round(time.Second), true
}

// UploadLine is the live line of an upload: per kind the batches
// processed, or the parent it waits for, then the ETA if known
// ("users 40/120 batches processed, addresses waiting for users; ETA 12m0s").
func UploadLine(qs []KindQueue, rate float64) string {
	var parts []string
	for _, q := range qs {
		if len(q.Entries) == 0 {
			continue
		}
		c := q.Count()
		if p := q.WaitsFor(qs); p != "" && c.Started == 0 {
			parts = append(parts, fmt.Sprintf("%s waiting for %s", q.Plural, p))
			continue
		}
		s := fmt.Sprintf("%s %d/%d batches processed", q.Plural, c.Done+c.Incomplete, len(q.Entries))
		if c.Rejected > 0 {
			s += fmt.Sprintf(" (%d rejected)", c.Rejected)
		}
		parts = append(parts, s)
	}
	line := strings.Join(parts, ", ")
	if eta, ok := UploadETA(qs, rate); ok {
		line += "; ETA " + eta.String()
	}
	return line
}

// ShowUploads shows, until done, how far Omnitron is with the batches
// queues returns (per kind, and all of them together): on a terminal
// (tty) a live line ("users 40/120 batches processed, addresses waiting
// for users; ETA 12m"), else a log line every few seconds.
func ShowUploads(log zerolog.Logger, tty io.Writer, queues func() ([]KindQueue, KindQueue), done <-chan struct{}) {
	every := 5 * time.Second
	if tty != nil {
		every = 250 * time.Millisecond
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-done:
			if tty != nil {
				fmt.Fprint(tty, "\r\033[K")
			}
			return
		case <-t.C:
			qs, all := queues()
			line := UploadLine(qs, UploadRate(all, time.Now()))
			if tty == nil {
				c := all.Count()
				log.Info().Int("batches_done", c.Done+c.Incomplete).Int("batches", len(all.Entries)).Int("refused_batches", c.Incomplete).
					Int("records_left", c.Left).Msg("progress: " + line)
				continue
			}
			fmt.Fprint(tty, "\r\033[K"+line)
		}
	}
}

// showUploads is ShowUploads of one kind's batches of this run and
// those it resumed (not earlier runs' finished ones).
func showUploads(log zerolog.Logger, tty io.Writer, plural string, q *state.Uploads, runID string, done <-chan struct{}) {
	ShowUploads(log, tty, func() ([]KindQueue, KindQueue) {
		kq := KindQueue{Plural: plural}
		for _, e := range q.Snapshot() {
			if e.Run == runID || !e.Finished() {
				kq.Entries = append(kq.Entries, e)
			}
		}
		return []KindQueue{kq}, kq
	}, done)
}
