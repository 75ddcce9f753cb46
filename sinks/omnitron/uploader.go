package omnitron

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/rs/zerolog"
	"golang.org/x/sync/errgroup"

	"etl/pipeline/state"
)

// ErrBatchRejected stops a run when a batch was answered 400 and the
// config does not say to go on.
var ErrBatchRejected = errors.New("omnitron rejected a batch")

// Uploader sends the batches of the upload queue, Concurrency at a time,
// and polls each until Omnitron has processed it. The migration id is
// saved in the queue before anything else, so a batch that got one is
// never sent again: a later run only polls it.
type Uploader struct {
	Client       *Client
	Queue        *state.Uploads
	Concurrency  int
	PollInterval time.Duration
	// GoOnRejected keeps the run going past a batch answered 400.
	GoOnRejected bool
	Log          zerolog.Logger
	// Fatal is called once with the error that must stop the run
	// (credentials refused, Omnitron gone past the retries, a rejected
	// batch); the caller cancels its run with it.
	Fatal func(error)

	work  chan *state.Upload
	g     *errgroup.Group
	once  sync.Once
	close sync.Once

	mu      sync.Mutex
	refused []state.Upload // processed with error_count > 0, as they ended
}

// Refused lists the batches this uploader saw Omnitron process with
// records refused (an earlier run's too, if it followed them).
func (u *Uploader) Refused() []state.Upload {
	u.mu.Lock()
	defer u.mu.Unlock()
	return append([]state.Upload(nil), u.refused...)
}

// Start launches the workers; Enqueue then feeds them.
func (u *Uploader) Start(ctx context.Context) {
	n := max(u.Concurrency, 1)
	if u.PollInterval <= 0 {
		u.PollInterval = 2 * time.Second
	}
	u.work = make(chan *state.Upload, 1<<16)
	u.g = &errgroup.Group{}
	for i := 0; i < n; i++ {
		u.g.Go(func() error {
			for e := range u.work {
				if err := u.one(ctx, e); err != nil {
					u.once.Do(func() {
						if u.Fatal != nil {
							u.Fatal(err)
						}
					})
					// Drain what is queued: it stays pending in the
					// queue for the next run.
					for range u.work {
					}
					return err
				}
			}
			return nil
		})
	}
}

// Enqueue hands entries to the workers, in order.
func (u *Uploader) Enqueue(es ...*state.Upload) {
	for _, e := range es {
		u.work <- e
	}
}

// Wait closes the queue and waits until every entry is processed (or the
// first fatal error).
func (u *Uploader) Wait() error {
	u.close.Do(func() { close(u.work) })
	return u.g.Wait()
}

// kindOf is the kind an entry is sent as: a queue written before entries
// had a kind holds users only.
func kindOf(e *state.Upload) string {
	if e.Kind == "" {
		return KindUser
	}
	return e.Kind
}

func (u *Uploader) one(ctx context.Context, e *state.Upload) error {
	log := u.Log.With().Str("file", e.File).Str("run", e.Run).Str("kind", kindOf(e)).Logger()
	if e.Status == state.UploadPending {
		now := time.Now().UTC()
		data, err := os.ReadFile(filepath.Join(e.Dir, e.File))
		if err != nil {
			return fmt.Errorf("upload %s: %w", e.File, err)
		}
		if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != e.SHA256 {
			return fmt.Errorf("upload %s: the file changed since it was written (sha256 differs from the manifest); it was not sent", filepath.Join(e.Dir, e.File))
		}
		id, err := u.Client.Start(ctx, kindOf(e), e.File, data)
		var rej *RejectedError
		if errors.As(err, &rej) {
			log.Error().Str("detail", rej.Detail).Msg("omnitron rejected the batch; it is kept aside and will not be sent again by itself")
			if serr := u.Queue.Update(e, func(e *state.Upload) { e.Status, e.Error = state.UploadRejected, rej.Error() }); serr != nil {
				return serr
			}
			if u.GoOnRejected {
				return nil
			}
			return fmt.Errorf("%w: %s (%s); fix it and upload it by hand, or set sink.omnitron.on_rejected: continue", ErrBatchRejected, filepath.Join(e.Dir, e.File), rej.Detail)
		}
		if err != nil {
			u.Queue.Update(e, func(e *state.Upload) { e.Error = err.Error() })
			if errors.Is(err, ErrAuth) {
				return err // it names the upload, and leads with the 401
			}
			return fmt.Errorf("upload %s: %w", e.File, err)
		}
		// Saved before anything else: from here on this batch is only
		// ever polled.
		if err := u.Queue.Update(e, func(e *state.Upload) {
			e.Status, e.MigrationID, e.Error, e.Sent = state.UploadStarted, id, "", &now
		}); err != nil {
			return fmt.Errorf("save migration id %s of %s: %w", id, e.File, err)
		}
		log.Info().Str("migration_id", id).Int("records", e.Records).Msg("batch uploaded")
	}
	for {
		p, err := u.Client.Progress(ctx, e.MigrationID)
		if err != nil {
			return fmt.Errorf("follow %s (migration %s): %w", e.File, e.MigrationID, err)
		}
		if p.Done() {
			if err := u.Queue.Update(e, func(e *state.Upload) {
				e.Status, e.Total, e.Processed, e.Errors = finished(p), p.Total, p.Processed, p.Errors
			}); err != nil {
				return err
			}
			if p.Errors > 0 {
				u.mu.Lock()
				u.refused = append(u.refused, *e)
				u.mu.Unlock()
				log.Warn().Str("migration_id", e.MigrationID).Int("total", p.Total).Int("errors", p.Errors).
					Msg("omnitron refused records of the batch; its records are held apart until `etl state retry` or `etl state accept`")
				return nil
			}
			log.Info().Str("migration_id", e.MigrationID).Int("total", p.Total).Msg("batch processed by omnitron")
			return nil
		}
		u.Queue.Note(e, func(e *state.Upload) { e.Total, e.Processed, e.Errors = p.Total, p.Processed, p.Errors })
		if err := u.Client.sleep(ctx, u.PollInterval); err != nil {
			return err
		}
	}
}

// Poll asks Omnitron once about every started entry and records the
// answer (for `etl status`).
func Poll(ctx context.Context, c *Client, q *state.Uploads) error {
	for _, e := range q.Unfinished() {
		if e.Status != state.UploadStarted {
			continue
		}
		p, err := c.Progress(ctx, e.MigrationID)
		if err != nil {
			return fmt.Errorf("follow %s (migration %s): %w", e.File, e.MigrationID, err)
		}
		if err := q.Update(e, func(e *state.Upload) {
			e.Total, e.Processed, e.Errors = p.Total, p.Processed, p.Errors
			if p.Done() {
				e.Status = finished(p)
			}
		}); err != nil {
			return err
		}
	}
	return nil
}

// finished is the status of a batch Omnitron has processed: one record
// refused makes it incomplete.
func finished(p Progress) string {
	if p.Errors > 0 {
		return state.UploadIncomplete
	}
	return state.UploadDone
}
