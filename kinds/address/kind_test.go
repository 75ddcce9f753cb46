package address_test

import (
	"testing"

	"etl/configs"
	"etl/kinds"
	"etl/kinds/address"
	"etl/kinds/kindtest"
	"etl/pipeline"
)

func f(v string) pipeline.Field { return pipeline.Field{V: v, Valid: true} }

var null = pipeline.Field{}

// users is a users ledger of two customers.
type users map[string]string

func (u users) Lookup(code string) (string, bool, error) {
	e, ok := u[code]
	return e, ok, nil
}

func (u users) UniqueOwner(email string) (string, bool, error) {
	for k, e := range u {
		if e == email {
			return k, true, nil
		}
	}
	return "", false, nil
}

// TestContract holds the addresses kind to the contract every kind keeps.
func TestContract(t *testing.T) {
	cfg, err := configs.Parse([]byte("source:\n  driver: csv\n  path: users.csv\n  key: customer_code\naddresses:\n  path: a.csv\n  key: adres_id\n"))
	if err != nil {
		t.Fatal(err)
	}
	cols := []string{"adres_id", "customer_code", "full_name", "phone_number", "line", "country", "city", "township", "district", "tax_no"}
	kindtest.Run(t, &address.Kind, kindtest.Case{
		Config:  cfg,
		Columns: cols,
		Extra:   []string{"adres_id"},
		Parents: map[string]kinds.Ledger{"users": users{"1": "ayse@example.com", "2": "ali@example.com"}},
		Rows: [][]pipeline.Field{
			{f("10"), f("1"), f("Ayşe Yılmaz"), f("0216 555 12 12"), f("Çiçek Sk. No 5"), f("TR"), f("istanbul"), f("uskudar"), f("Mimar Sinan Mah."), f("1234567890")},
			{f("11"), f("2"), f("Ali Kaya"), f("0532 111 22 33 / 0212 555 12 12"), f("Atatürk Cd. 1"), null, f("06"), f("Çankaya"), null, f("12")},
			{f("12"), f("2"), f("Ali Kaya"), null, f("Hauptstraße 1"), f("Germany"), f("Berlin"), f("Mitte"), null, null},
			{f("13"), f("9"), f("Veli Can"), null, f("Sokak 1"), f("TR"), f("34"), f("Kadıköy"), null, null},
			{f("14"), f("1"), f("Ayşe Yılmaz"), null, f("Sokak 2"), f("TR"), f("Ankara"), f("Kadıköy"), null, null},
			{f("15"), f("1"), f("Ayşe Yılmaz"), null, f(""), f("TR"), f("Ankara"), f("Çankaya"), null, null},
		},
	})
}
