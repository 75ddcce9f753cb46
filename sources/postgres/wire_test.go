package postgres

import (
	"errors"
	"testing"

	"github.com/lib/pq"
)

func TestServerErrorReadsEveryField(t *testing.T) {
	var p []byte
	for _, f := range []struct {
		t byte
		v string
	}{{'S', "ERROR"}, {'V', "ERROR"}, {'C', "42P01"}, {'M', `relation "x" does not exist`}, {'D', "detail"},
		{'H', "hint"}, {'P', "15"}, {'W', "where"}, {'s', "public"}, {'t', "x"}, {'c', "col"}, {'n', "x_pkey"}} {
		p = append(append(append(p, f.t), f.v...), 0)
	}
	p = append(p, 0)
	var e *pq.Error
	if !errors.As(serverError(p), &e) {
		t.Fatalf("not a *pq.Error")
	}
	want := pq.Error{Severity: "ERROR", Code: "42P01", Message: `relation "x" does not exist`, Detail: "detail", Hint: "hint",
		Position: "15", Where: "where", Schema: "public", Table: "x", Column: "col", Constraint: "x_pkey"}
	if *e != want {
		t.Errorf("got %+v\nwant %+v", *e, want)
	}
}
