package pipeline

import (
	"bytes"
	"testing"

	"github.com/segmentio/encoding/json"
)

// appendString copies plain strings itself; it must write exactly what the
// escaper writes for every input.
func TestAppendStringMatchesEscaper(t *testing.T) {
	cases := []string{
		"", "a", "Ad12", "user12@example.com", "md5$$0123456789abcdef", "2015-01-01 10:00:00",
		`say "hi"`, `back\\slash`, "tab\there", "nl\n", "\x00", "\x1f", "\x7f", " ", "~",
		"<script>&amp;</script>", "Yılmaz", "Jón Þórsson", "\xff\xfe", "a\u2028b", "a\u2029b", "é",
		"/slash/", "'quote'",
	}
	for _, s := range cases {
		got := string(appendString([]byte("x"), s))
		want := "x" + string(json.AppendEscape(nil, s, 0))
		if got != want {
			t.Errorf("appendString(%q) = %s, want %s", s, got, want)
		}
	}
}

func FuzzAppendString(f *testing.F) {
	f.Add("plain")
	f.Add("q\"\\\x01\xff")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendString(nil, s)), string(json.AppendEscape(nil, s, 0)); got != want {
			t.Fatalf("appendString(%q) = %s, want %s", s, got, want)
		}
	})
}

// scan reads eight bytes a word: every byte class, at every place in a
// word and in the tail, must come out as the table says.
func TestScanWordAndTail(t *testing.T) {
	special := []byte{0x00, 0x01, 0x1f, 0x20, 0x21, '"', '#', '[', '\\', ']', 0x7e, 0x7f, 0x80, 0xbf, 0xc3, 0xff}
	for n := 1; n <= 24; n++ {
		for pos := 0; pos < n; pos++ {
			for _, c := range special {
				for _, fill := range []byte{'a', 0xa9} { // plain, or high
					b := bytes.Repeat([]byte{fill}, n)
					b[pos] = c
					var want byte
					for _, x := range b {
						want |= notPlain[x]
					}
					got := scan(string(b))
					if want&mustEscape != 0 {
						want, got = mustEscape, got&mustEscape
					}
					if got != want {
						t.Fatalf("scan(%q) = %d, want %d", b, got, want)
					}
				}
			}
		}
	}
}
