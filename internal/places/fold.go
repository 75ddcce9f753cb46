package places

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold is the matching form of a word (SPEC §8): Turkish case folding (İ,
// I, ı and i all become i), diacritics removed (ç→c, ğ→g, ö→o, ş→s, ü→u,
// â→a, …; compatibility forms such as fullwidth letters and digits become
// their plain ones), and separators dropped: white space, dots, hyphens
// and dashes, apostrophes. Legacy data writes "K.Maraş", "K. Maraş",
// "Kahraman-Maraş" and "KAHRAMANMARAŞ" for one place; no two places in
// tr-places.json fold alike (the tests check). Other punctuation ("/",
// ",", "(") is kept, so "Üsküdar/İstanbul" matches nothing.
func Fold(s string) string {
	if asciiFolded(s) {
		return s
	}
	return string(appendFold(make([]byte, 0, len(s)), s))
}

// asciiFolded reports whether s is ASCII that Fold leaves as it is.
func asciiFolded(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') || dropASCII[c] {
			return false
		}
	}
	return true
}

// dropASCII marks the ASCII separators Fold drops.
var dropASCII = func() (t [utf8.RuneSelf]bool) {
	for _, c := range " \t\n\v\f\r.-'`" {
		t[c] = true
	}
	return t
}()

// turkish folds the Turkish letters without a table search.
var turkish = map[rune]byte{
	'ç': 'c', 'Ç': 'c', 'ğ': 'g', 'Ğ': 'g', 'ı': 'i', 'İ': 'i',
	'ö': 'o', 'Ö': 'o', 'ş': 's', 'Ş': 's', 'ü': 'u', 'Ü': 'u',
	'â': 'a', 'Â': 'a', 'î': 'i', 'Î': 'i', 'û': 'u', 'Û': 'u',
}

// AppendFold appends Fold(s) to b, for keys built from several parts.
func AppendFold(b []byte, s string) []byte { return appendFold(b, s) }

// appendFold appends Fold(s) to b: lookups fold into a buffer on the
// stack, and a map index by string(b) does not allocate.
func appendFold(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case dropASCII[c]:
			case c >= 'A' && c <= 'Z':
				b = append(b, c+'a'-'A')
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if t, ok := turkish[r]; ok {
			b = append(b, t)
			continue
		}
		if dropRune(r) {
			continue
		}
		// Anything else: its compatibility decomposition without the
		// combining marks, lower-cased ("Ž" → "z", "Ｉ" → "i").
		var one, dec [utf8.UTFMax * 4]byte
		d := norm.NFKD.Append(dec[:0], utf8.AppendRune(one[:0], r)...)
		for len(d) > 0 {
			q, m := utf8.DecodeRune(d)
			d = d[m:]
			switch {
			case unicode.Is(unicode.Mn, q), dropRune(q):
			case q == 'I' || q == 'ı':
				b = append(b, 'i')
			case q < utf8.RuneSelf && dropASCII[q]:
			default:
				b = utf8.AppendRune(b, unicode.ToLower(q))
			}
		}
	}
	return b
}

// dropRune reports whether Fold drops r: white space, dashes, apostrophes
// and invisible format characters (zero-width space, BOM).
func dropRune(r rune) bool {
	switch r {
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', // dashes
		'\u2018', '\u2019', '\u02bc', '\u00b4': // apostrophes
		return true
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

// Separator reports whether Fold drops r as a separator: white space, a
// dot, hyphen or dash, an apostrophe, an invisible format character.
// (Fold also drops what decomposes to one, such as a fullwidth dot.)
func Separator(r rune) bool {
	if r < utf8.RuneSelf {
		return dropASCII[r]
	}
	return dropRune(r)
}
