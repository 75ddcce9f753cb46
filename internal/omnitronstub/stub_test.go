package omnitronstub

import (
	"encoding/json"
	"strings"
	"testing"
)

const good = `{"first_name":"Lorem","last_name":"Ipsum","email":"lorem.ipsum@mail.com","gender":"male","sms_allowed":false,` +
	`"email_allowed":false,"phone":"5321234567","date_of_birth":"1990-01-13","date_joined":"2022-01-13 09:26:00",` +
	`"password":"sha1$salt$7c4a8d09ca3762af61e59520943ddc26494f8941","password_algorithm":"sha1","customer_code":"1",` +
	`"verified":true,"facebook_uuid":null,"attributes":{},"call_allowed":false,"user_type":"registered"}`

// TestValidate: the stand-in refuses what the User Migration page says
// Omnitron refuses, and takes the page's own example.
func TestValidate(t *testing.T) {
	s := New(Config{ExtraAlgorithms: []string{"reset_required"}})
	tests := []struct{ from, to, want string }{
		{"", "", ""},
		{`"first_name":"Lorem"`, `"first_name":""`, "first_name"},
		{`"first_name":"Lorem",`, ``, "first_name: this field is required"},
		{`"email":"lorem.ipsum@mail.com"`, `"email":"lorem.ipsum"`, "email"},
		{`"gender":"male"`, `"gender":"M"`, "gender"},
		{`"gender":"male"`, `"gender":""`, ""},
		{`"phone":"5321234567"`, `"phone":"05321234567"`, "phone"},
		{`"phone":"5321234567"`, `"phone":null`, ""},
		{`"date_of_birth":"1990-01-13"`, `"date_of_birth":"13.01.1990"`, ""},
		{`"date_of_birth":"1990-01-13"`, `"date_of_birth":"1990-02-30"`, "date_of_birth"},
		{`"date_joined":"2022-01-13 09:26:00"`, `"date_joined":"2022-01-13"`, "date_joined"},
		{`"sms_allowed":false`, `"sms_allowed":"false"`, "sms_allowed"},
		{`"password":"sha1$salt$7c4a8d09ca3762af61e59520943ddc26494f8941"`, `"password":"md5$salt$7c4a8d09ca3762af61e59520943ddc26494f8941"`, "password"},
		{`"password_algorithm":"sha1"`, `"password_algorithm":"bcrypt"`, "password_algorithm"},
		{`"password":"sha1$salt$7c4a8d09ca3762af61e59520943ddc26494f8941","password_algorithm":"sha1"`, `"password":"bcrypt$2b$10$abc","password_algorithm":"reset_required"`, ""},
		{`"attributes":{}`, `"attributes":[]`, "attributes"},
		{`"user_type":"registered"`, `"user_type":"vip"`, "user_type"},
		{`"customer_code":"1"`, `"customer_code":1`, "customer_code"},
		{`"verified":true`, `"verified":true,"nickname":"x"`, "nickname: unknown field"},
	}
	for _, tc := range tests {
		rec := strings.Replace(good, tc.from, tc.to, 1)
		_, err := s.validate(json.RawMessage(rec))
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s → %s: refused: %v", tc.from, tc.to, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s → %s: got %v, want %q", tc.from, tc.to, err, tc.want)
		}
	}
}
