package transforms

import (
	"strings"
	"testing"
)

func TestEmail(t *testing.T) {
	tests := []struct {
		in   string
		want string
		st   EmailStatus
	}{
		{"ayse@gmail.com", "ayse@gmail.com", EmailOK},
		{" AYSE@GMAIL.COM. ", "ayse@gmail.com", EmailOK},
		{"Ayse.Yilmaz@Example.COM", "ayse.yilmaz@example.com", EmailOK},
		{"\u200bayse@gmail.com", "ayse@gmail.com", EmailOK},
		{"ayse@gmail.com\ufeff", "ayse@gmail.com", EmailOK},
		{"ay\u200dse@gmail.com", "ayse@gmail.com", EmailOK},
		{"Ayşe Yılmaz <ayse@gmail.com>", "ayse@gmail.com", EmailOK},
		{"<ayse@gmail.com>", "ayse@gmail.com", EmailOK},
		{"\"Yılmaz, Ayşe\" <AYSE@gmail.com>", "ayse@gmail.com", EmailOK},
		{"mailto:ayse@gmail.com", "ayse@gmail.com", EmailOK},
		{"MAILTO:ayse@gmail.com", "ayse@gmail.com", EmailOK},
		{"mehmet@örnek.com.tr", "mehmet@xn--rnek-4qa.com.tr", EmailOK},
		{"mehmet@ÖRNEK.com.tr", "mehmet@xn--rnek-4qa.com.tr", EmailOK},
		{"user+tag@gmail.com", "user+tag@gmail.com", EmailOK},
		{"o'brien@example.ie", "o'brien@example.ie", EmailOK},
		{"a_b-c@sub.example.co.uk", "a_b-c@sub.example.co.uk", EmailOK},
		{"x@a-b.io", "x@a-b.io", EmailOK},
		{"1234@123.com", "1234@123.com", EmailOK},
		{"user@xn--rnek-4qa.com.tr", "user@xn--rnek-4qa.com.tr", EmailOK},
		{strings.Repeat("a", 64) + "@example.com", strings.Repeat("a", 64) + "@example.com", EmailOK},
		{"", "", EmailMissing},
		{"   ", "", EmailMissing},
		{".", "", EmailMissing},
		{"\u200b", "", EmailMissing},
		{"mailto:", "", EmailMissing},
		{"ayse", "", EmailInvalid},
		{"ayse@", "", EmailInvalid},
		{"@gmail.com", "", EmailInvalid},
		{"ayse@@gmail.com", "", EmailInvalid},
		{"ay@se@gmail.com", "", EmailInvalid},
		{"ayse@gmail", "", EmailInvalid},
		{"ayse@gmail.c", "", EmailInvalid},
		{"ayse@gmail..com", "", EmailInvalid},
		{"ayse@.gmail.com", "", EmailInvalid},
		{"ayse@-gmail.com", "", EmailInvalid},
		{"ayse@gmail-.com", "", EmailInvalid},
		{"ayse@gmail.com-", "", EmailInvalid},
		{"ayse@gmail_x.com", "", EmailInvalid},
		{"ayse@gm ail.com", "", EmailInvalid},
		{"ay se@gmail.com", "", EmailInvalid},
		{"ayse..y@gmail.com", "", EmailInvalid},
		{".ayse@gmail.com", "", EmailInvalid},
		{"ayse.@gmail.com", "", EmailInvalid},
		{"ayşe@gmail.com", "", EmailInvalid},
		{"ayse(at)gmail.com", "", EmailInvalid},
		{"ayse@[192.168.0.1]", "", EmailInvalid},
		{"ayse@localhost", "", EmailInvalid},
		{"ayse,veli@gmail.com", "", EmailInvalid},
		{"ayse;@gmail.com", "", EmailInvalid},
		{"\"ayse\"@gmail.com", "", EmailInvalid},
		{strings.Repeat("a", 65) + "@example.com", "", EmailInvalid},
		{"a@" + strings.Repeat("b", 64) + ".com", "", EmailInvalid},
		{"a@" + strings.Repeat(strings.Repeat("b", 60)+".", 5) + "com", "", EmailInvalid},
		{"ayse@gmail.com..", "", EmailInvalid},
	}
	for _, tt := range tests {
		got, st, why := Email(tt.in)
		if got != tt.want || st != tt.st {
			t.Errorf("Email(%q) = %q, %v (%s); want %q, %v", tt.in, got, st, why, tt.want, tt.st)
		}
		if st != EmailOK && why == "" {
			t.Errorf("Email(%q): no reason given", tt.in)
		}
	}
	if len(tests) < 40 {
		t.Fatalf("only %d cases", len(tests))
	}
}

func FuzzEmail(f *testing.F) {
	for _, s := range []string{" AYSE@GMAIL.COM. ", "Name <a@b.co>", "mehmet@örnek.com.tr", "a..b@c.d",
		"User1@Example.com", "a.b+c@x-y.com.tr", "a@b-.co", "a.@b.co", "a@b.c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, st, why := Email(s)
		var scratch [254]byte // Transform's path: the same answer, built in scratch
		if e2, st2, why2 := emailIn(scratch[:0], s); e2 != e || st2 != st || why2 != why {
			t.Fatalf("emailIn(%q) = %q, %v, %q; Email gives %q, %v, %q", s, e2, st2, why2, e, st, why)
		}
		if e3, ok := emailFast(strings.TrimSpace(s), scratch[:0]); ok {
			if e4, st4, _ := emailFull(strings.TrimSpace(s)); e3 != e4 || st4 != EmailOK {
				t.Fatalf("emailFast(%q) = %q, but emailFull gives %q, %v", s, e3, e4, st4)
			}
		}
		if st != EmailOK {
			if e != "" {
				t.Fatalf("Email(%q) = %q with status %v", s, e, st)
			}
			return
		}
		if !ValidEmail(e) {
			t.Fatalf("Email(%q) = %q, which does not validate again", s, e)
		}
		if len(e) > 254 || strings.Count(e, "@") != 1 || e != strings.ToLower(e) {
			t.Fatalf("Email(%q) = %q breaks the contract", s, e)
		}
	})
}
