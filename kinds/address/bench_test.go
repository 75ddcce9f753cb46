package address

import (
	"fmt"
	"strings"
	"testing"

	"etl/internal/places"
	"etl/pipeline"
)

// benchRows are n address rows as make bench seeds them: every district
// of Türkiye in turn, its city and township written in proper case, upper
// case, ASCII or as a plate code, mostly mobiles, one row in ten a
// company's with its tax number; and a users map that knows every
// customer.
func benchRows(n int) ([]string, []pipeline.Row, users) {
	cols := []string{"adres_id", "customer_code", "title", "full_name", "phone_number", "line", "country", "city",
		"township", "district", "tax_office", "tax_no", "company_name", "updated_at"}
	type place struct{ city, township string }
	var pl []place
	deASCII := strings.NewReplacer("ç", "c", "ğ", "g", "ı", "i", "İ", "I", "ö", "o", "ş", "s", "ü", "u",
		"Ç", "C", "Ğ", "G", "Ö", "O", "Ş", "S", "Ü", "U", "â", "a", "î", "i", "û", "u")
	for _, p := range places.Provinces() {
		for i, d := range p.Districts() {
			switch (p.Plate + i) % 5 {
			case 0, 1:
				pl = append(pl, place{p.Name, d})
			case 2:
				pl = append(pl, place{p.Upper, d})
			case 3:
				pl = append(pl, place{strings.ToLower(deASCII.Replace(p.Name)), deASCII.Replace(d)})
			default:
				pl = append(pl, place{fmt.Sprintf("%02d", p.Plate), d})
			}
		}
	}
	streets := []string{"Atatürk Cad.", "Gazi Mustafa Kemal Bulvarı", "Çınar Sok.", "Şehit Ayşe Çakır Sokak", "Mimar Sinan Caddesi"}
	buildings := []string{"Güneş Apt.", "Gökkuşağı Sitesi", "Akasya Konutları B Blok", "Özlem Apt."}
	u := users{}
	rows := make([]pipeline.Row, n)
	for i := range rows {
		code := fmt.Sprint(100_000 + i) // clear of the special codes of the users map
		u[code] = User{Email: "user" + code + "@example.com"}
		p := pl[i*31%len(pl)]
		phone := fmt.Sprintf("0532 %03d %02d %02d", i*7%1000, i%100, i*13%100)
		if i%5 == 3 {
			phone = fmt.Sprintf("(0216) %03d %02d %02d / %s", i*11%1000, i*3%100, i%97, phone)
		}
		vals := []string{code, code, "Ev", "Ayşe Yılmaz", phone,
			fmt.Sprintf("Cumhuriyet Mah. %s %s No:%d D:%d", streets[i%len(streets)], buildings[i%len(buildings)], i%180+1, i%24+1),
			[]string{"TR", "Türkiye", "Turkey", ""}[i%4], p.city, p.township, "Cumhuriyet Mah.", "", "", "", "2024-01-01 00:00:00"}
		if i%10 == 0 {
			vals[10], vals[11], vals[12] = "Kadıköy VD", fmt.Sprintf("%010d", 1000000000+i), "Yılmaz Ticaret Ltd. Şti."
		}
		fields := make([]pipeline.Field, len(vals))
		for j, v := range vals {
			fields[j] = pipeline.Field{V: v, Valid: v != ""}
		}
		rows[i] = pipeline.MakeRow(code, fields)
	}
	return cols, rows, u
}

// BenchmarkTransform is the full normalization of one address row, the
// customer looked up in a map (the users ledger's cost is the ledger's:
// BenchmarkLedger in pipeline/state).
func BenchmarkTransform(b *testing.B) {
	cols, rows, u := benchRows(4096)
	n, err := New(cols, []string{"adres_id", "updated_at"}, Options{}, u)
	if err != nil {
		b.Fatal(err)
	}
	buf := make([]byte, 0, 1024)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res := n.Transform(&rows[i%len(rows)], buf)
		if res.Reject != nil {
			b.Fatalf("row %d rejected: %+v", i%len(rows), res.Reject)
		}
	}
}
