package transforms

import (
	"unicode"
	"unicode/utf8"
)

// foldTurkish lowercases for matching codes typed in Turkish or English:
// every dotted and dotless i becomes i, so KADIN, KADİN, kadın and kadin
// are one word. It maps rune for rune, keeping the rune count (bytes that
// are not UTF-8 become U+FFFD, as strings.Map does).
func foldTurkish(s string) string { return string(appendFold(nil, s)) }

// appendFold appends foldTurkish(s) to b. Lookups use it with a buffer on
// the stack, and a map index by string(b) does not allocate.
func appendFold(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case 'İ', 'ı':
			r = 'i'
		default:
			r = unicode.ToLower(r)
		}
		b = utf8.AppendRune(b, r)
		i += n
	}
	return b
}

// lookupFold is m[foldTurkish(s)] without allocating for short s.
func lookupFold[V any](m map[string]V, s string) (V, bool) {
	var buf [32]byte
	v, ok := m[string(appendFold(buf[:0], s))]
	return v, ok
}
