package transforms

import (
	"strconv"
	"strings"
	"unsafe"

	"etl/pipeline"
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
	b = pipeline.AppendClean(b, r.FirstName, r.Clean&KnownFirstName != 0)
	b = append(b, `,"last_name":`...)
	b = pipeline.AppendClean(b, r.LastName, r.Clean&KnownLastName != 0)
	b = append(b, `,"email":`...)
	at = -1
	if pipeline.Plain(r.Email) { // scanned once: written here rather than by appendString
		b = append(b, '"')
		at = len(b)
		b = append(b, r.Email...)
		b = append(b, '"')
	} else {
		b = pipeline.AppendString(b, r.Email)
	}
	b = append(b, `,"gender":`...)
	b = pipeline.AppendNullableKnown(b, r.Gender, r.Known&KnownGender != 0)
	b = append(b, `,"sms_allowed":`...)
	b = strconv.AppendBool(b, r.SMSAllowed)
	b = append(b, `,"email_allowed":`...)
	b = strconv.AppendBool(b, r.EmailAllowed)
	b = append(b, `,"phone":`...)
	b = pipeline.AppendNullableKnown(b, r.Phone, r.Known&KnownPhone != 0)
	b = append(b, `,"date_of_birth":`...)
	b = pipeline.AppendNullableKnown(b, r.DateOfBirth, r.Known&KnownDateOfBirth != 0)
	b = append(b, `,"date_joined":`...)
	b = pipeline.AppendKnown(b, r.DateJoined, r.Known&KnownDateJoined != 0)
	b = append(b, `,"password":`...)
	b = pipeline.AppendKnown(b, r.Password, r.Known&KnownPassword != 0)
	b = append(b, `,"password_algorithm":`...)
	b = pipeline.AppendKnown(b, r.PasswordAlgorithm, r.Known&KnownPasswordAlgorithm != 0)
	b = append(b, `,"customer_code":`...)
	b = pipeline.AppendString(b, r.CustomerCode)
	b = append(b, `,"verified":`...)
	b = strconv.AppendBool(b, r.Verified)
	b = append(b, `,"facebook_uuid":`...)
	b = pipeline.AppendNullable(b, r.FacebookUUID)
	b = append(b, `,"attributes":`...)
	if len(r.Attributes) == 0 {
		b = append(b, "{}"...)
	} else {
		b = append(b, r.Attributes...)
	}
	b = append(b, `,"call_allowed":`...)
	b = strconv.AppendBool(b, r.CallAllowed)
	b = append(b, `,"user_type":`...)
	b = pipeline.AppendKnown(b, r.UserType, r.Known&KnownUserType != 0)
	return append(b, '}'), at
}
