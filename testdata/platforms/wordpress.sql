-- wordpress: the platform's customer and order tables (column names and types as its install
-- schema creates them), only those etl init reads, with test rows.
-- Written by scripts/platformfixtures; the plaintexts are in wordpress.plain.tsv.

CREATE TABLE wp_users (
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
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (1, 'admin', '$P$B01234567BJU/loaPncGdQd9Ee756a0', 'admin', 'ayse.yilmaz@example.com', '2019-01-01 10:00:00', 'Ayşe Yılmaz');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (1, 'nickname', 'admin'), (1, 'first_name', 'Ayşe'), (1, 'last_name', 'Yılmaz'), (1, 'wp_capabilities', 'a:1:{s:13:"administrator";b:1;}'), (1, 'billing_first_name', 'Ayşe'), (1, 'billing_phone', '0532 111 22 33');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (1, 'billing_last_name', 'Yılmaz'), (1, 'billing_address_1', 'İnönü Cd. 1'), (1, 'billing_city', 'Kadıköy'), (1, 'billing_state', 'TR34'), (1, 'billing_postcode', NULL), (1, 'billing_country', 'TR');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt, date_updated_gmt, payment_method, payment_method_title) VALUES (1001, 'wc-processing', 'TRY', 'shop_order', 798.00, 1, 'ayse.yilmaz@example.com', '2023-02-02 12:01:00', '2023-02-02 12:01:00', 'bacs', 'Doğrudan banka havalesi');
INSERT INTO wp_wc_order_operational_data (order_id, created_via, prices_include_tax, discount_total_amount) VALUES (1001, 'checkout', 1, 0);
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country, email) VALUES (1001, 'billing', 'Ad', 'Fatura Sk. 1', '', 'Çankaya', 'TR06', 'TR', 'ayse.yilmaz@example.com');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10010, 'Kot Pantolon', 'line_item', 1001);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (10010, '_qty', '2'), (10010, '_product_id', '501'), (10010, '_variation_id', '0'), (10010, '_line_subtotal', '798.00'), (10010, '_line_total', '798.00');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10019, 'Sabit ücret', 'shipping', 1001);
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (2, 'user02', '$wp$2y$10$Z.typNcellEUGWzGTgMhr..NgBPyRYrFyV5bV8Tr2KyLGNSaV9G3W', 'user02', 'mehmet.kaya@example.com', '2019-02-02 10:01:00', 'Mehmet Kaya');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (2, 'nickname', 'user02'), (2, 'first_name', 'Mehmet'), (2, 'last_name', 'Kaya'), (2, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}'), (2, 'billing_first_name', 'Mehmet'), (2, 'billing_phone', '+90 533 222 33 44');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (2, 'billing_last_name', 'Kaya'), (2, 'billing_address_1', 'İnönü Cd. 2'), (2, 'billing_city', 'Çankaya'), (2, 'billing_state', 'TR06'), (2, 'billing_postcode', NULL), (2, 'billing_country', 'TR');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (2, 'shipping_last_name', 'Kaya'), (2, 'shipping_address_1', 'Liman Yolu 2'), (2, 'shipping_city', 'Muratpaşa'), (2, 'shipping_state', 'TR07'), (2, 'shipping_postcode', NULL), (2, 'shipping_country', 'TR'), (2, 'shipping_first_name', 'Mehmet');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt, date_updated_gmt, payment_method, payment_method_title) VALUES (1002, 'wc-on-hold', 'TRY', 'shop_order', 871.50, 2, 'mehmet.kaya@example.com', '2023-03-03 12:02:00', '2023-03-03 12:02:00', 'bacs', 'Doğrudan banka havalesi');
INSERT INTO wp_wc_order_operational_data (order_id, created_via, prices_include_tax, discount_total_amount) VALUES (1002, 'checkout', 1, 0);
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country, email) VALUES (1002, 'billing', 'Ad', 'Fatura Sk. 2', '', 'Karşıyaka', 'TR35', 'TR', 'mehmet.kaya@example.com');
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country) VALUES (1002, 'shipping', 'Ad', 'Teslimat Cd. 2', 'Daire 2', 'Karşıyaka', 'TR35', 'TR');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10020, 'Deri Cüzdan', 'line_item', 1002);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (10020, '_qty', '3'), (10020, '_product_id', '502'), (10020, '_variation_id', '0'), (10020, '_line_subtotal', '751.50'), (10020, '_line_total', '751.50');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10021, 'Yün Atkı', 'line_item', 1002);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (10021, '_qty', '1'), (10021, '_product_id', '504'), (10021, '_variation_id', '0'), (10021, '_line_subtotal', '120.00'), (10021, '_line_total', '120.00');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10029, 'Sabit ücret', 'shipping', 1002);
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (3, 'user03', '$P$B03703701Thrd4wZCcGePCsB6kNirN.', 'user03', 'zeynep.demir@example.com', '2019-03-03 10:02:00', 'Zeynep Demir');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (3, 'nickname', 'user03'), (3, 'first_name', 'Zeynep'), (3, 'last_name', 'Demir'), (3, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}'), (3, 'billing_first_name', 'Zeynep'), (3, 'billing_phone', '5354445566');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (3, 'billing_last_name', 'Demir'), (3, 'billing_address_1', 'İnönü Cd. 3'), (3, 'billing_city', 'Karşıyaka'), (3, 'billing_state', 'TR35'), (3, 'billing_postcode', NULL), (3, 'billing_country', 'TR'), (3, 'billing_company', 'Firma 3');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt, date_updated_gmt, payment_method, payment_method_title) VALUES (1003, 'wc-completed', 'TRY', 'shop_order', 889.99, 3, 'zeynep.demir@example.com', '2023-04-04 12:03:00', '2023-04-04 12:03:00', 'bacs', 'Doğrudan banka havalesi');
INSERT INTO wp_wc_order_operational_data (order_id, created_via, prices_include_tax, discount_total_amount) VALUES (1003, 'checkout', 1, 10.00000000);
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country, email) VALUES (1003, 'billing', 'Ad', 'Fatura Sk. 3', '', 'Nilüfer', 'TR16', 'TR', 'zeynep.demir@example.com');
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country) VALUES (1003, 'shipping', 'Ad', 'Teslimat Cd. 3', 'Daire 2', 'Nilüfer', 'TR16', 'TR');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10030, 'Spor Ayakkabı', 'line_item', 1003);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (10030, '_qty', '1'), (10030, '_product_id', '503'), (10030, '_variation_id', '0'), (10030, '_line_subtotal', '899.99'), (10030, '_line_total', '899.99');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10039, 'Sabit ücret', 'shipping', 1003);
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (4, 'user04', 'f637c5f73d6db1d257700598b39d3a2a', 'user04', 'mustafa.celik@example.com', '2019-04-04 10:03:00', 'Mustafa Çelik');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (4, 'nickname', 'user04'), (4, 'first_name', 'Mustafa'), (4, 'last_name', 'Çelik'), (4, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}'), (4, 'billing_first_name', 'Mustafa'), (4, 'billing_phone', '0542 555 66 77');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (4, 'billing_last_name', 'Çelik'), (4, 'billing_address_1', 'İnönü Cd. 4'), (4, 'billing_city', 'Nilüfer'), (4, 'billing_state', 'TR16'), (4, 'billing_postcode', NULL), (4, 'billing_country', 'TR');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (4, 'shipping_last_name', 'Çelik'), (4, 'shipping_address_1', 'İnönü Cd. 4'), (4, 'shipping_city', 'Nilüfer'), (4, 'shipping_state', 'TR16'), (4, 'shipping_postcode', NULL), (4, 'shipping_country', 'TR'), (4, 'shipping_first_name', 'Mustafa');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt, date_updated_gmt, payment_method, payment_method_title) VALUES (1004, 'wc-cancelled', 'TRY', 'shop_order', 639.00, 4, 'mustafa.celik@example.com', '2023-05-05 12:04:00', '2023-05-05 12:04:00', 'bacs', 'Doğrudan banka havalesi');
INSERT INTO wp_wc_order_operational_data (order_id, created_via, prices_include_tax, discount_total_amount) VALUES (1004, 'checkout', 1, 0);
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country, email) VALUES (1004, 'billing', 'Ad', 'Fatura Sk. 4', '', 'Muratpaşa', 'TR07', 'TR', 'mustafa.celik@example.com');
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country) VALUES (1004, 'shipping', 'Ad', 'Teslimat Cd. 4', 'Daire 2', 'Muratpaşa', 'TR07', 'TR');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10040, 'Yün Atkı', 'line_item', 1004);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (10040, '_qty', '2'), (10040, '_product_id', '504'), (10040, '_variation_id', '0'), (10040, '_line_subtotal', '240.00'), (10040, '_line_total', '240.00');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10041, 'Kot Pantolon', 'line_item', 1004);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (10041, '_qty', '1'), (10041, '_product_id', '501'), (10041, '_variation_id', '0'), (10041, '_line_subtotal', '399.00'), (10041, '_line_total', '399.00');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10049, 'Sabit ücret', 'shipping', 1004);
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (5, 'user05', '$P$B06172835u9BjhUpNQ4l2OllsftYQi.', 'user05', 'elif.sahin@example.com', '2019-05-05 10:04:00', 'Elif Şahin');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (5, 'nickname', 'user05'), (5, 'first_name', 'Elif'), (5, 'last_name', 'Şahin'), (5, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}'), (5, 'billing_first_name', 'Elif'), (5, 'billing_phone', NULL);
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (5, 'billing_last_name', 'Şahin'), (5, 'billing_address_1', 'İnönü Cd. 5'), (5, 'billing_city', 'Muratpaşa'), (5, 'billing_state', 'TR07'), (5, 'billing_postcode', NULL), (5, 'billing_country', 'TR');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt, date_updated_gmt, payment_method, payment_method_title) VALUES (1005, 'wc-refunded', 'TRY', 'shop_order', 449.70, 5, 'elif.sahin@example.com', '2023-06-06 12:05:00', '2023-06-06 12:05:00', 'bacs', 'Doğrudan banka havalesi');
INSERT INTO wp_wc_order_operational_data (order_id, created_via, prices_include_tax, discount_total_amount) VALUES (1005, 'checkout', 1, 0);
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country, email) VALUES (1005, 'billing', 'Ad', 'Fatura Sk. 5', '', 'Üsküdar', 'TR34', 'TR', 'elif.sahin@example.com');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10050, 'Pamuklu Tişört', 'line_item', 1005);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (10050, '_qty', '3'), (10050, '_product_id', '500'), (10050, '_variation_id', '0'), (10050, '_line_subtotal', '449.70'), (10050, '_line_total', '449.70');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10059, 'Sabit ücret', 'shipping', 1005);
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (6, 'user06', '$wp$2y$10$9YxHAWdyRyEKkWnR9hZMy.s5VCYMjkYuAadH9vgl4rdycMJkZ4Y3i', 'user06', 'ahmet.ozturk@example.com', '2019-06-06 10:05:00', 'Ahmet Öztürk');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (6, 'nickname', 'user06'), (6, 'first_name', 'Ahmet'), (6, 'last_name', 'Öztürk'), (6, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}'), (6, 'billing_first_name', 'Ahmet'), (6, 'billing_phone', '0505 666 77 88');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (6, 'billing_last_name', 'Öztürk'), (6, 'billing_address_1', 'İnönü Cd. 6'), (6, 'billing_city', 'Üsküdar'), (6, 'billing_state', 'TR34'), (6, 'billing_postcode', NULL), (6, 'billing_country', 'TR'), (6, 'billing_company', 'Firma 6');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt, date_updated_gmt, payment_method, payment_method_title) VALUES (1006, 'wc-pending', 'TRY', 'shop_order', 1288.99, 6, 'ahmet.ozturk@example.com', '2023-07-07 12:06:00', '2023-07-07 12:06:00', 'bacs', 'Doğrudan banka havalesi');
INSERT INTO wp_wc_order_operational_data (order_id, created_via, prices_include_tax, discount_total_amount) VALUES (1006, 'checkout', 1, 10.00000000);
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country, email) VALUES (1006, 'billing', 'Ad', 'Fatura Sk. 6', '', 'Seyhan', 'TR01', 'TR', 'ahmet.ozturk@example.com');
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country) VALUES (1006, 'shipping', 'Ad', 'Teslimat Cd. 6', 'Daire 2', 'Seyhan', 'TR01', 'TR');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10060, 'Kot Pantolon', 'line_item', 1006);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (10060, '_qty', '1'), (10060, '_product_id', '501'), (10060, '_variation_id', '0'), (10060, '_line_subtotal', '399.00'), (10060, '_line_total', '399.00');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10061, 'Spor Ayakkabı', 'line_item', 1006);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (10061, '_qty', '1'), (10061, '_product_id', '503'), (10061, '_variation_id', '0'), (10061, '_line_subtotal', '899.99'), (10061, '_line_total', '899.99');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10069, 'Sabit ücret', 'shipping', 1006);
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (7, 'user07', '$P$B08641969HEqWUiHEEelQ1D4lr7POu0', 'user07', 'fatma.arslan@example.com', '2019-07-07 10:06:00', 'Fatma Arslan');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (7, 'nickname', 'user07'), (7, 'first_name', 'Fatma'), (7, 'last_name', 'Arslan'), (7, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}'), (7, 'billing_first_name', 'Fatma'), (7, 'billing_phone', '0212 444 55 66');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (7, 'billing_last_name', 'Arslan'), (7, 'billing_address_1', 'İnönü Cd. 7'), (7, 'billing_city', 'Seyhan'), (7, 'billing_state', 'TR01'), (7, 'billing_postcode', NULL), (7, 'billing_country', 'TR');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt, date_updated_gmt, payment_method, payment_method_title) VALUES (1007, 'wc-failed', 'TRY', 'shop_order', 501.00, 7, 'fatma.arslan@example.com', '2023-08-08 12:07:00', '2023-08-08 12:07:00', 'bacs', 'Doğrudan banka havalesi');
INSERT INTO wp_wc_order_operational_data (order_id, created_via, prices_include_tax, discount_total_amount) VALUES (1007, 'checkout', 1, 0);
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country, email) VALUES (1007, 'billing', 'Ad', 'Fatura Sk. 7', '', 'Kadıköy', 'TR34', 'TR', 'fatma.arslan@example.com');
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country) VALUES (1007, 'shipping', 'Ad', 'Teslimat Cd. 7', 'Daire 2', 'Kadıköy', 'TR34', 'TR');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10070, 'Deri Cüzdan', 'line_item', 1007);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (10070, '_qty', '2'), (10070, '_product_id', '502'), (10070, '_variation_id', '0'), (10070, '_line_subtotal', '501.00'), (10070, '_line_total', '501.00');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10079, 'Sabit ücret', 'shipping', 1007);
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (8, 'user08', '1a59f20014edb0b8ffe4676d0d9f3c02', 'user08', 'emre.dogan@example.com', '2019-08-08 10:07:00', 'Emre Doğan');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (8, 'nickname', 'user08'), (8, 'first_name', 'Emre'), (8, 'last_name', 'Doğan'), (8, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}'), (8, 'billing_first_name', 'Emre'), (8, 'billing_phone', '0544 777 88 99');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (8, 'billing_last_name', 'Doğan'), (8, 'billing_address_1', 'İnönü Cd. 8'), (8, 'billing_city', 'Kadıköy'), (8, 'billing_state', 'TR34'), (8, 'billing_postcode', NULL), (8, 'billing_country', 'TR');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (8, 'shipping_last_name', 'Doğan'), (8, 'shipping_address_1', 'Liman Yolu 8'), (8, 'shipping_city', 'Nilüfer'), (8, 'shipping_state', 'TR16'), (8, 'shipping_postcode', NULL), (8, 'shipping_country', 'TR'), (8, 'shipping_first_name', 'Emre');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt, date_updated_gmt, payment_method, payment_method_title) VALUES (1008, 'wc-completed', 'TRY', 'shop_order', 2849.87, 8, 'emre.dogan@example.com', '2023-09-09 12:08:00', '2023-09-09 12:08:00', 'bacs', 'Doğrudan banka havalesi');
INSERT INTO wp_wc_order_operational_data (order_id, created_via, prices_include_tax, discount_total_amount) VALUES (1008, 'checkout', 1, 0);
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country, email) VALUES (1008, 'billing', 'Ad', 'Fatura Sk. 8', '', 'Çankaya', 'TR06', 'TR', 'emre.dogan@example.com');
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country) VALUES (1008, 'shipping', 'Ad', 'Teslimat Cd. 8', 'Daire 2', 'Çankaya', 'TR06', 'TR');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10080, 'Spor Ayakkabı', 'line_item', 1008);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (10080, '_qty', '3'), (10080, '_product_id', '503'), (10080, '_variation_id', '0'), (10080, '_line_subtotal', '2699.97'), (10080, '_line_total', '2699.97');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10081, 'Pamuklu Tişört', 'line_item', 1008);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (10081, '_qty', '1'), (10081, '_product_id', '500'), (10081, '_variation_id', '0'), (10081, '_line_subtotal', '149.90'), (10081, '_line_total', '149.90');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10089, 'Sabit ücret', 'shipping', 1008);
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (9, 'user09', '$P$B11111103gVzDeRF8Qa1ANuTeBWzVg0', 'user09', 'merve.koc@example.com', '2019-09-09 10:08:00', 'Merve Koç');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (9, 'nickname', 'user09'), (9, 'first_name', 'Merve'), (9, 'last_name', 'Koç'), (9, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}'), (9, 'billing_first_name', 'Merve'), (9, 'billing_phone', '0555 888 99 00');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (9, 'billing_last_name', 'Koç'), (9, 'billing_address_1', 'İnönü Cd. 9'), (9, 'billing_city', 'Çankaya'), (9, 'billing_state', 'TR06'), (9, 'billing_postcode', NULL), (9, 'billing_country', 'TR'), (9, 'billing_company', 'Firma 9');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt, date_updated_gmt, payment_method, payment_method_title) VALUES (1009, 'wc-processing', 'TRY', 'shop_order', 110.00, 9, 'merve.koc@example.com', '2023-10-10 12:09:00', '2023-10-10 12:09:00', 'bacs', 'Doğrudan banka havalesi');
INSERT INTO wp_wc_order_operational_data (order_id, created_via, prices_include_tax, discount_total_amount) VALUES (1009, 'checkout', 1, 10.00000000);
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country, email) VALUES (1009, 'billing', 'Ad', 'Fatura Sk. 9', '', 'Karşıyaka', 'TR35', 'TR', 'merve.koc@example.com');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10090, 'Yün Atkı', 'line_item', 1009);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (10090, '_qty', '1'), (10090, '_product_id', '504'), (10090, '_variation_id', '0'), (10090, '_line_subtotal', '120.00'), (10090, '_line_total', '120.00');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10099, 'Sabit ücret', 'shipping', 1009);
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (10, 'user10', '$wp$2y$10$R/4Y.f87MFP7m2aztqqIp.EpE6Sj1FEJnFHgxnVd7qLYUAFHk.6Qe', 'user10', 'burak.aydin@example.com', '2019-10-10 10:09:00', 'Burak Aydın');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (10, 'nickname', 'user10'), (10, 'first_name', 'Burak'), (10, 'last_name', 'Aydın'), (10, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}'), (10, 'billing_first_name', 'Burak'), (10, 'billing_phone', '0530 999 00 11');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (10, 'billing_last_name', 'Aydın'), (10, 'billing_address_1', 'İnönü Cd. 10'), (10, 'billing_city', 'Karşıyaka'), (10, 'billing_state', 'TR35'), (10, 'billing_postcode', NULL), (10, 'billing_country', 'TR');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt, date_updated_gmt, payment_method, payment_method_title) VALUES (1010, 'wc-on-hold', 'TRY', 'shop_order', 550.30, 10, 'burak.aydin@example.com', '2023-11-11 12:10:00', '2023-11-11 12:10:00', 'bacs', 'Doğrudan banka havalesi');
INSERT INTO wp_wc_order_operational_data (order_id, created_via, prices_include_tax, discount_total_amount) VALUES (1010, 'checkout', 1, 0);
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country, email) VALUES (1010, 'billing', 'Ad', 'Fatura Sk. 10', '', 'Nilüfer', 'TR16', 'TR', 'burak.aydin@example.com');
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country) VALUES (1010, 'shipping', 'Ad', 'Teslimat Cd. 10', 'Daire 2', 'Nilüfer', 'TR16', 'TR');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10100, 'Pamuklu Tişört', 'line_item', 1010);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (10100, '_qty', '2'), (10100, '_product_id', '500'), (10100, '_variation_id', '0'), (10100, '_line_subtotal', '299.80'), (10100, '_line_total', '299.80');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10101, 'Deri Cüzdan', 'line_item', 1010);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (10101, '_qty', '1'), (10101, '_product_id', '502'), (10101, '_variation_id', '0'), (10101, '_line_subtotal', '250.50'), (10101, '_line_total', '250.50');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10109, 'Sabit ücret', 'shipping', 1010);
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (11, 'user11', '$P$B13580237TBqGuPuBQPMxIUlSWdjo0/', 'user11', 'selin.kurt@example.com', '2019-11-11 10:10:00', 'Selin Kurt');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (11, 'nickname', 'user11'), (11, 'first_name', 'Selin'), (11, 'last_name', 'Kurt'), (11, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}'), (11, 'billing_first_name', 'Selin'), (11, 'billing_phone', '0536 123 45 67');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (11, 'billing_last_name', 'Kurt'), (11, 'billing_address_1', 'İnönü Cd. 11'), (11, 'billing_city', 'Nilüfer'), (11, 'billing_state', 'TR16'), (11, 'billing_postcode', NULL), (11, 'billing_country', 'TR');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt, date_updated_gmt, payment_method, payment_method_title) VALUES (1011, 'wc-completed', 'TRY', 'shop_order', 1197.00, 11, 'selin.kurt@example.com', '2023-12-12 12:11:00', '2023-12-12 12:11:00', 'bacs', 'Doğrudan banka havalesi');
INSERT INTO wp_wc_order_operational_data (order_id, created_via, prices_include_tax, discount_total_amount) VALUES (1011, 'checkout', 1, 0);
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country, email) VALUES (1011, 'billing', 'Ad', 'Fatura Sk. 11', '', 'Muratpaşa', 'TR07', 'TR', 'selin.kurt@example.com');
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country) VALUES (1011, 'shipping', 'Ad', 'Teslimat Cd. 11', 'Daire 2', 'Muratpaşa', 'TR07', 'TR');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10110, 'Kot Pantolon', 'line_item', 1011);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (10110, '_qty', '3'), (10110, '_product_id', '501'), (10110, '_variation_id', '0'), (10110, '_line_subtotal', '1197.00'), (10110, '_line_total', '1197.00');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10119, 'Sabit ücret', 'shipping', 1011);
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (12, 'user12', '8ec0177f6d895e8ca8f896e15bf8cf09', 'user12', 'can.ozdemir@example.com', '2019-12-12 10:11:00', 'Can Özdemir');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (12, 'nickname', 'user12'), (12, 'first_name', 'Can'), (12, 'last_name', 'Özdemir'), (12, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}'), (12, 'billing_first_name', 'Can'), (12, 'billing_phone', '0538 765 43 21');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (12, 'billing_last_name', 'Özdemir'), (12, 'billing_address_1', 'İnönü Cd. 12'), (12, 'billing_city', 'Muratpaşa'), (12, 'billing_state', 'TR07'), (12, 'billing_postcode', NULL), (12, 'billing_country', 'TR'), (12, 'billing_company', 'Firma 12');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt, date_updated_gmt, payment_method, payment_method_title) VALUES (1012, 'wc-cancelled', 'TRY', 'shop_order', 360.50, 12, 'can.ozdemir@example.com', '2023-01-13 12:12:00', '2023-01-13 12:12:00', 'bacs', 'Doğrudan banka havalesi');
INSERT INTO wp_wc_order_operational_data (order_id, created_via, prices_include_tax, discount_total_amount) VALUES (1012, 'checkout', 1, 10.00000000);
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country, email) VALUES (1012, 'billing', 'Ad', 'Fatura Sk. 12', '', 'Üsküdar', 'TR34', 'TR', 'can.ozdemir@example.com');
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country) VALUES (1012, 'shipping', 'Ad', 'Teslimat Cd. 12', 'Daire 2', 'Üsküdar', 'TR34', 'TR');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10120, 'Deri Cüzdan', 'line_item', 1012);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (10120, '_qty', '1'), (10120, '_product_id', '502'), (10120, '_variation_id', '0'), (10120, '_line_subtotal', '250.50'), (10120, '_line_total', '250.50');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10121, 'Yün Atkı', 'line_item', 1012);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (10121, '_qty', '1'), (10121, '_product_id', '504'), (10121, '_variation_id', '0'), (10121, '_line_subtotal', '120.00'), (10121, '_line_total', '120.00');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (10129, 'Sabit ücret', 'shipping', 1012);
INSERT INTO wp_postmeta (post_id, meta_key, meta_value) VALUES (500, '_sku', 'TS-001'), (500, '_price', '149.90');
INSERT INTO wp_postmeta (post_id, meta_key, meta_value) VALUES (501, '_sku', 'KP-204'), (501, '_price', '399.00');
INSERT INTO wp_postmeta (post_id, meta_key, meta_value) VALUES (502, '_sku', 'DC-17'), (502, '_price', '250.50');
INSERT INTO wp_postmeta (post_id, meta_key, meta_value) VALUES (503, '_sku', 'SA-42'), (503, '_price', '899.99');
INSERT INTO wp_postmeta (post_id, meta_key, meta_value) VALUES (504, '_sku', 'YA-3'), (504, '_price', '120.00');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt, date_updated_gmt, payment_method, payment_method_title) VALUES (1100, 'wc-cancelled', 'TRY', 'shop_order', 550.30, 0, 'misafir@example.com', '2023-05-17 12:40:00', '2023-05-17 12:40:00', 'bacs', 'Doğrudan banka havalesi');
INSERT INTO wp_wc_order_operational_data (order_id, created_via, prices_include_tax, discount_total_amount) VALUES (1100, 'checkout', 1, 0);
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country, email) VALUES (1100, 'billing', 'Ad', 'Fatura Sk. 100', '', 'Karşıyaka', 'TR35', 'TR', 'misafir@example.com');
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country) VALUES (1100, 'shipping', 'Ad', 'Teslimat Cd. 100', 'Daire 2', 'Karşıyaka', 'TR35', 'TR');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (11000, 'Pamuklu Tişört', 'line_item', 1100);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (11000, '_qty', '2'), (11000, '_product_id', '500'), (11000, '_variation_id', '0'), (11000, '_line_subtotal', '299.80'), (11000, '_line_total', '299.80');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (11001, 'Deri Cüzdan', 'line_item', 1100);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (11001, '_qty', '1'), (11001, '_product_id', '502'), (11001, '_variation_id', '0'), (11001, '_line_subtotal', '250.50'), (11001, '_line_total', '250.50');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (11009, 'Sabit ücret', 'shipping', 1100);
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt, date_updated_gmt, payment_method, payment_method_title) VALUES (1101, 'wc-refunded', 'TRY', 'shop_order_refund', 1197.00, 2, 'mehmet.kaya@example.com', '2023-06-18 12:41:00', '2023-06-18 12:41:00', 'bacs', 'Doğrudan banka havalesi');
INSERT INTO wp_wc_order_operational_data (order_id, created_via, prices_include_tax, discount_total_amount) VALUES (1101, 'checkout', 1, 0);
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country, email) VALUES (1101, 'billing', 'Ad', 'Fatura Sk. 101', '', 'Nilüfer', 'TR16', 'TR', 'mehmet.kaya@example.com');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (11010, 'Kot Pantolon', 'line_item', 1101);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (11010, '_qty', '3'), (11010, '_product_id', '501'), (11010, '_variation_id', '0'), (11010, '_line_subtotal', '1197.00'), (11010, '_line_total', '1197.00');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (11019, 'Sabit ücret', 'shipping', 1101);
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt, date_updated_gmt, payment_method, payment_method_title) VALUES (1102, 'wc-checkout-draft', 'TRY', 'shop_order', 360.50, 3, 'zeynep.demir@example.com', '2023-07-19 12:42:00', '2023-07-19 12:42:00', 'bacs', 'Doğrudan banka havalesi');
INSERT INTO wp_wc_order_operational_data (order_id, created_via, prices_include_tax, discount_total_amount) VALUES (1102, 'checkout', 1, 10.00000000);
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country, email) VALUES (1102, 'billing', 'Ad', 'Fatura Sk. 102', '', 'Muratpaşa', 'TR07', 'TR', 'zeynep.demir@example.com');
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, address_1, address_2, city, state, country) VALUES (1102, 'shipping', 'Ad', 'Teslimat Cd. 102', 'Daire 2', 'Muratpaşa', 'TR07', 'TR');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (11020, 'Deri Cüzdan', 'line_item', 1102);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (11020, '_qty', '1'), (11020, '_product_id', '502'), (11020, '_variation_id', '0'), (11020, '_line_subtotal', '250.50'), (11020, '_line_total', '250.50');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (11021, 'Yün Atkı', 'line_item', 1102);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (11021, '_qty', '1'), (11021, '_product_id', '504'), (11021, '_variation_id', '0'), (11021, '_line_subtotal', '120.00'), (11021, '_line_total', '120.00');
INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id) VALUES (11029, 'Sabit ücret', 'shipping', 1102);
