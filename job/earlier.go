package job

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/rs/zerolog"

	"etl/kinds"
	"etl/kinds/user"
	"etl/pipeline/state"
)

// queueKind is the kind a batch of k is filed under in the upload queue,
// which picks its endpoint: users keep the empty kind of the queues
// written before entries had one.
func queueKind(k *kinds.Kind) string {
	if k.Plural == user.Kind.Plural {
		return ""
	}
	return k.Name
}

// errStopWaiting is a signal that came while a kind waited for the
// batches of the kinds before it.
var errStopWaiting = errors.New("stopped while waiting for the batches of the kinds before it; the next run goes on following them")

// AwaitEarlier makes sure that every batch of the kinds configured before
// p's (in their own state folders and queues) has been processed by
// Omnitron before p reads or sends anything (SPEC §8): a batch of an
// earlier run left pending is sent, one left started is followed, with
// that kind's queue and guarantees (the migration id saved before
// anything else, never sent twice). In a job that ran those kinds just
// before, their runs waited for their own batches, so their queues hold
// nothing unfinished and this costs a read of each queue: no lock, no
// login. It matters for a kind run alone (`--kinds addresses`) after a
// run of its parents was killed, or when another process ran them.
//
// It waits before p reads, not only before p sends: what p reads depends
// on the outcome of its parents' batches (the records of one processed
// with errors are held apart, and their children wait, OpenParents).
func (j *Job) AwaitEarlier(ctx context.Context, p Part) error {
	if p.Config.Sink.Type != "omnitron" || j.DryRun {
		return nil
	}
	for _, e := range p.earlier {
		if err := j.awaitKind(ctx, p, e); err != nil {
			return err
		}
	}
	return nil
}

// awaitKind is AwaitEarlier for the batches of one earlier kind e.
func (j *Job) awaitKind(ctx context.Context, p Part, e parentKind) error {
	q, err := state.LoadUploads(e.dir)
	if err != nil {
		return err
	}
	if len(q.Unfinished()) == 0 {
		return nil
	}
	// The queue is e's: no run of e may send from it meanwhile.
	lock, err := state.Acquire(e.dir)
	if err != nil {
		return fmt.Errorf("%s wait for the %s batches to be processed: %w", p.Kind.Plural, e.plural, err)
	}
	defer lock.Release()
	st, err := state.Load(e.dir)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	log := j.Log.With().Str("waits_for", e.plural).Logger()
	uploads, up, err := StartUploads(ctx, p.Config, e.dir, log, cancel)
	if err != nil {
		return err
	}
	if err := DropUncommitted(uploads, st, log); err != nil {
		up.Wait()
		return err
	}
	l := uploads.Unfinished()
	msg := fmt.Sprintf("waiting for %s to be processed before sending %s", plural(int64(len(l)), e.plural+" batch", e.plural+" batches"), p.Kind.Plural)
	log.Info().Int("batches", len(l)).Msg(msg)
	up.Enqueue(l...)

	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case <-j.Stop:
			cancel(errStopWaiting)
		case <-done:
		}
	}()
	stopLine := showWaiting(j.Live, log, msg, uploads, done)
	err = up.Wait()
	stopLine()
	if cause := context.Cause(ctx); cause != nil && err != nil {
		err = cause
	}
	if err != nil {
		return fmt.Errorf("%s: the %s batches earlier runs left unfinished: %w", p.Kind.Plural, e.plural, err)
	}
	if r := up.Refused(); len(r) > 0 {
		log.Warn().Int("batches", len(r)).Msg(fmt.Sprintf("omnitron refused records of %s; their %s are held apart, and the %s that reference them wait as orphans",
			plural(int64(len(r)), e.plural+" batch", e.plural+" batches"), e.plural, p.Kind.Plural))
	}
	log.Info().Msg(fmt.Sprintf("the %s batches are processed; %s goes on", e.plural, p.Kind.Plural))
	return nil
}

// showWaiting keeps saying what a kind waits for: on a terminal a live
// line with the batches left, elsewhere a log line every 30 seconds. The
// returned func clears the line.
func showWaiting(tty io.Writer, log zerolog.Logger, msg string, q *state.Uploads, done <-chan struct{}) func() {
	every := 30 * time.Second
	if tty != nil {
		every = 250 * time.Millisecond
	}
	stopped := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-stopped:
				if tty != nil {
					fmt.Fprint(tty, "\r\033[K")
				}
				return
			case <-done:
				return
			case <-t.C:
				left := len(q.Unfinished())
				if tty == nil {
					log.Info().Int("batches_left", left).Msg(msg)
					continue
				}
				fmt.Fprintf(tty, "\r\033[K%s: %d left", msg, left)
			}
		}
	}()
	return func() {
		close(stopped)
		<-finished
	}
}
