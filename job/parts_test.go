package job

import (
	"strings"
	"testing"

	"etl/configs"
)

// TestCustomerKey: a users table that maps customer_code may be keyed by
// the legacy column or by the record key; any other key is refused.
func TestCustomerKey(t *testing.T) {
	for _, tc := range []struct{ key, want string }{
		{"uye_id", ""},
		{"customer_code", ""},
		{"mail", "users.key must be the column mapped to customer_code (uye_id), not mail"},
		{"[uye_id, mail]", "users.key must be one column"},
	} {
		t.Run(tc.key, func(t *testing.T) {
			cfg, err := configs.Parse([]byte(`source:
  driver: mysql
  dsn: "root@tcp(127.0.0.1:3306)/x"
users:
  table: uyeler
  columns: {customer_code: uye_id, email: mail, first_name: isim, last_name: soyisim, date_joined: tarih}
  key: ` + tc.key + `
addresses:
  table: adresler
  columns: {customer_code: uye_id, line: adres, city: il, township: ilce, first_name: ad, last_name: soyad}
  key: adres_id
sink:
  dir: out
state:
  dir: st
`))
			if err != nil {
				t.Fatal(err)
			}
			err = customerKey(cfg)
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("got %v, want %q", err, tc.want)
			}
		})
	}
}

// TestPartsCustomerKey: users whose customer_code is their key, mapped
// or not, may be referenced.
func TestPartsCustomerKey(t *testing.T) {
	for name, users := range map[string]string{
		"table, no customer_code column (key is the customer_code)": "users:\n  table: uyeler\n  columns: {email: mail, first_name: isim, last_name: soyisim}\n  key: uye_id\n",
		"query, no customer_code column":                            "users:\n  query: SELECT uye_id, mail AS email, isim AS first_name, soyisim AS last_name FROM uyeler\n  key: uye_id\n",
	} {
		body := "source:\n  driver: mysql\n  dsn: root@tcp(127.0.0.1:3306)/x\n" + users +
			"addresses:\n  query: SELECT adres_id, uye_id AS customer_code FROM adresler\n  key: adres_id\nsink:\n  dir: out\nstate:\n  dir: st\n"
		cfg, err := configs.Parse([]byte(body))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := Parts(testKinds, cfg, ""); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
