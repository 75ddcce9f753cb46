package order

import (
	"encoding/json"
	"fmt"
	"regexp"
	"time"
	"unicode/utf8"

	"etl/configs"
	"etl/kinds"
	"etl/kinds/field"
	"etl/kinds/money"
	"etl/pipeline"
	"etl/transforms"
)

// Kind is the old orders kind (SPEC §10). An order number is exported
// once: a later row with a number already exported is a duplicate.
var Kind = kinds.Kind{
	Name:    "order",
	Plural:  "orders",
	Keys:    Keys,
	Parents: []string{"users"},
	Unique:  pipeline.Unique{Field: "number"},
	Money:   []string{"amount", "discount_amount"},
	Check:   check,
	Open:    open,
}

func open(env kinds.Env) (pipeline.Transform, error) {
	users, err := env.Parent("users")
	if err != nil {
		return nil, fmt.Errorf("orders: %w", err)
	}
	norm := env.Config.Normalize
	loc, err := time.LoadLocation(norm.Timezone)
	if err != nil {
		return nil, fmt.Errorf("normalize.timezone: %w", err)
	}
	o := norm.Order
	n, err := New(env.Columns, env.Extra, Options{Location: loc, Now: env.Now, StatusAs: o.StatusAs,
		StatusMap: o.StatusMap, DefaultCurrency: o.DefaultCurrency, ShippingCompanyMap: o.ShippingCompanyMap,
		ColumnTypes: env.Types},
		ledgerUsers{users})
	if err != nil {
		return nil, err
	}
	return n.Transform, nil
}

// ledgerUsers are the users a ledger holds, with the emails they were
// exported with.
type ledgerUsers struct{ l kinds.Ledger }

func (u ledgerUsers) User(code string) (string, bool, string, error) {
	return kinds.Customer(u.l, code)
}

var stamp = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$`)

// check is etl check's look at one old order.
func check(m map[string]any, bad func(field, format string, args ...any)) {
	str := func(k string, nullable bool) (string, bool) { return kinds.Str(m, k, nullable, bad) }
	for _, k := range []string{"number", "user", "shipping_address", "billing_address"} {
		if s, ok := str(k, false); ok && s == "" {
			bad(k, "is empty")
		}
	}
	for k, max := range map[string]int{"number": maxNumber, "payment_type": maxText, "bank": maxText,
		"tracking_number": maxText, "shipping_address": maxAddress, "billing_address": maxAddress} {
		if s, ok := str(k, false); ok && utf8.RuneCountInString(s) > max {
			bad(k, "is longer than %d characters", max)
		}
	}
	if s, ok := str("user_email", false); ok && !transforms.ValidEmail(s) {
		bad("user_email", "is not a normalized valid email")
	}
	if s, ok := str("status", false); ok && !documentedStatus(s) {
		bad("status", "%q is not a documented Omnitron order status code or name", s)
	}
	if s, ok := str("created_date", false); ok {
		if _, err := time.Parse(time.DateTime, s); err != nil || !stamp.MatchString(s) {
			bad("created_date", "want YYYY-MM-DD HH:MM:SS, got %q", s)
		}
	}
	money.Check(m, "amount", false, bad)
	money.Check(m, "discount_amount", true, bad)
	if s, ok := str("currency", false); ok && !money.Known(s) {
		bad("currency", "want an upper-case ISO 4217 code, got %q", s)
	}
	switch v := m["installment_count"].(type) {
	case nil:
	case json.Number:
		if n, err := v.Int64(); err != nil || n < 1 || n > field.MaxCount {
			bad("installment_count", "want a whole number from 1 or null, got %s", v)
		}
	default:
		bad("installment_count", "want a number or null, got %T", v)
	}
	if s, ok := str("shipping_company", true); ok && s == "" {
		bad("shipping_company", "is an empty string, want null")
	}
	if _, ok := m["extra_field"].(map[string]any); !ok {
		bad("extra_field", "want an object, got %T", m["extra_field"])
	}
}

// documentedStatus reports whether s is a status as a record writes it:
// a documented code or name, exactly.
func documentedStatus(s string) bool {
	for _, st := range configs.OrderStatuses {
		if s == st.Code || s == st.Name {
			return true
		}
	}
	return false
}
