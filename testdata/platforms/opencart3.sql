-- opencart3: the platform's customer and order tables (column names and types as its install
-- schema creates them), only those etl init reads, with test rows.
-- Written by scripts/platformfixtures; the plaintexts are in opencart3.plain.tsv.

CREATE TABLE oc_user (
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
INSERT INTO oc_user VALUES (1, 1, 'admin', '78eeebd97775b6044af65cec52497ef270c0db9b', 'AbC123xYz', 'Site', 'Admin', 'admin@shop.example.com', '', '', '127.0.0.1', 1, '2018-01-01 09:00:00');
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
INSERT INTO oc_zone VALUES (3320, 215, 'İstanbul', '01', 1);
INSERT INTO oc_zone VALUES (3321, 215, 'Ankara', '02', 1);
INSERT INTO oc_zone VALUES (3322, 215, 'İzmir', '03', 1);
INSERT INTO oc_zone VALUES (3323, 215, 'Bursa', '04', 1);
INSERT INTO oc_zone VALUES (3324, 215, 'Antalya', '05', 1);
INSERT INTO oc_zone VALUES (3326, 215, 'Adana', '07', 1);
INSERT INTO oc_address VALUES (1, 1, 'Ayşe', 'Yılmaz', '', 'Gazi Cd. No 1', '', 'Kadıköy', '', 215, 3320, '');
INSERT INTO oc_customer (customer_id, customer_group_id, language_id, firstname, lastname, email, telephone, fax, password, salt, newsletter, address_id, custom_field, ip, status, safe, token, code, date_added) VALUES (1, 1, 1, 'Ayşe', 'Yılmaz', 'ayse.yilmaz@example.com', '0532 111 22 33', '', 'fae645c4ba2c43eadae90ad2680cabd841ef5a56', 's01Qx7Lm0', 1, 1, '', '10.0.0.1', 1, 0, '', '', '2019-01-01 10:00:00');
INSERT INTO oc_order (order_id, customer_id, firstname, lastname, email, telephone, payment_firstname, payment_lastname, payment_address_1, payment_city, payment_country, payment_zone, payment_method, shipping_address_1, shipping_city, shipping_country, shipping_zone, shipping_method, total, order_status_id, date_added, date_modified) VALUES (1, 1, 'Ayşe', 'Yılmaz', 'ayse.yilmaz@example.com', '', 'Ayşe', 'Yılmaz', 'Fatura Sk. 1', 'Çankaya', 'Turkey', 'Ankara', 'Banka Havalesi', '', '', 'Turkey', '', '', 798.00, 2, '2023-02-02 12:01:00', '2023-02-02 12:01:00');
INSERT INTO oc_order_product (order_id, product_id, name, model, quantity, price, total, tax, reward) VALUES (1, 2, 'Kot Pantolon', 'KP-204', 2, 399.00, 399.00, 0, 0);
INSERT INTO oc_address VALUES (2, 2, 'Mehmet', 'Kaya', '', 'Gazi Cd. No 2', 'Kat 2', 'Çankaya', '', 215, 3321, '');
INSERT INTO oc_customer (customer_id, customer_group_id, language_id, firstname, lastname, email, telephone, fax, password, salt, newsletter, address_id, custom_field, ip, status, safe, token, code, date_added) VALUES (2, 1, 1, 'Mehmet', 'Kaya', 'mehmet.kaya@example.com', '+90 533 222 33 44', '', 'f3bba8aa52c78e0e0e4c0de26d740de5', '', 0, 2, '', '10.0.0.2', 1, 0, '', '', '2019-02-02 10:01:00');
INSERT INTO oc_address VALUES (102, 2, 'Mehmet', 'Kaya', 'Kaya GmbH', 'Hauptstraße 5', '', 'Mitte', '10115', 81, 1256, '');
INSERT INTO oc_order (order_id, customer_id, firstname, lastname, email, telephone, payment_firstname, payment_lastname, payment_address_1, payment_city, payment_country, payment_zone, payment_method, shipping_address_1, shipping_city, shipping_country, shipping_zone, shipping_method, total, order_status_id, date_added, date_modified) VALUES (2, 2, 'Mehmet', 'Kaya', 'mehmet.kaya@example.com', '', 'Mehmet', 'Kaya', 'Fatura Sk. 2', 'Karşıyaka', 'Turkey', 'İzmir', 'Kredi Kartı', 'Teslimat Cd. 2', 'Karşıyaka', 'Turkey', 'İzmir', 'Sabit Ücret', 871.50, 1, '2023-03-03 12:02:00', '2023-03-03 12:02:00');
INSERT INTO oc_order_product (order_id, product_id, name, model, quantity, price, total, tax, reward) VALUES (2, 3, 'Deri Cüzdan', 'DC-17', 3, 250.50, 250.50, 0, 0);
INSERT INTO oc_order_product (order_id, product_id, name, model, quantity, price, total, tax, reward) VALUES (2, 5, 'Yün Atkı', 'YA-3', 1, 120.00, 120.00, 0, 0);
INSERT INTO oc_address VALUES (3, 3, 'Zeynep', 'Demir', '', 'Gazi Cd. No 3', '', 'Karşıyaka', '', 215, 3322, '');
INSERT INTO oc_customer (customer_id, customer_group_id, language_id, firstname, lastname, email, telephone, fax, password, salt, newsletter, address_id, custom_field, ip, status, safe, token, code, date_added) VALUES (3, 1, 1, 'Zeynep', 'Demir', 'zeynep.demir@example.com', '5354445566', '', 'e3b54c22e1e0a55320c2cf2af27dbd41426d63d4', 's03Qx7Lm1', 1, 3, '', '10.0.0.3', 1, 0, '', '', '2019-03-03 10:02:00');
INSERT INTO oc_order (order_id, customer_id, firstname, lastname, email, telephone, payment_firstname, payment_lastname, payment_address_1, payment_city, payment_country, payment_zone, payment_method, shipping_address_1, shipping_city, shipping_country, shipping_zone, shipping_method, total, order_status_id, date_added, date_modified) VALUES (3, 3, 'Zeynep', 'Demir', 'zeynep.demir@example.com', '', 'Zeynep', 'Demir', 'Fatura Sk. 3', 'Nilüfer', 'Turkey', 'Bursa', 'Kapıda Ödeme', 'Teslimat Cd. 3', 'Nilüfer', 'Turkey', 'Bursa', 'Sabit Ücret', 899.99, 3, '2023-04-04 12:03:00', '2023-04-04 12:03:00');
INSERT INTO oc_order_product (order_id, product_id, name, model, quantity, price, total, tax, reward) VALUES (3, 4, 'Spor Ayakkabı', 'SA-42', 1, 899.99, 899.99, 0, 0);
INSERT INTO oc_address VALUES (4, 4, 'Mustafa', 'Çelik', '', 'Gazi Cd. No 4', 'Kat 4', 'Nilüfer', '', 215, 3323, '');
INSERT INTO oc_customer (customer_id, customer_group_id, language_id, firstname, lastname, email, telephone, fax, password, salt, newsletter, address_id, custom_field, ip, status, safe, token, code, date_added) VALUES (4, 1, 1, 'Mustafa', 'Çelik', 'mustafa.celik@example.com', '0542 555 66 77', '', 'ea254d4de9f95f9ec68522d416df9f4178814f35', 's04Qx7Lm2', 0, 4, '', '10.0.0.4', 1, 0, '', '', '2019-04-04 10:03:00');
INSERT INTO oc_order (order_id, customer_id, firstname, lastname, email, telephone, payment_firstname, payment_lastname, payment_address_1, payment_city, payment_country, payment_zone, payment_method, shipping_address_1, shipping_city, shipping_country, shipping_zone, shipping_method, total, order_status_id, date_added, date_modified) VALUES (4, 4, 'Mustafa', 'Çelik', 'mustafa.celik@example.com', '', 'Mustafa', 'Çelik', 'Fatura Sk. 4', 'Muratpaşa', 'Turkey', 'Antalya', 'Banka Havalesi', 'Teslimat Cd. 4', 'Muratpaşa', 'Turkey', 'Antalya', 'Sabit Ücret', 639.00, 7, '2023-05-05 12:04:00', '2023-05-05 12:04:00');
INSERT INTO oc_order_product (order_id, product_id, name, model, quantity, price, total, tax, reward) VALUES (4, 5, 'Yün Atkı', 'YA-3', 2, 120.00, 120.00, 0, 0);
INSERT INTO oc_order_product (order_id, product_id, name, model, quantity, price, total, tax, reward) VALUES (4, 2, 'Kot Pantolon', 'KP-204', 1, 399.00, 399.00, 0, 0);
INSERT INTO oc_address VALUES (5, 5, 'Elif', 'Şahin', '', 'Gazi Cd. No 5', '', 'Muratpaşa', '', 215, 3324, '');
INSERT INTO oc_customer (customer_id, customer_group_id, language_id, firstname, lastname, email, telephone, fax, password, salt, newsletter, address_id, custom_field, ip, status, safe, token, code, date_added) VALUES (5, 1, 1, 'Elif', 'Şahin', 'elif.sahin@example.com', '', '', 'bff6ee4b60eb307352f3135fb87ba5cd', '', 1, 5, '', '10.0.0.5', 1, 0, '', '', '2019-05-05 10:04:00');
INSERT INTO oc_order (order_id, customer_id, firstname, lastname, email, telephone, payment_firstname, payment_lastname, payment_address_1, payment_city, payment_country, payment_zone, payment_method, shipping_address_1, shipping_city, shipping_country, shipping_zone, shipping_method, total, order_status_id, date_added, date_modified) VALUES (5, 5, 'Elif', 'Şahin', 'elif.sahin@example.com', '', 'Elif', 'Şahin', 'Fatura Sk. 5', 'Üsküdar', 'Turkey', 'İstanbul', 'Kredi Kartı', '', '', 'Turkey', '', '', 449.70, 11, '2023-06-06 12:05:00', '2023-06-06 12:05:00');
INSERT INTO oc_order_product (order_id, product_id, name, model, quantity, price, total, tax, reward) VALUES (5, 1, 'Pamuklu Tişört', 'TS-001', 3, 149.90, 149.90, 0, 0);
INSERT INTO oc_address VALUES (6, 6, 'Ahmet', 'Öztürk', '', 'Gazi Cd. No 6', 'Kat 6', 'Üsküdar', '', 215, 3320, '');
INSERT INTO oc_customer (customer_id, customer_group_id, language_id, firstname, lastname, email, telephone, fax, password, salt, newsletter, address_id, custom_field, ip, status, safe, token, code, date_added) VALUES (6, 1, 1, 'Ahmet', 'Öztürk', 'ahmet.ozturk@example.com', '0505 666 77 88', '', '4269b349aae2c67baac6afc2a9cf2f343b9bc7dc', 's06Qx7Lm3', 0, 6, '', '10.0.0.6', 1, 0, '', '', '2019-06-06 10:05:00');
INSERT INTO oc_order (order_id, customer_id, firstname, lastname, email, telephone, payment_firstname, payment_lastname, payment_address_1, payment_city, payment_country, payment_zone, payment_method, shipping_address_1, shipping_city, shipping_country, shipping_zone, shipping_method, total, order_status_id, date_added, date_modified) VALUES (6, 6, 'Ahmet', 'Öztürk', 'ahmet.ozturk@example.com', '', 'Ahmet', 'Öztürk', 'Fatura Sk. 6', 'Seyhan', 'Turkey', 'Adana', 'Kapıda Ödeme', 'Teslimat Cd. 6', 'Seyhan', 'Turkey', 'Adana', 'Sabit Ücret', 1298.99, 5, '2023-07-07 12:06:00', '2023-07-07 12:06:00');
INSERT INTO oc_order_product (order_id, product_id, name, model, quantity, price, total, tax, reward) VALUES (6, 2, 'Kot Pantolon', 'KP-204', 1, 399.00, 399.00, 0, 0);
INSERT INTO oc_order_product (order_id, product_id, name, model, quantity, price, total, tax, reward) VALUES (6, 4, 'Spor Ayakkabı', 'SA-42', 1, 899.99, 899.99, 0, 0);
INSERT INTO oc_address VALUES (7, 7, 'Fatma', 'Arslan', '', 'Gazi Cd. No 7', '', 'Seyhan', '', 215, 3326, '');
INSERT INTO oc_customer (customer_id, customer_group_id, language_id, firstname, lastname, email, telephone, fax, password, salt, newsletter, address_id, custom_field, ip, status, safe, token, code, date_added) VALUES (7, 1, 1, 'Fatma', 'Arslan', 'fatma.arslan@example.com', '0212 444 55 66', '', '83b2634b67755c3a5191a22575a217aeb1f7b475', 's07Qx7Lm4', 1, 7, '', '10.0.0.7', 1, 0, '', '', '2019-07-07 10:06:00');
INSERT INTO oc_order (order_id, customer_id, firstname, lastname, email, telephone, payment_firstname, payment_lastname, payment_address_1, payment_city, payment_country, payment_zone, payment_method, shipping_address_1, shipping_city, shipping_country, shipping_zone, shipping_method, total, order_status_id, date_added, date_modified) VALUES (7, 7, 'Fatma', 'Arslan', 'fatma.arslan@example.com', '', 'Fatma', 'Arslan', 'Fatura Sk. 7', 'Kadıköy', 'Turkey', 'İstanbul', 'Banka Havalesi', 'Teslimat Cd. 7', 'Kadıköy', 'Turkey', 'İstanbul', 'Sabit Ücret', 501.00, 5, '2023-08-08 12:07:00', '2023-08-08 12:07:00');
INSERT INTO oc_order_product (order_id, product_id, name, model, quantity, price, total, tax, reward) VALUES (7, 3, 'Deri Cüzdan', 'DC-17', 2, 250.50, 250.50, 0, 0);
INSERT INTO oc_address VALUES (8, 8, 'Emre', 'Doğan', '', 'Gazi Cd. No 8', 'Kat 8', 'Kadıköy', '', 215, 3320, '');
INSERT INTO oc_customer (customer_id, customer_group_id, language_id, firstname, lastname, email, telephone, fax, password, salt, newsletter, address_id, custom_field, ip, status, safe, token, code, date_added) VALUES (8, 1, 1, 'Emre', 'Doğan', 'emre.dogan@example.com', '0544 777 88 99', '', '1a59f20014edb0b8ffe4676d0d9f3c02', '', 0, 8, '', '10.0.0.8', 1, 0, '', '', '2019-08-08 10:07:00');
INSERT INTO oc_order (order_id, customer_id, firstname, lastname, email, telephone, payment_firstname, payment_lastname, payment_address_1, payment_city, payment_country, payment_zone, payment_method, shipping_address_1, shipping_city, shipping_country, shipping_zone, shipping_method, total, order_status_id, date_added, date_modified) VALUES (8, 8, 'Emre', 'Doğan', 'emre.dogan@example.com', '', 'Emre', 'Doğan', 'Fatura Sk. 8', 'Çankaya', 'Turkey', 'Ankara', 'Kredi Kartı', 'Teslimat Cd. 8', 'Çankaya', 'Turkey', 'Ankara', 'Sabit Ücret', 2849.87, 2, '2023-09-09 12:08:00', '2023-09-09 12:08:00');
INSERT INTO oc_order_product (order_id, product_id, name, model, quantity, price, total, tax, reward) VALUES (8, 4, 'Spor Ayakkabı', 'SA-42', 3, 899.99, 899.99, 0, 0);
INSERT INTO oc_order_product (order_id, product_id, name, model, quantity, price, total, tax, reward) VALUES (8, 1, 'Pamuklu Tişört', 'TS-001', 1, 149.90, 149.90, 0, 0);
INSERT INTO oc_address VALUES (9, 9, 'Merve', 'Koç', '', 'Gazi Cd. No 9', '', 'Çankaya', '', 215, 3321, '');
INSERT INTO oc_customer (customer_id, customer_group_id, language_id, firstname, lastname, email, telephone, fax, password, salt, newsletter, address_id, custom_field, ip, status, safe, token, code, date_added) VALUES (9, 1, 1, 'Merve', 'Koç', 'merve.koc@example.com', '0555 888 99 00', '', 'd580f277f352248dc984ed8ecd6bfa5ee0dc7e6a', 's09Qx7Lm5', 1, 9, '', '10.0.0.9', 1, 0, '', '', '2019-09-09 10:08:00');
INSERT INTO oc_order (order_id, customer_id, firstname, lastname, email, telephone, payment_firstname, payment_lastname, payment_address_1, payment_city, payment_country, payment_zone, payment_method, shipping_address_1, shipping_city, shipping_country, shipping_zone, shipping_method, total, order_status_id, date_added, date_modified) VALUES (9, 9, 'Merve', 'Koç', 'merve.koc@example.com', '', 'Merve', 'Koç', 'Fatura Sk. 9', 'Karşıyaka', 'Turkey', 'İzmir', 'Kapıda Ödeme', '', '', 'Turkey', '', '', 120.00, 1, '2023-10-10 12:09:00', '2023-10-10 12:09:00');
INSERT INTO oc_order_product (order_id, product_id, name, model, quantity, price, total, tax, reward) VALUES (9, 5, 'Yün Atkı', 'YA-3', 1, 120.00, 120.00, 0, 0);
INSERT INTO oc_address VALUES (10, 10, 'Burak', 'Aydın', '', 'Gazi Cd. No 10', 'Kat 10', 'Karşıyaka', '', 215, 3322, '');
INSERT INTO oc_customer (customer_id, customer_group_id, language_id, firstname, lastname, email, telephone, fax, password, salt, newsletter, address_id, custom_field, ip, status, safe, token, code, date_added) VALUES (10, 1, 1, 'Burak', 'Aydın', 'burak.aydin@example.com', '0530 999 00 11', '', '5216b0d0b7c829cf98ce97d63d08b40076c9e98f', 's10Qx7Lm6', 0, 10, '', '10.0.0.10', 1, 0, '', '', '2019-10-10 10:09:00');
INSERT INTO oc_order (order_id, customer_id, firstname, lastname, email, telephone, payment_firstname, payment_lastname, payment_address_1, payment_city, payment_country, payment_zone, payment_method, shipping_address_1, shipping_city, shipping_country, shipping_zone, shipping_method, total, order_status_id, date_added, date_modified) VALUES (10, 10, 'Burak', 'Aydın', 'burak.aydin@example.com', '', 'Burak', 'Aydın', 'Fatura Sk. 10', 'Nilüfer', 'Turkey', 'Bursa', 'Banka Havalesi', 'Teslimat Cd. 10', 'Nilüfer', 'Turkey', 'Bursa', 'Sabit Ücret', 550.30, 3, '2023-11-11 12:10:00', '2023-11-11 12:10:00');
INSERT INTO oc_order_product (order_id, product_id, name, model, quantity, price, total, tax, reward) VALUES (10, 1, 'Pamuklu Tişört', 'TS-001', 2, 149.90, 149.90, 0, 0);
INSERT INTO oc_order_product (order_id, product_id, name, model, quantity, price, total, tax, reward) VALUES (10, 3, 'Deri Cüzdan', 'DC-17', 1, 250.50, 250.50, 0, 0);
INSERT INTO oc_address VALUES (11, 11, 'Selin', 'Kurt', '', 'Gazi Cd. No 11', '', 'Nilüfer', '', 215, 3323, '');
INSERT INTO oc_customer (customer_id, customer_group_id, language_id, firstname, lastname, email, telephone, fax, password, salt, newsletter, address_id, custom_field, ip, status, safe, token, code, date_added) VALUES (11, 1, 1, 'Selin', 'Kurt', 'selin.kurt@example.com', '0536 123 45 67', '', 'e7b8ab5d4e7cdc8c339810250c634ea6', '', 1, 11, '', '10.0.0.11', 1, 0, '', '', '2019-11-11 10:10:00');
INSERT INTO oc_order (order_id, customer_id, firstname, lastname, email, telephone, payment_firstname, payment_lastname, payment_address_1, payment_city, payment_country, payment_zone, payment_method, shipping_address_1, shipping_city, shipping_country, shipping_zone, shipping_method, total, order_status_id, date_added, date_modified) VALUES (11, 11, 'Selin', 'Kurt', 'selin.kurt@example.com', '', 'Selin', 'Kurt', 'Fatura Sk. 11', 'Muratpaşa', 'Turkey', 'Antalya', 'Kredi Kartı', 'Teslimat Cd. 11', 'Muratpaşa', 'Turkey', 'Antalya', 'Sabit Ücret', 1197.00, 7, '2023-12-12 12:11:00', '2023-12-12 12:11:00');
INSERT INTO oc_order_product (order_id, product_id, name, model, quantity, price, total, tax, reward) VALUES (11, 2, 'Kot Pantolon', 'KP-204', 3, 399.00, 399.00, 0, 0);
INSERT INTO oc_address VALUES (12, 12, 'Can', 'Özdemir', '', 'Gazi Cd. No 12', 'Kat 12', 'Muratpaşa', '', 215, 3324, '');
INSERT INTO oc_customer (customer_id, customer_group_id, language_id, firstname, lastname, email, telephone, fax, password, salt, newsletter, address_id, custom_field, ip, status, safe, token, code, date_added) VALUES (12, 1, 1, 'Can', 'Özdemir', 'can.ozdemir@example.com', '0538 765 43 21', '', '6b93b1a959491557bb190ca131431eceafe048a7', 's12Qx7Lm7', 0, 12, '', '10.0.0.12', 1, 0, '', '', '2019-12-12 10:11:00');
INSERT INTO oc_order (order_id, customer_id, firstname, lastname, email, telephone, payment_firstname, payment_lastname, payment_address_1, payment_city, payment_country, payment_zone, payment_method, shipping_address_1, shipping_city, shipping_country, shipping_zone, shipping_method, total, order_status_id, date_added, date_modified) VALUES (12, 12, 'Can', 'Özdemir', 'can.ozdemir@example.com', '', 'Can', 'Özdemir', 'Fatura Sk. 12', 'Üsküdar', 'Turkey', 'İstanbul', 'Kapıda Ödeme', 'Teslimat Cd. 12', 'Üsküdar', 'Turkey', 'İstanbul', 'Sabit Ücret', 370.50, 11, '2023-01-13 12:12:00', '2023-01-13 12:12:00');
INSERT INTO oc_order_product (order_id, product_id, name, model, quantity, price, total, tax, reward) VALUES (12, 3, 'Deri Cüzdan', 'DC-17', 1, 250.50, 250.50, 0, 0);
INSERT INTO oc_order_product (order_id, product_id, name, model, quantity, price, total, tax, reward) VALUES (12, 5, 'Yün Atkı', 'YA-3', 1, 120.00, 120.00, 0, 0);
INSERT INTO oc_order (order_id, customer_id, firstname, lastname, email, telephone, payment_firstname, payment_lastname, payment_address_1, payment_city, payment_country, payment_zone, payment_method, shipping_address_1, shipping_city, shipping_country, shipping_zone, shipping_method, total, order_status_id, date_added, date_modified) VALUES (13, 0, 'Misafir', 'Alıcı', 'misafir@example.com', '', 'Misafir', 'Alıcı', 'Fatura Sk. 13', 'Seyhan', 'Turkey', 'Adana', 'Banka Havalesi', '', '', 'Turkey', '', '', 1799.98, 5, '2023-02-14 12:13:00', '2023-02-14 12:13:00');
INSERT INTO oc_order_product (order_id, product_id, name, model, quantity, price, total, tax, reward) VALUES (13, 4, 'Spor Ayakkabı', 'SA-42', 2, 899.99, 899.99, 0, 0);
INSERT INTO oc_order (order_id, customer_id, firstname, lastname, email, telephone, payment_firstname, payment_lastname, payment_address_1, payment_city, payment_country, payment_zone, payment_method, shipping_address_1, shipping_city, shipping_country, shipping_zone, shipping_method, total, order_status_id, date_added, date_modified) VALUES (14, 1, 'Ayşe', 'Yılmaz', 'ayse.yilmaz@example.com', '', 'Ayşe', 'Yılmaz', 'Fatura Sk. 14', 'Kadıköy', 'Turkey', 'İstanbul', 'Kredi Kartı', 'Teslimat Cd. 14', 'Kadıköy', 'Turkey', 'İstanbul', 'Sabit Ücret', 759.00, 0, '2023-03-15 12:14:00', '2023-03-15 12:14:00');
INSERT INTO oc_order_product (order_id, product_id, name, model, quantity, price, total, tax, reward) VALUES (14, 5, 'Yün Atkı', 'YA-3', 3, 120.00, 120.00, 0, 0);
INSERT INTO oc_order_product (order_id, product_id, name, model, quantity, price, total, tax, reward) VALUES (14, 2, 'Kot Pantolon', 'KP-204', 1, 399.00, 399.00, 0, 0);
