package mysql

import (
	"bytes"
	"net"
	"strings"
	"testing"

	"etl/sources"
)

type captureConn struct {
	net.Conn
	got bytes.Buffer
}

func (c *captureConn) Write(p []byte) (int, error) { return c.got.Write(p) }

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
