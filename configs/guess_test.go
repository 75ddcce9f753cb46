package configs

import (
	"strings"
	"testing"
)

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

func TestWords(t *testing.T) {
	for name, want := range map[string]string{
		"MusteriID": "musteri id", "SonGuncelleme": "son guncelleme", "SifreTuz": "sifre tuz", "user_email": "user email",
		"XMLFile": "xml file", "DogumTarihi": "dogum tarihi", "EPosta": "e posta", "Şifre_Tuzu": "sifre tuzu", "id": "id",
	} {
		if got := strings.Join(words(name), " "); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
}

// TestGuessColumnsPlatformNames: the names real shops use, and the
// columns whose sample says they are something else.
func TestGuessColumnsPlatformNames(t *testing.T) {
	for _, c := range []struct {
		name string
		cols []ColumnInfo
		want map[string]string // key → column ("" = not mapped)
		cur  string
	}{
		{"opencart", []ColumnInfo{{Name: "customer_id"}, {Name: "firstname"}, {Name: "lastname"}, {Name: "email"}, {Name: "telephone"},
			{Name: "password"}, {Name: "salt"}, {Name: "date_added", Type: "datetime"}},
			map[string]string{"phone": "telephone", "date_joined": "date_added", "password_salt": "salt"}, ""},
		{"prestashop", []ColumnInfo{{Name: "id_customer"}, {Name: "passwd"}, {Name: "date_add", Type: "datetime"}, {Name: "date_upd", Type: "datetime"}},
			map[string]string{"date_joined": "date_add", "password": "passwd"}, "date_upd"},
		{"wordpress", []ColumnInfo{{Name: "ID"}, {Name: "user_pass"}, {Name: "user_email"}, {Name: "display_name", Values: []string{"Ayşe Yılmaz"}}},
			map[string]string{"first_name": "", "password": "user_pass", "email": "user_email"}, ""},
		{"camel", []ColumnInfo{{Name: "MusteriID"}, {Name: "Sifre"}, {Name: "SifreTuz"}, {Name: "CreatedOn", Type: "datetime"},
			{Name: "SonGuncelleme", Type: "datetime"}, {Name: "CepTelefonu"}},
			map[string]string{"password": "Sifre", "password_salt": "SifreTuz", "date_joined": "CreatedOn", "phone": "CepTelefonu"}, "SonGuncelleme"},
		{"confirmed over active", []ColumnInfo{{Name: "is_active", Values: []string{"1", "1"}}, {Name: "is_confirmed", Values: []string{"0", "1"}}},
			map[string]string{"verified": "is_confirmed"}, ""},
		{"active when alone", []ColumnInfo{{Name: "is_active", Values: []string{"1", "0"}}}, map[string]string{"verified": "is_active"}, ""},
		{"contradicted", []ColumnInfo{{Name: "user_type", Values: []string{"bayi", "kurumsal", "bayi"}},
			{Name: "created_by", Values: []string{"12", "7"}}, {Name: "gender", Values: []string{"İstanbul", "Ankara"}},
			{Name: "sms", Values: []string{"5321112233"}}, {Name: "telefon", Values: []string{"yok", "-"}}},
			map[string]string{"user_type": "", "date_joined": "", "gender": "", "sms_allowed": "", "phone": "sms"}, ""}, // by content
		{"user_type that fits", []ColumnInfo{{Name: "user_type", Values: []string{"registered", "Guest"}}}, map[string]string{"user_type": "user_type"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			g := GuessColumns(c.cols)
			for k, col := range c.want {
				if g.Columns[k] != col {
					t.Errorf("%s ← %q, want %q (%s; notes %v)", k, g.Columns[k], col, g.How[k], g.Notes)
				}
			}
			if g.Cursor != c.cur {
				t.Errorf("cursor %q, want %q", g.Cursor, c.cur)
			}
		})
	}
}

func TestIDLikeAndTableScore(t *testing.T) {
	for name, want := range map[string]bool{"MusteriID": true, "uye_no": true, "id": true, "ID": true, "idea": false, "video": false} {
		if IDLike(name) != want {
			t.Errorf("IDLike(%s) = %v", name, !want)
		}
	}
	cols := []string{"user_id", "firstname", "lastname", "email", "password", "created"}
	if a, c := TableScore("admin_user", cols), TableScore("customer_entity", cols); a >= c {
		t.Errorf("admin_user %d, customer_entity %d", a, c)
	}
}
