package order

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
	"time"

	"etl/pipeline"
)

// users is a fake users ledger: a map, not a database.
type users map[string]string

var errLedger = errors.New("ledger read failed")

func (u users) User(code string) (string, bool, string, error) {
	switch code {
	case "broken":
		return "", false, "", errLedger
	case "812":
		return "", false, "customer 812 was rejected: email invalid", nil
	}
	if e, ok := u[code]; ok {
		return e, true, "", nil
	}
	return "", false, fmt.Sprintf("customer %s is not in the users ledger", code), nil
}

var ledger = users{"1": "ayse@example.com", "2": "mehmet@example.com", "nomail": ""}

var statusMap = map[string]string{
	"Onay Bekliyor": "350", "onaylandı": "approved", "Hazırlanıyor": "450", "KARGODA": "500",
	"iptal": "canceled", "1": "400", "teslim-edildi": "510",
}

var options = Options{StatusMap: statusMap, Location: istanbul, Now: time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC),
	ShippingCompanyMap: map[string]string{"Yurtiçi Kargo": "yurtici", "ARAS": "aras"}}

var istanbul = func() *time.Location {
	l, err := time.LoadLocation("Europe/Istanbul")
	if err != nil {
		panic(err)
	}
	return l
}()

// allColumns are the 15 keys read from columns, and extra_field.
var allColumns = Keys

// base is a row that passes every rule.
var base = map[string]string{
	"number":            "SIP-1001",
	"user":              "1",
	"user_email":        "AYSE@example.com",
	"status":            "onaylandı",
	"created_date":      "2019-05-04 10:20:30",
	"amount":            "1.234,56",
	"discount_amount":   "10.00",
	"currency":          "TL",
	"payment_type":      "Kredi Kartı",
	"bank":              "Garanti",
	"installment_count": "3",
	"tracking_number":   "YK123",
	"shipping_company":  "Yurtiçi Kargo",
	"shipping_address":  "Çiçek Sk. No 5 Üsküdar İstanbul",
	"billing_address":   "Çiçek Sk. No 5 Üsküdar İstanbul",
	"extra_field":       `{"kanal": "web"}`,
}

// null marks a SQL NULL in a test row.
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
	for _, k := range Keys {
		if !slices.Contains(drop, k) {
			out = append(out, k)
		}
	}
	return out
}

// decode reads a record, checking it is valid JSON with the 16 keys in
// order; numbers come as json.Number.
func decode(t *testing.T, b []byte) map[string]any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil || tok != json.Delim('{') {
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

// n is a JSON number as decode returns it.
func n(s string) json.Number { return json.Number(s) }

func TestTransform(t *testing.T) {
	type want struct {
		fields   map[string]any // checked keys of the record; nil value is JSON null
		warnings []string       // field:kind
		reject   string         // field/reason
		detail   string         // a substring of the reject's detail
	}
	long := strings.Repeat("Atatürk Cad. No 5 ", 40) // 720 characters
	tests := []struct {
		name    string
		columns []string
		row     map[string]string
		opt     func(*Options)
		want    want
	}{
		{name: "a good row", row: base, want: want{fields: map[string]any{
			"number": "SIP-1001", "user": "1", "user_email": "ayse@example.com", "status": "400",
			"created_date": "2019-05-04 10:20:30", "amount": n("1234.56"), "discount_amount": n("10.00"),
			"currency": "TRY", "payment_type": "Kredi Kartı", "bank": "Garanti", "installment_count": n("3"),
			"tracking_number": "YK123", "shipping_company": "yurtici",
			"shipping_address": "Çiçek Sk. No 5 Üsküdar İstanbul", "billing_address": "Çiçek Sk. No 5 Üsküdar İstanbul",
			"extra_field": map[string]any{"kanal": "web"},
		}}},
		{name: "only the required columns", columns: []string{"number", "user", "status", "created_date", "amount", "shipping_address", "billing_address"},
			row: base, want: want{fields: map[string]any{
				"user_email": "ayse@example.com", "discount_amount": nil, "currency": "TRY", "payment_type": "", "bank": "",
				"installment_count": nil, "tracking_number": "", "shipping_company": nil, "extra_field": map[string]any{},
			}}},

		// number
		{name: "number missing", row: with(map[string]string{"number": "  "}), want: want{reject: "number/missing"}},
		{name: "number null", row: with(map[string]string{"number": null}), want: want{reject: "number/missing"}},
		{name: "number trimmed", row: with(map[string]string{"number": " 1001 "}), want: want{fields: map[string]any{"number": "1001"}}},
		{name: "number at the limit", row: with(map[string]string{"number": strings.Repeat("ş", 128)}),
			want: want{fields: map[string]any{"number": strings.Repeat("ş", 128)}}},
		{name: "number too long", row: with(map[string]string{"number": strings.Repeat("ş", 129)}), want: want{reject: "number/too_long"}},

		// user and the users ledger
		{name: "user missing", row: with(map[string]string{"user": ""}), want: want{reject: "user/missing"}},
		{name: "user trimmed", row: with(map[string]string{"user": " 2 ", "user_email": ""}),
			want: want{fields: map[string]any{"user": "2", "user_email": "mehmet@example.com"}}},
		{name: "orphan: user rejected", row: with(map[string]string{"user": "812"}),
			want: want{reject: "user/orphan", detail: "customer 812 was rejected: email invalid"}},
		{name: "orphan: not in the ledger", row: with(map[string]string{"user": "77"}),
			want: want{reject: "user/orphan", detail: "customer 77 is not in the users ledger"}},
		{name: "ledger error", row: with(map[string]string{"user": "broken"}),
			want: want{reject: "user/orphan", detail: errLedger.Error()}},
		{name: "an invalid row is not an orphan", row: with(map[string]string{"user": "77", "status": "kayıp"}),
			want: want{reject: "status/invalid"}},
		{name: "bad extra_field is not an orphan", row: with(map[string]string{"user": "77", "extra_field": "[1]"}),
			want: want{reject: "extra_field/invalid"}},
		{name: "user has no email", row: with(map[string]string{"user": "nomail"}), want: want{reject: "user_email/missing"}},
		{name: "customer_code for user", columns: append(without("user"), "customer_code"),
			row:  with(map[string]string{"customer_code": "2", "user_email": ""}),
			want: want{fields: map[string]any{"user": "2", "user_email": "mehmet@example.com"}}},

		// user_email: the user's, the row's only compared
		{name: "user_email differs", row: with(map[string]string{"user_email": "old@example.com"}),
			want: want{fields: map[string]any{"user_email": "ayse@example.com"}, warnings: []string{"user_email:user_email_differs"}}},
		{name: "user_email alike but for case", row: with(map[string]string{"user_email": " Ayse@Example.COM "}),
			want: want{fields: map[string]any{"user_email": "ayse@example.com"}}},

		// status
		{name: "status missing", row: with(map[string]string{"status": " "}), want: want{reject: "status/missing"}},
		{name: "status not mapped", row: with(map[string]string{"status": "Kayıp"}),
			want: want{reject: "status/invalid", detail: `"Kayıp" is not in normalize.order.status_map`}},
		{name: "status Omnitron's own, not mapped", row: with(map[string]string{"status": "approved"}), want: want{reject: "status/invalid"}},
		{name: "status folded: case", row: with(map[string]string{"status": "ONAYLANDI"}), want: want{fields: map[string]any{"status": "400"}}},
		{name: "status folded: Turkish I", row: with(map[string]string{"status": "onaylandi"}), want: want{fields: map[string]any{"status": "400"}}},
		{name: "status folded: spaces", row: with(map[string]string{"status": "  onay   bekliyor "}), want: want{fields: map[string]any{"status": "350"}}},
		{name: "status folded: diacritics", row: with(map[string]string{"status": "hazirlaniyor"}), want: want{fields: map[string]any{"status": "450"}}},
		{name: "status folded: hyphen", row: with(map[string]string{"status": "Teslim Edildi"}), want: want{fields: map[string]any{"status": "510"}}},
		{name: "status a number", row: with(map[string]string{"status": "1"}), want: want{fields: map[string]any{"status": "400"}}},
		{name: "status as name", row: with(map[string]string{"status": "kargoda"}), opt: func(o *Options) { o.StatusAs = "name" },
			want: want{fields: map[string]any{"status": "shipped"}}},
		{name: "status as name, mapped by name", row: base, opt: func(o *Options) { o.StatusAs = "name" },
			want: want{fields: map[string]any{"status": "approved"}}},
		{name: "status as code, mapped by name", row: with(map[string]string{"status": "iptal"}), want: want{fields: map[string]any{"status": "100"}}},

		// created_date: date_joined's rules
		{name: "created_date missing", row: with(map[string]string{"created_date": ""}), want: want{reject: "created_date/missing"}},
		{name: "created_date zero", row: with(map[string]string{"created_date": "0000-00-00 00:00:00"}), want: want{reject: "created_date/missing"}},
		{name: "created_date impossible", row: with(map[string]string{"created_date": "2019-02-30 10:00:00"}), want: want{reject: "created_date/missing"}},
		{name: "created_date garbage", row: with(map[string]string{"created_date": "dün"}), want: want{reject: "created_date/invalid"}},
		{name: "created_date day first", row: with(map[string]string{"created_date": "04.05.2019 10:20"}),
			want: want{fields: map[string]any{"created_date": "2019-05-04 10:20:00"}}},
		{name: "created_date date only", row: with(map[string]string{"created_date": "2019-05-04"}),
			want: want{fields: map[string]any{"created_date": "2019-05-04 00:00:00"}}},
		{name: "created_date UTC to Istanbul", row: with(map[string]string{"created_date": "2019-05-04T07:20:30Z"}),
			want: want{fields: map[string]any{"created_date": "2019-05-04 10:20:30"}}},
		{name: "created_date before 2016: +02 in winter", row: with(map[string]string{"created_date": "2015-01-10T10:00:00Z"}),
			want: want{fields: map[string]any{"created_date": "2015-01-10 12:00:00"}}},

		// amount and discount_amount
		{name: "amount missing", row: with(map[string]string{"amount": ""}), want: want{reject: "amount/missing"}},
		{name: "amount null", row: with(map[string]string{"amount": null}), want: want{reject: "amount/missing"}},
		{name: "amount English", row: with(map[string]string{"amount": "1,234.5"}), want: want{fields: map[string]any{"amount": n("1234.50")}}},
		{name: "amount DECIMAL", row: with(map[string]string{"amount": "99.9000"}), want: want{fields: map[string]any{"amount": n("99.90")}}},
		{name: "amount zero", row: with(map[string]string{"amount": "0"}), want: want{fields: map[string]any{"amount": n("0.00")}}},
		{name: "amount ambiguous", row: with(map[string]string{"amount": "1.234"}), want: want{reject: "amount/invalid", detail: "three digits"}},
		{name: "amount negative", row: with(map[string]string{"amount": "-5"}), want: want{reject: "amount/invalid", detail: "negative"}},
		{name: "amount exponent", row: with(map[string]string{"amount": "1.2E+04"}), want: want{reject: "amount/invalid", detail: "exponent"}},
		{name: "amount too large", row: with(map[string]string{"amount": "12345678901"}), want: want{reject: "amount/invalid", detail: "10 digits"}},
		{name: "amount three decimals", row: with(map[string]string{"amount": "12.3456"}), want: want{reject: "amount/invalid", detail: "more than 2 decimals"}},
		{name: "discount empty", row: with(map[string]string{"discount_amount": " "}), want: want{fields: map[string]any{"discount_amount": nil}}},
		{name: "discount null", row: with(map[string]string{"discount_amount": null}), want: want{fields: map[string]any{"discount_amount": nil}}},
		{name: "discount zero", row: with(map[string]string{"discount_amount": "0,00"}), want: want{fields: map[string]any{"discount_amount": n("0.00")}}},
		{name: "discount invalid", row: with(map[string]string{"discount_amount": "yok"}), want: want{reject: "discount_amount/invalid"}},

		// currency
		{name: "currency TRY", row: with(map[string]string{"currency": "TRY"}), want: want{fields: map[string]any{"currency": "TRY"}}},
		{name: "currency try", row: with(map[string]string{"currency": "try"}), want: want{fields: map[string]any{"currency": "TRY"}}},
		{name: "currency YTL", row: with(map[string]string{"currency": "YTL"}), want: want{fields: map[string]any{"currency": "TRY"}}},
		{name: "currency ₺", row: with(map[string]string{"currency": "₺"}), want: want{fields: map[string]any{"currency": "TRY"}}},
		{name: "currency $", row: with(map[string]string{"currency": "$", "amount": "12.50"}), want: want{fields: map[string]any{"currency": "USD"}}},
		{name: "currency €", row: with(map[string]string{"currency": "€", "amount": "12.50"}), want: want{fields: map[string]any{"currency": "EUR"}}},
		{name: "currency £", row: with(map[string]string{"currency": "£", "amount": "12.50"}), want: want{fields: map[string]any{"currency": "GBP"}}},
		{name: "currency usd", row: with(map[string]string{"currency": " usd ", "amount": "12.50"}), want: want{fields: map[string]any{"currency": "USD"}}},
		{name: "currency empty: default", row: with(map[string]string{"currency": ""}), want: want{fields: map[string]any{"currency": "TRY"}}},
		{name: "currency empty: configured default", row: with(map[string]string{"currency": null, "amount": "12.50"}),
			opt: func(o *Options) { o.DefaultCurrency = "EUR" }, want: want{fields: map[string]any{"currency": "EUR"}}},
		{name: "no currency column", columns: without("currency"), row: base, want: want{fields: map[string]any{"currency": "TRY"}}},
		{name: "currency unknown", row: with(map[string]string{"currency": "XYZ"}), want: want{reject: "currency/invalid", detail: `"XYZ"`}},
		{name: "currency a word", row: with(map[string]string{"currency": "Türk Lirası"}), want: want{reject: "currency/invalid"}},
		{name: "currency TRL", row: with(map[string]string{"currency": "TRL"}), want: want{reject: "currency/unsupported", detail: "2005"}},
		{name: "currency from the amount", row: with(map[string]string{"currency": "", "amount": "$12.50", "discount_amount": "1 USD"}),
			want: want{fields: map[string]any{"currency": "USD", "amount": n("12.50"), "discount_amount": n("1.00")}}},
		{name: "currency from the discount", row: with(map[string]string{"currency": "", "amount": "12.50", "discount_amount": "1 €"}),
			want: want{fields: map[string]any{"currency": "EUR"}}},
		{name: "amount agrees with the currency", row: with(map[string]string{"currency": "TRY", "amount": "₺1.234,56"}),
			want: want{fields: map[string]any{"currency": "TRY", "amount": n("1234.56")}}},
		{name: "amount disagrees with the currency", row: with(map[string]string{"currency": "TRY", "amount": "$12.50"}),
			want: want{reject: "amount/invalid", detail: "written in USD, but the currency is TRY"}},
		{name: "discount disagrees with the amount", row: with(map[string]string{"currency": "", "amount": "$12.50", "discount_amount": "1 €"}),
			want: want{reject: "discount_amount/invalid", detail: "written in EUR, but the amount is USD"}},
		{name: "amount in TRL", row: with(map[string]string{"currency": "", "amount": "1.500.000 TRL"}),
			want: want{reject: "amount/unsupported", detail: "TRL"}},

		// payment_type, bank, tracking_number
		{name: "texts empty", row: with(map[string]string{"payment_type": " ", "bank": null, "tracking_number": ""}),
			want: want{fields: map[string]any{"payment_type": "", "bank": "", "tracking_number": ""}}},
		{name: "texts repaired", row: with(map[string]string{"payment_type": "  Kapıda   Ödeme ", "bank": "Ä°ÅŸ BankasÄ±"}),
			want: want{fields: map[string]any{"payment_type": "Kapıda Ödeme", "bank": "İş Bankası"}}},
		{name: "bank at the limit", row: with(map[string]string{"bank": strings.Repeat("ğ", 64)}),
			want: want{fields: map[string]any{"bank": strings.Repeat("ğ", 64)}}},
		{name: "payment_type too long", row: with(map[string]string{"payment_type": strings.Repeat("a", 65)}), want: want{reject: "payment_type/too_long"}},
		{name: "bank too long", row: with(map[string]string{"bank": strings.Repeat("a", 65)}), want: want{reject: "bank/too_long"}},
		{name: "tracking_number too long", row: with(map[string]string{"tracking_number": strings.Repeat("1", 65)}), want: want{reject: "tracking_number/too_long"}},

		// installment_count
		{name: "installments one", row: with(map[string]string{"installment_count": "1"}), want: want{fields: map[string]any{"installment_count": n("1")}}},
		{name: "installments DECIMAL", row: with(map[string]string{"installment_count": "6.00"}), want: want{fields: map[string]any{"installment_count": n("6")}}},
		{name: "installments zero", row: with(map[string]string{"installment_count": "0"}), want: want{fields: map[string]any{"installment_count": nil}}},
		{name: "installments empty", row: with(map[string]string{"installment_count": ""}), want: want{fields: map[string]any{"installment_count": nil}}},
		{name: "installments null", row: with(map[string]string{"installment_count": null}), want: want{fields: map[string]any{"installment_count": nil}}},
		{name: "installments negative", row: with(map[string]string{"installment_count": "-3"}), want: want{reject: "installment_count/invalid"}},
		{name: "installments fraction", row: with(map[string]string{"installment_count": "1.5"}), want: want{reject: "installment_count/invalid"}},
		{name: "installments words", row: with(map[string]string{"installment_count": "peşin"}), want: want{reject: "installment_count/invalid"}},

		// shipping_company
		{name: "shipping mapped", row: with(map[string]string{"shipping_company": " YURTİÇİ   KARGO "}), want: want{fields: map[string]any{"shipping_company": "yurtici"}}},
		{name: "shipping mapped, key upper case", row: with(map[string]string{"shipping_company": "aras"}), want: want{fields: map[string]any{"shipping_company": "aras"}}},
		{name: "shipping lower-cased", row: with(map[string]string{"shipping_company": "MNG KARGO"}), want: want{fields: map[string]any{"shipping_company": "mng kargo"}}},
		{name: "shipping Turkish I", row: with(map[string]string{"shipping_company": "SÜRAT İLETİŞİM"}), want: want{fields: map[string]any{"shipping_company": "sürat iletişim"}}},
		{name: "shipping empty", row: with(map[string]string{"shipping_company": "  "}), want: want{fields: map[string]any{"shipping_company": nil}}},

		// shipping_address, billing_address
		{name: "address missing", row: with(map[string]string{"shipping_address": " \n "}), want: want{reject: "shipping_address/missing"}},
		{name: "billing missing", row: with(map[string]string{"billing_address": null}), want: want{reject: "billing_address/missing"}},
		{name: "address collapsed", row: with(map[string]string{"shipping_address": " Çiçek Sk.\r\n No 5\t D:3 "}),
			want: want{fields: map[string]any{"shipping_address": "Çiçek Sk. No 5 D:3"}}},
		{name: "address cut at a word", row: with(map[string]string{"shipping_address": long, "billing_address": long}),
			want: want{fields: map[string]any{"shipping_address": cutAt(long, 512), "billing_address": cutAt(long, 512)},
				warnings: []string{"shipping_address:shipping_address_truncated", "billing_address:billing_address_truncated"}}},
		{name: "address at the limit", row: with(map[string]string{"billing_address": strings.Repeat("ş", 512)}),
			want: want{fields: map[string]any{"billing_address": strings.Repeat("ş", 512)}}},
		{name: "address one long word", row: with(map[string]string{"billing_address": strings.Repeat("ş", 600)}),
			want: want{fields: map[string]any{"billing_address": strings.Repeat("ş", 512)}, warnings: []string{"billing_address:billing_address_truncated"}}},

		// extra_field
		{name: "extra_field null", row: with(map[string]string{"extra_field": null}), want: want{fields: map[string]any{"extra_field": map[string]any{}}}},
		{name: "extra_field not an object", row: with(map[string]string{"extra_field": `"web"`}), want: want{reject: "extra_field/invalid"}},
		{name: "extra_field not JSON", row: with(map[string]string{"extra_field": `{kanal: web}`}), want: want{reject: "extra_field/invalid"}},
		{name: "extra_field columns", columns: append(without("extra_field"), "extra_field.kanal", "extra_field.kupon"),
			row:  with(map[string]string{"extra_field.kanal": " mobil ", "extra_field.kupon": null}),
			want: want{fields: map[string]any{"extra_field": map[string]any{"kanal": "mobil"}}}},
		{name: "extra_field column wins", columns: append(Keys, "extra_field.kanal"),
			row:  with(map[string]string{"extra_field": `{"kanal": "web", "not": 1}`, "extra_field.kanal": "mağaza"}),
			want: want{fields: map[string]any{"extra_field": map[string]any{"kanal": "mağaza", "not": n("1")}}}},

		// money by the column's type (SPEC §10)
		{name: "a DOUBLE rounded", row: with(map[string]string{"amount": "0.125", "discount_amount": "19.999"}),
			opt:  typed(map[string]string{"amount": "DOUBLE", "discount_amount": "FLOAT8"}),
			want: want{fields: map[string]any{"amount": n("0.13"), "discount_amount": n("20.00")}}},
		{name: "a FLOAT rounded", row: with(map[string]string{"amount": "12.345"}), opt: typed(map[string]string{"amount": "FLOAT"}),
			want: want{fields: map[string]any{"amount": n("12.35")}}},
		{name: "a negative DOUBLE", row: with(map[string]string{"amount": "-0.125"}), opt: typed(map[string]string{"amount": "DOUBLE"}),
			want: want{reject: "amount/invalid", detail: "a negative amount"}},
		{name: "a DECIMAL exact", row: with(map[string]string{"amount": "1.000", "discount_amount": "0.500"}),
			opt:  typed(map[string]string{"amount": "DECIMAL", "discount_amount": "NUMERIC"}),
			want: want{fields: map[string]any{"amount": n("1.00"), "discount_amount": n("0.50")}}},
		{name: "a DECIMAL past cents", row: with(map[string]string{"amount": "1.005"}), opt: typed(map[string]string{"amount": "DECIMAL"}),
			want: want{reject: "amount/invalid", detail: "more than 2 decimals in an exact"}},
		{name: "text past cents", row: with(map[string]string{"amount": "12.3456"}), opt: typed(map[string]string{"amount": "VARCHAR"}),
			want: want{reject: "amount/invalid", detail: "more than 2 decimals"}},
		{name: "a float's text without types", row: with(map[string]string{"amount": "0.125"}),
			want: want{reject: "amount/invalid", detail: "three digits after a lone separator"}},

		// text that needs escaping
		{name: "quotes and backslashes", row: with(map[string]string{"number": `A"1\2`, "shipping_address": "a\u2028b"}),
			want: want{fields: map[string]any{"number": `A"1\2`}}},

		// several warnings at once, in record order
		{name: "warnings", row: with(map[string]string{"user_email": "x@y.z", "shipping_address": long}),
			want: want{warnings: []string{"shipping_address:shipping_address_truncated", "user_email:user_email_differs"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cols := tt.columns
			if cols == nil {
				cols = allColumns
			}
			opt := options
			if tt.opt != nil {
				tt.opt(&opt)
			}
			nz, err := New(cols, []string{"id"}, opt, ledger)
			if err != nil {
				t.Fatal(err)
			}
			row := makeRow(cols, tt.row)
			// Half the rows get a buffer with room, so that the record is
			// built in place and moved over extra_field.
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
				if res.JSON != nil || res.Unique != "" {
					t.Errorf("a reject with a record: %s %q", res.JSON, res.Unique)
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
			if res.Unique != rec["number"] {
				t.Errorf("unique %q, want the number %q", res.Unique, rec["number"])
			}
			var problems []string
			check(rec, func(field, format string, args ...any) {
				problems = append(problems, field+": "+fmt.Sprintf(format, args...))
			})
			if len(problems) > 0 {
				t.Errorf("etl check refuses the record: %q", problems)
			}
		})
	}
}

// cutAt is what a cut at a word makes of v, written out.
func cutAt(v string, max int) string {
	v = strings.TrimSpace(v)
	r := []rune(v)
	if len(r) <= max {
		return v
	}
	if r[max] == ' ' {
		return string(r[:max])
	}
	s := string(r[:max])
	return s[:strings.LastIndexByte(s, ' ')]
}

func TestLedgerErrorIsKept(t *testing.T) {
	nz, err := New(Keys, nil, options, ledger)
	if err != nil {
		t.Fatal(err)
	}
	row := makeRow(Keys, base)
	nz.Transform(&row, nil)
	if nz.Err() != nil {
		t.Fatalf("Err after a good lookup: %v", nz.Err())
	}
	row = makeRow(Keys, with(map[string]string{"user": "broken"}))
	nz.Transform(&row, nil)
	if !errors.Is(nz.Err(), errLedger) {
		t.Fatalf("Err = %v, want the ledger's error", nz.Err())
	}
}

func TestNew(t *testing.T) {
	tests := []struct {
		name    string
		columns []string
		opt     func(*Options)
		errs    []string // substrings of the one error; none: no error
	}{
		{name: "the keys", columns: Keys},
		{name: "the required ones", columns: []string{"number", "user", "status", "created_date", "amount", "shipping_address", "billing_address"}},
		{name: "extra columns", columns: append(Keys, "id", "updated_at", "extra_field.a")},
		{name: "everything wrong at once",
			columns: []string{"number", "siparis", "user", "customer_code", "amount", "amount", "extra_field."},
			opt: func(o *Options) {
				o.StatusAs, o.DefaultCurrency = "label", "XYZ"
				o.StatusMap = map[string]string{"teslim": "delivered"}
			},
			errs: []string{`column "siparis" is not an order key`, `column "amount" appears twice`,
				`columns "user" and "customer_code" both name the user`, `column "extra_field." is not`,
				`no column for required key "status"`, `no column for required key "created_date"`,
				`no column for required key "shipping_address"`, `status_as "label"`,
				`status_map.teslim: "delivered" is not a documented`, `default_currency "XYZ"`}},
		{name: "no status map", columns: Keys, opt: func(o *Options) { o.StatusMap = nil }, errs: []string{"status_map is empty"}},
		{name: "TRL as default", columns: Keys, opt: func(o *Options) { o.DefaultCurrency = "TRL" }, errs: []string{`default_currency "TRL"`}},
	}
	for _, tt := range tests {
		opt := options
		if tt.opt != nil {
			tt.opt(&opt)
		}
		_, err := New(tt.columns, []string{"id", "updated_at"}, opt, ledger)
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
	if _, err := New(Keys, nil, options, nil); err == nil {
		t.Error("no users: no error")
	}
}

func TestCheck(t *testing.T) {
	nz, err := New(Keys, nil, options, ledger)
	if err != nil {
		t.Fatal(err)
	}
	row := makeRow(Keys, base)
	good := decode(t, nz.Transform(&row, nil).JSON)
	tests := []struct {
		name  string
		over  map[string]any
		field string // "" when good
	}{
		{"good", nil, ""},
		{"nulls allowed", map[string]any{"discount_amount": nil, "installment_count": nil, "shipping_company": nil}, ""},
		{"status name", map[string]any{"status": "approved"}, ""},
		{"number empty", map[string]any{"number": ""}, "number"},
		{"number too long", map[string]any{"number": strings.Repeat("a", 129)}, "number"},
		{"user null", map[string]any{"user": nil}, "user"},
		{"email invalid", map[string]any{"user_email": "AYSE@example"}, "user_email"},
		{"status unknown", map[string]any{"status": "delivered"}, "status"},
		{"status upper case", map[string]any{"status": "APPROVED"}, "status"},
		{"status a number", map[string]any{"status": json.Number("400")}, "status"},
		{"created_date format", map[string]any{"created_date": "2019-05-04T10:20:30"}, "created_date"},
		{"created_date impossible", map[string]any{"created_date": "2019-02-30 10:20:30"}, "created_date"},
		{"amount one decimal", map[string]any{"amount": json.Number("12.5")}, "amount"},
		{"amount a string", map[string]any{"amount": "12.50"}, "amount"},
		{"amount null", map[string]any{"amount": nil}, "amount"},
		{"amount too large", map[string]any{"amount": json.Number("12345678901.00")}, "amount"},
		{"discount three decimals", map[string]any{"discount_amount": json.Number("1.000")}, "discount_amount"},
		{"currency lower case", map[string]any{"currency": "try"}, "currency"},
		{"currency unknown", map[string]any{"currency": "XYZ"}, "currency"},
		{"bank null", map[string]any{"bank": nil}, "bank"},
		{"bank too long", map[string]any{"bank": strings.Repeat("a", 65)}, "bank"},
		{"installments zero", map[string]any{"installment_count": json.Number("0")}, "installment_count"},
		{"installments fraction", map[string]any{"installment_count": json.Number("1.5")}, "installment_count"},
		{"shipping empty", map[string]any{"shipping_company": ""}, "shipping_company"},
		{"address too long", map[string]any{"shipping_address": strings.Repeat("a", 513)}, "shipping_address"},
		{"extra_field null", map[string]any{"extra_field": nil}, "extra_field"},
	}
	for _, tt := range tests {
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
	nz, err := New(Keys, nil, options, ledger)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				row := makeRow(Keys, with(map[string]string{"user": []string{"1", "2", "77", "broken"}[i%4]}))
				nz.Transform(&row, make([]byte, 0, 1024))
			}
		}()
	}
	wg.Wait()
}

func FuzzTransform(f *testing.F) {
	f.Add("1001", "1", "onaylandı", "2019-05-04", "1.234,56 TL", "", "3", "Aras", "Adres", `{"a":1}`)
	f.Add("", "2", "x", "0000-00-00", "-1", "TRL", "0", "", "\xff", "[")
	f.Add(" \"\\ ", "1", "iptal", "31.12.99", "$1", "€", "1.0", "İ", strings.Repeat("ab ", 300), "null")
	cols := []string{"number", "user", "status", "created_date", "amount", "currency", "installment_count",
		"shipping_company", "shipping_address", "extra_field", "billing_address"}
	nz, err := New(cols, nil, options, ledger)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, number, user, status, created, amount, currency, inst, ship, addr, extra string) {
		var fields []pipeline.Field
		for _, v := range []string{number, user, status, created, amount, currency, inst, ship, addr, extra, addr} {
			fields = append(fields, pipeline.Field{V: v, Valid: true})
		}
		row := pipeline.MakeRow("k", fields)
		for _, size := range []int{0, 4096} {
			res := nz.Transform(&row, make([]byte, 0, size))
			if res.Reject != nil {
				continue
			}
			rec := decode(t, res.JSON)
			if res.Unique != rec["number"] {
				t.Fatalf("unique %q, number %q", res.Unique, rec["number"])
			}
			check(rec, func(field, format string, args ...any) {
				t.Fatalf("etl check: %s: %s in %s", field, fmt.Sprintf(format, args...), res.JSON)
			})
		}
	})
}

// Allocation counts are deterministic, so the per-row budget is pinned.
func TestAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector changes allocation counts")
	}
	cols := without("extra_field")
	nz, err := New(cols, nil, options, ledger)
	if err != nil {
		t.Fatal(err)
	}
	row := makeRow(cols, base)
	buf := make([]byte, 0, 2048)
	if a := testing.AllocsPerRun(100, func() { nz.Transform(&row, buf) }); a > 3 {
		t.Errorf("Transform: %v allocations a row, want at most 3", a)
	}
}

// typed sets the column types of allColumns: those named, VARCHAR for
// the others.
func typed(types map[string]string) func(*Options) {
	return func(o *Options) {
		o.ColumnTypes = make([]string, len(allColumns))
		for i, c := range allColumns {
			o.ColumnTypes[i] = "VARCHAR"
			if t, ok := types[c]; ok {
				o.ColumnTypes[i] = t
			}
		}
	}
}
