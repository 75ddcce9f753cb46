package postgres

import (
	"errors"
	"testing"

	"github.com/lib/pq"

	"etl/sources/internal/wiretest"
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

// Render appends to whatever buf holds and places each value in the
// result: text as it lies in the message, the other kinds rendered after
// it, and NULLs.
func TestRenderPlacesValues(t *testing.T) {
	vals := []struct {
		k    kind
		v    string
		null bool
	}{{kindText, "abc", false}, {kindBool, "t", false}, {kindText, "", true}, {kindDate, "2000-02-29", false},
		{kindText, "", false}, {kindFloat, "1e20", false}, {kindText, "ü", false}}
	v := wiretest.Value
	want := []*string{v("abc"), v("true"), nil, v("2000-02-29"), v(""), v("100000000000000000000"), v("ü")}
	w := &wire{}
	p := []byte{0, byte(len(vals))}
	for _, c := range vals {
		w.kinds = append(w.kinds, c.k)
		if c.null {
			p = append(p, 0xff, 0xff, 0xff, 0xff)
			continue
		}
		p = append(append(p, 0, 0, 0, byte(len(c.v))), c.v...)
	}
	wiretest.Check(t, w.Render, p, want)
}
