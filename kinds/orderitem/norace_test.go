//go:build !race

package orderitem

const raceEnabled = false
