package state

import (
	"context"
	"fmt"
	"time"

	"etl/pipeline"
)

// LocalSink is the run folder a Committer makes durable.
type LocalSink interface {
	pipeline.Sink
	Sync() error // makes every batch written so far durable under its name
	Batches() []pipeline.BatchInfo
	RejectsSize() int64
}

// Committer is the sink of a stateful run: it writes each batch to the run
// folder, files its keys and emails in the ledger, and at most once per
// Every commits the state: run folder and ledger synced first, then
// state.json rewritten. A kill between commits loses only work that the
// resumed run does again.
type Committer struct {
	Dir    string // the state dir
	State  *State
	Ledger *Ledger
	Sink   LocalSink
	Every  time.Duration
	// OnCommit, if set, runs after each commit (uploads hang off it).
	OnCommit func() error
	// BeforeCommit, if set, runs before each commit: what the state
	// holds of the run (its bound) may still be on its way.
	BeforeCommit func() error
	// Guests, if set, is the run's guest file (pipeline.Options.Guests):
	// a checkpoint past guests held back must find them there.
	Guests interface{ Sync() error }
	// Rejects, if set, keeps every key the run rejects, under the config
	// fingerprint RejectsConfig, for runs that read them again by key.
	Rejects       *RejectSet
	RejectsConfig string

	last        time.Time
	batches     []pipeline.BatchInfo // of the batches fully accounted for
	rejectsSize int64
	// What the batches written since the last commit add to the run. They
	// count in the state's stats only once committed, so that a run whose
	// last commit fails reports the counts of the batches it committed.
	pending *pipeline.Stats
	through *pipeline.Pos
	// guests is the batch's pipeline.Batch.GuestsHeld and
	// GuestsReplayed, committed with it.
	guests [2]int64
	spans  map[string]Span // of the batches written since the last commit
}

// WriteBatch makes b part of the run in progress.
func (c *Committer) WriteBatch(ctx context.Context, b *pipeline.Batch) error {
	if c.last.IsZero() {
		c.last = time.Now()
		c.batches, c.rejectsSize = c.State.Run.Batches, c.State.Run.RejectsSize
	}
	if err := c.Sink.WriteBatch(ctx, b); err != nil {
		return err
	}
	from := c.Ledger.End()
	if err := c.Ledger.AppendCarried(b.Keys, b.Uniques, b.Carries); err != nil {
		return err
	}
	if c.Rejects != nil {
		if err := c.Rejects.Append(b.Rejects, c.RejectsConfig, c.State.Run.ID); err != nil {
			return err
		}
	}
	if bs := c.Sink.Batches(); len(b.Keys) > 0 && len(bs) > 0 {
		if c.spans == nil {
			c.spans = map[string]Span{}
		}
		c.spans[bs[len(bs)-1].File] = Span{From: from, To: c.Ledger.End()}
	}
	if c.pending == nil {
		c.pending = pipeline.NewStats()
	}
	c.pending.Merge(b.Stats)
	c.guests = [2]int64{b.GuestsHeld, b.GuestsReplayed}
	last := b.Last
	c.through = &last
	c.batches, c.rejectsSize = c.Sink.Batches(), c.Sink.RejectsSize()
	if time.Since(c.last) >= c.Every {
		return c.Commit()
	}
	return nil
}

// Commit makes everything written so far durable and counts it in the
// state.
func (c *Committer) Commit() error {
	if c.last.IsZero() {
		return nil // nothing written
	}
	if c.BeforeCommit != nil {
		if err := c.BeforeCommit(); err != nil {
			return err
		}
	}
	if err := c.Sink.Sync(); err != nil {
		return err
	}
	size, err := c.Ledger.Sync()
	if err != nil {
		return err
	}
	if c.Guests != nil {
		if err := c.Guests.Sync(); err != nil {
			return err
		}
	}
	if c.Rejects != nil {
		if _, err := c.Rejects.Sync(); err != nil {
			return err
		}
	}
	r := c.State.Run
	if c.pending != nil {
		r.Stats.Merge(c.pending)
		r.Last = c.through
		r.GuestsHeld, r.GuestsReplayed = c.guests[0], c.guests[1]
		c.pending, c.through = nil, nil
	}
	r.Batches = append([]pipeline.BatchInfo(nil), c.batches...)
	for f, sp := range c.spans {
		if r.Spans == nil {
			r.Spans = map[string]Span{}
		}
		r.Spans[f] = sp
	}
	c.spans = nil
	r.RejectsSize = c.rejectsSize
	c.State.LedgerSize = size
	if c.Rejects != nil {
		c.State.Rejects = c.Rejects.Info()
	}
	if err := c.State.Save(c.Dir); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	c.last = time.Now()
	if c.OnCommit != nil {
		return c.OnCommit()
	}
	return nil
}
