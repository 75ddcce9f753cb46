package transforms

import (
	"fmt"
	"testing"
	"time"

	"etl/pipeline"
)

// benchRows are rows shaped like the make bench table: clean values, a
// tenth of last names double-encoded, md5 passwords, spaced phones.
func benchRows(n int) ([]string, []pipeline.Row) {
	cols := []string{"customer_code", "first_name", "last_name", "email", "gender", "phone", "date_of_birth",
		"date_joined", "password", "password_salt", "sms_allowed", "email_allowed", "verified", "user_type",
		"attributes.city", "updated_at"}
	genders := []string{"E", "K", "", "kadın"}
	rows := make([]pipeline.Row, n)
	for i := range rows {
		s := i + 1
		last := "Yılmaz"
		if s%10 == 0 {
			last = "YÄ±lmaz"
		}
		v := []string{fmt.Sprint(s), fmt.Sprintf("Ad%d", s), last, fmt.Sprintf("User%d@Example.com", s), genders[s%4],
			fmt.Sprintf("0532 %03d %02d %02d", s%1000, s%100, s%97),
			time.Date(1960, 1, 1+s%15000, 0, 0, 0, 0, time.UTC).Format("2006-01-02"),
			time.Date(2015, 1, 1, 0, s%300000, 0, 0, time.UTC).Format("2006-01-02 15:04:05"),
			fmt.Sprintf("%032x", s*7919), "", fmt.Sprint(s % 2), fmt.Sprint((s + 1) % 2), "1", "registered", "Ankara",
			"2024-01-01 00:00:00"}
		f := make([]pipeline.Field, len(v))
		for j := range v {
			f[j] = pipeline.Field{V: v[j], Valid: true}
		}
		rows[i] = pipeline.MakeRow(v[0], f)
	}
	return cols, rows
}

// benchNormalizer is the bench's Normalizer (make bench's settings) with
// n rows of benchRows.
func benchNormalizer(tb testing.TB, n int) (*Normalizer, []pipeline.Row) {
	cols, rows := benchRows(n)
	nz, err := New(cols, []string{"customer_code", "updated_at"}, Options{Location: istanbul, Now: testNow,
		Password: PasswordPolicy{Algorithm: "auto", Unsupported: "reject"}, PhoneInvalid: "drop"})
	if err != nil {
		tb.Fatal(err)
	}
	return nz, rows
}

// BenchmarkTransform is the cost of full normalization per row (make
// bench prints it beside the end-to-end figures).
func BenchmarkTransform(b *testing.B) {
	n, rows := benchNormalizer(b, 4096)
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
