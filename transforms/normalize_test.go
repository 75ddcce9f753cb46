package transforms

import (
	"crypto/md5"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"etl/pipeline"
)

func row(key string, cols []string, kv map[string]string) *pipeline.Row {
	f := make([]pipeline.Field, len(cols))
	for i, c := range cols {
		if v, ok := kv[c]; ok {
			f[i] = pipeline.Field{V: v, Valid: true}
		}
	}
	r := pipeline.MakeRow(key, f)
	return &r
}

func TestNormalizerColumns(t *testing.T) {
	_, err := New([]string{"first_name", "email", "nickname", "email", "attributes.city", "uye_id"}, []string{"uye_id"}, Options{})
	if err == nil {
		t.Fatal("want an error")
	}
	for _, want := range []string{`"nickname" is not a record key`, `"email" appears twice`, `required key "last_name"`, `required key "password"`, `required key "date_joined"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	if strings.Contains(err.Error(), "uye_id") || strings.Contains(err.Error(), "attributes.city") {
		t.Errorf("error %q complains about an allowed column", err)
	}
}

func TestTransform(t *testing.T) {
	cols := []string{"first_name", "last_name", "email", "gender", "phone", "date_of_birth", "date_joined",
		"password", "password_salt", "sms_allowed", "verified", "facebook_uuid", "user_type", "attributes", "attributes.city", "uye_id"}
	n, err := New(cols, []string{"uye_id"}, Options{Location: istanbul, Now: testNow,
		Password: PasswordPolicy{Algorithm: "auto", Unsupported: "reject"}, PhoneInvalid: "drop"})
	if err != nil {
		t.Fatal(err)
	}
	base := map[string]string{"first_name": " Ayşe ", "last_name": "Yılmaz", "email": " AYSE@GMAIL.COM. ",
		"date_joined": "2022-01-13 09:26:00", "password": md5hex}
	with := func(kv map[string]string) map[string]string {
		m := map[string]string{}
		for k, v := range base {
			m[k] = v
		}
		for k, v := range kv {
			m[k] = v
		}
		return m
	}
	t.Run("full record", func(t *testing.T) {
		res := n.Transform(row("7", cols, with(map[string]string{"gender": "KADIN", "phone": "0532 123 45 67",
			"date_of_birth": "13.01.1990", "password_salt": "s", "sms_allowed": "evet", "verified": "1",
			"facebook_uuid": " 123 ", "user_type": "Guest", "attributes": `{"tier": 2, "b": [1, 2]}`, "attributes.city": "Ä°stanbul"})), nil)
		if res.Reject != nil {
			t.Fatalf("rejected: %+v", res.Reject)
		}
		want := `{"first_name":"Ayşe","last_name":"Yılmaz","email":"ayse@gmail.com","gender":"female","sms_allowed":true,"email_allowed":false,"phone":"5321234567","date_of_birth":"1990-01-13","date_joined":"2022-01-13 09:26:00","password":"md5$s$` + md5hex + `","password_algorithm":"md5","customer_code":"7","verified":true,"facebook_uuid":"123","attributes":{"b":[1,2],"city":"İstanbul","tier":2},"call_allowed":false,"user_type":"guest"}`
		if string(res.JSON) != want {
			t.Errorf("JSON\n got %s\nwant %s", res.JSON, want)
		}
		if len(res.Warnings) != 0 {
			t.Errorf("warnings %v", res.Warnings)
		}
		if !res.Guest {
			t.Error("a guest record is not marked Guest: a registered row with its email would not win")
		}
		if want := pipeline.AppendCarry(nil, "Ayşe", "Yılmaz"); string(res.Carry) != string(want) {
			t.Errorf("carry %q, want the names %q (an address without names takes them)", res.Carry, want)
		}
	})
	t.Run("carry beside the record", func(t *testing.T) {
		// In the worker's memory right after the JSON when it has room
		// (the runner keeps both); elsewhere when not, the JSON and the
		// email in it left where they were.
		size := len(n.Transform(row("8", cols, with(nil)), nil).JSON)
		for _, room := range []int{4096, size + 1, 0} {
			buf := make([]byte, 0, room)
			res := n.Transform(row("8", cols, with(nil)), buf)
			if res.Reject != nil {
				t.Fatalf("rejected: %+v", res.Reject)
			}
			if want := pipeline.AppendCarry(nil, "Ayşe", "Yılmaz"); string(res.Carry) != string(want) {
				t.Errorf("room %d: carry %q, want %q", room, res.Carry, want)
			}
			if res.Unique != "ayse@gmail.com" || len(res.JSON) != size || (room == 4096 && cap(res.JSON) != size) {
				t.Errorf("room %d: unique %q, JSON %s (cap %d)", room, res.Unique, res.JSON, cap(res.JSON))
			}
			if room == 0 {
				continue
			}
			if !sameMem(res.JSON, buf[:1]) {
				t.Errorf("room %d: the JSON moved out of the buffer", room)
			}
			if in := sameMem(res.Carry, buf[size:size+1]); in != (room > size+len(res.Carry)) {
				t.Errorf("room %d: carry in the buffer: %v", room, in)
			}
		}
	})
	t.Run("registered by default", func(t *testing.T) {
		res := n.Transform(row("8", cols, with(nil)), nil)
		if res.Reject != nil || res.Guest {
			t.Errorf("got %+v", res)
		}
	})
	tests := []struct {
		name          string
		kv            map[string]string
		field, reason string
		warnings      []string
	}{
		{"empty first name", map[string]string{"first_name": "  "}, "first_name", "missing", nil},
		{"long last name", map[string]string{"last_name": strings.Repeat("ş", 151)}, "last_name", "too_long", nil},
		{"no email", map[string]string{"email": ""}, "email", "missing", nil},
		{"bad email", map[string]string{"email": "a@b"}, "email", "invalid", nil},
		{"zero joined", map[string]string{"date_joined": "0000-00-00 00:00:00"}, "date_joined", "missing", nil},
		{"bad joined", map[string]string{"date_joined": "soon"}, "date_joined", "invalid", nil},
		{"bcrypt", map[string]string{"password": "$2y$10$abc"}, "password", "unsupported", nil},
		{"user type", map[string]string{"user_type": "admin"}, "user_type", "invalid", nil},
		{"attributes not object", map[string]string{"attributes": "[1]"}, "attributes", "invalid", nil},
		{"first reject in record order", map[string]string{"email": "", "password": ""}, "email", "missing", nil},
		{"warnings", map[string]string{"gender": "x", "phone": "0212 555 12 34", "date_of_birth": "2030-01-01", "sms_allowed": "maybe"}, "", "",
			[]string{"gender_dropped", "sms_allowed_dropped", "phone_dropped", "date_of_birth_dropped"}},
		{"dob after joined", map[string]string{"date_of_birth": "2023-01-01"}, "", "", []string{"date_of_birth_dropped"}},
		{"dob in the future, before joined", map[string]string{"date_of_birth": "2030-01-01", "date_joined": "2031-01-01 00:00:00"}, "", "",
			[]string{"date_of_birth_dropped"}},
		{"dob placeholder", map[string]string{"date_of_birth": "1900-01-01"}, "", "", []string{"date_of_birth_dropped"}},
		{"dob before 1900", map[string]string{"date_of_birth": "1899-12-31"}, "", "", []string{"date_of_birth_dropped"}},
		{"dob zero", map[string]string{"date_of_birth": "0000-00-00"}, "", "", []string{"date_of_birth_dropped"}},
		{"dob null is no warning", map[string]string{}, "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := n.Transform(row("9", cols, with(tt.kv)), nil)
			if tt.field != "" {
				if res.Reject == nil || res.Reject.Field != tt.field || res.Reject.Reason != tt.reason {
					t.Fatalf("got reject %+v; want %s/%s", res.Reject, tt.field, tt.reason)
				}
				return
			}
			if res.Reject != nil {
				t.Fatalf("rejected: %+v", res.Reject)
			}
			var kinds []string
			for _, w := range res.Warnings {
				kinds = append(kinds, w.Kind)
			}
			if strings.Join(kinds, ",") != strings.Join(tt.warnings, ",") {
				t.Errorf("warnings %v; want %v", kinds, tt.warnings)
			}
		})
	}
	// One-byte flags take a table (flagByte), the rest Flag.
	for _, f := range []struct {
		v      string
		on     bool
		warned bool
	}{{"E", true, false}, {"h", false, false}, {"\x01", true, false}, {"\x00", false, false}, {" ", false, false},
		{"x", false, true}, {"2", false, true}, {"\xff", false, true}, {" 1", true, false}, {"Evet", true, false}} {
		res := n.Transform(row("9", cols, with(map[string]string{"sms_allowed": f.v})), nil)
		want := fmt.Sprintf(`"sms_allowed":%v,`, f.on)
		warned := len(res.Warnings) == 1 && res.Warnings[0].Kind == "sms_allowed_dropped"
		if res.Reject != nil || !strings.Contains(string(res.JSON), want) || warned != f.warned || len(res.Warnings) > 1 {
			t.Errorf("sms_allowed %q: %s, warnings %v; want %s, warned %v", f.v, res.JSON, res.Warnings, want, f.warned)
		}
	}
	t.Run("phone reject", func(t *testing.T) {
		strict, _ := New(cols, []string{"uye_id"}, Options{Location: istanbul, Now: testNow, PhoneInvalid: "reject"})
		res := strict.Transform(row("9", cols, with(map[string]string{"phone": "0212 555 12 34"})), nil)
		if res.Reject == nil || res.Reject.Field != "phone" {
			t.Fatalf("got %+v", res.Reject)
		}
	})
}

func TestNormalizerPasswordConfig(t *testing.T) {
	base := []string{"first_name", "last_name", "email", "date_joined", "password"}
	withSalt := append(append([]string(nil), base...), "password_salt")
	for _, tt := range []struct {
		name string
		cols []string
		pol  PasswordPolicy
		want string
	}{
		{"opencart without a salt column", base, PasswordPolicy{Scheme: SchemeOpenCart}, "normalize.password.scheme opencart needs a password_salt column"},
		{"shop salt and a salt column", withSalt, PasswordPolicy{Salt: "k"}, "normalize.password.salt and a password_salt column were both given"},
		{"opencart with a salt column", withSalt, PasswordPolicy{Scheme: SchemeOpenCart}, ""},
		{"shop salt alone", base, PasswordPolicy{Salt: "k"}, ""},
	} {
		_, err := New(tt.cols, nil, Options{Password: tt.pol})
		if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
	}
}

// The shop-wide salt reaches the record, and the record's password
// verifies the way Omnitron checks it.
func TestTransformShopSalt(t *testing.T) {
	const key = "Xq3mVb8TzL0pWc6NdR2hJs9GkY4fAe7UoI1tZxCvBnM5lQwErTyUiOpA"
	cols := []string{"first_name", "last_name", "email", "date_joined", "password"}
	n, err := New(cols, nil, Options{Location: istanbul, Now: testNow,
		Password: PasswordPolicy{Algorithm: "auto", Unsupported: "reject", Salt: key}})
	if err != nil {
		t.Fatal(err)
	}
	res := n.Transform(row("1", cols, map[string]string{"first_name": "Ayşe", "last_name": "Yılmaz", "email": "a@example.com",
		"date_joined": "2022-01-13 09:26:00", "password": strings.ToUpper(hexOf(md5.New, key+plain))}), nil)
	if res.Reject != nil {
		t.Fatalf("reject %+v", res.Reject)
	}
	var rec struct {
		Password          string `json:"password"`
		PasswordAlgorithm string `json:"password_algorithm"`
	}
	if err := json.Unmarshal(res.JSON, &rec); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(rec.Password, "md5$"+key+"$") || rec.PasswordAlgorithm != "md5" || !omnitronVerifies(rec.Password, plain) {
		t.Errorf("record password %q (%s) does not verify", rec.Password, rec.PasswordAlgorithm)
	}
}

// TestRejects: every failing field of a row, in the order the rules run,
// the first being the reject Transform gives (and only that one).
func TestRejects(t *testing.T) {
	cols := []string{"first_name", "last_name", "email", "date_joined", "password", "user_type", "uye_id"}
	n, err := New(cols, []string{"uye_id"}, Options{Location: istanbul, Now: testNow,
		Password: PasswordPolicy{Algorithm: "auto", Unsupported: "reject"}, PhoneInvalid: "drop"})
	if err != nil {
		t.Fatal(err)
	}
	good := map[string]string{"first_name": "Ayşe", "last_name": "Yılmaz", "email": "ayse@example.com",
		"date_joined": "2022-01-13 09:26:00", "password": md5hex}
	for _, tc := range []struct {
		name string
		bad  map[string]string
		want []string // field reason
	}{
		{"none", nil, nil},
		{"one", map[string]string{"email": "not-an-email"}, []string{"email invalid"}},
		{"email and date_joined", map[string]string{"email": "a@@b", "date_joined": ""}, []string{"email invalid", "date_joined missing"}},
		{"four", map[string]string{"first_name": "", "email": "", "password": "", "user_type": "admin"},
			[]string{"first_name missing", "email missing", "password missing", "user_type invalid"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			vals := map[string]string{}
			for k, v := range good {
				vals[k] = v
			}
			for k, v := range tc.bad {
				vals[k] = v
			}
			r := row("7", cols, vals)
			var got []string
			for _, rj := range n.Rejects(r) {
				got = append(got, rj.Field+" "+rj.Reason)
			}
			if strings.Join(got, ", ") != strings.Join(tc.want, ", ") {
				t.Fatalf("rejects %q, want %q", got, tc.want)
			}
			res := n.Transform(r, nil)
			if (res.Reject == nil) != (len(tc.want) == 0) || res.Reject != nil && res.Reject.Field+" "+res.Reject.Reason != tc.want[0] {
				t.Fatalf("Transform rejects %+v, want the first of %q", res.Reject, tc.want)
			}
		})
	}
}

// sameMem says a and b start at the same byte.
func sameMem(a, b []byte) bool { return len(a) > 0 && len(b) > 0 && &a[0] == &b[0] }
