-- wordpress: the platform's customer tables (column names and types as its install
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
  total_amount decimal(26,8) NULL,
  customer_id bigint(20) unsigned NULL,
  billing_email varchar(320) NULL,
  date_created_gmt datetime NULL,
  date_updated_gmt datetime NULL,
  PRIMARY KEY (id),
  KEY customer_id_billing_email (customer_id, billing_email(171))
);
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (1, 'admin', '$P$B01234567BJU/loaPncGdQd9Ee756a0', 'admin', 'ayse.yilmaz@example.com', '2019-01-01 10:00:00', 'Ayşe Yılmaz');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (1, 'nickname', 'admin'), (1, 'first_name', 'Ayşe'), (1, 'last_name', 'Yılmaz'), (1, 'wp_capabilities', 'a:1:{s:13:"administrator";b:1;}'), (1, 'billing_first_name', 'Ayşe'), (1, 'billing_phone', '0532 111 22 33');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (1, 'billing_last_name', 'Yılmaz'), (1, 'billing_address_1', 'İnönü Cd. 1'), (1, 'billing_city', 'Kadıköy'), (1, 'billing_state', 'TR34'), (1, 'billing_postcode', NULL), (1, 'billing_country', 'TR');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt) VALUES (1001, 'wc-completed', 'TRY', 'shop_order', 150.00, 1, 'ayse.yilmaz@example.com', '2019-01-01 10:00:00');
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (2, 'user02', '$wp$2y$10$z2GhrQ7FUgLHnB8PlxUMhuHFo/tPcLfCJUpctKIAcuKt1Kl2iNg7C', 'user02', 'mehmet.kaya@example.com', '2019-02-02 10:01:00', 'Mehmet Kaya');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (2, 'nickname', 'user02'), (2, 'first_name', 'Mehmet'), (2, 'last_name', 'Kaya'), (2, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}'), (2, 'billing_first_name', 'Mehmet'), (2, 'billing_phone', '+90 533 222 33 44');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (2, 'billing_last_name', 'Kaya'), (2, 'billing_address_1', 'İnönü Cd. 2'), (2, 'billing_city', 'Çankaya'), (2, 'billing_state', 'TR06'), (2, 'billing_postcode', NULL), (2, 'billing_country', 'TR');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (2, 'shipping_last_name', 'Kaya'), (2, 'shipping_address_1', 'Liman Yolu 2'), (2, 'shipping_city', 'Muratpaşa'), (2, 'shipping_state', 'TR07'), (2, 'shipping_postcode', NULL), (2, 'shipping_country', 'TR'), (2, 'shipping_first_name', 'Mehmet');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt) VALUES (1002, 'wc-completed', 'TRY', 'shop_order', 150.00, 2, 'mehmet.kaya@example.com', '2019-02-02 10:01:00');
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (3, 'user03', '$P$B03703701Thrd4wZCcGePCsB6kNirN.', 'user03', 'zeynep.demir@example.com', '2019-03-03 10:02:00', 'Zeynep Demir');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (3, 'nickname', 'user03'), (3, 'first_name', 'Zeynep'), (3, 'last_name', 'Demir'), (3, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}'), (3, 'billing_first_name', 'Zeynep'), (3, 'billing_phone', '5354445566');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (3, 'billing_last_name', 'Demir'), (3, 'billing_address_1', 'İnönü Cd. 3'), (3, 'billing_city', 'Karşıyaka'), (3, 'billing_state', 'TR35'), (3, 'billing_postcode', NULL), (3, 'billing_country', 'TR'), (3, 'billing_company', 'Firma 3');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt) VALUES (1003, 'wc-completed', 'TRY', 'shop_order', 150.00, 3, 'zeynep.demir@example.com', '2019-03-03 10:02:00');
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (4, 'user04', 'f637c5f73d6db1d257700598b39d3a2a', 'user04', 'mustafa.celik@example.com', '2019-04-04 10:03:00', 'Mustafa Çelik');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (4, 'nickname', 'user04'), (4, 'first_name', 'Mustafa'), (4, 'last_name', 'Çelik'), (4, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}'), (4, 'billing_first_name', 'Mustafa'), (4, 'billing_phone', '0542 555 66 77');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (4, 'billing_last_name', 'Çelik'), (4, 'billing_address_1', 'İnönü Cd. 4'), (4, 'billing_city', 'Nilüfer'), (4, 'billing_state', 'TR16'), (4, 'billing_postcode', NULL), (4, 'billing_country', 'TR');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (4, 'shipping_last_name', 'Çelik'), (4, 'shipping_address_1', 'İnönü Cd. 4'), (4, 'shipping_city', 'Nilüfer'), (4, 'shipping_state', 'TR16'), (4, 'shipping_postcode', NULL), (4, 'shipping_country', 'TR'), (4, 'shipping_first_name', 'Mustafa');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt) VALUES (1004, 'wc-completed', 'TRY', 'shop_order', 150.00, 4, 'mustafa.celik@example.com', '2019-04-04 10:03:00');
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (5, 'user05', '$P$B06172835u9BjhUpNQ4l2OllsftYQi.', 'user05', 'elif.sahin@example.com', '2019-05-05 10:04:00', 'Elif Şahin');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (5, 'nickname', 'user05'), (5, 'first_name', 'Elif'), (5, 'last_name', 'Şahin'), (5, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}'), (5, 'billing_first_name', 'Elif'), (5, 'billing_phone', NULL);
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (5, 'billing_last_name', 'Şahin'), (5, 'billing_address_1', 'İnönü Cd. 5'), (5, 'billing_city', 'Muratpaşa'), (5, 'billing_state', 'TR07'), (5, 'billing_postcode', NULL), (5, 'billing_country', 'TR');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt) VALUES (1005, 'wc-completed', 'TRY', 'shop_order', 150.00, 5, 'elif.sahin@example.com', '2019-05-05 10:04:00');
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (6, 'user06', '$wp$2y$10$vSBP8twbG0kN9y.v3cO/XePozL0Y.aDbrlfB97hx24YladQtLWt5K', 'user06', 'ahmet.ozturk@example.com', '2019-06-06 10:05:00', 'Ahmet Öztürk');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (6, 'nickname', 'user06'), (6, 'first_name', 'Ahmet'), (6, 'last_name', 'Öztürk'), (6, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}'), (6, 'billing_first_name', 'Ahmet'), (6, 'billing_phone', '0505 666 77 88');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (6, 'billing_last_name', 'Öztürk'), (6, 'billing_address_1', 'İnönü Cd. 6'), (6, 'billing_city', 'Üsküdar'), (6, 'billing_state', 'TR34'), (6, 'billing_postcode', NULL), (6, 'billing_country', 'TR'), (6, 'billing_company', 'Firma 6');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt) VALUES (1006, 'wc-completed', 'TRY', 'shop_order', 150.00, 6, 'ahmet.ozturk@example.com', '2019-06-06 10:05:00');
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (7, 'user07', '$P$B08641969HEqWUiHEEelQ1D4lr7POu0', 'user07', 'fatma.arslan@example.com', '2019-07-07 10:06:00', 'Fatma Arslan');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (7, 'nickname', 'user07'), (7, 'first_name', 'Fatma'), (7, 'last_name', 'Arslan'), (7, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}'), (7, 'billing_first_name', 'Fatma'), (7, 'billing_phone', '0212 444 55 66');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (7, 'billing_last_name', 'Arslan'), (7, 'billing_address_1', 'İnönü Cd. 7'), (7, 'billing_city', 'Seyhan'), (7, 'billing_state', 'TR01'), (7, 'billing_postcode', NULL), (7, 'billing_country', 'TR');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt) VALUES (1007, 'wc-completed', 'TRY', 'shop_order', 150.00, 7, 'fatma.arslan@example.com', '2019-07-07 10:06:00');
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (8, 'user08', '1a59f20014edb0b8ffe4676d0d9f3c02', 'user08', 'emre.dogan@example.com', '2019-08-08 10:07:00', 'Emre Doğan');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (8, 'nickname', 'user08'), (8, 'first_name', 'Emre'), (8, 'last_name', 'Doğan'), (8, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}'), (8, 'billing_first_name', 'Emre'), (8, 'billing_phone', '0544 777 88 99');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (8, 'billing_last_name', 'Doğan'), (8, 'billing_address_1', 'İnönü Cd. 8'), (8, 'billing_city', 'Kadıköy'), (8, 'billing_state', 'TR34'), (8, 'billing_postcode', NULL), (8, 'billing_country', 'TR');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (8, 'shipping_last_name', 'Doğan'), (8, 'shipping_address_1', 'Liman Yolu 8'), (8, 'shipping_city', 'Nilüfer'), (8, 'shipping_state', 'TR16'), (8, 'shipping_postcode', NULL), (8, 'shipping_country', 'TR'), (8, 'shipping_first_name', 'Emre');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt) VALUES (1008, 'wc-completed', 'TRY', 'shop_order', 150.00, 8, 'emre.dogan@example.com', '2019-08-08 10:07:00');
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (9, 'user09', '$P$B11111103gVzDeRF8Qa1ANuTeBWzVg0', 'user09', 'merve.koc@example.com', '2019-09-09 10:08:00', 'Merve Koç');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (9, 'nickname', 'user09'), (9, 'first_name', 'Merve'), (9, 'last_name', 'Koç'), (9, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}'), (9, 'billing_first_name', 'Merve'), (9, 'billing_phone', '0555 888 99 00');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (9, 'billing_last_name', 'Koç'), (9, 'billing_address_1', 'İnönü Cd. 9'), (9, 'billing_city', 'Çankaya'), (9, 'billing_state', 'TR06'), (9, 'billing_postcode', NULL), (9, 'billing_country', 'TR'), (9, 'billing_company', 'Firma 9');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt) VALUES (1009, 'wc-completed', 'TRY', 'shop_order', 150.00, 9, 'merve.koc@example.com', '2019-09-09 10:08:00');
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (10, 'user10', '$wp$2y$10$oQPxRgyn.RRiB0xEPJe04e21HTtXpXWpev35I/7oyO3trs/V.0Bei', 'user10', 'burak.aydin@example.com', '2019-10-10 10:09:00', 'Burak Aydın');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (10, 'nickname', 'user10'), (10, 'first_name', 'Burak'), (10, 'last_name', 'Aydın'), (10, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}'), (10, 'billing_first_name', 'Burak'), (10, 'billing_phone', '0530 999 00 11');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (10, 'billing_last_name', 'Aydın'), (10, 'billing_address_1', 'İnönü Cd. 10'), (10, 'billing_city', 'Karşıyaka'), (10, 'billing_state', 'TR35'), (10, 'billing_postcode', NULL), (10, 'billing_country', 'TR');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt) VALUES (1010, 'wc-completed', 'TRY', 'shop_order', 150.00, 10, 'burak.aydin@example.com', '2019-10-10 10:09:00');
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (11, 'user11', '$P$B13580237TBqGuPuBQPMxIUlSWdjo0/', 'user11', 'selin.kurt@example.com', '2019-11-11 10:10:00', 'Selin Kurt');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (11, 'nickname', 'user11'), (11, 'first_name', 'Selin'), (11, 'last_name', 'Kurt'), (11, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}'), (11, 'billing_first_name', 'Selin'), (11, 'billing_phone', '0536 123 45 67');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (11, 'billing_last_name', 'Kurt'), (11, 'billing_address_1', 'İnönü Cd. 11'), (11, 'billing_city', 'Nilüfer'), (11, 'billing_state', 'TR16'), (11, 'billing_postcode', NULL), (11, 'billing_country', 'TR');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt) VALUES (1011, 'wc-completed', 'TRY', 'shop_order', 150.00, 11, 'selin.kurt@example.com', '2019-11-11 10:10:00');
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES (12, 'user12', '8ec0177f6d895e8ca8f896e15bf8cf09', 'user12', 'can.ozdemir@example.com', '2019-12-12 10:11:00', 'Can Özdemir');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (12, 'nickname', 'user12'), (12, 'first_name', 'Can'), (12, 'last_name', 'Özdemir'), (12, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}'), (12, 'billing_first_name', 'Can'), (12, 'billing_phone', '0538 765 43 21');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (12, 'billing_last_name', 'Özdemir'), (12, 'billing_address_1', 'İnönü Cd. 12'), (12, 'billing_city', 'Muratpaşa'), (12, 'billing_state', 'TR07'), (12, 'billing_postcode', NULL), (12, 'billing_country', 'TR'), (12, 'billing_company', 'Firma 12');
INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email, date_created_gmt) VALUES (1012, 'wc-completed', 'TRY', 'shop_order', 150.00, 12, 'can.ozdemir@example.com', '2019-12-12 10:11:00');
