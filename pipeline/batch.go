package pipeline

import "context"

// Batch is a contiguous run of input rows made durable together: the
// encoded users it exported (one users-NNNNNN.json), the rows it rejected
// and the accounting of exactly those rows. A batch of rejects alone has
// Seq 0 and no users file.
type Batch struct {
	Seq     int
	Users   [][]byte
	Rejects []Reject
	LastKey string // key of the last row the batch accounts for
	Stats   *Stats
}

// Sink makes batches durable, in order, one at a time.
type Sink interface {
	WriteBatch(ctx context.Context, b *Batch) error
}
