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
