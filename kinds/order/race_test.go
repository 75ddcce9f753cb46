//go:build race

package order

// raceEnabled: the race detector's runtime changes allocation counts.
const raceEnabled = true
