package money

import (
	"encoding/json"
	"fmt"
	"math/big"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // the amount written, or the status's name
		cur  string
		why  string // part of the detail of a refusal
	}{
		// DECIMAL and integer text
		{"123.90", "123.90", "", ""},
		{"0", "0.00", "", ""},
		{"0.00", "0.00", "", ""},
		{"7", "7.00", "", ""},
		{"12.5", "12.50", "", ""},
		{" 12.50\t", "12.50", "", ""},
		{"0012.50", "12.50", "", ""},
		{"123.9000", "123.90", "", ""}, // DECIMAL(20,4)
		{"1.50000", "1.50", "", ""},
		{"9999999999.99", "9999999999.99", "", ""},
		{"9999999999", "9999999999.00", "", ""},
		{"00009999999999.99", "9999999999.99", "", ""},
		// Turkish and English notation
		{"1.234,56", "1234.56", "", ""},
		{"1,234.56", "1234.56", "", ""},
		{"1.234.567,89", "1234567.89", "", ""},
		{"1,234,567.89", "1234567.89", "", ""},
		{"12,5", "12.50", "", ""},
		{"12,50", "12.50", "", ""},
		{"1.234.567", "1234567.00", "", ""},
		{"1,234,567", "1234567.00", "", ""},
		{"1.234,5", "1234.50", "", ""},
		{"1.234,5600", "1234.56", "", ""},
		{"1.234,500", "1234.50", "", ""}, // grouped: the comma is the decimal comma
		// currency before or after
		{"₺1.234,56", "1234.56", "TRY", ""},
		{"1.234,56 TL", "1234.56", "TRY", ""},
		{"1.234,56TL", "1234.56", "TRY", ""},
		{"TL 12,50", "12.50", "TRY", ""},
		{"12,50 YTL", "12.50", "TRY", ""},
		{"12.50 try", "12.50", "TRY", ""},
		{"$12.50", "12.50", "USD", ""},
		{"USD 12.50", "12.50", "USD", ""},
		{"12,50 €", "12.50", "EUR", ""},
		{"£ 3", "3.00", "GBP", ""},
		{"12.50 chf", "12.50", "CHF", ""},
		{"12.50 T.L.", "12.50", "TRY", ""},
		// refused
		{"", "Empty", "", ""},
		{"   ", "Empty", "", ""},
		{"1.234", "Invalid", "", "three digits after a lone separator"},
		{"1,500", "Invalid", "", "three digits after a lone separator"},
		{"1.000", "Invalid", "", "three digits after a lone separator"},
		{"12.345", "Invalid", "", "three digits"},
		{"12.3456", "Invalid", "", "more than 2 decimals"},
		{"0.30000000000000004", "Invalid", "", "more than 2 decimals"},
		{"1.5E+09", "Invalid", "", "exponent"},
		{"5.32123e9", "Invalid", "", "exponent"},
		{"1e5", "Invalid", "", "exponent"},
		{"-12.50", "Invalid", "", "negative"},
		{"−12.50", "Invalid", "", "negative"},
		{"12.50-", "Invalid", "", "negative"},
		{"TL -5", "Invalid", "", "negative"},
		{"+12.50", "Invalid", "", "currency code or sign"},
		{"(12.50)", "Invalid", "", "both before and after"},
		{"12345678901", "Invalid", "", "more than 10 digits"},
		{"12345678901.00", "Invalid", "", "more than 10 digits"},
		{"12.345.678.901,00", "Invalid", "", "more than 10 digits"},
		{"1.2.3", "Invalid", "", "grouped wrongly"},
		{"12.34,56", "Invalid", "", "grouped wrongly"},
		{"1234.567,89", "Invalid", "", "grouped wrongly"},
		{"1,234.567.89", "Invalid", "", "more than one decimal separator"},
		{"1.234,56,7", "Invalid", "", "more than one decimal separator"},
		{".50", "Invalid", "", "no digit before"},
		{"12.", "Invalid", "", "not a number"},
		{"1 234,56", "Invalid", "", "not a number"},
		{"12 abc", "Invalid", "", "currency code or sign"},
		{"abc", "Invalid", "", "not a number"},
		{"NaN", "Invalid", "", "not a number"},
		{"Inf", "Invalid", "", "not a number"},
		{"USD 12.50 EUR", "Invalid", "", "both before and after"},
		{"12.50 XYZ", "Invalid", "", "currency code or sign"},
		{"１２.５０", "Invalid", "", "not a number"},
		{"0x1F", "Invalid", "", ""},
		{"12.50 TRL", "Unsupported", "TRL", "TRL"},
	} {
		a, cur, st, why := Parse(tc.in)
		got := [...]string{"Empty", "", "Invalid", "Unsupported"}[st]
		if st == OK {
			got = a.String()
		}
		if got != tc.want || cur != tc.cur || !strings.Contains(why, tc.why) {
			t.Errorf("Parse(%q) = %s, %q, %q; want %s, %q, …%q…", tc.in, got, cur, why, tc.want, tc.cur, tc.why)
		}
	}
}

func TestAppend(t *testing.T) {
	for a, want := range map[Amount]string{0: "0.00", 5: "0.05", 99: "0.99", 100: "1.00", 12390: "123.90", MaxAmount: "9999999999.99"} {
		if got := string(a.Append([]byte("x"))); got != "x"+want {
			t.Errorf("Append(%d) = %q, want %q", a, got, "x"+want)
		}
		if !Valid(want) {
			t.Errorf("Valid(%q) is false", want)
		}
	}
}

func TestValid(t *testing.T) {
	for _, s := range []string{"", "1", "1.0", "1.000", ".50", "01.00", "-1.00", "1,00", "12345678901.00", "1e5.00", "1.0a"} {
		if Valid(s) {
			t.Errorf("Valid(%q) is true", s)
		}
	}
}

func TestCurrency(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
		st   CurrencyStatus
	}{
		{"TRY", "TRY", CurrencyOK},
		{"try", "TRY", CurrencyOK},
		{" Try ", "TRY", CurrencyOK},
		{"TL", "TRY", CurrencyOK},
		{"tl", "TRY", CurrencyOK},
		{"T.L.", "TRY", CurrencyOK},
		{"YTL", "TRY", CurrencyOK},
		{"₺", "TRY", CurrencyOK},
		{"$", "USD", CurrencyOK},
		{"€", "EUR", CurrencyOK},
		{"£", "GBP", CurrencyOK},
		{"usd", "USD", CurrencyOK},
		{"EUR", "EUR", CurrencyOK},
		{"gbp", "GBP", CurrencyOK},
		{"AED", "AED", CurrencyOK},
		{"HRK", "HRK", CurrencyOK},
		{"TRL", "TRL", CurrencyUnsupported},
		{"trl", "TRL", CurrencyUnsupported},
		{"", "", CurrencyEmpty},
		{"  ", "", CurrencyEmpty},
		{"XYZ", "", CurrencyUnknown},
		{"XAU", "", CurrencyUnknown}, // gold is not an order's money
		{"XXX", "", CurrencyUnknown},
		{"lira", "", CurrencyUnknown},
		{"US$", "", CurrencyUnknown},
		{"TR", "", CurrencyUnknown},
		{"1TL", "", CurrencyUnknown},
		{"...", "", CurrencyUnknown},
		{"¥", "", CurrencyUnknown}, // yen or yuan: the sign does not say
	} {
		got, st := Currency(tc.in)
		if got != tc.want || st != tc.st {
			t.Errorf("Currency(%q) = %q, %v; want %q, %v", tc.in, got, st, tc.want, tc.st)
		}
	}
	for c := range iso4217 {
		if len(c) != 3 || strings.ToUpper(c) != c || !Known(c) {
			t.Errorf("table code %q", c)
		}
		if got, st := Currency(strings.ToLower(c)); got != c || st != CurrencyOK {
			t.Errorf("Currency(%q) = %q, %v", strings.ToLower(c), got, st)
		}
	}
	if Known("TRL") || Known("try") {
		t.Error("Known takes TRL or a lower-case code")
	}
}

func TestParseAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector changes allocation counts")
	}
	for _, in := range []string{"1.234,56 TL", "123.90", "$12.50"} {
		if n := testing.AllocsPerRun(100, func() { Parse(in) }); n != 0 {
			t.Errorf("Parse(%q) allocates %v times", in, n)
		}
	}
}

// FuzzMoney: Parse never panics, and an amount it accepts is within the
// contract, written as Valid says, and read back the same.
func FuzzMoney(f *testing.F) {
	for _, s := range []string{"123.90", "1.234,56", "1,234.56", "₺1.234,56", "12,50 TL", "1.234", "1e5", "-1",
		"9999999999.99", "12345678901", "1.234.567,89", "123.9000", "USD 12.50", "0.30000000000000004", "12.50 TRL", ".5", "１",
		"0.125", "1e-7", "9999999999.995", "1.5E+3", "-0.125", "NaN"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fuzzColumn(t, s)
		a, cur, st, why := Parse(s)
		switch st {
		case OK:
			if a < 0 || a > MaxAmount {
				t.Fatalf("Parse(%q) = %d, out of range", s, a)
			}
			if cur != "" && !Known(cur) {
				t.Fatalf("Parse(%q) names currency %q", s, cur)
			}
			w := a.String()
			if !Valid(w) {
				t.Fatalf("Parse(%q) = %d written %q, which Valid refuses", s, a, w)
			}
			b, cur2, st2, _ := Parse(w)
			if st2 != OK || b != a || cur2 != "" {
				t.Fatalf("Parse(%q) = %s, but Parse(%q) = %d, %q, %v", s, w, w, b, cur2, st2)
			}
			if c, _, st3, _ := Parse(w + " " + cur); cur != "" && (st3 != OK || c != a) {
				t.Fatalf("Parse(%q) = %s %s, but with its currency again %d, %v", s, w, cur, c, st3)
			}
		case Empty:
			if strings.TrimFunc(s, unicode.IsSpace) != "" {
				t.Fatalf("Parse(%q) is Empty", s)
			}
		case Invalid, Unsupported:
			if why == "" {
				t.Fatalf("Parse(%q) refused without saying why", s)
			}
		}
	})
}

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		v        any
		nullable bool
		bad      bool
	}{
		{json.Number("123.90"), false, false},
		{json.Number("0.00"), false, false},
		{nil, true, false},
		{nil, false, true},
		{json.Number("123.9"), false, true},
		{json.Number("123"), false, true},
		{json.Number("1e2"), false, true},
		{json.Number("-1.00"), false, true},
		{"123.90", false, true},
		{123.9, false, true},
	} {
		var got []string
		Check(map[string]any{"price": tc.v}, "price", tc.nullable, func(field, format string, args ...any) {
			got = append(got, field+": "+fmt.Sprintf(format, args...))
		})
		if (len(got) > 0) != tc.bad {
			t.Errorf("Check(%#v, nullable %v): %q", tc.v, tc.nullable, got)
		}
	}
}

func TestParseColumn(t *testing.T) {
	for _, tc := range []struct {
		in   string
		c    Column
		want string // the amount written, or the status's name
		why  string
	}{
		// a float's text, rounded half away from zero
		{"12.345", Float, "12.35", ""},
		{"12.344999", Float, "12.34", ""},
		{"0.125", Float, "0.13", ""},
		{"0.124", Float, "0.12", ""},
		{"19.999", Float, "20.00", ""},
		{"0.30000000000000004", Float, "0.30", ""},
		{"59.970000000000006", Float, "59.97", ""},
		{"12345.7", Float, "12345.70", ""},
		{"3", Float, "3.00", ""},
		{"3.", Float, "3.00", ""},
		{"1e-7", Float, "0.00", ""},
		{"1e-07", Float, "0.00", ""},
		{"5e-3", Float, "0.01", ""},
		{"4.9e-3", Float, "0.00", ""},
		{"1.5E+3", Float, "1500.00", ""},
		{"1.2345e2", Float, "123.45", ""},
		{"9.9999999999e9", Float, "9999999999.90", ""},
		{"9999999999.994", Float, "9999999999.99", ""},
		{"9999999999.995", Float, "Invalid", "more than 10 digits"},
		{"1e10", Float, "Invalid", "more than 10 digits"},
		{"1e99999", Float, "Invalid", "more than 10 digits"},
		{"1e-99999", Float, "0.00", ""},
		{"0", Float, "0.00", ""},
		{"-0.125", Float, "Invalid", "a negative amount"},
		{"-0.001", Float, "Invalid", "a negative amount"},
		{"NaN", Float, "Invalid", "not a number"},
		{"Infinity", Float, "Invalid", "not a number"},
		{"", Float, "Empty", ""},
		// not the database's own text: Parse's rules
		{"1.234,56 TL", Float, "1234.56", ""},
		{"1.234", Float, "1.23", ""}, // a float's text has no grouping: the point
		// an exact column
		{"1.005", Exact, "Invalid", "more than 2 decimals in an exact"},
		{"1.000", Exact, "1.00", ""},
		{"1.500", Exact, "1.50", ""},
		{"123.9000", Exact, "123.90", ""},
		{"42", Exact, "42.00", ""},
		{"-1.00", Exact, "Invalid", "a negative amount"},
		{"1e5", Exact, "Invalid", "exponent"},
		{"12345678901.00", Exact, "Invalid", "more than 10 digits"},
		// text: as it was
		{"1.005", Text, "Invalid", "three digits after a lone separator"},
		{"12.345", Text, "Invalid", "three digits after a lone separator"},
		{"12.3456", Text, "Invalid", "more than 2 decimals"},
		{"0.125", Text, "Invalid", "three digits"},
	} {
		a, _, st, why := ParseColumn(tc.in, tc.c)
		got := a.String()
		if st != OK {
			got = map[Status]string{Empty: "Empty", Invalid: "Invalid", Unsupported: "Unsupported"}[st]
		}
		if got != tc.want || !strings.Contains(why, tc.why) {
			t.Errorf("ParseColumn(%q, %d) = %s (%s), want %s (%s)", tc.in, tc.c, got, why, tc.want, tc.why)
		}
	}
}

func TestColumnOf(t *testing.T) {
	for _, tc := range []struct {
		typ    string
		c      Column
		single bool
	}{
		{"FLOAT", Float, true}, {"float", Float, true}, {"UNSIGNED FLOAT", Float, true}, {"FLOAT4", Float, true}, {"real", Float, true},
		{"DOUBLE", Float, false}, {"double precision", Float, false}, {"FLOAT8", Float, false}, {"double", Float, false},
		{"DECIMAL", Exact, false}, {"numeric", Exact, false}, {"NUMERIC", Exact, false}, {"decimal(12,3)", Exact, false},
		{"INT", Exact, false}, {"UNSIGNED BIGINT", Exact, false}, {"INT4", Exact, false},
		{"VARCHAR", Text, false}, {"TEXT", Text, false}, {"", Text, false}, {"MONEY", Text, false},
	} {
		if got := ColumnOf(tc.typ); got != tc.c {
			t.Errorf("ColumnOf(%q) = %d, want %d", tc.typ, got, tc.c)
		}
		if got := Single(tc.typ); got != tc.single {
			t.Errorf("Single(%q) = %v, want %v", tc.typ, got, tc.single)
		}
	}
}

// numeral is a float's text the fuzz target checks against exact
// rational arithmetic (exponents kept small, so big.Rat stays quick).
var numeral = regexp.MustCompile(`^[0-9]+(\.[0-9]*)?([eE][+-]?[0-9]{1,3})?$`)

// fuzzColumn checks ParseColumn on s for every Column: a result is an
// amount Valid writes, and a float's is its exact value rounded half away
// from zero.
func fuzzColumn(t *testing.T, s string) {
	for _, c := range []Column{Text, Exact, Float} {
		a, _, st, why := ParseColumn(s, c)
		switch st {
		case OK:
			if a < 0 || a > MaxAmount || !Valid(a.String()) {
				t.Fatalf("ParseColumn(%q, %d) = %d, out of range", s, c, a)
			}
		case Invalid, Unsupported:
			if why == "" {
				t.Fatalf("ParseColumn(%q, %d) refused without saying why", s, c)
			}
		}
		if c != Float || !numeral.MatchString(s) {
			continue
		}
		r, ok := new(big.Rat).SetString(s)
		if !ok {
			continue
		}
		// want = floor(r*100 + 1/2), r being non-negative
		x := new(big.Rat).Add(new(big.Rat).Mul(r, big.NewRat(100, 1)), big.NewRat(1, 2))
		want := new(big.Int).Quo(x.Num(), x.Denom())
		switch {
		case want.Cmp(big.NewInt(int64(MaxAmount))) > 0:
			if st != Invalid {
				t.Fatalf("ParseColumn(%q, Float) = %s, want a refusal: it rounds to %s hundredths", s, a, want)
			}
		case st != OK || want.Int64() != int64(a):
			t.Fatalf("ParseColumn(%q, Float) = %s (%s), want %s hundredths", s, a, why, want)
		}
	}
}
