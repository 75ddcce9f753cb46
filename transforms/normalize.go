package transforms

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/segmentio/encoding/json"

	"etl/pipeline"
)

// Options are the normalize: settings of the config.
type Options struct {
	Location     *time.Location
	PhoneInvalid string // drop | reject
	Password     PasswordPolicy
	GenderCodes  map[string]string
	Now          time.Time // fixed per run: "future" and two-digit years
}

// Input columns a query may return besides the record keys (docs/rules.md §2).
const (
	colSalt       = "password_salt"
	colAttributes = "attributes"
	attrPrefix    = "attributes."
)

// required record keys: without a column for them every row would be a
// reject, so that is a config error.
var required = []string{"first_name", "last_name", "email", "date_joined", "password"}

// Normalizer turns legacy rows into records. Build it once per run from
// the columns the source returns; Transform is safe for concurrent use.
type Normalizer struct {
	opt     Options
	gender  GenderTable
	col     [17]int // column of each record key, by position in RecordKeys; -1 unmapped
	salt    int
	attrs   int
	attrCol []attrColumn
	today   Stamp // opt.Now in opt.Location
}

type attrColumn struct {
	name string
	i    int
}

// New maps source columns to record keys. extra names columns that are
// allowed without being record keys (the key and the cursor). Every
// unknown, doubled or missing column is reported at once.
func New(columns, extra []string, opt Options) (*Normalizer, error) {
	if opt.Location == nil {
		opt.Location = time.UTC
	}
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	n := &Normalizer{opt: opt, gender: NewGenderTable(opt.GenderCodes), salt: -1, attrs: -1,
		today: nowStamp(opt.Now.In(opt.Location))}
	idx := map[string]int{}
	known := map[string]bool{}
	for _, k := range RecordKeys {
		known[k] = true
	}
	allowed := map[string]bool{}
	for _, e := range extra {
		allowed[e] = true
	}
	var problems []string
	seen := map[string]bool{}
	for i, c := range columns {
		if seen[c] {
			problems = append(problems, fmt.Sprintf("column %q appears twice", c))
			continue
		}
		seen[c] = true
		switch {
		case c == colAttributes: // a record key too, but read as JSON
			n.attrs = i
		case known[c]:
			idx[c] = i
		case c == colSalt:
			n.salt = i
		case strings.HasPrefix(c, attrPrefix) && len(c) > len(attrPrefix):
			n.attrCol = append(n.attrCol, attrColumn{c[len(attrPrefix):], i})
		case allowed[c]:
		default:
			problems = append(problems, fmt.Sprintf("column %q is not a record key, password_salt, attributes or attributes.<name>", c))
		}
	}
	switch pw := opt.Password; {
	case pw.Scheme == SchemeOpenCart && n.salt < 0:
		problems = append(problems, "normalize.password.scheme opencart needs a password_salt column: a salted sha1 and an unsalted md5 cannot be told apart without it")
	case pw.Salt != "" && n.salt >= 0:
		// Which would the hash have been made with? Guessing wrong
		// exports passwords that look valid and never verify.
		problems = append(problems, "normalize.password.salt and a password_salt column were both given; a hash has one salt: keep the one the platform uses")
	}
	for _, r := range required {
		if _, ok := idx[r]; !ok {
			problems = append(problems, fmt.Sprintf("no column for required key %q", r))
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("columns: %s", strings.Join(problems, "; "))
	}
	for i, k := range RecordKeys {
		n.col[i] = -1
		if c, ok := idx[k]; ok {
			n.col[i] = c
		}
	}
	sort.Slice(n.attrCol, func(i, j int) bool { return n.attrCol[i].name < n.attrCol[j].name })
	return n, nil
}

// Positions of the record keys in RecordKeys.
const (
	kFirstName = iota
	kLastName
	kEmail
	kGender
	kSMSAllowed
	kEmailAllowed
	kPhone
	kDateOfBirth
	kDateJoined
	kPassword
	kPasswordAlgorithm
	kCustomerCode
	kVerified
	kFacebookUUID
	kAttributes
	kCallAllowed
	kUserType
)

// Unmapped lists the record keys no column feeds (they get their default).
func (n *Normalizer) Unmapped() []string {
	var out []string
	for i, k := range RecordKeys {
		if n.col[i] < 0 && !(i == kAttributes && (n.attrs >= 0 || len(n.attrCol) > 0)) {
			out = append(out, k)
		}
	}
	return out
}

func (n *Normalizer) get(row *pipeline.Row, k int) (string, bool) {
	i := n.col[k]
	if i < 0 {
		return "", false
	}
	f := row.Field(i)
	return f.V, f.Valid
}

func reject(field, reason, detail string) pipeline.Result {
	return pipeline.Result{Reject: &pipeline.Reject{Field: field, Reason: reason, Detail: detail}}
}

// Transform normalizes one row: the first field that cannot be valid, in
// record order, makes the row a reject. A row rejected for another field
// than its email still says its email and whether it is a guest: a
// registered account that cannot be exported yet keeps its email from a
// guest checkout (see pipeline's deduper). That email is a copy of its
// own; only rejects pay for it.
func (n *Normalizer) Transform(row *pipeline.Row, buf []byte) pipeline.Result {
	res := n.transform(row, buf)
	if res.Reject != nil && res.Reject.Field != "email" {
		var eb [254]byte
		v, _ := n.get(row, kEmail)
		if email, st, _ := emailIn(eb[:0], v); st == EmailOK {
			res.Unique = string(email)
			t, _ := n.get(row, kUserType)
			res.Guest = strings.EqualFold(trim(t), "guest")
		}
	}
	return res
}

func (n *Normalizer) transform(row *pipeline.Row, buf []byte) pipeline.Result {
	var res pipeline.Result
	var rec Record
	// Values the rules rebuild are written here, not allocated: rec only
	// lives until its JSON is appended to buf, and the email that outlives
	// it is taken from that JSON.
	var emailBuf [254]byte
	var phoneBuf [16]byte
	var passwordBuf [192]byte
	warn := func(field string) {
		kind, ok := dropped[field]
		if !ok {
			kind = field + "_dropped"
		}
		res.Warnings = append(res.Warnings, pipeline.Warning{Field: field, Kind: kind})
	}
	var bad *pipeline.Result
	if rec.FirstName, bad = n.name(row, kFirstName); bad != nil {
		return *bad
	}
	if rec.LastName, bad = n.name(row, kLastName); bad != nil {
		return *bad
	}
	rec.Clean = KnownFirstName | KnownLastName // Text made them (FuzzText)
	v, _ := n.get(row, kEmail)
	email, st, why := emailIn(emailBuf[:0], v)
	switch st {
	case EmailMissing:
		return reject("email", pipeline.ReasonMissing, why)
	case EmailInvalid:
		return reject("email", pipeline.ReasonInvalid, why)
	}
	rec.Email = email

	if v, ok := n.get(row, kGender); ok {
		g, known := n.gender.Gender(v)
		if !known {
			warn("gender")
		}
		rec.Gender = g
		if g == "male" || g == "female" { // the table's values come from the config
			rec.Known |= KnownGender
		}
	}
	rec.SMSAllowed = n.flag(row, kSMSAllowed, warn)
	rec.EmailAllowed = n.flag(row, kEmailAllowed, warn)

	if v, ok := n.get(row, kPhone); ok {
		p, st := phoneIn(phoneBuf[:0], v)
		if st == PhoneInvalid {
			if n.opt.PhoneInvalid == "reject" {
				return reject("phone", pipeline.ReasonInvalid, "not a Turkish mobile number")
			}
			warn("phone")
		}
		rec.Phone = p // ten ASCII digits or empty (FuzzPhone)
		rec.Known |= KnownPhone
	}

	v, _ = n.get(row, kDateJoined)
	var joined Stamp
	dst, why, text := parseStamp(&joined, v, n.opt.Location, n.opt.Now)
	switch dst {
	case DateEmpty:
		return reject("date_joined", pipeline.ReasonMissing, "empty")
	case DateNoValue:
		return reject("date_joined", pipeline.ReasonMissing, why)
	case DateInvalid:
		return reject("date_joined", pipeline.ReasonInvalid, why)
	}
	rec.DateJoined = text
	if len(text) != len("2006-01-02 15:04:05") {
		rec.DateJoined = joined.dateTime(v)
	}
	// Written by appendDate, or checked by canonical: digits, '-', ':', ' '.
	rec.Known |= KnownDateJoined | KnownDateOfBirth
	if v, ok := n.get(row, kDateOfBirth); ok {
		dob, keep := n.birth(v, joined)
		if !keep {
			warn("date_of_birth")
		}
		rec.DateOfBirth = dob
	}

	pw, _ := n.get(row, kPassword)
	var salt string
	if n.salt >= 0 {
		salt = row.Field(n.salt).V
	}
	rowAlgo, hasAlgo := n.get(row, kPasswordAlgorithm)
	var p PasswordResult
	parts := n.opt.Password.check(&p, pw, salt, n.salt >= 0, rowAlgo, hasAlgo)
	if p.Reason != "" {
		return reject("password", p.Reason, p.Detail)
	}
	rec.Password, rec.PasswordAlgorithm = p.Password, p.Algorithm
	if parts.algo != "" {
		// md5, sha1 or sha256, the salt as the row has it, and hex digits:
		// an unsupported hash passed through, and the config's name for
		// it, are scanned like any other text.
		rec.Password = parts.join(passwordBuf[:0])
		rec.Known |= KnownPasswordAlgorithm
		if pipeline.Plain(parts.salt) {
			rec.Known |= KnownPassword
		}
	}

	rec.CustomerCode = row.Key
	if i := n.col[kCustomerCode]; i >= 0 {
		rec.CustomerCode = trim(row.Field(i).V)
	}
	if rec.CustomerCode == "" {
		return reject("customer_code", pipeline.ReasonMissing, "empty")
	}
	rec.Verified = n.flag(row, kVerified, warn)
	if v, ok := n.get(row, kFacebookUUID); ok {
		rec.FacebookUUID = trim(v)
	}
	var ab [256]byte // attributes are copied into the JSON below
	attrs, err := n.attributes(row, ab[:0])
	if err != "" {
		return reject("attributes", pipeline.ReasonInvalid, err)
	}
	rec.Attributes = attrs
	rec.CallAllowed = n.flag(row, kCallAllowed, warn)

	v, _ = n.get(row, kUserType)
	switch v { // the values as the contract writes them, before any folding
	case "registered", "guest":
		rec.UserType = v
	default:
		switch t := strings.ToLower(trim(v)); t {
		case "":
			rec.UserType = "registered"
		case "registered", "guest":
			rec.UserType = t
		default:
			return reject("user_type", pipeline.ReasonInvalid, "must be registered or guest")
		}
	}
	rec.Known |= KnownUserType

	if scanAll {
		rec.Known, rec.Clean = 0, 0
	}
	res.JSON, res.Unique = rec.AppendJSONEmail(buf)
	res.JSON, res.Carry = appendCarry(res.JSON, &rec)
	res.Guest = rec.UserType == "guest"
	return res
}

// CarryKeys are what a user hands on to its addresses (kinds.Kind.Carry),
// in the order Transform appends them as Result.Carry: an address
// without names takes the user's (SPEC §9).
var CarryKeys = []string{"first_name", "last_name"}

// appendCarry appends r's carry right after its JSON, in the memory the
// record was encoded in, so that neither costs an allocation. When that
// memory is full the carry goes elsewhere and the JSON stays where it is:
// Result.Unique may point into it.
func appendCarry(json []byte, r *Record) (_, carry []byte) {
	n := len(json)
	b := pipeline.AppendCarry(json, r.FirstName, r.LastName)
	if &b[0] != &json[0] {
		return json, b[n:]
	}
	return b[:n:n], b[n:]
}

// scanAll makes Transform mark no field Known (tests compare the two).
var scanAll = false

// dropped names the warning of each record key whose value can be
// dropped (built once: a warning is counted per row).
var dropped = func() map[string]string {
	m := map[string]string{}
	for _, k := range RecordKeys {
		m[k] = k + "_dropped"
	}
	return m
}()

// name reads first_name or last_name, which must not be empty.
func (n *Normalizer) name(row *pipeline.Row, k int) (string, *pipeline.Result) {
	v, _ := n.get(row, k)
	v = Text(v)
	if v == "" {
		r := reject(RecordKeys[k], pipeline.ReasonMissing, "empty")
		return "", &r
	}
	if len(v) > 150 && utf8.RuneCountInString(v) > 150 {
		r := reject(RecordKeys[k], pipeline.ReasonTooLong, "longer than 150 characters")
		return "", &r
	}
	return v, nil
}

func (n *Normalizer) flag(row *pipeline.Row, k int, warn func(string)) bool {
	v, ok := n.get(row, k)
	if !ok {
		return false
	}
	if len(v) == 1 { // TINYINT(1), BIT(1), 'E'/'H': one table load
		if c := flagByte[v[0]]; c != 0 {
			return c == flagOn
		}
	}
	on, known := Flag(v)
	if !known {
		warn(RecordKeys[k])
	}
	return on
}

// birth applies the date_of_birth rules; keep is false when a value was
// there but had to be dropped.
func (n *Normalizer) birth(v string, joined Stamp) (string, bool) {
	var dob Stamp
	st, _, text := parseStamp(&dob, v, n.opt.Location, n.opt.Now)
	switch {
	case st == DateEmpty:
		return "", true
	case st != DateOK,
		dob.Year < 1900,
		dob.Year == 1900 && dob.Month == 1 && dob.Day == 1,
		n.today.dateBefore(dob),
		joined.dateBefore(dob):
		return "", false
	}
	if text != "" {
		return text[:len("2006-01-02")], true
	}
	return dob.date(v), true
}

// attributes merges the attributes JSON column and attributes.<name>
// columns (which win) into one object with sorted keys.
func (n *Normalizer) attributes(row *pipeline.Row, dst []byte) ([]byte, string) {
	if n.attrs < 0 {
		return n.columnAttributes(row, dst), ""
	}
	var m map[string]json.RawMessage
	if n.attrs >= 0 {
		f := row.Field(n.attrs)
		if s := trim(f.V); f.Valid && s != "" && s != "null" {
			if err := json.Unmarshal([]byte(strings.ToValidUTF8(s, "\uFFFD")), &m); err != nil {
				return nil, "attributes column is not a JSON object"
			}
		}
	}
	for _, a := range n.attrCol {
		f := row.Field(a.i)
		if !f.Valid {
			continue
		}
		if m == nil {
			m = map[string]json.RawMessage{}
		}
		m[a.name] = json.AppendEscape(nil, Text(f.V), 0)
	}
	if len(m) == 0 {
		return nil, ""
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			b.WriteByte(',')
		}
		b.Write(json.AppendEscape(nil, k, 0))
		b.WriteByte(':')
		if err := json.Compact(&b, m[k]); err != nil {
			return nil, "attributes value is not valid JSON"
		}
	}
	b.WriteByte('}')
	return b.Bytes(), ""
}

// columnAttributes is attributes without a JSON column: the columns are
// sorted by name once in New, so the object is appended directly to dst.
func (n *Normalizer) columnAttributes(row *pipeline.Row, dst []byte) []byte {
	b := dst
	for _, a := range n.attrCol {
		f := row.Field(a.i)
		if !f.Valid {
			continue
		}
		if len(b) == len(dst) {
			b = append(b, '{')
		} else {
			b = append(b, ',')
		}
		b = pipeline.AppendString(b, a.name)
		b = append(b, ':')
		b = pipeline.AppendString(b, Text(f.V))
	}
	if len(b) == len(dst) {
		return nil
	}
	return append(b, '}')
}
