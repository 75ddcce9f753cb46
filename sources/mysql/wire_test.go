package mysql

import (
	"bytes"
	"net"
	"strings"
	"testing"
	"time"

	"etl/sources"
	"etl/sources/internal/wiretest"
)

type captureConn struct {
	net.Conn
	got bytes.Buffer
}

func (c *captureConn) Write(p []byte) (int, error) { return c.got.Write(p) }

func (c *captureConn) SetWriteDeadline(time.Time) error { return nil }

// send frames a statement as COM_QUERY packets: one for a short one; for
// one of maxPayload bytes or more, full packets and then a shorter one
// (empty when the payload divides evenly), numbered in sequence.
func TestSendFraming(t *testing.T) {
	for _, tc := range []struct {
		qlen  int
		sizes []int
	}{
		{10, []int{11}},
		{maxPayload - 1, []int{maxPayload, 0}},
		{maxPayload + 4, []int{maxPayload, 5}},
	} {
		c := &captureConn{}
		w := &wire{c: &sources.WireConn{Conn: c}}
		q := strings.Repeat("x", tc.qlen)
		if err := w.send(q); err != nil {
			t.Fatal(err)
		}
		out, body := c.got.Bytes(), []byte{}
		for i, want := range tc.sizes {
			if len(out) < 4 {
				t.Fatalf("qlen %d: packet %d missing", tc.qlen, i)
			}
			n := int(out[0]) | int(out[1])<<8 | int(out[2])<<16
			if n != want || int(out[3]) != i {
				t.Fatalf("qlen %d: packet %d has size %d seq %d, want %d seq %d", tc.qlen, i, n, out[3], want, i)
			}
			body, out = append(body, out[4:4+n]...), out[4+n:]
		}
		if len(out) != 0 || body[0] != comQuery || string(body[1:]) != q {
			t.Fatalf("qlen %d: %d bytes left over, or the payload is not COM_QUERY and the statement", tc.qlen, len(out))
		}
	}
}

// Render appends to whatever buf holds and places each value in the
// result: values taken as they lie in the packet (text, canonical
// integers, an empty zoned value) and values rendered after it (a zone,
// a ZEROFILL integer, a float), NULLs, and a value long enough for a
// two-byte length.
func TestRenderPlacesValues(t *testing.T) {
	long := strings.Repeat("L", 300)
	vals := []struct {
		k    kind
		v    string
		null bool
	}{
		{kindBytes, "abc", false}, {kindInt, "-42", false}, {kindUint, "007", false}, {kindZoned, "2022-01-13 09:26:00", false},
		{kindBytes, "", true}, {kindZoned, "", false}, {kindFloat32, "1.1", false}, {kindBytes, "", false}, {kindBytes, long, false},
	}
	v := wiretest.Value
	want := []*string{v("abc"), v("-42"), v("7"), v("2022-01-13 09:26:00Z"), nil, v(""), v("1.1"), v(""), v(long)}
	var p []byte
	w := &wire{}
	for _, c := range vals {
		w.kinds = append(w.kinds, c.k)
		switch {
		case c.null:
			p = append(p, lenencNull)
		case len(c.v) < 251:
			p = append(append(p, byte(len(c.v))), c.v...)
		default:
			p = append(append(p, 0xfc, byte(len(c.v)), byte(len(c.v)>>8)), c.v...)
		}
	}
	wiretest.Check(t, w.Render, p, want)
}
