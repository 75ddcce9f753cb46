-- orders_tr: the same rows as legacy.csv, siparisler.csv and siparis_kalemleri.csv, for MariaDB/MySQL.
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
INSERT INTO `uyeler` VALUES (4, 'Selin', 'Arslan', 'selin.arslan@', '2020-07-07 07:07:07', 'e10adc3949ba59abbe56e057f20f883e');
INSERT INTO `uyeler` VALUES (5, 'Emre', 'Çelik', 'emre.celik@example.com', '2020-04-04 08:15:00', 'e10adc3949ba59abbe56e057f20f883e');
CREATE TABLE `siparisler` (
  `id` INT PRIMARY KEY,
  `siparis_no` VARCHAR(150),
  `uye_id` INT,
  `durum` VARCHAR(50),
  `tarih` DATETIME,
  `toplam` VARCHAR(40),
  `indirim` DECIMAL(12,2),
  `para_birimi` VARCHAR(10),
  `odeme_tipi` VARCHAR(64),
  `banka` VARCHAR(64),
  `taksit` INT,
  `kargo_takip` VARCHAR(64),
  `kargo_firmasi` VARCHAR(64),
  `teslimat_adresi` TEXT,
  `fatura_adresi` TEXT,
  `ekstra` TEXT,
  `hediye_notu` VARCHAR(200)
) DEFAULT CHARSET=utf8mb4;
INSERT INTO `siparisler` VALUES (1, 'SIP-1001', 2, 'onaylandı', '2021-02-02 11:30:00', '1234.56', '12.50', 'TRY', 'Kredi Kartı', 'Garanti', 3, 'TK000001', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', '{"kanal": "web", "hediye_notu": "json"}', 'Doğum günü');
INSERT INTO `siparisler` VALUES (2, 'SIP-1002', 3, 'ONAYLANDI', '2021-03-03 12:30:00', '1.234,56', NULL, 'TL', 'Kredi Kartı', 'Garanti', 0, 'TK000002', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (3, 'SIP-1003', 1, 'Onaylandi', '2021-04-04 13:30:00', '1,234.56', '0.00', 'USD', 'Kredi Kartı', 'Garanti', NULL, 'TK000003', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (4, 'SIP-1004', 2, 'KARGODA', '2021-05-05 14:30:00', '1.234.567,89', NULL, 'YTL', 'Kredi Kartı', 'Garanti', 1, 'TK000004', 'YURTİÇİ KARGO', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (5, 'SIP-1005', 3, ' kargoda ', '2021-06-06 15:30:00', '₺1.234,56', NULL, NULL, 'Kredi Kartı', 'Garanti', 1, 'TK000005', 'ARAS KARGO', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (6, 'SIP-1006', 1, 'İptal', '2021-07-07 16:30:00', '1.234,56 TL', NULL, NULL, 'Kredi Kartı', 'Garanti', 1, 'TK000006', NULL, 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (7, 'SIP-1007', 2, 'İPTAL', '2021-08-08 17:30:00', 'USD 10.00', NULL, NULL, 'Kredi Kartı', 'Garanti', 1, 'TK000007', '  MNG   Kargo ', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (8, 'SIP-1008', 3, 'ıptal', '2021-09-09 18:30:00', '10 €', NULL, NULL, 'Kredi Kartı', 'Garanti', 1, 'TK000008', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (9, 'SIP-1009', 1, 'onaylandı', '2021-10-10 19:30:00', '10 €', NULL, 'TRY', 'Kredi Kartı', 'Garanti', 1, 'TK000009', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (10, 'SIP-1010', 2, 'onaylandı', '2021-11-11 10:30:00', '12.3456', NULL, 'TRY', 'Kredi Kartı', 'Garanti', 1, 'TK000010', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (11, 'SIP-1011', 3, 'onaylandı', '2021-12-12 11:30:00', '1e3', NULL, 'TRY', 'Kredi Kartı', 'Garanti', 1, 'TK000011', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (12, 'SIP-1012', 1, 'onaylandı', '2021-01-13 12:30:00', '-5.00', NULL, 'TRY', 'Kredi Kartı', 'Garanti', 1, 'TK000012', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (13, 'SIP-1013', 2, 'onaylandı', '2021-02-14 13:30:00', '1234567890123', NULL, 'TRY', 'Kredi Kartı', 'Garanti', 1, 'TK000013', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (14, 'SIP-1014', 3, 'onaylandı', '2021-03-15 14:30:00', '99.90', NULL, '₺', 'Kredi Kartı', 'Garanti', 1, 'TK000014', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (15, 'SIP-1015', 1, 'onaylandı', '2021-04-16 15:30:00', '99.90', NULL, 'try', 'Kredi Kartı', 'Garanti', 1, 'TK000015', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (16, 'SIP-1016', 2, 'onaylandı', '2021-05-17 16:30:00', '99.90', NULL, '$', 'Kredi Kartı', 'Garanti', 1, 'TK000016', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (17, 'SIP-1017', 3, 'onaylandı', '2021-06-18 17:30:00', '99.90', NULL, '€', 'Kredi Kartı', 'Garanti', 1, 'TK000017', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (18, 'SIP-1018', 1, 'onaylandı', '2021-07-19 18:30:00', '99.90', NULL, '£', 'Kredi Kartı', 'Garanti', 1, 'TK000018', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (19, 'SIP-1019', 2, 'onaylandı', '2021-08-20 19:30:00', '1500000', NULL, 'TRL', 'Kredi Kartı', 'Garanti', 1, 'TK000019', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (20, 'SIP-1020', 3, 'onaylandı', '2021-09-21 10:30:00', '99.90', NULL, 'XYZ', 'Kredi Kartı', 'Garanti', 1, 'TK000020', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (21, 'SIP-1021', 1, 'onaylandı', '2021-10-22 11:30:00', '100', NULL, NULL, 'Kredi Kartı', 'Garanti', 1, 'TK000021', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (22, 'SIP-1022', 2, 'beklemede', '2021-11-23 12:30:00', '250.00', NULL, 'TRY', 'Kredi Kartı', 'Garanti', 1, 'TK000022', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (23, 'SIP-1023', 3, 'Hazırlanıyor', '2021-12-24 13:30:00', '250.00', NULL, 'TRY', 'Kredi Kartı', 'Garanti', 1, 'TK000023', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (24, 'SIP-1024', 1, 'onaylandı', '2021-01-25 14:30:00', '250.00', NULL, 'TRY', 'Kredi Kartı', 'Garanti', 1, 'TK000024', 'Yurtiçi Kargo', 'Çok uzun adres satırı 01 Çok uzun adres satırı 02 Çok uzun adres satırı 03 Çok uzun adres satırı 04 Çok uzun adres satırı 05 Çok uzun adres satırı 06 Çok uzun adres satırı 07 Çok uzun adres satırı 08 Çok uzun adres satırı 09 Çok uzun adres satırı 10 Çok uzun adres satırı 11 Çok uzun adres satırı 12 Çok uzun adres satırı 13 Çok uzun adres satırı 14 Çok uzun adres satırı 15 Çok uzun adres satırı 16 Çok uzun adres satırı 17 Çok uzun adres satırı 18 Çok uzun adres satırı 19 Çok uzun adres satırı 20 Çok uzun adres satırı 21 Çok uzun adres satırı 22 Çok uzun adres satırı 23 Çok uzun adres satırı 24 Çok uzun adres satırı 25 Çok uzun adres satırı 26 Çok uzun adres satırı 27 Çok uzun adres satırı 28 Çok uzun adres satırı 29', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (25, 'SIP-1025', 2, 'onaylandı', '2021-02-26 15:30:00', '250.00', NULL, 'TRY', 'Kredi Kartı', 'Garanti', 1, 'TK000025', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', '[1, 2]', NULL);
INSERT INTO `siparisler` VALUES (26, 'SIP-1026', 3, 'onaylandı', '2021-03-27 16:30:00', '250.00', NULL, 'TRY', 'Kredi Kartı', 'Garanti', 1, 'TK000026', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', '{"kanal": "mobil"}', NULL);
INSERT INTO `siparisler` VALUES (27, 'SIP-1027', 1, 'onaylandı', '2021-04-28 17:30:00', '250.00', NULL, 'TRY', 'Kredi Kartı', 'Garanti', 1, 'TK000027', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, 'Sürpriz');
INSERT INTO `siparisler` VALUES (28, 'SIP-1028', 4, 'onaylandı', '2021-05-01 18:30:00', '250.00', NULL, 'TRY', 'Kredi Kartı', 'Garanti', 1, 'TK000028', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (29, 'SIP-1029', 99, 'onaylandı', '2021-06-02 19:30:00', '250.00', NULL, 'TRY', 'Kredi Kartı', 'Garanti', 1, 'TK000029', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (30, 'SIP-1001', 2, 'onaylandı', '2021-07-03 10:30:00', '250.00', NULL, 'TRY', 'Kredi Kartı', 'Garanti', 1, 'TK000030', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (31, 'SIP-1031', 2, 'onaylandı', '2021-08-04 11:30:00', '1.234', NULL, 'TRY', 'Kredi Kartı', 'Garanti', 1, 'TK000031', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (32, 'SIP-1032', 3, 'onaylandı', '2021-09-05 12:30:00', '1.234,5', NULL, 'TRY', 'Kredi Kartı', 'Garanti', 1, 'TK000032', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (33, 'SIP-1033', 1, 'onaylandı', '2021-10-06 13:30:00', '123.9000', NULL, 'TRY', 'Kredi Kartı', 'Garanti', 1, 'TK000033', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (34, 'SIP-1034', 2, 'onaylandı', '2021-11-07 14:30:00', '0', '1234567890.12', 'TRY', 'Kredi Kartı', 'Garanti', 1, 'TK000034', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (35, 'SIP-1035', 3, 'onaylandı', '2021-12-08 15:30:00', '1,5', NULL, 'TRY', 'Kredi Kartı', 'Garanti', 1, 'TK000035', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (36, 'SIP-1036', 1, 'onaylandı', '2021-01-09 16:30:00', '9999999999.99', NULL, 'usd', 'Kredi Kartı', 'Garanti', 1, 'TK000036', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (37, 'SIP-1037', 2, 'onaylandı', '2021-02-10 17:30:00', '50.00', NULL, 'T.L.', 'Kredi Kartı', 'Garanti', 1, 'TK000037', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (38, 'SIP-1038', 3, 'onaylandı', '2021-03-11 18:30:00', '', NULL, 'TRY', 'Kredi Kartı', 'Garanti', 1, 'TK000038', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (39, 'SIP-1039', 1, 'onaylandı', '2021-04-12 19:30:00', '10.00 USD', NULL, 'EUR', 'Kredi Kartı', 'Garanti', 1, 'TK000039', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
INSERT INTO `siparisler` VALUES (40, 'SIP-1040', 2, 'onaylandı', '2021-05-13 10:30:00', 'EUR 10,50', '1.00', NULL, 'Kredi Kartı', 'Garanti', 1, 'TK000040', 'Yurtiçi Kargo', 'Bağdat Cad. No:12 D:4 Kadıköy İSTANBUL', 'Atatürk Bulvarı No:101 Çankaya ANKARA', NULL, NULL);
CREATE TABLE `siparis_kalemleri` (
  `siparis_id` INT,
  `satir_no` INT,
  `siparis_no` VARCHAR(150),
  `urun_adi` TEXT,
  `stok_kodu` VARCHAR(200),
  `adet` DECIMAL(10,3),
  `birim_fiyat` VARCHAR(40),
  `resim` VARCHAR(300),
  `ekstra` TEXT,
  `beden` VARCHAR(20),
  PRIMARY KEY (`siparis_id`, `satir_no`)
) DEFAULT CHARSET=utf8mb4;
INSERT INTO `siparis_kalemleri` VALUES (1, 1, 'SIP-1001', 'Ürün 1-1', 'SKU-1-1', '2.000', '19.90', 'img/1-1.jpg', NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (1, 2, 'SIP-1001', 'Ürün 1-2', 'SKU-1-2', '1.000', '1.234,56', 'https://img.example.com/1-2.jpg', NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (1, 3, 'SIP-1001', 'Ürün 1-3', 'SKU-1-3', '1.500', '19.90', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (1, 4, 'SIP-1001', 'Ürün 1-4', 'SKU-1-4', '0.000', '19.90', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (1, 5, 'SIP-1001', 'Ürün 1-5', 'SKU-1-5', '-1.000', '19.90', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (2, 1, 'SIP-1002', 'Ürün 2-1', 'SKU-2-1', '1.000', '₺45,00', '/urunler/2-1.png', NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (2, 2, 'SIP-1002', 'Ürün 2-2', 'SKU-2-2', '1.000', '10 €', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (2, 3, 'SIP-1002', 'Ürün 2-3', 'SKU-2-3', '1.000', '1e2', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (2, 4, 'SIP-1002', 'Ürün 2-4', 'SKU-2-4', '1.000', '-3.00', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (2, 5, 'SIP-1002', 'Ürün 2-5', 'SKU-2-5', '1.000', '12.345', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (3, 1, 'SIP-1003', 'Ürün 3-1', 'SKU-3-1', '1.000', '19.90', 'ftp://img.example.com/3-1.jpg', NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (3, 2, 'SIP-1003', 'Ürün 3-2', 'SKU-3-2', '1.000', '19.90', 'resim 3-2.jpg', NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (3, 3, 'SIP-1003', 'Ürün 3-3', 'SKU-3-3', '1.000', '19.90', '//img.example.com/3-3.jpg', NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (3, 4, 'SIP-1003', 'Ürün 3-4', 'SKU-3-4', '1.000', '19.90', 'http://img.example.com/3-4.jpg', NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (4, 1, 'SIP-1004', 'Pamuklu uzun kollu gömlek model 01 Pamuklu uzun kollu gömlek model 02 Pamuklu uzun kollu gömlek model 03 Pamuklu uzun kollu gömlek model 04 Pamuklu uzun kollu gömlek model 05 Pamuklu uzun kollu gömlek model 06 Pamuklu uzun kollu gömlek model 07 Pamuklu uzun kollu gömlek model 08 Pamuklu uzun kollu gömlek model 09 Pamuklu uzun kollu gömlek model 10 Pamuklu uzun kollu gömlek model 11', 'SKU-4-1', '1.000', '19.90', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (4, 2, 'SIP-1004', 'Ürün 4-2', 'SKU-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', '1.000', '19.90', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (4, 3, 'SIP-1004', '', '', '1.000', '19.90', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (5, 1, 'SIP-1005', 'Ürün 5-1', 'SKU-5-1', '1.000', '1.234.567,89', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (5, 2, 'SIP-1005', 'Ürün 5-2', 'SKU-5-2', '1.000', '19.9000', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (5, 3, 'SIP-1005', 'Ürün 5-3', 'SKU-5-3', '1.000', '', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (6, 1, 'SIP-1006', 'Ürün 6-1', 'SKU-6-1', '1.000', '19.90', NULL, '{"renk": "kırmızı", "beden": "S"}', 'M');
INSERT INTO `siparis_kalemleri` VALUES (6, 2, 'SIP-1006', 'Ürün 6-2', 'SKU-6-2', '1.000', 'USD 10.00', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (6, 3, 'SIP-1006', 'Ürün 6-3', 'SKU-6-3', '1.000', '19.90', NULL, '"kırmızı"', NULL);
INSERT INTO `siparis_kalemleri` VALUES (7, 1, ' SIP-1007 ', 'Ürün 7-1', 'SKU-7-1', '1.000', '19.90', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (7, 2, 'SIP-1007', 'Ürün 7-2', 'SKU-7-2', '1.000', '1234567890123', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (7, 3, 'SIP-1007', 'Ürün 7-3', 'SKU-7-3', '1.000', '1,234.56', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (8, 1, 'SIP-1008', 'Ürün 8-1', 'SKU-8-1', '3', '19.90', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (8, 2, 'SIP-1008', 'Ürün 8-2', 'SKU-8-2', '1.000', '0.00', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (9, 1, 'SIP-1009', 'Ürün 9-1', 'SKU-9-1', '1.000', '19.90', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (14, 1, 'SIP-1014', 'Ürün 14-1', 'SKU-14-1', '1.000', '1,5', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (14, 2, 'SIP-1014', 'Ürün 14-2', 'SKU-14-2', '1.000', '1.234', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (15, 1, 'SIP-1015', 'Ürün 15-1', 'SKU-15-1', '100.000', '0,99', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (16, 1, 'SIP-1016', '  Çift   boşluklu	ürün  ', 'SKU-16-1', '1.000', '19.90', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (17, 1, 'SIP-1017', 'Ürün 17-1', 'SKU-17-1', '1.000', '19.90', '  img/17-1.jpg  ', NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (18, 1, 'SIP-1018', 'Ürün 18-1', 'SKU-18-1', '1.000', '19.90', 'C:\\resimler\\18-1.jpg', NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (19, 1, 'SIP-1019', 'Ürün 19-1', 'SKU-19-1', '1.000', '19.90', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (28, 1, 'SIP-1028', 'Ürün 28-1', 'SKU-28-1', '1.000', '19.90', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (29, 1, 'SIP-1029', 'Ürün 29-1', 'SKU-29-1', '1.000', '19.90', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (30, 1, 'SIP-1001', 'Ürün 30-1', 'SKU-30-1', '1.000', '19.90', NULL, NULL, NULL);
INSERT INTO `siparis_kalemleri` VALUES (99, 1, 'SIP-9999', 'Ürün 99-1', 'SKU-99-1', '1.000', '19.90', NULL, NULL, NULL);
