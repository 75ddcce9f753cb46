-- saleor: the platform's customer and order tables (column names and types as its install
-- schema creates them), only those etl init reads, with test rows.
-- Written by scripts/platformfixtures; the plaintexts are in saleor.plain.tsv.

CREATE TABLE account_address (
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
INSERT INTO account_address VALUES (101, 'Ayşe', 'Yılmaz', '', 'Cumhuriyet Cd. 1', '', 'KADIKÖY', '35000', 'TR', 'İstanbul', '0532 111 22 33', 'Merkez Mah.');
INSERT INTO account_user (id, password, is_superuser, email, is_staff, is_active, date_joined, default_billing_address_id, first_name, last_name, jwt_token_key, language_code, search_document, updated_at, uuid, is_confirmed) VALUES (1, 'pbkdf2_sha256$1000000$Slt01abcdefghijklmn$LzYYl7bvGnhcXMiQehe8UI0F27LT9yYvpwP+lw6fyq0=', false, 'ayse.yilmaz@example.com', false, true, '2019-01-01 10:00:00+03', 101, 'Ayşe', 'Yılmaz', 'k01', 'tr', '', '2019-01-01 10:00:00+03', '00000000-0000-4000-8000-000000000001', true);
INSERT INTO account_user_addresses VALUES (1, 1, 101);
INSERT INTO order_order VALUES ('00000000-0000-4000-9000-000000000001', '2019-01-01 10:00:00+03', 'fulfilled', 1, 'ayse.yilmaz@example.com', 300.000, 'TRY');
INSERT INTO account_address VALUES (102, 'Mehmet', 'Kaya', '', 'Cumhuriyet Cd. 2', 'Daire 2', 'ÇANKAYA', '35000', 'TR', 'Ankara', '+90 533 222 33 44', 'Merkez Mah.');
INSERT INTO account_user (id, password, is_superuser, email, is_staff, is_active, date_joined, default_billing_address_id, first_name, last_name, jwt_token_key, language_code, search_document, updated_at, uuid, is_confirmed) VALUES (2, 'sha1$Slt02$a7dd492046824aba88119eaccfa6cf8e198e8364', false, 'mehmet.kaya@example.com', true, true, '2019-02-02 10:01:00+03', 102, 'Mehmet', 'Kaya', 'k02', 'tr', '', '2019-02-02 10:01:00+03', '00000000-0000-4000-8000-000000000002', true);
INSERT INTO account_user_addresses VALUES (2, 2, 102);
INSERT INTO order_order VALUES ('00000000-0000-4000-9000-000000000002', '2019-02-02 10:01:00+03', 'fulfilled', 2, 'mehmet.kaya@example.com', 300.000, 'TRY');
INSERT INTO account_address VALUES (103, 'Zeynep', 'Demir', '', 'Cumhuriyet Cd. 3', '', 'KARŞIYAKA', '35000', 'TR', 'İzmir', '5354445566', 'Merkez Mah.');
INSERT INTO account_user (id, password, is_superuser, email, is_staff, is_active, date_joined, default_billing_address_id, first_name, last_name, jwt_token_key, language_code, search_document, updated_at, uuid, is_confirmed) VALUES (3, 'pbkdf2_sha256$1000000$Slt03abcdefghijklmn$+BhK0ucXleu+PaVq08Oiby5NFpFjNlrQAejFuDUh79o=', false, 'zeynep.demir@example.com', false, true, '2019-03-03 10:02:00+03', 103, 'Zeynep', 'Demir', 'k03', 'tr', '', '2019-03-03 10:02:00+03', '00000000-0000-4000-8000-000000000003', true);
INSERT INTO account_user_addresses VALUES (3, 3, 103);
INSERT INTO order_order VALUES ('00000000-0000-4000-9000-000000000003', '2019-03-03 10:02:00+03', 'fulfilled', 3, 'zeynep.demir@example.com', 300.000, 'TRY');
INSERT INTO account_address VALUES (104, 'Mustafa', 'Çelik', '', 'Cumhuriyet Cd. 4', 'Daire 2', 'NİLÜFER', '35000', 'TR', 'Bursa', '0542 555 66 77', 'Merkez Mah.');
INSERT INTO account_user (id, password, is_superuser, email, is_staff, is_active, date_joined, default_billing_address_id, first_name, last_name, jwt_token_key, language_code, search_document, updated_at, uuid, is_confirmed) VALUES (4, '!Slt04abcdefghijklmnUnusablePasswordMarker0', false, 'mustafa.celik@example.com', false, true, '2019-04-04 10:03:00+03', 104, 'Mustafa', 'Çelik', 'k04', 'tr', '', '2019-04-04 10:03:00+03', '00000000-0000-4000-8000-000000000004', true);
INSERT INTO account_user_addresses VALUES (4, 4, 104);
INSERT INTO order_order VALUES ('00000000-0000-4000-9000-000000000004', '2019-04-04 10:03:00+03', 'fulfilled', 4, 'mustafa.celik@example.com', 300.000, 'TRY');
INSERT INTO account_user (id, password, is_superuser, email, is_staff, is_active, date_joined, default_billing_address_id, first_name, last_name, jwt_token_key, language_code, search_document, updated_at, uuid, is_confirmed) VALUES (5, 'pbkdf2_sha256$1000000$Slt05abcdefghijklmn$VBYLfqZcLd29+SuLtjIucyMH8ukkKvBhI4IfxbYeiHU=', false, 'elif.sahin@example.com', false, true, '2019-05-05 10:04:00+03', NULL, 'Elif', 'Şahin', 'k05', 'tr', '', '2019-05-05 10:04:00+03', '00000000-0000-4000-8000-000000000005', false);
INSERT INTO order_order VALUES ('00000000-0000-4000-9000-000000000005', '2019-05-05 10:04:00+03', 'fulfilled', 5, 'elif.sahin@example.com', 300.000, 'TRY');
INSERT INTO account_address VALUES (106, 'Ahmet', 'Öztürk', '', 'Cumhuriyet Cd. 6', 'Daire 2', 'ÜSKÜDAR', '35000', 'TR', 'İstanbul', '0505 666 77 88', 'Merkez Mah.');
INSERT INTO account_user (id, password, is_superuser, email, is_staff, is_active, date_joined, default_billing_address_id, first_name, last_name, jwt_token_key, language_code, search_document, updated_at, uuid, is_confirmed) VALUES (6, 'sha1$Slt06$ae3dafe1265dd94e2dd064afa3a69ca03d199056', false, 'ahmet.ozturk@example.com', false, true, '2019-06-06 10:05:00+03', 106, 'Ahmet', 'Öztürk', 'k06', 'tr', '', '2019-06-06 10:05:00+03', '00000000-0000-4000-8000-000000000006', true);
INSERT INTO account_user_addresses VALUES (6, 6, 106);
INSERT INTO order_order VALUES ('00000000-0000-4000-9000-000000000006', '2019-06-06 10:05:00+03', 'fulfilled', 6, 'ahmet.ozturk@example.com', 300.000, 'TRY');
INSERT INTO account_address VALUES (107, 'Fatma', 'Arslan', '', 'Cumhuriyet Cd. 7', '', 'SEYHAN', '35000', 'TR', 'Adana', '0212 444 55 66', 'Merkez Mah.');
INSERT INTO account_user (id, password, is_superuser, email, is_staff, is_active, date_joined, default_billing_address_id, first_name, last_name, jwt_token_key, language_code, search_document, updated_at, uuid, is_confirmed) VALUES (7, 'pbkdf2_sha256$1000000$Slt07abcdefghijklmn$Xum2WqzAebmRYPyP0UjyKmVblAfRcTAfqo6lNJwuEmQ=', false, 'fatma.arslan@example.com', false, true, '2019-07-07 10:06:00+03', 107, 'Fatma', 'Arslan', 'k07', 'tr', '', '2019-07-07 10:06:00+03', '00000000-0000-4000-8000-000000000007', true);
INSERT INTO account_user_addresses VALUES (7, 7, 107);
INSERT INTO order_order VALUES ('00000000-0000-4000-9000-000000000007', '2019-07-07 10:06:00+03', 'fulfilled', 7, 'fatma.arslan@example.com', 300.000, 'TRY');
INSERT INTO account_address VALUES (108, 'Emre', 'Doğan', '', 'Cumhuriyet Cd. 8', 'Daire 2', 'KADIKÖY', '35000', 'TR', 'İstanbul', '0544 777 88 99', 'Merkez Mah.');
INSERT INTO account_user (id, password, is_superuser, email, is_staff, is_active, date_joined, default_billing_address_id, first_name, last_name, jwt_token_key, language_code, search_document, updated_at, uuid, is_confirmed) VALUES (8, '!Slt08abcdefghijklmnUnusablePasswordMarker0', false, 'emre.dogan@example.com', false, true, '2019-08-08 10:07:00+03', 108, 'Emre', 'Doğan', 'k08', 'tr', '', '2019-08-08 10:07:00+03', '00000000-0000-4000-8000-000000000008', true);
INSERT INTO account_user_addresses VALUES (8, 8, 108);
INSERT INTO order_order VALUES ('00000000-0000-4000-9000-000000000008', '2019-08-08 10:07:00+03', 'fulfilled', 8, 'emre.dogan@example.com', 300.000, 'TRY');
INSERT INTO account_address VALUES (109, 'Merve', 'Koç', '', 'Cumhuriyet Cd. 9', '', 'ÇANKAYA', '35000', 'TR', 'Ankara', '0555 888 99 00', 'Merkez Mah.');
INSERT INTO account_user (id, password, is_superuser, email, is_staff, is_active, date_joined, default_billing_address_id, first_name, last_name, jwt_token_key, language_code, search_document, updated_at, uuid, is_confirmed) VALUES (9, 'pbkdf2_sha256$1000000$Slt09abcdefghijklmn$ZKyX3+5dlFitTNGtcPfIT6LC2WdY4ZXkouI2RnEKM/4=', false, 'merve.koc@example.com', false, true, '2019-09-09 10:08:00+03', 109, 'Merve', 'Koç', 'k09', 'tr', '', '2019-09-09 10:08:00+03', '00000000-0000-4000-8000-000000000009', true);
INSERT INTO account_user_addresses VALUES (9, 9, 109);
INSERT INTO order_order VALUES ('00000000-0000-4000-9000-000000000009', '2019-09-09 10:08:00+03', 'fulfilled', 9, 'merve.koc@example.com', 300.000, 'TRY');
INSERT INTO account_address VALUES (110, 'Burak', 'Aydın', '', 'Cumhuriyet Cd. 10', 'Daire 2', 'KARŞIYAKA', '35000', 'TR', 'İzmir', '0530 999 00 11', 'Merkez Mah.');
INSERT INTO account_user (id, password, is_superuser, email, is_staff, is_active, date_joined, default_billing_address_id, first_name, last_name, jwt_token_key, language_code, search_document, updated_at, uuid, is_confirmed) VALUES (10, 'sha1$Slt10$2d79bbab63538efca5f179f31bc936d8f22efc93', false, 'burak.aydin@example.com', false, true, '2019-10-10 10:09:00+03', 110, 'Burak', 'Aydın', 'k10', 'tr', '', '2019-10-10 10:09:00+03', '00000000-0000-4000-8000-000000000010', false);
INSERT INTO account_user_addresses VALUES (10, 10, 110);
INSERT INTO order_order VALUES ('00000000-0000-4000-9000-000000000010', '2019-10-10 10:09:00+03', 'fulfilled', 10, 'burak.aydin@example.com', 300.000, 'TRY');
INSERT INTO account_address VALUES (111, 'Selin', 'Kurt', '', 'Cumhuriyet Cd. 11', '', 'NİLÜFER', '35000', 'TR', 'Bursa', '0536 123 45 67', 'Merkez Mah.');
INSERT INTO account_user (id, password, is_superuser, email, is_staff, is_active, date_joined, default_billing_address_id, first_name, last_name, jwt_token_key, language_code, search_document, updated_at, uuid, is_confirmed) VALUES (11, 'pbkdf2_sha256$1000000$Slt11abcdefghijklmn$UOiwwqT5vks5guIuvQGYU6xgqSB/+XzYD1IjCn/o/14=', false, 'selin.kurt@example.com', false, true, '2019-11-11 10:10:00+03', 111, 'Selin', 'Kurt', 'k11', 'tr', '', '2019-11-11 10:10:00+03', '00000000-0000-4000-8000-000000000011', true);
INSERT INTO account_user_addresses VALUES (11, 11, 111);
INSERT INTO order_order VALUES ('00000000-0000-4000-9000-000000000011', '2019-11-11 10:10:00+03', 'fulfilled', 11, 'selin.kurt@example.com', 300.000, 'TRY');
INSERT INTO account_address VALUES (112, 'Can', 'Özdemir', '', 'Cumhuriyet Cd. 12', 'Daire 2', 'MURATPAŞA', '35000', 'TR', 'Antalya', '0538 765 43 21', 'Merkez Mah.');
INSERT INTO account_user (id, password, is_superuser, email, is_staff, is_active, date_joined, default_billing_address_id, first_name, last_name, jwt_token_key, language_code, search_document, updated_at, uuid, is_confirmed) VALUES (12, '!Slt12abcdefghijklmnUnusablePasswordMarker0', false, 'can.ozdemir@example.com', false, true, '2019-12-12 10:11:00+03', 112, 'Can', 'Özdemir', 'k12', 'tr', '', '2019-12-12 10:11:00+03', '00000000-0000-4000-8000-000000000012', true);
INSERT INTO account_user_addresses VALUES (12, 12, 112);
INSERT INTO order_order VALUES ('00000000-0000-4000-9000-000000000012', '2019-12-12 10:11:00+03', 'fulfilled', 12, 'can.ozdemir@example.com', 300.000, 'TRY');
