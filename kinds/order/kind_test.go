package order_test

import (
	"testing"

	"etl/configs"
	"etl/kinds"
	"etl/kinds/kindtest"
	"etl/kinds/order"
	"etl/pipeline"
)

func f(v string) pipeline.Field { return pipeline.Field{V: v, Valid: true} }

// ledger is a parent ledger of key → unique value.
type ledger map[string]string

func (l ledger) Lookup(key string) (string, bool, error) {
	u, ok := l[key]
	return u, ok, nil
}

func (l ledger) UniqueOwner(u string) (string, bool, error) {
	for k, v := range l {
		if v == u {
			return k, true, nil
		}
	}
	return "", false, nil
}

// TestContract holds the orders kind to the contract every kind keeps.
func TestContract(t *testing.T) {
	cfg, err := configs.Parse([]byte(`source:
  driver: csv
  path: u.csv
  key: customer_code
orders:
  path: o.csv
  key: id
normalize:
  order:
    status_map: {"onaylandı": 400, "iptal": 100}
`))
	if err != nil {
		t.Fatal(err)
	}
	cols := []string{"id", "number", "user", "status", "created_date", "amount", "currency", "shipping_address", "billing_address"}
	kindtest.Run(t, &order.Kind, kindtest.Case{
		Config:  cfg,
		Columns: cols,
		Extra:   []string{"id"},
		Parents: map[string]kinds.Ledger{"users": ledger{"1": "ayse@example.com"}},
		Rows: [][]pipeline.Field{
			{f("1"), f("SIP-1"), f("1"), f("Onaylandı"), f("2019-05-04 10:20:30"), f("1.234,56"), f("TL"), f("Çiçek Sk. 5"), f("Çiçek Sk. 5")},
			{f("2"), f("SIP-2"), f("1"), f("iptal"), f("04.05.2019"), f("99.9"), f("₺"), f("Adres"), f("Adres")},
			{f("3"), f("SIP-3"), f("9"), f("iptal"), f("2019-05-04 10:20:30"), f("10"), f(""), f("Adres"), f("Adres")},
			{f("4"), f("SIP-4"), f("1"), f("kargoda"), f("2019-05-04 10:20:30"), f("10"), f(""), f("Adres"), f("Adres")},
			{f("5"), f("SIP-5"), f("1"), f("iptal"), f("2019-05-04 10:20:30"), f("1e3"), f(""), f("Adres"), f("Adres")},
		},
	})
}

// explaining is a users ledger that knows why the users it lacks were
// rejected (kinds.Explainer).
type explaining struct {
	ledger
	why map[string]string
}

func (e explaining) Rejected(key string) (string, bool) {
	w, ok := e.why[key]
	return w, ok
}

// TestOrphanSaysWhy: an order of a rejected user names the user's reject
// when the users ledger knows it (SPEC §8), and says only that the user
// is not in the ledger otherwise.
func TestOrphanSaysWhy(t *testing.T) {
	cfg, err := configs.Parse([]byte(`source:
  driver: csv
  path: u.csv
  key: customer_code
orders:
  path: o.csv
  key: id
normalize:
  order:
    status_map: {"iptal": 100}
`))
	if err != nil {
		t.Fatal(err)
	}
	cols := []string{"id", "number", "user", "status", "created_date", "amount", "shipping_address", "billing_address"}
	users := explaining{ledger{"1": "ayse@example.com"}, map[string]string{"7": "email invalid"}}
	for _, tc := range []struct {
		name    string
		parents kinds.Ledger
		user    string
		want    string
	}{
		{"rejected user, explained", users, "7", "customer 7 was rejected: email invalid"},
		{"unknown user", users, "99", "customer 99 is not in the users ledger (not exported yet: rejected, or not read)"},
		{"ledger that cannot explain", users.ledger, "7", "customer 7 is not in the users ledger (not exported yet: rejected, or not read)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tr, err := order.Kind.Open(kinds.Env{Columns: cols, Extra: []string{"id"}, Config: cfg,
				Parents: map[string]kinds.Ledger{"users": tc.parents}})
			if err != nil {
				t.Fatal(err)
			}
			row := pipeline.MakeRow("1", []pipeline.Field{f("1"), f("SIP-1"), f(tc.user), f("iptal"),
				f("2019-05-04 10:20:30"), f("10"), f("Adres"), f("Adres")})
			res := tr(&row, nil)
			if res.Reject == nil || res.Reject.Field != "user" || res.Reject.Reason != "orphan" || res.Reject.Detail != tc.want {
				t.Fatalf("got %+v, want a user orphan saying %q", res.Reject, tc.want)
			}
		})
	}
}
