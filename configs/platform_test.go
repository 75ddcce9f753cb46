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
