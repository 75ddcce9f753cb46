//go:build race

package money

// raceEnabled: the race detector's runtime changes allocation counts.
const raceEnabled = true
