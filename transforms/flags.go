package transforms

import "strings"

var flagValues = map[string]bool{
	"1": true, "true": true, "t": true, "yes": true, "y": true, "on": true, "e": true, "evet": true,
	"0": false, "false": false, "f": false, "no": false, "n": false, "off": false,
	"h": false, "hayir": false, "": false,
	"\x01": true, "\x00": false, // BIT(1) columns arrive as one raw byte
}

// Flag reads a consent or status flag (SPEC §3.7). known is false for a
// value that is no flag at all: it reads as false, because a consent is
// never turned on by a guess, and the caller warns.
func Flag(v string) (on, known bool) {
	switch v {
	case "1", "\x01":
		return true, true
	case "0", "\x00", "":
		return false, true
	}
	on, known = lookupFold(flagValues, strings.TrimSpace(v))
	return on, known
}
