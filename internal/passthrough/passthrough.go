// Package passthrough is the transform make bench times against full
// normalization: every rule replaced by a copy of the column's text. It
// is for the bench only (bin/etl-passthrough and the in-process runs of
// scripts/bench), never a transform to migrate with: nothing is checked,
// and the emails are made unique by prefixing the key.
package passthrough

import (
	"etl/pipeline"
	"etl/transforms"
)

// Transform copies the columns named as record keys into the record
// unchanged and encodes it; the flags stay false and attributes empty.
func Transform(columns []string) pipeline.Transform {
	at := func(name string) int {
		for i, c := range columns {
			if c == name {
				return i
			}
		}
		return -1
	}
	first, last, email, gender, phone := at("first_name"), at("last_name"), at("email"), at("gender"), at("phone")
	dob, joined, password, userType := at("date_of_birth"), at("date_joined"), at("password"), at("user_type")
	return func(row *pipeline.Row, buf []byte) pipeline.Result {
		v := func(i int) string {
			if i < 0 {
				return ""
			}
			return row.Field(i).V
		}
		r := transforms.Record{FirstName: v(first), LastName: v(last), Email: row.Key + v(email), Gender: v(gender),
			Phone: v(phone), DateOfBirth: v(dob), DateJoined: v(joined), Password: v(password),
			PasswordAlgorithm: "md5", CustomerCode: row.Key, UserType: v(userType)}
		js, e := r.AppendJSONEmail(buf)
		return pipeline.Result{Key: row.Key, Pos: row.Pos, Unique: e, JSON: js}
	}
}
