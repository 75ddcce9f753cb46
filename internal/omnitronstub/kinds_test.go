package omnitronstub

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"etl/configs"
)

const (
	goodAddress = `{"customer_code":"1","email":"lorem.ipsum@mail.com","first_name":"Lorem","last_name":"Ipsum","title":"Ev",` +
		`"phone_number":"5321234567","line":"A Mh., B Caddesi, C Apt., No 1/2","country":"Türkiye","city":"İSTANBUL",` +
		`"township":"ÜSKÜDAR","district":null,"tax_office":null,"tax_no":null,"company_name":null}`
	goodOrder = `{"number":"ORD1234","user":"1","user_email":"lorem.ipsum@mail.com","status":"400",` +
		`"created_date":"2021-02-02 11:30:00","amount":1234.56,"discount_amount":12.50,"currency":"TRY",` +
		`"payment_type":"Kredi Kartı","bank":"Garanti","installment_count":3,"tracking_number":"TK1",` +
		`"shipping_company":"yurtici","shipping_address":"Bağdat Cad. No:12","billing_address":"Atatürk Bulvarı No:101",` +
		`"extra_field":{}}`
	goodItem = `{"order_number":"ORD1234","product":"dolor sit amet","sku":"s1k2u30001","quantity":1,"price":123.90,` +
		`"image_url":"https://testurl.com/test_picture.jpg","extra_field":{}}`
)

// TestCheckKinds: each kind's page's rules, a record that keeps each and
// one that breaks it. want "" is accepted; otherwise the error names it.
func TestCheckKinds(t *testing.T) {
	long := func(n int) string { return strings.Repeat("a", n) }
	tests := []struct{ kind, from, to, want string }{
		{Address, "", "", ""},
		{Address, `"customer_code":"1"`, `"user":"1"`, ""},
		{Address, `"title":"Ev"`, `"title":"Ev","user":"1"`, "not both"},
		{Address, `"customer_code":"1",`, ``, "customer_code: this field is required"},
		{Address, `"customer_code":"1"`, `"customer_code":1`, "customer_code: not a string"},
		{Address, `"email":"lorem.ipsum@mail.com"`, `"email":"lorem"`, "email"},
		{Address, `"first_name":"Lorem"`, `"first_name":" "`, "first_name: may not be blank"},
		{Address, `"last_name":"Ipsum"`, `"last_name":"` + long(255) + `"`, ""},
		{Address, `"last_name":"Ipsum"`, `"last_name":"` + long(256) + `"`, "last_name: ensure"},
		{Address, `"title":"Ev"`, `"title":"` + long(129) + `"`, "title: ensure"},
		{Address, `"title":"Ev"`, `"title":null`, ""},
		{Address, `"title":"Ev",`, ``, ""},
		{Address, `"line":"A Mh., B Caddesi, C Apt., No 1/2"`, `"line":null`, "line: may not be null"},
		{Address, `"line":"A Mh., B Caddesi, C Apt., No 1/2"`, `"line":"` + long(256) + `"`, "line: ensure"},
		{Address, `"country":"Türkiye"`, `"country":""`, "country: may not be blank"},
		{Address, `"city":"İSTANBUL"`, `"city":"İstanbul"`, ""},
		{Address, `"city":"İSTANBUL"`, `"city":"34"`, "city"},
		{Address, `"city":"İSTANBUL"`, `"city":"Ist."`, "city"},
		{Address, `"township":"ÜSKÜDAR"`, `"township":"Üsküdar"`, ""},
		{Address, `"township":"ÜSKÜDAR"`, `"township":"ÇANKAYA"`, "township"},
		{Address, `"township":"ÜSKÜDAR"`, `"township":"EYÜP"`, "township"}, // renamed EYÜPSULTAN: not held
		{Address, `"country":"Türkiye","city":"İSTANBUL","township":"ÜSKÜDAR"`, `"country":"Germany","city":"Berlin","township":"Mitte"`, ""},
		{Address, `"district":null`, `"district":7`, "district: not a string"},
		{Address, `"company_name":null`, `"company_name":null,"nickname":"x"`, "nickname: unknown field"},

		{Order, "", "", ""},
		{Order, `"number":"ORD1234"`, `"number":"` + long(128) + `"`, ""},
		{Order, `"number":"ORD1234"`, `"number":"` + long(129) + `"`, "number: ensure"},
		{Order, `"number":"ORD1234",`, ``, "number: this field is required"},
		{Order, `"user":"1"`, `"user":null`, "user: may not be null"},
		{Order, `"user_email":"lorem.ipsum@mail.com"`, `"user_email":"lorem@"`, "user_email"},
		{Order, `"status":"400"`, `"status":"approved"`, ""},
		{Order, `"status":"400"`, `"status":"delivered"`, "status"},
		{Order, `"status":"400"`, `"status":400`, "status: not a string"},
		{Order, `"created_date":"2021-02-02 11:30:00"`, `"created_date":"2021-02-02"`, "created_date"},
		{Order, `"amount":1234.56`, `"amount":1234567890.12`, ""},
		{Order, `"amount":1234.56`, `"amount":12345678901.12`, "amount"},
		{Order, `"amount":1234.56`, `"amount":1.234`, "amount"},
		{Order, `"amount":1234.56`, `"amount":"1234.56"`, "amount"},
		{Order, `"amount":1234.56`, `"amount":1e3`, "amount"},
		{Order, `"discount_amount":12.50`, `"discount_amount":null`, ""},
		{Order, `"discount_amount":12.50`, `"discount_amount":0.005`, "discount_amount"},
		{Order, `"currency":"TRY"`, `"currency":"try"`, "currency"},
		{Order, `"currency":"TRY"`, `"currency":"TL"`, "currency"},
		{Order, `"payment_type":"Kredi Kartı"`, `"payment_type":""`, ""},
		{Order, `"payment_type":"Kredi Kartı"`, `"payment_type":"` + long(65) + `"`, "payment_type: ensure"},
		{Order, `"bank":"Garanti"`, `"bank":null`, "bank: may not be null"},
		{Order, `"installment_count":3`, `"installment_count":null`, ""},
		{Order, `"installment_count":3`, `"installment_count":0`, "installment_count"},
		{Order, `"installment_count":3`, `"installment_count":2.5`, "installment_count"},
		{Order, `"tracking_number":"TK1"`, `"tracking_number":"` + long(65) + `"`, "tracking_number: ensure"},
		{Order, `"shipping_company":"yurtici"`, `"shipping_company":null`, ""},
		{Order, `"shipping_company":"yurtici",`, ``, "shipping_company: this field is required"},
		{Order, `"shipping_address":"Bağdat Cad. No:12"`, `"shipping_address":"` + long(513) + `"`, "shipping_address: ensure"},
		{Order, `"billing_address":"Atatürk Bulvarı No:101"`, `"billing_address":""`, "billing_address: may not be blank"},
		{Order, `"extra_field":{}`, `"extra_field":null`, "extra_field"},
		{Order, `"extra_field":{}`, `"extra_field":"{}"`, "extra_field: not a dictionary"},

		{OrderItem, "", "", ""},
		{OrderItem, `"order_number":"ORD1234"`, `"order_number":""`, "order_number: may not be blank"},
		{OrderItem, `"product":"dolor sit amet"`, `"product":null`, ""},
		{OrderItem, `"product":"dolor sit amet"`, `"product":"` + long(257) + `"`, "product: ensure"},
		{OrderItem, `"sku":"s1k2u30001"`, `"sku":""`, ""},
		{OrderItem, `"sku":"s1k2u30001"`, `"sku":"` + long(129) + `"`, "sku: ensure"},
		{OrderItem, `"quantity":1`, `"quantity":0`, "quantity"},
		{OrderItem, `"quantity":1`, `"quantity":null`, "quantity: may not be null"},
		{OrderItem, `"quantity":1`, `"quantity":"1"`, "quantity: not a whole number"},
		{OrderItem, `"price":123.90`, `"price":123.901`, "price"},
		{OrderItem, `"image_url":"https://testurl.com/test_picture.jpg"`, `"image_url":null`, ""},
		{OrderItem, `"image_url":"https://testurl.com/test_picture.jpg"`, `"image_url":""`, ""},
		{OrderItem, `"image_url":"https://testurl.com/test_picture.jpg",`, ``, "image_url: this field is required"},
		{OrderItem, `"image_url":"https://testurl.com/test_picture.jpg"`, `"image_url":"img/1.jpg"`, "image_url"},
		{OrderItem, `"image_url":"https://testurl.com/test_picture.jpg"`, `"image_url":"https://testurl.com/a b.jpg"`, "image_url"},
		{OrderItem, `"extra_field":{}`, `"extra_field":[]`, "extra_field"},
	}
	good := map[string]string{Address: goodAddress, Order: goodOrder, OrderItem: goodItem}
	s := New(Config{})
	for _, tc := range tests {
		rec := strings.Replace(good[tc.kind], tc.from, tc.to, 1)
		if tc.from != "" && rec == good[tc.kind] {
			t.Fatalf("%s: %s is not in the good record", tc.kind, tc.from)
		}
		_, err := s.check(tc.kind, json.RawMessage(rec))
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s %s → %.40s: refused: %v", tc.kind, tc.from, tc.to, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s %s → %.40s: got %v, want %q", tc.kind, tc.from, tc.to, err, tc.want)
		}
	}
}

// The stand-in's status list is the one the etl maps statuses to: a
// status added to one and not the other fails here.
func TestStatusesAreTheDocumentedOnes(t *testing.T) {
	if len(statuses) != 2*len(configs.OrderStatuses) {
		t.Fatalf("%d statuses, the etl knows %d", len(statuses)/2, len(configs.OrderStatuses))
	}
	for _, st := range configs.OrderStatuses {
		if !statuses[st.Code] || !statuses[st.Name] {
			t.Errorf("status %s %s is not held", st.Code, st.Name)
		}
	}
}

func userWith(code, email string) string {
	r := strings.Replace(good, `"customer_code":"1"`, `"customer_code":"`+code+`"`, 1)
	return strings.Replace(r, "lorem.ipsum@mail.com", email, 1)
}

// TestReferences: an address or an order needs its user, an item its
// order, held at the moment it is processed; a record sent before its
// parent is processed fails (error_count), and passes once sent again
// after.
func TestReferences(t *testing.T) {
	s := New(Config{Channel: "1", Token: "t"})
	if p := upload(t, s, Address, goodAddress); p["error_count"] != 1 || p["processed_count"] != 1 {
		t.Fatalf("address before its user: %v", p)
	}
	if p := upload(t, s, Order, goodOrder); p["error_count"] != 1 {
		t.Fatalf("order before its user: %v", p)
	}
	if p := upload(t, s, OrderItem, goodItem); p["error_count"] != 1 {
		t.Fatalf("item before its order: %v", p)
	}
	if p := upload(t, s, User, good); p["error_count"] != 0 {
		t.Fatalf("user: %v", p)
	}
	if p := upload(t, s, OrderItem, goodItem); p["error_count"] != 1 {
		t.Fatalf("item with its user but not its order: %v", p)
	}
	for _, kind := range []string{Address, Order, OrderItem} {
		rec := map[string]string{Address: goodAddress, Order: goodOrder, OrderItem: goodItem}[kind]
		if p := upload(t, s, kind, rec); p["error_count"] != 0 {
			t.Fatalf("%s after its parent: %v", kind, p)
		}
	}
	// The customer code must be the user's, and the email the one that
	// user was created with.
	other := strings.Replace(goodAddress, `"customer_code":"1"`, `"customer_code":"2"`, 1)
	wrongEmail := strings.Replace(goodAddress, "lorem.ipsum@mail.com", "someone@mail.com", 1)
	wrongOrderEmail := strings.Replace(strings.Replace(goodOrder, "lorem.ipsum@mail.com", "someone@mail.com", 1), "ORD1234", "ORD2", 1)
	id := send(t, s, Address, other, wrongEmail)
	if p, errs := progress(t, s, id), s.Errors(id); p["error_count"] != 2 || !strings.Contains(errs[0], `no user with customer code "2"`) ||
		!strings.Contains(errs[1], `email: "someone@mail.com" is not the email of user "1"`) {
		t.Fatalf("addresses of an unknown customer, with another email: %v %q", p, errs)
	}
	id = send(t, s, Order, wrongOrderEmail)
	if p, errs := progress(t, s, id), s.Errors(id); p["error_count"] != 1 || !strings.Contains(errs[0], "user_email: ") {
		t.Fatalf("order with another email: %v %q", p, errs)
	}
	if len(s.Addresses("1")) != 1 || len(s.Items("ORD1234")) != 1 {
		t.Fatalf("holds %d addresses of 1, %d items of ORD1234", len(s.Addresses("1")), len(s.Items("ORD1234")))
	}
	if _, ok := s.Order("ORD1234"); !ok {
		t.Fatal("order ORD1234 is not held")
	}
	if u, ok := s.User("LOREM.IPSUM@mail.com"); !ok || u["customer_code"] != "1" {
		t.Fatalf("user by email: %v %v", u, ok)
	}
	want := map[string]Counts{
		User:      {Uploads: 1, Records: 1, Accepted: 1},
		Address:   {Uploads: 3, Resent: 1, Records: 4, Accepted: 1, Refused: 3},
		Order:     {Uploads: 3, Resent: 1, Records: 3, Accepted: 1, Refused: 2},
		OrderItem: {Uploads: 3, Resent: 2, Records: 3, Accepted: 1, Refused: 2},
	}
	for kind, w := range want {
		if c := s.Counts(kind); c != w {
			t.Errorf("%s counts %+v, want %+v", kind, c, w)
		}
	}
}

// TestParentInFlight: processing is asynchronous, so an address sent
// while its user's batch is still being processed fails; the user is
// held only once its record is processed.
func TestParentInFlight(t *testing.T) {
	s := New(Config{Channel: "1", Token: "t", RecordDelay: 10 * time.Millisecond})
	var users []string
	for i := 1; i <= 10; i++ {
		users = append(users, userWith(fmt.Sprint(i), fmt.Sprintf("u%d@mail.com", i)))
	}
	uid := send(t, s, User, users...)
	// Its user is the batch's last: processed some 90ms after the
	// address, the batch's first record.
	last := strings.Replace(strings.Replace(goodAddress, `"customer_code":"1"`, `"customer_code":"10"`, 1), "lorem.ipsum@mail.com", "u10@mail.com", 1)
	aid := send(t, s, Address, last)
	if p := progress(t, s, aid); p["error_count"] != 1 {
		t.Fatalf("address sent before its user was processed: %v", p)
	}
	if p := progress(t, s, uid); p["error_count"] != 0 || len(s.Users()) != 10 {
		t.Fatalf("users: %v", p)
	}
	if p := upload(t, s, Address, last); p["error_count"] != 0 {
		t.Fatalf("address sent after its user was processed: %v", p)
	}
}

// readJSONL reads the records of a golden expected file.
func readJSONL(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var l []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			l = append(l, line)
		}
	}
	if err := sc.Err(); err != nil || len(l) == 0 {
		t.Fatalf("%s: %d records, %v", path, len(l), err)
	}
	return l
}

// TestGoldenRecordsPass: what the kinds write for the golden cases is
// taken whole, parents first; sending a batch twice is counted (an order
// number held already is refused, a repeated address or item is created
// again and counted as a duplicate).
func TestGoldenRecordsPass(t *testing.T) {
	golden := filepath.Join("..", "..", "testdata", "golden")
	for _, c := range []struct {
		name  string
		kinds []string // in upload order: user, then the case's others
	}{
		{"addresses_tr", []string{User, Address}},
		{"orders_tr", []string{User, Order, OrderItem}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := New(Config{Channel: "1", Token: "t"})
			batches := map[string][]string{}
			for _, kind := range c.kinds {
				plural := map[string]string{User: "users", Address: "addresses", Order: "orders", OrderItem: "order_items"}[kind]
				batches[kind] = readJSONL(t, filepath.Join(golden, c.name, "expected."+plural+".jsonl"))
				id := send(t, s, kind, batches[kind]...)
				if p := progress(t, s, id); p["error_count"] != 0 || p["total_count"] != len(batches[kind]) {
					t.Fatalf("%s: %v; %v", kind, p, s.Errors(id))
				}
			}
			child := c.kinds[len(c.kinds)-1]
			n := len(batches[child])
			if p := upload(t, s, child, batches[child]...); p["error_count"] != 0 {
				t.Fatalf("%s sent again: %v", child, p)
			}
			if c := s.Counts(child); c.Resent != 1 || c.Duplicates != n || c.Accepted != 2*n {
				t.Fatalf("%s sent twice: %+v", child, c)
			}
			if c.name == "orders_tr" {
				orders := batches[Order]
				if p := upload(t, s, Order, orders...); p["error_count"] != len(orders) {
					t.Fatalf("orders sent again: %v", p)
				}
				if c := s.Counts(Order); c.Resent != 1 || c.Duplicates != len(orders) || c.Accepted != len(orders) {
					t.Fatalf("orders sent twice: %+v", c)
				}
			}
		})
	}
}

// TestFaultsOnEveryKind: the faults answer every start endpoint alike.
func TestFaultsOnEveryKind(t *testing.T) {
	for _, kind := range Kinds {
		for _, tc := range []struct {
			name   string
			faults Faults
			status int
		}{
			{"500", Faults{FailFirstUploads: 1}, http.StatusInternalServerError},
			{"429", Faults{Every429: 1}, http.StatusTooManyRequests},
			{"401", Faults{Status: 401}, http.StatusUnauthorized},
			{"403", Faults{Status: 403}, http.StatusForbidden},
		} {
			s := New(Config{Channel: "1", Token: "t", Faults: tc.faults})
			r := httptest.NewRequest(http.MethodPost, "/api/v1/remote/1/migrations/start/"+kind+"/", strings.NewReader(""))
			r.Header.Set("Authorization", "Token t")
			w := httptest.NewRecorder()
			s.ServeHTTP(w, r)
			if w.Code != tc.status || (tc.status == 429 && w.Header().Get("Retry-After") != "1") {
				t.Errorf("%s %s: HTTP %d %v", kind, tc.name, w.Code, w.Header())
			}
		}
		// FailRecords refuses records of any kind.
		s := New(Config{Channel: "1", Token: "t", Faults: Faults{FailRecords: 1}})
		rec := map[string]string{User: good, Address: goodAddress, Order: goodOrder, OrderItem: goodItem}[kind]
		if p := upload(t, s, kind, rec); p["error_count"] != 1 || len(s.Held(kind)) != 0 {
			t.Errorf("%s fail-records: %v", kind, p)
		}
	}
}
