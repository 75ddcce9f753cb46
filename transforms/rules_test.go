package transforms

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestGender(t *testing.T) {
	g := NewGenderTable(nil)
	tests := []struct {
		in, want string
		known    bool
	}{
		{"m", "male", true}, {"M", "male", true}, {"male", "male", true}, {"MALE", "male", true},
		{"e", "male", true}, {"E", "male", true}, {"erkek", "male", true}, {"ERKEK", "male", true},
		{"Bay", "male", true}, {"man", "male", true}, {"Mr", "male", true}, {"1", "male", true}, {" 1 ", "male", true},
		{"f", "female", true}, {"female", "female", true}, {"K", "female", true}, {"kadın", "female", true},
		{"KADIN", "female", true}, {"KADİN", "female", true}, {"kadin", "female", true}, {"Kadın", "female", true},
		{"bayan", "female", true}, {"BAYAN", "female", true}, {"woman", "female", true}, {"Mrs", "female", true},
		{"ms", "female", true}, {"2", "female", true},
		{"0", "", true}, {"9", "", true}, {"u", "", true}, {"-", "", true}, {"", "", true}, {"  ", "", true},
		{"x", "", false}, {"bayanlar", "", false}, {"3", "", false}, {"mr.", "", false},
	}
	for _, tt := range tests {
		got, known := g.Gender(tt.in)
		if got != tt.want || known != tt.known {
			t.Errorf("Gender(%q) = %q, %v; want %q, %v", tt.in, got, known, tt.want, tt.known)
		}
	}
	custom := NewGenderTable(map[string]string{"3": "female", "0": "male", "1": ""})
	for in, want := range map[string]string{"3": "female", "0": "male", "1": "", "2": "female"} {
		if got, known := custom.Gender(in); got != want || !known {
			t.Errorf("custom Gender(%q) = %q, %v; want %q", in, got, known, want)
		}
	}
	// The spellings added for a one-lookup path must answer as folding
	// does, including over config codes (an E mapped to female, say), and
	// the one-byte and empty shortcuts as the table does.
	for _, tab := range []GenderTable{g, custom, NewGenderTable(map[string]string{"e": "female", "": "male", "öğ": "female", "ω": "male"})} {
		for k, v := range tab.m {
			if f, ok := tab.m[foldTurkish(k)]; !ok || f != v {
				t.Errorf("table key %q gives %q, its folded code %q gives %q (%v)", k, v, foldTurkish(k), f, ok)
			}
			if got, known := tab.Gender(k); got != v || !known {
				t.Errorf("Gender(%q) = %q, %v; the table says %q", k, got, known, v)
			}
		}
	}
	emptyMale := NewGenderTable(map[string]string{"": "male"})
	if got, _ := emptyMale.Gender(""); got != "male" {
		t.Errorf(`Gender("") with "" mapped to male = %q`, got)
	}
}

func TestFlag(t *testing.T) {
	tests := []struct {
		in        string
		on, known bool
	}{
		{"1", true, true}, {"true", true, true}, {"TRUE", true, true}, {"t", true, true}, {"yes", true, true},
		{"y", true, true}, {"on", true, true}, {"e", true, true}, {"evet", true, true}, {"EVET", true, true}, {" Evet ", true, true},
		{"0", false, true}, {"false", false, true}, {"f", false, true}, {"no", false, true}, {"n", false, true},
		{"off", false, true}, {"h", false, true}, {"hayır", false, true}, {"HAYIR", false, true}, {"hayir", false, true},
		{"", false, true}, {"\x01", true, true}, {"\x00", false, true},
		{"2", false, false}, {"maybe", false, false}, {"-1", false, false}, {"x", false, false},
	}
	for _, tt := range tests {
		on, known := Flag(tt.in)
		if on != tt.on || known != tt.known {
			t.Errorf("Flag(%q) = %v, %v; want %v, %v", tt.in, on, known, tt.on, tt.known)
		}
	}
}

func TestText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ayşe", "Ayşe"},
		{"  Ayşe   Nur  ", "Ayşe Nur"},
		{"Ayşe\tNur\n", "Ayşe Nur"},
		{"Ayşe\u00a0Nur", "Ayşe Nur"},
		{"Ã‡aÄŸrÄ±", "Çağrı"},
		{"ÅžÃ¼krÃ¼", "Şükrü"},
		{"Ã–zgÃ¼r", "Özgür"},
		{"Ä°smail", "İsmail"},
		{"Ãƒâ€¡aÃ„Å¸rÃ„Â±", "Çağrı"}, // twice over
		{"Þükrü", "Şükrü"},
		{"Çaðlar", "Çağlar"},
		{"ÝSMAÝL", "İSMAİL"},
		{"Jón Þórsson", "Jón Þórsson"},
		{"Björk Guðmundsdóttir", "Björk Guðmundsdóttir"},
		{"Ýñigo", "Ýñigo"},
		{"Müller", "Müller"},
		{"François", "François"},
		{"G&ouml;k&ccedil;e", "Gökçe"},
		{"Tom &amp; Jerry", "Tom & Jerry"},
		{"&#350;&#252;kr&#252;", "Şükrü"},
		{"AT&T", "AT&T"},
		{"\xde\xfckr\xfc", "Şükrü"}, // cp1254 bytes, not UTF-8
		{"Ali\x00Veli", "AliVeli"},
		{"O'Brien", "O'Brien"},
		{"", ""},
		{"   ", ""},
		{"Ahmet", "Ahmet"},
	}
	for _, tt := range tests {
		if got := Text(tt.in); got != tt.want {
			t.Errorf("Text(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzText(f *testing.F) {
	for _, s := range []string{"Ã‡aÄŸrÄ±", "Jón Þórsson", "G&ouml;k", "\xde\xfckr\xfc", " a  b "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Text(s)
		if !utf8.ValidString(out) {
			t.Fatalf("Text(%q) = %q, not UTF-8", s, out)
		}
		if out != strings.Join(strings.Fields(out), " ") {
			t.Fatalf("Text(%q) = %q keeps white space to trim or collapse", s, out)
		}
		if again := Text(out); again != out {
			t.Fatalf("Text(%q) = %q, but again %q", s, out, again)
		}
	})
}

// Text's fast path must give what the full repair gives.
func FuzzTextFastPath(f *testing.F) {
	for _, s := range []string{"Yılmaz", "Gökçe", "Ã‡aÄŸrÄ±", "Çş", "Jón Þórsson", "a\u00a0b", "a\u0085b", "x\u200by", "ÂŸ", "&amp;", "é€", "\ufffd",
		"Ad1234567", "abcdefg&amp;h", "abcdefghi\x7fj", "abcdefgh  ij", "abcdefgh\tij", "Abcdefgh İstanbul"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Text(s), repair(s); got != want {
			t.Fatalf("Text(%q) = %q, repair gives %q", s, got, want)
		}
	})
}

// appendFold must fold as strings.Map with the Turkish i rule does.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"KADIN", "kadın", "KADİN", "Erkek", "\xff", "ΣΑΣ", "İı"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Map(func(r rune) rune {
			switch r {
			case 'I', 'İ', 'ı':
				return 'i'
			}
			return unicode.ToLower(r)
		}, s)
		if got := foldTurkish(s); got != want {
			t.Fatalf("foldTurkish(%q) = %q, want %q", s, got, want)
		}
	})
}

func FuzzTrim(f *testing.F) {
	for _, s := range []string{"", " a", "a ", "a", "\u00a0a", "a\u0085", "\x7f", "~x!", "\tb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trim(s), strings.TrimSpace(s); got != want {
			t.Fatalf("trim(%q) = %q; strings.TrimSpace %q", s, got, want)
		}
	})
}
