//go:build race

package orderitem

// raceEnabled: the race detector's runtime changes allocation counts.
const raceEnabled = true
