package job

import (
	"context"
	"fmt"

	"etl/kinds"
	"etl/kinds/user"
	"etl/pipeline"
	"etl/pipeline/state"
)

// OpenParents opens the ledgers of the kinds p references, read-only, as
// their last commits left them. The records of a parent's batches that
// Omnitron processed with errors are held apart (kinds.Holder): not found,
// so that their children wait as orphans until the batch is settled.
func OpenParents(p Part) (map[string]kinds.Ledger, func(), error) {
	out := map[string]kinds.Ledger{}
	var open []*state.Ledger
	done := func() {
		for _, l := range open {
			l.Close()
		}
	}
	for plural, pk := range p.parents {
		dir := pk.dir
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
		pl := parentLedger{Ledger: l, why: why, carry: pk.carry}
		if pl.held, err = heldRecords(pk, l); err != nil {
			done()
			return nil, nil, err
		}
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

// held are the records of a parent kind that are held apart, by key and
// by unique value, each with the batch that holds it.
type held struct {
	byKey, byUnique map[string]*heldBatch
}

// heldBatch is an incomplete batch of a parent kind.
type heldBatch struct {
	kind   parentKind
	upload state.Upload
}

// heldRecords reads the parent's upload queue for batches Omnitron
// processed with errors (state.UploadIncomplete) and lists their records
// from the ledger span each entry names. Settled batches (retried,
// accepted) hold nothing: a retried one's records were released, an
// accepted one's count as exported. An entry without a span (filed by an
// older etl) cannot be listed: its records are not held, as before.
func heldRecords(pk parentKind, l *state.Ledger) (held, error) {
	q, err := state.LoadUploads(pk.dir)
	if err != nil {
		return held{}, err
	}
	var h held
	for _, e := range q.Entries {
		if e.Status != state.UploadIncomplete || e.Span == nil {
			continue
		}
		keys, uniques, err := l.Entries(*e.Span)
		if err != nil {
			return held{}, fmt.Errorf("the %s held apart in batch %s of run %s: %w", pk.plural, e.File, e.Run, err)
		}
		if h.byKey == nil {
			h.byKey, h.byUnique = map[string]*heldBatch{}, map[string]*heldBatch{}
		}
		b := &heldBatch{kind: pk, upload: *e}
		for i, k := range keys {
			h.byKey[k] = b
			if uniques[i] != "" {
				h.byUnique[uniques[i]] = b
			}
		}
	}
	return h, nil
}

// why says why a record is held, naming the batch and what to do.
func (b *heldBatch) why(record string) string {
	e := b.upload
	return fmt.Sprintf("%s is held apart: batch %s of run %s was processed by Omnitron with %s; "+
		"settle it with `etl state retry` or `etl state accept`", record, e.File, e.Run, plural(int64(e.Errors), "error", "errors"))
}

func (h held) key(key string) bool {
	_, ok := h.byKey[key]
	return ok
}

func (h held) unique(unique string) bool {
	_, ok := h.byUnique[unique]
	return ok
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
	held  held
}

// Held says why the record of key is held apart (kinds.Holder): a user
// is named by its customer code, which is its key; a record of another
// kind by "order of key 5", its number being what a child gives.
func (p parentLedger) Held(key string) (string, bool) {
	b, ok := p.held.byKey[key]
	if !ok {
		return "", false
	}
	if b.kind.plural == user.Kind.Plural {
		return b.why(b.kind.name + " " + key), true
	}
	return b.why(b.kind.name + " of key " + key), true
}

// HeldUnique is Held by the record's unique value (an order's number).
func (p parentLedger) HeldUnique(unique string) (string, bool) {
	b, ok := p.held.byUnique[unique]
	if !ok {
		return "", false
	}
	return b.why(b.kind.name + " " + unique), true
}

func (p parentLedger) LookupCarry(key string) (string, kinds.Carried, bool, error) {
	if p.held.key(key) {
		return "", kinds.Carried{}, false, nil
	}
	if p.dry != nil {
		if u, c, ok, err := p.dry.LookupCarry(key); ok || err != nil {
			return u, kinds.MakeCarried(p.carry, c), ok, err
		}
	}
	u, c, ok, err := p.Ledger.LookupCarry(key)
	return u, kinds.MakeCarried(p.carry, c), ok, err
}

func (p parentLedger) Lookup(key string) (string, bool, error) {
	if p.held.key(key) {
		return "", false, nil
	}
	if p.dry != nil {
		if u, ok, err := p.dry.Lookup(key); ok || err != nil {
			return u, ok, err
		}
	}
	return p.Ledger.Lookup(key)
}

func (p parentLedger) UniqueOwner(unique string) (string, bool, error) {
	if p.held.unique(unique) {
		return "", false, nil
	}
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
