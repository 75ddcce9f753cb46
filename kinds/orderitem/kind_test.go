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

// holding is an orders ledger that holds SIP-7 (key 7) apart: it does
// not find it, as job's parent ledgers do not.
type holding struct{ ledger }

func (h holding) Lookup(key string) (string, bool, error) {
	if key == "7" {
		return "", false, nil
	}
	return h.ledger.Lookup(key)
}

func (h holding) UniqueOwner(n string) (string, bool, error) {
	if n == "SIP-7" {
		return "", false, nil
	}
	return h.ledger.UniqueOwner(n)
}

const heldWhy = "order SIP-7 is held apart: batch orders-000001.json of run R was processed by Omnitron with 1 error; settle it with `etl state retry` or `etl state accept`"

func (holding) Held(key string) (string, bool) { return "order of key 7 is held apart", key == "7" }
func (holding) HeldUnique(n string) (string, bool) {
	return heldWhy, n == "SIP-7"
}

// TestHeldOrder: an item of an order held apart is an orphan that says
// why, by its number or, with order_key selected, by its key.
func TestHeldOrder(t *testing.T) {
	cfg, err := configs.Parse([]byte("source:\n  driver: csv\n  path: u.csv\n  key: customer_code\norders:\n  path: o.csv\n  key: id\n" +
		"order_items:\n  path: i.csv\n  key: [order_id, line_no]\nnormalize:\n  order:\n    status_map: {\"onaylandı\": 400}\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		cols []string
		row  []pipeline.Field
		want string
	}{
		{[]string{"order_id", "line_no", "order_number", "quantity", "price", "image_url"},
			[]pipeline.Field{f("7"), f("1"), f("SIP-7"), f("1"), f("10"), null}, heldWhy},
		{[]string{"order_id", "line_no", "order_key", "quantity", "price", "image_url"},
			[]pipeline.Field{f("7"), f("1"), f("7"), f("1"), f("10"), null}, "order of key 7 is held apart"},
		{[]string{"order_id", "line_no", "order_number", "quantity", "price", "image_url"},
			[]pipeline.Field{f("8"), f("1"), f("SIP-8"), f("1"), f("10"), null}, ""},
	} {
		tr, err := orderitem.Kind.Open(kinds.Env{Columns: tc.cols, Extra: []string{"order_id", "line_no"}, Config: cfg,
			Parents: map[string]kinds.Ledger{"orders": holding{ledger{"7": "SIP-7", "8": "SIP-8"}}}})
		if err != nil {
			t.Fatal(err)
		}
		row := pipeline.MakeRow("1", tc.row)
		res := tr(&row, nil)
		switch {
		case tc.want == "" && res.Reject != nil:
			t.Errorf("%v: rejected %+v", tc.cols[2], *res.Reject)
		case tc.want != "" && (res.Reject == nil || res.Reject.Reason != pipeline.ReasonOrphan || res.Reject.Detail != tc.want):
			t.Errorf("%v: %+v, want an orphan saying %q", tc.cols[2], res.Reject, tc.want)
		}
	}
}
