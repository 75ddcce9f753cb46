//go:build !race

package money

const raceEnabled = false
