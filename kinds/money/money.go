// Package money reads the amounts and currencies of old orders and their
// items (SPEC §10): exact decimal text in Turkish or English notation,
// a currency code or sign around it, never a float on the way.
package money

import (
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Amount is a sum of money in hundredths (kuruş, cents). It is never
// negative, and at most MaxAmount.
type Amount int64

// MaxAmount has 10 digits before the point and 2 after: Omnitron's "max
// digits 12, max decimal places 2".
const MaxAmount Amount = 999_999_999_999

// maxIntDigits is how many digits the whole part may have.
const maxIntDigits = 10

// Append appends the amount as a JSON number with exactly two decimals
// ("123.90").
func (a Amount) Append(b []byte) []byte {
	var d [24]byte
	i := len(d)
	v := int64(a)
	for k := 0; k < 2; k++ {
		i--
		d[i] = byte('0' + v%10)
		v /= 10
	}
	i--
	d[i] = '.'
	for {
		i--
		d[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return append(b, d[i:]...)
}

// String is Append's text.
func (a Amount) String() string { return string(a.Append(nil)) }

// Status says what Parse made of a value.
type Status int

const (
	Empty       Status = iota // NULL or blank
	OK                        // an amount
	Invalid                   // not an amount: reject invalid
	Unsupported               // an amount in TRL: reject unsupported
)

// Parse reads a money value (SPEC §10). It takes digits with at most one
// decimal separator; when both '.' and ',' appear the last is the decimal
// separator and the other groups thousands (1.234,56 and 1,234.56), and
// grouping may repeat (1.234.567,89); one separator repeated, with nothing
// else, only groups (1.234.567). A currency code or sign may stand before
// or after the number ("₺1.234,56", "12,50 TL", "USD 12.50"): it comes
// back as cur, the ISO code ("" when the text names none).
//
// The value must be exact in two decimals. A lone separator followed by
// three digits ("1.234", "1,500") is refused: Turkish notation groups
// thousands with the dot and English with the comma, so the text does not
// say which number it is. Digits past the second decimal must be zeros
// ("123.9000", as a DECIMAL(20,4) column prints 123.90); anything else
// there ("12.345") is refused rather than rounded: it is text, and text
// that says more than cents is a mistake to show, not to hide. A column
// whose type the source tells is read by ParseColumn, which rounds a
// float's. Exponents, signs, more than 10 digits before the point and
// anything else are Invalid; why says what was wrong.
func Parse(v string) (a Amount, cur string, st Status, why string) {
	v = strings.TrimFunc(v, unicode.IsSpace)
	if v == "" {
		return 0, "", Empty, ""
	}
	// The number runs from the first digit or separator to the last digit;
	// what stands around it may only be a currency.
	first := strings.IndexFunc(v, func(r rune) bool { return isDigit(r) || r == '.' || r == ',' })
	last := strings.LastIndexFunc(v, isDigit)
	if first < 0 || last < 0 || last < first {
		return 0, "", Invalid, "not a number"
	}
	num := v[first : last+1]
	if strings.ContainsAny(num, "eE") {
		return 0, "", Invalid, "an exponent: the number has lost digits"
	}
	pre := strings.TrimFunc(v[:first], unicode.IsSpace)
	post := strings.TrimFunc(v[last+1:], unicode.IsSpace)
	if strings.ContainsAny(pre, "-−") || strings.HasPrefix(post, "-") || strings.HasPrefix(post, "−") {
		return 0, "", Invalid, "a negative amount"
	}
	if pre != "" && post != "" {
		return 0, "", Invalid, "text both before and after the number"
	}
	if aff := pre + post; aff != "" {
		c, cst := Currency(aff)
		switch cst {
		case CurrencyUnsupported:
			return 0, c, Unsupported, "an amount in TRL, the lira before 2005 (a million TRL is one TRY)"
		case CurrencyOK:
			cur = c
		default:
			return 0, "", Invalid, "not a number with a currency code or sign"
		}
	}
	a, why = parseNumber(num)
	if why != "" {
		return 0, "", Invalid, why
	}
	return a, cur, OK, ""
}

// parseNumber reads the digits and separators of an amount.
func parseNumber(s string) (Amount, string) {
	dots, commas := strings.Count(s, "."), strings.Count(s, ",")
	whole, frac := s, ""
	var group byte
	switch {
	case dots+commas == 0:
	case dots > 0 && commas > 0:
		i := strings.LastIndexAny(s, ".,")
		dec := s[i]
		if strings.Count(s, s[i:i+1]) > 1 {
			return 0, "more than one decimal separator"
		}
		whole, frac = s[:i], s[i+1:]
		group = '.'
		if dec == '.' {
			group = ','
		}
	case dots > 1:
		group = '.'
	case commas > 1:
		group = ','
	default: // one separator, alone: the decimal point or comma
		i := strings.IndexAny(s, ".,")
		whole, frac = s[:i], s[i+1:]
		if len(frac) == 3 && allDigits(frac) {
			return 0, "three digits after a lone separator: a thousands group or three decimals, the text does not say"
		}
	}
	if frac != "" && !allDigits(frac) { // s ends in a digit: a separator has some after it
		return 0, "not a number"
	}
	if whole == "" {
		return 0, "no digit before the decimal separator"
	}
	if group != 0 && !grouped(whole, group) {
		return 0, "thousands grouped wrongly (groups of three digits)"
	}
	var a int64
	digits := 0 // of the whole part, leading zeros left out
	for i := 0; i < len(whole); i++ {
		c := whole[i]
		switch {
		case c == group:
			continue
		case c < '0' || c > '9':
			return 0, "not a number"
		case digits == 0 && c == '0':
			continue
		}
		if digits++; digits > maxIntDigits {
			return 0, "more than 10 digits before the decimal separator"
		}
		a = a*10 + int64(c-'0')
	}
	if len(frac) > 2 {
		if strings.TrimRight(frac[2:], "0") != "" {
			return 0, "more than 2 decimals"
		}
		frac = frac[:2]
	}
	for i := 0; i < 2; i++ {
		a *= 10
		if i < len(frac) {
			a += int64(frac[i] - '0')
		}
	}
	return Amount(a), ""
}

// grouped reports whether s is groups of three digits after a first
// group of one to three, separated by sep.
func grouped(s string, sep byte) bool {
	n := 0 // digits in the group being read
	first := true
	for i := 0; i < len(s); i++ {
		if s[i] != sep {
			n++
			continue
		}
		if (first && (n < 1 || n > 3)) || (!first && n != 3) {
			return false
		}
		first, n = false, 0
	}
	return (first && n >= 1) || n == 3
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// Valid reports whether s is an amount as a record writes it: digits, a
// point and exactly two decimals, at most 10 digits before the point and
// no leading zero (etl check).
func Valid(s string) bool {
	if len(s) < 4 || s[len(s)-3] != '.' || !utf8.ValidString(s) {
		return false
	}
	whole, frac := s[:len(s)-3], s[len(s)-2:]
	if !allDigits(whole) || !allDigits(frac) || len(whole) > maxIntDigits {
		return false
	}
	return len(whole) == 1 || whole[0] != '0'
}

// Check is etl check's look at the amount under key k of a record
// decoded with numbers as json.Number: a number with exactly two
// decimals, at most 10 digits before the point; null only when nullable.
func Check(m map[string]any, k string, nullable bool, bad func(field, format string, args ...any)) {
	switch v := m[k].(type) {
	case json.Number:
		if !Valid(v.String()) {
			bad(k, "want a number with exactly 2 decimals and at most 10 digits before the point, got %s", v)
		}
	case nil:
		if !nullable {
			bad(k, "is null, want a number")
		}
	default:
		bad(k, "want a number, got %T", v)
	}
}
