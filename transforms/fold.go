package transforms

import (
	"strings"
	"unicode"
)

// foldTurkish lowercases for matching codes typed in Turkish or English:
// every dotted and dotless i becomes i, so KADIN, KADİN, kadın and kadin
// are one word. It maps rune for rune, keeping the rune count.
func foldTurkish(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case 'I', 'İ', 'ı':
			return 'i'
		}
		return unicode.ToLower(r)
	}, s)
}
