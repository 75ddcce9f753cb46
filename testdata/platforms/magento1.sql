-- magento1: the platform's customer tables (column names and types as its install
-- schema creates them), only those etl init reads, with test rows.
-- Written by scripts/platformfixtures; the plaintexts are in magento1.plain.tsv.

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
  ('Site', 'Admin', 'admin@shop.example.com', 'admin', 'aae7e3258233243e8c288050490c08b8:xy', '2018-01-01 09:00:00'),
  ('Depo', 'Sorumlusu', 'depo@shop.example.com', 'depo', '7557f51fbc7c4709ecc60edfb5667c86:zz', '2018-02-01 09:00:00');

CREATE TABLE eav_entity_type (
  entity_type_id smallint unsigned NOT NULL AUTO_INCREMENT,
  entity_type_code varchar(50) NOT NULL DEFAULT '',
  entity_model varchar(255) NOT NULL,
  entity_table varchar(255) DEFAULT NULL,
  PRIMARY KEY (entity_type_id)
);
INSERT INTO eav_entity_type VALUES (1, 'customer', 'customer/customer', 'customer/entity'), (2, 'customer_address', 'customer/address', 'customer/address_entity');
CREATE TABLE eav_attribute (
  attribute_id smallint unsigned NOT NULL AUTO_INCREMENT,
  entity_type_id smallint unsigned NOT NULL DEFAULT 0,
  attribute_code varchar(255) DEFAULT NULL,
  backend_type varchar(8) NOT NULL DEFAULT 'static',
  frontend_input varchar(50) DEFAULT NULL,
  frontend_label varchar(255) DEFAULT NULL,
  is_required smallint unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (attribute_id),
  UNIQUE KEY UNQ_EAV_ATTRIBUTE_ENTITY_TYPE_ID_ATTRIBUTE_CODE (entity_type_id, attribute_code)
);
INSERT INTO eav_attribute (attribute_id, entity_type_id, attribute_code, backend_type, frontend_input, frontend_label) VALUES
  (5, 1, 'firstname', 'varchar', 'text', 'First Name'), (7, 1, 'lastname', 'varchar', 'text', 'Last Name'),
  (11, 1, 'dob', 'datetime', 'date', 'Date Of Birth'), (12, 1, 'password_hash', 'varchar', 'hidden', NULL),
  (13, 1, 'default_billing', 'int', 'text', 'Default Billing Address'), (16, 1, 'confirmation', 'varchar', 'text', 'Is Confirmed'),
  (18, 1, 'gender', 'int', 'select', 'Gender'), (20, 2, 'firstname', 'varchar', 'text', 'First Name'),
  (22, 2, 'lastname', 'varchar', 'text', 'Last Name'), (24, 2, 'company', 'varchar', 'text', 'Company'),
  (25, 2, 'street', 'text', 'multiline', 'Street Address'), (26, 2, 'city', 'varchar', 'text', 'City'),
  (27, 2, 'country_id', 'varchar', 'select', 'Country'), (28, 2, 'region', 'varchar', 'text', 'State/Province'),
  (29, 2, 'region_id', 'int', 'hidden', 'State/Province'), (31, 2, 'telephone', 'varchar', 'text', 'Telephone'),
  (36, 2, 'vat_id', 'varchar', 'text', 'VAT number');
CREATE TABLE customer_entity (
  entity_id int unsigned NOT NULL AUTO_INCREMENT,
  entity_type_id smallint unsigned NOT NULL DEFAULT 0,
  attribute_set_id smallint unsigned NOT NULL DEFAULT 0,
  website_id smallint unsigned DEFAULT NULL,
  email varchar(255) DEFAULT NULL,
  group_id smallint unsigned NOT NULL DEFAULT 0,
  increment_id varchar(50) DEFAULT NULL,
  store_id smallint unsigned DEFAULT 0,
  created_at timestamp NULL DEFAULT NULL,
  updated_at timestamp NULL DEFAULT NULL,
  is_active smallint unsigned NOT NULL DEFAULT 1,
  disable_auto_group_change smallint unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (entity_id),
  KEY IDX_CUSTOMER_ENTITY_EMAIL_WEBSITE_ID (email, website_id)
);
CREATE TABLE customer_entity_varchar (
  value_id int NOT NULL AUTO_INCREMENT,
  entity_type_id smallint unsigned NOT NULL DEFAULT 0,
  attribute_id smallint unsigned NOT NULL DEFAULT 0,
  entity_id int unsigned NOT NULL DEFAULT 0,
  value varchar(255) DEFAULT NULL,
  PRIMARY KEY (value_id),
  UNIQUE KEY UNQ_customer_entity_varchar_ENTITY_ID_ATTRIBUTE_ID (entity_id, attribute_id)
);
CREATE TABLE customer_address_entity_varchar (
  value_id int NOT NULL AUTO_INCREMENT,
  entity_type_id smallint unsigned NOT NULL DEFAULT 0,
  attribute_id smallint unsigned NOT NULL DEFAULT 0,
  entity_id int unsigned NOT NULL DEFAULT 0,
  value varchar(255) DEFAULT NULL,
  PRIMARY KEY (value_id),
  UNIQUE KEY UNQ_customer_address_entity_varchar_ENTITY_ID_ATTRIBUTE_ID (entity_id, attribute_id)
);
CREATE TABLE customer_entity_int (
  value_id int NOT NULL AUTO_INCREMENT,
  entity_type_id smallint unsigned NOT NULL DEFAULT 0,
  attribute_id smallint unsigned NOT NULL DEFAULT 0,
  entity_id int unsigned NOT NULL DEFAULT 0,
  value int DEFAULT NULL,
  PRIMARY KEY (value_id),
  UNIQUE KEY UNQ_customer_entity_int_ENTITY_ID_ATTRIBUTE_ID (entity_id, attribute_id)
);
CREATE TABLE customer_address_entity_int (
  value_id int NOT NULL AUTO_INCREMENT,
  entity_type_id smallint unsigned NOT NULL DEFAULT 0,
  attribute_id smallint unsigned NOT NULL DEFAULT 0,
  entity_id int unsigned NOT NULL DEFAULT 0,
  value int DEFAULT NULL,
  PRIMARY KEY (value_id),
  UNIQUE KEY UNQ_customer_address_entity_int_ENTITY_ID_ATTRIBUTE_ID (entity_id, attribute_id)
);
CREATE TABLE customer_entity_datetime (
  value_id int NOT NULL AUTO_INCREMENT,
  entity_type_id smallint unsigned NOT NULL DEFAULT 0,
  attribute_id smallint unsigned NOT NULL DEFAULT 0,
  entity_id int unsigned NOT NULL DEFAULT 0,
  value datetime DEFAULT NULL,
  PRIMARY KEY (value_id),
  UNIQUE KEY UNQ_customer_entity_datetime_ENTITY_ID_ATTRIBUTE_ID (entity_id, attribute_id)
);
CREATE TABLE customer_address_entity_datetime (
  value_id int NOT NULL AUTO_INCREMENT,
  entity_type_id smallint unsigned NOT NULL DEFAULT 0,
  attribute_id smallint unsigned NOT NULL DEFAULT 0,
  entity_id int unsigned NOT NULL DEFAULT 0,
  value datetime DEFAULT NULL,
  PRIMARY KEY (value_id),
  UNIQUE KEY UNQ_customer_address_entity_datetime_ENTITY_ID_ATTRIBUTE_ID (entity_id, attribute_id)
);
CREATE TABLE customer_entity_text (
  value_id int NOT NULL AUTO_INCREMENT,
  entity_type_id smallint unsigned NOT NULL DEFAULT 0,
  attribute_id smallint unsigned NOT NULL DEFAULT 0,
  entity_id int unsigned NOT NULL DEFAULT 0,
  value text DEFAULT NULL,
  PRIMARY KEY (value_id),
  UNIQUE KEY UNQ_customer_entity_text_ENTITY_ID_ATTRIBUTE_ID (entity_id, attribute_id)
);
CREATE TABLE customer_address_entity_text (
  value_id int NOT NULL AUTO_INCREMENT,
  entity_type_id smallint unsigned NOT NULL DEFAULT 0,
  attribute_id smallint unsigned NOT NULL DEFAULT 0,
  entity_id int unsigned NOT NULL DEFAULT 0,
  value text DEFAULT NULL,
  PRIMARY KEY (value_id),
  UNIQUE KEY UNQ_customer_address_entity_text_ENTITY_ID_ATTRIBUTE_ID (entity_id, attribute_id)
);
CREATE TABLE customer_address_entity (
  entity_id int unsigned NOT NULL AUTO_INCREMENT,
  entity_type_id smallint unsigned NOT NULL DEFAULT 0,
  attribute_set_id smallint unsigned NOT NULL DEFAULT 0,
  increment_id varchar(50) DEFAULT NULL,
  parent_id int unsigned DEFAULT NULL,
  created_at timestamp NULL DEFAULT NULL,
  updated_at timestamp NULL DEFAULT NULL,
  is_active smallint unsigned NOT NULL DEFAULT 1,
  PRIMARY KEY (entity_id),
  KEY IDX_CUSTOMER_ADDRESS_ENTITY_PARENT_ID (parent_id)
);
CREATE TABLE sales_flat_order (
  entity_id int unsigned NOT NULL AUTO_INCREMENT,
  state varchar(32) DEFAULT NULL,
  status varchar(32) DEFAULT NULL,
  customer_id int unsigned DEFAULT NULL,
  customer_email varchar(255) DEFAULT NULL,
  customer_is_guest smallint unsigned DEFAULT 0,
  grand_total decimal(12,4) DEFAULT NULL,
  increment_id varchar(50) DEFAULT NULL,
  created_at timestamp NULL DEFAULT NULL,
  PRIMARY KEY (entity_id),
  KEY IDX_SALES_FLAT_ORDER_CUSTOMER_ID (customer_id)
);
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (1, 1, 0, 1, 'ayse.yilmaz@example.com', 1, 1, '2019-01-01 10:00:00', '2019-01-01 10:00:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 1, 'Ayşe'), (1, 7, 1, 'Yılmaz'), (1, 12, 1, '6bbdb41e2826b4c12b215180d4493129:s0');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 1, 1);
INSERT INTO customer_entity_datetime (entity_type_id, attribute_id, entity_id, value) VALUES (1, 11, 1, '1988-04-12 00:00:00');
INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (101, 2, 1, '2019-01-01 10:00:00', '2019-01-01 10:00:00', 1);
INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, 101, 'Ayşe'), (2, 22, 101, 'Yılmaz'), (2, 26, 101, 'Kadıköy'), (2, 27, 101, 'TR'), (2, 28, 101, 'İstanbul'), (2, 31, 101, '0532 111 22 33');
INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, 101, 'Cumhuriyet Cd. 1');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, 1, 101);
INSERT INTO sales_flat_order (state, status, customer_id, customer_email, grand_total, increment_id, created_at) VALUES ('complete', 'complete', 1, 'ayse.yilmaz@example.com', 120.00, '100000001', '2019-01-01 10:00:00');
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (2, 1, 0, 1, 'mehmet.kaya@example.com', 1, 1, '2019-02-02 10:01:00', '2019-02-02 10:01:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 2, 'Mehmet'), (1, 7, 2, 'Kaya'), (1, 12, 2, 'f3bba8aa52c78e0e0e4c0de26d740de5');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 2, 2);
INSERT INTO customer_entity_datetime (entity_type_id, attribute_id, entity_id, value) VALUES (1, 11, 2, '1979-11-02 00:00:00');
INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (102, 2, 2, '2019-02-02 10:01:00', '2019-02-02 10:01:00', 1);
INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, 102, 'Mehmet'), (2, 22, 102, 'Kaya'), (2, 26, 102, 'Çankaya'), (2, 27, 102, 'TR'), (2, 28, 102, 'Ankara'), (2, 31, 102, '+90 533 222 33 44');
INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, 102, 'Cumhuriyet Cd. 2');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, 2, 102);
INSERT INTO sales_flat_order (state, status, customer_id, customer_email, grand_total, increment_id, created_at) VALUES ('complete', 'complete', 2, 'mehmet.kaya@example.com', 120.00, '100000002', '2019-02-02 10:01:00');
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (3, 1, 0, 1, 'zeynep.demir@example.com', 1, 1, '2019-03-03 10:02:00', '2019-03-03 10:02:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 3, 'Zeynep'), (1, 7, 3, 'Demir'), (1, 12, 3, '38a77925f172f4cc13a73cde5d71e287:s0');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 3, 1);
INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (103, 2, 3, '2019-03-03 10:02:00', '2019-03-03 10:02:00', 1);
INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, 103, 'Zeynep'), (2, 22, 103, 'Demir'), (2, 26, 103, 'Karşıyaka'), (2, 27, 103, 'TR'), (2, 28, 103, 'İzmir'), (2, 31, 103, '5354445566');
INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, 103, 'Cumhuriyet Cd. 3');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, 3, 103);
INSERT INTO sales_flat_order (state, status, customer_id, customer_email, grand_total, increment_id, created_at) VALUES ('complete', 'complete', 3, 'zeynep.demir@example.com', 120.00, '100000003', '2019-03-03 10:02:00');
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (4, 1, 0, 1, 'mustafa.celik@example.com', 1, 1, '2019-04-04 10:03:00', '2019-04-04 10:03:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 4, 'Mustafa'), (1, 7, 4, 'Çelik'), (1, 12, 4, '$2y$10$LuaxGxS2RQExqP4G9m/00.dl.fgAD/8zKA9HYEZ4T/FyA5lsBFjdO');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 4, 2);
INSERT INTO customer_entity_datetime (entity_type_id, attribute_id, entity_id, value) VALUES (1, 11, 4, '1990-07-30 00:00:00');
INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (104, 2, 4, '2019-04-04 10:03:00', '2019-04-04 10:03:00', 1);
INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, 104, 'Mustafa'), (2, 22, 104, 'Çelik'), (2, 26, 104, 'Nilüfer'), (2, 27, 104, 'TR'), (2, 28, 104, 'Bursa'), (2, 31, 104, '0542 555 66 77');
INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, 104, 'Cumhuriyet Cd. 4');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, 4, 104);
INSERT INTO sales_flat_order (state, status, customer_id, customer_email, grand_total, increment_id, created_at) VALUES ('complete', 'complete', 4, 'mustafa.celik@example.com', 120.00, '100000004', '2019-04-04 10:03:00');
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (5, 1, 0, 1, 'elif.sahin@example.com', 1, 1, '2019-05-05 10:04:00', '2019-05-05 10:04:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 5, 'Elif'), (1, 7, 5, 'Şahin'), (1, 12, 5, 'bed25d33cfe548ec807ed5148f1b7441:s0');
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 16, 5, '00000000000000000000000000000005');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 5, 1);
INSERT INTO customer_entity_datetime (entity_type_id, attribute_id, entity_id, value) VALUES (1, 11, 5, '1995-01-19 00:00:00');
INSERT INTO sales_flat_order (state, status, customer_id, customer_email, grand_total, increment_id, created_at) VALUES ('complete', 'complete', 5, 'elif.sahin@example.com', 120.00, '100000005', '2019-05-05 10:04:00');
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (6, 1, 0, 1, 'ahmet.ozturk@example.com', 1, 1, '2019-06-06 10:05:00', '2019-06-06 10:05:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 6, 'Ahmet'), (1, 7, 6, 'Öztürk'), (1, 12, 6, '7bc4fa0645b810273ab7c4c5f1c58097');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 6, 2);
INSERT INTO customer_entity_datetime (entity_type_id, attribute_id, entity_id, value) VALUES (1, 11, 6, '1983-03-03 00:00:00');
INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (106, 2, 6, '2019-06-06 10:05:00', '2019-06-06 10:05:00', 1);
INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, 106, 'Ahmet'), (2, 22, 106, 'Öztürk'), (2, 26, 106, 'Üsküdar'), (2, 27, 106, 'TR'), (2, 28, 106, 'İstanbul'), (2, 31, 106, '0505 666 77 88');
INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, 106, 'Cumhuriyet Cd. 6');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, 6, 106);
INSERT INTO sales_flat_order (state, status, customer_id, customer_email, grand_total, increment_id, created_at) VALUES ('complete', 'complete', 6, 'ahmet.ozturk@example.com', 120.00, '100000006', '2019-06-06 10:05:00');
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (7, 1, 0, 1, 'fatma.arslan@example.com', 1, 1, '2019-07-07 10:06:00', '2019-07-07 10:06:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 7, 'Fatma'), (1, 7, 7, 'Arslan'), (1, 12, 7, '133953d06fd14953d35dea22a2831ae9:s0');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 7, 1);
INSERT INTO customer_entity_datetime (entity_type_id, attribute_id, entity_id, value) VALUES (1, 11, 7, '1970-12-25 00:00:00');
INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (107, 2, 7, '2019-07-07 10:06:00', '2019-07-07 10:06:00', 1);
INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, 107, 'Fatma'), (2, 22, 107, 'Arslan'), (2, 26, 107, 'Seyhan'), (2, 27, 107, 'TR'), (2, 28, 107, 'Adana'), (2, 31, 107, '0212 444 55 66');
INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, 107, 'Cumhuriyet Cd. 7');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, 7, 107);
INSERT INTO sales_flat_order (state, status, customer_id, customer_email, grand_total, increment_id, created_at) VALUES ('complete', 'complete', 7, 'fatma.arslan@example.com', 120.00, '100000007', '2019-07-07 10:06:00');
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (8, 1, 0, 1, 'emre.dogan@example.com', 1, 1, '2019-08-08 10:07:00', '2019-08-08 10:07:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 8, 'Emre'), (1, 7, 8, 'Doğan'), (1, 12, 8, '$2y$10$yFC2nw.SROngpoHp3Khdce4pQumszfn2e4x7igFBbqq67bjObtQ5W');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 8, 2);
INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (108, 2, 8, '2019-08-08 10:07:00', '2019-08-08 10:07:00', 1);
INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, 108, 'Emre'), (2, 22, 108, 'Doğan'), (2, 26, 108, 'Kadıköy'), (2, 27, 108, 'TR'), (2, 28, 108, 'İstanbul'), (2, 31, 108, '0544 777 88 99');
INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, 108, 'Cumhuriyet Cd. 8');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, 8, 108);
INSERT INTO sales_flat_order (state, status, customer_id, customer_email, grand_total, increment_id, created_at) VALUES ('complete', 'complete', 8, 'emre.dogan@example.com', 120.00, '100000008', '2019-08-08 10:07:00');
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (9, 1, 0, 1, 'merve.koc@example.com', 1, 1, '2019-09-09 10:08:00', '2019-09-09 10:08:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 9, 'Merve'), (1, 7, 9, 'Koç'), (1, 12, 9, 'd8a7f037710a8aee922b2c97d4f7dc95:s0');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 9, 1);
INSERT INTO customer_entity_datetime (entity_type_id, attribute_id, entity_id, value) VALUES (1, 11, 9, '1999-09-09 00:00:00');
INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (109, 2, 9, '2019-09-09 10:08:00', '2019-09-09 10:08:00', 1);
INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, 109, 'Merve'), (2, 22, 109, 'Koç'), (2, 26, 109, 'Çankaya'), (2, 27, 109, 'TR'), (2, 28, 109, 'Ankara'), (2, 31, 109, '0555 888 99 00');
INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, 109, 'Cumhuriyet Cd. 9');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, 9, 109);
INSERT INTO sales_flat_order (state, status, customer_id, customer_email, grand_total, increment_id, created_at) VALUES ('complete', 'complete', 9, 'merve.koc@example.com', 120.00, '100000009', '2019-09-09 10:08:00');
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (10, 1, 0, 1, 'burak.aydin@example.com', 1, 1, '2019-10-10 10:09:00', '2019-10-10 10:09:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 10, 'Burak'), (1, 7, 10, 'Aydın'), (1, 12, 10, '51ef22a3d808af98128b0bc17ec6c1f2');
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 16, 10, '0000000000000000000000000000000a');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 10, 2);
INSERT INTO customer_entity_datetime (entity_type_id, attribute_id, entity_id, value) VALUES (1, 11, 10, '1986-06-16 00:00:00');
INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (110, 2, 10, '2019-10-10 10:09:00', '2019-10-10 10:09:00', 1);
INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, 110, 'Burak'), (2, 22, 110, 'Aydın'), (2, 26, 110, 'Karşıyaka'), (2, 27, 110, 'TR'), (2, 28, 110, 'İzmir'), (2, 31, 110, '0530 999 00 11');
INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, 110, 'Cumhuriyet Cd. 10');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, 10, 110);
INSERT INTO sales_flat_order (state, status, customer_id, customer_email, grand_total, increment_id, created_at) VALUES ('complete', 'complete', 10, 'burak.aydin@example.com', 120.00, '100000010', '2019-10-10 10:09:00');
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (11, 1, 0, 1, 'selin.kurt@example.com', 1, 1, '2019-11-11 10:10:00', '2019-11-11 10:10:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 11, 'Selin'), (1, 7, 11, 'Kurt'), (1, 12, 11, '2ed066da62c7b4ec7f66de2dbf1429f3:s1');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 11, 1);
INSERT INTO customer_entity_datetime (entity_type_id, attribute_id, entity_id, value) VALUES (1, 11, 11, '1992-02-29 00:00:00');
INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (111, 2, 11, '2019-11-11 10:10:00', '2019-11-11 10:10:00', 1);
INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, 111, 'Selin'), (2, 22, 111, 'Kurt'), (2, 26, 111, 'Nilüfer'), (2, 27, 111, 'TR'), (2, 28, 111, 'Bursa'), (2, 31, 111, '0536 123 45 67');
INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, 111, 'Cumhuriyet Cd. 11');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, 11, 111);
INSERT INTO sales_flat_order (state, status, customer_id, customer_email, grand_total, increment_id, created_at) VALUES ('complete', 'complete', 11, 'selin.kurt@example.com', 120.00, '100000011', '2019-11-11 10:10:00');
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (12, 1, 0, 1, 'can.ozdemir@example.com', 1, 1, '2019-12-12 10:11:00', '2019-12-12 10:11:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 12, 'Can'), (1, 7, 12, 'Özdemir'), (1, 12, 12, '$2y$10$ZEtnzh/uQZBcMVqpHfTtnuRIn/7CRZTe.NBRw6RIkugxS0lioM4gW');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 12, 2);
INSERT INTO customer_entity_datetime (entity_type_id, attribute_id, entity_id, value) VALUES (1, 11, 12, '1975-05-05 00:00:00');
INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (112, 2, 12, '2019-12-12 10:11:00', '2019-12-12 10:11:00', 1);
INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, 112, 'Can'), (2, 22, 112, 'Özdemir'), (2, 26, 112, 'Muratpaşa'), (2, 27, 112, 'TR'), (2, 28, 112, 'Antalya'), (2, 31, 112, '0538 765 43 21');
INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, 112, 'Cumhuriyet Cd. 12');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, 12, 112);
INSERT INTO sales_flat_order (state, status, customer_id, customer_email, grand_total, increment_id, created_at) VALUES ('complete', 'complete', 12, 'can.ozdemir@example.com', 120.00, '100000012', '2019-12-12 10:11:00');
