package job

import (
	"fmt"
	"io"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"

	"etl/pipeline"
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
