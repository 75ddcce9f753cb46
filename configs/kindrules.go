package configs

import (
	"net/url"
	"regexp"
	"sort"
	"strings"

	"etl/internal/places"
)

// validateKindRules checks normalize.address, .order and .order_item
// (SPEC §9–§11). They are checked whether or not their kind is
// configured: a typo is found when it is made, not when the kind is added.
func (c *Config) validateKindRules(add func(path, format string, args ...any)) {
	oneOf := func(path, v string, allowed ...string) {
		if !contains(allowed, v) {
			add(path, "%q is not one of %s", v, strings.Join(allowed, ", "))
		}
	}
	a := &c.Normalize.Address
	if c.set["normalize.address.default_country"] && strings.TrimSpace(a.DefaultCountry) == "" {
		add("normalize.address.default_country", "is empty; leave the key out for %s, or name the country", DefaultCountry)
	}
	oneOf("normalize.address.unknown_township", a.UnknownTownship, "reject", "keep")
	oneOf("normalize.address.customer_key", a.CustomerKey, "customer_code", "user")

	o := &c.Normalize.Order
	oneOf("normalize.order.status_as", o.StatusAs, "code", "name")
	if len(o.StatusMap) == 0 && c.Orders != nil {
		add("normalize.order.status_map", "required with an orders section: map each legacy status to an Omnitron status (a code or a name: %s)", orderStatusList())
	}
	// Statuses are matched folded as SPEC §8 folds words, so two keys
	// that fold alike are one legacy value; mapped to two statuses, which
	// one wins is not for the tool to guess.
	firstKey := map[string]string{}
	for _, k := range sortedKeys(o.StatusMap) {
		path := "normalize.order.status_map." + k
		if places.Fold(k) == "" {
			add("normalize.order.status_map", "an empty legacy status; a row without one is rejected as missing, it cannot be mapped")
			continue
		}
		if strings.TrimSpace(o.StatusMap[k]) == "TODO" {
			// etl init writes TODO for each legacy status it cannot tell.
			add(path, "still TODO: map legacy status %q to an Omnitron status (a code or a name: %s)", k, orderStatusList())
			continue
		}
		st, ok := LookupOrderStatus(o.StatusMap[k])
		if !ok {
			add(path, "%q is not a documented Omnitron order status; give a code or a name: %s", o.StatusMap[k], orderStatusList())
			continue
		}
		f := places.Fold(k)
		if prev, ok := firstKey[f]; ok {
			if other, _ := LookupOrderStatus(o.StatusMap[prev]); other != st {
				add(path, "is the same legacy status as %q (statuses match whatever their case, spaces, dots and diacritics), mapped to another status", prev)
			}
			continue
		}
		firstKey[f] = k
	}
	switch cur := o.DefaultCurrency; {
	case cur == "TRL":
		add("normalize.order.default_currency", "TRL is the lira before 2005, a million times smaller than TRY; orders in it are rejected as unsupported, it cannot be the default")
	case !currencyCode.MatchString(cur):
		add("normalize.order.default_currency", "%q is not a currency code: three upper-case letters (ISO 4217), e.g. TRY, USD, EUR; leave the key out for %s", cur, DefaultCurrency)
	}
	firstKey = map[string]string{}
	for _, k := range sortedKeys(o.ShippingCompanyMap) {
		path := "normalize.order.shipping_company_map." + k
		v := o.ShippingCompanyMap[k]
		switch {
		case strings.TrimSpace(k) == "":
			add("normalize.order.shipping_company_map", "an empty company name; an order without one has no shipping company (null)")
			continue
		case strings.TrimSpace(v) == "":
			add(path, "maps to nothing; give the name Omnitron knows the company by")
			continue
		}
		f := foldWord(k)
		if prev, ok := firstKey[f]; ok && o.ShippingCompanyMap[prev] != v {
			add(path, "is the same company as %q (matched trimmed and lower-cased), mapped to another name", prev)
			continue
		}
		firstKey[f] = k
	}

	if base := c.Normalize.OrderItem.ImageBaseURL; base != "" || c.set["normalize.order_item.image_base_url"] {
		u, err := url.Parse(base)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" || strings.ContainsAny(base, " \t\r\n") {
			add("normalize.order_item.image_base_url", "%q is not an absolute http(s) URL without a query or fragment, e.g. https://cdn.example-shop.com.tr/images; leave the key out to drop relative image paths", base)
		}
	}
}

var currencyCode = regexp.MustCompile(`^[A-Z]{3}$`)

// foldWord is how a shipping company is matched (SPEC §10): trimmed and
// lower-cased, the Turkish and Latin i's one letter.
func foldWord(s string) string {
	s = strings.TrimSpace(s)
	s = strings.NewReplacer("İ", "i", "I", "i", "ı", "i").Replace(s)
	return strings.ToLower(s)
}

func sortedKeys(m map[string]string) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
