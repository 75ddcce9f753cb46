//go:build race

package address

// raceEnabled: the race detector's runtime changes allocation counts.
const raceEnabled = true
