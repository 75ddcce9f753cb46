package orderitem_test

import (
	"testing"

	"etl/configs"
	"etl/kinds"
	"etl/kinds/kindtest"
	"etl/kinds/orderitem"
	"etl/pipeline"
)

func f(v string) pipeline.Field { return pipeline.Field{V: v, Valid: true} }

var null = pipeline.Field{}

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

// TestContract holds the order items kind to the contract every kind keeps.
func TestContract(t *testing.T) {
	cfg, err := configs.Parse([]byte(`source:
  driver: csv
  path: u.csv
  key: customer_code
orders:
  path: o.csv
  key: id
order_items:
  path: i.csv
  key: [order_id, line_no]
normalize:
  order:
    status_map: {"onaylandı": 400}
  order_item:
    image_base_url: https://cdn.example.com/
`))
	if err != nil {
		t.Fatal(err)
	}
	cols := []string{"order_id", "line_no", "order_number", "product", "sku", "quantity", "price", "image_url"}
	kindtest.Run(t, &orderitem.Kind, kindtest.Case{
		Config:  cfg,
		Columns: cols,
		Extra:   []string{"order_id", "line_no"},
		Parents: map[string]kinds.Ledger{"orders": ledger{"1001": "SIP-1001"}},
		Rows: [][]pipeline.Field{
			{f("1001"), f("1"), f("SIP-1001"), f("Pamuklu Tişört"), f("TS-1"), f("2.000"), f("123,90"), f("/p/ts.jpg")},
			{f("1001"), f("2"), f("SIP-1001"), null, null, f("1"), f("10"), f("https://x.example/a.png")},
			{f("1002"), f("1"), f("SIP-9"), f("Şort"), null, f("1"), f("10"), null},
			{f("1001"), f("3"), f("SIP-1001"), f("Şort"), null, f("1.5"), f("10"), null},
		},
	})
}
