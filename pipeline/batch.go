package pipeline

import "context"

// Batch is a contiguous run of input rows made durable together: the
// encoded records it exported (one file, users-NNNNNN.json for users),
// the rows it rejected and the accounting of exactly those rows. A batch
// of rejects alone has Seq 0 and no records file.
type Batch struct {
	Seq     int
	Records [][]byte
	Keys    []string // of Records, aligned
	// Uniques are the records' unique values (Result.Unique), aligned;
	// "" where the kind has none.
	Uniques []string
	// Carries are the records' carries (Result.Carry), aligned; nil
	// where a record carries nothing.
	Carries [][]byte
	Rejects []Reject
	// Last is the position of the last row the batch accounts for: a
	// resumed run reads on after it.
	Last Pos
	// GuestsHeld is the size of the guest file (Options.Guests) holding
	// the guests read up to Last, and GuestsReplayed the offset of the
	// first of them no batch up to this one accounts for: a checkpoint
	// at this batch commits both, so that a resumed run still exports
	// the guests read before it.
	GuestsHeld, GuestsReplayed int64
	Stats                      *Stats
	// through is the last chunk all of whose rows are in this batch or
	// earlier ones: once the sink has written it, their records' memory
	// is reused (arenas).
	through int
}

// History answers for what earlier runs exported (the state's ledger).
type History interface {
	// Exported reports whether key was exported by an earlier run.
	Exported(key string) (bool, error)
	// UniqueOwner returns the key an earlier run exported a record with
	// this unique value (a user's email) under.
	UniqueOwner(email string) (key string, ok bool, err error)
}

// Sink makes batches durable, in order, one at a time. WriteBatch must not
// keep b.Records, b.Uniques or b.Carries, nor the bytes they hold, once it returns: the
// pipeline encodes later records in that memory.
type Sink interface {
	WriteBatch(ctx context.Context, b *Batch) error
}
