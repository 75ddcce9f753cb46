package transforms

import (
	"strings"
	"unicode"
	"unsafe"
)

// PhoneStatus says what Phone made of a value.
type PhoneStatus int

const (
	PhoneEmpty   PhoneStatus = iota // nothing there: null, no warning
	PhoneValid                      // a Turkish mobile number
	PhoneInvalid                    // something there, but no mobile number
)

// mobilePrefixes are the Turkish mobile ranges in use, as the three digits
// after the leading 5 of a national number, plus the one five-digit block.
// Source: Google libphonenumber metadata for TR, mobile pattern
// 56161\d{5}|5(?:0[15-7]|1[06]|24|[34]\d|5[1-59]|9[46])\d{7}
// (resources/PhoneNumberMetadata.xml). Keep the whole table here.
var mobilePrefixes = map[string]bool{
	"501": true, "505": true, "506": true, "507": true,
	"510": true, "516": true,
	"524": true,
	"530": true, "531": true, "532": true, "533": true, "534": true,
	"535": true, "536": true, "537": true, "538": true, "539": true,
	"540": true, "541": true, "542": true, "543": true, "544": true,
	"545": true, "546": true, "547": true, "548": true, "549": true,
	"551": true, "552": true, "553": true, "554": true, "555": true, "559": true,
	"594": true, "596": true,
}

const mobileBlock5 = "56161"

// mobileAfter5 is mobilePrefixes by its two digits after the 5, for a
// lookup per row without hashing.
var mobileAfter5 = func() (t [100]bool) {
	for p := range mobilePrefixes {
		t[int(p[1]-'0')*10+int(p[2]-'0')] = true
	}
	return t
}()

// IsMobile reports whether a 10-digit national number is in the mobile ranges.
func IsMobile(d string) bool {
	if len(d) != 10 {
		return false
	}
	for i := 0; i < len(d); i++ {
		if d[i] < '0' || d[i] > '9' {
			return false
		}
	}
	return mobileDigits(d)
}

// mobileDigits is IsMobile of ten ASCII digits.
func mobileDigits(d string) bool {
	if len(d) != 10 || d[0] != '5' {
		return false
	}
	// 5555555555 and kin: typed filler, nine or ten of one digit. Two
	// of d[2], d[3] unlike d[1] rule that out without counting.
	if (d[2] == d[1] || d[3] == d[1]) && strings.Count(d, d[1:2]) >= 9 {
		return false
	}
	return mobileAfter5[int(d[1]-'0')*10+int(d[2]-'0')] || strings.HasPrefix(d, mobileBlock5)
}

// Phone normalizes a legacy phone field to "5XXXXXXXXX" (docs/rules.md §3.1): the
// first valid mobile number among the numbers the field holds.
func Phone(s string) (string, PhoneStatus) {
	var b [16]byte
	d, st := phoneIn(b[:0], s)
	return strings.Clone(d), st
}

// phoneIn is Phone writing the usual field's digits into scratch when it
// has room for 16 bytes: the result may share scratch's memory.
func phoneIn(scratch []byte, s string) (string, PhoneStatus) {
	if trim(s) == "" {
		return "", PhoneEmpty
	}
	if d, st, ok := phoneSimple(scratch, s); ok {
		return d, st
	}
	return phoneGeneral(s)
}

// phoneGeneral is Phone for any field: several numbers, extensions,
// Unicode digits, float artefacts.
func phoneGeneral(s string) (string, PhoneStatus) {
	status := PhoneEmpty
	for _, cand := range splitPhones(s) {
		d, ok := phoneDigits(cand)
		if !ok {
			if trim(cand) != "" {
				status = PhoneInvalid
			}
			continue
		}
		if d == "" {
			continue
		}
		if IsMobile(d) {
			return d, PhoneValid
		}
		status = PhoneInvalid
	}
	return "", status
}

// phoneSimple is Phone for the usual field: one number written with ASCII
// digits, spaces, brackets, hyphens and a leading +. ok is false for
// anything else, which takes the general path.
func phoneSimple(scratch []byte, s string) (string, PhoneStatus, bool) {
	const most = 16 // digits: more is no number this path knows
	if cap(scratch) < most {
		scratch = make([]byte, most)
	}
	d, n, plus := scratch[:most], 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch phoneClass[c] {
		case phoneDigit:
			if n == most {
				return "", 0, false
			}
			d[n] = c
			n++
		case phoneSep:
		case phonePlus:
			plus = plus || n == 0
		default:
			return "", 0, false
		}
	}
	d = d[:n]
	switch {
	case n == 0:
		return "", PhoneInvalid, true
	case plus:
		if n < 2 || d[0] != '9' || d[1] != '0' {
			return "", PhoneInvalid, true
		}
		if d = d[2:]; len(d) == 0 {
			return "", PhoneEmpty, true // as the general path: "+90" alone holds no number
		}
	case n == 14 && string(d[:4]) == "0090":
		d = d[4:]
	case n == 12 && string(d[:2]) == "90":
		d = d[2:]
	case n == 11 && d[0] == '0':
		d = d[1:]
	}
	ds := unsafe.String(unsafe.SliceData(d), len(d))
	if !mobileDigits(ds) {
		return "", PhoneInvalid, true
	}
	return ds, PhoneValid, true
}

// Classes of phoneClass: the bytes phoneSimple knows.
const (
	phoneOther = iota
	phoneDigit
	phoneSep // ' ', '(', ')', '-'
	phonePlus
)

var phoneClass = func() (t [256]byte) {
	for c := '0'; c <= '9'; c++ {
		t[c] = phoneDigit
	}
	for _, c := range " ()-" {
		t[c] = phoneSep
	}
	t['+'] = phonePlus
	return t
}()

// splitPhones cuts a field at the separators of several numbers.
func splitPhones(s string) []string {
	if hasLetter(s) {
		s = replaceWords(s, []string{"veya", "or"}, "|")
	}
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == '/' || r == ',' || r == ';' || r == '|'
	})
}

// replaceWords replaces whole words, case-insensitively, by sep.
func replaceWords(s string, words []string, sep string) string {
	f := strings.Fields(s)
	changed := false
	for i, w := range f {
		lw := foldTurkish(w)
		for _, x := range words {
			if lw == x {
				f[i] = sep
				changed = true
			}
		}
	}
	if !changed {
		return s
	}
	return strings.Join(f, " ")
}

// phoneDigits reduces one candidate to a national number. ok is false when
// the candidate cannot be a number (scientific notation, foreign prefix).
func phoneDigits(c string) (string, bool) {
	c = cutExtension(c)
	c = trim(c)
	if c == "" {
		return "", true
	}
	if isScientific(c) {
		return "", false
	}
	c = dropFloatZero(c)
	plus := false
	var b strings.Builder
	for _, r := range c {
		if r == '+' && b.Len() == 0 {
			plus = true
			continue
		}
		if v, ok := digitValue(r); ok {
			b.WriteByte(byte('0' + v))
		}
	}
	d := b.String()
	if d == "" {
		return "", false
	}
	switch {
	case plus:
		if !strings.HasPrefix(d, "90") {
			return "", false // a foreign number
		}
		d = d[2:]
	case len(d) == 14 && strings.HasPrefix(d, "0090"):
		d = d[4:]
	case len(d) == 12 && strings.HasPrefix(d, "90"):
		d = d[2:]
	case len(d) == 11 && d[0] == '0':
		d = d[1:]
	}
	return d, true
}

var extensionMarkers = []string{"dahili", "ext", "#", "x"}

// cutExtension drops extension text and everything after it.
func cutExtension(c string) string {
	if !hasLetter(c) && strings.IndexByte(c, '#') < 0 {
		return c
	}
	l := foldTurkish(c)
	cut := len(l)
	for _, m := range extensionMarkers {
		if i := strings.Index(l, m); i >= 0 && i < cut {
			cut = i
		}
	}
	if cut == len(l) {
		return c
	}
	// foldTurkish keeps byte offsets only for ASCII; map back by runes.
	return string([]rune(c)[:len([]rune(l[:cut]))])
}

// isScientific spots 5.32123E+09: a float that already lost digits.
func isScientific(c string) bool {
	i := strings.IndexAny(c, "eE")
	if i <= 0 || i == len(c)-1 {
		return false
	}
	mant, exp := c[:i], strings.TrimLeft(c[i+1:], "+-")
	return exp != "" && strings.Trim(exp, "0123456789") == "" &&
		strings.Trim(mant, "0123456789.+ ") == ""
}

// dropFloatZero reads 5321234567.0 (a number that went through a float
// column) as the integer.
func dropFloatZero(c string) string {
	i := strings.LastIndexByte(c, '.')
	if i <= 0 || strings.Trim(c[i+1:], "0") != "" || i == len(c)-1 {
		return c
	}
	if strings.Trim(c[:i], "+0123456789") != "" {
		return c
	}
	return c[:i]
}

// digitValue reads any Unicode decimal digit (fullwidth, Arabic-Indic, …).
// Unicode encodes every such digit in a contiguous run of ten starting at
// zero, so the offset in its range gives the value.
func digitValue(r rune) (int, bool) {
	if r >= '0' && r <= '9' {
		return int(r - '0'), true
	}
	if r < 0x80 || !unicode.Is(unicode.Nd, r) {
		return 0, false
	}
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	return 0, false
}

func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || (c|0x20 >= 'a' && c|0x20 <= 'z') {
			return true
		}
	}
	return false
}
