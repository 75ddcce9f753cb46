package omnitronstub

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"etl/internal/places"
	"etl/kinds/money"
)

// rule is what a kind's page says of one field. Where Omnitron's pages
// disagree with each other (the Old Order table and the order list
// printed on the Address page), the stand-in takes the product
// contract's reading, which is what the etl writes.
type rule struct {
	name     string
	typ      byte // 's' string, 'm' money, 'i' whole number ≥ 1, 'o' object
	required bool // the key must be there
	null     bool // it may be null
	blank    bool // a string may be empty
	max      int  // at most this many characters (0: no limit)
}

// The Commerce Address page's table (the Omnitron Address page gives
// only an example, with customer_code where the table says user).
var addressRules = []rule{
	{name: "customer_code", typ: 's', required: true},
	{name: "email", typ: 's', required: true},
	{name: "first_name", typ: 's', required: true, max: 255},
	{name: "last_name", typ: 's', required: true, max: 255},
	{name: "title", typ: 's', null: true, blank: true, max: 128},
	{name: "phone_number", typ: 's', null: true, blank: true},
	{name: "line", typ: 's', required: true, max: 255},
	{name: "country", typ: 's', required: true},
	{name: "city", typ: 's', required: true},
	{name: "township", typ: 's', required: true},
	{name: "district", typ: 's', null: true, blank: true},
	{name: "tax_office", typ: 's', null: true, blank: true},
	{name: "tax_no", typ: 's', null: true, blank: true},
	{name: "company_name", typ: 's', null: true, blank: true},
}

// The Old Order Migration table. payment_type, bank and tracking_number
// are required but may be empty (the Address page's list); a
// shipping_company may be null (that list again; no choice list of
// carriers was published, so any name is taken).
var orderRules = []rule{
	{name: "number", typ: 's', required: true, max: 128},
	{name: "user", typ: 's', required: true},
	{name: "user_email", typ: 's', required: true},
	{name: "status", typ: 's', required: true, max: 64},
	{name: "created_date", typ: 's', required: true},
	{name: "amount", typ: 'm', required: true},
	{name: "discount_amount", typ: 'm', null: true},
	{name: "currency", typ: 's', required: true},
	{name: "payment_type", typ: 's', required: true, blank: true, max: 64},
	{name: "bank", typ: 's', required: true, blank: true, max: 64},
	{name: "installment_count", typ: 'i', null: true},
	{name: "tracking_number", typ: 's', required: true, blank: true, max: 64},
	{name: "shipping_company", typ: 's', required: true, null: true},
	{name: "shipping_address", typ: 's', required: true, max: 512},
	{name: "billing_address", typ: 's', required: true, max: 512},
	{name: "extra_field", typ: 'o'},
}

// The Old Order Item page. quantity is "mandatory" and "can be null":
// the stand-in takes mandatory; image_url is mandatory and may be null or
// empty, as the page says.
var itemRules = []rule{
	{name: "order_number", typ: 's', required: true},
	{name: "product", typ: 's', null: true, blank: true, max: 256},
	{name: "sku", typ: 's', null: true, blank: true, max: 128},
	{name: "quantity", typ: 'i', required: true},
	{name: "price", typ: 'm', required: true},
	{name: "image_url", typ: 's', required: true, null: true, blank: true},
	{name: "extra_field", typ: 'o'},
}

// statuses are the documented order status codes and names (the Order
// Status Codes page, as far as it could be read).
var statuses = map[string]bool{
	"50": true, "cancellation_waiting": true, "100": true, "canceled": true, "200": true, "waiting": true,
	"300": true, "payment_waiting": true, "350": true, "confirmation_waiting": true, "400": true, "approved": true,
	"450": true, "preparing": true, "500": true, "shipped": true, "510": true, "shipped_and_informed": true,
	"520": true, "ready_for_pickup": true, "540": true, "attempted_delivery": true, "544": true, "review_started": true,
	"545": true, "review_waiting": true,
}

var (
	// moneyRe is a float of at most 12 digits, 2 after the point: a JSON
	// number, not text.
	moneyRe = regexp.MustCompile(`^-?[0-9]{1,10}(\.[0-9]{1,2})?$`)
	wholeRe = regexp.MustCompile(`^[0-9]+$`)
)

// checkRules checks a record's keys and the type, presence and length of
// each field.
func checkRules(rec Record, rules []rule) error {
	known := make(map[string]bool, len(rules))
	for _, r := range rules {
		known[r.name] = true
	}
	for k := range rec {
		if !known[k] {
			return fmt.Errorf("%s: unknown field", k)
		}
	}
	for _, r := range rules {
		v, ok := rec[r.name]
		switch {
		case !ok && r.required:
			return fmt.Errorf("%s: this field is required", r.name)
		case !ok:
			continue
		case v == nil && !r.null:
			return fmt.Errorf("%s: may not be null", r.name)
		case v == nil:
			continue
		}
		switch r.typ {
		case 's':
			s, ok := v.(string)
			if !ok {
				return fmt.Errorf("%s: not a string", r.name)
			}
			if !r.blank && strings.TrimSpace(s) == "" {
				return fmt.Errorf("%s: may not be blank", r.name)
			}
			if r.max > 0 && utf8.RuneCountInString(s) > r.max {
				return fmt.Errorf("%s: ensure this field has no more than %d characters", r.name, r.max)
			}
		case 'm':
			n, ok := v.(json.Number)
			if !ok || !moneyRe.MatchString(n.String()) {
				return fmt.Errorf("%s: not a number of at most 12 digits, 2 after the point", r.name)
			}
		case 'i':
			n, ok := v.(json.Number)
			if !ok || !wholeRe.MatchString(n.String()) {
				return fmt.Errorf("%s: not a whole number", r.name)
			}
			if i, err := strconv.ParseInt(n.String(), 10, 32); err != nil || i < 1 {
				return fmt.Errorf("%s: ensure this value is at least 1 (and fits an integer)", r.name)
			}
		case 'o':
			if _, ok := v.(map[string]any); !ok {
				return fmt.Errorf("%s: not a dictionary (send {} when empty)", r.name)
			}
		}
	}
	return nil
}

// customerOf is an address's customer code, under either name the pages
// give it.
func customerOf(rec Record) string {
	if v, ok := rec["customer_code"].(string); ok {
		return v
	}
	s, _ := rec["user"].(string)
	return s
}

// checkAddress checks an address's own fields. The customer field is
// customer_code (the Omnitron page's example) or user (the Commerce page's
// table), not both. Country, city and township must match the names
// Omnitron holds, case aside: the stand-in holds Türkiye's provinces and
// their current districts; another country's places are not known to it
// and pass as given.
func checkAddress(rec Record) error {
	rules := addressRules
	if _, hasUser := rec["user"]; hasUser {
		if _, both := rec["customer_code"]; both {
			return errors.New("user: give customer_code or user, not both")
		}
		rules = append([]rule{{name: "user", typ: 's', required: true}}, addressRules[1:]...)
	}
	if err := checkRules(rec, rules); err != nil {
		return err
	}
	if !validEmail(rec["email"].(string)) {
		return errors.New("email: enter a valid email address")
	}
	country, city, township := rec["country"].(string), rec["city"].(string), rec["township"].(string)
	if places.Upper(country) != places.Upper("Türkiye") {
		return nil
	}
	p, ok := places.City(city)
	if !ok || places.Upper(city) != p.Upper {
		return fmt.Errorf("city: no city %q in Türkiye", city)
	}
	if up, st := p.Township(township); st != places.Found || places.Upper(township) != up {
		return fmt.Errorf("township: no township %q in %s", township, p.Upper)
	}
	return nil
}

// checkOrder checks an old order's own fields.
func checkOrder(rec Record) error {
	if err := checkRules(rec, orderRules); err != nil {
		return err
	}
	if !validEmail(rec["user_email"].(string)) {
		return errors.New("user_email: enter a valid email address")
	}
	if s := rec["status"].(string); !statuses[s] {
		return fmt.Errorf("status: %q is not an order status code or name", s)
	}
	if !anyLayout(rec["created_date"].(string), "2006-01-02 15:04:05") {
		return errors.New("created_date: not a datetime YYYY-MM-DD HH:MM:SS")
	}
	// The currency page was not published whole; its list begins with
	// ISO 4217's codes in upper case, and ISO 4217 is what is taken.
	if c := rec["currency"].(string); !money.Known(c) {
		return fmt.Errorf("currency: %q is not a currency code", c)
	}
	return nil
}

// checkItem checks an old order item's own fields.
func checkItem(rec Record) error {
	if err := checkRules(rec, itemRules); err != nil {
		return err
	}
	if s, _ := rec["image_url"].(string); s != "" && !validURL(s) {
		return errors.New("image_url: enter a valid URL")
	}
	return nil
}

// validURL is a URL as Django's URLValidator takes it: a scheme it knows,
// a host, no white space.
func validURL(s string) bool {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || strings.IndexFunc(s, unicode.IsSpace) >= 0 {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "ftp", "ftps":
		return true
	}
	return false
}
