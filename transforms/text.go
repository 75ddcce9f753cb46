package transforms

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// cp1252High maps the runes cp1252 puts at 0x80–0x9F back to their bytes.
var cp1252High = func() map[rune]byte {
	m := map[rune]byte{}
	for b := 0x80; b <= 0x9f; b++ {
		r := charmap.Windows1252.DecodeByte(byte(b))
		if r != utf8.RuneError {
			m[r] = byte(b)
		}
	}
	return m
}()

// cp1254Fix maps the latin1 letters at the six places where cp1254 holds
// Turkish letters to those letters.
var cp1254Fix = map[rune]rune{'Ð': 'Ğ', 'Ý': 'İ', 'Þ': 'Ş', 'ð': 'ğ', 'ý': 'ı', 'þ': 'ş'}

// Text repairs a legacy text value (docs/rules.md §3.6): bytes that are not UTF-8
// are read as cp1254, mojibake (UTF-8 read as latin1/cp1252, up to three
// times over) is undone, Turkish read through the wrong code page is fixed
// when the result is plain Turkish, HTML entities are decoded, control
// characters dropped and white space trimmed and collapsed. Text that is
// already right comes back unchanged.
func Text(s string) string {
	if cleanText(s) {
		return s
	}
	return repair(s)
}

// repair is Text without the fast path.
func repair(s string) string {
	if !utf8.ValidString(s) {
		s = decodeStray(s)
	}
	// Each repair can reveal another (an entity that decodes to mojibake),
	// so repeat until nothing changes: Text(Text(s)) == Text(s).
	for i := 0; i < 4; i++ {
		r := repairOnce(s)
		if r == s {
			break
		}
		s = r
		if cleanText(s) { // another pass would change nothing
			break
		}
	}
	return s
}

// decodeStray keeps the valid UTF-8 of s and reads each byte that is not
// part of it as cp1254, the usual single-byte code page of Turkish shops.
func decodeStray(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(charmap.Windows1254.DecodeByte(s[i]))
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func repairOnce(s string) string {
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	for i := 0; i < 3 && mojibakeLikely(s); i++ {
		r, ok := undoMojibake(s)
		if !ok {
			break
		}
		s = r
	}
	s = fixCP1254(s)
	if needsCollapse(s) {
		s = collapse(s)
	}
	return s
}

// mojibakeLikely is a cheap test that undoMojibake can succeed: UTF-8 read
// as latin1/cp1252 always shows a lead byte (Â..ô) followed by a rune that
// stands for a continuation byte (0x80..0xBF). Correct Turkish ("Gökçe",
// "Yılmaz") has no such pair and skips the work.
func mojibakeLikely(s string) bool {
	prevLead := false
	for _, r := range s {
		if prevLead {
			if b, ok := singleByte(r); ok && b >= 0x80 && b <= 0xbf {
				return true
			}
		}
		prevLead = r >= 0xc2 && r <= 0xf4
	}
	return false
}

func singleByte(r rune) (byte, bool) {
	if r <= 0xff {
		return byte(r), true
	}
	b, ok := cp1252High[r]
	return b, ok
}

// needsCollapse reports whether collapse would change s.
func needsCollapse(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return true
	}
	prevSpace := false
	for _, r := range s {
		switch {
		case r == ' ':
			if prevSpace {
				return true
			}
			prevSpace = true
			continue
		case unicode.IsSpace(r) || unicode.IsControl(r) || r == utf8.RuneError || r == '\u200b' || r == '\ufeff':
			return true
		}
		prevSpace = false
	}
	return false
}

// undoMojibake encodes s back to the single bytes latin1/cp1252 made of it
// and decodes them as UTF-8. It succeeds only when every rune has such a
// byte, at least one multi-byte sequence appears and the bytes are valid
// UTF-8: text like "Jón Þórsson" fails the last test and stays.
func undoMojibake(s string) (string, bool) {
	b := make([]byte, 0, len(s))
	multi := false
	for _, r := range s {
		switch {
		case r < 0x80:
			b = append(b, byte(r))
		case r <= 0xff:
			b = append(b, byte(r))
			multi = true
		default:
			c, ok := cp1252High[r]
			if !ok {
				return s, false
			}
			b = append(b, c)
			multi = true
		}
	}
	if !multi || !utf8.Valid(b) {
		return s, false
	}
	return string(b), true
}

// fixCP1254 repairs Turkish that went through latin1 ("Þükrü", "Çaðlar")
// when, after the repair, every letter is a Turkish or ASCII letter.
func fixCP1254(s string) string {
	if !strings.ContainsAny(s, "ÐÝÞðýþ") {
		return s
	}
	out := []rune(s)
	for i, r := range out {
		if t, ok := cp1254Fix[r]; ok {
			out[i] = t
		}
	}
	for _, r := range out {
		if unicode.IsLetter(r) && r >= 0x80 && !strings.ContainsRune("çÇğĞıİöÖşŞüÜâÂîÎûÛ", r) {
			return s
		}
	}
	return string(out)
}

// collapse trims, folds every run of white space into one space and drops
// control characters.
func collapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
		case unicode.IsControl(r) || r == utf8.RuneError || r == '\u200b' || r == '\ufeff':
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cleanText reports, in one pass, that repair would return s unchanged:
// valid UTF-8 with no entity, no mojibake pair (see mojibakeLikely), none
// of the letters fixCP1254 looks at and nothing for collapse to do. Most
// non-ASCII names ("Yılmaz", "Gökçe") are such text. It may say false for
// text repair leaves alone; it never says true for text repair changes.
func cleanText(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	prevLead := false
	for i := 0; i < len(s); {
		// Printable ASCII other than '&' and ' ' (the bulk of a name)
		// needs nothing: eight bytes a step (swar.go), then a byte a
		// step. A byte loop that classed every byte took 15 instructions
		// a byte.
		if textPlain[s[i]] {
			for i+8 <= len(s) && plainWord(word(s, i)) {
				i += 8
			}
			for i < len(s) && textPlain[s[i]] {
				i++
			}
			prevLead = false
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			// A control character, '&' (an entity?) or a space: one is
			// fine, two in a row are not (s[i-1] is there: s does not
			// start with a space).
			if c != ' ' || s[i-1] == ' ' {
				return false
			}
			prevLead = false
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError, r <= 0xa0, r == '\u200b', r == '\ufeff', r >= 0x1680 && unicode.IsSpace(r):
			// invalid bytes, C1 controls and no-break space, invisible
			// marks, spaces (after U+00A0 the first is U+1680: Turkish
			// letters skip the table search)
			return false
		case r == 'Ð', r == 'Ý', r == 'Þ', r == 'ð', r == 'ý', r == 'þ':
			return false
		case prevLead:
			if b, ok := singleByte(r); ok && b >= 0x80 && b <= 0xbf {
				return false
			}
		}
		prevLead = r >= 0xc2 && r <= 0xf4
		i += n
	}
	return true
}

// textPlain marks the bytes cleanText passes over: printable ASCII other
// than '&' and ' '.
var textPlain = func() (t [256]bool) {
	for c := 0x21; c < 0x7f; c++ {
		t[c] = c != '&'
	}
	return t
}()

// plainWord reports whether the eight bytes of x are all textPlain.
func plainWord(x uint64) bool {
	amp := x ^ '&'*ones // a zero byte where x has '&'
	return x&highs == 0 && atLeast(x, 0x21) == highs && above(x, 0x7e) == 0 && (amp-ones)&^amp&highs == 0
}

// trim is strings.TrimSpace with its usual case inlined: a value that
// starts and ends with printable ASCII (0x21–0x7E) has nothing to trim.
// A call took some 40 instructions, six times a row.
func trim(s string) string {
	if len(s) > 0 && s[0]-0x21 < 0x5e && s[len(s)-1]-0x21 < 0x5e {
		return s
	}
	return strings.TrimSpace(s)
}
