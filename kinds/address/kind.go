package address

import (
	"fmt"
	"regexp"
	"unicode/utf8"

	"etl/configs"
	"etl/internal/places"
	"etl/kinds"
	"etl/pipeline"
	"etl/transforms"
)

// Kind is the addresses kind (SPEC §9). Two addresses of a customer that
// normalize to the same line, township and city are one: the later is
// skipped.
var Kind = kinds.Kind{
	Name:     "address",
	Plural:   "addresses",
	Keys:     Keys,
	Parents:  []string{"users"},
	Unique:   pipeline.Unique{Field: "line", Skip: "same_address"},
	Check:    check,
	Open:     open,
	Settings: func(cfg *configs.Config) any { return cfg.Normalize.Address },
}

func open(env kinds.Env) (pipeline.Transform, error) {
	users, err := env.Parent("users")
	if err != nil {
		return nil, fmt.Errorf("addresses: %w", err)
	}
	a := env.Config.Normalize.Address
	n, err := New(env.Columns, env.Extra, Options{DefaultCountry: a.DefaultCountry, UnknownTownship: a.UnknownTownship,
		CustomerKey: a.CustomerKey}, ledgerUsers{users})
	if err != nil {
		return nil, err
	}
	return n.Transform, nil
}

// ledgerUsers are the users a ledger holds: each user's email, and the
// names it carries (user.Kind.Carry) unless its entry was written before
// users carried them.
type ledgerUsers struct{ l kinds.Ledger }

func (u ledgerUsers) User(code string) (User, bool, string, error) {
	email, c, ok, why, err := kinds.CustomerCarried(u.l, code)
	return User{Email: email, FirstName: c.Get("first_name"), LastName: c.Get("last_name"), NamesUnknown: ok && !c.Known()},
		ok, why, err
}

var digits = regexp.MustCompile(`^[0-9]+$`)

// check is etl check's look at one address.
func check(m map[string]any, bad func(field, format string, args ...any)) {
	str := func(k string, nullable bool) (string, bool) { return kinds.Str(m, k, nullable, bad) }
	for _, k := range []string{"customer_code", "line", "country", "city", "township", "first_name", "last_name"} {
		if s, ok := str(k, false); ok && s == "" {
			bad(k, "is empty")
		}
	}
	if s, ok := str("email", false); ok && !transforms.ValidEmail(s) {
		bad("email", "is not a normalized valid email")
	}
	for k, max := range map[string]int{"first_name": 255, "last_name": 255, "line": 255, "title": 128} {
		if s, ok := m[k].(string); ok && utf8.RuneCountInString(s) > max {
			bad(k, "is longer than %d characters", max)
		}
	}
	for _, k := range []string{"title", "district", "tax_office", "company_name"} {
		if s, ok := str(k, true); ok && s == "" {
			bad(k, "is an empty string, want null")
		}
	}
	if s, ok := str("phone_number", true); ok && (len(s) != 10 || !digits.MatchString(s)) {
		bad("phone_number", "want 10 digits or null, got %q", s)
	}
	country, _ := m["country"].(string)
	city, _ := m["city"].(string)
	township, _ := m["township"].(string)
	if country == Türkiye {
		p, ok := places.City(city)
		switch {
		case !ok || p.Upper != city:
			bad("city", "want a province of Türkiye in upper case, got %q", city)
		case places.Upper(township) != township:
			// Not its district list: normalize.address.unknown_township:
			// keep writes a township the list lacks, on purpose.
			bad("township", "want a district of %s in Turkish upper case, got %q", city, township)
		}
	}
	if s, ok := str("tax_no", true); ok && (!digits.MatchString(s) || (len(s) != 10 && len(s) != 11)) {
		bad("tax_no", "want 10 or 11 digits or null, got %q", s)
	}
}
