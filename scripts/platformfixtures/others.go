package main

import (
	"fmt"
	"strings"
	"unicode"
)

func opencart3() *fixture {
	f := &fixture{name: "opencart3"}
	ps := seed(12)
	for i := range ps {
		p := &ps[i]
		p.salt = p.salt[:9]
		if i%3 == 1 {
			p.hash, p.salt = md5hex(p.plain), "" // accounts from before 2.0: md5(pw), no salt
		} else {
			p.hash, p.expect = opencartHash(p.plain, p.salt), "unsupported"
		}
	}
	f.persons = ps
	f.w(`CREATE TABLE oc_user (
  user_id int(11) NOT NULL AUTO_INCREMENT,
  user_group_id int(11) NOT NULL,
  username varchar(20) NOT NULL,
  password varchar(40) NOT NULL,
  salt varchar(9) NOT NULL,
  firstname varchar(32) NOT NULL,
  lastname varchar(32) NOT NULL,
  email varchar(96) NOT NULL,
  image varchar(255) NOT NULL,
  code varchar(40) NOT NULL,
  ip varchar(40) NOT NULL,
  status tinyint(1) NOT NULL,
  date_added datetime NOT NULL,
  PRIMARY KEY (user_id)
);
INSERT INTO oc_user VALUES (1, 1, 'admin', '%s', 'AbC123xYz', 'Site', 'Admin', 'admin@shop.example.com', '', '', '127.0.0.1', 1, '2018-01-01 09:00:00');
CREATE TABLE oc_customer (
  customer_id int(11) NOT NULL AUTO_INCREMENT,
  customer_group_id int(11) NOT NULL,
  store_id int(11) NOT NULL DEFAULT 0,
  language_id int(11) NOT NULL,
  firstname varchar(32) NOT NULL,
  lastname varchar(32) NOT NULL,
  email varchar(96) NOT NULL,
  telephone varchar(32) NOT NULL,
  fax varchar(32) NOT NULL,
  password varchar(40) NOT NULL,
  salt varchar(9) NOT NULL,
  cart text,
  wishlist text,
  newsletter tinyint(1) NOT NULL DEFAULT 0,
  address_id int(11) NOT NULL DEFAULT 0,
  custom_field text NOT NULL,
  ip varchar(40) NOT NULL,
  status tinyint(1) NOT NULL,
  safe tinyint(1) NOT NULL,
  token text NOT NULL,
  code varchar(40) NOT NULL,
  date_added datetime NOT NULL,
  PRIMARY KEY (customer_id)
);
CREATE TABLE oc_order (
  order_id int(11) NOT NULL AUTO_INCREMENT,
  invoice_no int(11) NOT NULL DEFAULT 0,
  invoice_prefix varchar(26) NOT NULL DEFAULT '',
  store_id int(11) NOT NULL DEFAULT 0,
  customer_id int(11) NOT NULL DEFAULT 0,
  firstname varchar(32) NOT NULL,
  lastname varchar(32) NOT NULL,
  email varchar(96) NOT NULL,
  telephone varchar(32) NOT NULL,
  payment_firstname varchar(32) NOT NULL DEFAULT '',
  payment_lastname varchar(32) NOT NULL DEFAULT '',
  payment_address_1 varchar(128) NOT NULL DEFAULT '',
  payment_address_2 varchar(128) NOT NULL DEFAULT '',
  payment_city varchar(128) NOT NULL DEFAULT '',
  payment_postcode varchar(10) NOT NULL DEFAULT '',
  payment_country varchar(128) NOT NULL DEFAULT '',
  payment_zone varchar(128) NOT NULL DEFAULT '',
  payment_method varchar(128) NOT NULL DEFAULT '',
  payment_code varchar(128) NOT NULL DEFAULT '',
  shipping_firstname varchar(32) NOT NULL DEFAULT '',
  shipping_lastname varchar(32) NOT NULL DEFAULT '',
  shipping_address_1 varchar(128) NOT NULL DEFAULT '',
  shipping_address_2 varchar(128) NOT NULL DEFAULT '',
  shipping_city varchar(128) NOT NULL DEFAULT '',
  shipping_postcode varchar(10) NOT NULL DEFAULT '',
  shipping_country varchar(128) NOT NULL DEFAULT '',
  shipping_zone varchar(128) NOT NULL DEFAULT '',
  shipping_method varchar(128) NOT NULL DEFAULT '',
  shipping_code varchar(128) NOT NULL DEFAULT '',
  comment text,
  total decimal(15,4) NOT NULL DEFAULT 0.0000,
  order_status_id int(11) NOT NULL DEFAULT 0,
  language_id int(11) NOT NULL DEFAULT 1,
  currency_id int(11) NOT NULL DEFAULT 1,
  currency_code varchar(3) NOT NULL DEFAULT 'TRY',
  currency_value decimal(15,8) NOT NULL DEFAULT 1.00000000,
  date_added datetime NOT NULL,
  date_modified datetime NOT NULL,
  PRIMARY KEY (order_id)
);
CREATE TABLE oc_order_status (
  order_status_id int(11) NOT NULL AUTO_INCREMENT,
  language_id int(11) NOT NULL,
  name varchar(32) NOT NULL,
  PRIMARY KEY (order_status_id, language_id)
);
INSERT INTO oc_order_status (order_status_id, language_id, name) VALUES (1, 1, 'Pending'), (2, 1, 'Processing'), (3, 1, 'Shipped'),
  (5, 1, 'Complete'), (7, 1, 'Canceled'), (8, 1, 'Denied'), (9, 1, 'Canceled Reversal'), (10, 1, 'Failed'), (11, 1, 'Refunded'),
  (12, 1, 'Reversed'), (13, 1, 'Chargeback'), (14, 1, 'Expired'), (15, 1, 'Processed'), (16, 1, 'Voided');
CREATE TABLE oc_order_product (
  order_product_id int(11) NOT NULL AUTO_INCREMENT,
  order_id int(11) NOT NULL,
  product_id int(11) NOT NULL,
  name varchar(255) NOT NULL,
  model varchar(64) NOT NULL,
  quantity int(4) NOT NULL,
  price decimal(15,4) NOT NULL DEFAULT 0.0000,
  total decimal(15,4) NOT NULL DEFAULT 0.0000,
  tax decimal(15,4) NOT NULL DEFAULT 0.0000,
  reward int(8) NOT NULL,
  PRIMARY KEY (order_product_id),
  KEY order_id (order_id)
);
CREATE TABLE oc_address (
  address_id int(11) NOT NULL AUTO_INCREMENT,
  customer_id int(11) NOT NULL,
  firstname varchar(32) NOT NULL,
  lastname varchar(32) NOT NULL,
  company varchar(60) NOT NULL,
  address_1 varchar(128) NOT NULL,
  address_2 varchar(128) NOT NULL,
  city varchar(128) NOT NULL,
  postcode varchar(10) NOT NULL,
  country_id int(11) NOT NULL DEFAULT 0,
  zone_id int(11) NOT NULL DEFAULT 0,
  custom_field text NOT NULL,
  PRIMARY KEY (address_id),
  KEY customer_id (customer_id)
);
CREATE TABLE oc_country (
  country_id int(11) NOT NULL AUTO_INCREMENT,
  name varchar(128) NOT NULL,
  iso_code_2 varchar(2) NOT NULL,
  iso_code_3 varchar(3) NOT NULL,
  address_format text NOT NULL,
  postcode_required tinyint(1) NOT NULL,
  status tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (country_id)
);
INSERT INTO oc_country VALUES (81, 'Germany', 'DE', 'DEU', '', 1, 1), (215, 'Turkey', 'TR', 'TUR', '', 0, 1);
CREATE TABLE oc_zone (
  zone_id int(11) NOT NULL AUTO_INCREMENT,
  country_id int(11) NOT NULL,
  name varchar(128) NOT NULL,
  code varchar(32) NOT NULL,
  status tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (zone_id)
);
INSERT INTO oc_zone VALUES (1256, 81, 'Berlin', 'BER', 1);
`, opencartHash("AdminPass1", "AbC123xYz"))
	zones := map[string]int{}
	for i, pl := range places {
		if _, ok := zones[pl.city]; !ok {
			zones[pl.city] = 3320 + i
			f.w("INSERT INTO oc_zone VALUES (%d, 215, %s, '%02d', 1);\n", zones[pl.city], q(pl.city), i+1)
		}
	}
	for _, p := range ps {
		// Every customer has an address: the province is its zone, the
		// district what the customer wrote as the city.
		pl, a1, a2 := placeOf(p), fmt.Sprintf("Gazi Cd. No %d", p.id), ""
		if p.id%2 == 0 {
			a2 = fmt.Sprintf("Kat %d", p.id)
		}
		f.w("INSERT INTO oc_address VALUES (%d, %d, %s, %s, '', %s, '%s', %s, '', 215, %d, '');\n",
			p.id, p.id, q(p.first), q(p.last), q(a1), a2, q(pl.township), zones[pl.city])
		f.addr(fmt.Sprint(p.id), p, strings.TrimSpace(a1+" "+a2), "")
		f.w("INSERT INTO oc_customer (customer_id, customer_group_id, language_id, firstname, lastname, email, telephone, fax, password, salt, newsletter, address_id, custom_field, ip, status, safe, token, code, date_added) VALUES (%d, 1, 1, %s, %s, %s, '%s', '', %s, '%s', %d, %d, '', '10.0.0.%d', 1, 0, '', '', %s);\n",
			p.id, q(p.first), q(p.last), q(p.email), p.phone, q(p.hash), p.salt, p.id%2, p.id, p.id, q(p.joined))
		if p.id == 2 {
			// An address abroad: its city and district are written as given.
			f.w("INSERT INTO oc_address VALUES (%d, %d, %s, %s, 'Kaya GmbH', 'Hauptstraße 5', '', 'Mitte', '10115', 81, 1256, '');\n", 100+p.id, p.id, q(p.first), q(p.last))
			f.addr(fmt.Sprint(100+p.id), p, "Hauptstraße 5", "")
		}
		opencartOrder(f, &p, p.id, fmt.Sprint(p.id))
	}
	// OpenCart keeps guest checkouts in oc_order only, with customer_id 0,
	// and a checkout never confirmed with order_status_id 0.
	opencartOrder(f, nil, 13, "")
	opencartOrder(f, &ps[0], 14, "0")
	return f
}

// prestashopStates are PrestaShop's order states (id, as its installer
// names them in English), spread over the orders.
var prestashopStates = []struct {
	id   int
	name string
}{{5, "Delivered"}, {2, "Payment accepted"}, {10, "Awaiting bank wire payment"}, {4, "Shipped"}, {6, "Canceled"}, {3, "Processing in progress"}, {7, "Refunded"}}

// prestashopOrder writes order n of p, delivered to address ship and
// billed to address bill.
func prestashopOrder(f *fixture, p person, n, ship, bill int) {
	st := prestashopStates[n%len(prestashopStates)]
	idx, qty, total := lines(n)
	discount := "0.000000"
	if n%3 == 0 {
		discount, total = "10.000000", subtract(total, "10.00")
	}
	carrier, track := 2, fmt.Sprintf("'AR%08d'", n)
	if n%5 == 0 {
		carrier, track = 1, "''"
	}
	created := fmt.Sprintf("2023-%02d-%02d 12:%02d:00", 1+n%12, 1+n%28, n%60)
	// The two orders of cart 7 share a reference: one cart, two carriers.
	ref := fmt.Sprintf("R%08d", n)
	if n == 7 || n == 50 {
		ref = "RSPLIT007"
	}
	f.w("INSERT INTO ps_orders (id_order, reference, id_carrier, id_lang, id_customer, id_cart, id_currency, id_address_delivery, id_address_invoice, current_state, payment, shipping_number, total_discounts, total_paid, total_paid_tax_incl, total_paid_real, total_products, date_add, date_upd) VALUES (%d, '%s', %d, 1, %d, %d, 1, %d, %d, %d, %s, %s, %s, %s, %s, %s, %s, '%s', '%s');\n",
		n, ref, carrier, p.id, n, ship, bill, st.id, q([]string{"Kapıda ödeme", "Banka havalesi", "Kredi kartı"}[n%3]), track, discount, total, total, total, total, created, created)
	for i, k := range idx {
		pr := products[k]
		f.w("INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (%d, %d, %s, %d, %s, %s, %s, %s, %s);\n",
			n, k+1, q(pr.name), qty[i], pr.price, q(pr.sku), pr.price, pr.price, pr.price)
	}
	f.order(fmt.Sprint(n), p, st.name, total, len(idx), "")
}

// text quotes s for a NOT NULL column: "" is ”.
func text(s string) string {
	if s == "" {
		return "''"
	}
	return q(s)
}

// opencartStatuses are OpenCart's order statuses (by id, as its installer
// names them in English), spread over the orders.
var opencartStatuses = []struct {
	id   int
	name string
}{{5, "Complete"}, {2, "Processing"}, {1, "Pending"}, {3, "Shipped"}, {7, "Canceled"}, {11, "Refunded"}, {5, "Complete"}}

// opencartOrder writes order n of p (nil: a guest checkout); status "0"
// is a checkout never confirmed.
func opencartOrder(f *fixture, p *person, n int, status string) {
	st := opencartStatuses[n%len(opencartStatuses)]
	if status == "0" {
		st.id, st.name = 0, ""
	}
	idx, qty, total := lines(n)
	customer, first, last, email := 0, "Misafir", "Alıcı", "misafir@example.com"
	if p != nil {
		customer, first, last, email = p.id, p.first, p.last, p.email
	}
	pl := places[n%len(places)]
	ship1, shipCity, shipZone := fmt.Sprintf("Teslimat Cd. %d", n), pl.township, pl.city
	if n%4 == 1 { // a download: no shipping address
		ship1, shipCity, shipZone = "", "", ""
	}
	created := fmt.Sprintf("2023-%02d-%02d 12:%02d:00", 1+n%12, 1+n%28, n%60)
	f.w("INSERT INTO oc_order (order_id, customer_id, firstname, lastname, email, telephone, payment_firstname, payment_lastname, payment_address_1, payment_city, payment_country, payment_zone, payment_method, shipping_address_1, shipping_city, shipping_country, shipping_zone, shipping_method, total, order_status_id, date_added, date_modified) VALUES (%d, %d, %s, %s, %s, '', %s, %s, %s, %s, 'Turkey', %s, %s, %s, %s, 'Turkey', %s, %s, %s, %d, '%s', '%s');\n",
		n, customer, q(first), q(last), q(email), q(first), q(last), q(fmt.Sprintf("Fatura Sk. %d", n)), q(pl.township), q(pl.city),
		q([]string{"Kapıda Ödeme", "Banka Havalesi", "Kredi Kartı"}[n%3]), text(ship1), text(shipCity), text(shipZone),
		text(map[bool]string{true: "", false: "Sabit Ücret"}[ship1 == ""]), total, st.id, created, created)
	for i, k := range idx {
		pr := products[k]
		f.w("INSERT INTO oc_order_product (order_id, product_id, name, model, quantity, price, total, tax, reward) VALUES (%d, %d, %s, %s, %d, %s, %s, 0, 0);\n",
			n, k+1, q(pr.name), q(pr.sku), qty[i], pr.price, pr.price)
	}
	switch {
	case p == nil || status == "0":
		f.order(fmt.Sprint(n), person{id: customer}, st.name, total, len(idx), "excluded")
	default:
		f.order(fmt.Sprint(n), *p, st.name, total, len(idx), "")
	}
}

// PrestaShopCookieKey is the fixture shop's _COOKIE_KEY_ (56 characters,
// as the installer writes it).
const PrestaShopCookieKey = "x9KqT2mWv8RbN4cZ7pLdF3sJ6hYgA1eUo5iQ0wXrCtBnMkVjHaSzEyDu"

func prestashop(name string) *fixture {
	f := &fixture{name: name}
	v17 := name == "prestashop17"
	ps := seed(14)
	for i := range ps {
		p := &ps[i]
		p.hash = prestashopMD5(p.plain, PrestaShopCookieKey)
		if v17 && i%2 == 0 {
			p.hash, p.expect = bcryptHash(p.plain), "unsupported" // 1.7 rehashes at login
		}
		switch p.id {
		case 11: // a guest checkout with its own email
			p.guest, p.email, p.first, p.last = true, "misafir.alici@example.com", "Misafir", "Alıcı"
		case 12: // a guest checkout by a customer who has an account
			p.guest, p.email = true, ps[0].email
			if p.expect == "exported" {
				p.expect = "duplicate"
			}
		case 13, 14:
			p.deleted, p.expect = true, "excluded"
		}
	}
	f.persons = ps
	passwd := "varchar(32)"
	extra := ""
	if v17 {
		passwd = "varchar(255)"
		extra = "  reset_password_token varchar(40) DEFAULT NULL,\n  reset_password_validity datetime DEFAULT NULL,\n"
	}
	f.w(`CREATE TABLE ps_employee (
  id_employee int(10) unsigned NOT NULL AUTO_INCREMENT,
  id_profile int(10) unsigned NOT NULL,
  id_lang int(10) unsigned NOT NULL DEFAULT 0,
  lastname varchar(32) NOT NULL,
  firstname varchar(32) NOT NULL,
  email varchar(128) NOT NULL,
  passwd %s NOT NULL,
  last_passwd_gen timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  active tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (id_employee)
);
INSERT INTO ps_employee (id_profile, id_lang, lastname, firstname, email, passwd, active) VALUES (1, 1, 'Admin', 'Site', 'admin@shop.example.com', '%s', 1);
CREATE TABLE ps_gender (
  id_gender int(11) NOT NULL AUTO_INCREMENT,
  type tinyint(1) NOT NULL,
  PRIMARY KEY (id_gender)
);
INSERT INTO ps_gender VALUES (1, 0), (2, 1);
CREATE TABLE ps_customer (
  id_customer int(10) unsigned NOT NULL AUTO_INCREMENT,
  id_shop_group int(11) unsigned NOT NULL DEFAULT 1,
  id_shop int(11) unsigned NOT NULL DEFAULT 1,
  id_gender int(10) unsigned NOT NULL,
  id_default_group int(10) unsigned NOT NULL DEFAULT 1,
  id_lang int(10) unsigned NULL,
  id_risk int(10) unsigned NOT NULL DEFAULT 1,
  company varchar(64),
  siret varchar(14),
  ape varchar(5),
  firstname varchar(32) NOT NULL,
  lastname varchar(32) NOT NULL,
  email varchar(128) NOT NULL,
  passwd %s NOT NULL,
  last_passwd_gen timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  birthday date DEFAULT NULL,
  newsletter tinyint(1) unsigned NOT NULL DEFAULT 0,
  ip_registration_newsletter varchar(15) DEFAULT NULL,
  newsletter_date_add datetime DEFAULT NULL,
  optin tinyint(1) unsigned NOT NULL DEFAULT 0,
  website varchar(128),
  outstanding_allow_amount DECIMAL(20,6) NOT NULL DEFAULT 0.00,
  show_public_prices tinyint(1) unsigned NOT NULL DEFAULT 0,
  max_payment_days int(10) unsigned NOT NULL DEFAULT 60,
  secure_key varchar(32) NOT NULL DEFAULT '-1',
  note text,
  active tinyint(1) unsigned NOT NULL DEFAULT 0,
  is_guest tinyint(1) NOT NULL DEFAULT 0,
  deleted tinyint(1) NOT NULL DEFAULT 0,
  date_add datetime NOT NULL,
  date_upd datetime NOT NULL,
%s  PRIMARY KEY (id_customer),
  KEY customer_email (email),
  KEY customer_login (email, passwd),
  KEY id_customer_passwd (id_customer, passwd),
  KEY id_gender (id_gender),
  KEY id_shop_group (id_shop_group),
  KEY id_shop (id_shop, date_add)
);
CREATE TABLE ps_address (
  id_address int(10) unsigned NOT NULL AUTO_INCREMENT,
  id_country int(10) unsigned NOT NULL,
  id_state int(10) unsigned DEFAULT NULL,
  id_customer int(10) unsigned NOT NULL DEFAULT 0,
  id_manufacturer int(10) unsigned NOT NULL DEFAULT 0,
  id_supplier int(10) unsigned NOT NULL DEFAULT 0,
  id_warehouse int(10) unsigned NOT NULL DEFAULT 0,
  alias varchar(32) NOT NULL,
  company varchar(255) DEFAULT NULL,
  lastname varchar(255) NOT NULL,
  firstname varchar(255) NOT NULL,
  address1 varchar(128) NOT NULL,
  address2 varchar(128) DEFAULT NULL,
  postcode varchar(12) DEFAULT NULL,
  city varchar(64) NOT NULL,
  other text,
  phone varchar(32) DEFAULT NULL,
  phone_mobile varchar(32) DEFAULT NULL,
  vat_number varchar(32) DEFAULT NULL,
  dni varchar(16) DEFAULT NULL,
  date_add datetime NOT NULL,
  date_upd datetime NOT NULL,
  active tinyint(1) unsigned NOT NULL DEFAULT 1,
  deleted tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (id_address),
  KEY id_customer (id_customer)
);
CREATE TABLE ps_country (
  id_country int(10) unsigned NOT NULL AUTO_INCREMENT,
  id_zone int(10) unsigned NOT NULL,
  id_currency int(10) unsigned NOT NULL DEFAULT 0,
  iso_code varchar(3) NOT NULL,
  call_prefix int(10) NOT NULL DEFAULT 0,
  active tinyint(1) unsigned NOT NULL DEFAULT 0,
  contains_states tinyint(1) NOT NULL DEFAULT 0,
  need_identification_number tinyint(1) NOT NULL DEFAULT 0,
  need_zip_code tinyint(1) NOT NULL DEFAULT 1,
  zip_code_format varchar(12) NOT NULL DEFAULT '',
  display_tax_label tinyint(1) NOT NULL,
  PRIMARY KEY (id_country)
);
INSERT INTO ps_country (id_country, id_zone, iso_code, call_prefix, active, contains_states, display_tax_label) VALUES (1, 1, 'DE', 49, 1, 0, 1), (214, 1, 'TR', 90, 1, 1, 1);
CREATE TABLE ps_country_lang (
  id_country int(10) unsigned NOT NULL,
  id_lang int(10) unsigned NOT NULL,
  name varchar(64) NOT NULL,
  PRIMARY KEY (id_country, id_lang)
);
INSERT INTO ps_country_lang VALUES (1, 1, 'Almanya'), (214, 1, 'Türkiye');
CREATE TABLE ps_state (
  id_state int(10) unsigned NOT NULL AUTO_INCREMENT,
  id_country int(11) unsigned NOT NULL,
  id_zone int(11) unsigned NOT NULL,
  name varchar(64) NOT NULL,
  iso_code varchar(7) NOT NULL,
  tax_behavior smallint(1) NOT NULL DEFAULT 0,
  active tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (id_state),
  KEY id_country (id_country),
  KEY name (name)
);
CREATE TABLE ps_orders (
  id_order int(10) unsigned NOT NULL AUTO_INCREMENT,
  reference varchar(9),
  id_shop_group int(11) unsigned NOT NULL DEFAULT 1,
  id_shop int(11) unsigned NOT NULL DEFAULT 1,
  id_carrier int(10) unsigned NOT NULL,
  id_lang int(10) unsigned NOT NULL,
  id_customer int(10) unsigned NOT NULL,
  id_cart int(10) unsigned NOT NULL,
  id_currency int(10) unsigned NOT NULL,
  id_address_delivery int(10) unsigned NOT NULL,
  id_address_invoice int(10) unsigned NOT NULL,
  current_state int(10) unsigned NOT NULL,
  secure_key varchar(32) NOT NULL DEFAULT '-1',
  payment varchar(255) NOT NULL,
  conversion_rate decimal(13,6) NOT NULL DEFAULT 1,
  module varchar(255) DEFAULT NULL,
  shipping_number varchar(64) DEFAULT NULL,
  total_discounts decimal(20,6) NOT NULL DEFAULT 0.00,
  total_paid decimal(20,6) NOT NULL DEFAULT 0.00,
  total_paid_tax_incl decimal(20,6) DEFAULT 0.00,
  total_paid_real decimal(20,6) NOT NULL DEFAULT 0.00,
  total_products decimal(20,6) NOT NULL DEFAULT 0.00,
  date_add datetime NOT NULL,
  date_upd datetime NOT NULL,
  PRIMARY KEY (id_order),
  KEY reference (reference),
  KEY id_customer (id_customer)
);
CREATE TABLE ps_order_state_lang (
  id_order_state int(10) unsigned NOT NULL,
  id_lang int(10) unsigned NOT NULL,
  name varchar(64) NOT NULL,
  template varchar(64) NOT NULL,
  PRIMARY KEY (id_order_state, id_lang)
);
INSERT INTO ps_order_state_lang VALUES (1, 1, 'Awaiting check payment', 'cheque'), (2, 1, 'Payment accepted', 'payment'),
  (3, 1, 'Processing in progress', 'preparation'), (4, 1, 'Shipped', 'shipped'), (5, 1, 'Delivered', ''), (6, 1, 'Canceled', 'order_canceled'),
  (7, 1, 'Refunded', 'refund'), (8, 1, 'Payment error', 'payment_error'), (10, 1, 'Awaiting bank wire payment', 'bankwire'),
  (13, 1, 'Awaiting Cash On Delivery validation', 'cashondelivery');
CREATE TABLE ps_currency (
  id_currency int(10) unsigned NOT NULL AUTO_INCREMENT,
  name varchar(32) NOT NULL,
  iso_code varchar(3) NOT NULL DEFAULT '0',
  conversion_rate decimal(13,6) NOT NULL,
  deleted tinyint(1) unsigned NOT NULL DEFAULT 0,
  active tinyint(1) unsigned NOT NULL DEFAULT 1,
  PRIMARY KEY (id_currency)
);
INSERT INTO ps_currency VALUES (1, 'Türk Lirası', 'TRY', 1, 0, 1), (2, 'Euro', 'EUR', 0.03, 0, 1);
CREATE TABLE ps_carrier (
  id_carrier int(10) unsigned NOT NULL AUTO_INCREMENT,
  id_reference int(10) unsigned NOT NULL,
  name varchar(64) NOT NULL,
  url varchar(255) DEFAULT NULL,
  deleted tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (id_carrier)
);
INSERT INTO ps_carrier VALUES (1, 1, 'Mağazadan teslim', NULL, 0), (2, 2, 'Aras Kargo', 'https://kargotakip.araskargo.com.tr/@', 0);
CREATE TABLE ps_order_detail (
  id_order_detail int(10) unsigned NOT NULL AUTO_INCREMENT,
  id_order int(10) unsigned NOT NULL,
  id_shop int(11) unsigned NOT NULL DEFAULT 1,
  product_id int(10) unsigned NOT NULL,
  product_attribute_id int(10) unsigned DEFAULT NULL,
  product_name varchar(255) NOT NULL,
  product_quantity int(10) unsigned NOT NULL DEFAULT 0,
  product_price decimal(20,6) NOT NULL DEFAULT 0.000000,
  product_reference varchar(64) DEFAULT NULL,
  total_price_tax_incl decimal(20,6) NOT NULL DEFAULT 0.000000,
  unit_price_tax_incl decimal(20,6) NOT NULL DEFAULT 0.000000,
  unit_price_tax_excl decimal(20,6) NOT NULL DEFAULT 0.000000,
  PRIMARY KEY (id_order_detail),
  KEY order_detail_order (id_order)
);
`, passwd, prestashopMD5("AdminPass1", PrestaShopCookieKey), passwd, extra)
	states := map[string]int{}
	for _, pl := range places {
		if _, ok := states[pl.city]; !ok {
			states[pl.city] = 300 + len(states)
			f.w("INSERT INTO ps_state (id_state, id_country, id_zone, name, iso_code, active) VALUES (%d, 214, 1, %s, 'TR-%02d', 1);\n", states[pl.city], q(pl.city), len(states))
		}
	}
	for _, p := range ps {
		upd := p.joined
		f.w("INSERT INTO ps_customer (id_customer, id_gender, id_lang, firstname, lastname, email, passwd, birthday, newsletter, optin, secure_key, active, is_guest, deleted, date_add, date_upd) VALUES (%d, %d, 1, %s, %s, %s, %s, %s, %d, %d, '%032x', %d, %d, %d, %s, %s);\n",
			p.id, p.gender, q(p.first), q(p.last), q(p.email), q(p.hash), q(p.dob), p.id%2, p.id%3/2, p.id, b(!p.deleted), b(p.guest), b(p.deleted), q(p.joined), q(upd))
		if p.phone != "" {
			mobile, fixed := p.phone, ""
			if p.id%4 == 0 {
				mobile, fixed = "", p.phone
			}
			// The shop added Türkiye's provinces as states; the city is the
			// district.
			pl, line := placeOf(p), fmt.Sprintf("Atatürk Cd. %d", p.id)
			own := ""
			if p.deleted {
				own = "excluded"
			}
			f.w("INSERT INTO ps_address (id_address, id_country, id_state, id_customer, alias, lastname, firstname, address1, address2, city, phone, phone_mobile, vat_number, date_add, date_upd) VALUES (%d, 214, %d, %d, 'Ev', %s, %s, %s, %s, %s, %s, %s, %s, %s, %s);\n",
				100+p.id, states[pl.city], p.id, q(p.last), q(p.first), q(line), q(""), q(pl.township), q(fixed), q(mobile), q(vatID(p)), q(p.joined), q(p.joined))
			f.addr(fmt.Sprint(100+p.id), p, line, own)
		}
		if p.id == 1 {
			// An address the customer deleted.
			f.w("INSERT INTO ps_address (id_address, id_country, id_state, id_customer, alias, lastname, firstname, address1, city, date_add, date_upd, deleted) VALUES (%d, 214, %d, %d, 'Eski', %s, %s, 'Eski Sk. 1', 'Konak', %s, %s, 1);\n",
				200+p.id, states["İzmir"], p.id, q(p.last), q(p.first), q(p.joined), q(p.joined))
			f.addr(fmt.Sprint(200+p.id), p, "Eski Sk. 1", "excluded")
		}
		if p.phone != "" {
			prestashopOrder(f, p, p.id, 100+p.id, 100+p.id)
		}
		if p.id == 1 {
			// Billed to an address the customer deleted since: the order
			// keeps it.
			prestashopOrder(f, p, 50, 100+p.id, 200+p.id)
		}
	}
	return f
}

func wordpress() *fixture {
	f := &fixture{name: "wordpress"}
	ps := seed(12)
	for i := range ps {
		p := &ps[i]
		switch i % 4 {
		case 0, 2:
			p.hash, p.expect = phpass(p.plain, fmt.Sprintf("%08d", p.id*1234567%100000000)), "unsupported"
		case 1:
			p.hash, p.expect = wpBcrypt(p.plain), "unsupported" // WordPress 6.8+
		case 3:
			p.hash = md5hex(p.plain) // set by a plugin or SQL; wp_check_password still takes it
		}
	}
	ps[0].expect = "excluded" // the site's administrator
	f.persons = ps
	f.w(`CREATE TABLE wp_users (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  user_login varchar(60) NOT NULL DEFAULT '',
  user_pass varchar(255) NOT NULL DEFAULT '',
  user_nicename varchar(50) NOT NULL DEFAULT '',
  user_email varchar(100) NOT NULL DEFAULT '',
  user_url varchar(100) NOT NULL DEFAULT '',
  user_registered datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  user_activation_key varchar(255) NOT NULL DEFAULT '',
  user_status int(11) NOT NULL DEFAULT 0,
  display_name varchar(250) NOT NULL DEFAULT '',
  PRIMARY KEY (ID),
  KEY user_login_key (user_login),
  KEY user_nicename (user_nicename),
  KEY user_email (user_email)
);
CREATE TABLE wp_usermeta (
  umeta_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  user_id bigint(20) unsigned NOT NULL DEFAULT 0,
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY (umeta_id),
  KEY user_id (user_id),
  KEY meta_key (meta_key(191))
);
CREATE TABLE wp_wc_orders (
  id bigint(20) unsigned NOT NULL,
  status varchar(20) NULL,
  currency varchar(10) NULL,
  type varchar(20) NULL,
  tax_amount decimal(26,8) NULL,
  total_amount decimal(26,8) NULL,
  customer_id bigint(20) unsigned NULL,
  billing_email varchar(320) NULL,
  date_created_gmt datetime NULL,
  date_updated_gmt datetime NULL,
  parent_order_id bigint(20) unsigned NULL,
  payment_method varchar(100) NULL,
  payment_method_title text NULL,
  transaction_id varchar(100) NULL,
  customer_note text NULL,
  PRIMARY KEY (id),
  KEY status (status),
  KEY customer_id_billing_email (customer_id, billing_email(171))
);
CREATE TABLE wp_wc_order_addresses (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  order_id bigint(20) unsigned NOT NULL,
  address_type varchar(20) NULL,
  first_name text NULL,
  last_name text NULL,
  company text NULL,
  address_1 text NULL,
  address_2 text NULL,
  city text NULL,
  state text NULL,
  postcode text NULL,
  country text NULL,
  email varchar(320) NULL,
  phone varchar(100) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY address_type_order_id (address_type, order_id)
);
CREATE TABLE wp_wc_order_operational_data (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  order_id bigint(20) unsigned NULL,
  created_via varchar(100) NULL,
  prices_include_tax tinyint(1) NULL,
  order_key varchar(100) NULL,
  shipping_total_amount decimal(26,8) NULL,
  discount_tax_amount decimal(26,8) NULL,
  discount_total_amount decimal(26,8) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY order_id (order_id)
);
CREATE TABLE wp_woocommerce_order_items (
  order_item_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  order_item_name text NOT NULL,
  order_item_type varchar(200) NOT NULL DEFAULT '',
  order_id bigint(20) unsigned NOT NULL,
  PRIMARY KEY (order_item_id),
  KEY order_id (order_id)
);
CREATE TABLE wp_woocommerce_order_itemmeta (
  meta_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  order_item_id bigint(20) unsigned NOT NULL,
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext NULL,
  PRIMARY KEY (meta_id),
  KEY order_item_id (order_item_id),
  KEY meta_key (meta_key(32))
);
CREATE TABLE wp_postmeta (
  meta_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  post_id bigint(20) unsigned NOT NULL DEFAULT 0,
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY (meta_id),
  KEY post_id (post_id),
  KEY meta_key (meta_key(191))
);
`)
	for i, p := range ps {
		login := fmt.Sprintf("user%02d", p.id)
		role := `a:1:{s:8:"customer";b:1;}`
		if i == 0 {
			login, role = "admin", `a:1:{s:13:"administrator";b:1;}`
		}
		// user_registered is written in UTC.
		f.w("INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (%d, '%s', %s, '%s', %s, %s, %s);\n",
			p.id, login, q(p.hash), login, q(p.email), q(p.joined), q(p.first+" "+p.last))
		f.w("INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (%d, 'nickname', '%s'), (%d, 'first_name', %s), (%d, 'last_name', %s), (%d, 'wp_capabilities', '%s'), (%d, 'billing_first_name', %s), (%d, 'billing_phone', %s);\n",
			p.id, login, p.id, q(p.first), p.id, q(p.last), p.id, role, p.id, q(p.first), p.id, q(p.phone))
		// WooCommerce writes a Turkish province as TR + its plate code; the
		// city is the district.
		pl, line := placeOf(p), fmt.Sprintf("İnönü Cd. %d", p.id)
		wcAddress(f, "billing", p.id, pl, p.last, line, "")
		f.addr(fmt.Sprint(p.id*2), p, line, "")
		switch p.id {
		case 4: // shipping to the billing address: the same address
			wcAddress(f, "shipping", p.id, pl, p.last, line, p.first)
			f.addr(fmt.Sprint(p.id*2+1), p, line, map[bool]string{true: "skipped", false: ""}[p.expect == "exported"])
		case 2, 8: // shipping elsewhere
			other := places[(p.id+2)%len(places)]
			wcAddress(f, "shipping", p.id, other, p.last, "Liman Yolu "+fmt.Sprint(p.id), p.first)
			f.addr(fmt.Sprint(p.id*2+1), p, "Liman Yolu "+fmt.Sprint(p.id), "")
		}
		wcOrder(f, &ps[i], 1000+p.id, "shop_order")
	}
	for k, pr := range products {
		f.w("INSERT INTO wp_postmeta (post_id, meta_key, meta_value) VALUES (%d, '_sku', %s), (%d, '_price', '%s');\n", 500+k, q(pr.sku), 500+k, pr.price)
	}
	wcOrder(f, nil, 1100, "shop_order")           // a guest order
	wcOrder(f, &ps[1], 1101, "shop_order_refund") // a refund of an order: not an order
	wcOrder(f, &ps[2], 1102, "shop_order")        // a checkout draft
	return f
}

// wcStatuses are WooCommerce's order statuses, spread over the orders.
var wcStatuses = []string{"wc-completed", "wc-processing", "wc-on-hold", "wc-completed", "wc-cancelled", "wc-refunded", "wc-pending", "wc-failed"}

// wcOrder writes order id of p (nil: a guest's) into WooCommerce's HPOS
// tables, with its lines.
func wcOrder(f *fixture, p *person, id int, typ string) {
	n := id - 1000
	status := wcStatuses[n%len(wcStatuses)]
	if id == 1102 {
		status = "wc-checkout-draft"
	}
	idx, qty, total := lines(n)
	discount := "0"
	if n%3 == 0 {
		discount, total = "10.00000000", subtract(total, "10.00")
	}
	customer, email := 0, "misafir@example.com"
	if p != nil {
		customer, email = p.id, p.email
	}
	created := fmt.Sprintf("2023-%02d-%02d 12:%02d:00", 1+n%12, 1+n%28, n%60)
	f.w("INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt, date_updated_gmt, payment_method, payment_method_title) VALUES (%d, '%s', 'TRY', '%s', %s, %d, %s, '%s', '%s', 'bacs', 'Doğrudan banka havalesi');\n",
		id, status, typ, total, customer, q(email), created, created)
	f.w("INSERT INTO wp_wc_order_operational_data (order_id, created_via, prices_include_tax, discount_total_amount) VALUES (%d, 'checkout', 1, %s);\n", id, discount)
	pl := places[n%len(places)]
	f.w("INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country, email) VALUES (%d, 'billing', 'Ad', %s, '', %s, 'TR%02d', 'TR', %s);\n",
		id, q(fmt.Sprintf("Fatura Sk. %d", n)), q(pl.township), plates[pl.city], q(email))
	if n%4 != 1 { // a virtual product: no shipping address
		f.w("INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country) VALUES (%d, 'shipping', 'Ad', %s, 'Daire 2', %s, 'TR%02d', 'TR');\n",
			id, q(fmt.Sprintf("Teslimat Cd. %d", n)), q(pl.township), plates[pl.city])
	}
	for i, k := range idx {
		pr := products[k]
		item := id*10 + i
		f.w("INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (%d, %s, 'line_item', %d);\n", item, q(pr.name), id)
		f.w("INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (%d, '_qty', '%d'), (%d, '_product_id', '%d'), (%d, '_variation_id', '0'), (%d, '_line_subtotal', '%s'), (%d, '_line_total', '%s');\n",
			item, qty[i], item, 500+k, item, item, times(pr.price, qty[i]), item, times(pr.price, qty[i]))
	}
	// Shipping is a line of its own, not an item.
	f.w("INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (%d, 'Sabit ücret', 'shipping', %d);\n", id*10+9, id)
	switch {
	case typ != "shop_order" || status == "wc-checkout-draft" || p == nil:
		f.order(fmt.Sprint(id), person{id: customer}, status, total, len(idx), "excluded")
	default:
		f.order(fmt.Sprint(id), *p, status, total, len(idx), "")
	}
}

// times is price × n, with two decimals.
func times(price string, n int) string {
	var w, fr int64
	fmt.Sscanf(price, "%d.%d", &w, &fr)
	c := (w*100 + fr) * int64(n)
	return fmt.Sprintf("%d.%02d", c/100, c%100)
}

// plates are the plate codes of the provinces of places.
var plates = map[string]int{"İstanbul": 34, "Ankara": 6, "İzmir": 35, "Bursa": 16, "Antalya": 7, "Adana": 1}

// wcAddress writes a WooCommerce address as usermeta rows under prefix
// (billing or shipping); first is written only when given (billing's
// first name is there already).
func wcAddress(f *fixture, prefix string, id int, pl place, last, line, first string) {
	meta := [][2]string{{"last_name", last}, {"address_1", line}, {"city", pl.township},
		{"state", fmt.Sprintf("TR%02d", plates[pl.city])}, {"postcode", ""}, {"country", "TR"}}
	if first != "" {
		meta = append(meta, [2]string{"first_name", first})
	}
	if id%3 == 0 {
		meta = append(meta, [2]string{"company", "Firma " + fmt.Sprint(id)})
	}
	var vals []string
	for _, m := range meta {
		vals = append(vals, fmt.Sprintf("(%d, '%s_%s', %s)", id, prefix, m[0], q(m[1])))
	}
	f.w("INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES %s;\n", strings.Join(vals, ", "))
}

// saleor is PostgreSQL: Saleor's account_user (a Django custom user).
func saleor() *fixture {
	f := &fixture{name: "saleor"}
	ps := seed(12)
	for i := range ps {
		p := &ps[i]
		salt := fmt.Sprintf("Slt%02dabcdefghijklmn", p.id)
		switch i % 4 {
		case 0, 2:
			p.hash, p.expect = djangoPBKDF2(p.plain, salt, 1000000), "unsupported"
		case 1:
			p.hash = djangoSHA1(p.plain, salt[:5]) // from a Django 1.x era import
		case 3:
			p.hash, p.expect = "!"+salt+"UnusablePasswordMarker0", "unsupported" // created at checkout, never set a password
		}
	}
	ps[1].expect = "excluded" // staff
	f.persons = ps
	f.w(`CREATE TABLE account_address (
  id serial PRIMARY KEY,
  first_name varchar(256) NOT NULL,
  last_name varchar(256) NOT NULL,
  company_name varchar(256) NOT NULL,
  street_address_1 varchar(256) NOT NULL,
  street_address_2 varchar(256) NOT NULL,
  city varchar(256) NOT NULL,
  postal_code varchar(20) NOT NULL,
  country varchar(2) NOT NULL,
  country_area varchar(128) NOT NULL,
  phone varchar(128) NOT NULL,
  city_area varchar(128) NOT NULL
);
CREATE TABLE account_user (
  id serial PRIMARY KEY,
  password varchar(128) NOT NULL,
  last_login timestamp with time zone NULL,
  is_superuser boolean NOT NULL,
  email varchar(254) NOT NULL UNIQUE,
  is_staff boolean NOT NULL,
  is_active boolean NOT NULL,
  date_joined timestamp with time zone NOT NULL,
  default_billing_address_id integer NULL REFERENCES account_address (id),
  default_shipping_address_id integer NULL REFERENCES account_address (id),
  note text NULL,
  first_name varchar(256) NOT NULL,
  last_name varchar(256) NOT NULL,
  avatar varchar(100) NULL,
  private_metadata jsonb NULL,
  metadata jsonb NULL,
  jwt_token_key varchar(12) NOT NULL,
  language_code varchar(35) NOT NULL,
  search_document text NOT NULL,
  updated_at timestamp with time zone NOT NULL,
  uuid uuid NOT NULL UNIQUE,
  is_confirmed boolean NOT NULL,
  last_password_reset_request timestamp with time zone NULL,
  external_reference varchar(250) NULL UNIQUE
);
CREATE INDEX account_user_updated_at ON account_user (updated_at);
CREATE TABLE order_order (
  id uuid PRIMARY KEY,
  created_at timestamp with time zone NOT NULL,
  status varchar(32) NOT NULL,
  user_id integer NULL REFERENCES account_user (id),
  user_email varchar(254) NOT NULL,
  total_gross_amount numeric(20,3) NOT NULL,
  currency varchar(3) NOT NULL
);
CREATE INDEX order_order_user_id ON order_order (user_id);
CREATE TABLE account_user_addresses (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES account_user (id),
  address_id integer NOT NULL REFERENCES account_address (id),
  UNIQUE (user_id, address_id)
);
`)
	for i, p := range ps {
		addr := "NULL"
		if p.phone != "" {
			// Saleor writes a Turkish address as Google's address data
			// does: the province is the country area, the district the
			// city (upper-cased), the neighbourhood the city area.
			addr = fmt.Sprint(100 + p.id)
			pl, line := placeOf(p), fmt.Sprintf("Cumhuriyet Cd. %d", p.id)
			f.w("INSERT INTO account_address VALUES (%d, %s, %s, '', %s, '%s', %s, '35000', 'TR', %s, %s, 'Merkez Mah.');\n",
				100+p.id, q(p.first), q(p.last), q(line), map[bool]string{true: "Daire 2", false: ""}[p.id%2 == 0],
				q(strings.ToUpperSpecial(unicode.TurkishCase, pl.township)), q(pl.city), q(p.phone))
			if p.id%2 == 0 {
				line += " Daire 2"
			}
			f.addr(fmt.Sprint(p.id), p, line, "")
		}
		f.w("INSERT INTO account_user (id, password, is_superuser, email, is_staff, is_active, date_joined, default_billing_address_id, first_name, last_name, jwt_token_key, language_code, search_document, updated_at, uuid, is_confirmed) VALUES (%d, %s, false, %s, %t, true, '%s+03', %s, %s, %s, 'k%02d', 'tr', '', '%s+03', '00000000-0000-4000-8000-%012d', %t);\n",
			p.id, q(p.hash), q(p.email), i == 1, p.joined, addr, q(p.first), q(p.last), p.id, p.joined, p.id, p.id%5 != 0)
		if p.phone != "" {
			f.w("INSERT INTO account_user_addresses VALUES (%d, %d, %d);\n", p.id, p.id, 100+p.id)
		}
		f.w("INSERT INTO order_order VALUES ('00000000-0000-4000-9000-%012d', '%s+03', 'fulfilled', %d, %s, 300.000, 'TRY');\n", p.id, p.joined, p.id, q(p.email))
	}
	return f
}

// djangoAuth is PostgreSQL: a shop on Django's own auth_user.
func djangoAuth() *fixture {
	f := &fixture{name: "django"}
	ps := seed(10)
	for i := range ps {
		p := &ps[i]
		salt := fmt.Sprintf("dj%02dSaltValue", p.id)
		switch i % 5 {
		case 0, 3:
			p.hash, p.expect = djangoPBKDF2(p.plain, salt, 600000), "unsupported"
		case 1:
			p.hash = djangoSHA1(p.plain, salt[:5])
		case 2:
			p.hash = "md5$" + salt[:6] + "$" + md5hex(salt[:6]+p.plain) // Django's MD5PasswordHasher
		case 4:
			p.hash, p.expect = "!"+salt+"NoPasswordWasEverSet00", "unsupported"
		}
	}
	ps[0].expect = "excluded" // the superuser who runs the shop
	f.persons = ps
	f.w(`CREATE TABLE auth_user (
  id serial PRIMARY KEY,
  password varchar(128) NOT NULL,
  last_login timestamp with time zone NULL,
  is_superuser boolean NOT NULL,
  username varchar(150) NOT NULL UNIQUE,
  first_name varchar(150) NOT NULL,
  last_name varchar(150) NOT NULL,
  email varchar(254) NOT NULL,
  is_staff boolean NOT NULL,
  is_active boolean NOT NULL,
  date_joined timestamp with time zone NOT NULL
);
CREATE TABLE shop_order (
  id serial PRIMARY KEY,
  user_id integer NULL REFERENCES auth_user (id),
  total numeric(12,2) NOT NULL,
  created timestamp with time zone NOT NULL
);
`)
	for i, p := range ps {
		f.w("INSERT INTO auth_user VALUES (%d, %s, NULL, %t, 'user%02d', %s, %s, %s, %t, true, '%s+03');\n",
			p.id, q(p.hash), i == 0, p.id, q(p.first), q(p.last), q(p.email), i == 0, p.joined)
		f.w("INSERT INTO shop_order (user_id, total, created) VALUES (%d, 75.50, '%s+03');\n", p.id, p.joined)
	}
	return f
}
