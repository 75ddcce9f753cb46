package pipeline

import (
	"strings"
	"unicode/utf8"

	"github.com/segmentio/encoding/json"
)

// AppendString appends s as a JSON string, as json.AppendEscape(b, s, 0)
// does, only faster on the usual values. This file holds the JSON string
// writers every kind's hand-written encoder shares.
func AppendString(b []byte, s string) []byte { return appendString(b, s) }

// AppendKnown is AppendString of a value known to need no escaping
// (printable ASCII without '"' or '\\': digits, dates, hex, the
// contract's words) when known: it is copied unscanned.
func AppendKnown(b []byte, s string, known bool) []byte { return appendKnown(b, s, known) }

// AppendClean is AppendString of text known to be valid UTF-8 without
// U+2028 or U+2029 (what transforms.Text returns) when clean: it is
// scanned for bytes to escape but not validated again.
func AppendClean(b []byte, s string, clean bool) []byte { return appendClean(b, s, clean) }

// AppendNullable is AppendString, or null for "".
func AppendNullable(b []byte, s string) []byte { return appendNullable(b, s) }

// AppendNullableKnown is AppendKnown, or null for "".
func AppendNullableKnown(b []byte, s string, known bool) []byte {
	return appendNullableKnown(b, s, known)
}

// Quoted appends s between quotes as it is: s must need no escaping.
func Quoted(b []byte, s string) []byte { return quoted(b, s) }

// appendString writes s as a JSON string. Most values (dates, hashes,
// emails, codes, names) need no escaping: printable ASCII other than '"'
// and '\\', and valid UTF-8 other than U+2028 and U+2029. Those are copied,
// and only the rest goes through the escaper (control characters, invalid
// UTF-8, the two separators).
func appendString(b []byte, s string) []byte {
	switch bad := scan(s); {
	case bad == 0:
	case bad == highByte && utf8.ValidString(s) && !hasLineSeparator(s):
	default:
		return json.AppendEscape(b, s, 0)
	}
	return quoted(b, s)
}

// quoted appends s between quotes as it is: s needs no escaping.
func quoted(b []byte, s string) []byte {
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// plain reports whether every byte of s is in 0x20..0x7e and is neither
// '"' nor '\\'.
func plain(s string) bool { return scan(s) == 0 }

// Plain is plain, for transforms that build a Known field from parts.
func Plain(s string) bool { return plain(s) }

// scan ors the notPlain classes of s's bytes, eight bytes a step by table
// (branch-free within a step).
func scan(s string) byte {
	var bad byte
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		bad |= notPlain[w[0]] | notPlain[w[1]] | notPlain[w[2]] | notPlain[w[3]] |
			notPlain[w[4]] | notPlain[w[5]] | notPlain[w[6]] | notPlain[w[7]]
		if bad&mustEscape != 0 {
			return bad
		}
	}
	for ; i < len(s); i++ {
		bad |= notPlain[s[i]]
	}
	return bad
}

// Classes of bytes in notPlain.
const (
	mustEscape = 1 // control characters, DEL, '"' and '\\'
	highByte   = 2 // part of a multi-byte sequence (or invalid UTF-8)
)

var notPlain = func() (t [256]byte) {
	for c := range t {
		switch {
		case c >= 0x80:
			t[c] = highByte
		case c < 0x20 || c == 0x7f || c == '"' || c == '\\':
			t[c] = mustEscape
		}
	}
	return t
}()

// hasLineSeparator reports whether s holds U+2028 or U+2029, which the
// escaper writes as \u2028 and \u2029 (E2 80 A8 and E2 80 A9 in UTF-8).
func hasLineSeparator(s string) bool {
	for {
		i := strings.IndexByte(s, 0xE2)
		if i < 0 || i+2 >= len(s) {
			return false
		}
		if s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
			return true
		}
		s = s[i+1:]
	}
}

func appendNullable(b []byte, s string) []byte {
	if s == "" {
		return append(b, "null"...)
	}
	return appendString(b, s)
}

// appendKnown is appendString, with no scan when known.
func appendKnown(b []byte, s string, known bool) []byte {
	if !known {
		return appendString(b, s)
	}
	return quoted(b, s)
}

// appendClean is appendString of text known to be valid UTF-8 without the
// two line separators when clean.
func appendClean(b []byte, s string, clean bool) []byte {
	if !clean {
		return appendString(b, s)
	}
	if scan(s)&mustEscape != 0 {
		return json.AppendEscape(b, s, 0)
	}
	return quoted(b, s)
}

func appendNullableKnown(b []byte, s string, known bool) []byte {
	if s == "" {
		return append(b, "null"...)
	}
	return appendKnown(b, s, known)
}
