package omnitronstub

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/mail"
	"regexp"
	"strings"
	"time"
)

// The fields of the User Migration page: name → whether mandatory.
var fields = map[string]bool{
	"first_name": true, "last_name": true, "email": true, "gender": false, "sms_allowed": true,
	"email_allowed": true, "phone": false, "date_of_birth": false, "date_joined": true, "password": true,
	"password_algorithm": true, "customer_code": true, "verified": true, "facebook_uuid": false,
	"attributes": true, "call_allowed": false, "user_type": true,
}

var (
	phoneRe = regexp.MustCompile(`^5[0-9]{9}$`)
	hexLen  = map[string]int{"md5": 32, "sha1": 40, "sha256": 64}
	hexRe   = regexp.MustCompile(`^[0-9a-fA-F]+$`)
)

// validate checks one record the way the User Migration page describes
// it: every field, its type and format.
func (s *Server) validate(raw json.RawMessage) (Record, error) {
	rec, err := decode(raw)
	if err != nil {
		return nil, err
	}
	for k := range rec {
		if _, ok := fields[k]; !ok {
			return nil, fmt.Errorf("%s: unknown field", k)
		}
	}
	for k, required := range fields {
		v, ok := rec[k]
		if required && (!ok || v == nil) {
			return nil, fmt.Errorf("%s: this field is required", k)
		}
	}
	str := func(k string, nullable bool) (string, error) {
		v := rec[k]
		if v == nil {
			if nullable {
				return "", nil
			}
			return "", fmt.Errorf("%s: may not be null", k)
		}
		s, ok := v.(string)
		if !ok {
			return "", fmt.Errorf("%s: not a string", k)
		}
		return s, nil
	}
	for _, k := range []string{"first_name", "last_name", "customer_code"} {
		v, err := str(k, false)
		if err != nil {
			return nil, err
		}
		if strings.TrimSpace(v) == "" {
			return nil, fmt.Errorf("%s: may not be blank", k)
		}
	}
	for _, k := range []string{"sms_allowed", "email_allowed", "verified", "call_allowed"} {
		if v, ok := rec[k]; ok {
			if _, isBool := v.(bool); !isBool {
				return nil, fmt.Errorf("%s: not a boolean", k)
			}
		}
	}
	email, err := str("email", false)
	if err != nil {
		return nil, err
	}
	if !validEmail(email) {
		return nil, errors.New("email: enter a valid email address")
	}
	if g, err := str("gender", true); err != nil || (g != "" && g != "male" && g != "female") {
		return nil, errors.New("gender: not male, female, empty or null")
	}
	if p, err := str("phone", true); err != nil || (rec["phone"] != nil && !phoneRe.MatchString(p)) {
		return nil, errors.New("phone: not 5XXXXXXXXX")
	}
	if dob, err := str("date_of_birth", true); err != nil {
		return nil, err
	} else if rec["date_of_birth"] != nil && !anyLayout(dob, "2006-01-02", "2006/01/02", "02.01.2006", "02-01-2006", "02/01/2006") {
		return nil, errors.New("date_of_birth: not a date in an accepted format")
	}
	if dj, err := str("date_joined", false); err != nil || !anyLayout(dj, "2006-01-02 15:04:05") {
		return nil, errors.New("date_joined: not a datetime YYYY-MM-DD HH:MM:SS")
	}
	if _, err := str("facebook_uuid", true); err != nil {
		return nil, err
	}
	if _, ok := rec["attributes"].(map[string]any); !ok {
		return nil, errors.New("attributes: not a dictionary")
	}
	if ut, err := str("user_type", false); err != nil || (ut != "guest" && ut != "registered") {
		return nil, errors.New("user_type: not guest or registered")
	}
	algo, err := str("password_algorithm", false)
	if err != nil {
		return nil, err
	}
	pw, err := str("password", false)
	if err != nil {
		return nil, err
	}
	parts := strings.Split(pw, "$")
	if n, known := hexLen[algo]; known {
		if len(parts) != 3 || parts[0] != algo || len(parts[2]) != n || !hexRe.MatchString(parts[2]) {
			return nil, fmt.Errorf("password: not %s$salt$hash", algo)
		}
		return rec, nil
	}
	for _, a := range s.cfg.ExtraAlgorithms {
		if algo == a {
			return rec, nil
		}
	}
	return nil, fmt.Errorf("password_algorithm: %q is not sha1, md5 or sha256", algo)
}

// decode reads one record, its numbers kept as written.
func decode(raw json.RawMessage) (Record, error) {
	var rec Record
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	if err := d.Decode(&rec); err != nil || rec == nil {
		return nil, errors.New("not a JSON object")
	}
	return rec, nil
}

func validEmail(v string) bool {
	a, err := mail.ParseAddress(v)
	return err == nil && a.Address == v && a.Name == ""
}

func anyLayout(v string, layouts ...string) bool {
	for _, l := range layouts {
		if _, err := time.Parse(l, v); err == nil {
			return true
		}
	}
	return false
}
