package passthrough

import (
	"strings"
	"testing"

	"etl/pipeline"
)

// Columns are found by name, whatever their order; a record key without a
// column is left empty; the key and position are the row's, and the email
// is made unique by the key.
func TestTransformCopiesByName(t *testing.T) {
	tr := Transform([]string{"customer_code", "email", "first_name", "phone"})
	row := pipeline.MakeRow("7", []pipeline.Field{
		{V: "7", Valid: true}, {V: "A@B.c", Valid: true}, {V: " Ayşe ", Valid: true}, {V: "0532 1", Valid: true}})
	row.Pos = pipeline.Pos{Key: "7"}
	res := tr(&row, nil)
	if res.Key != "7" || res.Pos.Key != "7" || res.Unique != "7A@B.c" {
		t.Errorf("key %q, position %+v, email %q", res.Key, res.Pos, res.Unique)
	}
	for _, want := range []string{`"first_name":" Ayşe "`, `"last_name":""`, `"email":"7A@B.c"`, `"phone":"0532 1"`, `"customer_code":"7"`} {
		if !strings.Contains(string(res.JSON), want) {
			t.Errorf("%s not in %s", want, res.JSON)
		}
	}
}
