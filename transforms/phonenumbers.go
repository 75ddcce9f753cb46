package transforms

// PhoneCandidates cuts a phone field into the numbers it may hold, at the
// separators of docs/rules.md §3.1 (/ , ; | and the words "veya", "or"),
// for rules that take other numbers than mobiles (an address's landline).
func PhoneCandidates(s string) []string { return splitPhones(s) }

// NationalNumber reduces one number of a phone field to its national
// digits with the cleaning of docs/rules.md §3.1: extension text dropped,
// any Unicode digit read, a float column's ".0" dropped, then +90, 0090,
// 90 (of 12 digits) and 0 (of 11 digits) stripped. ok is false when c
// cannot be a Turkish number (scientific notation, a foreign "+"
// prefix, text without digits); digits is "" with ok for a blank c. The
// caller judges the digits (IsMobile, or its own ranges).
func NationalNumber(c string) (digits string, ok bool) { return phoneDigits(c) }
