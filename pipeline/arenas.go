package pipeline

import (
	"sync"
	"sync/atomic"
)

// arenaSize is the size of one JSON arena: room for about 300 records.
const arenaSize = 128 << 10

// arenas lets the workers reuse the memory they encode records in. A
// record lives in its worker's arena until the sink has written the batch
// it is in (Sink says a batch's users and emails are not kept past
// WriteBatch), so an arena a worker has filled is retired with the last
// chunk it holds records of, and is free again once every chunk up to
// that one is in batches the sink has written. Allocated and collected
// instead, the arenas were two fifths of a run's allocation, and most of
// what set the collector off.
type arenas struct {
	mu      sync.Mutex
	free    [][]byte
	retired []retired
}

type retired struct {
	buf  []byte
	last int // the greatest chunk seq with a record in buf
}

// get returns an empty arena.
func (a *arenas) get() []byte {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n := len(a.free); n > 0 {
		buf := a.free[n-1]
		a.free = a.free[:n-1]
		return buf[:0]
	}
	arenasMade.Add(1)
	return make([]byte, 0, arenaSize)
}

// arenasMade counts the arenas allocated (tests read it).
var arenasMade atomic.Int64

// retire hands back a full arena whose records reach up to chunk last.
func (a *arenas) retire(buf []byte, last int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.retired = append(a.retired, retired{buf, last})
}

// written frees the arenas all of whose records are in chunks up to
// through, every one of them in batches the sink has written.
func (a *arenas) written(through int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	kept := a.retired[:0]
	for _, r := range a.retired {
		if r.last <= through {
			a.free = append(a.free, r.buf)
		} else {
			kept = append(kept, r)
		}
	}
	clear(a.retired[len(kept):]) // stale: their arenas are in free now
	a.retired = kept
}
