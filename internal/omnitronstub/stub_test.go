package omnitronstub

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
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

// send starts an upload of a kind through the API and returns its
// migration id, without waiting for it to be processed.
func send(t *testing.T, s *Server, kind string, recs ...string) string {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	fw, _ := mw.CreateFormFile("file", kind+"-000001.json")
	fw.Write([]byte("[" + strings.Join(recs, ",") + "]"))
	mw.Close()
	r := httptest.NewRequest(http.MethodPost, "/api/v1/remote/1/migrations/start/"+kind+"/", &b)
	r.Header.Set("Content-Type", mw.FormDataContentType())
	r.Header.Set("Authorization", "Token t")
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	var started struct {
		ID string `json:"migration_id"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &started); err != nil || started.ID == "" {
		t.Fatalf("upload: %d %s", w.Code, w.Body)
	}
	return started.ID
}

// progress waits until every upload is processed and returns the counts
// of one.
func progress(t *testing.T, s *Server, id string) map[string]int {
	t.Helper()
	for s.Pending() > 0 {
		time.Sleep(time.Millisecond)
	}
	r := httptest.NewRequest(http.MethodGet, "/api/v1/remote/1/migrations/"+id+"/progress/", nil)
	r.Header.Set("Authorization", "Token t")
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	var p map[string]int
	if err := json.Unmarshal(w.Body.Bytes(), &p); err != nil {
		t.Fatalf("progress: %d %s", w.Code, w.Body)
	}
	return p
}

// upload sends a batch of a kind through the API and waits until it is
// processed.
func upload(t *testing.T, s *Server, kind string, recs ...string) map[string]int {
	t.Helper()
	return progress(t, s, send(t, s, kind, recs...))
}

// TestFailRecordsAndResend: FailRecords refuses the first N records of a
// batch (counted in error_count, not created); sending the batch again
// creates only those, since an email the stand-in holds is refused.
func TestFailRecordsAndResend(t *testing.T) {
	s := New(Config{Channel: "1", Token: "t", Faults: Faults{FailRecords: 2}})
	var recs []string
	for i := 0; i < 3; i++ {
		recs = append(recs, strings.Replace(good, "lorem.ipsum@", fmt.Sprintf("u%d@", i), 1))
	}
	if p := upload(t, s, User, recs...); p["error_count"] != 2 || p["total_count"] != 3 || p["processed_count"] != 3 || len(s.Users()) != 1 {
		t.Fatalf("progress %v, %d users", p, len(s.Users()))
	}
	s.SetFaults(Faults{})
	if p := upload(t, s, User, recs...); p["error_count"] != 1 || len(s.Users()) != 3 {
		t.Fatalf("resent: progress %v, %d users; want 1 error (the user already held) and 3 users", p, len(s.Users()))
	}
}
