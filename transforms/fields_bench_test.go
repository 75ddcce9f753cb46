package transforms

import (
	"testing"

	"etl/pipeline"
)

// BenchmarkField splits BenchmarkTransform by rule, on the same rows.
func BenchmarkField(b *testing.B) {
	cols, rows := benchRows(4096)
	col := func(name string) int {
		for i, c := range cols {
			if c == name {
				return i
			}
		}
		b.Fatalf("no column %s", name)
		return -1
	}
	gt := NewGenderTable(nil)
	pol := PasswordPolicy{Algorithm: "auto", Unsupported: "reject"}
	cases := []struct {
		name string
		col  string
		f    func(string)
	}{
		{"Text/first", "first_name", func(v string) { Text(v) }},
		{"Text/last", "last_name", func(v string) { Text(v) }},
		{"Email", "email", func(v string) { Email(v) }},
		{"Gender", "gender", func(v string) { gt.Gender(v) }},
		{"Phone", "phone", func(v string) { Phone(v) }},
		{"Stamp/birth", "date_of_birth", func(v string) { ParseStamp(v, istanbul, testNow) }},
		{"Stamp/joined", "date_joined", func(v string) { ParseStamp(v, istanbul, testNow) }},
		{"Password", "password", func(v string) { pol.Password(v, "", true, "", false) }},
		{"Flag", "sms_allowed", func(v string) { Flag(v) }},
	}
	for _, c := range cases {
		i := col(c.col)
		b.Run(c.name, func(b *testing.B) {
			for n := 0; n < b.N; n++ {
				c.f(rows[n%len(rows)].Fields[i].V)
			}
		})
	}
	b.Run("AppendJSON", func(b *testing.B) {
		r := pipeline.Record{FirstName: "Ad12", LastName: "Yılmaz", Email: "user12@example.com", Gender: "female",
			Phone: "5321234567", DateOfBirth: "1990-01-02", DateJoined: "2015-01-01T10:00:00+02:00",
			Password: "md5$$0123456789abcdef0123456789abcdef", PasswordAlgorithm: "md5", CustomerCode: "12",
			UserType: "registered", Attributes: []byte(`{"city":"Ankara"}`)}
		buf := make([]byte, 0, 1024)
		for n := 0; n < b.N; n++ {
			buf = r.AppendJSON(buf[:0])
		}
	})
}

func BenchmarkStampFormat(b *testing.B) {
	st, _, _ := ParseStamp("2015-03-04 10:11:12", istanbul, testNow)
	d, _, _ := ParseStamp("1990-03-04", istanbul, testNow)
	b.Run("DateTime", func(b *testing.B) {
		for n := 0; n < b.N; n++ {
			st.dateTime("2015-03-04 10:11:12")
		}
	})
	b.Run("Date", func(b *testing.B) {
		for n := 0; n < b.N; n++ {
			d.date("1990-03-04")
		}
	})
}
