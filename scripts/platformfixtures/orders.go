package main

import (
	"fmt"
	"strings"
)

// order is one legacy order, and what the migration must do with it:
// exported, orphan (its customer was not exported) or excluded (a guest
// order, or one of a customer who is not one). items is how many item
// rows the migration reads of it.
type order struct {
	number   string
	customer int
	status   string
	amount   string
	items    int
	expect   string
}

// order records an order of p whose fate follows its customer's, unless
// own says otherwise.
func (f *fixture) order(number string, p person, status, amount string, items int, own string) {
	expect := own
	if expect == "" {
		switch p.expect {
		case "exported", "excluded":
			expect = p.expect
		default:
			expect = "orphan" // the user is rejected, so its orders wait for it
		}
	}
	f.orders = append(f.orders, order{number: number, customer: p.id, status: status, amount: amount, items: items, expect: expect})
}

// products are what the orders hold: a name, a SKU and a unit price.
var products = []struct{ name, sku, price string }{
	{"Pamuklu Tişört", "TS-001", "149.90"}, {"Kot Pantolon", "KP-204", "399.00"}, {"Deri Cüzdan", "DC-17", "250.50"},
	{"Spor Ayakkabı", "SA-42", "899.99"}, {"Yün Atkı", "YA-3", "120.00"},
}

// lines are the item lines of order n (1 or 2), with their total.
func lines(n int) (idx []int, qty []int, total string) {
	idx, qty = []int{n % len(products)}, []int{1 + n%3}
	if n%2 == 0 {
		idx, qty = append(idx, (n+2)%len(products)), append(qty, 1)
	}
	var cents int64
	for i, k := range idx {
		var whole, frac int64
		fmt.Sscanf(products[k].price, "%d.%d", &whole, &frac)
		cents += int64(qty[i]) * (whole*100 + frac)
	}
	return idx, qty, fmt.Sprintf("%d.%02d", cents/100, cents%100)
}

// magentoStatuses are Magento's own order statuses, spread over the
// orders.
var magentoStatuses = []string{"complete", "processing", "pending", "canceled", "closed", "complete", "holded", "pending_payment"}

// magentoSales writes Magento's order tables (named t+"order",
// t+"order_item" …: "sales_" in 2, "sales_flat_" in 1) with one or two
// orders of every customer and a guest order, as Magento's installer
// creates them (only the columns etl init reads, and their neighbours).
func magentoSales(f *fixture, t string, ps []person, money string) {
	f.w(`CREATE TABLE %[1]sorder (
  entity_id int unsigned NOT NULL AUTO_INCREMENT,
  state varchar(32) DEFAULT NULL,
  status varchar(32) DEFAULT NULL,
  customer_id int unsigned DEFAULT NULL,
  customer_email varchar(128) DEFAULT NULL,
  customer_is_guest smallint unsigned DEFAULT 0,
  discount_amount %[2]s DEFAULT NULL,
  grand_total %[2]s DEFAULT NULL,
  increment_id varchar(50) DEFAULT NULL,
  order_currency_code varchar(3) DEFAULT NULL,
  shipping_description varchar(255) DEFAULT NULL,
  created_at timestamp NULL DEFAULT NULL,
  updated_at timestamp NULL DEFAULT NULL,
  PRIMARY KEY (entity_id),
  UNIQUE KEY UNQ_INCREMENT_ID (increment_id),
  KEY IDX_CUSTOMER_ID (customer_id)
);
CREATE TABLE %[1]sorder_address (
  entity_id int unsigned NOT NULL AUTO_INCREMENT,
  parent_id int unsigned DEFAULT NULL,
  region varchar(255) DEFAULT NULL,
  postcode varchar(255) DEFAULT NULL,
  lastname varchar(255) DEFAULT NULL,
  street varchar(255) DEFAULT NULL,
  city varchar(255) DEFAULT NULL,
  email varchar(255) DEFAULT NULL,
  telephone varchar(255) DEFAULT NULL,
  country_id varchar(2) DEFAULT NULL,
  firstname varchar(255) DEFAULT NULL,
  address_type varchar(255) DEFAULT NULL,
  PRIMARY KEY (entity_id),
  KEY IDX_PARENT_ID (parent_id)
);
CREATE TABLE %[1]sorder_payment (
  entity_id int unsigned NOT NULL AUTO_INCREMENT,
  parent_id int unsigned NOT NULL,
  amount_paid %[2]s DEFAULT NULL,
  method varchar(128) DEFAULT NULL,
  PRIMARY KEY (entity_id),
  KEY IDX_PARENT_ID (parent_id)
);
CREATE TABLE %[1]sorder_item (
  item_id int unsigned NOT NULL AUTO_INCREMENT,
  order_id int unsigned NOT NULL DEFAULT 0,
  parent_item_id int unsigned DEFAULT NULL,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  product_id int unsigned DEFAULT NULL,
  product_type varchar(255) DEFAULT NULL,
  sku varchar(255) DEFAULT NULL,
  name varchar(255) DEFAULT NULL,
  qty_ordered decimal(12,4) DEFAULT 0.0000,
  price %[2]s NOT NULL DEFAULT 0.0000,
  row_total %[2]s NOT NULL DEFAULT 0.0000,
  PRIMARY KEY (item_id),
  KEY IDX_ORDER_ID (order_id)
);
CREATE TABLE %[1]sshipment_track (
  entity_id int unsigned NOT NULL AUTO_INCREMENT,
  parent_id int unsigned NOT NULL,
  order_id int unsigned NOT NULL,
  track_number text,
  title varchar(255) DEFAULT NULL,
  carrier_code varchar(32) DEFAULT NULL,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (entity_id),
  KEY IDX_ORDER_ID (order_id)
);
`, t, money)
	id, item := 0, 0
	write := func(p *person, email string, n int) {
		id++
		status := magentoStatuses[n%len(magentoStatuses)]
		idx, qty, total := lines(n)
		customer, guest := "NULL", 1
		if p != nil {
			customer, guest = fmt.Sprint(p.id), 0
		}
		discount := "0.0000"
		if n%3 == 0 {
			discount = "-10.0000" // Magento stores a discount negative
			total = subtract(total, "10.00")
		}
		number := fmt.Sprintf("%09d", 100000000+n)
		created := fmt.Sprintf("2023-%02d-%02d 12:%02d:00", 1+n%12, 1+n%28, n%60)
		f.w("INSERT INTO %sorder (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (%d, %s, %s, %s, %s, %d, %s, %s, '%s', 'TRY', '%s', '%s');\n",
			t, id, q(status), q(status), customer, q(email), guest, discount, total, number, created, created)
		pl := places[n%len(places)]
		f.w("INSERT INTO %sorder_address (parent_id, region, street, city, country_id, address_type) VALUES (%d, %s, %s, %s, 'TR', 'billing');\n",
			t, id, q(pl.city), q(fmt.Sprintf("Fatura Sk. %d\nDaire %d", n, n)), q(pl.township))
		if n%4 != 1 { // a virtual order has no shipping address
			f.w("INSERT INTO %sorder_address (parent_id, region, street, city, country_id, address_type) VALUES (%d, %s, %s, %s, 'TR', 'shipping');\n",
				t, id, q(pl.city), q(fmt.Sprintf("Teslimat Cd. %d", n)), q(pl.township))
		}
		f.w("INSERT INTO %sorder_payment (parent_id, amount_paid, method) VALUES (%d, %s, %s);\n", t, id, total, q([]string{"checkmo", "banktransfer", "cashondelivery"}[n%3]))
		if status == "complete" {
			f.w("INSERT INTO %sshipment_track (parent_id, order_id, track_number, title, carrier_code) VALUES (%d, %d, 'YK%08d', 'Yurtiçi Kargo', 'custom');\n", t, id, id, n)
		}
		for i, k := range idx {
			item++
			pr := products[k]
			f.w("INSERT INTO %sorder_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (%d, %d, 'simple', %s, %s, %d.0000, %s, %s);\n",
				t, item, id, q(pr.sku), q(pr.name), qty[i], pr.price, pr.price)
		}
		if n%5 == 0 {
			// A configurable product: the parent line has the price, the
			// child line (the chosen size) none, and is not read.
			item++
			parent := item
			f.w("INSERT INTO %sorder_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (%d, %d, 'configurable', 'GM-9-M', 'Gömlek', 1.0000, 0.0000, 0.0000);\n", t, item, id)
			item++
			f.w("INSERT INTO %sorder_item (item_id, order_id, parent_item_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (%d, %d, %d, 'simple', 'GM-9-M', 'Gömlek M', 1.0000, 0.0000, 0.0000);\n", t, item, id, parent)
			idx = append(idx, -1) // the parent line is read, at 0.00
		}
		if p != nil {
			f.order(number, *p, status, total, len(idx), "")
		} else {
			f.order(number, person{}, status, total, len(idx), "excluded")
		}
	}
	for i := range ps {
		write(&ps[i], ps[i].email, ps[i].id)
		if ps[i].id%4 == 0 {
			write(&ps[i], ps[i].email, 50+ps[i].id)
		}
	}
	write(nil, "misafir@example.com", 90) // a guest order
}

// subtract is a - b, both with two decimals.
func subtract(a, b string) string {
	var aw, af, bw, bf int64
	fmt.Sscanf(a, "%d.%d", &aw, &af)
	fmt.Sscanf(b, "%d.%d", &bw, &bf)
	c := aw*100 + af - bw*100 - bf
	return fmt.Sprintf("%d.%02d", c/100, c%100)
}

// ordersTSV is the .orders.tsv of f: every order's number, customer,
// status, amount, how many items the migration reads of it, and its
// expected fate.
func ordersTSV(f *fixture) string {
	var b strings.Builder
	b.WriteString("number\tcustomer_code\tstatus\tamount\titems\texpect\n")
	for _, o := range f.orders {
		fmt.Fprintf(&b, "%s\t%d\t%s\t%s\t%d\t%s\n", o.number, o.customer, o.status, o.amount, o.items, o.expect)
	}
	return b.String()
}
