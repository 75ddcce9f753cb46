-- addresses_tr: the same rows as legacy.csv and adresler.csv, for MariaDB/MySQL.
CREATE TABLE `uyeler` (
  `uye_id` INT PRIMARY KEY,
  `isim` VARCHAR(100),
  `soyisim` VARCHAR(100),
  `mail` VARCHAR(255),
  `uyelik_tarihi` DATETIME NOT NULL,
  `parola` CHAR(32)
) DEFAULT CHARSET=utf8mb4;
INSERT INTO `uyeler` VALUES (1, 'Ayşe', 'Yılmaz', 'ayse.yilmaz@example.com', '2020-01-15 10:00:00', 'e10adc3949ba59abbe56e057f20f883e');
INSERT INTO `uyeler` VALUES (2, 'Mehmet', 'Öztürk', 'Mehmet.Ozturk@Example.COM', '2020-02-01 09:30:00', 'e10adc3949ba59abbe56e057f20f883e');
INSERT INTO `uyeler` VALUES (3, 'Zeynep', 'Kaya', 'zeynep.kaya@example.com', '2020-03-10 12:00:00', 'e10adc3949ba59abbe56e057f20f883e');
INSERT INTO `uyeler` VALUES (4, 'Emre', 'Çelik', 'emre.celik@example.com', '2020-04-04 08:15:00', 'e10adc3949ba59abbe56e057f20f883e');
INSERT INTO `uyeler` VALUES (5, 'Elif', 'Şahin', 'elif.sahin@example.com.tr', '2020-05-05 18:45:00', 'e10adc3949ba59abbe56e057f20f883e');
INSERT INTO `uyeler` VALUES (6, 'Burak', 'Doğan', 'burak.dogan@example.com', '2020-06-06 06:06:06', 'e10adc3949ba59abbe56e057f20f883e');
INSERT INTO `uyeler` VALUES (7, 'Selin', 'Arslan', 'selin.arslan@', '2020-07-07 07:07:07', 'e10adc3949ba59abbe56e057f20f883e');
INSERT INTO `uyeler` VALUES (8, 'Can', 'Aydın', 'can.aydin@example.com', '2020-08-08 20:08:00', 'e10adc3949ba59abbe56e057f20f883e');
INSERT INTO `uyeler` VALUES (9, 'Deniz', 'Koç', 'deniz.koc@example.com', '2020-09-09 09:09:09', 'e10adc3949ba59abbe56e057f20f883e');
INSERT INTO `uyeler` VALUES (10, 'Gül', 'Kurt', 'gul.kurt@example.com', '2020-10-10 10:10:10', 'e10adc3949ba59abbe56e057f20f883e');
INSERT INTO `uyeler` VALUES (11, 'Hakan', 'Özdemir', 'hakan.ozdemir@example.com', '2020-11-11 11:11:11', 'e10adc3949ba59abbe56e057f20f883e');
INSERT INTO `uyeler` VALUES (12, 'İpek', 'Erdoğan', 'ipek.erdogan@example.com', '2020-12-12 12:12:12', 'e10adc3949ba59abbe56e057f20f883e');
CREATE TABLE `adresler` (
  `adres_id` INT PRIMARY KEY,
  `uye_id` INT,
  `baslik` VARCHAR(200),
  `alici` VARCHAR(150),
  `tel` VARCHAR(60),
  `adres` TEXT,
  `ulke` VARCHAR(50),
  `il` VARCHAR(50),
  `ilce` VARCHAR(50),
  `mahalle` VARCHAR(100),
  `vergi_dairesi` VARCHAR(100),
  `vergi_no` VARCHAR(20),
  `firma` VARCHAR(150),
  `eposta` VARCHAR(255)
) DEFAULT CHARSET=utf8mb4;
INSERT INTO `adresler` VALUES (1, 1, 'Ev', 'Ayşe Yılmaz', '0532 123 45 67', 'Bağdat Cad. No.12 D.4', 'TR', '34', 'Kadıköy', 'Caferağa Mah.', NULL, NULL, NULL, 'ayse.yilmaz@example.com');
INSERT INTO `adresler` VALUES (2, 1, 'İş', 'Ayşe Yılmaz', '(0216) 555 12 12', 'Halk Sok. No:3', 'TR', '034', 'üsküdar', 'Altunizade Mah.', NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (3, 2, 'Ev', 'Mehmet Öztürk', '+90 533 111 22 33', 'Atatürk Bulvarı No:101', 'TR', '6', 'Çankaya', 'Kızılay Mah.', NULL, NULL, NULL, 'MEHMET.OZTURK@example.com');
INSERT INTO `adresler` VALUES (4, 2, 'Ofis', 'Mehmet Öztürk', '0312 444 55 66', 'Gazi Mustafa Kemal Blv. 5', 'TR', '06', 'KEÇİÖREN', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (5, 3, 'Ev', 'Zeynep Kaya', '0505 123 45 67', 'Cumhuriyet Mah. 1. Sok. No 7', 'Türkiye', 'Afyon', 'Merkez', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (6, 3, 'Yazlık', 'Zeynep Kaya', '', 'Kızkalesi Yolu No 2', 'Türkiye', 'İçel', 'Silifke', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (7, 3, 'Annem', 'Zeynep Kaya', '0344 222 11 00', 'Trabzon Cad. 14', 'TR', 'K.Maraş', 'Onikişubat', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (8, 4, 'Ev', 'Emre Çelik', '0414 313 00 00', 'Balıklıgöl Sok. 3', 'TR', 'Urfa', 'Haliliye', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (9, 4, 'Depo', 'Emre Çelik', '0342 230 10 10', 'Sanayi Sitesi 4. Blok', 'TR', 'Antep', 'Şahinbey', NULL, 'Şahinbey VD', '1234567890', 'Çelik Ticaret Ltd. Şti.', NULL);
INSERT INTO `adresler` VALUES (10, 4, 'İş', 'Emre Çelik', '0212 555 12 12 / 0533 111 22 33', 'Barbaros Bulvarı No 145', 'TR', 'Ist.', 'Beşiktaş', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (11, 5, 'Dayım', 'Elif Şahin', '444 0 123 veya 0542 333 44 55', 'Trabzon Cad. No 9', 'TR', 'Kahraman-Maraş', 'dulkadiroğlu', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (12, 5, 'Ev', 'Elif Şahin', '0532 000 11 22', 'Büyükdere Cad. No 1', 'TR', 'ISTANBUL', 'SARIYER', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (13, 5, 'İş', 'Elif Şahin', '0212 - 555 12 13', 'İstiklal Cad. No 10', 'TR', 'istanbul', 'beyoğlu', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (14, 6, 'Ev', 'Burak Doğan', '123', 'Halaskargazi Cad. No 20', 'TR', 'İstanbul', 'Şişli', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (15, 6, 'İş', 'Burak Doğan', '2147483647', 'Barbaros Mah. Ak Sok. No 4', 'TR', 'ıstanbul', 'ataşehir', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (16, 6, 'Annem', 'Burak Doğan', '0850 222 33 44', 'İncirli Cad. No 8', 'TR', 'İSTANBUL', 'BAKIRKÖY', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (17, 6, 'Babam', 'Burak Doğan', '0800 211 00 00 - 0532 111 22 33', 'Başakşehir Mah. 5. Etap', 'TR', 'i̇stanbul', 'başakşehir', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (18, 6, 'Yazlık', 'Burak Doğan', '+90 (232) 330 00 00 dahili 12', 'Cemal Gürsel Cad. No 300', 'TR', 'IZMIR', 'KARSIYAKA', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (19, 8, 'Ev', 'Can Aydın', '0476 227 00 00', 'Şehit Cengiz Topel Cad. 2', 'TR', 'ığdır', 'MERKEZ', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (20, 8, 'İş', 'Can Aydın', '0376 213 00 00', 'Atatürk Cad. No 3', 'TR', 'ÇANKIRİ', 'Çerkeş', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (21, 8, 'Yazlık', 'Can Aydın', '0374 215 00 00', 'İzzet Baysal Cad. 7', 'TR', 'Bolu', 'merkez', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (22, 9, 'Ev', 'Deniz Koç', '0532 765 43 21', 'Eyüp Sultan Bulvarı 1', 'TR', 'İstanbul', 'Eyüp', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (23, 9, 'İş', 'Deniz Koç', '0532 765 43 22', 'Ankara Cad. 2', 'TR', 'Ankara', 'Kazan', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (24, 9, 'Annem', 'Deniz Koç', '0532 765 43 23', 'Samsun Cad. 3', 'TR', 'Samsun', 'Ondokuzmayıs', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (25, 9, 'Babam', 'Deniz Koç', '0532 765 43 24', 'Köy Yolu 4', 'TR', 'Kırıkkale', 'Bahşili', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (26, 10, 'Yazlık', 'Gül Kurt', '0532 765 43 25', 'Sahil Yolu 5', 'TR', 'Antalya', 'Kale', NULL, NULL, NULL, NULL, 'baska.biri@example.com');
INSERT INTO `adresler` VALUES (27, 10, 'Ev', 'Gül Kurt', '0532 765 43 26', 'Ilıca Cad. 6', 'TR', 'Erzurum', 'Ilıca', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (28, 10, 'İş', 'Gül Kurt', '0532 765 43 27', 'Akköy Cad. 7', 'TR', 'Denizli', 'Akköy', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (29, 10, 'Annem', 'Gül Kurt', '0532 765 43 28', 'Adnan Menderes Bulvarı 8', 'TR', 'Aydın', 'Merkez', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (30, 11, 'Ev', 'Hakan Özdemir', '0532 765 43 29', 'Uzun Sok. 9', 'TR', 'Trabzon', 'Merkez', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (31, 11, 'İş', 'Hakan Özdemir', '0532 765 43 30', 'Cumhuriyet Cad. 10', 'TR', 'Siirt', 'Aydınlar', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (32, 11, 'Annem', 'Hakan Özdemir', '0532 765 43 31', 'Mimar Sinan Cad. 11', 'TR', 'Manisa', 'Merkez', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (33, 11, 'Babam', 'Hakan Özdemir', '0532 765 43 32', 'Saraylar Mah. 12', 'TR', 'Denizli', 'merkez', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (34, 12, 'Ev', 'İpek Erdoğan', '0532 765 43 33', 'Moda Cad. 13', 'TR', 'Ankara', 'Kadıköy', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (35, 12, 'İş', 'İpek Erdoğan', '0532 765 43 34', 'Yeni Mah. 14', 'TR', '82', 'Merkez', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (36, 12, 'Annem', 'İpek Erdoğan', '0532 765 43 35', 'Eski Mah. 15', 'TR', '0034', 'Kadıköy', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (37, 12, 'Berlin', 'İpek Erdoğan', '+49 30 1234567', 'Friedrichstraße 43', 'Germany', 'berlin', 'Mitte', 'Friedrichstadt', NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (38, 12, 'Köln', 'İpek Erdoğan', '0049 221 123456', 'Venloer Str. 200', '  Deutschland ', 'Köln', 'Ehrenfeld', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (39, 1, 'Yazlık', 'Ayşe Yılmaz', '0532 123 45 68', 'Kıbrıs Şehitleri Cad. 1', 'TUR', 'İzmir', 'Konak', 'Alsancak Mah.', NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (40, 1, 'Annem', 'Ayşe Yılmaz', '0532 123 45 69', 'FSM Bulvarı 2', 'Turkey', 'Bursa', 'Nilüfer', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (41, 2, 'Annem', 'Mehmet Öztürk', '0532 123 45 70', 'İki Eylül Cad. 3', 'Türkiye', 'Eskişehir', 'Tepebaşı', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (42, 2, 'Babam', 'Mehmet Öztürk', '0532 123 45 71', 'Mevlana Cad. 4', 'Turkiye', 'Konya', 'Selçuklu', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (43, 2, 'Yazlık', 'Mehmet Öztürk', '0532 123 45 72', 'Neyzen Tevfik Cad. 5', 'Türkei', 'Muğla', 'Bodrum', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (44, 3, 'Babam', 'Zeynep Kaya', '0532 123 45 73', 'Kurtuluş Cad. 6', '90', 'Hatay', 'Antakya', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (45, 3, 'Teyzem', 'Zeynep Kaya', '0532 123 45 74', 'Atatürk Cad. 7', '', 'Adana', 'Seyhan', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (46, 3, 'Halam', 'Zeynep Kaya', '0532 123 45 75', 'Hürriyet Cad. 8', 'TÜRKİYE', 'Kocaeli', 'İzmit', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (47, 4, 'Annem', 'Emre', '0532 123 45 76', 'Gazi Cad. 9', 'TR', 'Ankara', 'Yenimahalle', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (48, 4, 'Babam', 'Ali Rıza Çelik', '0532 123 45 77', 'Gazi Cad. 10', 'TR', 'Ankara', 'Etimesgut', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (49, 5, 'Annem', '  Mehmet   Ali  Şahin ', '0532 123 45 78', 'Gazi Cad. 11', 'tr', 'Ankara', 'Sincan', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (50, 5, 'Babam', NULL, '0532 123 45 79', 'Gazi Cad. 12', 'TR', 'Ankara', 'Mamak', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (51, 8, 'Fatura', 'Can Aydın', '0532 123 45 80', 'Organize Sanayi 1. Cad. 1', 'TR', 'Bursa', 'Osmangazi', NULL, 'Uludağ VD', '12345678901', NULL, NULL);
INSERT INTO `adresler` VALUES (52, 8, 'Fatura 2', 'Can Aydın', '0532 123 45 81', 'Organize Sanayi 1. Cad. 2', 'TR', 'Bursa', 'Yıldırım', NULL, 'Uludağ VD', '12345', 'Aydın A.Ş.', NULL);
INSERT INTO `adresler` VALUES (53, 8, 'Fatura 3', 'Can Aydın', '0532 123 45 82', 'Organize Sanayi 1. Cad. 3', 'TR', 'Bursa', 'Gemlik', NULL, 'Gemlik VD', '123 456 78 90', 'Aydın A.Ş.', NULL);
INSERT INTO `adresler` VALUES (54, 8, 'Fatura 4', 'Can Aydın', '0532 123 45 83', 'Organize Sanayi 1. Cad. 4', 'TR', 'Bursa', 'İnegöl', NULL, 'İnegöl VD', '12345678901234', NULL, NULL);
INSERT INTO `adresler` VALUES (55, 9, 'Uzun', 'Deniz Koç', '0532 123 45 84', 'Çok Uzun Sokak Çok Uzun Sokak Çok Uzun Sokak Çok Uzun Sokak Çok Uzun Sokak Çok Uzun Sokak Çok Uzun Sokak Çok Uzun Sokak Çok Uzun Sokak Çok Uzun Sokak Çok Uzun Sokak Çok Uzun Sokak Çok Uzun Sokak Çok Uzun Sokak Çok Uzun Sokak Çok Uzun Sokak Çok Uzun Sokak Çok Uzun Sokak Çok Uzun Sokak Çok Uzun Sokak No 1', 'TR', 'İstanbul', 'Kadıköy', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (56, 9, 'Boş', 'Deniz Koç', '0532 123 45 85', '', 'TR', 'İstanbul', 'Kadıköy', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (57, 9, 'Şehirsiz', 'Deniz Koç', '0532 123 45 86', 'Bir Sokak 1', 'TR', NULL, 'Kadıköy', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (58, 9, 'İlçesiz', 'Deniz Koç', '0532 123 45 87', 'Bir Sokak 2', 'TR', 'İstanbul', '   ', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (59, NULL, 'Sahipsiz', 'Kimse Yok', '0532 123 45 88', 'Bir Sokak 3', 'TR', 'İstanbul', 'Kadıköy', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (60, 10, 'Başlık Başlık Başlık Başlık Başlık Başlık Başlık Başlık Başlık Başlık Başlık Başlık Başlık Başlık Başlık Başlık Başlık Başlık Başlık Başlık ', 'Gül Kurt', '0532 123 45 89', 'Bir Sokak 4', 'TR', 'İstanbul', 'Kadıköy', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (61, 1, 'Ev 2', 'Ayşe Yılmaz', NULL, 'bağdat cad no 12 d 4', 'Türkiye', 'İstanbul', 'KADIKÖY', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (62, 1, 'Ev 3', 'Ayşe Yılmaz', NULL, 'Bağdat Cad. No 1-2 D.4', 'TR', '34', 'Kadıköy', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (63, 7, 'Ev', 'Selin Arslan', '0532 123 45 90', 'Moda Cad. 20', 'TR', 'İstanbul', 'Kadıköy', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (64, 99, 'Ev', 'Hayalet Kullanıcı', '0532 123 45 91', 'Moda Cad. 21', 'TR', 'İstanbul', 'Kadıköy', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (65, 7, 'İş', 'Selin Arslan', '0532 123 45 92', 'Moda Cad. 22', 'TR', 'Atlantis', 'Merkez', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (66, 11, 'Yazlık', 'Hakan Ã–zdemir', '0532 123 45 93', 'Ã‡arÅŸÄ± Mah. AtatÃ¼rk Cad. No 5', 'TR', 'Ordu', 'Altınordu', 'G&ouml;ztepe Mah.', NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (67, 11, 'Ofis', 'Hakan Özdemir', '0532 123 45 94', 'Gül Sok. No 3\nDaire 5\r\n   Kat 2', 'TR', 'Samsun', 'Atakum', NULL, NULL, NULL, NULL, NULL);
INSERT INTO `adresler` VALUES (68, 12, 'Fatura', 'İpek Erdoğan', '0532 123 45 95', 'Vergi Sok. 1', 'TR', 'Kocaeli', 'İzmit', NULL, 'Tepecik VD', '1234567890.0', 'Erdoğan Ltd.', NULL);
INSERT INTO `adresler` VALUES (69, 12, 'Fatura 2', 'İpek Erdoğan', '0532 123 45 96', 'Vergi Sok. 2', 'TR', 'Kocaeli', 'Gebze', NULL, 'Gebze VD', '1.23456789E+09', 'Erdoğan Ltd.', NULL);
INSERT INTO `adresler` VALUES (70, 12, 'Depo', 'İpek Erdoğan', '0532 123 45 97', 'Vergi Sok. 3', 'TR', 'Kocaeli', 'Merkez', NULL, NULL, NULL, NULL, NULL);
