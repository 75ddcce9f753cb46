package orderitem

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"

	"etl/pipeline"
)

// orders is a fake orders ledger: number → the legacy order's key.
type orders map[string]string

var errLedger = errors.New("ledger read failed")

func (o orders) Order(number string) (string, bool, string, error) {
	if number == "broken" {
		return "", false, "", errLedger
	}
	if k, ok := o[number]; ok {
		return k, true, "", nil
	}
	return "", false, fmt.Sprintf("order %s is not in the orders ledger", number), nil
}

func (o orders) Number(key string) (string, bool, string, error) {
	if key == "broken" {
		return "", false, "", errLedger
	}
	for number, k := range o {
		if k == key {
			return number, true, "", nil
		}
	}
	return "", false, fmt.Sprintf("the order of key %s is not in the orders ledger", key), nil
}

var ledger = orders{"SIP-1001": "1001", "SIP-1002": "1002"}

var allColumns = append(slices.Clone(Keys), "order_key")

// base is a row that passes every rule.
var base = map[string]string{
	"order_number": "SIP-1001",
	"product":      "Pamuklu Tişört",
	"sku":          "TS-001-M",
	"quantity":     "2",
	"price":        "123,90",
	"image_url":    "https://cdn.example.com/p/ts-001.jpg",
	"extra_field":  `{"renk": "mavi"}`,
	"order_key":    "1001",
}

const null = "\x00NULL"

func makeRow(columns []string, vals map[string]string) pipeline.Row {
	fields := make([]pipeline.Field, len(columns))
	for i, c := range columns {
		v, ok := vals[c]
		fields[i] = pipeline.Field{V: v, Valid: ok && v != null}
		if v == null {
			fields[i].V = ""
		}
	}
	return pipeline.MakeRow("k1", fields)
}

func with(over map[string]string) map[string]string {
	m := maps.Clone(base)
	maps.Copy(m, over)
	return m
}

func without(drop ...string) []string {
	var out []string
	for _, k := range allColumns {
		if !slices.Contains(drop, k) {
			out = append(out, k)
		}
	}
	return out
}

// decode reads a record, checking it is valid JSON with the 7 keys in
// order; numbers come as json.Number.
func decode(t *testing.T, b []byte) map[string]any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("record %s: not an object (%v)", b, err)
	}
	var keys []string
	m := map[string]any{}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			t.Fatalf("record %s: %v", b, err)
		}
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("record %s: %v", b, err)
		}
		keys = append(keys, k.(string))
		m[k.(string)] = v
	}
	if _, err := dec.Token(); err != nil {
		t.Fatalf("record %s: %v", b, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		t.Fatalf("record %s: trailing data", b)
	}
	if !slices.Equal(keys, Keys) {
		t.Fatalf("record keys %q, want %q", keys, Keys)
	}
	return m
}

func n(s string) json.Number { return json.Number(s) }

func TestTransform(t *testing.T) {
	type want struct {
		fields   map[string]any
		warnings []string
		reject   string
		detail   string
	}
	longName := strings.Repeat("Pamuklu Tişört ", 20) // 300 characters
	tests := []struct {
		name    string
		columns []string
		row     map[string]string
		base    string
		price   string // the price column's type; "" when the source does not say
		want    want
	}{
		{name: "a good row", row: base, want: want{fields: map[string]any{
			"order_number": "SIP-1001", "product": "Pamuklu Tişört", "sku": "TS-001-M", "quantity": n("2"),
			"price": n("123.90"), "image_url": "https://cdn.example.com/p/ts-001.jpg", "extra_field": map[string]any{"renk": "mavi"},
		}}},
		{name: "only the required columns", columns: []string{"order_number", "quantity", "price"}, row: base,
			want: want{fields: map[string]any{"product": nil, "sku": nil, "image_url": nil, "extra_field": map[string]any{}}}},

		// order_number and the orders ledger
		{name: "order_number missing", row: with(map[string]string{"order_number": " "}), want: want{reject: "order_number/missing"}},
		{name: "order_number trimmed", row: with(map[string]string{"order_number": " SIP-1002 ", "order_key": "1002"}),
			want: want{fields: map[string]any{"order_number": "SIP-1002"}}},
		{name: "orphan: order not exported", row: with(map[string]string{"order_number": "SIP-9"}),
			want: want{reject: "order_number/orphan", detail: "order SIP-9 is not in the orders ledger"}},
		{name: "ledger error", row: with(map[string]string{"order_number": "broken"}),
			want: want{reject: "order_number/orphan", detail: errLedger.Error()}},
		{name: "orphan: the number came from another order", row: with(map[string]string{"order_key": "2002"}),
			want: want{reject: "order_number/orphan", detail: `exported from the legacy order of key 1001, not from this item's order (order_key "2002")`}},
		{name: "order_key trimmed", row: with(map[string]string{"order_key": " 1001 "}), want: want{fields: map[string]any{"order_number": "SIP-1001"}}},
		{name: "order_key empty", row: with(map[string]string{"order_key": null}), want: want{reject: "order_number/orphan"}},
		{name: "no order_key column: the number decides", columns: without("order_key"), row: with(map[string]string{"order_key": "2002"}),
			want: want{fields: map[string]any{"order_number": "SIP-1001"}}},
		{name: "no order_number column: the number by order_key", columns: without("order_number"), row: with(map[string]string{"order_key": " 1002 "}),
			want: want{fields: map[string]any{"order_number": "SIP-1002"}}},
		{name: "by order_key: not exported", columns: without("order_number"), row: with(map[string]string{"order_key": "2002"}),
			want: want{reject: "order_number/orphan", detail: "the order of key 2002 is not in the orders ledger"}},
		{name: "by order_key: empty", columns: without("order_number"), row: with(map[string]string{"order_key": null}),
			want: want{reject: "order_number/missing", detail: "order_key is empty"}},
		{name: "by order_key: ledger error", columns: without("order_number"), row: with(map[string]string{"order_key": "broken"}),
			want: want{reject: "order_number/orphan", detail: errLedger.Error()}},
		{name: "by order_key: an invalid row is not an orphan", columns: without("order_number"),
			row: with(map[string]string{"order_key": "2002", "price": "-1"}), want: want{reject: "price/invalid"}},
		{name: "an invalid row is not an orphan", row: with(map[string]string{"order_number": "SIP-9", "quantity": "0"}),
			want: want{reject: "quantity/invalid"}},

		// product
		{name: "product empty", row: with(map[string]string{"product": "  "}), want: want{fields: map[string]any{"product": nil}}},
		{name: "product repaired", row: with(map[string]string{"product": " Ã‡ocuk  Ã‡orabÄ± "}), want: want{fields: map[string]any{"product": "Çocuk Çorabı"}}},
		{name: "product cut at a word", row: with(map[string]string{"product": longName}),
			want: want{fields: map[string]any{"product": strings.TrimSpace(strings.Repeat("Pamuklu Tişört ", 17))}, warnings: []string{"product:product_truncated"}}},
		{name: "product cut at the limit", row: with(map[string]string{"product": strings.Repeat("ş", 300)}),
			want: want{fields: map[string]any{"product": strings.Repeat("ş", 256)}, warnings: []string{"product:product_truncated"}}},
		{name: "product at the limit", row: with(map[string]string{"product": strings.Repeat("ş", 256)}),
			want: want{fields: map[string]any{"product": strings.Repeat("ş", 256)}}},

		// sku
		{name: "sku empty", row: with(map[string]string{"sku": ""}), want: want{fields: map[string]any{"sku": nil}}},
		{name: "sku trimmed", row: with(map[string]string{"sku": " TS-1 "}), want: want{fields: map[string]any{"sku": "TS-1"}}},
		{name: "sku at the limit", row: with(map[string]string{"sku": strings.Repeat("x", 128)}), want: want{fields: map[string]any{"sku": strings.Repeat("x", 128)}}},
		{name: "sku too long", row: with(map[string]string{"sku": strings.Repeat("x", 129)}), want: want{reject: "sku/too_long"}},

		// quantity
		{name: "quantity DECIMAL", row: with(map[string]string{"quantity": "2.000"}), want: want{fields: map[string]any{"quantity": n("2")}}},
		{name: "quantity missing", row: with(map[string]string{"quantity": ""}), want: want{reject: "quantity/missing"}},
		{name: "quantity null", row: with(map[string]string{"quantity": null}), want: want{reject: "quantity/missing"}},
		{name: "quantity zero", row: with(map[string]string{"quantity": "0"}), want: want{reject: "quantity/invalid"}},
		{name: "quantity zero DECIMAL", row: with(map[string]string{"quantity": "0.000"}), want: want{reject: "quantity/invalid"}},
		{name: "quantity fraction", row: with(map[string]string{"quantity": "1.500"}), want: want{reject: "quantity/invalid", detail: "fraction"}},
		{name: "quantity negative", row: with(map[string]string{"quantity": "-1"}), want: want{reject: "quantity/invalid", detail: "negative"}},
		{name: "quantity words", row: with(map[string]string{"quantity": "iki"}), want: want{reject: "quantity/invalid"}},

		// price
		{name: "price missing", row: with(map[string]string{"price": " "}), want: want{reject: "price/missing"}},
		{name: "price Turkish", row: with(map[string]string{"price": "1.234,5"}), want: want{fields: map[string]any{"price": n("1234.50")}}},
		{name: "price with its currency", row: with(map[string]string{"price": "₺99,90"}), want: want{fields: map[string]any{"price": n("99.90")}}},
		{name: "price zero", row: with(map[string]string{"price": "0"}), want: want{fields: map[string]any{"price": n("0.00")}}},
		{name: "price ambiguous", row: with(map[string]string{"price": "1,500"}), want: want{reject: "price/invalid"}},
		{name: "price negative", row: with(map[string]string{"price": "-10"}), want: want{reject: "price/invalid"}},
		{name: "price in TRL", row: with(map[string]string{"price": "1.500.000 TRL"}), want: want{reject: "price/unsupported"}},
		{name: "price DOUBLE rounded", row: with(map[string]string{"price": "0.125"}), price: "DOUBLE", want: want{fields: map[string]any{"price": n("0.13")}}},
		{name: "price real rounded", row: with(map[string]string{"price": "19.999"}), price: "FLOAT4", want: want{fields: map[string]any{"price": n("20.00")}}},
		{name: "price DECIMAL past cents", row: with(map[string]string{"price": "1.005"}), price: "DECIMAL", want: want{reject: "price/invalid", detail: "exact"}},
		{name: "price DECIMAL exact", row: with(map[string]string{"price": "1.500"}), price: "NUMERIC", want: want{fields: map[string]any{"price": n("1.50")}}},

		// image_url
		{name: "image http", row: with(map[string]string{"image_url": " http://shop.example.com/a.jpg "}),
			want: want{fields: map[string]any{"image_url": "http://shop.example.com/a.jpg"}}},
		{name: "image HTTPS", row: with(map[string]string{"image_url": "HTTPS://shop.example.com/a.jpg?v=2"}),
			want: want{fields: map[string]any{"image_url": "HTTPS://shop.example.com/a.jpg?v=2"}}},
		{name: "image empty", row: with(map[string]string{"image_url": ""}), want: want{fields: map[string]any{"image_url": nil}}},
		{name: "image relative, no base", row: with(map[string]string{"image_url": "images/a.jpg"}),
			want: want{fields: map[string]any{"image_url": nil}, warnings: []string{"image_url:image_url_dropped"}}},
		{name: "image relative", base: "https://cdn.example.com/img", row: with(map[string]string{"image_url": "p/a.jpg"}),
			want: want{fields: map[string]any{"image_url": "https://cdn.example.com/img/p/a.jpg"}}},
		{name: "image relative, slashes on both sides", base: "https://cdn.example.com/img//", row: with(map[string]string{"image_url": "//p/a.jpg"}),
			want: want{fields: map[string]any{"image_url": nil}, warnings: []string{"image_url:image_url_dropped"}}},
		{name: "image rooted", base: "https://cdn.example.com/img/", row: with(map[string]string{"image_url": "/p/a.jpg"}),
			want: want{fields: map[string]any{"image_url": "https://cdn.example.com/img/p/a.jpg"}}},
		{name: "image with a space", base: "https://cdn.example.com", row: with(map[string]string{"image_url": "p/a b.jpg"}),
			want: want{fields: map[string]any{"image_url": nil}, warnings: []string{"image_url:image_url_dropped"}}},
		{name: "image ftp", base: "https://cdn.example.com", row: with(map[string]string{"image_url": "ftp://x.example.com/a.jpg"}),
			want: want{fields: map[string]any{"image_url": nil}, warnings: []string{"image_url:image_url_dropped"}}},
		{name: "image data", base: "https://cdn.example.com", row: with(map[string]string{"image_url": "data:image/png;base64,AAAA"}),
			want: want{fields: map[string]any{"image_url": nil}, warnings: []string{"image_url:image_url_dropped"}}},
		{name: "image Windows path", base: "https://cdn.example.com", row: with(map[string]string{"image_url": `C:\resimler\a.jpg`}),
			want: want{fields: map[string]any{"image_url": nil}, warnings: []string{"image_url:image_url_dropped"}}},
		{name: "image http without host", row: with(map[string]string{"image_url": "http:///a.jpg"}),
			want: want{fields: map[string]any{"image_url": nil}, warnings: []string{"image_url:image_url_dropped"}}},
		{name: "image bad escape", base: "https://cdn.example.com", row: with(map[string]string{"image_url": "a%zz.jpg"}),
			want: want{fields: map[string]any{"image_url": nil}, warnings: []string{"image_url:image_url_dropped"}}},

		// extra_field
		{name: "extra_field not an object", row: with(map[string]string{"extra_field": "[]"}), want: want{reject: "extra_field/invalid"}},
		{name: "extra_field bad before the order is looked up", row: with(map[string]string{"order_number": "SIP-9", "extra_field": "{"}),
			want: want{reject: "extra_field/invalid"}},
		{name: "extra_field columns", columns: append(without("extra_field"), "extra_field.beden"),
			row: with(map[string]string{"extra_field.beden": "M"}), want: want{fields: map[string]any{"extra_field": map[string]any{"beden": "M"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cols := tt.columns
			if cols == nil {
				cols = allColumns
			}
			opt := Options{ImageBaseURL: tt.base}
			if tt.price != "" {
				opt.ColumnTypes = make([]string, len(cols))
				for i, c := range cols {
					opt.ColumnTypes[i] = "VARCHAR"
					if c == "price" {
						opt.ColumnTypes[i] = tt.price
					}
				}
			}
			nz, err := New(cols, []string{"id", "line_no"}, opt, ledger)
			if err != nil {
				t.Fatal(err)
			}
			row := makeRow(cols, tt.row)
			res := nz.Transform(&row, make([]byte, 0, len(tt.name)%2*2048))
			if tt.want.reject != "" {
				if res.Reject == nil {
					t.Fatalf("exported %s, want reject %s", res.JSON, tt.want.reject)
				}
				if got := res.Reject.Field + "/" + res.Reject.Reason; got != tt.want.reject {
					t.Errorf("reject %s (%s), want %s", got, res.Reject.Detail, tt.want.reject)
				}
				if !strings.Contains(res.Reject.Detail, tt.want.detail) {
					t.Errorf("detail %q, want it to hold %q", res.Reject.Detail, tt.want.detail)
				}
				if res.JSON != nil {
					t.Errorf("a reject with a record: %s", res.JSON)
				}
				return
			}
			if res.Reject != nil {
				t.Fatalf("rejected %+v", *res.Reject)
			}
			rec := decode(t, res.JSON)
			for k, v := range tt.want.fields {
				if fmt.Sprint(rec[k]) != fmt.Sprint(v) {
					t.Errorf("%s = %#v, want %#v", k, rec[k], v)
				}
			}
			var warns []string
			for _, w := range res.Warnings {
				warns = append(warns, w.Field+":"+w.Kind)
			}
			if !slices.Equal(warns, tt.want.warnings) {
				t.Errorf("warnings %q, want %q", warns, tt.want.warnings)
			}
			if res.Unique != "" {
				t.Errorf("unique %q: items share nothing", res.Unique)
			}
			check(rec, func(field, format string, args ...any) {
				t.Errorf("etl check: %s: %s", field, fmt.Sprintf(format, args...))
			})
		})
	}
}

func TestImageURL(t *testing.T) {
	for _, tc := range []struct {
		in, base, want string
		dropped        bool
	}{
		{"", "https://b.example.com", "", false},
		{"   ", "", "", false},
		{"https://a.example.com/x.jpg", "", "https://a.example.com/x.jpg", false},
		{"http://a.example.com", "", "http://a.example.com", false},
		{"x.jpg", "https://b.example.com", "https://b.example.com/x.jpg", false},
		{"/x.jpg", "https://b.example.com", "https://b.example.com/x.jpg", false},
		{"///x.jpg", "https://b.example.com", "", true},
		{"//a.example.com/x.jpg", "https://b.example.com", "", true},
		{"x.jpg", "", "", true},
		{"mailto:a@example.com", "https://b.example.com", "", true},
		{"javascript:alert(1)", "https://b.example.com", "", true},
		{"https://a.example.com/x y.jpg", "", "", true},
		{"resim\tx.jpg", "https://b.example.com", "", true},
		{"ürün/görsel.jpg", "https://b.example.com", "https://b.example.com/ürün/görsel.jpg", false},
	} {
		got, dropped := imageURL(tc.in, tc.base)
		if got != tc.want || dropped != tc.dropped {
			t.Errorf("imageURL(%q, %q) = %q, %v; want %q, %v", tc.in, tc.base, got, dropped, tc.want, tc.dropped)
		}
	}
}

func TestNew(t *testing.T) {
	tests := []struct {
		name    string
		columns []string
		opt     Options
		errs    []string
	}{
		{name: "the keys", columns: allColumns},
		{name: "the required ones", columns: []string{"order_number", "quantity", "price"}},
		{name: "order_key instead of order_number", columns: []string{"order_key", "quantity", "price"}},
		{name: "neither order_number nor order_key", columns: []string{"quantity", "price"},
			errs: []string{`no column for required key "order_number" (or order_key`}},
		{name: "composite key columns allowed", columns: []string{"siparis_id", "satir_no", "order_number", "quantity", "price"}},
		{name: "everything wrong at once", columns: []string{"order_number", "urun", "sku", "sku"},
			opt: Options{ImageBaseURL: "cdn.example.com/img"},
			errs: []string{`column "urun" is not an order item key`, `column "sku" appears twice`,
				`no column for required key "quantity"`, `no column for required key "price"`, `image_base_url "cdn.example.com/img"`}},
		{name: "base with a query", columns: allColumns, opt: Options{ImageBaseURL: "https://cdn.example.com/?v=1"}, errs: []string{"image_base_url"}},
	}
	for _, tt := range tests {
		_, err := New(tt.columns, []string{"siparis_id", "satir_no"}, tt.opt, ledger)
		if len(tt.errs) == 0 {
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		for _, e := range tt.errs {
			if !strings.Contains(err.Error(), e) {
				t.Errorf("%s: error %q lacks %q", tt.name, err, e)
			}
		}
	}
	if _, err := New(allColumns, nil, Options{}, nil); err == nil {
		t.Error("no orders: no error")
	}
}

func TestLedgerErrorIsKept(t *testing.T) {
	nz, err := New(allColumns, nil, Options{}, ledger)
	if err != nil {
		t.Fatal(err)
	}
	row := makeRow(allColumns, base)
	nz.Transform(&row, nil)
	if nz.Err() != nil {
		t.Fatalf("Err after a good lookup: %v", nz.Err())
	}
	row = makeRow(allColumns, with(map[string]string{"order_number": "broken"}))
	nz.Transform(&row, nil)
	if !errors.Is(nz.Err(), errLedger) {
		t.Fatalf("Err = %v, want the ledger's error", nz.Err())
	}
}

func TestCheck(t *testing.T) {
	nz, err := New(allColumns, nil, Options{}, ledger)
	if err != nil {
		t.Fatal(err)
	}
	row := makeRow(allColumns, base)
	good := decode(t, nz.Transform(&row, nil).JSON)
	for _, tt := range []struct {
		name  string
		over  map[string]any
		field string
	}{
		{"good", nil, ""},
		{"nulls", map[string]any{"product": nil, "sku": nil, "image_url": nil}, ""},
		{"order_number empty", map[string]any{"order_number": ""}, "order_number"},
		{"order_number null", map[string]any{"order_number": nil}, "order_number"},
		{"product empty", map[string]any{"product": ""}, "product"},
		{"product too long", map[string]any{"product": strings.Repeat("a", 257)}, "product"},
		{"sku too long", map[string]any{"sku": strings.Repeat("a", 129)}, "sku"},
		{"quantity zero", map[string]any{"quantity": json.Number("0")}, "quantity"},
		{"quantity fraction", map[string]any{"quantity": json.Number("2.0")}, "quantity"},
		{"quantity a string", map[string]any{"quantity": "2"}, "quantity"},
		{"price one decimal", map[string]any{"price": json.Number("1.5")}, "price"},
		{"price null", map[string]any{"price": nil}, "price"},
		{"image relative", map[string]any{"image_url": "a.jpg"}, "image_url"},
		{"image ftp", map[string]any{"image_url": "ftp://a.example.com/a.jpg"}, "image_url"},
		{"extra_field array", map[string]any{"extra_field": []any{}}, "extra_field"},
	} {
		m := maps.Clone(good)
		maps.Copy(m, tt.over)
		var fields []string
		check(m, func(field, format string, args ...any) { fields = append(fields, field) })
		want := []string{}
		if tt.field != "" {
			want = []string{tt.field}
		}
		if !slices.Equal(append([]string{}, fields...), want) {
			t.Errorf("%s: problems on %q, want %q", tt.name, fields, want)
		}
	}
}

// TestConcurrent: Transform is safe for concurrent use (run with -race).
func TestConcurrent(t *testing.T) {
	nz, err := New(allColumns, nil, Options{}, ledger)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				row := makeRow(allColumns, with(map[string]string{"order_number": []string{"SIP-1001", "SIP-1002", "SIP-9", "broken"}[i%4]}))
				nz.Transform(&row, make([]byte, 0, 512))
			}
		}()
	}
	wg.Wait()
}

func FuzzTransform(f *testing.F) {
	f.Add("SIP-1001", "Tişört", "TS-1", "2.000", "123,90", "a.jpg", `{"a":1}`)
	f.Add("", "\xff", "", "0", "-1", "//x", "[")
	f.Add(" SIP-1002 ", strings.Repeat("ab ", 200), "x", "1e3", "1.234", "https://a/b c", "null")
	cols := []string{"order_number", "product", "sku", "quantity", "price", "image_url", "extra_field"}
	nz, err := New(cols, nil, Options{ImageBaseURL: "https://cdn.example.com"}, ledger)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, number, product, sku, quantity, price, image, extra string) {
		var fields []pipeline.Field
		for _, v := range []string{number, product, sku, quantity, price, image, extra} {
			fields = append(fields, pipeline.Field{V: v, Valid: true})
		}
		row := pipeline.MakeRow("k", fields)
		for _, size := range []int{0, 4096} {
			res := nz.Transform(&row, make([]byte, 0, size))
			if res.Reject != nil {
				continue
			}
			rec := decode(t, res.JSON)
			check(rec, func(field, format string, args ...any) {
				t.Fatalf("etl check: %s: %s in %s", field, fmt.Sprintf(format, args...), res.JSON)
			})
		}
	})
}

func TestAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector changes allocation counts")
	}
	cols := without("extra_field")
	nz, err := New(cols, nil, Options{}, ledger)
	if err != nil {
		t.Fatal(err)
	}
	row := makeRow(cols, base)
	buf := make([]byte, 0, 1024)
	if a := testing.AllocsPerRun(100, func() { nz.Transform(&row, buf) }); a > 2 {
		t.Errorf("Transform: %v allocations a row, want at most 2", a)
	}
}
