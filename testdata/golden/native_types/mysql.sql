-- native_types: the rows of legacy.csv in native column types, for MariaDB/MySQL.
SET time_zone = '+00:00'; -- TIMESTAMP literals below are UTC
CREATE TABLE `uyeler` (
  `id` BIGINT PRIMARY KEY,
  `ad` VARCHAR(100),
  `soyad` VARCHAR(100),
  `eposta` VARCHAR(100),
  `cinsiyet` ENUM('E','K'),
  `gsm` DOUBLE,
  `dogum` DATE,
  `kayit` TIMESTAMP NULL,
  `sifre` CHAR(64),
  `tuz` VARCHAR(20),
  `sms` TINYINT(1),
  `aktif` TINYINT(1),
  `ekstra` JSON
) DEFAULT CHARSET=utf8mb4;
INSERT INTO `uyeler` VALUES (1, 'Ayşe', 'Yılmaz', 'ayse@example.com', 'K', 5321234567, '1990-01-13', '2015-01-15 10:00:00', 'e10adc3949ba59abbe56e057f20f883e', NULL, 1, 1, '{"tier": "gold", "points": 12}');
INSERT INTO `uyeler` VALUES (2, 'Mehmet', 'Kaya', 'mehmet@example.com', 'E', 905331112233, '1985-06-30', '2015-07-15 10:00:00', '7c4a8d09ca3762af61e59520943dc26494f8941b', 'tuz1', 0, 1, NULL);
INSERT INTO `uyeler` VALUES (3, 'Zeynep', 'Demir', 'zeynep@example.com', NULL, 5441234567, '2001-12-31', '2016-12-15 21:30:00', '8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92', NULL, 1, 0, '{}');
INSERT INTO `uyeler` VALUES (4, 'Can', 'Öz', 'can@example.com', 'E', 2125551234, '2020-01-01', '2019-06-01 00:00:00', 'e10adc3949ba59abbe56e057f20f883e', NULL, 0, 1, '{"a": [1, 2, {"b": null}]}');
INSERT INTO `uyeler` VALUES (5, 'Elif', 'Şen', 'ELIF@EXAMPLE.COM', 'K', NULL, '1899-12-31', '2000-03-26 00:30:00', 'e10adc3949ba59abbe56e057f20f883e', NULL, 1, 1, NULL);
INSERT INTO `uyeler` VALUES (6, 'Deniz', 'Ak', 'deniz@example.com', 'K', 5051234567, NULL, '2010-10-30 23:59:59', 'e10adc3949ba59abbe56e057f20f883e', NULL, 1, 1, '[1]');
INSERT INTO `uyeler` VALUES (7, 'Ece', 'Ay', 'ayse@example.com', 'K', 5321234567, '1991-01-01', '2011-01-01 00:00:00', 'e10adc3949ba59abbe56e057f20f883e', NULL, 1, 1, NULL);
INSERT INTO `uyeler` VALUES (1000, 'Ali', 'Veli', 'ali@example.com', 'E', 5051234568, '1975-05-05', '2021-05-05 05:05:05', 'e10adc3949ba59abbe56e057f20f883e', NULL, 1, 1, NULL);
