package mysql

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"strings"
	"testing"

	"etl/sources"
)

// result builds a text-protocol result set as the server sends it after
// a COM_QUERY: the column count, two definitions, an EOF, rows of an
// integer and a string, and the EOF that ends them.
func result(rows int) []byte {
	var b []byte
	seq := byte(1)
	pkt := func(p []byte) {
		b = append(b, byte(len(p)), byte(len(p)>>8), byte(len(p)>>16), seq)
		b = append(b, p...)
		seq++
	}
	lenStr := func(p []byte, s string) []byte { return append(append(p, byte(len(s))), s...) }
	pkt([]byte{2})
	for _, c := range []struct {
		name string
		typ  byte
	}{{"id", typeLong}, {"v", 253}} {
		var p []byte
		for _, s := range []string{"def", "db", "t", "t", c.name, c.name} {
			p = lenStr(p, s)
		}
		p = append(p, 0x0c, 33, 0, 11, 0, 0, 0, c.typ, 0, 0, 0, 0, 0)
		pkt(p)
	}
	pkt([]byte{pktEOF, 0, 0, 2, 0})
	for i := 1; i <= rows; i++ {
		pkt(lenStr(lenStr(nil, strings.Repeat("7", i)), "value"))
	}
	pkt([]byte{pktEOF, 0, 0, 2, 0})
	return b
}

// readPage reads one page from what the server side writes, then closes:
// the rows it got, and the error that ended it.
func readPage(t *testing.T, server []byte) (rows int, err error) {
	t.Helper()
	client, srv := net.Pipe()
	defer client.Close()
	go func() {
		srv.Write(server)
		srv.Close()
	}()
	w := &wire{c: &sources.WireConn{Conn: client, R: bufio.NewReaderSize(client, 64)}}
	w.Sent = 1 // as if the page's statement had gone out
	if err := w.Start(context.Background()); err != nil {
		return 0, err
	}
	for {
		p, end, err := w.Next()
		if end {
			return rows, err
		}
		if _, err := w.Render(nil, make([][2]int, 2), p); err != nil {
			return rows, err
		}
		rows++
	}
}

// TestPageCutAtEveryByte: a connection closed at any byte of a page,
// headers, values and the end-of-result included, is an error, never
// io.EOF (to the pipeline, the end of the table); the whole page ends
// with io.EOF. A read buffer smaller than the page makes the reads go to
// the socket in between.
func TestPageCutAtEveryByte(t *testing.T) {
	page := result(12)
	rows, err := readPage(t, page)
	if rows != 12 || err != io.EOF {
		t.Fatalf("whole page: %d rows, %v", rows, err)
	}
	for cut := range len(page) {
		rows, err := readPage(t, page[:cut])
		if err == nil || err == io.EOF || errors.Is(err, io.EOF) || !errors.Is(err, io.ErrUnexpectedEOF) {
			t.Fatalf("cut at byte %d of %d: %d rows, then %v", cut, len(page), rows, err)
		}
	}
}

// TestErrorOutOfSequence: a server that ends the connection may send an
// ERR packet numbered as its own (seq 0) in the middle of an answer; its
// code and message reach the error.
func TestErrorOutOfSequence(t *testing.T) {
	page := result(3)
	cut := len(page) - 9 // before the end-of-result
	msg := "Connection was killed"
	errPkt := append([]byte{pktErr, 0x87, 0x07, '#', '7', '0', '1', '0', '0'}, msg...)
	server := append(page[:cut:cut], byte(len(errPkt)), 0, 0, 0)
	server = append(server, errPkt...)
	_, err := readPage(t, server)
	if err == nil || !strings.Contains(err.Error(), "1927") || !strings.Contains(err.Error(), msg) {
		t.Fatalf("err = %v", err)
	}
}
