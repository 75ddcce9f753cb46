package orderitem

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"etl/kinds"
	"etl/kinds/field"
	"etl/kinds/money"
	"etl/pipeline"
)

// Kind is the old order items kind (SPEC §11). Items share nothing that
// must be unique: an order has many, and one product may be on many
// lines.
var Kind = kinds.Kind{
	Name:    "order_item",
	Plural:  "order_items",
	Keys:    Keys,
	Parents: []string{"orders"},
	Money:   []string{"price"},
	Check:   check,
	Open:    open,
}

func open(env kinds.Env) (pipeline.Transform, error) {
	orders, err := env.Parent("orders")
	if err != nil {
		return nil, fmt.Errorf("order_items: %w", err)
	}
	n, err := New(env.Columns, env.Extra, Options{ImageBaseURL: env.Config.Normalize.OrderItem.ImageBaseURL,
		ColumnTypes: env.Types}, ledgerOrders{orders})
	if err != nil {
		return nil, err
	}
	return n.Transform, nil
}

// ledgerOrders are the orders a ledger holds, found by number.
type ledgerOrders struct{ l kinds.Ledger }

func (o ledgerOrders) Order(number string) (string, bool, string, error) {
	key, ok, err := o.l.UniqueOwner(number)
	if err == nil && !ok {
		if h, can := o.l.(kinds.Holder); can {
			if w, held := h.HeldUnique(number); held {
				return "", false, w, nil
			}
		}
	}
	if err != nil || !ok {
		return "", false, "order " + number + " is not in the orders ledger (not exported yet: rejected, or not read)", err
	}
	return key, true, "", nil
}

func (o ledgerOrders) Number(key string) (string, bool, string, error) {
	number, ok, err := o.l.Lookup(key)
	if err != nil || ok {
		return number, ok, "", err
	}
	if h, can := o.l.(kinds.Holder); can {
		if w, held := h.Held(key); held {
			return "", false, w, nil
		}
	}
	if ex, can := o.l.(kinds.Explainer); can {
		if w, known := ex.Rejected(key); known {
			return "", false, "order of key " + key + " was rejected: " + w, nil
		}
	}
	return "", false, "the order of key " + key + " is not in the orders ledger (not exported yet: rejected, or not read)", nil
}

// check is etl check's look at one old order item.
func check(m map[string]any, bad func(field, format string, args ...any)) {
	str := func(k string, nullable bool) (string, bool) { return kinds.Str(m, k, nullable, bad) }
	if s, ok := str("order_number", false); ok && s == "" {
		bad("order_number", "is empty")
	}
	for k, max := range map[string]int{"product": maxProduct, "sku": maxSKU} {
		s, ok := str(k, true)
		switch {
		case ok && s == "":
			bad(k, "is an empty string, want null")
		case ok && utf8.RuneCountInString(s) > max:
			bad(k, "is longer than %d characters", max)
		}
	}
	switch v := m["quantity"].(type) {
	case json.Number:
		if q, err := v.Int64(); err != nil || q < 1 || q > field.MaxCount {
			bad("quantity", "want a whole number from 1, got %s", v)
		}
	default:
		bad("quantity", "want a number, got %T", v)
	}
	money.Check(m, "price", false, bad)
	if s, ok := str("image_url", true); ok {
		u, err := url.Parse(s)
		if err != nil || !absolute(u) || strings.IndexFunc(s, unicode.IsSpace) >= 0 {
			bad("image_url", "want an absolute http(s) URL or null, got %q", s)
		}
	}
	if _, ok := m["extra_field"].(map[string]any); !ok {
		bad("extra_field", "want an object, got %T", m["extra_field"])
	}
}
