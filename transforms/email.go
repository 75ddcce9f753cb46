package transforms

import (
	"strings"
	"unsafe"

	"golang.org/x/net/idna"
)

// EmailStatus says what Email made of a value.
type EmailStatus int

const (
	EmailOK EmailStatus = iota
	EmailMissing
	EmailInvalid
)

var zeroWidth = strings.NewReplacer("\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "", "\u00ad", "")

var idnaProfile = idna.New(idna.MapForLookup(), idna.BidiRule(), idna.Transitional(false))

// Email repairs what is unambiguous and validates the rest the way
// Django's EmailValidator does (docs/rules.md §3.4). The detail names the problem
// without repeating the value.
func Email(v string) (string, EmailStatus, string) { return emailIn(nil, v) }

// emailIn is Email building the usual address in scratch when it has
// room: the result may share scratch's memory.
func emailIn(scratch []byte, v string) (string, EmailStatus, string) {
	s := trim(v)
	if e, ok := emailFast(s, scratch); ok {
		return e, EmailOK, ""
	}
	return emailFull(s)
}

// emailFast is emailIn in one pass for the usual value: ASCII already in
// the shape of a valid address, with nothing to repair but case. ok is
// false for anything else, which emailFull then repairs or explains; when
// ok, the result is emailFull's (a fuzz target holds it to that).
func emailFast(s string, scratch []byte) (string, bool) {
	n := len(s)
	if n < 5 || n > 254 || cap(scratch) < n {
		return "", false
	}
	b := scratch[:n]
	var seen byte // the classes of every byte, or-ed
	// The local part: dot-atoms of atext, 1 to 64 bytes.
	i := 0
	for ; i < n; i++ {
		c := s[i]
		k := emailByte[c]
		if k&inLocal == 0 {
			break
		}
		if c == '.' && (i == 0 || s[i-1] == '.') {
			return "", false
		}
		b[i] = c | k&caseBit
		seen |= k
	}
	if i == 0 || i > 64 || i == n || s[i] != '@' || s[i-1] == '.' {
		return "", false
	}
	b[i] = '@'
	// The domain: labels of letters, digits and inner hyphens, the last
	// of two letters or more.
	label, dots := i+1, 0
	for i++; i < n; i++ {
		c := s[i]
		k := emailByte[c]
		switch {
		case k&inLabel != 0:
		case c == '-':
			if i == label {
				return "", false
			}
		case c == '.':
			if i == label || i-label > 63 || s[i-1] == '-' {
				return "", false
			}
			label, dots = i+1, dots+1
		default:
			return "", false
		}
		b[i] = c | k&caseBit
		seen |= k
	}
	if dots == 0 || n-label < 2 || n-label > 63 || s[n-1] == '-' {
		return "", false
	}
	if seen&caseBit == 0 {
		return s, true // already lower case
	}
	return unsafe.String(&b[0], n), true
}

// Classes of emailByte.
const (
	inLocal = 1 << 0 // atext or '.'
	inLabel = 1 << 1 // a letter or a digit
	caseBit = 0x20   // set for upper-case letters: or-ed in, it lowers them
)

var emailByte = func() (t [256]byte) {
	for c := 0; c < 256; c++ {
		if atextSet[c] || c == '.' {
			t[c] |= inLocal
		}
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			t[c] |= inLabel
		}
		if c >= 'A' && c <= 'Z' {
			t[c] |= caseBit
		}
	}
	return t
}()

// emailFull is Email for any value (s is trimmed): the repairs, then
// every check with its message.
func emailFull(s string) (string, EmailStatus, string) {
	if !isASCII(s) {
		s = zeroWidth.Replace(s)
	}
	if strings.HasSuffix(s, ">") { // first: LastIndexByte has no fast path
		if i := strings.LastIndexByte(s, '<'); i >= 0 {
			s = s[i+1 : len(s)-1] // Name <addr>
		}
	}
	s = trim(s)
	if len(s) >= 7 && strings.EqualFold(s[:7], "mailto:") {
		s = s[7:]
	}
	s = strings.TrimSuffix(s, ".")
	if s == "" {
		return "", EmailMissing, "empty"
	}
	s = lowerASCIIOrUnicode(s)
	at := strings.LastIndexByte(s, '@')
	if at < 0 {
		return "", EmailInvalid, "no @"
	}
	local, domain := s[:at], s[at+1:]
	if strings.IndexByte(local, '@') >= 0 {
		return "", EmailInvalid, "more than one @"
	}
	if !isASCII(domain) {
		d, err := idnaProfile.ToASCII(domain)
		if err != nil {
			return "", EmailInvalid, "domain is not a valid internationalized name"
		}
		domain = d
	}
	if why := checkLocal(local); why != "" {
		return "", EmailInvalid, why
	}
	if why := checkDomain(domain); why != "" {
		return "", EmailInvalid, why
	}
	if domain != s[at+1:] { // punycode
		s = local + "@" + domain
	}
	if len(s) > 254 {
		return "", EmailInvalid, "longer than 254 characters"
	}
	return s, EmailOK, ""
}

// ValidEmail reports whether s is already a normalized, valid email.
func ValidEmail(s string) bool {
	e, st, _ := Email(s)
	return st == EmailOK && e == s
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// atext is the dot-atom character set of Django's user_regex.
func atext(c byte) bool { return atextSet[c] }

var atextSet = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
			strings.IndexByte("!#$%&'*+/=?^_`{|}~-", byte(c)) >= 0
	}
	return t
}()

func checkLocal(l string) string {
	switch {
	case l == "":
		return "empty local part"
	case len(l) > 64:
		return "local part longer than 64 characters"
	case l[0] == '.' || l[len(l)-1] == '.':
		return "local part starts or ends with a dot"
	case strings.Contains(l, ".."):
		return "local part has two dots in a row"
	}
	for i := 0; i < len(l); i++ {
		if l[i] != '.' && !atext(l[i]) {
			if l[i] >= 0x80 {
				return "local part is not ASCII"
			}
			return "local part has a character email does not allow"
		}
	}
	return ""
}

func checkDomain(d string) string {
	if strings.IndexByte(d, '.') < 0 {
		return "domain has no dot"
	}
	// One pass over the labels; each is judged at its end, in the order
	// of the messages below, so a label with two faults names the first.
	var l string
	start, badChar := 0, false
	for i := 0; i <= len(d); i++ {
		if i < len(d) && d[i] != '.' {
			c := d[i]
			badChar = badChar || !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')
			continue
		}
		l = d[start:i]
		switch {
		case l == "":
			return "domain has an empty label"
		case len(l) > 63:
			return "domain label longer than 63 characters"
		case l[0] == '-' || l[len(l)-1] == '-':
			return "domain label starts or ends with a hyphen"
		case badChar:
			return "domain has a character other than letters, digits and hyphens"
		}
		start, badChar = i+1, false
	}
	if len(l) < 2 {
		return "top-level domain shorter than 2 characters"
	}
	return ""
}

// lowerASCIIOrUnicode lowercases without allocating when s is already
// lower-case ASCII, the usual case.
func lowerASCIIOrUnicode(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || (c >= 'A' && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}
