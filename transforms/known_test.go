package transforms

import (
	"bytes"
	"testing"
)

// FuzzKnownFields: the fields a transform marks Known are copied into the
// JSON unscanned, so a mark on a value that needed escaping (a quote, a
// backslash, a control character, U+2028) would write a broken or
// different record. Each record must come out byte for byte as it does
// with no field marked. The seeds are the values that must not be
// marked: names, salts and passed-through hashes with such bytes, and a gender
// table value that is not the contract's (config validation stops those
// before a run; the normalizer does not rely on it).
func FuzzKnownFields(f *testing.F) {
	f.Add("Ayşe", "Yılmaz", "s", md5hex, "KADIN", "0532 123 45 67", "13.01.1990", "2022-01-13 09:26:00", "Guest")
	f.Add(`O"Brien`, `a\b`, `a"b\c`, md5hex, "e", "", "", "2022-01-13T09:26:00+03:00", "")
	f.Add("a\u2028b\x01", "\xff\xfe", "ş\x01\u2028", "MD5$ş\x01\u2028$"+md5hex, "3", "+90 532 123 4567", "1990-01-13", "13/01/2022 09:26", "registered")
	f.Add("&#x2028;&quot;", "Ã‡aÄŸrÄ±\u0085", "a\\nb", sha1hex, "x", "5321234567.0", "0000-00-00", "2022-01-13", "guest")
	f.Add("a\ufffdb", "é\u2029", "x", "sha1$x$"+sha1hex, "z", "", "", "2022-01-13", "guest")
	f.Add("a", "b", "", `$2y$10$a"b\c`+"\u2028", "", "", "", "2022-01-13 09:26:00", "")
	cols := []string{"first_name", "last_name", "email", "gender", "phone", "date_of_birth", "date_joined",
		"password", "password_salt", "user_type", "uye_id"}
	n, err := New(cols, []string{"uye_id"}, Options{Location: istanbul, Now: testNow,
		Password:    PasswordPolicy{Algorithm: "auto", Unsupported: "bcrypt_legacy"},
		GenderCodes: map[string]string{"3": "female", "z": `fe"male`}})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, first, last, salt, password, gender, phone, dob, joined, userType string) {
		r := row("7", cols, map[string]string{"first_name": first, "last_name": last,
			"email": "a@b.co", "gender": gender, "phone": phone, "date_of_birth": dob, "date_joined": joined,
			"password": password, "password_salt": salt, "user_type": userType, "uye_id": "7"})
		res := n.Transform(r, nil)
		scanAll = true
		want := n.Transform(r, nil)
		scanAll = false
		switch {
		case (res.Reject == nil) != (want.Reject == nil):
			t.Fatalf("rejects %+v and %+v", res.Reject, want.Reject)
		case res.Reject != nil:
			return
		}
		if !bytes.Equal(res.JSON, want.JSON) {
			t.Fatalf("record\n got %s\nwant %s (no field marked Known)", res.JSON, want.JSON)
		}
	})
}
