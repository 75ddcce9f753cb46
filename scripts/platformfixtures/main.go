// Command platformfixtures writes testdata/platforms: one database per
// e-commerce platform, built on the platform's own customer and order tables, with
// passwords hashed the way that platform hashes them, and beside each a
// .plain.tsv giving every row's plaintext password and what a migration
// must do with the row, a .addresses.tsv giving each address's fate and an
// .orders.tsv giving each order's amount, item count and fate.
// Run it from the module root:
//
//	go run ./scripts/platformfixtures
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// person is one legacy user. expect says what the migration must do with
// the row: exported, unsupported (a hash Omnitron cannot verify),
// duplicate (a guest checkout sharing a customer's email) or excluded (the
// row is not a customer: deleted, an administrator, staff).
type person struct {
	id                 int
	first, last, email string
	plain, hash, salt  string
	gender             int // 1 male, 2 female, 0 unknown
	dob, joined, phone string
	guest, deleted     bool
	expect             string
}

type fixture struct {
	name    string
	sql     strings.Builder
	persons []person
	addrs   []address
	orders  []order
}

// address is one row of a platform's address book, and what the
// migration must do with it: exported, orphan (its customer was not
// exported), invalid (a place Türkiye's list lacks), skipped (the same
// address as one before it) or excluded (the customer is not one).
type address struct {
	key          string
	customer     int
	line, expect string
}

// place is a province and one of its districts, as customers write them.
type place struct{ city, township string }

// places are the provinces and districts addresses are spread over.
var places = []place{{"İstanbul", "Kadıköy"}, {"Ankara", "Çankaya"}, {"İzmir", "Karşıyaka"}, {"Bursa", "Nilüfer"},
	{"Antalya", "Muratpaşa"}, {"İstanbul", "Üsküdar"}, {"Adana", "Seyhan"}}

// placeOf is the place of person p's address.
func placeOf(p person) place { return places[(p.id-1)%len(places)] }

// addr records an address of p whose fate follows its customer's, unless
// own says otherwise (invalid, skipped, excluded).
func (f *fixture) addr(key string, p person, line, own string) {
	expect := own
	if expect == "" {
		switch p.expect {
		case "exported", "excluded":
			expect = p.expect
		default:
			expect = "orphan" // the user is rejected, so its addresses wait for it
		}
	}
	f.addrs = append(f.addrs, address{key, p.id, line, expect})
}

func (f *fixture) w(format string, args ...any) { fmt.Fprintf(&f.sql, format, args...) }

func q(s string) string {
	if s == "" {
		return "NULL"
	}
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

func b(v bool) int {
	if v {
		return 1
	}
	return 0
}

// people are the shoppers every fixture starts from.
var people = []struct{ first, last, email, phone, dob string }{
	{"Ayşe", "Yılmaz", "ayse.yilmaz@example.com", "0532 111 22 33", "1988-04-12"},
	{"Mehmet", "Kaya", "mehmet.kaya@example.com", "+90 533 222 33 44", "1979-11-02"},
	{"Zeynep", "Demir", "zeynep.demir@example.com", "5354445566", ""},
	{"Mustafa", "Çelik", "mustafa.celik@example.com", "0542 555 66 77", "1990-07-30"},
	{"Elif", "Şahin", "elif.sahin@example.com", "", "1995-01-19"},
	{"Ahmet", "Öztürk", "ahmet.ozturk@example.com", "0505 666 77 88", "1983-03-03"},
	{"Fatma", "Arslan", "fatma.arslan@example.com", "0212 444 55 66", "1970-12-25"},
	{"Emre", "Doğan", "emre.dogan@example.com", "0544 777 88 99", ""},
	{"Merve", "Koç", "merve.koc@example.com", "0555 888 99 00", "1999-09-09"},
	{"Burak", "Aydın", "burak.aydin@example.com", "0530 999 00 11", "1986-06-16"},
	{"Selin", "Kurt", "selin.kurt@example.com", "0536 123 45 67", "1992-02-29"},
	{"Can", "Özdemir", "can.ozdemir@example.com", "0538 765 43 21", "1975-05-05"},
	{"Deniz", "Yıldız", "deniz.yildiz@example.com", "0541 234 56 78", ""},
	{"Hakan", "Polat", "hakan.polat@example.com", "0543 876 54 32", "1968-08-08"},
}

// seed makes n persons with fixed, distinct plaintexts and salts, so a
// rerun gives the same rows (bcrypt and phpass salts aside).
func seed(n int) []person {
	var ps []person
	for i := 0; i < n; i++ {
		p := people[i%len(people)]
		ps = append(ps, person{id: i + 1, first: p.first, last: p.last, email: p.email, phone: p.phone, dob: p.dob,
			plain: fmt.Sprintf("Parola-%02d!", i+1), salt: fmt.Sprintf("s%02dQx7Lm%02dZp", i+1, (i*7)%100),
			gender: 1 + i%2, joined: fmt.Sprintf("2019-%02d-%02d 10:%02d:00", 1+i%12, 1+i%28, i%60), expect: "exported"})
	}
	return ps
}

func main() {
	dir := "testdata/platforms"
	if err := os.MkdirAll(dir, 0o755); err != nil {
		panic(err)
	}
	for _, f := range []*fixture{magento2(), magento1(), opencart3(), prestashop("prestashop16"), prestashop("prestashop17"), wordpress(), saleor(), djangoAuth()} {
		head := fmt.Sprintf("-- %s: the platform's customer and order tables (column names and types as its install\n"+
			"-- schema creates them), only those etl init reads, with test rows.\n"+
			"-- Written by scripts/platformfixtures; the plaintexts are in %s.plain.tsv.\n\n", f.name, f.name)
		if err := os.WriteFile(filepath.Join(dir, f.name+".sql"), []byte(head+f.sql.String()), 0o644); err != nil {
			panic(err)
		}
		var tsv strings.Builder
		tsv.WriteString("customer_code\temail\tplaintext\texpect\n")
		for _, p := range f.persons {
			fmt.Fprintf(&tsv, "%d\t%s\t%s\t%s\n", p.id, p.email, p.plain, p.expect)
		}
		if err := os.WriteFile(filepath.Join(dir, f.name+".plain.tsv"), []byte(tsv.String()), 0o644); err != nil {
			panic(err)
		}
		if len(f.orders) > 0 {
			if err := os.WriteFile(filepath.Join(dir, f.name+".orders.tsv"), []byte(ordersTSV(f)), 0o644); err != nil {
				panic(err)
			}
		}
		if len(f.addrs) == 0 {
			continue
		}
		var at strings.Builder
		at.WriteString("key\tcustomer_code\tline\texpect\n")
		for _, a := range f.addrs {
			fmt.Fprintf(&at, "%s\t%d\t%s\t%s\n", a.key, a.customer, a.line, a.expect)
		}
		if err := os.WriteFile(filepath.Join(dir, f.name+".addresses.tsv"), []byte(at.String()), 0o644); err != nil {
			panic(err)
		}
	}
}
