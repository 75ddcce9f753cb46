package configs

import "testing"

func TestPlatformOrdersGuessStatus(t *testing.T) {
	o := &PlatformOrders{Statuses: map[string]string{"processing": "400", "wc-on-hold": "350"}}
	for _, c := range []struct {
		v, want string // "" when not mapped
	}{
		{"processing", "400"}, {" Processing ", "400"}, {"wc-on-hold", "350"},
		{"canceled", "100"}, {"Pending", "200"}, // by their words
		{"complete", ""}, {"closed", ""}, {"wc-completed", ""}, {"5", ""},
	} {
		st, ok := o.GuessStatus(c.v)
		if got := map[bool]string{true: st.Code}[ok]; got != c.want {
			t.Errorf("GuessStatus(%q) = %q, want %q", c.v, got, c.want)
		}
	}
}

// TestPlatformOrdersNeedTheirTables: a platform whose order tables are
// not all there gets no orders section, rather than a query that fails.
func TestPlatformOrdersNeedTheirTables(t *testing.T) {
	users := TableInfo{"customer_entity", []string{"entity_id", "email", "password_hash", "firstname", "lastname"}}
	order := TableInfo{"sales_order", []string{"entity_id", "increment_id", "customer_id", "status", "created_at", "updated_at",
		"grand_total", "discount_amount", "order_currency_code"}}
	addr := TableInfo{"sales_order_address", []string{"parent_id", "address_type", "street", "city", "region"}}
	items := TableInfo{"sales_order_item", []string{"item_id", "order_id", "parent_item_id", "name", "sku", "qty_ordered", "price", "updated_at"}}
	for _, c := range []struct {
		name          string
		tables        []TableInfo
		orders, items bool
	}{
		{"users only", []TableInfo{users}, false, false},
		{"orders without their addresses", []TableInfo{users, order, items}, false, false},
		{"orders without items", []TableInfo{users, order, addr}, true, false},
		{"all", []TableInfo{users, order, addr, items}, true, true},
	} {
		p := DetectPlatform(c.tables, "mysql")
		if p == nil || p.Name != "Magento 2" {
			t.Fatalf("%s: not Magento 2: %+v", c.name, p)
		}
		if (p.Orders != nil) != c.orders || (p.Orders != nil && (p.Orders.Items != nil) != c.items) {
			t.Errorf("%s: orders %v, want orders %v items %v", c.name, p.Orders != nil, c.orders, c.items)
		}
	}
}
