-- django: the platform's customer and order tables (column names and types as its install
-- schema creates them), only those etl init reads, with test rows.
-- Written by scripts/platformfixtures; the plaintexts are in django.plain.tsv.

CREATE TABLE auth_user (
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
INSERT INTO auth_user VALUES (1, 'pbkdf2_sha256$600000$dj01SaltValue$k+nN9FiqLM83Stt3S85kE5WdpHpRzTrM/DrTXvHaihg=', NULL, true, 'user01', 'Ayşe', 'Yılmaz', 'ayse.yilmaz@example.com', true, true, '2019-01-01 10:00:00+03');
INSERT INTO shop_order (user_id, total, created) VALUES (1, 75.50, '2019-01-01 10:00:00+03');
INSERT INTO auth_user VALUES (2, 'sha1$dj02S$cd7efb045fe5d165f1fc4e15f3763c5fbe63b2a3', NULL, false, 'user02', 'Mehmet', 'Kaya', 'mehmet.kaya@example.com', false, true, '2019-02-02 10:01:00+03');
INSERT INTO shop_order (user_id, total, created) VALUES (2, 75.50, '2019-02-02 10:01:00+03');
INSERT INTO auth_user VALUES (3, 'md5$dj03Sa$922fb0b2733e6ad8507cf19bd19b7250', NULL, false, 'user03', 'Zeynep', 'Demir', 'zeynep.demir@example.com', false, true, '2019-03-03 10:02:00+03');
INSERT INTO shop_order (user_id, total, created) VALUES (3, 75.50, '2019-03-03 10:02:00+03');
INSERT INTO auth_user VALUES (4, 'pbkdf2_sha256$600000$dj04SaltValue$SUFLPLCUM0Js8mGv99xi1Yvrz4+fkYYjXJFWzFc6FOk=', NULL, false, 'user04', 'Mustafa', 'Çelik', 'mustafa.celik@example.com', false, true, '2019-04-04 10:03:00+03');
INSERT INTO shop_order (user_id, total, created) VALUES (4, 75.50, '2019-04-04 10:03:00+03');
INSERT INTO auth_user VALUES (5, '!dj05SaltValueNoPasswordWasEverSet00', NULL, false, 'user05', 'Elif', 'Şahin', 'elif.sahin@example.com', false, true, '2019-05-05 10:04:00+03');
INSERT INTO shop_order (user_id, total, created) VALUES (5, 75.50, '2019-05-05 10:04:00+03');
INSERT INTO auth_user VALUES (6, 'pbkdf2_sha256$600000$dj06SaltValue$n9BZGBVGPBN0hzGxQ4qA/hD/oiRjULW5pwDyy0UDLRY=', NULL, false, 'user06', 'Ahmet', 'Öztürk', 'ahmet.ozturk@example.com', false, true, '2019-06-06 10:05:00+03');
INSERT INTO shop_order (user_id, total, created) VALUES (6, 75.50, '2019-06-06 10:05:00+03');
INSERT INTO auth_user VALUES (7, 'sha1$dj07S$86a9dc4feafde64e1f2be781bb17357c32a41a23', NULL, false, 'user07', 'Fatma', 'Arslan', 'fatma.arslan@example.com', false, true, '2019-07-07 10:06:00+03');
INSERT INTO shop_order (user_id, total, created) VALUES (7, 75.50, '2019-07-07 10:06:00+03');
INSERT INTO auth_user VALUES (8, 'md5$dj08Sa$89e1933e959658b4218f3664d8a6c0f6', NULL, false, 'user08', 'Emre', 'Doğan', 'emre.dogan@example.com', false, true, '2019-08-08 10:07:00+03');
INSERT INTO shop_order (user_id, total, created) VALUES (8, 75.50, '2019-08-08 10:07:00+03');
INSERT INTO auth_user VALUES (9, 'pbkdf2_sha256$600000$dj09SaltValue$7byeG4b6PVdOlFA5HHhz8p43niZ37eyPS+ymcuTld+M=', NULL, false, 'user09', 'Merve', 'Koç', 'merve.koc@example.com', false, true, '2019-09-09 10:08:00+03');
INSERT INTO shop_order (user_id, total, created) VALUES (9, 75.50, '2019-09-09 10:08:00+03');
INSERT INTO auth_user VALUES (10, '!dj10SaltValueNoPasswordWasEverSet00', NULL, false, 'user10', 'Burak', 'Aydın', 'burak.aydin@example.com', false, true, '2019-10-10 10:09:00+03');
INSERT INTO shop_order (user_id, total, created) VALUES (10, 75.50, '2019-10-10 10:09:00+03');
