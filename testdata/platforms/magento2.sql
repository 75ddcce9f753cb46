-- magento2: the platform's customer tables (column names and types as its install
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
CREATE TABLE sales_order (
  entity_id int unsigned NOT NULL AUTO_INCREMENT,
  state varchar(32) DEFAULT NULL,
  status varchar(32) DEFAULT NULL,
  customer_id int unsigned DEFAULT NULL,
  customer_email varchar(128) DEFAULT NULL,
  customer_is_guest smallint unsigned DEFAULT 0,
  grand_total decimal(20,4) DEFAULT NULL,
  increment_id varchar(32) DEFAULT NULL,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (entity_id),
  KEY SALES_ORDER_CUSTOMER_ID (customer_id)
);
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (1, 1, 'ayse.yilmaz@example.com', 1, 1, '2019-01-01 10:00:00', '2019-01-01 10:00:00', 1, 'Default Store View', 'Ayşe', 'Yılmaz', '1988-04-12', 'db3d49a0478d00dd2234ad07515933e43ca9d3a6f65b0284ac0bd9de2a686f08:01AbCdEfGhIjKlMnOpQrStUvWxYz0123:1', 101, NULL, 1);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (101, 1, '2019-01-01 10:00:00', '2019-01-01 10:00:00', 'Kadıköy', 'TR', 'Ayşe', 'Yılmaz', 'İstanbul', 'Bağdat Cd. 1
Daire 1', '0532 111 22 33', NULL);
INSERT INTO sales_order (state, status, customer_id, customer_email, grand_total, increment_id) VALUES ('complete', 'complete', 1, 'ayse.yilmaz@example.com', 199.90, '000000001');
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (2, 1, 'mehmet.kaya@example.com', 1, 1, '2019-02-02 10:01:00', '2019-02-02 10:01:00', 1, 'Default Store View', 'Mehmet', 'Kaya', '1979-11-02', '27c5fdd2dda560cf34ff732037f549c5:02AbCdEfGhIjKlMnOpQrStUvWxYz0123:0', 102, NULL, 2);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (102, 2, '2019-02-02 10:01:00', '2019-02-02 10:01:00', 'Çankaya', 'TR', 'Mehmet', 'Kaya', 'Ankara', 'Bağdat Cd. 2
Daire 2', '+90 533 222 33 44', NULL);
INSERT INTO sales_order (state, status, customer_id, customer_email, grand_total, increment_id) VALUES ('complete', 'complete', 2, 'mehmet.kaya@example.com', 199.90, '000000002');
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (3, 1, 'zeynep.demir@example.com', 1, 1, '2019-03-03 10:02:00', '2019-03-03 10:02:00', 1, 'Default Store View', 'Zeynep', 'Demir', NULL, 'a8fccc3f1fb6ceaaf79e3c4182f0cb6d7d767c73ee4121a61b990022fe90ee05:03AbCdEfGhIjKlMnOpQrStUvWxYz0123:3_32_2_67108864', 103, NULL, 1);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (103, 3, '2019-03-03 10:02:00', '2019-03-03 10:02:00', 'Karşıyaka', 'TR', 'Zeynep', 'Demir', 'İzmir', 'Bağdat Cd. 3
Daire 3', '5354445566', '1234500003');
INSERT INTO newsletter_subscriber (store_id, customer_id, subscriber_email, subscriber_status) VALUES (1, 3, 'zeynep.demir@example.com', 1);
INSERT INTO sales_order (state, status, customer_id, customer_email, grand_total, increment_id) VALUES ('complete', 'complete', 3, 'zeynep.demir@example.com', 199.90, '000000003');
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (4, 1, 'mustafa.celik@example.com', 1, 1, '2019-04-04 10:03:00', '2019-04-04 10:03:00', 1, 'Default Store View', 'Mustafa', 'Çelik', '1990-07-30', '2b676b897126ba838b4188b18d77c1b1b4e468cc3966b1984197d28d2ec3973f:04AbCdEfGhIjKlMnOpQrStUvWxYz0123:1', 104, NULL, 2);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (104, 4, '2019-04-04 10:03:00', '2019-04-04 10:03:00', 'Nilüfer', 'TR', 'Mustafa', 'Çelik', 'Bursa', 'Bağdat Cd. 4
Daire 4', '0542 555 66 77', NULL);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone) VALUES (204, 4, '2019-04-04 10:03:00', '2019-04-04 10:03:00', 'Bilinmeyen', 'TR', 'Mustafa', 'Çelik', 'Bursa', 'Köy Yolu 4', '0542 555 66 77');
INSERT INTO sales_order (state, status, customer_id, customer_email, grand_total, increment_id) VALUES ('complete', 'complete', 4, 'mustafa.celik@example.com', 199.90, '000000004');
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (5, 1, 'elif.sahin@example.com', 1, 1, '2019-05-05 10:04:00', '2019-05-05 10:04:00', 1, 'Default Store View', 'Elif', 'Şahin', '1995-01-19', 'de9b3b895e781f2d9fe3fe15e490d2ddb36c2e04b98e2ec6f3af0cda08b4ccce:05AbCdEfGhIjKlMnOpQrStUvWxYz0123:0:1', NULL, '00000000000000000000000000000005', 1);
INSERT INTO sales_order (state, status, customer_id, customer_email, grand_total, increment_id) VALUES ('complete', 'complete', 5, 'elif.sahin@example.com', 199.90, '000000005');
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (6, 1, 'ahmet.ozturk@example.com', 1, 1, '2019-06-06 10:05:00', '2019-06-06 10:05:00', 1, 'Default Store View', 'Ahmet', 'Öztürk', '1983-03-03', 'a6c35ad6943ea0884f57315b75fb607078518b98c175f41e00fa54fb01ed10f4:06AbCdEfGhIjKlMnOpQrStUvWxYz0123:1', 106, NULL, 2);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (106, 6, '2019-06-06 10:05:00', '2019-06-06 10:05:00', 'Üsküdar', 'TR', 'Ahmet', 'Öztürk', 'İstanbul', 'Bağdat Cd. 6
Daire 6', '0505 666 77 88', '1234500006');
INSERT INTO newsletter_subscriber (store_id, customer_id, subscriber_email, subscriber_status) VALUES (1, 6, 'ahmet.ozturk@example.com', 1);
INSERT INTO sales_order (state, status, customer_id, customer_email, grand_total, increment_id) VALUES ('complete', 'complete', 6, 'ahmet.ozturk@example.com', 199.90, '000000006');
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (7, 1, 'fatma.arslan@example.com', 1, 1, '2019-07-07 10:06:00', '2019-07-07 10:06:00', 1, 'Default Store View', 'Fatma', 'Arslan', '1970-12-25', 'b9f308f6ccc9d4ed902f14e6970aae2e3ed43b0b40d32ae7cff0e1586ac5ab46:07AbCdEfGhIjKlMnOpQrStUvWxYz0123:1', 107, NULL, 3);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (107, 7, '2019-07-07 10:06:00', '2019-07-07 10:06:00', 'Seyhan', 'TR', 'Fatma', 'Arslan', 'Adana', 'Bağdat Cd. 7
Daire 7', '0212 444 55 66', NULL);
INSERT INTO sales_order (state, status, customer_id, customer_email, grand_total, increment_id) VALUES ('complete', 'complete', 7, 'fatma.arslan@example.com', 199.90, '000000007');
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (8, 1, 'emre.dogan@example.com', 1, 1, '2019-08-08 10:07:00', '2019-08-08 10:07:00', 1, 'Default Store View', 'Emre', 'Doğan', NULL, 'cddf8fa24b7a56f5d30130777d47d1ed:08AbCdEfGhIjKlMnOpQrStUvWxYz0123:0', 108, NULL, 2);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (108, 8, '2019-08-08 10:07:00', '2019-08-08 10:07:00', 'Kadıköy', 'TR', 'Emre', 'Doğan', 'İstanbul', 'Bağdat Cd. 8
Daire 8', '0544 777 88 99', NULL);
INSERT INTO sales_order (state, status, customer_id, customer_email, grand_total, increment_id) VALUES ('complete', 'complete', 8, 'emre.dogan@example.com', 199.90, '000000008');
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (9, 1, 'merve.koc@example.com', 1, 1, '2019-09-09 10:08:00', '2019-09-09 10:08:00', 1, 'Default Store View', 'Merve', 'Koç', '1999-09-09', '4e5a55860d1226aacac168671b4714656cd114c2f9d97ebc0fff5201005f6b29:09AbCdEfGhIjKlMnOpQrStUvWxYz0123:3_32_2_67108864', 109, NULL, 1);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (109, 9, '2019-09-09 10:08:00', '2019-09-09 10:08:00', 'Çankaya', 'TR', 'Merve', 'Koç', 'Ankara', 'Bağdat Cd. 9
Daire 9', '0555 888 99 00', '1234500009');
INSERT INTO newsletter_subscriber (store_id, customer_id, subscriber_email, subscriber_status) VALUES (1, 9, 'merve.koc@example.com', 1);
INSERT INTO sales_order (state, status, customer_id, customer_email, grand_total, increment_id) VALUES ('complete', 'complete', 9, 'merve.koc@example.com', 199.90, '000000009');
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (10, 1, 'burak.aydin@example.com', 1, 1, '2019-10-10 10:09:00', '2019-10-10 10:09:00', 1, 'Default Store View', 'Burak', 'Aydın', '1986-06-16', 'cbe5013d2798c5559d224c928ade48c88215260bddc40765a90132d82c01b542:10AbCdEfGhIjKlMnOpQrStUvWxYz0123:1', 110, '0000000000000000000000000000000a', 2);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (110, 10, '2019-10-10 10:09:00', '2019-10-10 10:09:00', 'Karşıyaka', 'TR', 'Burak', 'Aydın', 'İzmir', 'Bağdat Cd. 10
Daire 10', '0530 999 00 11', NULL);
INSERT INTO sales_order (state, status, customer_id, customer_email, grand_total, increment_id) VALUES ('complete', 'complete', 10, 'burak.aydin@example.com', 199.90, '000000010');
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (11, 1, 'selin.kurt@example.com', 1, 1, '2019-11-11 10:10:00', '2019-11-11 10:10:00', 1, 'Default Store View', 'Selin', 'Kurt', '1992-02-29', '26ccb58d590292b32095ea782106b8e056e68968944b647e10f9b63a45317ff9:11AbCdEfGhIjKlMnOpQrStUvWxYz0123:0:1', 111, NULL, 1);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (111, 11, '2019-11-11 10:10:00', '2019-11-11 10:10:00', 'Nilüfer', 'TR', 'Selin', 'Kurt', 'Bursa', 'Bağdat Cd. 11
Daire 11', '0536 123 45 67', NULL);
INSERT INTO sales_order (state, status, customer_id, customer_email, grand_total, increment_id) VALUES ('complete', 'complete', 11, 'selin.kurt@example.com', 199.90, '000000011');
INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, updated_at, is_active, created_in, firstname, lastname, dob, password_hash, default_billing, confirmation, gender) VALUES (12, 1, 'can.ozdemir@example.com', 1, 1, '2019-12-12 10:11:00', '2019-12-12 10:11:00', 1, 'Default Store View', 'Can', 'Özdemir', '1975-05-05', '4cd598c0de06d84da4a46984c7df2b209bb446a420e4ceae24821d1710b241ec:12AbCdEfGhIjKlMnOpQrStUvWxYz0123:1', 112, NULL, 2);
INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, country_id, firstname, lastname, region, street, telephone, vat_id) VALUES (112, 12, '2019-12-12 10:11:00', '2019-12-12 10:11:00', 'Muratpaşa', 'TR', 'Can', 'Özdemir', 'Antalya', 'Bağdat Cd. 12
Daire 12', '0538 765 43 21', '1234500012');
INSERT INTO newsletter_subscriber (store_id, customer_id, subscriber_email, subscriber_status) VALUES (1, 12, 'can.ozdemir@example.com', 1);
INSERT INTO sales_order (state, status, customer_id, customer_email, grand_total, increment_id) VALUES ('complete', 'complete', 12, 'can.ozdemir@example.com', 199.90, '000000012');
INSERT INTO sales_order (state, status, customer_id, customer_email, customer_is_guest, grand_total, increment_id) VALUES ('new', 'pending', NULL, 'misafir@example.com', 1, 49.90, '000000900');
