package configs

import "testing"

func TestGuessStatus(t *testing.T) {
	for _, tc := range []struct {
		in, want string // want "" when not guessed
	}{
		{"iptal", "100"}, {"İPTAL EDİLDİ", "100"}, {"Cancelled", "100"}, {"canceled", "100"},
		{"Kargoda", "500"}, {"kargoya verildi", "500"}, {"shipped", "500"},
		{"Onaylandı", "400"}, {"approved", "400"}, {"Hazırlanıyor", "450"}, {"preparing", "450"},
		{"Beklemede", "200"}, {"pending", "200"}, {"Ödeme Bekleniyor", "300"}, {"pending_payment", "300"},
		{"onay bekliyor", "350"}, {"ready_for_pickup", "520"}, {"review started", "544"},
		// Undocumented in Omnitron, or the shop's own codes: a person decides.
		{"teslim edildi", ""}, {"delivered", ""}, {"iade", ""}, {"refunded", ""}, {"complete", ""},
		{"processing", ""}, {"400", ""}, {"3", ""}, {"", ""},
	} {
		s, ok := GuessStatus(tc.in)
		if got := map[bool]string{true: s.Code}[ok]; got != tc.want {
			t.Errorf("GuessStatus(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestOrderTables(t *testing.T) {
	refs := []string{"musteri_no"}
	for _, tc := range []struct {
		name       string
		cols       []string
		order, itm bool
	}{
		{"siparisler", []string{"id", "siparis_no", "musteri_no", "durum", "toplam"}, true, false},
		{"orders", []string{"id", "customer_id", "status", "total"}, true, false},
		{"sales_order", []string{"entity_id", "customer_id", "status", "grand_total"}, true, false},
		{"siparis_kalemleri", []string{"siparis_id", "satir_no", "adet", "birim_fiyat"}, false, true},
		{"order_items", []string{"id", "order_id", "qty", "price"}, false, true},
		{"sales_order_item", []string{"item_id", "order_id", "qty_ordered", "price"}, false, true},
		{"oc_order_product", []string{"order_product_id", "order_id", "quantity", "price"}, false, true},
		{"ps_order_detail", []string{"id_order_detail", "id_order", "product_quantity", "product_price"}, false, true},
		{"siparis_durumlari", []string{"id", "ad"}, false, false},
		{"musteriler", []string{"musteri_no", "durum", "toplam"}, false, false},
		{"siparisler", []string{"siparis_no", "musteri_no", "tutar"}, false, false}, // no status
	} {
		if got := OrderTableScore(tc.name, tc.cols, refs) >= OrderTableMin; got != tc.order {
			t.Errorf("%s: orders table %v, want %v", tc.name, got, tc.order)
		}
		if got := OrderItemTableScore(tc.name, tc.cols) >= OrderTableMin; got != tc.itm {
			t.Errorf("%s: items table %v, want %v", tc.name, got, tc.itm)
		}
	}
}
