package user

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"etl/kinds"
	"etl/transforms"
)

var (
	phoneRe = regexp.MustCompile(`^5[0-9]{9}$`)
	dateRe  = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)
	stampRe = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$`)
	hashRe  = map[string]*regexp.Regexp{
		"md5":    regexp.MustCompile(`^md5\$[^$]*\$[0-9a-f]{32}$`),
		"sha1":   regexp.MustCompile(`^sha1\$[^$]*\$[0-9a-f]{40}$`),
		"sha256": regexp.MustCompile(`^sha256\$[^$]*\$[0-9a-f]{64}$`),
	}
)

// check is etl check's look at one user's values (docs/rules.md §1).
func check(m map[string]any, bad func(field, format string, args ...any)) {
	str := func(k string, nullable bool) (string, bool) { return kinds.Str(m, k, nullable, bad) }
	for _, k := range []string{"first_name", "last_name"} {
		if s, ok := str(k, false); ok {
			switch {
			case s == "":
				bad(k, "is empty")
			case utf8.RuneCountInString(s) > 150:
				bad(k, "is longer than 150 characters")
			case s != strings.Join(strings.Fields(s), " "):
				bad(k, "has white space to trim or collapse")
			}
		}
	}
	if s, ok := str("email", false); ok && !transforms.ValidEmail(s) {
		bad("email", "is not a normalized valid email")
	}
	if s, ok := str("gender", true); ok && s != "male" && s != "female" {
		bad("gender", "want male, female or null, got %q", s)
	}
	for _, k := range []string{"sms_allowed", "email_allowed", "verified", "call_allowed"} {
		if _, ok := m[k].(bool); !ok {
			bad(k, "want true or false")
		}
	}
	if s, ok := str("phone", true); ok && (!phoneRe.MatchString(s) || !transforms.IsMobile(s)) {
		bad("phone", "want a mobile number 5XXXXXXXXX or null, got %q", s)
	}
	if s, ok := str("date_of_birth", true); ok && !realDate(s, dateRe) {
		bad("date_of_birth", "want a real date YYYY-MM-DD or null, got %q", s)
	}
	if s, ok := str("date_joined", false); ok && !realDate(s, stampRe) {
		bad("date_joined", "want a real date-time YYYY-MM-DD HH:MM:SS, got %q", s)
	}
	pw, pok := str("password", false)
	algo, aok := str("password_algorithm", false)
	if pok && aok {
		if re, known := hashRe[algo]; known && !re.MatchString(pw) {
			bad("password", "does not match {algorithm}${salt}${hex} for %s", algo)
		} else if !known && algo == "" {
			bad("password_algorithm", "is empty")
		}
	}
	if s, ok := str("customer_code", false); ok && s == "" {
		bad("customer_code", "is empty")
	}
	if s, ok := str("facebook_uuid", true); ok && s == "" {
		bad("facebook_uuid", "is an empty string, want null")
	}
	if _, ok := m["attributes"].(map[string]any); !ok {
		bad("attributes", "want an object")
	}
	if s, ok := str("user_type", false); ok && s != "registered" && s != "guest" {
		bad("user_type", "want registered or guest, got %q", s)
	}
}

// zeroTime stands in for "now": the layouts checked here have no two-digit
// years, so it decides nothing.
var zeroTime = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

func realDate(s string, re *regexp.Regexp) bool {
	if !re.MatchString(s) {
		return false
	}
	st, status, _ := transforms.ParseStamp(s, time.UTC, zeroTime)
	return status == transforms.DateOK && (st.Date() == s || st.DateTime() == s)
}
