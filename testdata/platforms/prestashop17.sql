-- prestashop17: the platform's customer and order tables (column names and types as its install
-- schema creates them), only those etl init reads, with test rows.
-- Written by scripts/platformfixtures; the plaintexts are in prestashop17.plain.tsv.

CREATE TABLE ps_employee (
  id_employee int(10) unsigned NOT NULL AUTO_INCREMENT,
  id_profile int(10) unsigned NOT NULL,
  id_lang int(10) unsigned NOT NULL DEFAULT 0,
  lastname varchar(32) NOT NULL,
  firstname varchar(32) NOT NULL,
  email varchar(128) NOT NULL,
  passwd varchar(255) NOT NULL,
  last_passwd_gen timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  active tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (id_employee)
);
INSERT INTO ps_employee (id_profile, id_lang, lastname, firstname, email, passwd, active) VALUES (1, 1, 'Admin', 'Site', 'admin@shop.example.com', '13296d7a339ecb95c8fa8a0b9f7985e3', 1);
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
  passwd varchar(255) NOT NULL,
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
  reset_password_token varchar(40) DEFAULT NULL,
  reset_password_validity datetime DEFAULT NULL,
  PRIMARY KEY (id_customer),
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
INSERT INTO ps_state (id_state, id_country, id_zone, name, iso_code, active) VALUES (300, 214, 1, 'İstanbul', 'TR-01', 1);
INSERT INTO ps_state (id_state, id_country, id_zone, name, iso_code, active) VALUES (301, 214, 1, 'Ankara', 'TR-02', 1);
INSERT INTO ps_state (id_state, id_country, id_zone, name, iso_code, active) VALUES (302, 214, 1, 'İzmir', 'TR-03', 1);
INSERT INTO ps_state (id_state, id_country, id_zone, name, iso_code, active) VALUES (303, 214, 1, 'Bursa', 'TR-04', 1);
INSERT INTO ps_state (id_state, id_country, id_zone, name, iso_code, active) VALUES (304, 214, 1, 'Antalya', 'TR-05', 1);
INSERT INTO ps_state (id_state, id_country, id_zone, name, iso_code, active) VALUES (305, 214, 1, 'Adana', 'TR-06', 1);
INSERT INTO ps_customer (id_customer, id_gender, id_lang, firstname, lastname, email, passwd, birthday, newsletter, optin, secure_key, active, is_guest, deleted, date_add, date_upd) VALUES (1, 1, 1, 'Ayşe', 'Yılmaz', 'ayse.yilmaz@example.com', '$2y$10$BRRYspNjjLpho79gFb5kh.ppP4T5BrI9lhP3OTIUqYPzmJwDllMsO', '1988-04-12', 1, 0, '00000000000000000000000000000001', 1, 0, 0, '2019-01-01 10:00:00', '2019-01-01 10:00:00');
INSERT INTO ps_address (id_address, id_country, id_state, id_customer, alias, lastname, firstname, address1, address2, city, phone, phone_mobile, vat_number, date_add, date_upd) VALUES (101, 214, 300, 1, 'Ev', 'Yılmaz', 'Ayşe', 'Atatürk Cd. 1', NULL, 'Kadıköy', NULL, '0532 111 22 33', NULL, '2019-01-01 10:00:00', '2019-01-01 10:00:00');
INSERT INTO ps_address (id_address, id_country, id_state, id_customer, alias, lastname, firstname, address1, city, date_add, date_upd, deleted) VALUES (201, 214, 302, 1, 'Eski', 'Yılmaz', 'Ayşe', 'Eski Sk. 1', 'Konak', '2019-01-01 10:00:00', '2019-01-01 10:00:00', 1);
INSERT INTO ps_orders (id_order, reference, id_carrier, id_lang, id_customer, id_cart, id_currency, id_address_delivery, id_address_invoice, current_state, payment, shipping_number, total_discounts, total_paid, total_paid_tax_incl, total_paid_real, total_products, date_add, date_upd) VALUES (1, 'R00000001', 2, 1, 1, 1, 1, 101, 101, 2, 'Banka havalesi', 'AR00000001', 0.000000, 798.00, 798.00, 798.00, 798.00, '2023-02-02 12:01:00', '2023-02-02 12:01:00');
INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (1, 2, 'Kot Pantolon', 2, 399.00, 'KP-204', 399.00, 399.00, 399.00);
INSERT INTO ps_orders (id_order, reference, id_carrier, id_lang, id_customer, id_cart, id_currency, id_address_delivery, id_address_invoice, current_state, payment, shipping_number, total_discounts, total_paid, total_paid_tax_incl, total_paid_real, total_products, date_add, date_upd) VALUES (50, 'RSPLIT007', 1, 1, 1, 50, 1, 101, 201, 2, 'Kredi kartı', '', 0.000000, 700.20, 700.20, 700.20, 700.20, '2023-03-23 12:50:00', '2023-03-23 12:50:00');
INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (50, 1, 'Pamuklu Tişört', 3, 149.90, 'TS-001', 149.90, 149.90, 149.90);
INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (50, 3, 'Deri Cüzdan', 1, 250.50, 'DC-17', 250.50, 250.50, 250.50);
INSERT INTO ps_customer (id_customer, id_gender, id_lang, firstname, lastname, email, passwd, birthday, newsletter, optin, secure_key, active, is_guest, deleted, date_add, date_upd) VALUES (2, 2, 1, 'Mehmet', 'Kaya', 'mehmet.kaya@example.com', '9bb79733ecd4ed0db7b49ccb0ef7b447', '1979-11-02', 0, 1, '00000000000000000000000000000002', 1, 0, 0, '2019-02-02 10:01:00', '2019-02-02 10:01:00');
INSERT INTO ps_address (id_address, id_country, id_state, id_customer, alias, lastname, firstname, address1, address2, city, phone, phone_mobile, vat_number, date_add, date_upd) VALUES (102, 214, 301, 2, 'Ev', 'Kaya', 'Mehmet', 'Atatürk Cd. 2', NULL, 'Çankaya', NULL, '+90 533 222 33 44', NULL, '2019-02-02 10:01:00', '2019-02-02 10:01:00');
INSERT INTO ps_orders (id_order, reference, id_carrier, id_lang, id_customer, id_cart, id_currency, id_address_delivery, id_address_invoice, current_state, payment, shipping_number, total_discounts, total_paid, total_paid_tax_incl, total_paid_real, total_products, date_add, date_upd) VALUES (2, 'R00000002', 2, 1, 2, 2, 1, 102, 102, 10, 'Kredi kartı', 'AR00000002', 0.000000, 871.50, 871.50, 871.50, 871.50, '2023-03-03 12:02:00', '2023-03-03 12:02:00');
INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (2, 3, 'Deri Cüzdan', 3, 250.50, 'DC-17', 250.50, 250.50, 250.50);
INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (2, 5, 'Yün Atkı', 1, 120.00, 'YA-3', 120.00, 120.00, 120.00);
INSERT INTO ps_customer (id_customer, id_gender, id_lang, firstname, lastname, email, passwd, birthday, newsletter, optin, secure_key, active, is_guest, deleted, date_add, date_upd) VALUES (3, 1, 1, 'Zeynep', 'Demir', 'zeynep.demir@example.com', '$2y$10$8KZPkwwmrLezrVRXCGYVUuC5QJtCmlScej6p59zoaizr/0.8le1ei', NULL, 1, 0, '00000000000000000000000000000003', 1, 0, 0, '2019-03-03 10:02:00', '2019-03-03 10:02:00');
INSERT INTO ps_address (id_address, id_country, id_state, id_customer, alias, lastname, firstname, address1, address2, city, phone, phone_mobile, vat_number, date_add, date_upd) VALUES (103, 214, 302, 3, 'Ev', 'Demir', 'Zeynep', 'Atatürk Cd. 3', NULL, 'Karşıyaka', NULL, '5354445566', '1234500003', '2019-03-03 10:02:00', '2019-03-03 10:02:00');
INSERT INTO ps_orders (id_order, reference, id_carrier, id_lang, id_customer, id_cart, id_currency, id_address_delivery, id_address_invoice, current_state, payment, shipping_number, total_discounts, total_paid, total_paid_tax_incl, total_paid_real, total_products, date_add, date_upd) VALUES (3, 'R00000003', 2, 1, 3, 3, 1, 103, 103, 4, 'Kapıda ödeme', 'AR00000003', 10.000000, 889.99, 889.99, 889.99, 889.99, '2023-04-04 12:03:00', '2023-04-04 12:03:00');
INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (3, 4, 'Spor Ayakkabı', 1, 899.99, 'SA-42', 899.99, 899.99, 899.99);
INSERT INTO ps_customer (id_customer, id_gender, id_lang, firstname, lastname, email, passwd, birthday, newsletter, optin, secure_key, active, is_guest, deleted, date_add, date_upd) VALUES (4, 2, 1, 'Mustafa', 'Çelik', 'mustafa.celik@example.com', '8d5c232dc9c680cbec39c513ae995a1d', '1990-07-30', 0, 0, '00000000000000000000000000000004', 1, 0, 0, '2019-04-04 10:03:00', '2019-04-04 10:03:00');
INSERT INTO ps_address (id_address, id_country, id_state, id_customer, alias, lastname, firstname, address1, address2, city, phone, phone_mobile, vat_number, date_add, date_upd) VALUES (104, 214, 303, 4, 'Ev', 'Çelik', 'Mustafa', 'Atatürk Cd. 4', NULL, 'Nilüfer', '0542 555 66 77', NULL, NULL, '2019-04-04 10:03:00', '2019-04-04 10:03:00');
INSERT INTO ps_orders (id_order, reference, id_carrier, id_lang, id_customer, id_cart, id_currency, id_address_delivery, id_address_invoice, current_state, payment, shipping_number, total_discounts, total_paid, total_paid_tax_incl, total_paid_real, total_products, date_add, date_upd) VALUES (4, 'R00000004', 2, 1, 4, 4, 1, 104, 104, 6, 'Banka havalesi', 'AR00000004', 0.000000, 639.00, 639.00, 639.00, 639.00, '2023-05-05 12:04:00', '2023-05-05 12:04:00');
INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (4, 5, 'Yün Atkı', 2, 120.00, 'YA-3', 120.00, 120.00, 120.00);
INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (4, 2, 'Kot Pantolon', 1, 399.00, 'KP-204', 399.00, 399.00, 399.00);
INSERT INTO ps_customer (id_customer, id_gender, id_lang, firstname, lastname, email, passwd, birthday, newsletter, optin, secure_key, active, is_guest, deleted, date_add, date_upd) VALUES (5, 1, 1, 'Elif', 'Şahin', 'elif.sahin@example.com', '$2y$10$AOCDPMGOwGb0UsVW4aAsE.Ii0YkXoTW4B4f/te3v1NhDl1qEoo3zu', '1995-01-19', 1, 1, '00000000000000000000000000000005', 1, 0, 0, '2019-05-05 10:04:00', '2019-05-05 10:04:00');
INSERT INTO ps_customer (id_customer, id_gender, id_lang, firstname, lastname, email, passwd, birthday, newsletter, optin, secure_key, active, is_guest, deleted, date_add, date_upd) VALUES (6, 2, 1, 'Ahmet', 'Öztürk', 'ahmet.ozturk@example.com', '089ef7d3134d624f9c7efb804d419440', '1983-03-03', 0, 0, '00000000000000000000000000000006', 1, 0, 0, '2019-06-06 10:05:00', '2019-06-06 10:05:00');
INSERT INTO ps_address (id_address, id_country, id_state, id_customer, alias, lastname, firstname, address1, address2, city, phone, phone_mobile, vat_number, date_add, date_upd) VALUES (106, 214, 300, 6, 'Ev', 'Öztürk', 'Ahmet', 'Atatürk Cd. 6', NULL, 'Üsküdar', NULL, '0505 666 77 88', '1234500006', '2019-06-06 10:05:00', '2019-06-06 10:05:00');
INSERT INTO ps_orders (id_order, reference, id_carrier, id_lang, id_customer, id_cart, id_currency, id_address_delivery, id_address_invoice, current_state, payment, shipping_number, total_discounts, total_paid, total_paid_tax_incl, total_paid_real, total_products, date_add, date_upd) VALUES (6, 'R00000006', 2, 1, 6, 6, 1, 106, 106, 7, 'Kapıda ödeme', 'AR00000006', 10.000000, 1288.99, 1288.99, 1288.99, 1288.99, '2023-07-07 12:06:00', '2023-07-07 12:06:00');
INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (6, 2, 'Kot Pantolon', 1, 399.00, 'KP-204', 399.00, 399.00, 399.00);
INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (6, 4, 'Spor Ayakkabı', 1, 899.99, 'SA-42', 899.99, 899.99, 899.99);
INSERT INTO ps_customer (id_customer, id_gender, id_lang, firstname, lastname, email, passwd, birthday, newsletter, optin, secure_key, active, is_guest, deleted, date_add, date_upd) VALUES (7, 1, 1, 'Fatma', 'Arslan', 'fatma.arslan@example.com', '$2y$10$UiRP2mQG2WNlIBmG74T0punh34Y3.99obZixGvwrfjNT9CcsRihgu', '1970-12-25', 1, 0, '00000000000000000000000000000007', 1, 0, 0, '2019-07-07 10:06:00', '2019-07-07 10:06:00');
INSERT INTO ps_address (id_address, id_country, id_state, id_customer, alias, lastname, firstname, address1, address2, city, phone, phone_mobile, vat_number, date_add, date_upd) VALUES (107, 214, 305, 7, 'Ev', 'Arslan', 'Fatma', 'Atatürk Cd. 7', NULL, 'Seyhan', NULL, '0212 444 55 66', NULL, '2019-07-07 10:06:00', '2019-07-07 10:06:00');
INSERT INTO ps_orders (id_order, reference, id_carrier, id_lang, id_customer, id_cart, id_currency, id_address_delivery, id_address_invoice, current_state, payment, shipping_number, total_discounts, total_paid, total_paid_tax_incl, total_paid_real, total_products, date_add, date_upd) VALUES (7, 'RSPLIT007', 2, 1, 7, 7, 1, 107, 107, 5, 'Banka havalesi', 'AR00000007', 0.000000, 501.00, 501.00, 501.00, 501.00, '2023-08-08 12:07:00', '2023-08-08 12:07:00');
INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (7, 3, 'Deri Cüzdan', 2, 250.50, 'DC-17', 250.50, 250.50, 250.50);
INSERT INTO ps_customer (id_customer, id_gender, id_lang, firstname, lastname, email, passwd, birthday, newsletter, optin, secure_key, active, is_guest, deleted, date_add, date_upd) VALUES (8, 2, 1, 'Emre', 'Doğan', 'emre.dogan@example.com', '54d2ea9c6e7d59ffe5af342d960410a1', NULL, 0, 1, '00000000000000000000000000000008', 1, 0, 0, '2019-08-08 10:07:00', '2019-08-08 10:07:00');
INSERT INTO ps_address (id_address, id_country, id_state, id_customer, alias, lastname, firstname, address1, address2, city, phone, phone_mobile, vat_number, date_add, date_upd) VALUES (108, 214, 300, 8, 'Ev', 'Doğan', 'Emre', 'Atatürk Cd. 8', NULL, 'Kadıköy', '0544 777 88 99', NULL, NULL, '2019-08-08 10:07:00', '2019-08-08 10:07:00');
INSERT INTO ps_orders (id_order, reference, id_carrier, id_lang, id_customer, id_cart, id_currency, id_address_delivery, id_address_invoice, current_state, payment, shipping_number, total_discounts, total_paid, total_paid_tax_incl, total_paid_real, total_products, date_add, date_upd) VALUES (8, 'R00000008', 2, 1, 8, 8, 1, 108, 108, 2, 'Kredi kartı', 'AR00000008', 0.000000, 2849.87, 2849.87, 2849.87, 2849.87, '2023-09-09 12:08:00', '2023-09-09 12:08:00');
INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (8, 4, 'Spor Ayakkabı', 3, 899.99, 'SA-42', 899.99, 899.99, 899.99);
INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (8, 1, 'Pamuklu Tişört', 1, 149.90, 'TS-001', 149.90, 149.90, 149.90);
INSERT INTO ps_customer (id_customer, id_gender, id_lang, firstname, lastname, email, passwd, birthday, newsletter, optin, secure_key, active, is_guest, deleted, date_add, date_upd) VALUES (9, 1, 1, 'Merve', 'Koç', 'merve.koc@example.com', '$2y$10$528LKVl098Q5tYUTQctZeOtOQz73u/wceaYGbTCoszUEx2PNG.ke6', '1999-09-09', 1, 0, '00000000000000000000000000000009', 1, 0, 0, '2019-09-09 10:08:00', '2019-09-09 10:08:00');
INSERT INTO ps_address (id_address, id_country, id_state, id_customer, alias, lastname, firstname, address1, address2, city, phone, phone_mobile, vat_number, date_add, date_upd) VALUES (109, 214, 301, 9, 'Ev', 'Koç', 'Merve', 'Atatürk Cd. 9', NULL, 'Çankaya', NULL, '0555 888 99 00', '1234500009', '2019-09-09 10:08:00', '2019-09-09 10:08:00');
INSERT INTO ps_orders (id_order, reference, id_carrier, id_lang, id_customer, id_cart, id_currency, id_address_delivery, id_address_invoice, current_state, payment, shipping_number, total_discounts, total_paid, total_paid_tax_incl, total_paid_real, total_products, date_add, date_upd) VALUES (9, 'R00000009', 2, 1, 9, 9, 1, 109, 109, 10, 'Kapıda ödeme', 'AR00000009', 10.000000, 110.00, 110.00, 110.00, 110.00, '2023-10-10 12:09:00', '2023-10-10 12:09:00');
INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (9, 5, 'Yün Atkı', 1, 120.00, 'YA-3', 120.00, 120.00, 120.00);
INSERT INTO ps_customer (id_customer, id_gender, id_lang, firstname, lastname, email, passwd, birthday, newsletter, optin, secure_key, active, is_guest, deleted, date_add, date_upd) VALUES (10, 2, 1, 'Burak', 'Aydın', 'burak.aydin@example.com', '0d93c106bfd708a5325871ef401d5d5d', '1986-06-16', 0, 0, '0000000000000000000000000000000a', 1, 0, 0, '2019-10-10 10:09:00', '2019-10-10 10:09:00');
INSERT INTO ps_address (id_address, id_country, id_state, id_customer, alias, lastname, firstname, address1, address2, city, phone, phone_mobile, vat_number, date_add, date_upd) VALUES (110, 214, 302, 10, 'Ev', 'Aydın', 'Burak', 'Atatürk Cd. 10', NULL, 'Karşıyaka', NULL, '0530 999 00 11', NULL, '2019-10-10 10:09:00', '2019-10-10 10:09:00');
INSERT INTO ps_orders (id_order, reference, id_carrier, id_lang, id_customer, id_cart, id_currency, id_address_delivery, id_address_invoice, current_state, payment, shipping_number, total_discounts, total_paid, total_paid_tax_incl, total_paid_real, total_products, date_add, date_upd) VALUES (10, 'R00000010', 1, 1, 10, 10, 1, 110, 110, 4, 'Banka havalesi', '', 0.000000, 550.30, 550.30, 550.30, 550.30, '2023-11-11 12:10:00', '2023-11-11 12:10:00');
INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (10, 1, 'Pamuklu Tişört', 2, 149.90, 'TS-001', 149.90, 149.90, 149.90);
INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (10, 3, 'Deri Cüzdan', 1, 250.50, 'DC-17', 250.50, 250.50, 250.50);
INSERT INTO ps_customer (id_customer, id_gender, id_lang, firstname, lastname, email, passwd, birthday, newsletter, optin, secure_key, active, is_guest, deleted, date_add, date_upd) VALUES (11, 1, 1, 'Misafir', 'Alıcı', 'misafir.alici@example.com', '$2y$10$nDv4Hgy4N45.jVwPb78pd.XFMNDZInTfaKjvgJurg3MBXZFLYZcJi', '1992-02-29', 1, 1, '0000000000000000000000000000000b', 1, 1, 0, '2019-11-11 10:10:00', '2019-11-11 10:10:00');
INSERT INTO ps_address (id_address, id_country, id_state, id_customer, alias, lastname, firstname, address1, address2, city, phone, phone_mobile, vat_number, date_add, date_upd) VALUES (111, 214, 303, 11, 'Ev', 'Alıcı', 'Misafir', 'Atatürk Cd. 11', NULL, 'Nilüfer', NULL, '0536 123 45 67', NULL, '2019-11-11 10:10:00', '2019-11-11 10:10:00');
INSERT INTO ps_orders (id_order, reference, id_carrier, id_lang, id_customer, id_cart, id_currency, id_address_delivery, id_address_invoice, current_state, payment, shipping_number, total_discounts, total_paid, total_paid_tax_incl, total_paid_real, total_products, date_add, date_upd) VALUES (11, 'R00000011', 2, 1, 11, 11, 1, 111, 111, 6, 'Kredi kartı', 'AR00000011', 0.000000, 1197.00, 1197.00, 1197.00, 1197.00, '2023-12-12 12:11:00', '2023-12-12 12:11:00');
INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (11, 2, 'Kot Pantolon', 3, 399.00, 'KP-204', 399.00, 399.00, 399.00);
INSERT INTO ps_customer (id_customer, id_gender, id_lang, firstname, lastname, email, passwd, birthday, newsletter, optin, secure_key, active, is_guest, deleted, date_add, date_upd) VALUES (12, 2, 1, 'Can', 'Özdemir', 'ayse.yilmaz@example.com', '6241651c0adcdf34bc27e32cb992ff5c', '1975-05-05', 0, 0, '0000000000000000000000000000000c', 1, 1, 0, '2019-12-12 10:11:00', '2019-12-12 10:11:00');
INSERT INTO ps_address (id_address, id_country, id_state, id_customer, alias, lastname, firstname, address1, address2, city, phone, phone_mobile, vat_number, date_add, date_upd) VALUES (112, 214, 304, 12, 'Ev', 'Özdemir', 'Can', 'Atatürk Cd. 12', NULL, 'Muratpaşa', '0538 765 43 21', NULL, '1234500012', '2019-12-12 10:11:00', '2019-12-12 10:11:00');
INSERT INTO ps_orders (id_order, reference, id_carrier, id_lang, id_customer, id_cart, id_currency, id_address_delivery, id_address_invoice, current_state, payment, shipping_number, total_discounts, total_paid, total_paid_tax_incl, total_paid_real, total_products, date_add, date_upd) VALUES (12, 'R00000012', 2, 1, 12, 12, 1, 112, 112, 3, 'Kapıda ödeme', 'AR00000012', 10.000000, 360.50, 360.50, 360.50, 360.50, '2023-01-13 12:12:00', '2023-01-13 12:12:00');
INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (12, 3, 'Deri Cüzdan', 1, 250.50, 'DC-17', 250.50, 250.50, 250.50);
INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (12, 5, 'Yün Atkı', 1, 120.00, 'YA-3', 120.00, 120.00, 120.00);
INSERT INTO ps_customer (id_customer, id_gender, id_lang, firstname, lastname, email, passwd, birthday, newsletter, optin, secure_key, active, is_guest, deleted, date_add, date_upd) VALUES (13, 1, 1, 'Deniz', 'Yıldız', 'deniz.yildiz@example.com', '$2y$10$Tc2vfrOOFur5ynIB.UGmL.2MSeqQ2Str85/ZKbgj2HHbhiVhIzThC', NULL, 1, 0, '0000000000000000000000000000000d', 0, 0, 1, '2019-01-13 10:12:00', '2019-01-13 10:12:00');
INSERT INTO ps_address (id_address, id_country, id_state, id_customer, alias, lastname, firstname, address1, address2, city, phone, phone_mobile, vat_number, date_add, date_upd) VALUES (113, 214, 300, 13, 'Ev', 'Yıldız', 'Deniz', 'Atatürk Cd. 13', NULL, 'Üsküdar', NULL, '0541 234 56 78', NULL, '2019-01-13 10:12:00', '2019-01-13 10:12:00');
INSERT INTO ps_orders (id_order, reference, id_carrier, id_lang, id_customer, id_cart, id_currency, id_address_delivery, id_address_invoice, current_state, payment, shipping_number, total_discounts, total_paid, total_paid_tax_incl, total_paid_real, total_products, date_add, date_upd) VALUES (13, 'R00000013', 2, 1, 13, 13, 1, 113, 113, 7, 'Banka havalesi', 'AR00000013', 0.000000, 1799.98, 1799.98, 1799.98, 1799.98, '2023-02-14 12:13:00', '2023-02-14 12:13:00');
INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (13, 4, 'Spor Ayakkabı', 2, 899.99, 'SA-42', 899.99, 899.99, 899.99);
INSERT INTO ps_customer (id_customer, id_gender, id_lang, firstname, lastname, email, passwd, birthday, newsletter, optin, secure_key, active, is_guest, deleted, date_add, date_upd) VALUES (14, 2, 1, 'Hakan', 'Polat', 'hakan.polat@example.com', '99b49a506a7484e47e7cd391ad2b4301', '1968-08-08', 0, 1, '0000000000000000000000000000000e', 0, 0, 1, '2019-02-14 10:13:00', '2019-02-14 10:13:00');
INSERT INTO ps_address (id_address, id_country, id_state, id_customer, alias, lastname, firstname, address1, address2, city, phone, phone_mobile, vat_number, date_add, date_upd) VALUES (114, 214, 305, 14, 'Ev', 'Polat', 'Hakan', 'Atatürk Cd. 14', NULL, 'Seyhan', NULL, '0543 876 54 32', NULL, '2019-02-14 10:13:00', '2019-02-14 10:13:00');
INSERT INTO ps_orders (id_order, reference, id_carrier, id_lang, id_customer, id_cart, id_currency, id_address_delivery, id_address_invoice, current_state, payment, shipping_number, total_discounts, total_paid, total_paid_tax_incl, total_paid_real, total_products, date_add, date_upd) VALUES (14, 'R00000014', 2, 1, 14, 14, 1, 114, 114, 5, 'Kredi kartı', 'AR00000014', 0.000000, 759.00, 759.00, 759.00, 759.00, '2023-03-15 12:14:00', '2023-03-15 12:14:00');
INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (14, 5, 'Yün Atkı', 3, 120.00, 'YA-3', 120.00, 120.00, 120.00);
INSERT INTO ps_order_detail (id_order, product_id, product_name, product_quantity, product_price, product_reference, total_price_tax_incl, unit_price_tax_incl, unit_price_tax_excl) VALUES (14, 2, 'Kot Pantolon', 1, 399.00, 'KP-204', 399.00, 399.00, 399.00);
