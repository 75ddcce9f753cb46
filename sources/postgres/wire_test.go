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
	want := []string{"abc", "true", "", "2000-02-29", "", "100000000000000000000", "ü"}
	w := &wire{}
	p := []byte{0, byte(len(vals))}
	for _, v := range vals {
		w.kinds = append(w.kinds, v.k)
		if v.null {
			p = append(p, 0xff, 0xff, 0xff, 0xff)
			continue
		}
		p = append(append(p, 0, 0, 0, byte(len(v.v))), v.v...)
	}
	for _, prefix := range []string{"", "earlier rows"} {
		at := make([][2]int, len(vals))
		buf, err := w.Render([]byte(prefix), at, p)
		if err != nil {
			t.Fatal(err)
		}
		if string(buf[:len(prefix)]) != prefix {
			t.Fatalf("prefix %q: the buffer's start was overwritten: %.40q", prefix, buf)
		}
		for i, v := range vals {
			if v.null {
				if at[i] != [2]int{-1, -1} {
					t.Errorf("prefix %q: NULL column %d at %v", prefix, i, at[i])
				}
				continue
			}
			if at[i][0] < len(prefix) {
				t.Errorf("prefix %q: column %d at %v, inside the prefix", prefix, i, at[i])
			} else if got := string(buf[at[i][0]:at[i][1]]); got != want[i] {
				t.Errorf("prefix %q: column %d = %q, want %q", prefix, i, got, want[i])
			}
		}
	}
	for n := range len(p) {
		if _, err := w.Render(nil, make([][2]int, len(vals)), p[:n]); err == nil {
			t.Errorf("a message cut to %d of its %d bytes rendered without an error", n, len(p))
		}
	}
}
