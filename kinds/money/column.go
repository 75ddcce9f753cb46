package money

import (
	"strings"
	"unicode"
)

// Column is what the source says a money column holds, which decides how
// its text is read (SPEC §10: "A DECIMAL/NUMERIC value is exact. A
// FLOAT/DOUBLE value is rounded half away from zero to 2 decimals.").
type Column uint8

const (
	// Text is a character column, or one whose type the source does not
	// say (a CSV file): Parse's rules.
	Text Column = iota
	// Exact is a DECIMAL, NUMERIC or integer column: the database's own
	// decimal text, '.' its point, never grouped, so "1.000" is one.
	Exact
	// Float is a FLOAT, DOUBLE, real or double precision column: its
	// text is rounded half away from zero to 2 decimals.
	Float
)

// ColumnOf tells a column's Column by its type, as a driver names it
// (DatabaseTypeName: "DECIMAL", "UNSIGNED INT", "FLOAT8") or as
// information_schema does ("double precision", "numeric").
func ColumnOf(dbType string) Column {
	t := strings.ToUpper(strings.TrimSpace(dbType))
	t = strings.TrimPrefix(t, "UNSIGNED ")
	if i := strings.IndexAny(t, "( "); i >= 0 && t != "DOUBLE PRECISION" {
		t = t[:i]
	}
	switch t {
	case "FLOAT", "DOUBLE", "REAL", "FLOAT4", "FLOAT8", "DOUBLE PRECISION":
		return Float
	case "DECIMAL", "NUMERIC", "DEC", "FIXED", "TINYINT", "SMALLINT", "MEDIUMINT", "INT", "INTEGER", "BIGINT",
		"INT2", "INT4", "INT8", "YEAR":
		return Exact
	}
	return Text
}

// Single reports whether a column of this type is a single-precision float
// (MySQL FLOAT, PostgreSQL real): about 7 significant digits, of which
// MySQL sends 6, so 12345.67 arrives as 12345.7. Such a money column has
// lost its cents above some ten thousands before the tool sees them.
func Single(dbType string) bool {
	t := strings.ToUpper(strings.TrimSpace(dbType))
	t = strings.TrimPrefix(t, "UNSIGNED ")
	if i := strings.IndexAny(t, "( "); i >= 0 {
		t = t[:i]
	}
	return t == "FLOAT" || t == "REAL" || t == "FLOAT4"
}

// ParseColumn reads a money value from a column of type c. Text is
// Parse. A database's own text of an Exact column is exact: digits past
// the second decimal must be zeros ("123.9000"), anything else there
// ("1.005" of a DECIMAL(12,3)) is Invalid, not rounded, since it is not a
// sum in cents. That of a Float column (an exponent allowed: "1e-7") is
// rounded half away from zero to 2 decimals, on its decimal digits as the
// database sent them, never through a float: a DOUBLE 0.125 is 0.13, one
// whose text is 19.999 is 20.00. Negative values are Invalid in both.
// Text that is not the database's own rendering (a query that formats
// the number) is read as Parse reads it.
func ParseColumn(v string, c Column) (a Amount, cur string, st Status, why string) {
	if c == Text {
		return Parse(v)
	}
	t := strings.TrimFunc(v, unicode.IsSpace)
	if t == "" {
		return 0, "", Empty, ""
	}
	neg, whole, frac, exp, ok := splitNumeral(t, c == Float)
	if !ok {
		return Parse(v)
	}
	if neg {
		return 0, "", Invalid, "a negative amount"
	}
	if c == Exact {
		if len(frac) > 2 && strings.TrimRight(frac[2:], "0") != "" {
			return 0, "", Invalid, "more than 2 decimals in an exact (DECIMAL/NUMERIC) column: it is not a sum in cents; select ROUND(col, 2) if rounding is meant"
		}
		a, why := cents(whole, frac, false)
		if why != "" {
			return 0, "", Invalid, why
		}
		return a, "", OK, ""
	}
	whole, frac, why = shift(whole, frac, exp)
	if why != "" {
		return 0, "", Invalid, why
	}
	a, why = cents(whole, frac, true)
	if why != "" {
		return 0, "", Invalid, why
	}
	return a, "", OK, ""
}

// splitNumeral splits a database's rendering of a number: an optional
// minus, digits, optionally '.' and digits, and, when expOK, optionally
// an exponent (e or E, a sign, digits). ok is false for anything else
// (NaN, Infinity, grouping, a currency).
func splitNumeral(s string, expOK bool) (neg bool, whole, frac string, exp int, ok bool) {
	if s[0] == '-' || s[0] == '+' {
		neg, s = s[0] == '-', s[1:]
	}
	mant := s
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		if !expOK {
			return false, "", "", 0, false
		}
		mant = s[:i]
		e := s[i+1:]
		sign := 1
		if e != "" && (e[0] == '-' || e[0] == '+') {
			if e[0] == '-' {
				sign = -1
			}
			e = e[1:]
		}
		if !allDigits(e) {
			return false, "", "", 0, false
		}
		e = strings.TrimLeft(e, "0")
		if len(e) > 4 { // beyond any float: 1e99999 is too large, 1e-99999 rounds to 0
			e = "9999"
		}
		for i := 0; i < len(e); i++ {
			exp = exp*10 + int(e[i]-'0')
		}
		exp *= sign
	}
	whole, frac = mant, ""
	if i := strings.IndexByte(mant, '.'); i >= 0 {
		whole, frac = mant[:i], mant[i+1:]
		if frac != "" && !allDigits(frac) {
			return false, "", "", 0, false
		}
	}
	if !allDigits(whole) {
		return false, "", "", 0, false
	}
	return neg, whole, frac, exp, true
}

// shift moves the decimal point of whole.frac exp places to the right
// (left when negative). A point that lands more than 3 places before the
// first digit leaves 0.000…, which rounds to zero: the digits are dropped.
func shift(whole, frac string, exp int) (string, string, string) {
	digits := strings.TrimLeft(whole+frac, "0")
	if digits == "" {
		return "0", "", ""
	}
	// The point stands after p of digits' digits.
	p := len(whole) - (len(whole+frac) - len(strings.TrimLeft(whole+frac, "0"))) + exp
	switch {
	case p > maxIntDigits:
		return "", "", "more than 10 digits before the decimal point"
	case p < -3:
		return "0", "", ""
	case p <= 0:
		return "0", strings.Repeat("0", -p) + digits, ""
	case p >= len(digits):
		return digits + strings.Repeat("0", p-len(digits)), "", ""
	}
	return digits[:p], digits[p:], ""
}

// cents is whole.frac in hundredths: frac beyond 2 digits is dropped, or,
// with round, rounded half away from zero.
func cents(whole, frac string, round bool) (Amount, string) {
	whole = strings.TrimLeft(whole, "0")
	if len(whole) > maxIntDigits {
		return 0, "more than 10 digits before the decimal point"
	}
	var a int64
	for i := 0; i < len(whole); i++ {
		a = a*10 + int64(whole[i]-'0')
	}
	for i := 0; i < 2; i++ {
		a *= 10
		if i < len(frac) {
			a += int64(frac[i] - '0')
		}
	}
	if round && len(frac) > 2 && frac[2] >= '5' {
		a++
	}
	if Amount(a) > MaxAmount {
		return 0, "more than 10 digits before the decimal point once rounded"
	}
	return Amount(a), ""
}
