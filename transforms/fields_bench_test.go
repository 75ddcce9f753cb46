package transforms

import (
	"testing"
)

// BenchmarkField splits BenchmarkTransform by rule, on the same rows and
// along the same paths (the scratch buffers Transform gives the email,
// phone and password).
func BenchmarkField(b *testing.B) {
	n, rows := benchNormalizer(b, 4096)
	cols, _ := benchRows(1)
	col := func(name string) int {
		for i, c := range cols {
			if c == name {
				return i
			}
		}
		b.Fatalf("no column %s", name)
		return -1
	}
	cases := []struct {
		name string
		col  string
		f    func(string)
	}{
		{"Text/first", "first_name", func(v string) { Text(v) }},
		{"Text/last", "last_name", func(v string) { Text(v) }},
		{"Email", "email", func(v string) {
			var scratch [254]byte
			emailIn(scratch[:0], v)
		}},
		{"Gender", "gender", func(v string) { n.gender.Gender(v) }},
		{"Phone", "phone", func(v string) {
			var scratch [16]byte
			phoneIn(scratch[:0], v)
		}},
		{"Stamp/birth", "date_of_birth", func(v string) {
			var st Stamp
			parseStamp(&st, v, n.opt.Location, n.opt.Now)
		}},
		{"Stamp/joined", "date_joined", func(v string) {
			var st Stamp
			parseStamp(&st, v, n.opt.Location, n.opt.Now)
		}},
		{"Password", "password", func(v string) {
			var scratch [192]byte
			var r PasswordResult
			if parts := n.opt.Password.check(&r, v, "", true, "", false); parts.algo != "" {
				parts.join(scratch[:0])
			}
		}},
		{"Flag", "sms_allowed", func(v string) { Flag(v) }},
	}
	for _, c := range cases {
		i := col(c.col)
		b.Run(c.name, func(b *testing.B) {
			for j := 0; j < b.N; j++ {
				c.f(rows[j%len(rows)].Field(i).V)
			}
		})
	}
	b.Run("Text/mojibake", func(b *testing.B) { // one last name in ten of the rows
		for j := 0; j < b.N; j++ {
			Text("YÄ±lmaz")
		}
	})
	b.Run("Attributes", func(b *testing.B) {
		var scratch [256]byte
		for j := 0; j < b.N; j++ {
			n.attributes(&rows[j%len(rows)], scratch[:0])
		}
	})
	b.Run("AppendJSON", func(b *testing.B) {
		r := Record{FirstName: "Ad12", LastName: "Yılmaz", Email: "user12@example.com", Gender: "female",
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
