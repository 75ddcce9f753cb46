package postgres

import (
	"encoding/binary"
	"fmt"
	"testing"
)

// TestDescribeWide: a RowDescription of more than 4096 columns (the
// protocol's count is 16 bits; the server itself allows 1664 in a SELECT)
// is read, and its rows rendered, with no cap of the reader's own.
func TestDescribeWide(t *testing.T) {
	const n = 5000
	desc := binary.BigEndian.AppendUint16(nil, n)
	row := binary.BigEndian.AppendUint16(nil, n)
	var want []string
	for i := range n {
		desc = append(desc, fmt.Sprintf("c%d", i)...)
		desc = append(desc, 0)
		desc = append(desc, make([]byte, 6)...)                 // table oid, attribute number
		desc = binary.BigEndian.AppendUint32(desc, 25)          // text
		desc = append(desc, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff) // size, modifier
		desc = append(desc, 0, 0)                               // text format
		v := fmt.Sprint(i * 7)
		row = binary.BigEndian.AppendUint32(row, uint32(len(v)))
		row = append(row, v...)
		want = append(want, v)
	}
	w := &wire{}
	if err := w.describe(desc); err != nil {
		t.Fatal(err)
	}
	if len(w.kinds) != n {
		t.Fatalf("%d columns, want %d", len(w.kinds), n)
	}
	at := make([][2]int, n)
	buf, err := w.Render(nil, at, row)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range want {
		if got := string(buf[at[i][0]:at[i][1]]); got != v {
			t.Fatalf("column %d: %q, want %q", i+1, got, v)
		}
	}
}
