// Package state keeps what makes runs incremental and resumable (docs/architecture.md, incremental runs),
// in the config's state dir:
//
//   - state.json: the checkpoint (the greatest (cursor, key) pair a finished
//     run covered), the run in progress with its last durable position,
//     and a short history. It is the single commit point: written
//     atomically, and only after the batches, rejects and ledger entries it
//     counts are durable. Anything on disk beyond what it counts is the
//     torn tail of a killed run, and is cut off when the run resumes.
//   - ledger.log plus keys.idx / emails.idx: every key exported and the
//     email it was exported with, so that no later run sends either again.
//   - lock: held (flock) for the length of a run; the kernel drops it when
//     the process dies, so a dead run's lock is taken over at once.
package state
