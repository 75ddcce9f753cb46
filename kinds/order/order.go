// Package order turns legacy order rows into Omnitron's old order records
// (SPEC §10): the 16 keys in contract order, statuses mapped to
// Omnitron's, exact money, and the user each order belongs to looked up
// among the users already exported (SPEC §8).
package order

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"etl/configs"
	"etl/internal/places"
	"etl/kinds"
	"etl/kinds/field"
	"etl/kinds/money"
	"etl/pipeline"
	"etl/transforms"
)

// Options are normalize.order, with the run's zone and today.
type Options struct {
	Location           *time.Location // normalize.timezone; nil is UTC
	Now                time.Time      // decides the century of two-digit years
	StatusAs           string         // "code" (default) | "name"
	StatusMap          map[string]string
	DefaultCurrency    string // "" is TRY
	ShippingCompanyMap map[string]string
	// ColumnTypes are the source's column types, in the order of its
	// columns, as its driver names them; nil when it does not say (a CSV
	// file). They tell an exact amount from a float (money.ColumnOf).
	ColumnTypes []string
}

// Users answers for the users an order may reference (the users ledger).
type Users interface {
	// User returns the email the user with this customer code was
	// exported with. When it was not exported, ok is false and why says
	// what is known ("customer 812 is not in the users ledger …").
	User(code string) (email string, ok bool, why string, err error)
}

// Keys are the 16 keys of an old order, in the order of the Old Order
// Migration table.
var Keys = []string{
	"number", "user", "user_email", "status", "created_date", "amount",
	"discount_amount", "currency", "payment_type", "bank", "installment_count",
	"tracking_number", "shipping_company", "shipping_address",
	"billing_address", "extra_field",
}

// Limits of SPEC §10, in characters.
const (
	maxNumber  = 128
	maxText    = 64 // payment_type, bank, tracking_number
	maxAddress = 512
)

// Input columns, by position in Keys (extra_field is read by field.Extra).
const (
	cNumber = iota
	cUser
	cUserEmail
	cStatus
	cCreated
	cAmount
	cDiscount
	cCurrency
	cPayment
	cBank
	cInstallments
	cTracking
	cShipping
	cShippingAddress
	cBillingAddress
	nCols
)

// colCustomer is another name of the user column: the users' key, and
// the addresses' name for it.
const colCustomer = "customer_code"

// required input columns: without them every row would be a reject.
var required = []int{cNumber, cUser, cStatus, cCreated, cAmount, cShippingAddress, cBillingAddress}

// Normalizer turns legacy order rows into records. Build it once per run
// from the columns the source returns; Transform is safe for concurrent
// use.
type Normalizer struct {
	opt      Options
	users    Users
	col      [nCols]int          // column of each input key; -1 when absent
	money    [nCols]money.Column // how each amount column's text is read
	extra    field.Extra
	status   map[string]string // folded legacy status → the status as written
	currency string            // the default currency
	shipping map[string]string // lower-cased company → the name written
	failed   kinds.FirstError
}

// New maps source columns to input keys and reads the options. extra
// names columns that are allowed without being input keys (the key and
// the cursor). Every unknown, doubled or missing column and every bad
// option is reported at once.
func New(columns, extra []string, opt Options, users Users) (*Normalizer, error) {
	if opt.Location == nil {
		opt.Location = time.UTC
	}
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	n := &Normalizer{opt: opt, users: users, status: map[string]string{}, shipping: map[string]string{}}
	var problems []string
	switch opt.StatusAs {
	case "", "code", "name":
	default:
		problems = append(problems, fmt.Sprintf("normalize.order.status_as %q must be code or name", opt.StatusAs))
	}
	if len(opt.StatusMap) == 0 {
		problems = append(problems, "normalize.order.status_map is empty: map each legacy status to an Omnitron status")
	}
	// Sorted, so that of two keys that fold alike (configs refuses them
	// when they map to different statuses) the same one wins every run.
	keys := make([]string, 0, len(opt.StatusMap))
	for k := range opt.StatusMap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		st, ok := configs.LookupOrderStatus(opt.StatusMap[k])
		if !ok {
			problems = append(problems, fmt.Sprintf("normalize.order.status_map.%s: %q is not a documented Omnitron order status", k, opt.StatusMap[k]))
			continue
		}
		if f := places.Fold(k); f != "" && n.status[f] == "" {
			n.status[f] = st.As(opt.StatusAs)
		}
	}
	n.currency = "TRY"
	if opt.DefaultCurrency != "" {
		c, st := money.Currency(opt.DefaultCurrency)
		if st != money.CurrencyOK {
			problems = append(problems, fmt.Sprintf("normalize.order.default_currency %q is not an ISO 4217 currency code", opt.DefaultCurrency))
		}
		n.currency = c
	}
	for k, v := range opt.ShippingCompanyMap {
		n.shipping[lowerWord(transforms.Text(k))] = strings.TrimSpace(v)
	}
	if users == nil {
		problems = append(problems, "no users ledger to look orders' users up in")
	}

	byName := map[string]int{colCustomer: cUser}
	for i, k := range Keys[:nCols] {
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
		case ok && n.col[k] >= 0: // user and customer_code
			problems = append(problems, fmt.Sprintf("columns %q and %q both name the user", columns[n.col[k]], c))
		case ok:
			n.col[k] = i
		case n.extra.Column(c, i):
		case allowed[c]:
		default:
			problems = append(problems, fmt.Sprintf("column %q is not an order key, extra_field or extra_field.<name>", c))
		}
	}
	for _, k := range []int{cAmount, cDiscount} {
		if i := n.col[k]; i >= 0 && i < len(opt.ColumnTypes) {
			n.money[k] = money.ColumnOf(opt.ColumnTypes[i])
		}
	}
	for _, k := range required {
		if n.col[k] < 0 {
			problems = append(problems, fmt.Sprintf("no column for required key %q", Keys[k]))
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("orders: %s", strings.Join(problems, "; "))
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

// record is one order before it is written.
type record struct {
	number, user, email, status, created string
	amount, discount                     money.Amount
	hasDiscount                          bool
	currency, payment, bank, tracking    string
	installments                         int
	shipping                             string
	shippingAddress, billingAddress      string
}

// Transform normalizes one row. Rows are judged field by field in record
// order; the user is looked up last, so a row that can never be exported
// is rejected for what is wrong with it rather than waiting as an orphan
// for a user it would not be exported with anyway.
func (n *Normalizer) Transform(row *pipeline.Row, buf []byte) pipeline.Result {
	var res pipeline.Result
	var r record
	var bad *pipeline.Result

	r.number = strings.TrimSpace(n.get(row, cNumber))
	if r.number == "" {
		return kinds.Reject("number", pipeline.ReasonMissing, "empty")
	}
	if bad = tooLong("number", r.number, maxNumber); bad != nil {
		return *bad
	}
	r.user = strings.TrimSpace(n.get(row, cUser))
	if r.user == "" {
		return kinds.Reject("user", pipeline.ReasonMissing, "empty")
	}
	if bad = n.readStatus(&r, row); bad != nil {
		return *bad
	}
	st, dst, why := transforms.ParseStamp(n.get(row, cCreated), n.opt.Location, n.opt.Now)
	switch dst {
	case transforms.DateEmpty:
		return kinds.Reject("created_date", pipeline.ReasonMissing, "empty")
	case transforms.DateNoValue:
		return kinds.Reject("created_date", pipeline.ReasonMissing, why)
	case transforms.DateInvalid:
		return kinds.Reject("created_date", pipeline.ReasonInvalid, why)
	}
	r.created = st.DateTime()
	if bad = n.readMoney(&r, row); bad != nil {
		return *bad
	}
	for _, t := range [...]struct {
		k   int
		dst *string
	}{{cPayment, &r.payment}, {cBank, &r.bank}, {cTracking, &r.tracking}} {
		*t.dst = transforms.Text(n.get(row, t.k))
		if bad = tooLong(Keys[t.k], *t.dst, maxText); bad != nil {
			return *bad
		}
	}
	switch c, cst, why := field.Count(n.get(row, cInstallments)); cst {
	case field.CountOK:
		r.installments = c
	case field.CountInvalid:
		return kinds.Reject("installment_count", pipeline.ReasonInvalid, why)
	}
	if v := transforms.Text(n.get(row, cShipping)); v != "" {
		var lb [64]byte
		low := appendLower(lb[:0], v)
		var ok bool
		if r.shipping, ok = n.shipping[string(low)]; !ok {
			r.shipping = lowerWord(v)
		}
	}
	for _, a := range [...]struct {
		k   int
		dst *string
	}{{cShippingAddress, &r.shippingAddress}, {cBillingAddress, &r.billingAddress}} {
		v := transforms.Text(n.get(row, a.k))
		if v == "" {
			return kinds.Reject(Keys[a.k], pipeline.ReasonMissing, "empty")
		}
		v, cut := field.Cut(v, maxAddress)
		if cut {
			res.Warnings = append(res.Warnings, pipeline.Warning{Field: Keys[a.k], Kind: Keys[a.k] + "_truncated"})
		}
		*a.dst = v
	}
	// extra_field is written first, at the start of buf, so that a bad one
	// rejects the row before the user is looked up; the record is written
	// after it and moved over it at the end.
	b, why := n.extra.Append(buf[:0], row)
	if why != "" {
		return kinds.Reject("extra_field", pipeline.ReasonInvalid, why)
	}
	extraLen := len(b)

	email, ok, why, err := n.users.User(r.user)
	if err != nil {
		n.failed.Set(err)
		return kinds.Reject("user", pipeline.ReasonOrphan, fmt.Sprintf("users ledger: %v", err))
	}
	if !ok {
		if why == "" {
			why = fmt.Sprintf("customer %s was not exported", r.user)
		}
		return kinds.Reject("user", pipeline.ReasonOrphan, why)
	}
	if email == "" {
		return kinds.Reject("user_email", pipeline.ReasonMissing, fmt.Sprintf("customer %s has no email in the users ledger", r.user))
	}
	r.email = email
	if n.col[cUserEmail] >= 0 {
		if v := strings.TrimSpace(n.get(row, cUserEmail)); v != "" && !strings.EqualFold(v, email) {
			res.Warnings = append(res.Warnings, pipeline.Warning{Field: "user_email", Kind: "user_email_differs"})
		}
	}

	b = r.appendJSON(b, b[:extraLen])
	rec := b[extraLen:]
	res.JSON = b[:copy(b, rec)]
	if pipeline.Plain(r.number) { // written as it is, right after {"number":"
		res.Unique = unsafe.String(&res.JSON[len(`{"number":"`)], len(r.number))
	} else {
		res.Unique = strings.Clone(r.number)
	}
	return res
}

// readStatus maps the legacy status through normalize.order.status_map.
func (n *Normalizer) readStatus(r *record, row *pipeline.Row) *pipeline.Result {
	v := strings.TrimSpace(n.get(row, cStatus))
	if v == "" {
		res := kinds.Reject("status", pipeline.ReasonMissing, "empty")
		return &res
	}
	var fb [64]byte
	f := places.AppendFold(fb[:0], v)
	if r.status = n.status[string(f)]; r.status == "" {
		res := kinds.Reject("status", pipeline.ReasonInvalid, fmt.Sprintf("%q is not in normalize.order.status_map", v))
		return &res
	}
	return nil
}

// readMoney reads currency, amount and discount_amount: the currency of
// the row, else the one the amounts are written in, else the default; an
// amount written in another currency than the row's is invalid.
func (n *Normalizer) readMoney(r *record, row *pipeline.Row) *pipeline.Result {
	fail := func(field, reason, detail string) *pipeline.Result {
		res := kinds.Reject(field, reason, detail)
		return &res
	}
	var from string // the key that named r.currency
	switch c, st := money.Currency(n.get(row, cCurrency)); st {
	case money.CurrencyOK:
		r.currency, from = c, "currency"
	case money.CurrencyUnknown:
		return fail("currency", pipeline.ReasonInvalid, fmt.Sprintf("%q is not an ISO 4217 currency code", strings.TrimSpace(n.get(row, cCurrency))))
	case money.CurrencyUnsupported:
		return fail("currency", pipeline.ReasonUnsupported, "TRL is the lira before 2005 (a million TRL is one TRY); convert such orders in the query")
	}
	for _, m := range [...]struct {
		k   int
		dst *money.Amount
	}{{cAmount, &r.amount}, {cDiscount, &r.discount}} {
		key := Keys[m.k]
		a, cur, st, why := money.ParseColumn(n.get(row, m.k), n.money[m.k])
		switch st {
		case money.Empty:
			if m.k == cAmount {
				return fail(key, pipeline.ReasonMissing, "empty")
			}
			continue
		case money.Invalid:
			return fail(key, pipeline.ReasonInvalid, why)
		case money.Unsupported:
			return fail(key, pipeline.ReasonUnsupported, why)
		}
		switch {
		case cur == "":
		case r.currency == "":
			r.currency, from = cur, key
		case cur != r.currency:
			return fail(key, pipeline.ReasonInvalid, fmt.Sprintf("written in %s, but the %s is %s", cur, from, r.currency))
		}
		*m.dst = a
		if m.k == cDiscount {
			r.hasDiscount = true
		}
	}
	if r.currency == "" {
		r.currency = n.currency
	}
	return nil
}

// lowerWord is how a shipping company is written and matched (SPEC §10):
// trimmed and lower-cased, the Turkish and Latin i's one letter
// ("YURTİÇİ" is "yurtiçi", not "yurti̇çi̇").
func lowerWord(s string) string {
	s = strings.TrimSpace(s)
	var buf [64]byte
	if b := appendLower(buf[:0], s); string(b) != s {
		return string(b)
	}
	return s
}

// appendLower appends s lower-cased as lowerWord does.
func appendLower(b []byte, s string) []byte {
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			b = append(b, byte(r-'A'+'a'))
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		case r == 'İ' || r == 'ı':
			b = append(b, 'i')
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
}

// tooLong rejects a value of more than max characters.
func tooLong(field, v string, max int) *pipeline.Result {
	if len(v) > max && utf8.RuneCountInString(v) > max {
		r := kinds.Reject(field, pipeline.ReasonTooLong, fmt.Sprintf("longer than %d characters", max))
		return &r
	}
	return nil
}

// appendJSON writes the record with its 16 keys in contract order, and
// extra as its extra_field.
func (r *record) appendJSON(b, extra []byte) []byte {
	b = append(b, `{"number":`...)
	b = pipeline.AppendString(b, r.number)
	b = append(b, `,"user":`...)
	b = pipeline.AppendString(b, r.user)
	b = append(b, `,"user_email":`...)
	b = pipeline.AppendString(b, r.email)
	b = append(b, `,"status":`...)
	b = pipeline.AppendString(b, r.status)
	b = append(b, `,"created_date":`...)
	b = pipeline.AppendString(b, r.created)
	b = append(b, `,"amount":`...)
	b = r.amount.Append(b)
	b = append(b, `,"discount_amount":`...)
	if r.hasDiscount {
		b = r.discount.Append(b)
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"currency":`...)
	b = pipeline.AppendString(b, r.currency)
	b = append(b, `,"payment_type":`...)
	b = pipeline.AppendString(b, r.payment)
	b = append(b, `,"bank":`...)
	b = pipeline.AppendString(b, r.bank)
	b = append(b, `,"installment_count":`...)
	if r.installments > 0 {
		b = strconv.AppendInt(b, int64(r.installments), 10)
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"tracking_number":`...)
	b = pipeline.AppendString(b, r.tracking)
	b = append(b, `,"shipping_company":`...)
	if r.shipping != "" {
		b = pipeline.AppendString(b, r.shipping)
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"shipping_address":`...)
	b = pipeline.AppendString(b, r.shippingAddress)
	b = append(b, `,"billing_address":`...)
	b = pipeline.AppendString(b, r.billingAddress)
	b = append(b, `,"extra_field":`...)
	b = append(b, extra...)
	return append(b, '}')
}
