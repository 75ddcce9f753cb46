package address

import (
	"strings"

	"etl/transforms"
)

// areaCodes are the geographic area codes of Türkiye's fixed lines as
// numbered today (since 1999: 2xx–4xx), plus 392 (Northern Cyprus, a
// fixed line reached through +90 like any other; shops ship there) and
// 850 (the nationwide numbers firms give as their landline). Source:
// Google libphonenumber metadata for TR, fixed-line pattern
// (?:2(?:[13][26]|[28][2468]|[45][268]|[67][246])|3(?:[13][28]|[24-6][2468]|[78][02468]|92)|4(?:[16][246]|[23578][2468]|4[26]))\d{7}
// (resources/PhoneNumberMetadata.xml), and its 850 block. Mobile ranges
// are transforms.IsMobile's; keep this table here, in one place.
var areaCodes = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range strings.Fields(`
		212 216 222 224 226 228 232 236 242 246 248 252 256 258 262 264 266
		272 274 276 282 284 286 288
		312 318 322 324 326 328 332 338 342 344 346 348 352 354 356 358 362
		364 366 368 370 372 374 376 378 380 382 384 386 388 392
		412 414 416 422 424 426 428 432 434 436 438 442 446 452 454 456 458
		462 464 466 472 474 476 478 482 484 486 488
		850`) {
		m[c] = true
	}
	return m
}()

// phoneNumber is the address's phone_number (SPEC §9): the first number
// in the field that is a Turkish mobile or a landline of a real area
// code, as 10 digits. The numbers of a field are separated as a user's
// phone's are (docs/rules.md §3.1: / , ; | and the words veya, or), and
// also by a hyphen with white space on both sides ("0212 555 12 12 -
// 0532 111 22 33"), but only where the text around it is not one number
// already: "0212 - 555 12 12" is one number written with a spaced hyphen.
// The status is PhoneInvalid when the field held something but no such
// number (a warning), PhoneEmpty when it held nothing.
func phoneNumber(s string) (string, transforms.PhoneStatus) {
	if strings.TrimSpace(s) == "" {
		return "", transforms.PhoneEmpty
	}
	if oneNumber(s) { // the usual field: no list to cut
		if d, ok := transforms.NationalNumber(s); ok && validNumber(d) {
			return d, transforms.PhoneValid
		}
	}
	st := transforms.PhoneEmpty
	for _, c := range transforms.PhoneCandidates(s) {
		d, ok := transforms.NationalNumber(c)
		if ok && d == "" {
			continue
		}
		st = transforms.PhoneInvalid
		if ok && validNumber(d) {
			return d, transforms.PhoneValid
		}
		for _, part := range spacedHyphen(c) {
			if d, ok := transforms.NationalNumber(part); ok && validNumber(d) {
				return d, transforms.PhoneValid
			}
		}
	}
	return "", st
}

// oneNumber reports whether s is digits, spaces, brackets, hyphens and
// pluses only: no separator of numbers but a spaced hyphen, which the
// general path handles when the whole is no number.
func oneNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9', c == ' ', c == '(', c == ')', c == '-', c == '+':
		default:
			return false
		}
	}
	return true
}

// validNumber reports whether ten national digits are a mobile or a
// landline.
func validNumber(d string) bool {
	return len(d) == 10 && (transforms.IsMobile(d) || landline(d))
}

// landline reports whether ten digits are a fixed line of a real area
// code. 2222222222 and kin are typed filler, not numbers: nine or ten
// of one digit. (The overflow values of §3.1, 2147483647 and 4294967295,
// have no real area code.)
func landline(d string) bool {
	if len(d) != 10 || !areaCodes[d[:3]] {
		return false
	}
	for i := 0; i < len(d); i++ {
		if d[i] < '0' || d[i] > '9' {
			return false
		}
	}
	var count [10]int
	for i := 0; i < len(d); i++ {
		if count[d[i]-'0']++; count[d[i]-'0'] >= 9 {
			return false
		}
	}
	return true
}

// spacedHyphen cuts c at each hyphen or dash with white space on both
// sides; nil when there is none.
func spacedHyphen(c string) []string {
	fields := strings.Fields(c)
	var parts []string
	start := 0
	for i, f := range fields {
		if f == "-" || f == "–" || f == "—" {
			parts = append(parts, strings.Join(fields[start:i], " "))
			start = i + 1
		}
	}
	if parts == nil {
		return nil
	}
	return append(parts, strings.Join(fields[start:], " "))
}
