-- magento1: the platform's customer and order tables (column names and types as its install
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
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (1, 1, 0, 1, 'ayse.yilmaz@example.com', 1, 1, '2019-01-01 10:00:00', '2019-01-01 10:00:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 1, 'Ayşe'), (1, 7, 1, 'Yılmaz'), (1, 12, 1, '6bbdb41e2826b4c12b215180d4493129:s0');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 1, 1);
INSERT INTO customer_entity_datetime (entity_type_id, attribute_id, entity_id, value) VALUES (1, 11, 1, '1988-04-12 00:00:00');
INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (101, 2, 1, '2019-01-01 10:00:00', '2019-01-01 10:00:00', 1);
INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, 101, 'Ayşe'), (2, 22, 101, 'Yılmaz'), (2, 26, 101, 'Kadıköy'), (2, 27, 101, 'TR'), (2, 28, 101, 'İstanbul'), (2, 31, 101, '0532 111 22 33');
INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, 101, 'Cumhuriyet Cd. 1');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, 1, 101);
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (2, 1, 0, 1, 'mehmet.kaya@example.com', 1, 1, '2019-02-02 10:01:00', '2019-02-02 10:01:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 2, 'Mehmet'), (1, 7, 2, 'Kaya'), (1, 12, 2, 'f3bba8aa52c78e0e0e4c0de26d740de5');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 2, 2);
INSERT INTO customer_entity_datetime (entity_type_id, attribute_id, entity_id, value) VALUES (1, 11, 2, '1979-11-02 00:00:00');
INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (102, 2, 2, '2019-02-02 10:01:00', '2019-02-02 10:01:00', 1);
INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, 102, 'Mehmet'), (2, 22, 102, 'Kaya'), (2, 26, 102, 'Çankaya'), (2, 27, 102, 'TR'), (2, 28, 102, 'Ankara'), (2, 31, 102, '+90 533 222 33 44');
INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, 102, 'Cumhuriyet Cd. 2');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, 2, 102);
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (3, 1, 0, 1, 'zeynep.demir@example.com', 1, 1, '2019-03-03 10:02:00', '2019-03-03 10:02:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 3, 'Zeynep'), (1, 7, 3, 'Demir'), (1, 12, 3, '38a77925f172f4cc13a73cde5d71e287:s0');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 3, 1);
INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (103, 2, 3, '2019-03-03 10:02:00', '2019-03-03 10:02:00', 1);
INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, 103, 'Zeynep'), (2, 22, 103, 'Demir'), (2, 26, 103, 'Karşıyaka'), (2, 27, 103, 'TR'), (2, 28, 103, 'İzmir'), (2, 31, 103, '5354445566');
INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, 103, 'Cumhuriyet Cd. 3');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, 3, 103);
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (4, 1, 0, 1, 'mustafa.celik@example.com', 1, 1, '2019-04-04 10:03:00', '2019-04-04 10:03:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 4, 'Mustafa'), (1, 7, 4, 'Çelik'), (1, 12, 4, '$2y$10$aH/OGt4tHOrfvxXh3SBVyuuFwdDFROB1BFIYS/sR/jl89YiffEgau');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 4, 2);
INSERT INTO customer_entity_datetime (entity_type_id, attribute_id, entity_id, value) VALUES (1, 11, 4, '1990-07-30 00:00:00');
INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (104, 2, 4, '2019-04-04 10:03:00', '2019-04-04 10:03:00', 1);
INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, 104, 'Mustafa'), (2, 22, 104, 'Çelik'), (2, 26, 104, 'Nilüfer'), (2, 27, 104, 'TR'), (2, 28, 104, 'Bursa'), (2, 31, 104, '0542 555 66 77');
INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, 104, 'Cumhuriyet Cd. 4');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, 4, 104);
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (5, 1, 0, 1, 'elif.sahin@example.com', 1, 1, '2019-05-05 10:04:00', '2019-05-05 10:04:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 5, 'Elif'), (1, 7, 5, 'Şahin'), (1, 12, 5, 'bed25d33cfe548ec807ed5148f1b7441:s0');
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 16, 5, '00000000000000000000000000000005');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 5, 1);
INSERT INTO customer_entity_datetime (entity_type_id, attribute_id, entity_id, value) VALUES (1, 11, 5, '1995-01-19 00:00:00');
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (6, 1, 0, 1, 'ahmet.ozturk@example.com', 1, 1, '2019-06-06 10:05:00', '2019-06-06 10:05:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 6, 'Ahmet'), (1, 7, 6, 'Öztürk'), (1, 12, 6, '7bc4fa0645b810273ab7c4c5f1c58097');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 6, 2);
INSERT INTO customer_entity_datetime (entity_type_id, attribute_id, entity_id, value) VALUES (1, 11, 6, '1983-03-03 00:00:00');
INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (106, 2, 6, '2019-06-06 10:05:00', '2019-06-06 10:05:00', 1);
INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, 106, 'Ahmet'), (2, 22, 106, 'Öztürk'), (2, 26, 106, 'Üsküdar'), (2, 27, 106, 'TR'), (2, 28, 106, 'İstanbul'), (2, 31, 106, '0505 666 77 88');
INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, 106, 'Cumhuriyet Cd. 6');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, 6, 106);
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (7, 1, 0, 1, 'fatma.arslan@example.com', 1, 1, '2019-07-07 10:06:00', '2019-07-07 10:06:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 7, 'Fatma'), (1, 7, 7, 'Arslan'), (1, 12, 7, '133953d06fd14953d35dea22a2831ae9:s0');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 7, 1);
INSERT INTO customer_entity_datetime (entity_type_id, attribute_id, entity_id, value) VALUES (1, 11, 7, '1970-12-25 00:00:00');
INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (107, 2, 7, '2019-07-07 10:06:00', '2019-07-07 10:06:00', 1);
INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, 107, 'Fatma'), (2, 22, 107, 'Arslan'), (2, 26, 107, 'Seyhan'), (2, 27, 107, 'TR'), (2, 28, 107, 'Adana'), (2, 31, 107, '0212 444 55 66');
INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, 107, 'Cumhuriyet Cd. 7');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, 7, 107);
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (8, 1, 0, 1, 'emre.dogan@example.com', 1, 1, '2019-08-08 10:07:00', '2019-08-08 10:07:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 8, 'Emre'), (1, 7, 8, 'Doğan'), (1, 12, 8, '$2y$10$FrLADNxs/qWEc8vvsoyJyep9tfNny9mcKTCZk2jRzfwnDSWIwbPjO');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 8, 2);
INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (108, 2, 8, '2019-08-08 10:07:00', '2019-08-08 10:07:00', 1);
INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, 108, 'Emre'), (2, 22, 108, 'Doğan'), (2, 26, 108, 'Kadıköy'), (2, 27, 108, 'TR'), (2, 28, 108, 'İstanbul'), (2, 31, 108, '0544 777 88 99');
INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, 108, 'Cumhuriyet Cd. 8');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, 8, 108);
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (9, 1, 0, 1, 'merve.koc@example.com', 1, 1, '2019-09-09 10:08:00', '2019-09-09 10:08:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 9, 'Merve'), (1, 7, 9, 'Koç'), (1, 12, 9, 'd8a7f037710a8aee922b2c97d4f7dc95:s0');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 9, 1);
INSERT INTO customer_entity_datetime (entity_type_id, attribute_id, entity_id, value) VALUES (1, 11, 9, '1999-09-09 00:00:00');
INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (109, 2, 9, '2019-09-09 10:08:00', '2019-09-09 10:08:00', 1);
INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, 109, 'Merve'), (2, 22, 109, 'Koç'), (2, 26, 109, 'Çankaya'), (2, 27, 109, 'TR'), (2, 28, 109, 'Ankara'), (2, 31, 109, '0555 888 99 00');
INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, 109, 'Cumhuriyet Cd. 9');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, 9, 109);
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (10, 1, 0, 1, 'burak.aydin@example.com', 1, 1, '2019-10-10 10:09:00', '2019-10-10 10:09:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 10, 'Burak'), (1, 7, 10, 'Aydın'), (1, 12, 10, '51ef22a3d808af98128b0bc17ec6c1f2');
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 16, 10, '0000000000000000000000000000000a');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 10, 2);
INSERT INTO customer_entity_datetime (entity_type_id, attribute_id, entity_id, value) VALUES (1, 11, 10, '1986-06-16 00:00:00');
INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (110, 2, 10, '2019-10-10 10:09:00', '2019-10-10 10:09:00', 1);
INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, 110, 'Burak'), (2, 22, 110, 'Aydın'), (2, 26, 110, 'Karşıyaka'), (2, 27, 110, 'TR'), (2, 28, 110, 'İzmir'), (2, 31, 110, '0530 999 00 11');
INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, 110, 'Cumhuriyet Cd. 10');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, 10, 110);
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (11, 1, 0, 1, 'selin.kurt@example.com', 1, 1, '2019-11-11 10:10:00', '2019-11-11 10:10:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 11, 'Selin'), (1, 7, 11, 'Kurt'), (1, 12, 11, '2ed066da62c7b4ec7f66de2dbf1429f3:s1');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 11, 1);
INSERT INTO customer_entity_datetime (entity_type_id, attribute_id, entity_id, value) VALUES (1, 11, 11, '1992-02-29 00:00:00');
INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (111, 2, 11, '2019-11-11 10:10:00', '2019-11-11 10:10:00', 1);
INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, 111, 'Selin'), (2, 22, 111, 'Kurt'), (2, 26, 111, 'Nilüfer'), (2, 27, 111, 'TR'), (2, 28, 111, 'Bursa'), (2, 31, 111, '0536 123 45 67');
INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, 111, 'Cumhuriyet Cd. 11');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, 11, 111);
INSERT INTO customer_entity (entity_id, entity_type_id, attribute_set_id, website_id, email, group_id, store_id, created_at, updated_at, is_active) VALUES (12, 1, 0, 1, 'can.ozdemir@example.com', 1, 1, '2019-12-12 10:11:00', '2019-12-12 10:11:00', 1);
INSERT INTO customer_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (1, 5, 12, 'Can'), (1, 7, 12, 'Özdemir'), (1, 12, 12, '$2y$10$s72UNKiBJVZzjmAkN.RvheRpLVB8Ql0eP391SPH4u1W4u5Vpwxu6G');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 18, 12, 2);
INSERT INTO customer_entity_datetime (entity_type_id, attribute_id, entity_id, value) VALUES (1, 11, 12, '1975-05-05 00:00:00');
INSERT INTO customer_address_entity (entity_id, entity_type_id, parent_id, created_at, updated_at, is_active) VALUES (112, 2, 12, '2019-12-12 10:11:00', '2019-12-12 10:11:00', 1);
INSERT INTO customer_address_entity_varchar (entity_type_id, attribute_id, entity_id, value) VALUES (2, 20, 112, 'Can'), (2, 22, 112, 'Özdemir'), (2, 26, 112, 'Muratpaşa'), (2, 27, 112, 'TR'), (2, 28, 112, 'Antalya'), (2, 31, 112, '0538 765 43 21');
INSERT INTO customer_address_entity_text (entity_type_id, attribute_id, entity_id, value) VALUES (2, 25, 112, 'Cumhuriyet Cd. 12');
INSERT INTO customer_entity_int (entity_type_id, attribute_id, entity_id, value) VALUES (1, 13, 12, 112);
CREATE TABLE sales_flat_order (
  entity_id int unsigned NOT NULL AUTO_INCREMENT,
  state varchar(32) DEFAULT NULL,
  status varchar(32) DEFAULT NULL,
  customer_id int unsigned DEFAULT NULL,
  customer_email varchar(128) DEFAULT NULL,
  customer_is_guest smallint unsigned DEFAULT 0,
  discount_amount decimal(12,4) DEFAULT NULL,
  grand_total decimal(12,4) DEFAULT NULL,
  increment_id varchar(50) DEFAULT NULL,
  order_currency_code varchar(3) DEFAULT NULL,
  shipping_description varchar(255) DEFAULT NULL,
  created_at timestamp NULL DEFAULT NULL,
  updated_at timestamp NULL DEFAULT NULL,
  PRIMARY KEY (entity_id),
  UNIQUE KEY UNQ_INCREMENT_ID (increment_id),
  KEY IDX_CUSTOMER_ID (customer_id)
);
CREATE TABLE sales_flat_order_address (
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
CREATE TABLE sales_flat_order_payment (
  entity_id int unsigned NOT NULL AUTO_INCREMENT,
  parent_id int unsigned NOT NULL,
  amount_paid decimal(12,4) DEFAULT NULL,
  method varchar(128) DEFAULT NULL,
  PRIMARY KEY (entity_id),
  KEY IDX_PARENT_ID (parent_id)
);
CREATE TABLE sales_flat_order_item (
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
  price decimal(12,4) NOT NULL DEFAULT 0.0000,
  row_total decimal(12,4) NOT NULL DEFAULT 0.0000,
  PRIMARY KEY (item_id),
  KEY IDX_ORDER_ID (order_id)
);
CREATE TABLE sales_flat_shipment_track (
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
INSERT INTO sales_flat_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (1, 'processing', 'processing', 1, 'ayse.yilmaz@example.com', 0, 0.0000, 798.00, '100000001', 'TRY', '2023-02-02 12:01:00', '2023-02-02 12:01:00');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (1, 'Ankara', 'Fatura Sk. 1
Daire 1', 'Çankaya', 'TR', 'billing');
INSERT INTO sales_flat_order_payment (parent_id, amount_paid, method) VALUES (1, 798.00, 'banktransfer');
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (1, 1, 'simple', 'KP-204', 'Kot Pantolon', 2.0000, 399.00, 399.00);
INSERT INTO sales_flat_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (2, 'pending', 'pending', 2, 'mehmet.kaya@example.com', 0, 0.0000, 871.50, '100000002', 'TRY', '2023-03-03 12:02:00', '2023-03-03 12:02:00');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (2, 'İzmir', 'Fatura Sk. 2
Daire 2', 'Karşıyaka', 'TR', 'billing');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (2, 'İzmir', 'Teslimat Cd. 2', 'Karşıyaka', 'TR', 'shipping');
INSERT INTO sales_flat_order_payment (parent_id, amount_paid, method) VALUES (2, 871.50, 'cashondelivery');
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (2, 2, 'simple', 'DC-17', 'Deri Cüzdan', 3.0000, 250.50, 250.50);
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (3, 2, 'simple', 'YA-3', 'Yün Atkı', 1.0000, 120.00, 120.00);
INSERT INTO sales_flat_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (3, 'canceled', 'canceled', 3, 'zeynep.demir@example.com', 0, -10.0000, 889.99, '100000003', 'TRY', '2023-04-04 12:03:00', '2023-04-04 12:03:00');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (3, 'Bursa', 'Fatura Sk. 3
Daire 3', 'Nilüfer', 'TR', 'billing');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (3, 'Bursa', 'Teslimat Cd. 3', 'Nilüfer', 'TR', 'shipping');
INSERT INTO sales_flat_order_payment (parent_id, amount_paid, method) VALUES (3, 889.99, 'checkmo');
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (4, 3, 'simple', 'SA-42', 'Spor Ayakkabı', 1.0000, 899.99, 899.99);
INSERT INTO sales_flat_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (4, 'closed', 'closed', 4, 'mustafa.celik@example.com', 0, 0.0000, 639.00, '100000004', 'TRY', '2023-05-05 12:04:00', '2023-05-05 12:04:00');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (4, 'Antalya', 'Fatura Sk. 4
Daire 4', 'Muratpaşa', 'TR', 'billing');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (4, 'Antalya', 'Teslimat Cd. 4', 'Muratpaşa', 'TR', 'shipping');
INSERT INTO sales_flat_order_payment (parent_id, amount_paid, method) VALUES (4, 639.00, 'banktransfer');
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (5, 4, 'simple', 'YA-3', 'Yün Atkı', 2.0000, 120.00, 120.00);
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (6, 4, 'simple', 'KP-204', 'Kot Pantolon', 1.0000, 399.00, 399.00);
INSERT INTO sales_flat_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (5, 'holded', 'holded', 4, 'mustafa.celik@example.com', 0, -10.0000, 509.00, '100000054', 'TRY', '2023-07-27 12:54:00', '2023-07-27 12:54:00');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (5, 'İstanbul', 'Fatura Sk. 54
Daire 54', 'Üsküdar', 'TR', 'billing');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (5, 'İstanbul', 'Teslimat Cd. 54', 'Üsküdar', 'TR', 'shipping');
INSERT INTO sales_flat_order_payment (parent_id, amount_paid, method) VALUES (5, 509.00, 'checkmo');
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (7, 5, 'simple', 'YA-3', 'Yün Atkı', 1.0000, 120.00, 120.00);
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (8, 5, 'simple', 'KP-204', 'Kot Pantolon', 1.0000, 399.00, 399.00);
INSERT INTO sales_flat_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (6, 'complete', 'complete', 5, 'elif.sahin@example.com', 0, 0.0000, 449.70, '100000005', 'TRY', '2023-06-06 12:05:00', '2023-06-06 12:05:00');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (6, 'İstanbul', 'Fatura Sk. 5
Daire 5', 'Üsküdar', 'TR', 'billing');
INSERT INTO sales_flat_order_payment (parent_id, amount_paid, method) VALUES (6, 449.70, 'cashondelivery');
INSERT INTO sales_flat_shipment_track (parent_id, order_id, track_number, title, carrier_code) VALUES (6, 6, 'YK00000005', 'Yurtiçi Kargo', 'custom');
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (9, 6, 'simple', 'TS-001', 'Pamuklu Tişört', 3.0000, 149.90, 149.90);
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (10, 6, 'configurable', 'GM-9-M', 'Gömlek', 1.0000, 0.0000, 0.0000);
INSERT INTO sales_flat_order_item (item_id, order_id, parent_item_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (11, 6, 10, 'simple', 'GM-9-M', 'Gömlek M', 1.0000, 0.0000, 0.0000);
INSERT INTO sales_flat_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (7, 'holded', 'holded', 6, 'ahmet.ozturk@example.com', 0, -10.0000, 1288.99, '100000006', 'TRY', '2023-07-07 12:06:00', '2023-07-07 12:06:00');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (7, 'Adana', 'Fatura Sk. 6
Daire 6', 'Seyhan', 'TR', 'billing');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (7, 'Adana', 'Teslimat Cd. 6', 'Seyhan', 'TR', 'shipping');
INSERT INTO sales_flat_order_payment (parent_id, amount_paid, method) VALUES (7, 1288.99, 'checkmo');
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (12, 7, 'simple', 'KP-204', 'Kot Pantolon', 1.0000, 399.00, 399.00);
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (13, 7, 'simple', 'SA-42', 'Spor Ayakkabı', 1.0000, 899.99, 899.99);
INSERT INTO sales_flat_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (8, 'pending_payment', 'pending_payment', 7, 'fatma.arslan@example.com', 0, 0.0000, 501.00, '100000007', 'TRY', '2023-08-08 12:07:00', '2023-08-08 12:07:00');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (8, 'İstanbul', 'Fatura Sk. 7
Daire 7', 'Kadıköy', 'TR', 'billing');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (8, 'İstanbul', 'Teslimat Cd. 7', 'Kadıköy', 'TR', 'shipping');
INSERT INTO sales_flat_order_payment (parent_id, amount_paid, method) VALUES (8, 501.00, 'banktransfer');
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (14, 8, 'simple', 'DC-17', 'Deri Cüzdan', 2.0000, 250.50, 250.50);
INSERT INTO sales_flat_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (9, 'complete', 'complete', 8, 'emre.dogan@example.com', 0, 0.0000, 2849.87, '100000008', 'TRY', '2023-09-09 12:08:00', '2023-09-09 12:08:00');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (9, 'Ankara', 'Fatura Sk. 8
Daire 8', 'Çankaya', 'TR', 'billing');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (9, 'Ankara', 'Teslimat Cd. 8', 'Çankaya', 'TR', 'shipping');
INSERT INTO sales_flat_order_payment (parent_id, amount_paid, method) VALUES (9, 2849.87, 'cashondelivery');
INSERT INTO sales_flat_shipment_track (parent_id, order_id, track_number, title, carrier_code) VALUES (9, 9, 'YK00000008', 'Yurtiçi Kargo', 'custom');
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (15, 9, 'simple', 'SA-42', 'Spor Ayakkabı', 3.0000, 899.99, 899.99);
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (16, 9, 'simple', 'TS-001', 'Pamuklu Tişört', 1.0000, 149.90, 149.90);
INSERT INTO sales_flat_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (10, 'pending', 'pending', 8, 'emre.dogan@example.com', 0, 0.0000, 1949.88, '100000058', 'TRY', '2023-11-03 12:58:00', '2023-11-03 12:58:00');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (10, 'İzmir', 'Fatura Sk. 58
Daire 58', 'Karşıyaka', 'TR', 'billing');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (10, 'İzmir', 'Teslimat Cd. 58', 'Karşıyaka', 'TR', 'shipping');
INSERT INTO sales_flat_order_payment (parent_id, amount_paid, method) VALUES (10, 1949.88, 'banktransfer');
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (17, 10, 'simple', 'SA-42', 'Spor Ayakkabı', 2.0000, 899.99, 899.99);
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (18, 10, 'simple', 'TS-001', 'Pamuklu Tişört', 1.0000, 149.90, 149.90);
INSERT INTO sales_flat_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (11, 'processing', 'processing', 9, 'merve.koc@example.com', 0, -10.0000, 110.00, '100000009', 'TRY', '2023-10-10 12:09:00', '2023-10-10 12:09:00');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (11, 'İzmir', 'Fatura Sk. 9
Daire 9', 'Karşıyaka', 'TR', 'billing');
INSERT INTO sales_flat_order_payment (parent_id, amount_paid, method) VALUES (11, 110.00, 'checkmo');
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (19, 11, 'simple', 'YA-3', 'Yün Atkı', 1.0000, 120.00, 120.00);
INSERT INTO sales_flat_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (12, 'pending', 'pending', 10, 'burak.aydin@example.com', 0, 0.0000, 550.30, '100000010', 'TRY', '2023-11-11 12:10:00', '2023-11-11 12:10:00');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (12, 'Bursa', 'Fatura Sk. 10
Daire 10', 'Nilüfer', 'TR', 'billing');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (12, 'Bursa', 'Teslimat Cd. 10', 'Nilüfer', 'TR', 'shipping');
INSERT INTO sales_flat_order_payment (parent_id, amount_paid, method) VALUES (12, 550.30, 'banktransfer');
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (20, 12, 'simple', 'TS-001', 'Pamuklu Tişört', 2.0000, 149.90, 149.90);
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (21, 12, 'simple', 'DC-17', 'Deri Cüzdan', 1.0000, 250.50, 250.50);
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (22, 12, 'configurable', 'GM-9-M', 'Gömlek', 1.0000, 0.0000, 0.0000);
INSERT INTO sales_flat_order_item (item_id, order_id, parent_item_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (23, 12, 22, 'simple', 'GM-9-M', 'Gömlek M', 1.0000, 0.0000, 0.0000);
INSERT INTO sales_flat_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (13, 'canceled', 'canceled', 11, 'selin.kurt@example.com', 0, 0.0000, 1197.00, '100000011', 'TRY', '2023-12-12 12:11:00', '2023-12-12 12:11:00');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (13, 'Antalya', 'Fatura Sk. 11
Daire 11', 'Muratpaşa', 'TR', 'billing');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (13, 'Antalya', 'Teslimat Cd. 11', 'Muratpaşa', 'TR', 'shipping');
INSERT INTO sales_flat_order_payment (parent_id, amount_paid, method) VALUES (13, 1197.00, 'cashondelivery');
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (24, 13, 'simple', 'KP-204', 'Kot Pantolon', 3.0000, 399.00, 399.00);
INSERT INTO sales_flat_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (14, 'closed', 'closed', 12, 'can.ozdemir@example.com', 0, -10.0000, 360.50, '100000012', 'TRY', '2023-01-13 12:12:00', '2023-01-13 12:12:00');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (14, 'İstanbul', 'Fatura Sk. 12
Daire 12', 'Üsküdar', 'TR', 'billing');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (14, 'İstanbul', 'Teslimat Cd. 12', 'Üsküdar', 'TR', 'shipping');
INSERT INTO sales_flat_order_payment (parent_id, amount_paid, method) VALUES (14, 360.50, 'checkmo');
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (25, 14, 'simple', 'DC-17', 'Deri Cüzdan', 1.0000, 250.50, 250.50);
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (26, 14, 'simple', 'YA-3', 'Yün Atkı', 1.0000, 120.00, 120.00);
INSERT INTO sales_flat_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (15, 'holded', 'holded', 12, 'can.ozdemir@example.com', 0, 0.0000, 871.50, '100000062', 'TRY', '2023-03-07 12:02:00', '2023-03-07 12:02:00');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (15, 'Adana', 'Fatura Sk. 62
Daire 62', 'Seyhan', 'TR', 'billing');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (15, 'Adana', 'Teslimat Cd. 62', 'Seyhan', 'TR', 'shipping');
INSERT INTO sales_flat_order_payment (parent_id, amount_paid, method) VALUES (15, 871.50, 'cashondelivery');
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (27, 15, 'simple', 'DC-17', 'Deri Cüzdan', 3.0000, 250.50, 250.50);
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (28, 15, 'simple', 'YA-3', 'Yün Atkı', 1.0000, 120.00, 120.00);
INSERT INTO sales_flat_order (entity_id, state, status, customer_id, customer_email, customer_is_guest, discount_amount, grand_total, increment_id, order_currency_code, created_at, updated_at) VALUES (16, 'pending', 'pending', NULL, 'misafir@example.com', 1, -10.0000, 390.40, '100000090', 'TRY', '2023-07-07 12:30:00', '2023-07-07 12:30:00');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (16, 'Adana', 'Fatura Sk. 90
Daire 90', 'Seyhan', 'TR', 'billing');
INSERT INTO sales_flat_order_address (parent_id, region, street, city, country_id, address_type) VALUES (16, 'Adana', 'Teslimat Cd. 90', 'Seyhan', 'TR', 'shipping');
INSERT INTO sales_flat_order_payment (parent_id, amount_paid, method) VALUES (16, 390.40, 'checkmo');
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (29, 16, 'simple', 'TS-001', 'Pamuklu Tişört', 1.0000, 149.90, 149.90);
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (30, 16, 'simple', 'DC-17', 'Deri Cüzdan', 1.0000, 250.50, 250.50);
INSERT INTO sales_flat_order_item (item_id, order_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (31, 16, 'configurable', 'GM-9-M', 'Gömlek', 1.0000, 0.0000, 0.0000);
INSERT INTO sales_flat_order_item (item_id, order_id, parent_item_id, product_type, sku, name, qty_ordered, price, row_total) VALUES (32, 16, 31, 'simple', 'GM-9-M', 'Gömlek M', 1.0000, 0.0000, 0.0000);
