package address

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
	"etl/transforms"
)

// users is a fake users ledger: a map, not a database.
type users map[string]User

var errLedger = errors.New("ledger read failed")

func (u users) User(code string) (User, bool, string, error) {
	switch code {
	case "broken":
		return User{}, false, "", errLedger
	case "812":
		return User{}, false, "customer 812 was rejected: email invalid", nil
	}
	if x, ok := u[code]; ok {
		return x, true, "", nil
	}
	return User{}, false, fmt.Sprintf("customer %s is not in the users ledger", code), nil
}

var ledger = users{
	"1":      {Email: "ayse@example.com", FirstName: "Ayşe", LastName: "Yılmaz"},
	"2":      {Email: "mehmet@example.com", FirstName: "Mehmet", LastName: "Öz"},
	"noname": {Email: "x@example.com"},
	"old":    {Email: "old@example.com", NamesUnknown: true}, // exported before the ledger kept names
	"nomail": {FirstName: "A", LastName: "B"},
}

// allColumns are the 14 keys, in order.
var allColumns = Keys

// base is a row that passes every rule.
var base = map[string]string{
	"customer_code": "1",
	"email":         "AYSE@example.com",
	"first_name":    "Ayşe",
	"last_name":     "Yılmaz",
	"title":         "Ev",
	"phone_number":  "0532 111 22 33",
	"line":          "Çiçek Sk. No 5 D:3",
	"country":       "TR",
	"city":          "İstanbul",
	"township":      "Üsküdar",
	"district":      "Acıbadem Mh.",
	"tax_office":    "",
	"tax_no":        "",
	"company_name":  "",
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

// decode reads a record, checking it is valid JSON with the 14 keys in
// order (the first named key).
func decode(t *testing.T, b []byte, key string) map[string]any {
	t.Helper()
	want := slices.Clone(Keys)
	want[0] = key
	dec := json.NewDecoder(bytes.NewReader(b))
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
	if !slices.Equal(keys, want) {
		t.Fatalf("record keys %q, want %q", keys, want)
	}
	return m
}

func TestTransform(t *testing.T) {
	type want struct {
		fields   map[string]any // checked keys of the record; nil value is JSON null
		warnings []string       // field:kind
		reject   string         // field/reason
		detail   string         // a substring of the reject's detail
	}
	tests := []struct {
		name    string
		columns []string
		row     map[string]string
		opt     Options
		want    want
	}{
		{name: "a good row", row: base, want: want{fields: map[string]any{
			"customer_code": "1", "email": "ayse@example.com", "first_name": "Ayşe", "last_name": "Yılmaz",
			"title": "Ev", "phone_number": "5321112233", "line": "Çiçek Sk. No 5 D:3", "country": "Türkiye",
			"city": "İSTANBUL", "township": "ÜSKÜDAR", "district": "Acıbadem Mh.",
			"tax_office": nil, "tax_no": nil, "company_name": nil,
		}}},

		// customer_code and the users ledger
		{name: "customer missing", row: with(map[string]string{"customer_code": "  "}),
			want: want{reject: "customer_code/missing"}},
		{name: "customer null", row: with(map[string]string{"customer_code": null}),
			want: want{reject: "customer_code/missing"}},
		{name: "customer trimmed", row: with(map[string]string{"customer_code": " 2 "}),
			want: want{fields: map[string]any{"customer_code": "2", "email": "mehmet@example.com"},
				warnings: []string{"email:email_differs"}}},
		{name: "orphan: user rejected", row: with(map[string]string{"customer_code": "812"}),
			want: want{reject: "customer_code/orphan", detail: "customer 812 was rejected: email invalid"}},
		{name: "orphan: not in the ledger", row: with(map[string]string{"customer_code": "77"}),
			want: want{reject: "customer_code/orphan", detail: "customer 77 is not in the users ledger"}},
		{name: "orphan as user", row: with(map[string]string{"customer_code": "77"}), opt: Options{CustomerKey: "user"},
			want: want{reject: "user/orphan", detail: "not in the users ledger"}},
		{name: "ledger error", row: with(map[string]string{"customer_code": "broken"}),
			want: want{reject: "customer_code/orphan", detail: errLedger.Error()}},
		{name: "an invalid row is not an orphan", row: with(map[string]string{"customer_code": "77", "city": "Istanbull"}),
			want: want{reject: "city/invalid"}},
		{name: "customer_key user", row: base, opt: Options{CustomerKey: "user"},
			want: want{fields: map[string]any{"user": "1"}}},
		{name: "user has no email", row: with(map[string]string{"customer_code": "nomail"}),
			want: want{reject: "email/missing"}},

		// email: the user's, the row's only compared
		{name: "email differs", row: with(map[string]string{"email": "old@example.com"}),
			want: want{fields: map[string]any{"email": "ayse@example.com"}, warnings: []string{"email:email_differs"}}},
		{name: "email alike but for case and space", row: with(map[string]string{"email": " Ayse@Example.com "}),
			want: want{fields: map[string]any{"email": "ayse@example.com"}}},
		{name: "email empty", row: with(map[string]string{"email": ""}),
			want: want{fields: map[string]any{"email": "ayse@example.com"}}},
		{name: "no email column", columns: without("email"), row: base,
			want: want{fields: map[string]any{"email": "ayse@example.com"}}},

		// names
		{name: "names from the user", row: with(map[string]string{"first_name": "", "last_name": null}),
			want: want{fields: map[string]any{"first_name": "Ayşe", "last_name": "Yılmaz"}}},
		{name: "no name columns", columns: without("first_name", "last_name"), row: base,
			want: want{fields: map[string]any{"first_name": "Ayşe", "last_name": "Yılmaz"}}},
		{name: "recipient's names win", row: with(map[string]string{"first_name": " Zeynep ", "last_name": "Kaya  Demir"}),
			want: want{fields: map[string]any{"first_name": "Zeynep", "last_name": "Kaya Demir"}}},
		{name: "mojibake repaired", row: with(map[string]string{"first_name": "Ã‡aÄŸrÄ±", "last_name": "G&ouml;k&ccedil;e"}),
			want: want{fields: map[string]any{"first_name": "Çağrı", "last_name": "Gökçe"}}},
		{name: "name too long", row: with(map[string]string{"first_name": strings.Repeat("ş", 256)}),
			want: want{reject: "first_name/too_long"}},
		{name: "name at the limit", row: with(map[string]string{"last_name": strings.Repeat("ş", 255)}),
			want: want{fields: map[string]any{"last_name": strings.Repeat("ş", 255)}}},
		{name: "user without names", row: with(map[string]string{"customer_code": "noname", "first_name": "", "last_name": ""}),
			want: want{reject: "first_name/missing"}},
		{name: "full_name split at the last space", columns: fullName, row: with(map[string]string{"full_name": "  Ali  Rıza   Demir "}),
			want: want{fields: map[string]any{"first_name": "Ali Rıza", "last_name": "Demir"}}},
		{name: "full_name of one word", columns: fullName, row: with(map[string]string{"full_name": "Zeynep"}),
			want: want{fields: map[string]any{"first_name": "Zeynep", "last_name": "Yılmaz"}}},
		{name: "full_name empty", columns: fullName, row: with(map[string]string{"full_name": " "}),
			want: want{fields: map[string]any{"first_name": "Ayşe", "last_name": "Yılmaz"}}},
		{name: "full_name null", columns: fullName, row: with(map[string]string{"full_name": null}),
			want: want{fields: map[string]any{"first_name": "Ayşe", "last_name": "Yılmaz"}}},
		{name: "lacks the first name", row: with(map[string]string{"first_name": " ", "last_name": "Kaya"}),
			want: want{fields: map[string]any{"first_name": "Ayşe", "last_name": "Kaya"}}},
		{name: "lacks the last name", row: with(map[string]string{"first_name": "Zeynep", "last_name": null}),
			want: want{fields: map[string]any{"first_name": "Zeynep", "last_name": "Yılmaz"}}},
		{name: "lacks a name column", columns: without("last_name"), row: with(map[string]string{"first_name": "Zeynep"}),
			want: want{fields: map[string]any{"first_name": "Zeynep", "last_name": "Yılmaz"}}},
		{name: "names not recorded, given", row: with(map[string]string{"customer_code": "old", "email": ""}),
			want: want{fields: map[string]any{"email": "old@example.com", "first_name": "Ayşe", "last_name": "Yılmaz"}}},
		{name: "names not recorded, first lacking", row: with(map[string]string{"customer_code": "old", "first_name": ""}),
			want: want{reject: "first_name/missing", detail: "does not record customer old's names"}},
		{name: "names not recorded, both lacking", columns: without("first_name", "last_name"), row: with(map[string]string{"customer_code": "old"}),
			want: want{reject: "first_name/missing", detail: "select first_name and last_name, or full_name"}},
		{name: "names not recorded, full_name of one word", columns: fullName, row: with(map[string]string{"customer_code": "old", "full_name": "Zeynep"}),
			want: want{reject: "last_name/missing", detail: "does not record customer old's names"}},
		{name: "names not recorded, full_name of two", columns: fullName, row: with(map[string]string{"customer_code": "old", "email": "", "full_name": "Zeynep Kaya"}),
			want: want{fields: map[string]any{"first_name": "Zeynep", "last_name": "Kaya"}}},

		// title
		{name: "title empty", row: with(map[string]string{"title": "  "}), want: want{fields: map[string]any{"title": nil}}},
		{name: "title trimmed", row: with(map[string]string{"title": " İş  yeri "}), want: want{fields: map[string]any{"title": "İş yeri"}}},
		{name: "title too long", row: with(map[string]string{"title": strings.Repeat("a", 129)}), want: want{reject: "title/too_long"}},

		// phone_number
		{name: "landline", row: with(map[string]string{"phone_number": "(0216) 555 12 12"}),
			want: want{fields: map[string]any{"phone_number": "2165551212"}}},
		{name: "landline first", row: with(map[string]string{"phone_number": "0212 555 12 12 / 0532 111 22 33"}),
			want: want{fields: map[string]any{"phone_number": "2125551212"}}},
		{name: "mobile first", row: with(map[string]string{"phone_number": "0532 111 22 33; 0212 555 12 12"}),
			want: want{fields: map[string]any{"phone_number": "5321112233"}}},
		{name: "spaced hyphen between numbers", row: with(map[string]string{"phone_number": "0212 555 12 12 - 0532 111 22 33"}),
			want: want{fields: map[string]any{"phone_number": "2125551212"}}},
		{name: "spaced hyphen inside a number", row: with(map[string]string{"phone_number": "0212 - 555 12 12"}),
			want: want{fields: map[string]any{"phone_number": "2125551212"}}},
		{name: "bad first, good second", row: with(map[string]string{"phone_number": "555 12 12 veya +90 312 444 55 66"}),
			want: want{fields: map[string]any{"phone_number": "3124445566"}}},
		{name: "850", row: with(map[string]string{"phone_number": "0850 222 33 44"}),
			want: want{fields: map[string]any{"phone_number": "8502223344"}}},
		{name: "800 is no landline", row: with(map[string]string{"phone_number": "0800 222 33 44"}),
			want: want{fields: map[string]any{"phone_number": nil}, warnings: []string{"phone_number:phone_number_dropped"}}},
		{name: "no real area code", row: with(map[string]string{"phone_number": "0213 555 12 12"}),
			want: want{fields: map[string]any{"phone_number": nil}, warnings: []string{"phone_number:phone_number_dropped"}}},
		{name: "overflow", row: with(map[string]string{"phone_number": "2147483647"}),
			want: want{fields: map[string]any{"phone_number": nil}, warnings: []string{"phone_number:phone_number_dropped"}}},
		{name: "filler of a real area code", row: with(map[string]string{"phone_number": "2222222222"}),
			want: want{fields: map[string]any{"phone_number": nil}, warnings: []string{"phone_number:phone_number_dropped"}}},
		{name: "Akinon's example filler", row: with(map[string]string{"phone_number": "9999999999"}),
			want: want{fields: map[string]any{"phone_number": nil}, warnings: []string{"phone_number:phone_number_dropped"}}},
		{name: "phone empty", row: with(map[string]string{"phone_number": " "}),
			want: want{fields: map[string]any{"phone_number": nil}}},
		{name: "phone with extension", row: with(map[string]string{"phone_number": "0212 555 12 12 dahili 204"}),
			want: want{fields: map[string]any{"phone_number": "2125551212"}}},
		{name: "foreign phone", row: with(map[string]string{"phone_number": "+44 20 7946 0958"}),
			want: want{fields: map[string]any{"phone_number": nil}, warnings: []string{"phone_number:phone_number_dropped"}}},

		// line
		{name: "line missing", row: with(map[string]string{"line": " \n "}), want: want{reject: "line/missing"}},
		{name: "line collapsed", row: with(map[string]string{"line": " Çiçek Sk.\r\n No 5\t D:3 "}),
			want: want{fields: map[string]any{"line": "Çiçek Sk. No 5 D:3"}}},
		{name: "line too long", row: with(map[string]string{"line": strings.Repeat("ğ", 256)}), want: want{reject: "line/too_long"}},
		{name: "line measured after collapsing", row: with(map[string]string{"line": strings.Repeat("ab    ", 60)}),
			want: want{fields: map[string]any{"line": strings.TrimSpace(strings.Repeat("ab ", 60))}}},
		{name: "line at the limit", row: with(map[string]string{"line": strings.Repeat("ğ", 255)}),
			want: want{fields: map[string]any{"line": strings.Repeat("ğ", 255)}}},

		// country
		{name: "country TUR", row: with(map[string]string{"country": "tur"}), want: want{fields: map[string]any{"country": "Türkiye"}}},
		{name: "country Turkey", row: with(map[string]string{"country": "TURKEY"}), want: want{fields: map[string]any{"country": "Türkiye"}}},
		{name: "country TÜRKİYE", row: with(map[string]string{"country": "TÜRKİYE"}), want: want{fields: map[string]any{"country": "Türkiye"}}},
		{name: "country türkiye", row: with(map[string]string{"country": "türkiye"}), want: want{fields: map[string]any{"country": "Türkiye"}}},
		{name: "country Turkiye", row: with(map[string]string{"country": "Turkiye"}), want: want{fields: map[string]any{"country": "Türkiye"}}},
		{name: "country Türkei", row: with(map[string]string{"country": "Türkei"}), want: want{fields: map[string]any{"country": "Türkiye"}}},
		{name: "country 90", row: with(map[string]string{"country": "90"}), want: want{fields: map[string]any{"country": "Türkiye"}}},
		{name: "country T.R.", row: with(map[string]string{"country": "T.R."}), want: want{fields: map[string]any{"country": "Türkiye"}}},
		{name: "country empty", row: with(map[string]string{"country": ""}), want: want{fields: map[string]any{"country": "Türkiye"}}},
		{name: "country empty, default TR", row: with(map[string]string{"country": ""}), opt: Options{DefaultCountry: "TR"},
			want: want{fields: map[string]any{"country": "Türkiye"}}},
		{name: "no country column", columns: without("country"), row: base, want: want{fields: map[string]any{"country": "Türkiye", "city": "İSTANBUL"}}},
		{name: "country empty, default Germany", opt: Options{DefaultCountry: " Germany "},
			row:  with(map[string]string{"country": "", "city": " Berlin ", "township": "Mitte"}),
			want: want{fields: map[string]any{"country": "Germany", "city": "Berlin", "township": "Mitte"}}},

		// a foreign address: city and township as given
		{name: "foreign", row: with(map[string]string{"country": " Deutschland ", "city": "München", "township": "Schwabing  West"}),
			want: want{fields: map[string]any{"country": "Deutschland", "city": "München", "township": "Schwabing West"}}},
		{name: "foreign: a Turkish-looking city is not matched", row: with(map[string]string{"country": "KKTC", "city": "Lefkoşa", "township": "Merkez"}),
			want: want{fields: map[string]any{"country": "KKTC", "city": "Lefkoşa", "township": "Merkez"}}},
		{name: "foreign: township missing", row: with(map[string]string{"country": "Greece", "city": "Athens", "township": ""}),
			want: want{reject: "township/missing"}},

		// city
		{name: "city missing", row: with(map[string]string{"city": ""}), want: want{reject: "city/missing"}},
		{name: "city invalid", row: with(map[string]string{"city": "Istanbull"}),
			want: want{reject: "city/invalid", detail: `"Istanbull" is not a province of Türkiye`}},
		{name: "city plate", row: with(map[string]string{"city": "34"}), want: want{fields: map[string]any{"city": "İSTANBUL"}}},
		{name: "city plate 034", row: with(map[string]string{"city": "034"}), want: want{fields: map[string]any{"city": "İSTANBUL"}}},
		{name: "city plate 6", row: with(map[string]string{"city": "6", "township": "Çankaya"}),
			want: want{fields: map[string]any{"city": "ANKARA", "township": "ÇANKAYA"}}},
		{name: "city plate 06", row: with(map[string]string{"city": "06", "township": "Cankaya"}),
			want: want{fields: map[string]any{"city": "ANKARA", "township": "ÇANKAYA"}}},
		{name: "city plate 82", row: with(map[string]string{"city": "82"}), want: want{reject: "city/invalid"}},
		{name: "city ISTANBUL", row: with(map[string]string{"city": "ISTANBUL"}), want: want{fields: map[string]any{"city": "İSTANBUL"}}},
		{name: "city istanbul", row: with(map[string]string{"city": "istanbul"}), want: want{fields: map[string]any{"city": "İSTANBUL"}}},
		{name: "city ıstanbul", row: with(map[string]string{"city": "ıstanbul"}), want: want{fields: map[string]any{"city": "İSTANBUL"}}},
		{name: "city İSTANBUL", row: with(map[string]string{"city": "İSTANBUL"}), want: want{fields: map[string]any{"city": "İSTANBUL"}}},
		{name: "city Ist.", row: with(map[string]string{"city": "Ist."}), want: want{fields: map[string]any{"city": "İSTANBUL"}}},
		{name: "city mojibake", row: with(map[string]string{"city": "Ä°stanbul"}), want: want{fields: map[string]any{"city": "İSTANBUL"}}},
		{name: "city Afyon", row: with(map[string]string{"city": "Afyon", "township": "Sandıklı"}),
			want: want{fields: map[string]any{"city": "AFYONKARAHİSAR", "township": "SANDIKLI"}}},
		{name: "city İçel", row: with(map[string]string{"city": "İçel", "township": "Tarsus"}),
			want: want{fields: map[string]any{"city": "MERSİN", "township": "TARSUS"}}},
		{name: "city K.Maraş", row: with(map[string]string{"city": "K.Maraş", "township": "Elbistan"}),
			want: want{fields: map[string]any{"city": "KAHRAMANMARAŞ", "township": "ELBİSTAN"}}},
		{name: "city Urfa", row: with(map[string]string{"city": "Urfa", "township": "Siverek"}),
			want: want{fields: map[string]any{"city": "ŞANLIURFA", "township": "SİVEREK"}}},
		{name: "city Antep", row: with(map[string]string{"city": "ANTEP", "township": "Şahinbey"}),
			want: want{fields: map[string]any{"city": "GAZİANTEP", "township": "ŞAHİNBEY"}}},

		// township
		{name: "township missing", row: with(map[string]string{"township": " "}), want: want{reject: "township/missing"}},
		{name: "township folded", row: with(map[string]string{"township": "USKUDAR"}), want: want{fields: map[string]any{"township": "ÜSKÜDAR"}}},
		{name: "township renamed", row: with(map[string]string{"township": "Eyüp"}), want: want{fields: map[string]any{"township": "EYÜPSULTAN"}}},
		{name: "township renamed, Ankara", row: with(map[string]string{"city": "Ankara", "township": "KAZAN"}),
			want: want{fields: map[string]any{"township": "KAHRAMANKAZAN"}}},
		{name: "Merkez kept", row: with(map[string]string{"city": "Bolu", "township": "merkez"}),
			want: want{fields: map[string]any{"city": "BOLU", "township": "MERKEZ"}}},
		{name: "former Merkez, now one district", row: with(map[string]string{"city": "Aydın", "township": "Merkez"}),
			want: want{fields: map[string]any{"city": "AYDIN", "township": "EFELER"}}},
		{name: "former Merkez, split", row: with(map[string]string{"city": "Balıkesir", "township": "Merkez"}),
			want: want{reject: "township/invalid", detail: `"Merkez" is no longer a district of BALIKESİR: it was split between ALTIEYLÜL, KARESİ`}},
		{name: "former Merkez, split, keep", opt: Options{UnknownTownship: "keep"}, row: with(map[string]string{"city": "Balıkesir", "township": "Merkez"}),
			want: want{fields: map[string]any{"township": "MERKEZ"}, warnings: []string{"township:township_unverified"}}},
		{name: "township of another city", row: with(map[string]string{"city": "Ankara", "township": "Üsküdar"}),
			want: want{reject: "township/invalid", detail: `"Üsküdar" is not a district of ANKARA`}},
		{name: "township unknown, keep", opt: Options{UnknownTownship: "keep"}, row: with(map[string]string{"township": "Yenimahalle  köyü"}),
			want: want{fields: map[string]any{"township": "YENİMAHALLE KÖYÜ"}, warnings: []string{"township:township_unverified"}}},
		{name: "keep does not keep an unknown city", opt: Options{UnknownTownship: "keep"}, row: with(map[string]string{"city": "Nowhere"}),
			want: want{reject: "city/invalid"}},
		{name: "shared district name", row: with(map[string]string{"city": "Adıyaman", "township": "Gölbaşı"}),
			want: want{fields: map[string]any{"city": "ADIYAMAN", "township": "GÖLBAŞI"}}},

		// district, tax fields, company
		{name: "district empty", row: with(map[string]string{"district": ""}), want: want{fields: map[string]any{"district": nil}}},
		{name: "tax fields", row: with(map[string]string{"tax_office": " Kadıköy ", "tax_no": "123-456-7890", "company_name": "Örnek A.Ş."}),
			want: want{fields: map[string]any{"tax_office": "Kadıköy", "tax_no": "1234567890", "company_name": "Örnek A.Ş."}}},
		{name: "tax_no TCKN", row: with(map[string]string{"tax_no": "12345678901"}), want: want{fields: map[string]any{"tax_no": "12345678901"}}},
		{name: "tax_no too short", row: with(map[string]string{"tax_no": "12345"}),
			want: want{fields: map[string]any{"tax_no": nil}, warnings: []string{"tax_no:tax_no_dropped"}}},
		{name: "tax_no too long", row: with(map[string]string{"tax_no": "123456789012"}),
			want: want{fields: map[string]any{"tax_no": nil}, warnings: []string{"tax_no:tax_no_dropped"}}},
		{name: "tax_no words", row: with(map[string]string{"tax_no": "yok"}),
			want: want{fields: map[string]any{"tax_no": nil}, warnings: []string{"tax_no:tax_no_dropped"}}},
		{name: "tax_no blank", row: with(map[string]string{"tax_no": "  "}), want: want{fields: map[string]any{"tax_no": nil}}},

		// text that needs escaping
		{name: "quotes and backslashes", row: with(map[string]string{"line": `"Yeşil" Sk. No 5\6`, "title": "a\u2028b"}),
			want: want{fields: map[string]any{"line": `"Yeşil" Sk. No 5\6`}}},
		{name: "invalid UTF-8 read as cp1254", row: with(map[string]string{"district": "\xdeirinevler"}),
			want: want{fields: map[string]any{"district": "Şirinevler"}}},

		// several warnings at once, in record order
		{name: "warnings", opt: Options{UnknownTownship: "keep"},
			row:  with(map[string]string{"email": "x@y.z", "phone_number": "1", "township": "Nowhere", "tax_no": "1"}),
			want: want{warnings: []string{"phone_number:phone_number_dropped", "township:township_unverified", "tax_no:tax_no_dropped", "email:email_differs"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cols := tt.columns
			if cols == nil {
				cols = allColumns
			}
			n, err := New(cols, []string{"id"}, tt.opt, ledger)
			if err != nil {
				t.Fatal(err)
			}
			row := makeRow(cols, tt.row)
			res := n.Transform(&row, nil)
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
			key := "customer_code"
			if tt.opt.CustomerKey == "user" {
				key = "user"
			}
			rec := decode(t, res.JSON, key)
			for k, v := range tt.want.fields {
				if rec[k] != v {
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
			if want := fmt.Sprintf("%v\x00", rec[key]); !strings.HasPrefix(res.Unique, want) {
				t.Errorf("unique %q does not start with the customer", res.Unique)
			}
			// etl upload files the written record under Unique of it.
			str := func(k string) string { s, _ := rec[k].(string); return s }
			if got := Unique(str(key), str("line"), str("township"), str("city")); got != res.Unique {
				t.Errorf("Unique of the record %q, the transform's %q", got, res.Unique)
			}
		})
	}
}

var fullName = append(without("first_name", "last_name"), "full_name")

func without(drop ...string) []string {
	var out []string
	for _, k := range Keys {
		if !slices.Contains(drop, k) {
			out = append(out, k)
		}
	}
	return out
}

func TestLedgerErrorIsKept(t *testing.T) {
	n, err := New(Keys, nil, Options{}, ledger)
	if err != nil {
		t.Fatal(err)
	}
	if n.Err() != nil {
		t.Fatalf("Err before any lookup: %v", n.Err())
	}
	row := makeRow(Keys, base)
	n.Transform(&row, nil)
	if n.Err() != nil {
		t.Fatalf("Err after a good lookup: %v", n.Err())
	}
	row = makeRow(Keys, with(map[string]string{"customer_code": "broken"}))
	n.Transform(&row, nil)
	if !errors.Is(n.Err(), errLedger) {
		t.Fatalf("Err = %v, want the ledger's error", n.Err())
	}
}

func TestUnique(t *testing.T) {
	n, err := New(Keys, nil, Options{}, ledger)
	if err != nil {
		t.Fatal(err)
	}
	unique := func(over map[string]string) string {
		row := makeRow(Keys, with(over))
		res := n.Transform(&row, nil)
		if res.Reject != nil {
			t.Fatalf("rejected %+v", *res.Reject)
		}
		return res.Unique
	}
	first := unique(nil)
	if want := "1\x00cicekskno5d:3\x00ÜSKÜDAR\x00İSTANBUL"; first != want {
		t.Errorf("unique %q, want %q", first, want)
	}
	same := []map[string]string{
		{"line": "ÇİÇEK SK NO 5 D:3"},
		{"line": "cicek sk. no 5 d:3", "title": "İş", "phone_number": "", "district": "", "first_name": "X"},
		{"city": "34", "township": "uskudar", "country": "Türkiye"},
		{"line": "Çiçek-Sk. No 5 D:3"},
	}
	for _, o := range same {
		if got := unique(o); got != first {
			t.Errorf("%v: unique %q, want %q", o, got, first)
		}
	}
	differ := []map[string]string{
		{"customer_code": "2"},
		{"line": "Çiçek Sk. No 5 D:4"},
		{"line": "Çiçek Sk. No 5-3"},
		{"township": "Kadıköy"},
		{"city": "Ankara", "township": "Çankaya"},
	}
	for _, o := range differ {
		if got := unique(o); got == first {
			t.Errorf("%v: unique %q is the first row's", o, got)
		}
	}
	// Digits a separator kept apart stay apart.
	if a, b := lineKey("No 1-2"), lineKey("No 12"); a == b {
		t.Errorf("lineKey: %q and %q", a, b)
	}
	for _, pair := range [][2]string{{"No: 12", "No:12"}, {"No.12", "No 12"}, {"No. 12", "NO 12"}} {
		if a, b := lineKey(pair[0]), lineKey(pair[1]); a != b {
			t.Errorf("lineKey: %q and %q", a, b)
		}
	}
}

func TestNew(t *testing.T) {
	tests := []struct {
		name    string
		columns []string
		opt     Options
		errs    []string // substrings of the one error; none: no error
	}{
		{name: "the 14 keys", columns: Keys},
		{name: "the required ones", columns: []string{"customer_code", "line", "city", "township"}},
		{name: "user for customer_code", columns: []string{"user", "line", "city", "township"}},
		{name: "full_name", columns: []string{"customer_code", "full_name", "line", "city", "township"}},
		{name: "extra", columns: []string{"id", "customer_code", "line", "city", "township", "updated_at"}},
		{name: "everything wrong at once",
			columns: []string{"customer_code", "adres", "line", "line", "user", "full_name", "first_name"},
			opt:     Options{CustomerKey: "customer", UnknownTownship: "ignore"},
			errs: []string{`column "adres" is not an address key`, `column "line" appears twice`,
				`columns "customer_code" and "user" both name the customer`, "full_name and first_name/last_name",
				`no column for required key "city"`, `no column for required key "township"`,
				`customer_key "customer"`, `unknown_township "ignore"`}},
		{name: "no customer", columns: []string{"line", "city", "township"}, errs: []string{`required key "customer_code"`}},
	}
	for _, tt := range tests {
		_, err := New(tt.columns, []string{"id", "updated_at"}, tt.opt, ledger)
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
	if _, err := New(Keys, nil, Options{}, nil); err == nil {
		t.Error("no Parents: no error")
	}
}

func TestPhoneNumber(t *testing.T) {
	tests := []struct {
		in, want string
		invalid  bool
	}{
		{"", "", false},
		{" / ", "", false},
		{"05321112233", "5321112233", false},
		{"+90 (212) 555 12 12", "2125551212", false},
		{"0090 232 555 12 12", "2325551212", false},
		{"902325551212", "2325551212", false},
		{"0 392 555 12 12", "3925551212", false},
		{"444 1 444", "", true},
		{"0212 555 12 12 / 0532 111 22 33", "2125551212", false},
		{"0212 555 1212, 0216 555 1313", "2125551212", false},
		{"0212 555 12 12 | 0532 111 22 33", "2125551212", false},
		{"0212 555 12 12 veya 0532 111 22 33", "2125551212", false},
		{"0212 555 12 12 – 0532 111 22 33", "2125551212", false},
		{"0212-555-12-12", "2125551212", false},
		{"5.32111E+09 / 0216 555 12 12", "2165551212", false},
		{"2125551212.0", "2125551212", false},
		{"4294967295", "", true},
		{"0000000000", "", true},
		{"5555555555", "", true},
		{"2122222222", "", true}, // nine 2s
		{"2121222222", "2121222222", false},
		{"yok", "", true},
	}
	for _, tt := range tests {
		got, st := phoneNumber(tt.in)
		if got != tt.want || (st == transforms.PhoneInvalid) != tt.invalid {
			t.Errorf("phoneNumber(%q) = %q %v, want %q invalid=%v", tt.in, got, st, tt.want, tt.invalid)
		}
	}
}

func TestAreaCodes(t *testing.T) {
	// 82 for the 81 provinces (İstanbul has two), 392 and 850.
	if len(areaCodes) != 84 {
		t.Errorf("%d area codes, want 84", len(areaCodes))
	}
}

// TestConcurrent: Transform is safe for concurrent use (run with -race).
// TestTaxNo: the digits of a VKN or TCKN, wherever they are written, and
// no number made of a float's artefacts.
func TestTaxNo(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"1234567890", "1234567890"},
		{"12345678901", "12345678901"},
		{"0123456789", "0123456789"}, // a VKN may start with 0
		{" 123-456-78 90 ", "1234567890"},
		{"VKN: 1234567890", "1234567890"},
		{"12345", ""},
		{"123456789012", ""},
		{"yok", ""},
		// through a float column: the integer, not its digits and a 0
		{"1234567890.0", "1234567890"},
		{"12345678901.00", "12345678901"},
		{"123456789.0", ""},
		// scientific notation lost digits: 1.23456789E+09 is not 12345678909
		{"1.23456789E+09", ""},
		{"1.2345678901e10", ""},
		{"+1.23456789E+09", ""},
		// a dot that is not a float's: the digits around it
		{"12.345.678.90", "1234567890"},
		{"Vergi no 1234567890", "1234567890"},
	} {
		if got := taxNo(c.in); got != c.want {
			t.Errorf("taxNo(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestConcurrent(t *testing.T) {
	n, err := New(Keys, nil, Options{}, ledger)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				row := makeRow(Keys, with(map[string]string{"customer_code": []string{"1", "2", "77", "broken"}[i%4]}))
				n.Transform(&row, make([]byte, 0, 512))
			}
		}()
	}
	wg.Wait()
}

func FuzzTransform(f *testing.F) {
	f.Add("1", "Ayşe Yılmaz", "0212 555 12 12 / 0532", "Çiçek Sk.", "TR", "34", "Eyüp", "12345678901")
	f.Add("2", "", "\xff", "\x00", "", "K.Maraş", "Merkez", "")
	f.Add("", " ", "+", "-", "Deutschland", "Berlin", "Mitte", "a")
	cols := []string{"customer_code", "full_name", "phone_number", "line", "country", "city", "township", "tax_no"}
	nr, err := New(cols, nil, Options{}, ledger)
	if err != nil {
		f.Fatal(err)
	}
	nk, err := New(cols, nil, Options{UnknownTownship: "keep", CustomerKey: "user"}, ledger)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, code, name, phone, line, country, city, township, tax string) {
		fields := []pipeline.Field{}
		for _, v := range []string{code, name, phone, line, country, city, township, tax} {
			fields = append(fields, pipeline.Field{V: v, Valid: true})
		}
		row := pipeline.MakeRow("k", fields)
		for _, n := range []*Normalizer{nr, nk} {
			res := n.Transform(&row, nil)
			if res.Reject != nil {
				continue
			}
			var m map[string]any
			if err := json.Unmarshal(res.JSON, &m); err != nil {
				t.Fatalf("invalid JSON %q: %v", res.JSON, err)
			}
			if len(m) != 14 {
				t.Fatalf("%d keys in %s", len(m), res.JSON)
			}
			if !strings.HasPrefix(string(res.JSON), `{"customer_code":`) && !strings.HasPrefix(string(res.JSON), `{"user":`) {
				t.Fatalf("first key: %s", res.JSON)
			}
			if m["phone_number"] != nil && !validNumber(m["phone_number"].(string)) {
				t.Fatalf("phone_number %v", m["phone_number"])
			}
		}
	})
}

// Allocation counts are deterministic, so the per-row budget is pinned:
// the phone's digits, the unique value and little else.
func TestAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector changes allocation counts")
	}
	n, err := New(Keys, nil, Options{}, ledger)
	if err != nil {
		t.Fatal(err)
	}
	row := makeRow(Keys, base)
	buf := make([]byte, 0, 1024)
	if a := testing.AllocsPerRun(100, func() { n.Transform(&row, buf) }); a > 4 {
		t.Errorf("Transform: %v allocations a row, want at most 4", a)
	}
}
