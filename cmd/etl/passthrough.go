//go:build etl_passthrough

package main

import "etl/internal/passthrough"

// The bench's pass-through build (go build -tags etl_passthrough): etl
// run as it is, but with internal/passthrough's copy in place of the
// normalization rules, so that make bench can time the same whole run
// with and without them.
func init() { passThrough = passthrough.Transform }
