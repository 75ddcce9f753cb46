package address_test

import (
	"encoding/json"
	"testing"

	"etl/configs"
	"etl/kinds"
	"etl/kinds/address"
	"etl/kinds/kindtest"
	"etl/kinds/user"
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

// carrying is a users ledger that keeps names: customer 1's, and
// customer 2's entry written before the ledger kept them.
type carrying struct{ users }

func (c carrying) LookupCarry(code string) (string, kinds.Carried, bool, error) {
	e, ok, err := c.Lookup(code)
	var carry []byte
	if code == "1" {
		carry = pipeline.AppendCarry(nil, "Ayşe", "Yılmaz")
	}
	return e, kinds.MakeCarried(user.Kind.Carry, string(carry)), ok, err
}

// TestNamesFromTheUsersLedger: an address without names takes those the
// users ledger carries for its user (SPEC §9); a user whose entry carries
// none has its address rejected, saying why and what to do.
func TestNamesFromTheUsersLedger(t *testing.T) {
	cfg, err := configs.Parse([]byte("source:\n  driver: csv\n  path: users.csv\n  key: customer_code\naddresses:\n  path: a.csv\n  key: adres_id\n"))
	if err != nil {
		t.Fatal(err)
	}
	cols := []string{"adres_id", "customer_code", "full_name", "line", "city", "township"}
	tr, err := address.Kind.Open(kinds.Env{Columns: cols, Extra: []string{"adres_id"}, Config: cfg,
		Parents: map[string]kinds.Ledger{"users": carrying{users{"1": "ayse@example.com", "2": "ali@example.com"}}}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		customer, fullName string
		want               string // first last, or the reject's field/reason: detail
	}{
		{"1", "", "Ayşe Yılmaz"},
		{"1", "Zeynep", "Zeynep Yılmaz"},
		{"1", "Zeynep Kaya", "Zeynep Kaya"},
		{"2", "Ali Can", "Ali Can"},
		{"2", "", "first_name/missing: empty in the row, and the users ledger does not record customer 2's names " +
			"(exported by an etl that did not keep them): select first_name and last_name, or full_name, for its addresses"},
		{"2", "Ali", "last_name/missing: empty in the row, and the users ledger does not record customer 2's names " +
			"(exported by an etl that did not keep them): select first_name and last_name, or full_name, for its addresses"},
	}
	for _, tt := range tests {
		row := pipeline.MakeRow("10", []pipeline.Field{f("10"), f(tt.customer), f(tt.fullName), f("Sokak 1"), f("Ankara"), f("Çankaya")})
		res := tr(&row, nil)
		got := ""
		if res.Reject != nil {
			got = res.Reject.Field + "/" + res.Reject.Reason + ": " + res.Reject.Detail
		} else {
			var m map[string]string // null reads as ""
			if err := json.Unmarshal(res.JSON, &m); err != nil {
				t.Fatal(err)
			}
			got = m["first_name"] + " " + m["last_name"]
		}
		if got != tt.want {
			t.Errorf("customer %s, full_name %q: %s\nwant %s", tt.customer, tt.fullName, got, tt.want)
		}
	}
}
