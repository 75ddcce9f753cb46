//go:build race

package transforms

// raceEnabled: the race detector's runtime changes allocation counts.
const raceEnabled = true
