package money

import (
	"strings"

	"etl/internal/places"
)

// CurrencyStatus says what Currency made of a value.
type CurrencyStatus int

const (
	CurrencyEmpty       CurrencyStatus = iota // blank: the caller's default applies
	CurrencyOK                                // an ISO 4217 code
	CurrencyUnknown                           // not a currency the tool knows: reject invalid
	CurrencyUnsupported                       // TRL: reject unsupported
)

// TRL is the Turkish lira before 2005. One TRY is a million TRL: an amount
// in TRL written as TRY would be a million times too large, and one
// divided by a million has lost its meaning (old prices were rounded to
// thousands of TRL), so orders in it are refused, not converted.
const TRL = "TRL"

// aliases are the folded (places.Fold) names and signs legacy shops write
// for a currency, besides its code (SPEC §10).
var aliases = map[string]string{
	"tl":  "TRY",
	"ytl": "TRY", // the "new" lira of 2005–2008, one TRY
	"₺":   "TRY",
	"$":   "USD",
	"€":   "EUR",
	"£":   "GBP",
}

// Currency reads a currency: an ISO 4217 code in any case, or one of the
// names and signs of aliases, matched as SPEC §8 folds words (trimmed,
// Turkish case, dots and spaces ignored: "T.L.", "tl", "TL" are one).
// The code comes back upper case.
func Currency(v string) (string, CurrencyStatus) {
	if strings.TrimSpace(v) == "" {
		return "", CurrencyEmpty
	}
	var buf [16]byte
	f := places.AppendFold(buf[:0], v)
	if len(f) == 0 {
		return "", CurrencyUnknown
	}
	if c, ok := aliases[string(f)]; ok {
		return c, CurrencyOK
	}
	if len(f) != 3 {
		return "", CurrencyUnknown
	}
	var up [3]byte
	for i, c := range f {
		if c < 'a' || c > 'z' {
			return "", CurrencyUnknown
		}
		up[i] = c - 'a' + 'A'
	}
	if string(up[:]) == TRL {
		return TRL, CurrencyUnsupported
	}
	code, ok := iso4217[string(up[:])]
	if !ok {
		return "", CurrencyUnknown
	}
	return code, CurrencyOK
}

// Known reports whether code is a currency code as a record writes it:
// upper case, in ISO 4217's list.
func Known(code string) bool { _, ok := iso4217[code]; return ok }

// iso4217 are the currency codes of ISO 4217 (list one, as amended to
// 2025) that a shop may have sold in. Left out are the list's codes that
// are no order's money: the fund and unit codes (BOV, CHE, CHW, CLF, COU,
// MXV, USN, UYI, UYW, XDR, XSU, XUA, the bond units XBA–XBD), the precious
// metals (XAU, XAG, XPD, XPT), XTS (testing) and XXX (no currency). Kept
// are codes withdrawn since 2022 whose orders may still be migrated: ANG,
// CUC, HRK (Croatia's kuna before the euro), SLL and ZWL. Each code maps
// to itself, so that a lookup by bytes returns the code without making a
// string of them.
var iso4217 = func() map[string]string {
	const codes = `
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN
BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD
CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK
DJF DKK DOP DZD
EGP ERN ETB EUR
FJD FKP
GBP GEL GHS GIP GMD GNF GTQ GYD
HKD HNL HRK HTG HUF
IDR ILS INR IQD IRR ISK
JMD JOD JPY
KES KGS KHR KMF KPW KRW KWD KYD KZT
LAK LBP LKR LRD LSL LYD
MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN
NAD NGN NIO NOK NPR NZD
OMR
PAB PEN PGK PHP PKR PLN PYG
QAR
RON RSD RUB RWF
SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL
THB TJS TMT TND TOP TRY TTD TWD TZS
UAH UGX USD UYU UZS
VED VES VND VUV
WST
XAF XCD XCG XOF XPF
YER
ZAR ZMW ZWG ZWL`
	m := map[string]string{}
	for _, c := range strings.Fields(codes) {
		m[c] = c
	}
	return m
}()
