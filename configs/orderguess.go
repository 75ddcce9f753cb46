package configs

import (
	"strings"

	"etl/internal/places"
)

// This file guesses how etl init reads old orders and their items (SPEC
// §10–§11): which tables hold them, which column feeds each input key,
// and which legacy statuses can be mapped to a documented Omnitron
// status without asking the shop. Names decide; a status is mapped only
// when its words say the same as a documented status.

// OrderInputKeys are the columns a query for the order kind selects, in
// the order etl init writes them (SPEC §10, user_email and extra_field
// aside: they are the shop's to add).
var OrderInputKeys = []string{"number", "user", "status", "created_date", "amount", "discount_amount", "currency",
	"payment_type", "bank", "installment_count", "tracking_number", "shipping_company", "shipping_address", "billing_address"}

// OrderRequired are the input keys an order is rejected without.
var OrderRequired = map[string]bool{"number": true, "user": true, "status": true, "created_date": true, "amount": true,
	"shipping_address": true, "billing_address": true}

// orderSynonyms are column names per order input key, matched as
// synonyms are (a trailing "=" counts only as the whole name).
var orderSynonyms = map[string][]string{
	"number": {"siparisno=", "siparisnumarasi=", "sipariskodu=", "siparisnum=", "orderno=", "ordernumber=", "ordercode=",
		"incrementid=", "number=", "reference=", "referansno=", "invoiceno="},
	"status":       {"durum", "durumu", "siparisdurumu", "siparisdurum", "status", "orderstatus", "state"},
	"created_date": {"tarih", "siparistarihi", "olusturma*", "created*", "orderdate", "dateadded", "dateadd", "datecreated", "createdate", "eklenme*"},
	"amount": {"toplam", "tutar", "toplamtutar", "geneltoplam", "odenentutar", "siparistutari", "total", "grandtotal", "amount",
		"totalamount", "ordertotal", "totalpaid", "totalpaidtaxincl"},
	"discount_amount":   {"indirim", "indirimtutari", "indirimtutar", "discount", "discountamount", "totaldiscounts"},
	"currency":          {"parabirimi", "doviz", "dovizcinsi", "currency", "currencycode", "ordercurrencycode"},
	"payment_type":      {"odemetipi", "odemeturu", "odemesekli", "odemeyontemi", "odeme", "paymenttype", "paymentmethod", "payment"},
	"bank":              {"banka", "bankaadi", "bank", "bankname"},
	"installment_count": {"taksit", "taksitsayisi", "installment", "installments", "installmentcount"},
	"tracking_number":   {"kargotakip", "kargotakipno", "takipno", "takipnumarasi", "tracking", "trackingnumber", "trackingno", "trackno", "shippingnumber"},
	"shipping_company":  {"kargofirmasi", "kargosirketi", "kargo=", "kargofirma", "shippingcompany", "carrier", "shippingmethod", "cargo"},
	"shipping_address":  {"teslimatadresi", "teslimatadres", "gonderimadresi", "kargoadresi", "shippingaddress", "deliveryaddress"},
	"billing_address":   {"faturaadresi", "faturaadres", "billingaddress", "invoiceaddress"},
}

var (
	// itemNames mark an items table: one row per product of an order.
	itemNames = []string{"kalem*", "item*", "detay*", "detail*", "product*", "urun*", "line*", "satir*"}
	// orderRefNames are the names of an item's reference to its order.
	orderRefNames = []string{"siparisid=", "siparisno=", "orderid=", "idorder=", "orderno=", "ordernumber=", "parentid="}
	itemSynonyms  = map[string][]string{
		"product":   {"urun", "urunadi", "urunismi", "product", "productname", "name=", "ad=", "adi=", "title="},
		"sku":       {"sku", "stokkodu", "stokno", "urunkodu", "barkod", "barcode", "productcode", "model", "reference="},
		"quantity":  {"adet", "miktar", "quantity", "qty", "qtyordered", "productquantity"},
		"price":     {"fiyat", "birimfiyat", "birimfiyati", "satisfiyati", "price", "unitprice", "productprice", "priceincltax"},
		"image_url": {"resim", "gorsel", "image", "imageurl", "picture", "foto"},
	}
)

// OrderItemInputKeys are the columns a query for the order item kind
// selects beside order_number, in the order etl init writes them.
var OrderItemInputKeys = []string{"product", "sku", "quantity", "price", "image_url"}

// OrderTableScore rates how much a table looks like the shop's orders:
// named like orders (not their items), with a status, an amount and a
// reference to the customer (refs as for AddressTableScore). A table
// without a status column scores 0: old orders cannot be migrated
// without one, and a table of orders without one is more likely a
// summary or a log than the orders themselves.
func OrderTableScore(name string, cols []string, refs []string) int {
	if !OrderLike(name) || ItemLike(name) {
		return 0
	}
	score := 3
	var cust, status, amount bool
	for _, c := range cols {
		cust = cust || refMatch(c, refs) || addrScore(c, addrSynonyms["customer_code"]) > 0
		status = status || nameScore(c, orderSynonyms["status"]) >= 2.5
		amount = amount || nameScore(c, orderSynonyms["amount"]) >= 2.5
	}
	if !status {
		return 0
	}
	for _, b := range []bool{cust, status, amount} {
		if b {
			score += 2
		}
	}
	return score
}

// OrderTableMin is the score a table needs to be taken for the orders:
// its name, a status and a customer or an amount.
const OrderTableMin = 7

// ItemLike says whether a table is named like an order's items
// (siparis_kalemleri, order_items, sales_order_item, oc_order_product,
// ps_order_detail).
func ItemLike(name string) bool {
	w := words(name)
	return len(w) > 1 && nameScore(strings.Join(w[1:], "_"), itemNames) >= 2
}

// OrderItemTableScore rates how much a table looks like the orders'
// items: named like them, with a reference to the order, a quantity and
// a price.
func OrderItemTableScore(name string, cols []string) int {
	if !OrderLike(name) || !ItemLike(name) {
		return 0
	}
	score := 3
	var ref, qty, price bool
	for _, c := range cols {
		ref = ref || nameScore(c, orderRefNames) >= 2
		qty = qty || nameScore(c, itemSynonyms["quantity"]) >= 2.5
		price = price || nameScore(c, itemSynonyms["price"]) >= 2.5
	}
	for _, b := range []bool{ref, qty, price} {
		if b {
			score += 2
		}
	}
	return score
}

// OrderGuess is how etl init reads an orders table.
type OrderGuess struct {
	Columns map[string]string // input key → column
	Cursor  string
	TODO    []string // required input keys no column surely holds
}

// GuessOrder maps an orders table's columns to the order kind's input
// keys. refs are the names the customer reference may have besides the
// usual ones; key is the table's key, the number when no column is named
// like one.
func GuessOrder(cols []ColumnInfo, refs []string, key string) OrderGuess {
	g := OrderGuess{Columns: map[string]string{}}
	used := map[string]bool{}
	for _, c := range cols {
		if nameScore(c.Name, cursorNames) >= 2 && g.Cursor == "" && timeLike(c.Type) {
			g.Cursor = c.Name
		}
	}
	used[g.Cursor] = g.Cursor != ""
	take := func(k, col string) { g.Columns[k] = col; used[col] = true }
	for _, c := range cols {
		if refMatch(c.Name, refs) && c.Name != key {
			take("user", c.Name)
			break
		}
	}
	if g.Columns["user"] == "" {
		if c, ok := bestByName(cols, used, addrSynonyms["customer_code"], true); ok && c != key {
			take("user", c)
		}
	}
	for _, k := range OrderInputKeys {
		if g.Columns[k] != "" || k == "user" {
			continue
		}
		for _, c := range rankByName(cols, used, orderSynonyms[k]) {
			if IDLike(c) && k != "number" && k != "tracking_number" {
				continue // a reference to another table, not the value
			}
			take(k, c)
			break
		}
	}
	if g.Columns["number"] == "" && key != "" {
		g.Columns["number"] = key
	}
	for _, k := range OrderInputKeys {
		if OrderRequired[k] && g.Columns[k] == "" {
			g.TODO = append(g.TODO, k)
		}
	}
	return g
}

// OrderItemGuess is how etl init reads an items table.
type OrderItemGuess struct {
	OrderRef string            // the column pointing at the order
	Columns  map[string]string // input key → column
	Cursor   string
}

// GuessOrderItem maps an items table's columns to the order item kind's
// input keys.
func GuessOrderItem(cols []ColumnInfo) OrderItemGuess {
	g := OrderItemGuess{Columns: map[string]string{}}
	used := map[string]bool{}
	for _, c := range cols {
		if nameScore(c.Name, cursorNames) >= 2 && g.Cursor == "" && timeLike(c.Type) {
			g.Cursor = c.Name
			used[c.Name] = true
		}
	}
	if c, ok := bestByName(cols, used, orderRefNames, true); ok {
		g.OrderRef = c
		used[c] = true
	}
	for _, k := range OrderItemInputKeys {
		for _, c := range rankByName(cols, used, itemSynonyms[k]) {
			if IDLike(c) {
				continue
			}
			g.Columns[k] = c
			used[c] = true
			break
		}
	}
	return g
}

// statusWords are legacy statuses whose meaning is a documented status,
// folded as status_map keys are. Statuses past the documented ones
// (delivered, refunded, returned) are left out on purpose: their codes
// are not documented (see OrderStatuses).
var statusWords = map[string]string{
	"iptal": "100", "iptaledildi": "100", "iptaledilmis": "100", "cancelled": "100", "canceled": "100", "cancel": "100",
	"beklemede": "200", "bekliyor": "200", "pending": "200", "waiting": "200",
	"odemebekleniyor": "300", "odemebekliyor": "300", "pendingpayment": "300", "paymentwaiting": "300", "awaitingpayment": "300",
	"onaybekliyor": "350", "onaybekleniyor": "350", "confirmationwaiting": "350",
	"onaylandi": "400", "onayli": "400", "approved": "400",
	"hazirlaniyor": "450", "preparing": "450",
	"kargoda": "500", "kargolandi": "500", "kargoyaverildi": "500", "shipped": "500",
}

// GuessStatus maps a legacy status to a documented Omnitron status when
// its words leave no doubt (iptal, cancelled, kargoda, shipped, a
// documented status's own name); a number is the shop's own code, never
// Omnitron's, and is not guessed.
func GuessStatus(v string) (OrderStatus, bool) {
	f := strings.ReplaceAll(places.Fold(v), "_", "")
	code, ok := statusWords[f]
	if !ok {
		for _, s := range OrderStatuses {
			if f == strings.ReplaceAll(s.Name, "_", "") {
				code, ok = s.Code, true
			}
		}
	}
	if !ok {
		return OrderStatus{}, false
	}
	return LookupOrderStatus(code)
}
