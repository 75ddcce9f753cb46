package pipeline

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"

	"golang.org/x/sync/errgroup"
)

const (
	// chunkSize rows travel together between stages: one channel operation
	// per chunk instead of per row.
	chunkSize = 256
	// rejectFlush bounds the rejects held while no users batch fills up.
	rejectFlush = 1000
)

// Options tune a run. Zero values get sane defaults.
type Options struct {
	Workers   int
	BatchSize int
	Limit     int64  // stop after this many rows; 0 reads all
	TempDir   string // for the unique index; "" is os.TempDir
	// Unique is the kind's rule for repeated Result.Unique values; the
	// zero rule keeps every record.
	Unique   Unique
	Stop     <-chan struct{} // closed: stop reading, drain, write what was done
	Progress *Progress       // live counters of durable rows, may be nil
	History  History         // what earlier runs exported; nil for none
	// FirstBatch numbers the first records batch (a resumed run goes on
	// from its last durable batch); 0 means 1.
	FirstBatch int
	// Guests is where guests are held back until every row is read; nil
	// for an unlinked temp file. GuestsReplayed is the offset in it of
	// the first guest no batch has accounted for yet (a resumed run's).
	Guests         *GuestFile
	GuestsReplayed int64
}

// Progress holds counters that another goroutine may read during a run.
type Progress struct {
	Read, Exported, Rejected atomic.Int64
	// Fetched counts rows taken from the source, durable or not yet: what
	// a live progress line shows between batches.
	Fetched atomic.Int64
}

type chunk struct {
	seq     int
	rows    []Row
	results []Result
	fps     []uint64 // the fingerprint of each result's unique value (0 for a reject or none)
}

// Run streams every row of src through tr and writes the results to sink in
// source order, whatever the number of workers, except that guests to be
// exported come last (in source order too): a normalized email kept before
// in the run turns a later row into a duplicate reject, and a registered
// row is kept over a guest wherever each was read (deduper). It returns
// the accounting of the batches the sink took (a sink that puts them in
// place later, such as the files sink, accounts for one it then loses:
// see state.Committer and files.Sink.Finish); on interruption the error
// is ErrInterrupted and everything read before the stop was written.
func Run(ctx context.Context, src Source, tr Transform, sink Sink, opt Options) (*Stats, error) {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = 1000
	}
	if opt.Progress == nil {
		opt.Progress = &Progress{}
	}
	idx, err := newUniqueIndex(opt.TempDir)
	if err != nil {
		return nil, err
	}
	defer idx.Close()

	dedupe := opt.Unique != (Unique{})
	total := NewStats()
	var interrupted atomic.Bool
	g, ctx := errgroup.WithContext(ctx)
	chunks := make(chan *chunk, opt.Workers)
	results := make(chan *chunk, opt.Workers)
	batches := make(chan *Batch, 2)
	// tokens bound the chunks between reader and orderer, so one slow
	// worker cannot make the reorder buffer grow without limit.
	tokens := make(chan struct{}, opt.Workers*4)
	// spent takes chunks the orderer is done with back to the reader:
	// their rows and results were copied out, so the three slices of a
	// chunk are reused, not allocated, cleared and collected again.
	spent := make(chan *chunk, opt.Workers*4)
	pool := &arenas{}

	g.Go(func() error {
		defer close(chunks)
		stopped, err := read(ctx, src, opt, chunks, tokens, spent)
		interrupted.Store(stopped)
		return err
	})
	var wg sync.WaitGroup
	for i := 0; i < opt.Workers; i++ {
		wg.Add(1)
		g.Go(func() error {
			defer wg.Done()
			var arena []byte
			last := -1 // the chunk of the last record in arena
			for c := range chunks {
				if n := len(c.rows); cap(c.results) < n {
					c.results, c.fps = make([]Result, n), make([]uint64, n)
				} else {
					c.results, c.fps = c.results[:n], c.fps[:n]
				}
				for j := range c.rows {
					if cap(arena)-len(arena) < 2048 {
						if arena != nil {
							pool.retire(arena, last)
						}
						arena = pool.get()
					}
					last = c.seq
					c.results[j] = safeTransform(tr, &c.rows[j], arena[len(arena):])
					arena = advance(arena, c.results[j].JSON, c.results[j].Carry)
					if c.results[j].Reject == nil && dedupe {
						// Here, not in the one orderer: hashing is
						// work the workers can share.
						c.fps[j] = idx.hash(c.results[j].Unique)
					} else {
						c.fps[j] = 0 // a chunk reused keeps the last one's
					}
				}
				clear(c.rows) // or a chunk waiting in spent keeps their slabs alive
				select {
				case results <- c:
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			return nil
		})
	}
	g.Go(func() error {
		wg.Wait()
		close(results)
		return nil
	})
	g.Go(func() error {
		defer close(batches)
		dd := &deduper{rule: opt.Unique, idx: idx, hist: opt.History, held: opt.Guests, replayed: opt.GuestsReplayed, tmp: opt.TempDir}
		if dd.held == nil {
			dd.held = &GuestFile{dir: opt.TempDir}
			defer dd.held.Close()
		}
		return order(ctx, results, tokens, spent, batches, dd, opt.BatchSize, max(opt.FirstBatch, 1))
	})
	g.Go(func() error {
		for b := range batches {
			if err := sink.WriteBatch(ctx, b); err != nil {
				return err
			}
			pool.written(b.through)
			total.Merge(b.Stats)
			opt.Progress.Read.Add(b.Stats.Read)
			opt.Progress.Exported.Add(b.Stats.Exported)
			opt.Progress.Rejected.Add(b.Stats.Rejected)
		}
		return nil
	})
	if err := g.Wait(); err != nil {
		return total, err
	}
	if err := total.Balanced(); err != nil {
		return total, err
	}
	if interrupted.Load() {
		return total, ErrInterrupted
	}
	return total, nil
}

// read fills chunks from src until EOF, the limit or a stop request.
func read(ctx context.Context, src Source, opt Options, out chan<- *chunk, tokens chan struct{}, spent <-chan *chunk) (stopped bool, err error) {
	var n int64
	for seq := 0; ; seq++ {
		select {
		case tokens <- struct{}{}:
		case <-ctx.Done():
			return false, ctx.Err()
		}
		var c *chunk
		select {
		case c = <-spent:
			c.seq, c.rows = seq, c.rows[:0]
		default:
			c = &chunk{seq: seq, rows: make([]Row, 0, chunkSize)}
		}
		done := false
		for len(c.rows) < chunkSize {
			if opt.Limit > 0 && n >= opt.Limit {
				done = true
				break
			}
			select {
			case <-opt.Stop:
				stopped, done = true, true
			default:
			}
			if done {
				break
			}
			row, err := src.Next(ctx)
			// io.EOF itself, never one wrapped: a wrapped EOF is a
			// failure's cause (a connection closed mid-page), not the end.
			if err == io.EOF {
				done = true
				break
			}
			if err != nil {
				return false, err
			}
			c.rows = append(c.rows, row)
			n++
		}
		if len(c.rows) == 0 {
			<-tokens
			return stopped, nil
		}
		fetched := int64(len(c.rows)) // c belongs to a worker once sent
		select {
		case out <- c:
		case <-ctx.Done():
			return false, ctx.Err()
		}
		opt.Progress.Fetched.Add(fetched)
		if done {
			return stopped, nil
		}
	}
}

// order puts results back in source order, drops duplicate emails and cuts
// batches.
func order(ctx context.Context, in <-chan *chunk, tokens <-chan struct{}, spent chan<- *chunk, out chan<- *Batch, dd *deduper, batchSize, first int) error {
	pending := map[int]*chunk{}
	next, seq := 0, first-1
	// Room for a whole batch from the start: grown by append, the three
	// lists were 8% of a run's allocation.
	room := min(batchSize, 1<<14)
	newBatch := func() *Batch {
		return &Batch{Stats: NewStats(), Records: make([][]byte, 0, room), Keys: make([]string, 0, room),
			Uniques: make([]string, 0, room), Carries: make([][]byte, 0, room)}
	}
	b := newBatch()
	emit := func(through int) error {
		if len(b.Records) > 0 {
			seq++
			b.Seq = seq
		}
		b.through = through
		b.GuestsHeld, b.GuestsReplayed = dd.held.Size(), dd.replayed
		select {
		case out <- b:
		case <-ctx.Done():
			return ctx.Err()
		}
		b = newBatch()
		return nil
	}
	for c := range in {
		if _, dup := pending[c.seq]; dup || c.seq < next {
			// Chunks are reused (spent): a chunk sent on with a stale
			// number would otherwise leave its place empty, and the run
			// would wait for it forever.
			return fmt.Errorf("internal error: chunk %d arrived twice", c.seq)
		}
		pending[c.seq] = c
		for {
			c, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-tokens
			dd.idx.Prefetch(c.fps)
			for i := range c.results {
				if err := dd.add(b, &c.results[i], c.fps[i]); err != nil {
					return err
				}
				if len(b.Records) >= batchSize || len(b.Rejects) >= rejectFlush {
					// c's later rows go to the next batch
					if err := emit(c.seq - 1); err != nil {
						return err
					}
				}
			}
			clear(c.results) // dd.add copied out what it keeps; the rest would pin arenas
			select {
			case spent <- c:
			default:
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(pending) > 0 {
		return fmt.Errorf("internal error: %d chunks never ordered", len(pending))
	}
	// Every registered row is in the index, and every registered row
	// rejected in this run has claimed its email: the guests held back go
	// now, in the order they were read.
	if err := dd.loadClaims(); err != nil {
		return err
	}
	defer dd.claims.Close()
	err := dd.held.replay(dd.replayed, func(r *Result, after int64) error {
		if !r.Guest {
			dd.replayed = after
			return nil
		}
		if err := dd.addGuest(b, r); err != nil {
			return err
		}
		dd.replayed = after
		if len(b.Records) >= batchSize || len(b.Rejects) >= rejectFlush {
			return emit(next - 1)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if b.Stats.Read > 0 {
		return emit(next - 1)
	}
	return nil
}

// deduper decides, in source order, whether a row is new: a key an earlier
// run exported is skipped, and an email kept earlier (in this run or an
// earlier one) makes a later row a duplicate reject. A guest that would be
// exported is held back until every row is read, so that a registered row
// with its email wins wherever it comes in the read order (shops keep
// guest checkouts as customer rows; the person's account must win).
type deduper struct {
	rule     Unique
	idx      *uniqueIndex
	hist     History
	held     *GuestFile
	replayed int64 // offset in held of the first guest not accounted for
	last     Pos   // of the last row read
	// claims are the emails of registered rows rejected in this run (see
	// GuestFile.claim), loaded before the guests are replayed; nil when
	// there are none. tmp is where its files go.
	claims *uniqueIndex
	tmp    string
}

// loadClaims reads every claim of the run, from the start of its guest
// file (a resumed run's claims before its checkpoint included).
func (d *deduper) loadClaims() error {
	return d.held.replay(0, func(r *Result, _ int64) error {
		if r.Guest {
			return nil
		}
		if d.claims == nil {
			x, err := newUniqueIndex(d.tmp)
			if err != nil {
				return err
			}
			d.claims = x
		}
		_, _, err := d.claims.Add(r.Unique, r.Key) // the first claim names the account
		return err
	})
}

// add files r in b; fp is its email's fingerprint.
func (d *deduper) add(b *Batch, r *Result, fp uint64) error {
	b.Last, d.last = r.Pos, r.Pos
	done, err := d.exported(r.Key)
	if err != nil {
		return err
	}
	if done {
		b.Stats.Read++
		b.Stats.skip(SkipAlreadyExported)
		return nil
	}
	if r.Guest && r.Reject == nil {
		return d.held.hold(r) // accounted for when replayed (addGuest)
	}
	if !r.Guest && r.Reject != nil && r.Unique != "" {
		if err := d.held.claim(r.Key, r.Unique); err != nil {
			return err
		}
	}
	b.Stats.Read++
	return d.file(b, r, fp)
}

// addGuest files a guest held back until the end of the read: it is
// accounted for now, and an email a registered row (or an earlier guest)
// took makes it a duplicate.
func (d *deduper) addGuest(b *Batch, r *Result) error {
	b.Stats.Read++
	// A batch's Last only moves forward: the guest was read before it.
	b.Last = d.last
	if d.claims != nil {
		owner, claimed, err := d.claims.Find(r.Unique)
		if err != nil {
			return err
		}
		if claimed {
			r.Reject = &Reject{Key: r.Key, Field: d.rule.Field, Reason: ReasonDuplicate,
				Detail: "same " + d.rule.Field + " as key " + owner + " (a registered account rejected in this run: once it is fixed, it is exported instead of this guest)"}
		}
	}
	return d.file(b, r, d.idx.hash(r.Unique))
}

func (d *deduper) exported(key string) (bool, error) {
	if d.hist == nil {
		return false, nil
	}
	return d.hist.Exported(key)
}

// file dedupes r by its unique value and files it in b as a record, a
// reject or a skip.
func (d *deduper) file(b *Batch, r *Result, fp uint64) error {
	s := b.Stats
	if r.Reject == nil && d.rule != (Unique{}) && r.Unique != "" {
		prev, dup, err := d.idx.AddHashed(fp, r.Unique, r.Key)
		if err != nil {
			return err
		}
		if !dup && d.hist != nil {
			if prev, dup, err = d.hist.UniqueOwner(r.Unique); err != nil {
				return err
			}
			if dup {
				prev += " (exported by an earlier run)"
			}
		}
		if dup && d.rule.Skip != "" {
			s.skip(d.rule.Skip)
			return nil
		}
		if dup {
			r.Reject = &Reject{Key: r.Key, Field: d.rule.Field, Reason: ReasonDuplicate,
				Detail: "same " + d.rule.Field + " as key " + prev}
		}
	}
	if r.Reject != nil {
		s.reject(r.Reject)
		b.Rejects = append(b.Rejects, *r.Reject)
		return nil
	}
	for _, w := range r.Warnings {
		s.warning(w, r.Key)
	}
	s.Exported++
	b.Records = append(b.Records, r.JSON)
	b.Keys = append(b.Keys, r.Key)
	b.Uniques = append(b.Uniques, r.Unique)
	b.Carries = append(b.Carries, r.Carry)
	return nil
}

// advance moves the arena past a record the transform wrote in place at
// its end, and past its carry when that follows it there; a record that
// did not fit was allocated elsewhere by append.
func advance(arena, rec, carry []byte) []byte {
	free := arena[len(arena):cap(arena)]
	if len(rec) > 0 && len(rec) <= len(free) && &free[0] == &rec[0] {
		n := len(rec)
		if len(carry) > 0 && len(carry) <= len(free)-n && &free[n] == &carry[0] {
			n += len(carry)
		}
		return arena[:len(arena)+n]
	}
	return arena
}

// safeTransform turns a panic on one odd row into a reject of that row.
func safeTransform(tr Transform, row *Row, buf []byte) (res Result) {
	defer func() {
		if p := recover(); p != nil {
			// Only runtime errors are quoted: a panic value made by code
			// could carry a field's value, and rejects never hold secrets.
			detail := "internal error: transform panicked"
			if re, ok := p.(runtime.Error); ok {
				detail += ": " + re.Error()
			}
			pos := row.Pos
			pos.Key = row.Key
			res = Result{Key: row.Key, Pos: pos, Reject: &Reject{Key: row.Key, Field: "row",
				Reason: ReasonInvalid, Detail: detail}}
		}
	}()
	if row.Err != "" {
		pos := row.Pos
		pos.Key = row.Key
		return Result{Key: row.Key, Pos: pos, Reject: &Reject{Key: row.Key, Field: "row", Reason: ReasonInvalid, Detail: row.Err}}
	}
	res = tr(row, buf)
	res.Key, res.Pos = row.Key, row.Pos
	res.Pos.Key = row.Key
	if res.Reject != nil {
		res.Reject.Key = row.Key
	}
	return res
}
