package configs

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestKindRuleDefaults(t *testing.T) {
	c, err := Parse([]byte("source: {driver: csv, path: p, key: id}"))
	if err != nil {
		t.Fatal(err)
	}
	want := Normalize{
		Address:   Address{DefaultCountry: "Türkiye", UnknownTownship: "reject", CustomerKey: "customer_code"},
		Order:     Order{StatusAs: "code", DefaultCurrency: "TRY"},
		OrderItem: OrderItem{},
	}
	n := c.Normalize
	if !reflect.DeepEqual(n.Address, want.Address) || !reflect.DeepEqual(n.Order, want.Order) || !reflect.DeepEqual(n.OrderItem, want.OrderItem) {
		t.Errorf("defaults %+v %+v %+v", n.Address, n.Order, n.OrderItem)
	}
}

// TestKindRules: every key of normalize.address, .order and .order_item,
// with values it takes and values it refuses, each refusal naming the key
// path and what it takes.
func TestKindRules(t *testing.T) {
	const src = "source: {driver: csv, path: p, key: id}\nnormalize:\n"
	statuses := "50 cancellation_waiting, 100 canceled, 200 waiting, 300 payment_waiting, 350 confirmation_waiting, 400 approved, 450 preparing, 500 shipped, 510 shipped_and_informed, 520 ready_for_pickup, 540 attempted_delivery, 544 review_started, 545 review_waiting"
	for _, tc := range []struct {
		name, yaml string
		want       string // the error; "" loads, and check says what it decoded
		check      func(n Normalize) bool
	}{
		{"default_country", "  address: {default_country: Deutschland}", "", func(n Normalize) bool { return n.Address.DefaultCountry == "Deutschland" }},
		{"default_country empty", "  address: {default_country: ''}", "normalize.address.default_country: is empty; leave the key out for Türkiye", nil},
		{"default_country null keeps the default", "  address: {default_country: ~}", "", func(n Normalize) bool { return n.Address.DefaultCountry == "Türkiye" }},
		{"unknown_township keep", "  address: {unknown_township: keep}", "", func(n Normalize) bool { return n.Address.UnknownTownship == "keep" }},
		{"unknown_township bad", "  address: {unknown_township: ignore}", `normalize.address.unknown_township: "ignore" is not one of reject, keep`, nil},
		{"customer_key user", "  address: {customer_key: user}", "", func(n Normalize) bool { return n.Address.CustomerKey == "user" }},
		{"customer_key bad", "  address: {customer_key: email}", `normalize.address.customer_key: "email" is not one of customer_code, user`, nil},
		{"unknown address key", "  address: {country: TR}", "normalize.address.country: unknown key (line 3); known keys here: customer_key, default_country, unknown_township", nil},

		{"status_as name", "  order: {status_as: name}", "", func(n Normalize) bool { return n.Order.StatusAs == "name" }},
		{"status_as bad", "  order: {status_as: label}", `normalize.order.status_as: "label" is not one of code, name`, nil},
		{"status_map numbers and names", "  order: {status_map: {\"onay bekliyor\": 350, kargoda: shipped, iptal: '100', İade: ' Canceled '}}", "",
			func(n Normalize) bool {
				return reflect.DeepEqual(n.Order.StatusMap, map[string]string{"onay bekliyor": "350", "kargoda": "shipped", "iptal": "100", "İade": " Canceled "})
			}},
		{"status_map to an undocumented code", "  order: {status_map: {teslim: 600}}",
			`normalize.order.status_map.teslim: "600" is not a documented Omnitron order status; give a code or a name: ` + statuses, nil},
		{"status_map to an undocumented name", "  order: {status_map: {teslim: delivered}}", `normalize.order.status_map.teslim: "delivered" is not a documented`, nil},
		{"status_map still TODO", "  order: {status_map: {iptal: 100, \"teslim edildi\": TODO}}",
			`normalize.order.status_map.teslim edildi: still TODO: map legacy status "teslim edildi" to an Omnitron status`, nil},
		{"status_map to nothing", "  order: {status_map: {teslim: ~}}", `normalize.order.status_map.teslim: "" is not a documented`, nil},
		{"status_map with an empty legacy value", "  order: {status_map: {'': 400}}", "normalize.order.status_map: an empty legacy status", nil},
		{"status_map key twice", "  order: {status_map: {iptal: 100, iptal: 100}}", "normalize.order.status_map.iptal: key appears twice (line 3)", nil},
		{"status_map keys one value, two statuses", "  order: {status_map: {İPTAL: 100, iptal: 50}}",
			`normalize.order.status_map.İPTAL: is the same legacy status as "iptal" (statuses match whatever their case, spaces, dots and diacritics), mapped to another status`, nil},
		{"status_map keys folded alike", "  order: {status_map: {\"onay bekliyor\": 350, Onaybekliyor: 400}}",
			`normalize.order.status_map.onay bekliyor: is the same legacy status as "Onaybekliyor"`, nil},
		{"status_map keys that differ", "  order: {status_map: {iptal: 100, \"iptal/iade\": 50}}", "", func(n Normalize) bool { return len(n.Order.StatusMap) == 2 }},
		{"status_map key of dots", "  order: {status_map: {'..': 400}}", "normalize.order.status_map: an empty legacy status", nil},
		{"status_map keys one value, one status", "  order: {status_map: {Kargoda: 500, KARGODA: shipped}}", "", func(n Normalize) bool { return len(n.Order.StatusMap) == 2 }},
		{"status_map not a mapping", "  order: {status_map: [400]}", "normalize.order.status_map: want a mapping, got a list", nil},
		{"default_currency", "  order: {default_currency: EUR}", "", func(n Normalize) bool { return n.Order.DefaultCurrency == "EUR" }},
		{"default_currency lower case", "  order: {default_currency: usd}", `normalize.order.default_currency: "usd" is not a currency code: three upper-case letters (ISO 4217)`, nil},
		{"default_currency a sign", "  order: {default_currency: ₺}", `normalize.order.default_currency: "₺" is not a currency code`, nil},
		{"default_currency empty", "  order: {default_currency: ''}", `normalize.order.default_currency: "" is not a currency code`, nil},
		{"default_currency TRL", "  order: {default_currency: TRL}", "normalize.order.default_currency: TRL is the lira before 2005", nil},
		{"shipping_company_map", "  order: {shipping_company_map: {\"yurtiçi kargo\": yurtici, aras: aras}}", "",
			func(n Normalize) bool { return n.Order.ShippingCompanyMap["yurtiçi kargo"] == "yurtici" }},
		{"shipping_company_map to nothing", "  order: {shipping_company_map: {aras: ' '}}", "normalize.order.shipping_company_map.aras: maps to nothing", nil},
		{"shipping_company_map from nothing", "  order: {shipping_company_map: {'': aras}}", "normalize.order.shipping_company_map: an empty company name", nil},
		{"shipping_company_map one company, two names", "  order: {shipping_company_map: {Aras: aras, ARAS: aras-kargo}}",
			`normalize.order.shipping_company_map.Aras: is the same company as "ARAS"`, nil},
		{"image_base_url https", "  order_item: {image_base_url: 'https://cdn.example-shop.com.tr/img'}", "",
			func(n Normalize) bool { return n.OrderItem.ImageBaseURL == "https://cdn.example-shop.com.tr/img" }},
		{"image_base_url http", "  order_item: {image_base_url: 'http://shop.example.com/'}", "", nil},
		{"image_base_url relative", "  order_item: {image_base_url: cdn.example.com}", `normalize.order_item.image_base_url: "cdn.example.com" is not an absolute http(s) URL`, nil},
		{"image_base_url ftp", "  order_item: {image_base_url: 'ftp://cdn.example.com'}", `normalize.order_item.image_base_url: "ftp://cdn.example.com" is not`, nil},
		{"image_base_url with a query", "  order_item: {image_base_url: 'https://cdn.example.com/?v=1'}", "normalize.order_item.image_base_url:", nil},
		{"image_base_url with a space", "  order_item: {image_base_url: 'https://cdn.example.com/my images'}", "normalize.order_item.image_base_url:", nil},
		{"image_base_url empty", "  order_item: {image_base_url: ''}", `normalize.order_item.image_base_url: "" is not an absolute http(s) URL`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse([]byte(src + tc.yaml))
			if tc.want != "" {
				if err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Fatalf("err = %v, want %q", err, tc.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tc.check != nil && !tc.check(c.Normalize) {
				t.Errorf("decoded %+v", c.Normalize)
			}
		})
	}
}

// TestStatusMapWithOrders: an orders section needs a status map; without
// orders an empty one is fine.
func TestStatusMapWithOrders(t *testing.T) {
	const orders = "source: {driver: mysql, dsn: x}\norders: {query: o, key: id}\n"
	if _, err := Parse([]byte(orders)); err == nil || !strings.Contains(err.Error(), "normalize.order.status_map: required with an orders section") {
		t.Errorf("orders without a status map: %v", err)
	}
	if _, err := Parse([]byte(orders + "normalize: {order: {status_map: {'1': approved}}}")); err != nil {
		t.Errorf("orders with a status map: %v", err)
	}
}

// TestOtherKindRulesOutOfTheUsersFingerprint: the users' rejects are
// fingerprinted by the JSON of Normalize; the other kinds' rules must not
// be in it.
func TestOtherKindRulesOutOfTheUsersFingerprint(t *testing.T) {
	a, _ := Parse([]byte("source: {driver: csv, path: p, key: id}"))
	b, err := Parse([]byte("source: {driver: csv, path: p, key: id}\nnormalize: {address: {unknown_township: keep}, order: {status_as: name}, order_item: {image_base_url: 'https://x.example'}}"))
	if err != nil {
		t.Fatal(err)
	}
	ja, _ := json.Marshal(a.Normalize)
	jb, _ := json.Marshal(b.Normalize)
	if string(ja) != string(jb) {
		t.Errorf("%s != %s", ja, jb)
	}
}

func TestLookupOrderStatus(t *testing.T) {
	for _, tc := range []struct {
		in         string
		code, name string // "" code: not found
	}{
		{"400", "400", "approved"},
		{"approved", "400", "approved"},
		{" APPROVED ", "400", "approved"},
		{"50", "50", "cancellation_waiting"},
		{"545", "545", "review_waiting"},
		{"0400", "", ""},
		{"delivered", "", ""},
		{"", "", ""},
	} {
		s, ok := LookupOrderStatus(tc.in)
		if ok != (tc.code != "") || s.Code != tc.code || s.Name != tc.name {
			t.Errorf("LookupOrderStatus(%q) = %+v, %v", tc.in, s, ok)
		}
		if ok && (s.As("code") != tc.code || s.As("name") != tc.name) {
			t.Errorf("%+v.As: %q, %q", s, s.As("code"), s.As("name"))
		}
	}
	if len(OrderStatuses) != 13 {
		t.Errorf("%d statuses", len(OrderStatuses))
	}
}
