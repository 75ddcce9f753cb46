package configs

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// fixtureTables reads the table and column names of a platform fixture's
// CREATE TABLE statements.
func fixtureTables(t *testing.T, name string) []TableInfo {
	t.Helper()
	data, err := os.ReadFile("../testdata/platforms/" + name + ".sql")
	if err != nil {
		t.Fatal(err)
	}
	create := regexp.MustCompile(`(?s)CREATE TABLE (\w+) \((.*?)\n\);`)
	col := regexp.MustCompile(`^\s*(\w+) `)
	var out []TableInfo
	for _, m := range create.FindAllStringSubmatch(string(data), -1) {
		ti := TableInfo{Name: m[1]}
		for _, line := range strings.Split(m[2], "\n") {
			if c := col.FindStringSubmatch(line); c != nil && !strings.Contains("PRIMARY KEY UNIQUE", c[1]) {
				ti.Columns = append(ti.Columns, c[1])
			}
		}
		out = append(out, ti)
	}
	if len(out) < 2 {
		t.Fatalf("%s: read %d tables", name, len(out))
	}
	return out
}

func TestDetectPlatform(t *testing.T) {
	for _, c := range []struct {
		fixture, driver, platform, table string
		query                            []string
	}{
		{"magento2", "mysql", "Magento 2", "customer_entity", []string{"e.password_hash AS password", "customer_address_entity a", "newsletter_subscriber"}},
		{"magento1", "mysql", "Magento 1 (OpenMage)", "customer_entity", []string{"attribute_code = 'lastname'", "attribute_code = 'telephone'", "customer_entity_datetime"}},
		{"opencart3", "mysql", "OpenCart", "oc_customer", []string{"c.salt        AS password_salt", "c.date_added  AS date_joined"}},
		{"prestashop16", "mysql", "PrestaShop", "ps_customer", []string{"WHERE c.deleted = 0", "'guest'", "LEFT JOIN ps_gender g"}},
		{"prestashop17", "mysql", "PrestaShop", "ps_customer", []string{"FROM ps_address a"}},
		{"wordpress", "mysql", "WordPress / WooCommerce", "wp_users", []string{"meta_key = 'first_name'", "wp_capabilities"}},
		{"django", "postgres", "Django (auth_user)", "auth_user", []string{"u.date_joined AS date_joined", "NOT u.is_superuser"}},
		{"saleor", "postgres", "Django (account_user)", "account_user", []string{"u.is_confirmed AS verified", "account_address a", "u.updated_at"}},
	} {
		t.Run(c.fixture, func(t *testing.T) {
			p := DetectPlatform(fixtureTables(t, c.fixture), c.driver)
			if p == nil {
				t.Fatal("not recognised")
			}
			if p.Name != c.platform || p.Table != c.table {
				t.Errorf("%s from %s, want %s from %s", p.Name, p.Table, c.platform, c.table)
			}
			for _, q := range c.query {
				if !strings.Contains(p.Query, q) {
					t.Errorf("query lacks %q:\n%s", q, p.Query)
				}
			}
			if strings.Contains(p.Query, "admin_user") || strings.Contains(p.Query, "display_name") {
				t.Errorf("query reads staff or display names:\n%s", p.Query)
			}
		})
	}
	// A table prefix other than the default is followed; one that is not a
	// plain identifier is not pasted into SQL.
	tables := fixtureTables(t, "opencart3")
	for i := range tables {
		tables[i].Name = strings.Replace(tables[i].Name, "oc_", "shop2_", 1)
	}
	if p := DetectPlatform(tables, "mysql"); p == nil || p.Table != "shop2_customer" || !strings.Contains(p.Query, "FROM shop2_customer c") {
		t.Errorf("prefixed OpenCart: %+v", p)
	}
	for i := range tables {
		tables[i].Name = strings.Replace(tables[i].Name, "shop2_", "x`; DROP", 1)
	}
	if p := DetectPlatform(tables, "mysql"); p != nil {
		t.Errorf("a prefix with a quote was taken: %s", p.Table)
	}
	if p := DetectPlatform([]TableInfo{{Name: "musteriler", Columns: []string{"id", "eposta", "sifre"}}}, "mysql"); p != nil {
		t.Errorf("an unknown schema taken for %s", p.Name)
	}
}

// TestDetectPlatformAddresses: each platform's address book is read from
// its own tables, every input key the kind requires selected; a platform
// without one (Django) says so, and one whose address tables are missing
// gets no addresses section.
func TestDetectPlatformAddresses(t *testing.T) {
	for _, c := range []struct {
		fixture, driver, table, cursor string
		query                          []string
	}{
		{"magento2", "mysql", "customer_address_entity", "updated_at", []string{"a.parent_id  AS customer_code", "a.region     AS city", "a.city       AS township"}},
		{"magento1", "mysql", "customer_address_entity", "updated_at", []string{"customer_address_entity_text v", "at.attribute_code = 'street'"}},
		{"opencart3", "mysql", "oc_address", "", []string{"LEFT JOIN oc_zone z ON z.zone_id = a.zone_id", "co.name       AS country"}},
		{"prestashop16", "mysql", "ps_address", "updated_at", []string{"LEFT JOIN ps_state st", "ps_country_lang cl", "WHERE a.deleted = 0"}},
		{"wordpress", "mysql", "wp_usermeta", "", []string{"'billing_'", "'shipping_'", "wp_capabilities"}},
		{"saleor", "postgres", "account_address", "", []string{"JOIN account_address a ON a.id = ua.address_id", "a.city_area    AS district"}},
	} {
		t.Run(c.fixture, func(t *testing.T) {
			p := DetectPlatform(fixtureTables(t, c.fixture), c.driver)
			if p == nil || p.Addresses == nil {
				t.Fatalf("no addresses: %+v", p)
			}
			a := p.Addresses
			if a.Table != c.table || a.Cursor != c.cursor || a.Key != "address_id" {
				t.Errorf("table %s cursor %q key %s", a.Table, a.Cursor, a.Key)
			}
			for _, k := range append([]string{"AS address_id", "AS customer_code", " AS line", " AS city", " AS township"}, c.query...) {
				if !strings.Contains(a.Query, k) {
					t.Errorf("query lacks %q:\n%s", k, a.Query)
				}
			}
			if c.cursor != "" && !strings.Contains(a.Query, "AS "+c.cursor) {
				t.Errorf("query does not select its cursor:\n%s", a.Query)
			}
		})
	}
	if p := DetectPlatform(fixtureTables(t, "django"), "postgres"); p == nil || p.Addresses != nil || p.NoAddresses == "" {
		t.Errorf("django: %+v", p)
	}
	// Without its zones, OpenCart's addresses cannot name their province.
	var tables []TableInfo
	for _, ti := range fixtureTables(t, "opencart3") {
		if ti.Name != "oc_zone" {
			tables = append(tables, ti)
		}
	}
	if p := DetectPlatform(tables, "mysql"); p == nil || p.Addresses != nil {
		t.Errorf("opencart without oc_zone: %+v", p)
	}
	// A prefix is followed into the address tables.
	tables = fixtureTables(t, "opencart3")
	for i := range tables {
		tables[i].Name = strings.Replace(tables[i].Name, "oc_", "shop2_", 1)
	}
	if p := DetectPlatform(tables, "mysql"); p == nil || p.Addresses == nil || !strings.Contains(p.Addresses.Query, "FROM shop2_address a") ||
		strings.Contains(p.Addresses.Query, "oc_") {
		t.Errorf("prefixed OpenCart addresses: %+v", p)
	}
}
