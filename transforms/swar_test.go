package transforms

import (
	"strings"
	"testing"
)

// Every digest length and the bytes around each range's ends, in every
// position of a word.
func TestHexCaseWords(t *testing.T) {
	edges := "/09:@AFG`afg\x7f\x80\xff"
	for _, n := range []int{8, 32, 40, 64} {
		for _, c := range edges {
			for at := 0; at < n; at++ {
				s := strings.Repeat("a", at) + string(c) + strings.Repeat("0", n-at-1)
				if len(s) != n { // a rune of two bytes
					s = s[:n]
				}
				hex, upper := hexCase(s)
				wantHex, wantUpper := hexCaseBytes(s)
				if hex != wantHex || upper != wantUpper {
					t.Fatalf("hexCase(%q) = %v, %v; a byte at a time %v, %v", s, hex, upper, wantHex, wantUpper)
				}
			}
		}
	}
	if hex, upper := hexCase(strings.Repeat("0123456789abcdeF", 2)); !hex || !upper {
		t.Errorf("an upper-case F in the last place: %v, %v", hex, upper)
	}
	if hex, _ := hexCase(strings.Repeat("0123456789abcdef", 2)); !hex {
		t.Error("md5 digits are not hex")
	}
}

func FuzzHexCase(f *testing.F) {
	for _, s := range []string{"", "0123456789abcdef", "0123456789ABCDEF0123456789abcdeG", strings.Repeat("f", 40)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// As it is, and made an md5's length (word by word).
		for _, s := range []string{s, (s + strings.Repeat("0", 32))[:32]} {
			hex, upper := hexCase(s)
			wantHex, wantUpper := hexCaseBytes(s)
			if hex != wantHex || upper != wantUpper {
				t.Fatalf("hexCase(%q) = %v, %v; a byte at a time %v, %v", s, hex, upper, wantHex, wantUpper)
			}
		}
	})
}
