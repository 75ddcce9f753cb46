// Package address turns legacy address rows into Omnitron address
// records (SPEC §9): the 14 keys in contract order, places matched
// against Türkiye's provinces and districts, and the user each address
// belongs to looked up among the users already exported (SPEC §8).
package address

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"etl/internal/places"
	"etl/kinds"
	"etl/pipeline"
	"etl/transforms"
)

// Options are normalize.address.
type Options struct {
	DefaultCountry  string // "" means "Türkiye"
	UnknownTownship string // "reject" (default) | "keep"
	CustomerKey     string // "customer_code" (default) | "user": the name the first key is written under
}

// User is what the users ledger knows of an exported user.
type User struct {
	Email, FirstName, LastName string
	// NamesUnknown says the ledger does not record the user's names: it
	// was exported by an etl that did not keep them.
	NamesUnknown bool
}

// Parents answers for the users an address may reference (the users ledger).
type Parents interface {
	// User returns the exported user with this customer code. When it was
	// not exported, ok is false and why says what is known, e.g.
	// "customer 812 was rejected: email invalid" or "customer 812 is not in the users ledger".
	User(code string) (u User, ok bool, why string, err error)
}

// Keys are the 14 keys of an address record, in the order they are
// written (with customer_key user the first is written "user").
var Keys = []string{
	"customer_code", "email", "first_name", "last_name", "title",
	"phone_number", "line", "country", "city", "township", "district",
	"tax_office", "tax_no", "company_name",
}

// Türkiye is how the record writes the country whose places are checked.
const Türkiye = "Türkiye"

// Limits of SPEC §9, in characters.
const (
	maxName  = 255
	maxTitle = 128
	maxLine  = 255
)

// Input columns, by position in cols: the 14 keys, then full_name.
const (
	cCustomer = iota
	cEmail
	cFirstName
	cLastName
	cTitle
	cPhone
	cLine
	cCountry
	cCity
	cTownship
	cDistrict
	cTaxOffice
	cTaxNo
	cCompany
	cFullName
	nCols
)

// colFullName is the input column that may stand for first_name and
// last_name; colUser is the Commerce page's name for customer_code.
const (
	colFullName = "full_name"
	colUser     = "user"
)

// required input columns: without them every row would be a reject.
var required = []int{cCustomer, cLine, cCity, cTownship}

// Normalizer turns legacy address rows into records. Build it once per
// run from the columns the source returns; Transform is safe for
// concurrent use.
type Normalizer struct {
	opt     Options
	parents Parents
	col     [nCols]int // column of each input key; -1 when absent
	key     string     // the first key as written: customer_code or user
	country string     // the default country, as the record writes it
	keep    bool       // unknown_township: keep
	failed  kinds.FirstError
}

// New maps source columns to input keys. extra names columns that are
// allowed without being input keys (the key and the cursor). Every
// unknown, doubled or missing column is reported at once.
func New(columns, extra []string, opt Options, parents Parents) (*Normalizer, error) {
	n := &Normalizer{opt: opt, parents: parents, key: "customer_code"}
	var problems []string
	switch opt.CustomerKey {
	case "", "customer_code":
	case "user":
		n.key = "user"
	default:
		problems = append(problems, fmt.Sprintf("normalize.address.customer_key %q must be customer_code or user", opt.CustomerKey))
	}
	switch opt.UnknownTownship {
	case "", "reject":
	case "keep":
		n.keep = true
	default:
		problems = append(problems, fmt.Sprintf("normalize.address.unknown_township %q must be reject or keep", opt.UnknownTownship))
	}
	n.country = Türkiye
	if c := transforms.Text(opt.DefaultCountry); c != "" && !isTürkiye(c) {
		n.country = c
	}
	if parents == nil {
		problems = append(problems, "no users ledger to look addresses' customers up in")
	}

	byName := map[string]int{colFullName: cFullName, colUser: cCustomer}
	for i, k := range Keys {
		byName[k] = i
	}
	allowed := map[string]bool{}
	for _, e := range extra {
		allowed[e] = true
	}
	for i := range n.col {
		n.col[i] = -1
	}
	seen := map[string]bool{}
	for i, c := range columns {
		if seen[c] {
			problems = append(problems, fmt.Sprintf("column %q appears twice", c))
			continue
		}
		seen[c] = true
		k, ok := byName[c]
		switch {
		case ok && n.col[k] >= 0: // customer_code and user
			problems = append(problems, fmt.Sprintf("columns %q and %q both name the customer", columns[n.col[k]], c))
		case ok:
			n.col[k] = i
		case allowed[c]:
		default:
			problems = append(problems, fmt.Sprintf("column %q is not an address key or full_name", c))
		}
	}
	if n.col[cFullName] >= 0 && (n.col[cFirstName] >= 0 || n.col[cLastName] >= 0) {
		problems = append(problems, "full_name and first_name/last_name were both given; select one or the other")
	}
	for _, k := range required {
		if n.col[k] < 0 {
			problems = append(problems, fmt.Sprintf("no column for required key %q", Keys[k]))
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("addresses: %s", strings.Join(problems, "; "))
	}
	return n, nil
}

// Err is the first error the users ledger answered a lookup with, or nil.
// Such a row is rejected as an orphan (later runs read it again), but a
// run whose ledger fails should stop: the caller checks Err.
func (n *Normalizer) Err() error { return n.failed.Err() }

func (n *Normalizer) get(row *pipeline.Row, k int) string {
	if i := n.col[k]; i >= 0 {
		return row.Field(i).V // NULL reads as ""
	}
	return ""
}

// record is one address before it is written.
type record struct {
	customer, email, first, last, title, phone, line string
	country, city, township, district                string
	taxOffice, taxNo, company                        string
}

// Transform normalizes one row. Rows are judged field by field in record
// order; the customer is looked up last, so a row that can never be
// exported is rejected for what is wrong with it rather than waiting as
// an orphan for a user it would not be exported with anyway.
func (n *Normalizer) Transform(row *pipeline.Row, buf []byte) pipeline.Result {
	var res pipeline.Result
	var r record
	warn := func(field, kind string) {
		res.Warnings = append(res.Warnings, pipeline.Warning{Field: field, Kind: kind})
	}

	r.customer = strings.TrimSpace(n.get(row, cCustomer))
	if r.customer == "" {
		return kinds.Reject(n.key, pipeline.ReasonMissing, "empty")
	}
	var bad *pipeline.Result
	if n.col[cFullName] >= 0 {
		r.first, r.last = splitName(transforms.Text(n.get(row, cFullName)))
	} else {
		r.first = transforms.Text(n.get(row, cFirstName))
		r.last = transforms.Text(n.get(row, cLastName))
	}
	if bad = tooLong("first_name", r.first, maxName); bad != nil {
		return *bad
	}
	if bad = tooLong("last_name", r.last, maxName); bad != nil {
		return *bad
	}
	r.title = transforms.Text(n.get(row, cTitle))
	if bad = tooLong("title", r.title, maxTitle); bad != nil {
		return *bad
	}
	if n.col[cPhone] >= 0 {
		p, st := phoneNumber(n.get(row, cPhone))
		if st == transforms.PhoneInvalid {
			warn("phone_number", "phone_number_dropped")
		}
		r.phone = p
	}
	r.line = transforms.Text(n.get(row, cLine))
	if r.line == "" {
		return kinds.Reject("line", pipeline.ReasonMissing, "empty")
	}
	if bad = tooLong("line", r.line, maxLine); bad != nil {
		return *bad
	}
	if bad = n.place(&r, row, warn); bad != nil {
		return *bad
	}
	r.district = transforms.Text(n.get(row, cDistrict))
	r.taxOffice = transforms.Text(n.get(row, cTaxOffice))
	if v := strings.TrimSpace(n.get(row, cTaxNo)); v != "" {
		if r.taxNo = taxNo(v); r.taxNo == "" {
			warn("tax_no", "tax_no_dropped")
		}
	}
	r.company = transforms.Text(n.get(row, cCompany))

	u, ok, why, err := n.parents.User(r.customer)
	if err != nil {
		n.failed.Set(err)
		return kinds.Reject(n.key, pipeline.ReasonOrphan, fmt.Sprintf("users ledger: %v", err))
	}
	if !ok {
		if why == "" {
			why = fmt.Sprintf("customer %s was not exported", r.customer)
		}
		return kinds.Reject(n.key, pipeline.ReasonOrphan, why)
	}
	r.email = u.Email
	if r.email == "" {
		return kinds.Reject("email", pipeline.ReasonMissing, fmt.Sprintf("customer %s has no email in the users ledger", r.customer))
	}
	if n.col[cEmail] >= 0 {
		if v := strings.TrimSpace(n.get(row, cEmail)); v != "" && !strings.EqualFold(v, u.Email) {
			warn("email", "email_differs")
		}
	}
	if r.first == "" {
		r.first = u.FirstName
	}
	if r.last == "" {
		r.last = u.LastName
	}
	if r.first == "" {
		return kinds.Reject("first_name", pipeline.ReasonMissing, noName(r.customer, u))
	}
	if r.last == "" {
		return kinds.Reject("last_name", pipeline.ReasonMissing, noName(r.customer, u))
	}
	// The user's names passed the users' rules (≤150), within this limit.

	res.JSON = r.appendJSON(buf, n.key)
	res.Unique = unique(&r)
	return res
}

// noName is the detail of a row that lacks a name its user cannot give.
func noName(customer string, u User) string {
	if !u.NamesUnknown {
		return "empty in the row and for the user"
	}
	return fmt.Sprintf("empty in the row, and the users ledger does not record customer %s's names "+
		"(exported by an etl that did not keep them): select first_name and last_name, or full_name, "+
		"for its addresses", customer)
}

// place sets country, city and township, matching them against
// Türkiye's places when the country is Türkiye.
func (n *Normalizer) place(r *record, row *pipeline.Row, warn func(field, kind string)) *pipeline.Result {
	r.country = transforms.Text(n.get(row, cCountry))
	switch {
	case r.country == "":
		r.country = n.country
	case isTürkiye(r.country):
		r.country = Türkiye
	}
	city := transforms.Text(n.get(row, cCity))
	if city == "" {
		res := kinds.Reject("city", pipeline.ReasonMissing, "empty")
		return &res
	}
	township := transforms.Text(n.get(row, cTownship))
	if r.country != Türkiye {
		r.city = city
		if township == "" {
			res := kinds.Reject("township", pipeline.ReasonMissing, "empty")
			return &res
		}
		r.township = township
		return nil
	}
	p, ok := places.City(city)
	if !ok {
		res := kinds.Reject("city", pipeline.ReasonInvalid, fmt.Sprintf("%q is not a province of Türkiye", city))
		return &res
	}
	r.city = p.Upper
	if township == "" {
		res := kinds.Reject("township", pipeline.ReasonMissing, "empty")
		return &res
	}
	up, st := p.Township(township)
	var why string
	switch st {
	case places.Found, places.Alias:
		r.township = up
		return nil
	case places.Ambiguous:
		why = fmt.Sprintf("%q is no longer a district of %s: it was split", township, p.Upper)
		if c := p.Candidates(township); len(c) > 0 {
			why += " between " + strings.Join(c, ", ")
		}
	default:
		why = fmt.Sprintf("%q is not a district of %s", township, p.Upper)
	}
	if !n.keep {
		res := kinds.Reject("township", pipeline.ReasonInvalid, why)
		return &res
	}
	r.township = places.Upper(township)
	warn("township", "township_unverified")
	return nil
}

// türkiye are the folded country values that mean Türkiye (SPEC §9).
var türkiye = map[string]bool{
	"tr": true, "tur": true, "turkey": true, "turkiye": true, "turkei": true, "90": true,
}

func isTürkiye(v string) bool { return türkiye[places.Fold(v)] }

// splitName splits a full name at its last space. One word is the first
// name; the last name is then the user's.
func splitName(v string) (first, last string) {
	if i := strings.LastIndexByte(v, ' '); i >= 0 {
		return v[:i], v[i+1:] // Text collapsed the spaces: neither is empty
	}
	return v, ""
}

// tooLong rejects a value of more than max characters.
func tooLong(field, v string, max int) *pipeline.Result {
	if len(v) > max && utf8.RuneCountInString(v) > max {
		r := kinds.Reject(field, pipeline.ReasonTooLong, fmt.Sprintf("longer than %d characters", max))
		return &r
	}
	return nil
}

// taxNo keeps the ASCII digits of v: a VKN has 10, a TCKN 11. Anything
// else is "". A number that went through a float column is read as the
// integer ("1234567890.0"), and one in scientific notation
// ("1.23456789E+09") has lost digits: keeping their digits would make
// another number of the right length, so the first loses its ".0" and
// the second is no number.
func taxNo(v string) string {
	v = strings.TrimSpace(v)
	if scientific(v) {
		return ""
	}
	if i := strings.LastIndexByte(v, '.'); i > 0 && i < len(v)-1 && asciiDigits(v[:i]) && strings.Trim(v[i+1:], "0") == "" {
		v = v[:i]
	}
	var b [11]byte
	n := 0
	for i := 0; i < len(v); i++ {
		if c := v[i]; c >= '0' && c <= '9' {
			if n == len(b) {
				return ""
			}
			b[n] = c
			n++
		}
	}
	if n != 10 && n != 11 {
		return ""
	}
	return string(b[:n])
}

// scientific reports whether v is a number in scientific notation: a
// mantissa of digits and a dot, e or E, an exponent of digits.
func scientific(v string) bool {
	i := strings.IndexAny(v, "eE")
	if i <= 0 || i == len(v)-1 {
		return false
	}
	mant, exp := strings.TrimPrefix(v[:i], "+"), strings.TrimLeft(v[i+1:], "+-")
	return exp != "" && asciiDigits(exp) && mant != "" && strings.Trim(mant, "0123456789.") == ""
}

func asciiDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// unique is what two addresses of a customer may not share (the runner
// skips a repeat as same_address): the customer, the line as Fold sees
// it and the township and city as written. Fold drops separators, so
// "No.12" and "No 12" are one line, but digits it would join keep a
// space between them ("No 1-2" is not "No 12").
func unique(r *record) string {
	var scratch [512]byte
	b := append(scratch[:0], r.customer...)
	b = append(b, 0)
	b = appendLineKey(b, r.line)
	b = append(b, 0)
	b = append(b, r.township...)
	b = append(b, 0)
	b = append(b, r.city...)
	return string(b)
}

// Unique is unique of a written address's customer (customer_code or
// user), line, township and city: etl upload files an address it sends
// under it, so that a later run skips the same address as same_address.
func Unique(customer, line, township, city string) string {
	return unique(&record{customer: customer, line: line, township: township, city: city})
}

// lineKey is the line's part of unique.
func lineKey(line string) string { return string(appendLineKey(nil, line)) }

// appendLineKey appends the folded line, keeping one space where a
// separator stood between two digits.
func appendLineKey(b []byte, line string) []byte {
	from := len(b)
	sep := false
	start := 0
	word := func(end int) {
		if end <= start {
			return
		}
		at := len(b)
		b = places.AppendFold(b, line[start:end])
		if sep && at > from && at < len(b) && isDigit(b[at-1]) && isDigit(b[at]) {
			b = append(b, 0)
			copy(b[at+1:], b[at:])
			b[at] = ' '
		}
		sep = false
	}
	for i, r := range line {
		if places.Separator(r) {
			word(i)
			start = i + utf8.RuneLen(r)
			sep = true
		}
	}
	word(len(line))
	return b
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// appendJSON writes the record with its 14 keys in contract order; key is
// the first key's name.
func (r *record) appendJSON(b []byte, key string) []byte {
	b = append(b, '{')
	b = pipeline.AppendString(b, key)
	b = append(b, ':')
	b = pipeline.AppendString(b, r.customer)
	b = append(b, `,"email":`...)
	b = pipeline.AppendString(b, r.email)
	b = append(b, `,"first_name":`...)
	b = pipeline.AppendString(b, r.first)
	b = append(b, `,"last_name":`...)
	b = pipeline.AppendString(b, r.last)
	b = append(b, `,"title":`...)
	b = nullable(b, r.title)
	b = append(b, `,"phone_number":`...)
	b = nullable(b, r.phone)
	b = append(b, `,"line":`...)
	b = pipeline.AppendString(b, r.line)
	b = append(b, `,"country":`...)
	b = pipeline.AppendString(b, r.country)
	b = append(b, `,"city":`...)
	b = pipeline.AppendString(b, r.city)
	b = append(b, `,"township":`...)
	b = pipeline.AppendString(b, r.township)
	b = append(b, `,"district":`...)
	b = nullable(b, r.district)
	b = append(b, `,"tax_office":`...)
	b = nullable(b, r.taxOffice)
	b = append(b, `,"tax_no":`...)
	b = nullable(b, r.taxNo)
	b = append(b, `,"company_name":`...)
	b = nullable(b, r.company)
	return append(b, '}')
}

func nullable(b []byte, s string) []byte {
	if s == "" {
		return append(b, "null"...)
	}
	return pipeline.AppendString(b, s)
}
