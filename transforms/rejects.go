package transforms

import "etl/pipeline"

// passing are values each rule that can reject a row accepts, put in
// place of a failing value so that the rules after it judge their own
// fields.
var passing = map[string]string{
	"first_name":    "Ad",
	"last_name":     "Soyad",
	"email":         "preview@example.com",
	"phone":         "05321234567",
	"date_joined":   "2020-01-01 00:00:00",
	"password":      "e10adc3949ba59abbe56e057f20f883e",
	"customer_code": "preview",
	"user_type":     "registered",
}

// Rejects lists every field of row a rule rejects, the first being the
// reject Transform gives. A run rejects a row for its first failing field
// only; someone fixing the legacy data wants them all at once. Each rule
// after a failing one is run with the failing value replaced by one that
// passes, so it judges its own field alone. Transform is unchanged.
func (n *Normalizer) Rejects(row *pipeline.Row) []pipeline.Reject {
	fields := make([]pipeline.Field, row.NumFields())
	for i := range fields {
		fields[i] = row.Field(i)
	}
	var out []pipeline.Reject
	seen := map[string]bool{}
	for {
		r := pipeline.MakeRow(row.Key, fields)
		r.Pos = row.Pos
		res := n.transform(&r, nil)
		if res.Reject == nil || seen[res.Reject.Field] {
			return out
		}
		out = append(out, *res.Reject)
		seen[res.Reject.Field] = true
		v, ok := passing[res.Reject.Field]
		col := -1
		for k, name := range RecordKeys {
			if name == res.Reject.Field {
				col = n.col[k]
			}
		}
		if !ok || col < 0 {
			return out // nothing to put in its place: the rules after it stay unjudged
		}
		fields[col] = pipeline.Field{V: v, Valid: true}
	}
}
