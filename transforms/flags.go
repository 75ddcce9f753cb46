package transforms

var flagValues = map[string]bool{
	"1": true, "true": true, "t": true, "yes": true, "y": true, "on": true, "e": true, "evet": true,
	"0": false, "false": false, "f": false, "no": false, "n": false, "off": false,
	"h": false, "hayir": false, "": false,
	"\x01": true, "\x00": false, // BIT(1) columns arrive as one raw byte
}

// Flag reads a consent or status flag (docs/rules.md §3.7). known is false for a
// value that is no flag at all: it reads as false, because a consent is
// never turned on by a guess, and the caller warns.
func Flag(v string) (on, known bool) {
	// The values sources send most, without folding: MySQL's TINYINT(1)
	// and BIT(1), PostgreSQL's boolean (folding and a map lookup for
	// "true" cost three flags a row some 15% of PostgreSQL's
	// normalization).
	switch v {
	case "1", "\x01", "true":
		return true, true
	case "0", "\x00", "", "false":
		return false, true
	}
	on, known = lookupFold(flagValues, trim(v))
	return on, known
}

// flagByte is Flag of each one-byte value, made by Flag itself: 0 where
// it is no flag, else flagOff or flagOn.
var flagByte = func() (t [256]byte) {
	for c := range t {
		if on, known := Flag(string([]byte{byte(c)})); known {
			t[c] = flagOff
			if on {
				t[c] = flagOn
			}
		}
	}
	return t
}()

const (
	flagOff = 1 + iota
	flagOn
)
