package transforms

import (
	"strings"

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
// Django's EmailValidator does (SPEC §3.4). The detail names the problem
// without repeating the value.
func Email(v string) (string, EmailStatus, string) {
	s := strings.TrimSpace(v)
	if !isASCII(s) {
		s = zeroWidth.Replace(s)
	}
	if strings.HasSuffix(s, ">") { // first: LastIndexByte has no fast path
		if i := strings.LastIndexByte(s, '<'); i >= 0 {
			s = s[i+1 : len(s)-1] // Name <addr>
		}
	}
	s = strings.TrimSpace(s)
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
