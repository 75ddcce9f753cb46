package transforms

import (
	"time"
	_ "time/tzdata" // the binary carries its own zone history (docs/rules.md §3.2)
)

// Stamp is a legacy date or date-time as wall-clock fields in the
// configured zone. It is parsed by hand: time.Parse and the drivers would
// refuse or, worse, roll 1990-02-30 over into March.
type Stamp struct {
	Year, Month, Day, Hour, Min, Sec int
}

// DateStatus says what ParseStamp made of a value.
type DateStatus int

const (
	DateEmpty   DateStatus = iota // NULL or blank
	DateOK                        // a real date
	DateNoValue                   // a zero, partial or impossible date
	DateInvalid                   // not a date in any accepted layout
)

// Date formats the date part as YYYY-MM-DD.
func (s Stamp) Date() string { return s.date("") }

// DateTime formats as YYYY-MM-DD HH:MM:SS.
func (s Stamp) DateTime() string { return s.dateTime("") }

// date is Date, except that when the value it was parsed from reads the
// same once trimmed, that value is returned instead of a new string: most
// legacy dates are written this way already.
func (s Stamp) date(from string) string {
	var b [10]byte
	return reuse(s.appendDate(b[:0]), from)
}

// dateTime is DateTime, reusing from as date does.
func (s Stamp) dateTime(from string) string {
	var b [20]byte // append2 writes a placeholder after the seconds too
	d := s.appendDate(b[:0])
	d = append(d, ' ')
	d = append2(append2(append2(d, s.Hour), s.Min), s.Sec)
	d[13], d[16] = ':', ':'
	return reuse(d[:19], from)
}

func reuse(d []byte, from string) string {
	if f := trim(from); string(d) == f {
		return f
	}
	return string(d)
}

// appendDate writes YYYY-MM-DD; it runs twice per row, so no fmt.
func (s Stamp) appendDate(b []byte) []byte {
	y := s.Year
	b = append(b, byte('0'+y/1000%10), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	b = append2(b, s.Month)
	b[7] = '-'
	return append(b[:8], byte('0'+s.Day/10), byte('0'+s.Day%10))
}

// append2 appends a two-digit number and a placeholder separator.
func append2(b []byte, n int) []byte { return append(b, byte('0'+n/10), byte('0'+n%10), 0) }

// before reports whether s's date is before t's date.
func (s Stamp) dateBefore(t Stamp) bool {
	if s.Year != t.Year {
		return s.Year < t.Year
	}
	if s.Month != t.Month {
		return s.Month < t.Month
	}
	return s.Day < t.Day
}

// ParseStamp reads a legacy date (docs/rules.md §3.2): %Y-%m-%d, %Y/%m/%d, %d.%m.%Y,
// %d-%m-%Y, %d/%m/%Y (day before month), two-digit years in the day-first
// layouts, each optionally followed by HH:MM[:SS[.frac]], and ISO 8601
// with T and Z or an offset. A value with a zone is converted to loc; one
// without is already wall-clock time in loc and kept as it is. now decides
// the century of two-digit years. The detail explains a non-OK status.
func ParseStamp(v string, loc *time.Location, now time.Time) (Stamp, DateStatus, string) {
	var st Stamp
	status, why, _ := parseStamp(&st, v, loc, now)
	return st, status, why
}

// parseStamp is ParseStamp that also returns the trimmed value when it was
// in a canonical layout (see canonical), "" otherwise: then it is its own
// Date (its first ten bytes) and, if it has a time, its own DateTime, and
// the caller need not format it again. The stamp goes to out, set only
// when the status is DateOK (eleven words of results went through memory
// twice a row).
func parseStamp(out *Stamp, v string, loc *time.Location, now time.Time) (_ DateStatus, why, text string) {
	v = trim(v)
	if v == "" {
		return DateEmpty, "", ""
	}
	st, ok := canonical(v)
	canon := ok
	var p parser
	var zone int
	var hasZone bool
	if !ok {
		p = parser{s: v}
		if st, zone, hasZone, ok = p.parse(); !ok {
			return DateInvalid, "not a date in an accepted layout", ""
		}
	}
	if st.Year == 0 || st.Month == 0 || st.Day == 0 {
		return DateNoValue, "zero or partial date", ""
	}
	if p.shortYear {
		st.Year = resolveYear(st, now.In(loc))
	}
	if st.Month > 12 || st.Day > daysIn(st.Year, st.Month) || st.Hour > 23 || st.Min > 59 || st.Sec > 59 {
		return DateNoValue, "impossible date", ""
	}
	if hasZone {
		t := time.Date(st.Year, time.Month(st.Month), st.Day, st.Hour, st.Min, st.Sec, 0, time.FixedZone("", zone)).In(loc)
		st = Stamp{t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second()}
	}
	if canon {
		text = v
	}
	*out = st
	return DateOK, "", text
}

// resolveYear turns a two-digit year into the latest such year that does
// not put the date in the future.
func resolveYear(st Stamp, now time.Time) int {
	y := now.Year()/100*100 + st.Year%100
	d := Stamp{Year: y, Month: st.Month, Day: st.Day}
	if now.Year() < y || (now.Year() == y && nowStamp(now).dateBefore(d)) {
		y -= 100
	}
	return y
}

func nowStamp(t time.Time) Stamp {
	return Stamp{t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second()}
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// canonical reads the two layouts most legacy dates come in, YYYY-MM-DD
// and YYYY-MM-DD HH:MM:SS, by position; parse reads these too, only
// slower (a fuzz target holds the two to the same answer). The layout is
// checked a word at a time (swar.go): the words at 0 and 2 of a date,
// and at 0, 8 and 11 of a date and time.
func canonical(v string) (st Stamp, ok bool) {
	switch len(v) {
	case 10:
		if !wYMD.match(word(v, 0)) || !wDate.match(word(v, 2)) {
			return st, false
		}
		d := v[:10] // constant indexes below: no bounds checks
		st.Year, st.Month, st.Day = digits2(d[0], d[1])*100+digits2(d[2], d[3]), digits2(d[5], d[6]), digits2(d[8], d[9])
	case 19:
		if !wYMD.match(word(v, 0)) || !wDayHM.match(word(v, 8)) || !wHMS.match(word(v, 11)) {
			return st, false
		}
		d := v[:19]
		st.Year, st.Month, st.Day = digits2(d[0], d[1])*100+digits2(d[2], d[3]), digits2(d[5], d[6]), digits2(d[8], d[9])
		st.Hour, st.Min, st.Sec = digits2(d[11], d[12]), digits2(d[14], d[15]), digits2(d[17], d[18])
	default:
		return st, false
	}
	return st, true
}

// digits2 is the number two digits write.
func digits2(tens, units byte) int { return int(tens-'0')*10 + int(units-'0') }

// stampWord is eight bytes of a canonical layout: which are digits and
// what the others hold.
type stampWord struct{ digits, sepMask, seps uint64 }

// Words of the canonical layouts, 'd' standing for a digit.
var (
	wYMD   = layoutWord("dddd-dd-") // v[0:8]
	wDate  = layoutWord("dd-dd-dd") // v[2:10] of a date
	wDayHM = layoutWord("dd dd:dd") // v[8:16] of a date and time
	wHMS   = layoutWord("dd:dd:dd") // v[11:19]
)

func layoutWord(pattern string) stampWord {
	var digits, mask, seps [8]byte
	for i := range 8 {
		if pattern[i] == 'd' {
			digits[i] = 0x80
		} else {
			mask[i], seps[i] = 0xff, pattern[i]
		}
	}
	return stampWord{word(string(digits[:]), 0), word(string(mask[:]), 0), word(string(seps[:]), 0)}
}

// match reports whether the eight bytes x fit the word.
func (w stampWord) match(x uint64) bool {
	digit := atLeast(x, '0') &^ above(x, '9') // meaningful once x is ASCII
	return x&highs == 0 && digit&w.digits == w.digits && x&w.sepMask == w.seps
}

type parser struct {
	s         string
	i         int
	shortYear bool
}

func (p *parser) num(min, max int) (int, int, bool) {
	start, n := p.i, 0
	for p.i < len(p.s) && p.i-start < max && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
		n = n*10 + int(p.s[p.i]-'0')
		p.i++
	}
	w := p.i - start
	return n, w, w >= min
}

func (p *parser) sep() byte {
	if p.i < len(p.s) {
		c := p.s[p.i]
		p.i++
		return c
	}
	return 0
}

func (p *parser) parse() (st Stamp, zone int, hasZone, ok bool) {
	a, wa, ok1 := p.num(1, 4)
	s1 := p.sep()
	b, _, ok2 := p.num(1, 2)
	s2 := p.sep()
	c, wc, ok3 := p.num(1, 4)
	if !ok1 || !ok2 || !ok3 || s1 != s2 {
		return st, 0, false, false
	}
	ymd := false
	switch {
	case wa == 4 && (s1 == '-' || s1 == '/') && wc <= 2:
		st.Year, st.Month, st.Day = a, b, c
		ymd = true
	case wa <= 2 && (s1 == '.' || s1 == '-' || s1 == '/') && (wc == 4 || wc == 2):
		st.Day, st.Month, st.Year = a, b, c
		p.shortYear = wc == 2
	default:
		return st, 0, false, false
	}
	if p.i == len(p.s) {
		return st, 0, false, true
	}
	t := p.s[p.i]
	if t != ' ' && !(t == 'T' && ymd) {
		return st, 0, false, false
	}
	p.i++
	for p.i < len(p.s) && p.s[p.i] == ' ' {
		p.i++
	}
	var okh, okm bool
	if st.Hour, _, okh = p.num(1, 2); !okh || p.sep() != ':' {
		return st, 0, false, false
	}
	if st.Min, _, okm = p.num(2, 2); !okm {
		return st, 0, false, false
	}
	if p.i < len(p.s) && p.s[p.i] == ':' {
		p.i++
		var oks bool
		if st.Sec, _, oks = p.num(2, 2); !oks {
			return st, 0, false, false
		}
		if p.i < len(p.s) && p.s[p.i] == '.' { // fractions are dropped
			p.i++
			if _, _, okf := p.num(1, 9); !okf {
				return st, 0, false, false
			}
		}
	}
	if p.i == len(p.s) {
		return st, 0, false, true
	}
	if !ymd {
		return st, 0, false, false
	}
	zone, ok = p.zone()
	return st, zone, ok, ok
}

// zone reads Z, ±HH, ±HHMM or ±HH:MM at the end of the value.
func (p *parser) zone() (int, bool) {
	rest := p.s[p.i:]
	if rest == "Z" || rest == "z" {
		return 0, true
	}
	if len(rest) < 3 || (rest[0] != '+' && rest[0] != '-') {
		return 0, false
	}
	sign := 1
	if rest[0] == '-' {
		sign = -1
	}
	p.i++
	h, _, okh := p.num(2, 2)
	m := 0
	if p.i < len(p.s) && p.s[p.i] == ':' {
		p.i++
	}
	if p.i < len(p.s) {
		var okm bool
		if m, _, okm = p.num(2, 2); !okm {
			return 0, false
		}
	}
	if !okh || p.i != len(p.s) || h > 14 || m > 59 {
		return 0, false
	}
	return sign * (h*3600 + m*60), true
}
