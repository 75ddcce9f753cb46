package sources

import (
	"encoding/json"
	"fmt"
	"slices"
	"unicode/utf8"
)

// A key of one column is written as its value; a key of several (SPEC §8:
// key: [order_id, line_no]) as a JSON array of the values' texts,
// ["12","3"]. That text is Row.Key and Pos.Key, and it comes back as the
// position a run resumes after and as the keys a plan reads again, so
// JoinKey and SplitKey must agree: every package that makes or reads such
// a key goes through them.

// JoinKey is the text of the key whose columns hold parts: parts[0] for a
// key of one column, else a compact JSON array of strings. Text that is
// not UTF-8 cannot be written in JSON; its bad bytes become U+FFFD (the
// readers refuse such a value in a key of several columns before they get
// here, see ValidKeyPart).
func JoinKey(parts []string) string {
	if len(parts) == 1 {
		return parts[0]
	}
	return string(AppendKey(nil, parts))
}

// AppendKey appends JoinKey(parts) to dst.
func AppendKey(dst []byte, parts []string) []byte {
	if len(parts) == 1 {
		return append(dst, parts[0]...)
	}
	dst = append(dst, '[')
	for i, p := range parts {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendJSONString(dst, p)
	}
	return append(dst, ']')
}

// ValidKeyPart says v can be one value of a key of several columns: JSON
// carries text, not arbitrary bytes.
func ValidKeyPart(v string) bool { return utf8.ValidString(v) }

// SplitKey is the column values of key text k of a key of n columns: k
// itself when n is 1, else the n strings of a JSON array.
func SplitKey(k string, n int) ([]string, error) {
	if n == 1 {
		return []string{k}, nil
	}
	var ps []*string // a null is no string (into a string it would be "")
	err := json.Unmarshal([]byte(k), &ps)
	if err == nil && len(ps) == n && !slices.Contains(ps, nil) {
		parts := make([]string, n)
		for i, p := range ps {
			parts[i] = *p
		}
		return parts, nil
	}
	return nil, fmt.Errorf("key %q is not a JSON array of %d strings, as a key of %d columns is written", k, n, n)
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string, escaped as encoding/json
// escapes it but for <, > and &, which it escapes only for HTML.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' { // as encoding/json: JSONP-safe
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
