-- messy_tr: the same rows as legacy.csv, for MariaDB/MySQL.
CREATE TABLE `uyeler` (
  `uye_id` INT PRIMARY KEY,
  `isim` VARCHAR(255),
  `soyisim` VARCHAR(255),
  `mail` VARCHAR(255),
  `cins` VARCHAR(255),
  `gsm` VARCHAR(255),
  `dtarih` VARCHAR(255),
  `uyelik_tarihi` VARCHAR(255),
  `parola` VARCHAR(255),
  `parola_tuzu` VARCHAR(255),
  `sms_onay` VARCHAR(255),
  `mail_onay` VARCHAR(255),
  `aktif` VARCHAR(255),
  `uyelik_tipi` VARCHAR(255),
  `sehir` VARCHAR(255)
) DEFAULT CHARSET=utf8mb4;
INSERT INTO `uyeler` VALUES (1, 'Ayşe', 'Yılmaz', ' AYSE@GMAIL.COM. ', 'KADIN', '+90 (532) 123 45 67 dahili 12', '13.01.1990', '2022-01-13 09:26:00', 'e10adc3949ba59abbe56e057f20f883e', NULL, '1', '1', '1', NULL, 'İstanbul');
INSERT INTO `uyeler` VALUES (2, 'ÅžÃ¼krÃ¼', 'Ã‡aÄŸrÄ±', 'sukru@example.com', 'erkek', '0532 765 43 21', '1985-00-00', '2019/05/04', 'sha1$abc$7C4A8D09CA3762AF61E59520943DC26494F8941B', NULL, 'evet', 'hayır', '1', 'registered', 'Ankara');
INSERT INTO `uyeler` VALUES (3, 'Þükrü', 'Çaðlar', 'mailto:sukru.caglar@example.com', 'E', '0212 555 12 34 / 0533 111 22 33', '31.02.1990', '04.05.2019 14:30', '8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92', NULL, 'yes', 'no', 't', 'guest', 'İzmir');
INSERT INTO `uyeler` VALUES (4, 'Jón', 'Þórsson', 'jon@example.is', 'M', '5321234567.0', '1900-01-01', '2020-02-29 23:59:59', 'e10adc3949ba59abbe56e057f20f883e', 's4lt', 'Y', 'N', '1', NULL, NULL);
INSERT INTO `uyeler` VALUES (5, 'G&ouml;k&ccedil;e', '  Demir  ', 'Gokce Demir <GOKCE.DEMIR@Example.COM>', 'Bayan', '5.32123E+09', '1992-07-15', '2021-03-01T10:00:00+03:00', 'e10adc3949ba59abbe56e057f20f883e', NULL, 'on', 'off', '1', NULL, 'Bursa');
INSERT INTO `uyeler` VALUES (6, 'Mehmet', 'Kaya', 'mehmet@örnek.com.tr', 'bay', '0850 222 00 00', '2030-01-01', '2021-06-01 08:00', 'e10adc3949ba59abbe56e057f20f883e', NULL, '1', '0', '1', NULL, NULL);
INSERT INTO `uyeler` VALUES (7, 'Zeynep', 'Arslan', 'zeynep.arslan@gmail.com', '2', '５３２１２３４５６７', '15/08/95', '2018-11-11 11:11:11', '$2y$10$Qe3lR0pXk8a0Zl1vWm9dUO8wYbO9m1Zf5s3N2d1e0c9b8a7Z6Y5X4', NULL, '1', '1', '1', NULL, 'Antalya');
INSERT INTO `uyeler` VALUES (8, 'Ali', 'Öztürk', NULL, 'm', '05551234567', '1988-04-01', '2017-01-01', 'e10adc3949ba59abbe56e057f20f883e', NULL, '0', '0', '0', NULL, NULL);
INSERT INTO `uyeler` VALUES (9, 'Fatma', 'Çelik', 'ayse@gmail.com', 'f', '0505 123 45 67', '1979-12-31', '2016-02-02', 'e10adc3949ba59abbe56e057f20f883e', NULL, '1', '1', '1', NULL, NULL);
INSERT INTO `uyeler` VALUES (10, 'Emre', 'Şahin', 'emre..sahin@gmail.com', NULL, '0532 123 45 67', '1990-01-01', '2016-03-03', 'e10adc3949ba59abbe56e057f20f883e', NULL, '1', '1', '1', NULL, NULL);
INSERT INTO `uyeler` VALUES (11, 'Elif', 'Yıldız', 'elif@yildiz', 'x', '2147483647', '1991-01-01', '2016-04-04', 'e10adc3949ba59abbe56e057f20f883e', NULL, '1', '1', '1', NULL, NULL);
INSERT INTO `uyeler` VALUES (12, 'Burak', 'Aydın', 'burak@aydin.com.tr', '1', '5555555555', '1993-03-03', '0000-00-00 00:00:00', 'e10adc3949ba59abbe56e057f20f883e', NULL, '1', '1', '1', NULL, NULL);
INSERT INTO `uyeler` VALUES (13, 'Selin', 'Koç', 'selin@koc.com', 'K', '0 (541) 987 65 43', '2001-09-09', '2022-02-30', 'e10adc3949ba59abbe56e057f20f883e', NULL, '1', '1', '1', NULL, NULL);
INSERT INTO `uyeler` VALUES (14, 'Can', 'Kurt', 'can@kurt.com', 'Erkek', '+1 212 555 0100', '1999-09-09', 'yesterday', 'e10adc3949ba59abbe56e057f20f883e', NULL, '1', '1', '1', NULL, NULL);
INSERT INTO `uyeler` VALUES (15, 'Deniz', 'Özdemir', 'deniz@ozdemir.com', 'u', '00905061234567', '1995-05-05', '2015-05-05 05:05:05', NULL, NULL, '1', '1', '1', NULL, NULL);
INSERT INTO `uyeler` VALUES (16, 'Ece', 'Polat', 'ece@polat.com', 'Kadın', '0532-123-4567 veya 0216 123 45 67', '1994-04-04', '2015-06-06', '$P$B12345678abcdefghijklmnopqrstuv', NULL, '1', '1', '1', NULL, NULL);
INSERT INTO `uyeler` VALUES (17, 'Onur', 'Erdoğan', 'onur@erdogan.com', 'MR', '0533 1234567', '1980-08-08', '2015-07-07', 'abc123', NULL, 'maybe', '1', '1', NULL, NULL);
INSERT INTO `uyeler` VALUES (18, 'Gizem', 'Aksoy', 'gizem@aksoy.com', 'Ms', '532 123 45 68', '1987-07-07', '2015-08-08', 'e10adc3949ba59abbe56e057f20f883e', NULL, '1', '1', '1', 'admin', NULL);
INSERT INTO `uyeler` VALUES (19, 'Hakan', 'Tekin', 'hakan@tekin.com', 'E', '5321234569', '1986-06-06', '2015-09-09', 'md5$salt$E10ADC3949BA59ABBE56E057F20F883E', NULL, '1', '1', '1', NULL, 'Konya');
INSERT INTO `uyeler` VALUES (20, NULL, 'Boş', 'bos@example.com', NULL, NULL, NULL, '2015-10-10', 'e10adc3949ba59abbe56e057f20f883e', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO `uyeler` VALUES (21, 'İrem', 'Güneş', 'IREM@GUNES.COM', 'Kadin', '+90 532 999 88 77', '2010-10-10', '2009-10-10', 'e10adc3949ba59abbe56e057f20f883e', NULL, '1', '1', '1', NULL, NULL);
INSERT INTO `uyeler` VALUES (22, 'Murat', 'Yıldırım, Jr.', 'murat@yildirim.com', 'erkek', '+90 5329998876', '1975-01-01', '2014-01-01 00:00:00', '7c4a8d09ca3762af61e59520943dc26494f8941b', 'pepper', '1', '1', '1', NULL, NULL);
INSERT INTO `uyeler` VALUES (23, 'Ahmet', 'Çınar', 'ahmet@cinar.com', NULL, '+90 532 111 22 33, 0532 444 55 66', '05.05.05', '2023-12-31 23:59', '5F4DCC3B5AA765D61D8327DEB882CF99', NULL, 'E', 'H', '1', NULL, '&quot;Kadıköy&quot;');
INSERT INTO `uyeler` VALUES (24, '  Nur  ', '   Ak   ', 'nur@ak.com', '9', '٠٥٣٢١٢٣٤٥٦٧', '1970/01/01', '01/02/2003', 'md5$$5f4dcc3b5aa765d61d8327deb882cf99', NULL, 'true', 'false', 'false', 'GUEST', NULL);
INSERT INTO `uyeler` VALUES (25, 'Leyla', 'Ateş', 'leyla@ates.com', 'kadin', '05321234567 x 12', '1999-02-29', '2019-03-31 03:30:00', 'pbkdf2_sha256$260000$abc$def=', NULL, '1', '1', '1', NULL, NULL);
INSERT INTO `uyeler` VALUES (26, 'Oğuz', 'Kılıç', 'oguz@kilic.com', 'ERKEK', '0532 123 45 67', '1980-01-01', '2020-01-01', 'sha256$s$8D969EEF6ECAD3C29A3A629280E686CF0C3F5D5A86AFF3CA12020C923ADC6C92', NULL, '1', '1', '1', NULL, NULL);
