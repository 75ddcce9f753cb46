package transforms

import (
	"testing"
	"time"
)

var (
	istanbul, _ = time.LoadLocation("Europe/Istanbul")
	testNow     = time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)
)

func TestParseStamp(t *testing.T) {
	tests := []struct {
		in   string
		want string // DateTime(), or "" when not OK
		st   DateStatus
	}{
		{"", "", DateEmpty},
		{"  ", "", DateEmpty},
		{"1990-01-13", "1990-01-13 00:00:00", DateOK},
		{"1990/01/13", "1990-01-13 00:00:00", DateOK},
		{"13.01.1990", "1990-01-13 00:00:00", DateOK},
		{"13-01-1990", "1990-01-13 00:00:00", DateOK},
		{"13/01/1990", "1990-01-13 00:00:00", DateOK},
		{"3.1.1990", "1990-01-03 00:00:00", DateOK},
		{"1990-1-3", "1990-01-03 00:00:00", DateOK},
		{"2022-01-13 09:26", "2022-01-13 09:26:00", DateOK},
		{"2022-01-13 09:26:07", "2022-01-13 09:26:07", DateOK},
		{"2022-01-13 9:26:07", "2022-01-13 09:26:07", DateOK},
		{"2022-01-13 09:26:07.123456", "2022-01-13 09:26:07", DateOK},
		{"13.01.2022 09:26", "2022-01-13 09:26:00", DateOK},
		{"13/01/2022 09:26:59", "2022-01-13 09:26:59", DateOK},
		{" 2022-01-13 ", "2022-01-13 00:00:00", DateOK},
		{"2022-01-13T09:26:00Z", "2022-01-13 12:26:00", DateOK},        // +03 since 2016
		{"2022-01-13T09:26:00+03:00", "2022-01-13 09:26:00", DateOK},   // already local
		{"2022-01-13T09:26:00+0300", "2022-01-13 09:26:00", DateOK},    // compact offset
		{"2022-01-13T06:26:00-00:00", "2022-01-13 09:26:00", DateOK},   // -00:00
		{"2022-01-13T09:26:00.5+01:00", "2022-01-13 11:26:00", DateOK}, // fraction
		{"2022-01-13 09:26:00+03", "2022-01-13 09:26:00", DateOK},      // psql's timestamptz
		{"2015-01-15T10:00:00Z", "2015-01-15 12:00:00", DateOK},        // +02 in winter before 2016
		{"2015-07-15T10:00:00Z", "2015-07-15 13:00:00", DateOK},        // +03 in summer before 2016
		{"2016-12-15T10:00:00Z", "2016-12-15 13:00:00", DateOK},        // +03 all year since
		{"2000-03-26 03:30:00", "2000-03-26 03:30:00", DateOK},         // wall clock in a DST gap stays
		{"2020-02-29", "2020-02-29 00:00:00", DateOK},                  // leap day
		{"2000-02-29", "2000-02-29 00:00:00", DateOK},                  // leap century
		{"15/08/95", "1995-08-15 00:00:00", DateOK},                    // two-digit year
		{"15.08.05", "2005-08-15 00:00:00", DateOK},                    // two-digit year
		{"22.11.26", "2026-11-22 00:00:00", DateOK},                    // today
		{"23.11.26", "1926-11-23 00:00:00", DateOK},                    // tomorrow would be future
		{"0000-00-00", "", DateNoValue},                                // MySQL zero
		{"0000-00-00 00:00:00", "", DateNoValue},                       // MySQL zero
		{"0000-00-00 00:00:00Z", "", DateNoValue},                      // zero TIMESTAMP
		{"1985-00-00", "", DateNoValue},                                // partial
		{"1985-06-00", "", DateNoValue},                                // partial
		{"31.02.1990", "", DateNoValue},                                // impossible
		{"1990-02-30", "", DateNoValue},                                // must not roll to March
		{"2019-02-29", "", DateNoValue},                                // not a leap year
		{"1900-02-29", "", DateNoValue},                                // not a leap century
		{"1990-13-01", "", DateNoValue},                                // month 13
		{"2022-01-13 24:00:00", "", DateNoValue},                       // hour 24
		{"2022-01-13 23:60", "", DateNoValue},                          // minute 60
		{"yesterday", "", DateInvalid},
		{"01/13/1990", "", DateNoValue},                // month first: day 01 month 13
		{"1990.01.13", "", DateInvalid},                // year first with dots
		{"1990-01/13", "", DateInvalid},                // mixed separators
		{"13.01.1990T09:00", "", DateInvalid},          // T only in ISO
		{"13.01.1990 09:00Z", "", DateInvalid},         // zones only in ISO
		{"2022-01-13T09:26:00+25:00", "", DateInvalid}, // bad offset
		{"19900113", "", DateInvalid},                  // no separators
		{"1990-01-13 09", "", DateInvalid},             // hour alone
		{"1990-01-13 abc", "", DateInvalid},
		{"-0043-03-15", "", DateInvalid}, // BC from PostgreSQL
		{"infinity", "", DateInvalid},
		{"12345-01-01", "", DateInvalid},
	}
	for _, tt := range tests {
		got, st, _ := ParseStamp(tt.in, istanbul, testNow)
		gs := ""
		if st == DateOK {
			gs = got.DateTime()
		}
		if gs != tt.want || st != tt.st {
			t.Errorf("ParseStamp(%q) = %q, %v; want %q, %v", tt.in, gs, st, tt.want, tt.st)
		}
	}
	if len(tests) < 40 {
		t.Fatalf("only %d cases", len(tests))
	}
}

func FuzzParseStamp(f *testing.F) {
	for _, s := range []string{"1990-02-30", "13.01.1990 09:26", "2022-01-13T09:26:00+03:00", "15/08/95", "0000-00-00",
		"2015-01-01 10:00:00", "1994-05-12"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if c, ok := canonical(s); ok {
			p := parser{s: s}
			st, _, hasZone, ok := p.parse()
			if !ok || hasZone || p.shortYear || st != c {
				t.Fatalf("canonical(%q) = %+v; parse gives %+v, ok %v, zone %v, short year %v", s, c, st, ok, hasZone, p.shortYear)
			}
		}
		st, status, _ := ParseStamp(s, istanbul, testNow)
		var scratch Stamp
		if _, _, text := parseStamp(&scratch, s, istanbul, testNow); text != "" { // Transform's shortcut
			if _, ok := canonical(text); !ok || status != DateOK || text[:10] != st.Date() || len(text) == 19 && text != st.DateTime() {
				t.Fatalf("parseStamp(%q) gives text %q for %+v, status %v", s, text, st, status)
			}
		}
		if status != DateOK {
			return
		}
		out := st.DateTime()
		again, status2, _ := ParseStamp(out, istanbul, testNow)
		if status2 != DateOK || again.DateTime() != out {
			t.Fatalf("ParseStamp(%q) = %q, but again %q (%v)", s, out, again.DateTime(), status2)
		}
		if st.Month < 1 || st.Month > 12 || st.Day < 1 || st.Day > daysIn(st.Year, st.Month) {
			t.Fatalf("ParseStamp(%q) = impossible %q", s, out)
		}
	})
}
