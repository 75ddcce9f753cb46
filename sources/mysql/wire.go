package mysql

import (
	"context"
	"database/sql/driver"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unsafe"

	"github.com/go-sql-driver/mysql"

	"etl/sources"
)

// wire reads pages in the MySQL text protocol (COM_QUERY and the result
// set it answers with) on the socket under a go-sql-driver connection,
// which made the connection, logged in and set the session up. Only whole
// statements run here, between the driver's own: the protocol has no
// messages of the server's own making, so between statements nothing is
// on the socket that either side could miss.
//
// Values come out as the driver path renders them (driver, then
// converter): integers in canonical decimal (ZEROFILL's zeros dropped),
// FLOAT and DOUBLE as Go prints them, TIMESTAMP with a Z, the rest as
// the server's bytes.
type wire struct {
	sources.Turn // whose turn it is on the connection
	c            *sources.WireConn
	backslash    bool // string literals escape with backslashes (no NO_BACKSLASH_ESCAPES)
	kinds        []kind
	cols         []sources.Column // the started page's
	seq          byte
	big          []byte // a packet larger than the read buffer
	out          []byte
}

type kind uint8

const (
	kindBytes kind = iota
	kindInt
	kindUint
	kindFloat32
	kindFloat64
	kindZoned
)

// Protocol constants (MySQL client/server protocol).
const (
	comQuery    = 0x03
	maxPayload  = 1<<24 - 1
	pktOK       = 0x00
	pktEOF      = 0xfe
	pktErr      = 0xff
	pktInfile   = 0xfb
	lenencNull  = 0xfb
	flagUnsign  = 0x20
	typeFloat   = 4
	typeDouble  = 5
	typeStamp   = 7
	typeLong    = 3
	typeTiny    = 1
	typeShort   = 2
	typeLongLng = 8
	typeInt24   = 9
	typeYear    = 13
)

// newWire claims the socket under dc, or returns nil when the driver
// does not talk to it in plain text (TLS, compression).
func newWire(ctx context.Context, dc any) (sources.Wire, error) {
	wc, _, mode, err := sources.ClaimBy(ctx, dc, "SELECT @@SESSION.sql_mode")
	if err != nil || wc == nil {
		return nil, err
	}
	m, _ := mode.(string)
	return &wire{c: wc, backslash: !strings.Contains(strings.ToUpper(m), "NO_BACKSLASH_ESCAPES")}, nil
}

// Arg writes v as a literal: pages go as COM_QUERY, in the text
// protocol.
func (w *wire) Arg(_ int, v string) string { return w.literal(v) }

// literal quotes s as the driver's interpolation does.
func (w *wire) literal(s string) string {
	b := make([]byte, 0, len(s)+8)
	b = append(b, '\'')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case !w.backslash && c == '\'':
			b = append(b, '\'', '\'')
		case w.backslash && escapes[c] != 0:
			b = append(b, '\\', escapes[c])
		default:
			b = append(b, c)
		}
	}
	return string(append(b, '\''))
}

var escapes = [256]byte{0: '0', '\n': 'n', '\r': 'r', 0x1a: 'Z', '\'': '\'', '"': '"', '\\': '\\'}

// Send writes q (its arguments are in it) as a COM_QUERY. The server
// reads it once it has sent the answers before it.
func (w *wire) Send(q string, _ []string) error {
	return w.Turn.Send(func() error { return w.send(q) })
}

// Start reads the oldest sent statement's column definitions.
func (w *wire) Start(ctx context.Context) error {
	if err := w.Turn.Start(ctx, w.c); err != nil {
		return err
	}
	w.seq = 1 // the answer's packets follow the command's
	p, err := w.packet()
	if err != nil {
		return w.Fail(err)
	}
	switch p[0] {
	case pktErr:
		return w.end(serverError(p))
	case pktOK:
		return w.end(errors.New("the statement answered without rows"))
	case pktInfile:
		w.Bad = true
		return errors.New("the server asked for a local file: refused")
	}
	// Any count the length-encoded integer holds: a SELECT may have more
	// columns than a table can.
	n, _, ok := lenenc(p)
	if !ok || n == 0 {
		w.Bad = true
		return errors.New("malformed column count")
	}
	w.kinds, w.cols = w.kinds[:0], w.cols[:0]
	for i := uint64(0); i < n; i++ {
		p, err := w.packet()
		if err != nil {
			return w.Fail(err)
		}
		k, col, ok := columnKind(p)
		if !ok {
			w.Bad = true
			return fmt.Errorf("malformed definition of column %d", i+1)
		}
		w.kinds, w.cols = append(w.kinds, k), append(w.cols, col)
	}
	// Without CLIENT_DEPRECATE_EOF an EOF packet (exactly 5 bytes) ends
	// the definitions; with it, rows follow at once, and a 0xFE packet
	// is the OK that ends them (at least 7 bytes).
	if h, err := w.c.Peek(5); err == nil && h[0] == 5 && h[1] == 0 && h[2] == 0 && h[4] == pktEOF {
		if _, err := w.packet(); err != nil {
			return w.Fail(err)
		}
	} else if err != nil {
		return w.Fail(err)
	}
	return nil
}

// Columns are the started page's columns.
func (w *wire) Columns() []sources.Column { return w.cols }

// Next reads the next packet of a result set's rows; end is true
// after the last (err is io.EOF then, or the server's error).
func (w *wire) Next() (p []byte, end bool, err error) {
	if !w.InResult {
		return nil, true, io.EOF
	}
	if p, err = w.packet(); err != nil {
		return nil, true, w.Fail(err)
	}
	switch {
	case p[0] == pktEOF && len(p) < maxPayload:
		return nil, true, w.end(io.EOF)
	case p[0] == pktErr:
		return nil, true, w.end(serverError(p))
	}
	return p, false, nil
}

// Render renders the row packet p into buf. The packet is copied whole
// and each value that needs no rendering (text, an integer as strconv
// prints it) is left where it lies in the copy, between the length bytes;
// only the others are rendered, after it. One copy a row, not one append
// a value: this was a fifth of the instructions etl spent outside sha256.
func (w *wire) Render(buf []byte, at [][2]int, p []byte) ([]byte, error) {
	var err error
	if len(at) < len(w.kinds) {
		w.Bad = true
		return buf, fmt.Errorf("internal error: a page of %d columns, room for %d", len(w.kinds), len(at))
	}
	base := len(buf)
	buf = append(buf, p...)
	pos := 0
	kinds := w.kinds
	at = at[:len(kinds)] // no bounds check on at[i] below
	for i, k := range kinds {
		if pos >= len(p) {
			w.Bad = true
			return buf, errors.New("malformed row: fewer values than columns")
		}
		n, sz := uint64(p[pos]), 1
		switch {
		case n == lenencNull:
			pos++
			at[i] = [2]int{-1, -1}
			continue
		case n >= 0xfb:
			var ok bool
			if n, sz, ok = lenenc(p[pos:]); !ok {
				w.Bad = true
				return buf, errors.New("malformed row: a value runs past its packet")
			}
		}
		if uint64(len(p)-pos-sz) < n {
			w.Bad = true
			return buf, errors.New("malformed row: a value runs past its packet")
		}
		from := pos + sz
		pos = from + int(n)
		if k == kindBytes || k == kindZoned && n == 0 || (k == kindInt || k == kindUint) && canonicalInt(p[from:pos]) {
			at[i] = [2]int{base + from, base + pos} // as it lies in the copy
			continue
		}
		start := len(buf)
		if buf, err = render(buf, k, p[from:pos]); err != nil {
			w.Bad = true // the rest of the answer is still on the socket
			return buf, fmt.Errorf("column %d: %w", i+1, err)
		}
		at[i] = [2]int{start, len(buf)}
	}
	return buf, nil
}

// render appends value v of kind k as the driver and converter would.
func render(buf []byte, k kind, v []byte) ([]byte, error) {
	switch k {
	case kindBytes:
		return append(buf, v...), nil
	case kindZoned:
		if len(v) == 0 {
			return buf, nil
		}
		return append(append(buf, v...), 'Z'), nil
	case kindInt, kindUint:
		if canonicalInt(v) {
			return append(buf, v...), nil
		}
		s := unsafe.String(unsafe.SliceData(v), len(v))
		if k == kindUint {
			x, err := strconv.ParseUint(s, 10, 64)
			return strconv.AppendUint(buf, x, 10), err
		}
		x, err := strconv.ParseInt(s, 10, 64)
		return strconv.AppendInt(buf, x, 10), err
	}
	s := unsafe.String(unsafe.SliceData(v), len(v))
	if k == kindFloat32 {
		d, err := strconv.ParseFloat(s, 32)
		return strconv.AppendFloat(buf, float64(float32(d)), 'f', -1, 32), err
	}
	d, err := strconv.ParseFloat(s, 64)
	return strconv.AppendFloat(buf, d, 'f', -1, 64), err
}

// canonicalInt says v is a decimal integer as strconv prints it: no sign
// but a leading minus, no leading zeros (ZEROFILL), no -0, and short
// enough to be in range for either int64 or uint64.
func canonicalInt(v []byte) bool {
	d := v
	if len(d) > 0 && d[0] == '-' {
		d = d[1:]
	}
	if len(d) == 0 || len(d) > 18 || (d[0] == '0' && (len(d) > 1 || len(v) > 1)) {
		return false
	}
	for _, c := range d {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// columnKind reads a ColumnDefinition41 packet: the column's kind, and
// its name and type as the driver names them.
func columnKind(p []byte) (kind, sources.Column, bool) {
	pos := 0
	var col sources.Column
	for i := range 6 { // catalog, schema, table, org_table, name, org_name
		n, sz, ok := lenenc(p[pos:])
		if !ok || uint64(len(p)-pos-sz) < n {
			return 0, col, false
		}
		if i == 4 {
			col.Name = string(p[pos+sz : pos+sz+int(n)])
		}
		pos += sz + int(n)
	}
	// length of the fixed fields (0x0c), charset (2), column length (4),
	// type (1), flags (2), decimals (1)
	if len(p) < pos+10 {
		return 0, col, false
	}
	charset := binary.LittleEndian.Uint16(p[pos+1:])
	typ, flags := p[pos+7], binary.LittleEndian.Uint16(p[pos+8:])
	col.Type = typeName(typ, flags, charset)
	switch typ {
	case typeTiny, typeShort, typeInt24, typeYear, typeLong:
		return kindInt, col, true
	case typeLongLng:
		if flags&flagUnsign != 0 {
			return kindUint, col, true
		}
		return kindInt, col, true
	case typeFloat:
		return kindFloat32, col, true
	case typeDouble:
		return kindFloat64, col, true
	case typeStamp:
		return kindZoned, col, true
	}
	return kindBytes, col, true
}

// lenenc reads a length-encoded integer: its value and size.
func lenenc(p []byte) (uint64, int, bool) {
	if len(p) == 0 {
		return 0, 0, false
	}
	switch p[0] {
	case 0xfc:
		if len(p) < 3 {
			return 0, 0, false
		}
		return uint64(binary.LittleEndian.Uint16(p[1:])), 3, true
	case 0xfd:
		if len(p) < 4 {
			return 0, 0, false
		}
		return uint64(p[1]) | uint64(p[2])<<8 | uint64(p[3])<<16, 4, true
	case 0xfe:
		if len(p) < 9 {
			return 0, 0, false
		}
		return binary.LittleEndian.Uint64(p[1:]), 9, true
	case 0xfb, 0xff:
		return 0, 0, false
	}
	return uint64(p[0]), 1, true
}

// send writes q as a COM_QUERY command, in packets of at most maxPayload
// (a payload of exactly maxPayload is followed by an empty packet).
func (w *wire) send(q string) error {
	body := append(append(make([]byte, 0, len(q)+1), comQuery), q...)
	seq := byte(0)
	w.out = w.out[:0]
	for {
		n := min(len(body), maxPayload)
		w.out = append(w.out, byte(n), byte(n>>8), byte(n>>16), seq)
		w.out = append(w.out, body[:n]...)
		seq++
		body = body[n:]
		if n < maxPayload {
			break
		}
	}
	return w.c.Write(w.out)
}

// packet reads the next packet's payload, valid until the next read.
func (w *wire) packet() ([]byte, error) {
	n, err := w.header()
	if err != nil {
		return nil, err
	}
	if n < maxPayload && n <= w.c.R.Size() {
		p, err := w.c.Peek(n)
		if err != nil {
			return nil, err
		}
		w.c.R.Discard(n)
		if n == 0 {
			return nil, errors.New("empty packet")
		}
		return p, nil
	}
	// Larger than the buffer, or split over packets of maxPayload.
	w.big = w.big[:0]
	for {
		start := len(w.big)
		w.big = append(w.big, make([]byte, n)...)
		if err := w.c.ReadFull(w.big[start:]); err != nil {
			return nil, err
		}
		if n < maxPayload {
			return w.big, nil
		}
		if n, err = w.header(); err != nil {
			return nil, err
		}
	}
}

func (w *wire) header() (int, error) {
	h, err := w.c.Peek(4)
	if err != nil {
		return 0, err
	}
	n, seq := int(h[0])|int(h[1])<<8|int(h[2])<<16, h[3]
	w.c.R.Discard(4)
	if seq != w.seq {
		// A server that ends the connection (shutdown, a killed
		// connection) may say why in an ERR packet of its own numbering.
		if n > 0 && n < 1024 {
			if p, err := w.c.Peek(n); err == nil && p[0] == pktErr {
				return 0, fmt.Errorf("%w: %w", serverError(p), driver.ErrBadConn)
			}
		}
		return 0, fmt.Errorf("packets out of sequence (%d, expected %d): %w", seq, w.seq, driver.ErrBadConn)
	}
	w.seq++
	return n, nil
}

// end finishes a statement whose answer has been read to its end.
func (w *wire) end(err error) error {
	w.InResult = false
	if !w.Stop() {
		w.Bad = true // the deadline that stops a read has been set
	}
	return err
}

func serverError(p []byte) error {
	if len(p) < 3 {
		return errors.New("malformed error packet")
	}
	e := &mysql.MySQLError{Number: binary.LittleEndian.Uint16(p[1:])}
	msg := p[3:]
	if len(msg) >= 6 && msg[0] == '#' {
		copy(e.SQLState[:], msg[1:6])
		msg = msg[6:]
	}
	e.Message = string(msg)
	return e
}
