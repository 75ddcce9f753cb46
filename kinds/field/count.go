package field

import "strings"

// CountStatus says what Count made of a value.
type CountStatus int

const (
	CountEmpty   CountStatus = iota // NULL or blank
	CountOK                         // a whole number ≥ 1
	CountZero                       // 0 (or 0.000)
	CountInvalid                    // a fraction, a negative number or no number
)

// MaxCount is the largest count written: Omnitron keeps counts in a
// 32-bit integer field.
const MaxCount = 1<<31 - 1

// Count reads a whole number: digits, and a DECIMAL's point and zeros
// ("2.000" is 2). why says what is wrong with an invalid value.
func Count(v string) (n int, st CountStatus, why string) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, CountEmpty, ""
	}
	whole := v
	if i := strings.IndexByte(v, '.'); i >= 0 {
		whole = v[:i]
		frac := v[i+1:]
		if !digits(frac) {
			return 0, CountInvalid, "not a whole number"
		}
		if strings.Trim(frac, "0") != "" {
			return 0, CountInvalid, "a fraction"
		}
	}
	if strings.HasPrefix(whole, "-") && digits(whole[1:]) {
		return 0, CountInvalid, "a negative number"
	}
	if !digits(whole) {
		return 0, CountInvalid, "not a whole number"
	}
	for i := 0; i < len(whole); i++ {
		if n = n*10 + int(whole[i]-'0'); n > MaxCount {
			return 0, CountInvalid, "larger than 2147483647"
		}
	}
	if n == 0 {
		return 0, CountZero, ""
	}
	return n, CountOK, ""
}

// digits reports whether s is one or more ASCII digits.
func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
