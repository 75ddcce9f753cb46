-- magento2: the platform's customer and order tables (column names and types as its install
-- schema creates them), only those etl init reads, with test rows.
-- Written by scripts/platformfixtures; the plaintexts are in magento2.plain.tsv.

CREATE TABLE admin_user (
  user_id int unsigned NOT NULL AUTO_INCREMENT,
  firstname varchar(32) DEFAULT NULL,
  lastname varchar(32) DEFAULT NULL,
  email varchar(128) DEFAULT NULL,
  username varchar(40) DEFAULT NULL,
  password varchar(255) NOT NULL,
  created timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  modified timestamp NULL DEFAULT NULL,
  logdate timestamp NULL DEFAULT NULL,
  lognum smallint unsigned NOT NULL DEFAULT 0,
  is_active smallint NOT NULL DEFAULT 1,
  extra text,
  rp_token text,
  rp_token_created_at timestamp NULL DEFAULT NULL,
  PRIMARY KEY (user_id),
  UNIQUE KEY ADMIN_USER_USERNAME (username)
);
INSERT INTO admin_user (firstname, lastname, email, username, password, created) VALUES
  ('Site', 'Admin', 'admin@shop.example.com', 'admin', '4e0ef66a80ad93fecb661af4463f13d7af02f8cc7332b56cd0d0af3109f4ba67:adminsaltadminsaltadminsaltadmin:1', '2018-01-01 09:00:00'),
  ('Depo', 'Sorumlusu', 'depo@shop.example.com', 'depo', 'bf0dad3f6aa28529281f3ff0c48f9ad6df4e7616d8a19afca409dc6e4906f510:deposaltdeposaltdeposaltdeposalt:1', '2018-02-01 09:00:00');

CREATE TABLE customer_entity (
  entity_id int unsigned NOT NULL AUTO_INCREMENT,
  website_id smallint unsigned DEFAULT NULL,
  email varchar(255) DEFAULT NULL,
  group_id smallint unsigned NOT NULL DEFAULT 0,
  increment_id varchar(50) DEFAULT NULL,
  store_id smallint unsigned DEFAULT 0,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  is_active smallint unsigned NOT NULL DEFAULT 1,
  disable_auto_group_change smallint unsigned NOT NULL DEFAULT 0,
  created_in varchar(255) DEFAULT NULL,
  prefix varchar(40) DEFAULT NULL,
  firstname varchar(255) DEFAULT NULL,
  middlename varchar(255) DEFAULT NULL,
  lastname varchar(255) DEFAULT NULL,
  suffix varchar(40) DEFAULT NULL,
  dob date DEFAULT NULL,
  password_hash varchar(128) DEFAULT NULL,
  rp_token varchar(128) DEFAULT NULL,
  rp_token_created_at datetime DEFAULT NULL,
  default_billing int unsigned DEFAULT NULL,
  default_shipping int unsigned DEFAULT NULL,
  taxvat varchar(50) DEFAULT NULL,
  confirmation varchar(64) DEFAULT NULL,
  gender smallint unsigned DEFAULT NULL,
  failures_num smallint DEFAULT 0,
  first_failure timestamp NULL DEFAULT NULL,
  lock_expires timestamp NULL DEFAULT NULL,
  PRIMARY KEY (entity_id),
  UNIQUE KEY CUSTOMER_ENTITY_EMAIL_WEBSITE_ID (email, website_id),
  KEY CUSTOMER_ENTITY_WEBSITE_ID (website_id),
  KEY CUSTOMER_ENTITY_FIRSTNAME (firstname),
  KEY CUSTOMER_ENTITY_LASTNAME (lastname)
);
CREATE TABLE customer_address_entity (
  entity_id int unsigned NOT NULL AUTO_INCREMENT,
  increment_id varchar(50) DEFAULT NULL,
  parent_id int unsigned DEFAULT NULL,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  is_active smallint unsigned NOT NULL DEFAULT 1,
  city varchar(255) NOT NULL,
  company varchar(255) DEFAULT NULL,
  country_id varchar(255) NOT NULL,
  firstname varchar(255) NOT NULL,
  lastname varchar(255) NOT NULL,
  postcode varchar(255) DEFAULT NULL,
  region varchar(255) DEFAULT NULL,
  region_id int unsigned DEFAULT NULL,
  street text NOT NULL,
  telephone varchar(255) NOT NULL,
  vat_id varchar(255) DEFAULT NULL,
  PRIMARY KEY (entity_id),
  KEY CUSTOMER_ADDRESS_ENTITY_PARENT_ID (parent_id)
);
CREATE TABLE newsletter_subscriber (
  subscriber_id int unsigned NOT NULL AUTO_INCREMENT,
  store_id smallint unsigned DEFAULT 0,
  change_status_at timestamp NULL DEFAULT NULL,
  customer_id int unsigned NOT NULL DEFAULT 0,
  subscriber_email varchar(150) DEFAULT NULL,
  subscriber_status int NOT NULL DEFAULT 0,
  subscriber_confirm_code varchar(32) DEFAULT 'NULL',
  PRIMARY KEY (subscriber_id),
  KEY NEWSLETTER_SUBSCRIBER_CUSTOMER_ID (customer_id)
);
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (1, 1, 'ayse.yilmaz@example.com', 1, 1, '2019-01-01 10:00:00', '2019-01-01 10:00:00', 1, 'Default Store View', 'Ayşe', 'Yılmaz', '1988-04-12', 'db3d49a0478d00dd2234ad07515933e43ca9d3a6f65b0284ac0bd9de2a686f08:01AbCdEfGhIjKlMnOpQrStUvWxYz0123:1', 101, NULL, 1);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (101, 1, '2019-01-01 10:00:00', '2019-01-01 10:00:00', 'Kadıköy', 'TR', 'Ayşe', 'Yılmaz', 'İstanbul', 'Bağdat Cd. 1
Daire 1', '0532 111 22 33', NULL);
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (2, 1, 'mehmet.kaya@example.com', 1, 1, '2019-02-02 10:01:00', '2019-02-02 10:01:00', 1, 'Default Store View', 'Mehmet', 'Kaya', '1979-11-02', '27c5fdd2dda560cf34ff732037f549c5:02AbCdEfGhIjKlMnOpQrStUvWxYz0123:0', 102, NULL, 2);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (102, 2, '2019-02-02 10:01:00', '2019-02-02 10:01:00', 'Çankaya', 'TR', 'Mehmet', 'Kaya', 'Ankara', 'Bağdat Cd. 2
Daire 2', '+90 533 222 33 44', NULL);
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (3, 1, 'zeynep.demir@example.com', 1, 1, '2019-03-03 10:02:00', '2019-03-03 10:02:00', 1, 'Default Store View', 'Zeynep', 'Demir', NULL, 'a8fccc3f1fb6ceaaf79e3c4182f0cb6d7d767c73ee4121a61b990022fe90ee05:03AbCdEfGhIjKlMnOpQrStUvWxYz0123:3_32_2_67108864', 103, NULL, 1);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (103, 3, '2019-03-03 10:02:00', '2019-03-03 10:02:00', 'Karşıyaka', 'TR', 'Zeynep', 'Demir', 'İzmir', 'Bağdat Cd. 3
Daire 3', '5354445566', '1234500003');
INSERT INTO newsletter_subscriber (store_id, customer_id, subscriber_email, subscriber_status) VALUES (1, 3, 'zeynep.demir@example.com', 1);
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (4, 1, 'mustafa.celik@example.com', 1, 1, '2019-04-04 10:03:00', '2019-04-04 10:03:00', 1, 'Default Store View', 'Mustafa', 'Çelik', '1990-07-30', '2b676b897126ba838b4188b18d77c1b1b4e468cc3966b1984197d28d2ec3973f:04AbCdEfGhIjKlMnOpQrStUvWxYz0123:1', 104, NULL, 2);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (104, 4, '2019-04-04 10:03:00', '2019-04-04 10:03:00', 'Nilüfer', 'TR', 'Mustafa', 'Çelik', 'Bursa', 'Bağdat Cd. 4
Daire 4', '0542 555 66 77', NULL);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone) VALUES (204, 4, '2019-04-04 10:03:00', '2019-04-04 10:03:00', 'Bilinmeyen', 'TR', 'Mustafa', 'Çelik', 'Bursa', 'Köy Yolu 4', '0542 555 66 77');
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (5, 1, 'elif.sahin@example.com', 1, 1, '2019-05-05 10:04:00', '2019-05-05 10:04:00', 1, 'Default Store View', 'Elif', 'Şahin', '1995-01-19', 'de9b3b895e781f2d9fe3fe15e490d2ddb36c2e04b98e2ec6f3af0cda08b4ccce:05AbCdEfGhIjKlMnOpQrStUvWxYz0123:0:1', NULL, '00000000000000000000000000000005', 1);
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (6, 1, 'ahmet.ozturk@example.com', 1, 1, '2019-06-06 10:05:00', '2019-06-06 10:05:00', 1, 'Default Store View', 'Ahmet', 'Öztürk', '1983-03-03', 'a6c35ad6943ea0884f57315b75fb607078518b98c175f41e00fa54fb01ed10f4:06AbCdEfGhIjKlMnOpQrStUvWxYz0123:1', 106, NULL, 2);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (106, 6, '2019-06-06 10:05:00', '2019-06-06 10:05:00', 'Üsküdar', 'TR', 'Ahmet', 'Öztürk', 'İstanbul', 'Bağdat Cd. 6
Daire 6', '0505 666 77 88', '1234500006');
INSERT INTO newsletter_subscriber (store_id, customer_id, subscriber_email, subscriber_status) VALUES (1, 6, 'ahmet.ozturk@example.com', 1);
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (7, 1, 'fatma.arslan@example.com', 1, 1, '2019-07-07 10:06:00', '2019-07-07 10:06:00', 1, 'Default Store View', 'Fatma', 'Arslan', '1970-12-25', 'b9f308f6ccc9d4ed902f14e6970aae2e3ed43b0b40d32ae7cff0e1586ac5ab46:07AbCdEfGhIjKlMnOpQrStUvWxYz0123:1', 107, NULL, 3);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (107, 7, '2019-07-07 10:06:00', '2019-07-07 10:06:00', 'Seyhan', 'TR', 'Fatma', 'Arslan', 'Adana', 'Bağdat Cd. 7
Daire 7', '0212 444 55 66', NULL);
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (8, 1, 'emre.dogan@example.com', 1, 1, '2019-08-08 10:07:00', '2019-08-08 10:07:00', 1, 'Default Store View', 'Emre', 'Doğan', NULL, 'cddf8fa24b7a56f5d30130777d47d1ed:08AbCdEfGhIjKlMnOpQrStUvWxYz0123:0', 108, NULL, 2);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (108, 8, '2019-08-08 10:07:00', '2019-08-08 10:07:00', 'Kadıköy', 'TR', 'Emre', 'Doğan', 'İstanbul', 'Bağdat Cd. 8
Daire 8', '0544 777 88 99', NULL);
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (9, 1, 'merve.koc@example.com', 1, 1, '2019-09-09 10:08:00', '2019-09-09 10:08:00', 1, 'Default Store View', 'Merve', 'Koç', '1999-09-09', '4e5a55860d1226aacac168671b4714656cd114c2f9d97ebc0fff5201005f6b29:09AbCdEfGhIjKlMnOpQrStUvWxYz0123:3_32_2_67108864', 109, NULL, 1);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (109, 9, '2019-09-09 10:08:00', '2019-09-09 10:08:00', 'Çankaya', 'TR', 'Merve', 'Koç', 'Ankara', 'Bağdat Cd. 9
Daire 9', '0555 888 99 00', '1234500009');
INSERT INTO newsletter_subscriber (store_id, customer_id, subscriber_email, subscriber_status) VALUES (1, 9, 'merve.koc@example.com', 1);
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (10, 1, 'burak.aydin@example.com', 1, 1, '2019-10-10 10:09:00', '2019-10-10 10:09:00', 1, 'Default Store View', 'Burak', 'Aydın', '1986-06-16', 'cbe5013d2798c5559d224c928ade48c88215260bddc40765a90132d82c01b542:10AbCdEfGhIjKlMnOpQrStUvWxYz0123:1', 110, '0000000000000000000000000000000a', 2);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (110, 10, '2019-10-10 10:09:00', '2019-10-10 10:09:00', 'Karşıyaka', 'TR', 'Burak', 'Aydın', 'İzmir', 'Bağdat Cd. 10
Daire 10', '0530 999 00 11', NULL);
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (11, 1, 'selin.kurt@example.com', 1, 1, '2019-11-11 10:10:00', '2019-11-11 10:10:00', 1, 'Default Store View', 'Selin', 'Kurt', '1992-02-29', '26ccb58d590292b32095ea782106b8e056e68968944b647e10f9b63a45317ff9:11AbCdEfGhIjKlMnOpQrStUvWxYz0123:0:1', 111, NULL, 1);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (111, 11, '2019-11-11 10:10:00', '2019-11-11 10:10:00', 'Nilüfer', 'TR', 'Selin', 'Kurt', 'Bursa', 'Bağdat Cd. 11
Daire 11', '0536 123 45 67', NULL);
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (12, 1, 'can.ozdemir@example.com', 1, 1, '2019-12-12 10:11:00', '2019-12-12 10:11:00', 1, 'Default Store View', 'Can', 'Özdemir', '1975-05-05', '4cd598c0de06d84da4a46984c7df2b209bb446a420e4ceae24821d1710b241ec:12AbCdEfGhIjKlMnOpQrStUvWxYz0123:1', 112, NULL, 2);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (112, 12, '2019-12-12 10:11:00', '2019-12-12 10:11:00', 'Muratpaşa', 'TR', 'Can', 'Özdemir', 'Antalya', 'Bağdat Cd. 12
Daire 12', '0538 765 43 21', '1234500012');
INSERT INTO newsletter_subscriber (store_id, customer_id, subscriber_email, subscriber_status) VALUES (1, 12, 'can.ozdemir@example.com', 1);
CREATE TABLE sales_order (
  entity_id int unsigned NOT NULL AUTO_INCREMENT,
  state varchar(32) DEFAULT NULL,
  status varchar(32) DEFAULT NULL,
  customer_id int unsigned DEFAULT NULL,
  customer_email varchar(128) DEFAULT NULL,
  customer_is_guest smallint unsigned DEFAULT 0,
  discount_amount decimal(20,4) DEFAULT NULL,
  grand_total decimal(20,4) DEFAULT NULL,
  increment_id varchar(50) DEFAULT NULL,
  order_currency_code varchar(3) DEFAULT NULL,
  shipping_description varchar(255) DEFAULT NULL,
  created_at timestamp NULL DEFAULT NULL,
  updated_at timestamp NULL DEFAULT NULL,
  PRIMARY KEY (entity_id),
  UNIQUE KEY UNQ_INCREMENT_ID (increment_id),
  KEY IDX_CUSTOMER_ID (customer_id)
);
CREATE TABLE sales_order_address (
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
CREATE TABLE sales_order_payment (
  entity_id int unsigned NOT NULL AUTO_INCREMENT,
  parent_id int unsigned NOT NULL,
  amount_paid decimal(20,4) DEFAULT NULL,
  method varchar(128) DEFAULT NULL,
  PRIMARY KEY (entity_id),
  KEY IDX_PARENT_ID (parent_id)
);
CREATE TABLE sales_order_item (
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
  price decimal(20,4) NOT NULL DEFAULT 0.0000,
  row_total decimal(20,4) NOT NULL DEFAULT 0.0000,
  PRIMARY KEY (item_id),
  KEY IDX_ORDER_ID (order_id)
);
CREATE TABLE sales_shipment_track (
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
INSERT INTO sales_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (1, 'processing', 'processing', 1, 'ayse.yilmaz@example.com', 0, 0.0000, 798.00, '100000001', 'TRY', '2023-02-02 12:01:00', '2023-02-02 12:01:00');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (1, 'Ankara', 'Fatura Sk. 1
Daire 1', 'Çankaya', 'TR', 'billing');
INSERT INTO sales_order_payment (parent_id, amount_paid, method) VALUES (1, 798.00, 'banktransfer');
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (1, 1, 'simple', 'KP-204', 'Kot Pantolon', 2.0000, 399.00, 399.00);
INSERT INTO sales_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (2, 'pending', 'pending', 2, 'mehmet.kaya@example.com', 0, 0.0000, 871.50, '100000002', 'TRY', '2023-03-03 12:02:00', '2023-03-03 12:02:00');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (2, 'İzmir', 'Fatura Sk. 2
Daire 2', 'Karşıyaka', 'TR', 'billing');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (2, 'İzmir', 'Teslimat Cd. 2', 'Karşıyaka', 'TR', 'shipping');
INSERT INTO sales_order_payment (parent_id, amount_paid, method) VALUES (2, 871.50, 'cashondelivery');
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (2, 2, 'simple', 'DC-17', 'Deri Cüzdan', 3.0000, 250.50, 250.50);
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (3, 2, 'simple', 'YA-3', 'Yün Atkı', 1.0000, 120.00, 120.00);
INSERT INTO sales_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (3, 'canceled', 'canceled', 3, 'zeynep.demir@example.com', 0, -10.0000, 889.99, '100000003', 'TRY', '2023-04-04 12:03:00', '2023-04-04 12:03:00');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (3, 'Bursa', 'Fatura Sk. 3
Daire 3', 'Nilüfer', 'TR', 'billing');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (3, 'Bursa', 'Teslimat Cd. 3', 'Nilüfer', 'TR', 'shipping');
INSERT INTO sales_order_payment (parent_id, amount_paid, method) VALUES (3, 889.99, 'checkmo');
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (4, 3, 'simple', 'SA-42', 'Spor Ayakkabı', 1.0000, 899.99, 899.99);
INSERT INTO sales_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (4, 'closed', 'closed', 4, 'mustafa.celik@example.com', 0, 0.0000, 639.00, '100000004', 'TRY', '2023-05-05 12:04:00', '2023-05-05 12:04:00');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (4, 'Antalya', 'Fatura Sk. 4
Daire 4', 'Muratpaşa', 'TR', 'billing');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (4, 'Antalya', 'Teslimat Cd. 4', 'Muratpaşa', 'TR', 'shipping');
INSERT INTO sales_order_payment (parent_id, amount_paid, method) VALUES (4, 639.00, 'banktransfer');
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (5, 4, 'simple', 'YA-3', 'Yün Atkı', 2.0000, 120.00, 120.00);
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (6, 4, 'simple', 'KP-204', 'Kot Pantolon', 1.0000, 399.00, 399.00);
INSERT INTO sales_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (5, 'holded', 'holded', 4, 'mustafa.celik@example.com', 0, -10.0000, 509.00, '100000054', 'TRY', '2023-07-27 12:54:00', '2023-07-27 12:54:00');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (5, 'İstanbul', 'Fatura Sk. 54
Daire 54', 'Üsküdar', 'TR', 'billing');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (5, 'İstanbul', 'Teslimat Cd. 54', 'Üsküdar', 'TR', 'shipping');
INSERT INTO sales_order_payment (parent_id, amount_paid, method) VALUES (5, 509.00, 'checkmo');
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (7, 5, 'simple', 'YA-3', 'Yün Atkı', 1.0000, 120.00, 120.00);
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (8, 5, 'simple', 'KP-204', 'Kot Pantolon', 1.0000, 399.00, 399.00);
INSERT INTO sales_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (6, 'complete', 'complete', 5, 'elif.sahin@example.com', 0, 0.0000, 449.70, '100000005', 'TRY', '2023-06-06 12:05:00', '2023-06-06 12:05:00');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (6, 'İstanbul', 'Fatura Sk. 5
Daire 5', 'Üsküdar', 'TR', 'billing');
INSERT INTO sales_order_payment (parent_id, amount_paid, method) VALUES (6, 449.70, 'cashondelivery');
INSERT INTO sales_shipment_track (parent_id, order_id, track_number, title, carrier_code) VALUES (6, 6, 'YK00000005', 'Yurtiçi Kargo', 'custom');
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (9, 6, 'simple', 'TS-001', 'Pamuklu Tişört', 3.0000, 149.90, 149.90);
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (10, 6, 'configurable', 'GM-9-M', 'Gömlek', 1.0000, 0.0000, 0.0000);
INSERT INTO sales_order_item (item_id, order_id, parent_item_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (11, 6, 10, 'simple', 'GM-9-M', 'Gömlek M', 1.0000, 0.0000, 0.0000);
INSERT INTO sales_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (7, 'holded', 'holded', 6, 'ahmet.ozturk@example.com', 0, -10.0000, 1288.99, '100000006', 'TRY', '2023-07-07 12:06:00', '2023-07-07 12:06:00');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (7, 'Adana', 'Fatura Sk. 6
Daire 6', 'Seyhan', 'TR', 'billing');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (7, 'Adana', 'Teslimat Cd. 6', 'Seyhan', 'TR', 'shipping');
INSERT INTO sales_order_payment (parent_id, amount_paid, method) VALUES (7, 1288.99, 'checkmo');
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (12, 7, 'simple', 'KP-204', 'Kot Pantolon', 1.0000, 399.00, 399.00);
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (13, 7, 'simple', 'SA-42', 'Spor Ayakkabı', 1.0000, 899.99, 899.99);
INSERT INTO sales_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (8, 'pending_payment', 'pending_payment', 7, 'fatma.arslan@example.com', 0, 0.0000, 501.00, '100000007', 'TRY', '2023-08-08 12:07:00', '2023-08-08 12:07:00');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (8, 'İstanbul', 'Fatura Sk. 7
Daire 7', 'Kadıköy', 'TR', 'billing');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (8, 'İstanbul', 'Teslimat Cd. 7', 'Kadıköy', 'TR', 'shipping');
INSERT INTO sales_order_payment (parent_id, amount_paid, method) VALUES (8, 501.00, 'banktransfer');
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (14, 8, 'simple', 'DC-17', 'Deri Cüzdan', 2.0000, 250.50, 250.50);
INSERT INTO sales_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (9, 'complete', 'complete', 8, 'emre.dogan@example.com', 0, 0.0000, 2849.87, '100000008', 'TRY', '2023-09-09 12:08:00', '2023-09-09 12:08:00');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (9, 'Ankara', 'Fatura Sk. 8
Daire 8', 'Çankaya', 'TR', 'billing');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (9, 'Ankara', 'Teslimat Cd. 8', 'Çankaya', 'TR', 'shipping');
INSERT INTO sales_order_payment (parent_id, amount_paid, method) VALUES (9, 2849.87, 'cashondelivery');
INSERT INTO sales_shipment_track (parent_id, order_id, track_number, title, carrier_code) VALUES (9, 9, 'YK00000008', 'Yurtiçi Kargo', 'custom');
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (15, 9, 'simple', 'SA-42', 'Spor Ayakkabı', 3.0000, 899.99, 899.99);
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (16, 9, 'simple', 'TS-001', 'Pamuklu Tişört', 1.0000, 149.90, 149.90);
INSERT INTO sales_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (10, 'pending', 'pending', 8, 'emre.dogan@example.com', 0, 0.0000, 1949.88, '100000058', 'TRY', '2023-11-03 12:58:00', '2023-11-03 12:58:00');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (10, 'İzmir', 'Fatura Sk. 58
Daire 58', 'Karşıyaka', 'TR', 'billing');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (10, 'İzmir', 'Teslimat Cd. 58', 'Karşıyaka', 'TR', 'shipping');
INSERT INTO sales_order_payment (parent_id, amount_paid, method) VALUES (10, 1949.88, 'banktransfer');
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (17, 10, 'simple', 'SA-42', 'Spor Ayakkabı', 2.0000, 899.99, 899.99);
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (18, 10, 'simple', 'TS-001', 'Pamuklu Tişört', 1.0000, 149.90, 149.90);
INSERT INTO sales_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (11, 'processing', 'processing', 9, 'merve.koc@example.com', 0, -10.0000, 110.00, '100000009', 'TRY', '2023-10-10 12:09:00', '2023-10-10 12:09:00');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (11, 'İzmir', 'Fatura Sk. 9
Daire 9', 'Karşıyaka', 'TR', 'billing');
INSERT INTO sales_order_payment (parent_id, amount_paid, method) VALUES (11, 110.00, 'checkmo');
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (19, 11, 'simple', 'YA-3', 'Yün Atkı', 1.0000, 120.00, 120.00);
INSERT INTO sales_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (12, 'pending', 'pending', 10, 'burak.aydin@example.com', 0, 0.0000, 550.30, '100000010', 'TRY', '2023-11-11 12:10:00', '2023-11-11 12:10:00');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (12, 'Bursa', 'Fatura Sk. 10
Daire 10', 'Nilüfer', 'TR', 'billing');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (12, 'Bursa', 'Teslimat Cd. 10', 'Nilüfer', 'TR', 'shipping');
INSERT INTO sales_order_payment (parent_id, amount_paid, method) VALUES (12, 550.30, 'banktransfer');
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (20, 12, 'simple', 'TS-001', 'Pamuklu Tişört', 2.0000, 149.90, 149.90);
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (21, 12, 'simple', 'DC-17', 'Deri Cüzdan', 1.0000, 250.50, 250.50);
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (22, 12, 'configurable', 'GM-9-M', 'Gömlek', 1.0000, 0.0000, 0.0000);
INSERT INTO sales_order_item (item_id, order_id, parent_item_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (23, 12, 22, 'simple', 'GM-9-M', 'Gömlek M', 1.0000, 0.0000, 0.0000);
INSERT INTO sales_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (13, 'canceled', 'canceled', 11, 'selin.kurt@example.com', 0, 0.0000, 1197.00, '100000011', 'TRY', '2023-12-12 12:11:00', '2023-12-12 12:11:00');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (13, 'Antalya', 'Fatura Sk. 11
Daire 11', 'Muratpaşa', 'TR', 'billing');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (13, 'Antalya', 'Teslimat Cd. 11', 'Muratpaşa', 'TR', 'shipping');
INSERT INTO sales_order_payment (parent_id, amount_paid, method) VALUES (13, 1197.00, 'cashondelivery');
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (24, 13, 'simple', 'KP-204', 'Kot Pantolon', 3.0000, 399.00, 399.00);
INSERT INTO sales_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (14, 'closed', 'closed', 12, 'can.ozdemir@example.com', 0, -10.0000, 360.50, '100000012', 'TRY', '2023-01-13 12:12:00', '2023-01-13 12:12:00');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (14, 'İstanbul', 'Fatura Sk. 12
Daire 12', 'Üsküdar', 'TR', 'billing');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (14, 'İstanbul', 'Teslimat Cd. 12', 'Üsküdar', 'TR', 'shipping');
INSERT INTO sales_order_payment (parent_id, amount_paid, method) VALUES (14, 360.50, 'checkmo');
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (25, 14, 'simple', 'DC-17', 'Deri Cüzdan', 1.0000, 250.50, 250.50);
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (26, 14, 'simple', 'YA-3', 'Yün Atkı', 1.0000, 120.00, 120.00);
INSERT INTO sales_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (15, 'holded', 'holded', 12, 'can.ozdemir@example.com', 0, 0.0000, 871.50, '100000062', 'TRY', '2023-03-07 12:02:00', '2023-03-07 12:02:00');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (15, 'Adana', 'Fatura Sk. 62
Daire 62', 'Seyhan', 'TR', 'billing');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (15, 'Adana', 'Teslimat Cd. 62', 'Seyhan', 'TR', 'shipping');
INSERT INTO sales_order_payment (parent_id, amount_paid, method) VALUES (15, 871.50, 'cashondelivery');
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (27, 15, 'simple', 'DC-17', 'Deri Cüzdan', 3.0000, 250.50, 250.50);
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (28, 15, 'simple', 'YA-3', 'Yün Atkı', 1.0000, 120.00, 120.00);
INSERT INTO sales_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (16, 'pending', 'pending', NULL, 'misafir@example.com', 1, -10.0000, 390.40, '100000090', 'TRY', '2023-07-07 12:30:00', '2023-07-07 12:30:00');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (16, 'Adana', 'Fatura Sk. 90
Daire 90', 'Seyhan', 'TR', 'billing');
INSERT INTO sales_order_address (parent_id, region, street, city, country_id, address_type) VALUES (16, 'Adana', 'Teslimat Cd. 90', 'Seyhan', 'TR', 'shipping');
INSERT INTO sales_order_payment (parent_id, amount_paid, method) VALUES (16, 390.40, 'checkmo');
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (29, 16, 'simple', 'TS-001', 'Pamuklu Tişört', 1.0000, 149.90, 149.90);
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (30, 16, 'simple', 'DC-17', 'Deri Cüzdan', 1.0000, 250.50, 250.50);
INSERT INTO sales_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (31, 16, 'configurable', 'GM-9-M', 'Gömlek', 1.0000, 0.0000, 0.0000);
INSERT INTO sales_order_item (item_id, order_id, parent_item_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (32, 16, 31, 'simple', 'GM-9-M', 'Gömlek M', 1.0000, 0.0000, 0.0000);
