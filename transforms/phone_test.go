package transforms

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestPhone(t *testing.T) {
	tests := []struct {
		in   string
		want string
		st   PhoneStatus
	}{
		{"", "", PhoneEmpty},
		{"   ", "", PhoneEmpty},
		{"5321234567", "5321234567", PhoneValid},
		{"05321234567", "5321234567", PhoneValid},
		{"905321234567", "5321234567", PhoneValid},
		{"+905321234567", "5321234567", PhoneValid},
		{"00905321234567", "5321234567", PhoneValid},
		{"0090 532 123 45 67", "5321234567", PhoneValid},
		{"+90 (532) 123 45 67", "5321234567", PhoneValid},
		{"+90 (532) 123 45 67 dahili 12", "5321234567", PhoneValid},
		{"0532 123 45 67 DAHİLİ 5", "5321234567", PhoneValid},
		{"0532 123 45 67 ext. 99", "5321234567", PhoneValid},
		{"0532 123 45 67 ext 99", "5321234567", PhoneValid},
		{"0532 123 45 67 x99", "5321234567", PhoneValid},
		{"0532 123 45 67 #12", "5321234567", PhoneValid},
		{"0532-123-45-67", "5321234567", PhoneValid},
		{"(0532) 123.45.67", "5321234567", PhoneValid},
		{"Tel: 0532 123 45 67", "5321234567", PhoneValid},
		{"５３２１２３４５６７", "5321234567", PhoneValid},                        // fullwidth
		{"٠٥٣٢١٢٣٤٥٦٧", "5321234567", PhoneValid},                       // Arabic-Indic
		{"5321234567.0", "5321234567", PhoneValid},                      // float column
		{"905321234567.00", "5321234567", PhoneValid},                   // float column
		{"5.32123E+09", "", PhoneInvalid},                               // lost digits
		{"5.321234567e9", "", PhoneInvalid},                             // lost digits
		{"0212 555 12 34 / 0533 111 22 33", "5331112233", PhoneValid},   // landline first
		{"0533 111 22 33, 0532 000 00 01", "5331112233", PhoneValid},    // first valid wins
		{"0212 555 12 34; 0544 111 22 33", "5441112233", PhoneValid},    // semicolon
		{"0212 555 12 34 | 0505 111 22 33", "5051112233", PhoneValid},   // pipe
		{"0532-123-4567 veya 0216 123 45 67", "5321234567", PhoneValid}, // veya
		{"0216 123 45 67 VEYA 0542 123 45 67", "5421234567", PhoneValid},
		{"0216 123 45 67 or 0555 123 45 67", "5551234567", PhoneValid},
		{"0212 555 12 34", "", PhoneInvalid},     // landline
		{"0850 222 00 00", "", PhoneInvalid},     // service number
		{"0800 211 00 00", "", PhoneInvalid},     // toll free
		{"0512 123 45 67", "", PhoneInvalid},     // pager range
		{"+1 212 555 0100", "", PhoneInvalid},    // foreign
		{"+44 7911 123456", "", PhoneInvalid},    // foreign mobile
		{"5555555555", "", PhoneInvalid},         // one digit repeated
		{"05555555555", "", PhoneInvalid},        // one digit repeated
		{"5333333333", "", PhoneInvalid},         // nine of one digit
		{"5323333333", "5323333333", PhoneValid}, // eight, d[2] unlike d[1]
		{"5332333333", "5332333333", PhoneValid}, // eight
		{"5333333332", "5333333332", PhoneValid}, // eight, the odd ones apart
		{"2147483647", "", PhoneInvalid},         // overflowed INT
		{"532123456", "", PhoneInvalid},          // 9 digits
		{"53212345678", "", PhoneInvalid},        // 11 digits, no 0
		{"abc", "", PhoneInvalid},                // garbage
		{"-", "", PhoneInvalid},                  // filler
		{"0", "", PhoneInvalid},                  // filler
		{"5201234567", "", PhoneInvalid},         // 520 not in use
		{"5161234567", "5161234567", PhoneValid}, // 516 block
		{"5611234567", "", PhoneInvalid},         // 561 only as 56161
		{"5616112345", "5616112345", PhoneValid}, // 56161 block
		{"5941234567", "5941234567", PhoneValid},
		{"5071234567", "5071234567", PhoneValid},
		{"5591234567", "5591234567", PhoneValid},
		{"5501234567", "", PhoneInvalid}, // 550 not in use
		{"+0532 123 45 67", "", PhoneInvalid},
		{" / ", "", PhoneEmpty},
	}
	for _, tt := range tests {
		got, st := Phone(tt.in)
		if got != tt.want || st != tt.st {
			t.Errorf("Phone(%q) = %q, %v; want %q, %v", tt.in, got, st, tt.want, tt.st)
		}
	}
	if len(tests) < 40 {
		t.Fatalf("only %d cases", len(tests))
	}
}

func FuzzPhone(f *testing.F) {
	for _, s := range []string{"+90 (532) 123 45 67 dahili 12", "5.32123E+09", "0212 / 0533 111 22 33", "５３２"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, st := Phone(s)
		var scratch [16]byte // Transform's path: the same answer, built in scratch
		if p2, st2 := phoneIn(scratch[:0], s); p2 != p || st2 != st {
			t.Fatalf("phoneIn(%q) = %q, %v; Phone gives %q, %v", s, p2, st2, p, st)
		}
		switch st {
		case PhoneValid:
			if !IsMobile(p) {
				t.Fatalf("Phone(%q) = %q, not a mobile number", s, p)
			}
			if again, st2 := Phone(p); again != p || st2 != PhoneValid {
				t.Fatalf("Phone(%q) = %q, but again %q", s, p, again)
			}
		default:
			if p != "" {
				t.Fatalf("Phone(%q) = %q with status %v", s, p, st)
			}
		}
	})
}

// The fast path must agree with the general one on every input it takes.
func TestPhoneSimpleAgreesWithGeneral(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	const alphabet = "0123456789 ()-+5059"
	prefixes := []string{"", "0", "+90", "90", "0090", "+", "(0", "+1"}
	taken := 0
	for i := 0; i < 200_000; i++ {
		b := []byte(prefixes[rnd.IntN(len(prefixes))])
		for n := rnd.IntN(18); n > 0; n-- {
			b = append(b, alphabet[rnd.IntN(len(alphabet))])
		}
		if i%3 == 0 { // often a real mobile number, spaced
			b = append(b, fmt.Sprintf("53%d %03d %02d %02d", rnd.IntN(10), rnd.IntN(1000), rnd.IntN(100), rnd.IntN(100))...)
		}
		s := string(b)
		if strings.TrimSpace(s) == "" {
			continue
		}
		d, st, ok := phoneSimple(nil, s)
		if !ok {
			continue
		}
		taken++
		if gd, gst := phoneGeneral(s); gd != d || gst != st {
			t.Fatalf("%q: fast path gives %q %v, general %q %v", s, d, st, gd, gst)
		}
	}
	if taken < 100_000 {
		t.Fatalf("the fast path took only %d inputs", taken)
	}
}

func TestNationalNumber(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"", "", true},
		{"0212 555 12 12", "2125551212", true},
		{"+90 212 555 12 12", "2125551212", true},
		{"0090 (850) 222 00 00", "8502220000", true},
		{"902125551212", "2125551212", true},
		{"0212 555 12 12 dahili 45", "2125551212", true},
		{"２１２５５５１２１２", "2125551212", true},
		{"2125551212.0", "2125551212", true},
		{"2.12555E+09", "", false},
		{"+44 20 7946 0958", "", false},
		{"yok", "", false},
		{"555 12 12", "5551212", true}, // the caller judges the length
	}
	for _, tt := range tests {
		got, ok := NationalNumber(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("NationalNumber(%q) = %q %v, want %q %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	if got := PhoneCandidates("0212 555 12 12 / 0532 111 22 33 veya 0533 111 22 33; 1,2|3"); len(got) != 6 {
		t.Errorf("PhoneCandidates: %q", got)
	}
}
