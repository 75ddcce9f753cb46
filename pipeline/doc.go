// Package pipeline is the domain of etl: the legacy row, the Omnitron user
// record, rejects and warnings, run accounting, and the staged runner that
// moves rows from a source through transform workers and an ordered dedupe
// stage into a sink.
//
// It imports no database driver, HTTP client or logger: sources, transforms
// and sinks depend on it, and cmd/etl wires them together.
package pipeline
