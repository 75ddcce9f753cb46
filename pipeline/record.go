package pipeline

import (
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/segmentio/encoding/json"
)

// Record is one Omnitron user (docs/rules.md §1). An empty Gender, Phone,
// DateOfBirth or FacebookUUID is written as null; Attributes holds a
// compact JSON object, or nil for {}.
type Record struct {
	FirstName         string
	LastName          string
	Email             string
	Gender            string
	SMSAllowed        bool
	EmailAllowed      bool
	Phone             string
	DateOfBirth       string
	DateJoined        string
	Password          string
	PasswordAlgorithm string
	CustomerCode      string
	Verified          bool
	FacebookUUID      string
	Attributes        []byte
	CallAllowed       bool
	UserType          string
	// Known marks the fields the transform wrote from a fixed alphabet:
	// printable ASCII without '"' or '\\' (digits, dates, hex digests,
	// the contract's words). They are copied into the JSON unscanned:
	// about 630 instructions a bench row, 5% of all etl ran outside
	// sha256. Every field not marked is scanned, and escaped where it
	// needs to be.
	Known Known
	// Clean marks the text fields that are valid UTF-8 without U+2028 or
	// U+2029 (what transforms.Text returns): they are scanned for bytes
	// to escape but not validated again.
	Clean Known
}

// Known is a set of Record fields; see Record.Known.
type Known uint16

// The fields a Known can hold.
const (
	KnownGender Known = 1 << iota
	KnownPhone
	KnownDateOfBirth
	KnownDateJoined
	KnownPassword
	KnownPasswordAlgorithm
	KnownUserType
	KnownFirstName // in Clean
	KnownLastName  // in Clean
)

// RecordKeys are the 17 keys of a record, in the order they are written.
var RecordKeys = []string{
	"first_name", "last_name", "email", "gender", "sms_allowed",
	"email_allowed", "phone", "date_of_birth", "date_joined", "password",
	"password_algorithm", "customer_code", "verified", "facebook_uuid",
	"attributes", "call_allowed", "user_type",
}

// AppendJSON appends r as one JSON object with the keys in contract order.
// It is written by hand because the order is part of the contract and this
// runs once per exported row.
func (r *Record) AppendJSON(b []byte) []byte {
	b, _ = r.appendJSON(b)
	return b
}

// AppendJSONEmail is AppendJSON that also returns r.Email, sharing the
// memory of the JSON it appended when the email is written there as it is
// (a valid email always is): a transform can then build the record in
// scratch memory that does not outlive it.
func (r *Record) AppendJSONEmail(b []byte) ([]byte, string) {
	b, at := r.appendJSON(b)
	if at < 0 || r.Email == "" {
		return b, strings.Clone(r.Email)
	}
	return b, unsafe.String(&b[at], len(r.Email))
}

// appendJSON is AppendJSON; at is where the email's bytes start in b, or
// -1 when it had to be escaped.
func (r *Record) appendJSON(b []byte) (_ []byte, at int) {
	b = append(b, `{"first_name":`...)
	b = appendClean(b, r.FirstName, r.Clean&KnownFirstName != 0)
	b = append(b, `,"last_name":`...)
	b = appendClean(b, r.LastName, r.Clean&KnownLastName != 0)
	b = append(b, `,"email":`...)
	at = -1
	if plain(r.Email) { // scanned once: written here rather than by appendString
		b = append(b, '"')
		at = len(b)
		b = append(b, r.Email...)
		b = append(b, '"')
	} else {
		b = appendString(b, r.Email)
	}
	b = append(b, `,"gender":`...)
	b = appendNullableKnown(b, r.Gender, r.Known&KnownGender != 0)
	b = append(b, `,"sms_allowed":`...)
	b = strconv.AppendBool(b, r.SMSAllowed)
	b = append(b, `,"email_allowed":`...)
	b = strconv.AppendBool(b, r.EmailAllowed)
	b = append(b, `,"phone":`...)
	b = appendNullableKnown(b, r.Phone, r.Known&KnownPhone != 0)
	b = append(b, `,"date_of_birth":`...)
	b = appendNullableKnown(b, r.DateOfBirth, r.Known&KnownDateOfBirth != 0)
	b = append(b, `,"date_joined":`...)
	b = appendKnown(b, r.DateJoined, r.Known&KnownDateJoined != 0)
	b = append(b, `,"password":`...)
	b = appendKnown(b, r.Password, r.Known&KnownPassword != 0)
	b = append(b, `,"password_algorithm":`...)
	b = appendKnown(b, r.PasswordAlgorithm, r.Known&KnownPasswordAlgorithm != 0)
	b = append(b, `,"customer_code":`...)
	b = appendString(b, r.CustomerCode)
	b = append(b, `,"verified":`...)
	b = strconv.AppendBool(b, r.Verified)
	b = append(b, `,"facebook_uuid":`...)
	b = appendNullable(b, r.FacebookUUID)
	b = append(b, `,"attributes":`...)
	if len(r.Attributes) == 0 {
		b = append(b, "{}"...)
	} else {
		b = append(b, r.Attributes...)
	}
	b = append(b, `,"call_allowed":`...)
	b = strconv.AppendBool(b, r.CallAllowed)
	b = append(b, `,"user_type":`...)
	b = appendKnown(b, r.UserType, r.Known&KnownUserType != 0)
	return append(b, '}'), at
}

// AppendString appends s as a JSON string, as json.AppendEscape(b, s, 0)
// does, only faster on the usual values.
func AppendString(b []byte, s string) []byte { return appendString(b, s) }

// appendString writes s as a JSON string. Most values (dates, hashes,
// emails, codes, names) need no escaping: printable ASCII other than '"'
// and '\\', and valid UTF-8 other than U+2028 and U+2029. Those are copied,
// and only the rest goes through the escaper (control characters, invalid
// UTF-8, the two separators).
func appendString(b []byte, s string) []byte {
	switch bad := scan(s); {
	case bad == 0:
	case bad == highByte && utf8.ValidString(s) && !hasLineSeparator(s):
	default:
		return json.AppendEscape(b, s, 0)
	}
	return quoted(b, s)
}

// quoted appends s between quotes as it is: s needs no escaping.
func quoted(b []byte, s string) []byte {
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// plain reports whether every byte of s is in 0x20..0x7e and is neither
// '"' nor '\\'.
func plain(s string) bool { return scan(s) == 0 }

// Plain is plain, for transforms that build a Known field from parts.
func Plain(s string) bool { return plain(s) }

// scan ors the notPlain classes of s's bytes, eight bytes a step by table
// (branch-free within a step).
func scan(s string) byte {
	var bad byte
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		bad |= notPlain[w[0]] | notPlain[w[1]] | notPlain[w[2]] | notPlain[w[3]] |
			notPlain[w[4]] | notPlain[w[5]] | notPlain[w[6]] | notPlain[w[7]]
		if bad&mustEscape != 0 {
			return bad
		}
	}
	for ; i < len(s); i++ {
		bad |= notPlain[s[i]]
	}
	return bad
}

// Classes of bytes in notPlain.
const (
	mustEscape = 1 // control characters, DEL, '"' and '\\'
	highByte   = 2 // part of a multi-byte sequence (or invalid UTF-8)
)

var notPlain = func() (t [256]byte) {
	for c := range t {
		switch {
		case c >= 0x80:
			t[c] = highByte
		case c < 0x20 || c == 0x7f || c == '"' || c == '\\':
			t[c] = mustEscape
		}
	}
	return t
}()

// hasLineSeparator reports whether s holds U+2028 or U+2029, which the
// escaper writes as \u2028 and \u2029 (E2 80 A8 and E2 80 A9 in UTF-8).
func hasLineSeparator(s string) bool {
	for {
		i := strings.IndexByte(s, 0xE2)
		if i < 0 || i+2 >= len(s) {
			return false
		}
		if s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
			return true
		}
		s = s[i+1:]
	}
}

func appendNullable(b []byte, s string) []byte {
	if s == "" {
		return append(b, "null"...)
	}
	return appendString(b, s)
}

// appendKnown is appendString, with no scan when known (Record.Known).
func appendKnown(b []byte, s string, known bool) []byte {
	if !known {
		return appendString(b, s)
	}
	return quoted(b, s)
}

// appendClean is appendString of text known to be valid UTF-8 without the
// two line separators when clean (Record.Clean).
func appendClean(b []byte, s string, clean bool) []byte {
	if !clean {
		return appendString(b, s)
	}
	if scan(s)&mustEscape != 0 {
		return json.AppendEscape(b, s, 0)
	}
	return quoted(b, s)
}

func appendNullableKnown(b []byte, s string, known bool) []byte {
	if s == "" {
		return append(b, "null"...)
	}
	return appendKnown(b, s, known)
}
