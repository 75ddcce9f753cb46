package configs

import "testing"

func TestGuessColumns(t *testing.T) {
	emails := []string{"a@x.com", "b@y.com.tr", " C@Z.ORG ", ""}
	cols := []ColumnInfo{
		{Name: "musteri_no", Type: "int"},
		{Name: "adi", Type: "varchar"}, {Name: "soyadı", Type: "varchar"},
		{Name: "kullanici", Type: "varchar", Values: emails}, // an email column by content only
		{Name: "mail_onay", Type: "tinyint", Values: []string{"1", "0", "1"}},
		{Name: "Cinsiyet", Type: "varchar"}, {Name: "cep_tel", Type: "varchar", Values: []string{"0532 123 45 67", "+90 532 765 43 21"}},
		{Name: "dogum_tarihi", Type: "date", Values: []string{"1990-01-13", "0000-00-00", "13.01.1990", "1900-01-01"}}, {Name: "kayit_tarihi", Type: "datetime"},
		{Name: "sifre", Type: "varchar", Values: []string{"e10adc3949ba59abbe56e057f20f883e", "$2y$10$abcdefghijklmnopqrstuv", "e10adc3949ba59abbe56e057f20f883e"}},
		{Name: "tuz", Type: "varchar"}, {Name: "sms_izin", Type: "tinyint"}, {Name: "aktif", Type: "tinyint"},
		{Name: "misafir", Type: "tinyint"}, {Name: "guncelleme", Type: "timestamp"}, {Name: "notlar", Type: "text"},
	}
	g := GuessColumns(cols)
	want := map[string]string{"first_name": "adi", "last_name": "soyadı", "email": "kullanici", "email_allowed": "mail_onay",
		"gender": "Cinsiyet", "phone": "cep_tel", "date_of_birth": "dogum_tarihi", "date_joined": "kayit_tarihi",
		"password": "sifre", "password_salt": "tuz", "sms_allowed": "sms_izin", "verified": "aktif"}
	for k, c := range want {
		if g.Columns[k] != c {
			t.Errorf("%s ← %q, want %q (%s)", k, g.Columns[k], c, g.How[k])
		}
	}
	for k, c := range g.Columns {
		if want[k] == "" {
			t.Errorf("unexpected %s ← %s", k, c)
		}
	}
	if g.Cursor != "guncelleme" || g.Guest != "misafir" {
		t.Errorf("cursor %q guest %q", g.Cursor, g.Guest)
	}
	if d := g.Dates["date_of_birth"]; d["YYYY-MM-DD"] != 1 || d["zero date 0000-00-00"] != 1 || d["DD.MM.YYYY"] != 1 || d["1900-01-01 placeholder"] != 1 {
		t.Errorf("date shapes %v", d)
	}
	if g.Passwords["md5"] != 2 || g.Passwords["bcrypt"] != 1 || g.Phones["05XX…"] != 1 || g.Phones["+90 5XX…"] != 1 {
		t.Errorf("passwords %v phones %v", g.Passwords, g.Phones)
	}
}

func TestPasswordScheme(t *testing.T) {
	for v, want := range map[string]string{
		"e10adc3949ba59abbe56e057f20f883e":                                 "md5",
		"7C4A8D09CA3762AF61E59520943DC26494F8941B":                         "sha1",
		"8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92": "sha256",
		"sha1$salt$7c4a8d09ca3762af61e59520943dc26494f8941b":               "sha1 (algorithm$salt$hash)",
		"$2b$12$KIXQJ2a1nLr5Q3vYzQ9eUuJx0P9d0sS2H2m1W6yQ2xv7p8Q0a1b2c":     "bcrypt",
		"$P$BxRa1n9pN8b8l5sU1Hq7Gx1/abcdef.":                               "phpass",
		"pbkdf2_sha256$260000$abc$def=":                                    "pbkdf2",
		"$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA":                     "argon2",
		"$6$rounds=5000$salt$hash":                                         "crypt",
		"123456":                                                           "unrecognized",
	} {
		if got := PasswordScheme(v); got != want {
			t.Errorf("%s: %s, want %s", v, got, want)
		}
	}
}

func TestTableScore(t *testing.T) {
	users := TableScore("musteriler", []string{"id", "adi", "soyadi", "eposta", "sifre"})
	orders := TableScore("siparisler", []string{"id", "musteri_id", "tutar", "tarih", "created_at"})
	if users <= orders {
		t.Fatalf("users %d, orders %d", users, orders)
	}
}
