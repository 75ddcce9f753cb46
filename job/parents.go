package job

import (
	"context"
	"fmt"

	"etl/kinds"
	"etl/pipeline"
	"etl/pipeline/state"
)

// OpenParents opens the ledgers of the kinds p references, read-only, as
// their last commits left them.
func OpenParents(p Part) (map[string]kinds.Ledger, func(), error) {
	out := map[string]kinds.Ledger{}
	var open []*state.Ledger
	done := func() {
		for _, l := range open {
			l.Close()
		}
	}
	for plural, dir := range p.parents {
		st, err := state.Load(dir)
		if err != nil {
			done()
			return nil, nil, err
		}
		l, err := state.OpenLedger(dir, st.LedgerSize, true)
		if err != nil {
			done()
			return nil, nil, fmt.Errorf("open the %s ledger: %w", plural, err)
		}
		open = append(open, l)
		why, err := rejectedParents(dir, st)
		if err != nil {
			done()
			return nil, nil, err
		}
		pl := parentLedger{Ledger: l, why: why, carry: p.carries[plural]}
		if d, ok := p.dryParents[plural]; ok {
			if pl.dry, err = state.OpenLedger(d.dir, d.size, true); err != nil {
				done()
				return nil, nil, fmt.Errorf("open the dry run's %s: %w", plural, err)
			}
			open = append(open, pl.dry)
		}
		out[plural] = pl
	}
	return out, done, nil
}

// maxExplained bounds the parent rejects held in memory to explain
// orphans: a bad config may reject millions, and then orphans say only
// that their parent is not in the ledger.
const maxExplained = 100_000

// rejectedParents reads why each row of a parent kind's reject set was
// rejected, if the set is small enough to hold.
func rejectedParents(dir string, st *state.State) (map[string]string, error) {
	if st.Rejects == nil || st.Rejects.Waiting == 0 || st.Rejects.Waiting > maxExplained {
		return nil, nil
	}
	rs, err := state.OpenRejects(dir, st.Rejects, true)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	why := map[string]string{}
	err = rs.Each(func(r state.Reject) error {
		if len(why) < maxExplained {
			why[r.Key] = r.Field + " " + r.Reason
		}
		return nil
	})
	return why, err
}

// parentLedger is a parent kind's ledger, with why its rejected rows were
// rejected (kinds.Explainer), and in a dry run what the dry run would
// have added to it.
type parentLedger struct {
	*state.Ledger
	why   map[string]string
	dry   *state.Ledger // nil but in a dry run
	carry []string      // the parent kind's Carry
}

func (p parentLedger) LookupCarry(key string) (string, kinds.Carried, bool, error) {
	if p.dry != nil {
		if u, c, ok, err := p.dry.LookupCarry(key); ok || err != nil {
			return u, kinds.MakeCarried(p.carry, c), ok, err
		}
	}
	u, c, ok, err := p.Ledger.LookupCarry(key)
	return u, kinds.MakeCarried(p.carry, c), ok, err
}

func (p parentLedger) Lookup(key string) (string, bool, error) {
	if p.dry != nil {
		if u, ok, err := p.dry.Lookup(key); ok || err != nil {
			return u, ok, err
		}
	}
	return p.Ledger.Lookup(key)
}

func (p parentLedger) UniqueOwner(unique string) (string, bool, error) {
	if p.dry != nil {
		if k, ok, err := p.dry.UniqueOwner(unique); ok || err != nil {
			return k, ok, err
		}
	}
	return p.Ledger.UniqueOwner(unique)
}

// dryRecorder is a dry run's sink of a parent kind: it files what it
// exports in a ledger of its own, for the kinds after it (Job.Run).
type dryRecorder struct {
	pipeline.Sink
	l *state.Ledger
}

func (d dryRecorder) WriteBatch(ctx context.Context, b *pipeline.Batch) error {
	if err := d.Sink.WriteBatch(ctx, b); err != nil {
		return err
	}
	return d.l.AppendCarried(b.Keys, b.Uniques, b.Carries)
}

func (p parentLedger) Rejected(key string) (string, bool) {
	w, ok := p.why[key]
	return w, ok
}
