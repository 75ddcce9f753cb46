package postgres

import (
	"bytes"
	"context"
	"database/sql/driver"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unsafe"

	"github.com/lib/pq"
	"github.com/lib/pq/oid"
	"github.com/lib/pq/pqerror"

	"etl/sources"
)

// wire reads pages in PostgreSQL's extended query protocol (each page's
// statement prepared once, then Bind, Describe, Execute and Sync, answered
// by a RowDescription, DataRows, CommandComplete and ReadyForQuery) on the
// socket under a lib/pq connection, which made the connection, logged in
// and set the session up. Only whole statements run here, between lib/pq's
// own: lib/pq has read up to the ReadyForQuery of its last statement, and
// the server sends nothing more until it is asked.
// Notices, notifications and parameter changes that come with a page are
// passed over: lib/pq ignores the first two without a handler, and a page
// (a SELECT) changes no parameter lib/pq follows.
//
// Values come out as lib/pq and the converter render them: bool as
// true/false, float4 and float8 as Go prints a float64, bytea decoded,
// date, time and timestamp types parsed as lib/pq parses them and printed
// in the converter's layouts, the rest as the server's text (integers
// included: the server prints them as strconv does).
type wire struct {
	sources.Turn // whose turn it is on the connection
	c            *sources.WireConn
	kinds        []kind
	cols         []sources.Column // the started page's
	probe        string           // described before each page (see Probe)
	probed       []sources.Column // what it said before the started page
	big          []byte           // a message larger than the read buffer
	out          []byte
	at           int // where the message being built starts in out
}

type kind uint8

const (
	kindText kind = iota
	kindBool
	kindFloat
	kindBytea
	kindStampTZ // timestamptz
	kindStamp   // timestamp
	kindDate
	kindTime // time and timetz: lib/pq parses them onto 0000-01-01
	kindTimeTZ
)

// Message types (PostgreSQL frontend/backend protocol 3.0).
const (
	// the client's
	msgParse    = 'P'
	msgBind     = 'B'
	msgDescribe = 'D'
	msgExecute  = 'E'
	msgSync     = 'S'
	// the server's
	msgParseDone    = '1'
	msgBindDone     = '2'
	msgNoData       = 'n'
	msgParamDesc    = 't'
	msgRowDesc      = 'T'
	msgDataRow      = 'D'
	msgComplete     = 'C'
	msgReady        = 'Z'
	msgError        = 'E'
	msgEmpty        = 'I'
	msgNotice       = 'N'
	msgParameter    = 'S'
	msgNotification = 'A'
)

// newWire claims the socket under dc, or returns nil when lib/pq does not
// talk to it in plain text (TLS).
func newWire(ctx context.Context, dc any) (sources.Wire, error) {
	// Without arguments lib/pq sends a simple Query.
	wc, _, _, err := sources.ClaimBy(ctx, dc, "SELECT 1")
	if err != nil || wc == nil {
		return nil, err
	}
	return &wire{c: wc}, nil
}

// Arg is a placeholder: a page's key and cursor are bound to it as text,
// never written into the statement.
func (w *wire) Arg(n int, _ string) string { return "$" + strconv.Itoa(n) }

// Send parses q as the unnamed statement, binds args to it and runs it
// (extended query protocol, one Sync). Named statements would spare the
// server a plan a page (0.4 ms here, no difference the VM's noise let
// through), but a pooler in transaction mode (pgbouncer) may send the
// next page to another server connection, where the name does not
// exist.
func (w *wire) Send(q string, args []string) error {
	if strings.IndexByte(q, 0) >= 0 {
		return errors.New("a page's statement holds a NUL byte")
	}
	w.out = w.out[:0]
	// The page's transaction (all up to the Sync) is read-only, in the
	// page's own round trip: the connection as a whole is not (see the
	// Dialect).
	w.begin(msgParse)
	w.out = append(append(w.out, 0), readOnly...)
	w.out = append(w.out, 0, 0, 0)
	w.end()
	w.begin(msgBind)
	w.out = append(w.out, 0, 0, 0, 0, 0, 0, 0, 0) // unnamed portal and statement, no formats, no arguments, no result formats
	w.end()
	w.begin(msgExecute)
	w.out = append(w.out, 0, 0, 0, 0, 0)
	w.end()
	if w.probe != "" {
		// Described, not run: parsed and analysed in the page's own
		// round trip, before the page replaces it as the unnamed
		// statement.
		w.begin(msgParse)
		w.out = append(append(w.out, 0), w.probe...)
		w.out = append(w.out, 0, 0, 0)
		w.end()
		w.begin(msgDescribe)
		w.out = append(w.out, 'S', 0) // the unnamed statement
		w.end()
	}
	w.begin(msgParse)
	w.out = append(append(w.out, 0), q...) // the unnamed statement
	w.out = append(w.out, 0, 0, 0)         // no types: the server infers them
	w.end()
	w.begin(msgBind)
	w.out = append(w.out, 0, 0)                     // the unnamed portal, of the unnamed statement
	w.out = binary.BigEndian.AppendUint16(w.out, 0) // every argument in text
	w.out = binary.BigEndian.AppendUint16(w.out, uint16(len(args)))
	for _, a := range args {
		w.out = binary.BigEndian.AppendUint32(w.out, uint32(len(a)))
		w.out = append(w.out, a...)
	}
	w.out = binary.BigEndian.AppendUint16(w.out, 0) // every column in text
	w.end()
	w.begin(msgDescribe)
	w.out = append(w.out, 'P', 0) // the unnamed portal
	w.end()
	w.begin(msgExecute)
	w.out = append(w.out, 0, 0, 0, 0, 0) // the unnamed portal, every row
	w.end()
	w.begin(msgSync)
	w.end()
	return w.Turn.Send(func() error { return w.c.Write(w.out) })
}

// readOnly makes the rest of the transaction read-only. Not SET
// TRANSACTION, which outside BEGIN warns in the server's log every page.
const readOnly = "SELECT pg_catalog.set_config('transaction_read_only', 'on', true)"

// Start reads the oldest sent statement's answer up to its RowDescription
// (past readOnly's row).
func (w *wire) Start(ctx context.Context) error {
	if err := w.Turn.Start(ctx, w.c); err != nil {
		return err
	}
	described := w.probe == ""
	for {
		t, p, err := w.message()
		if err != nil {
			return w.Fail(err)
		}
		switch t {
		case msgParseDone, msgBindDone, msgParamDesc:
		case msgDataRow, msgComplete: // readOnly's row and end
		case msgRowDesc:
			if !described {
				described = true
				if w.probed, err = columns(p, w.probed[:0]); err != nil {
					w.Bad = true
					return err
				}
				continue
			}
			if err := w.describe(p); err != nil {
				w.Bad = true
				return err
			}
			return nil
		case msgError:
			return w.ready(serverError(p))
		case msgNoData:
			return w.ready(errors.New("the statement answered without rows"))
		default:
			w.Bad = true
			return fmt.Errorf("unexpected message %q before the rows", t)
		}
	}
}

// begin starts a message of type t in w.out; end writes its length.
func (w *wire) begin(t byte) {
	w.at = len(w.out)
	w.out = append(w.out, t, 0, 0, 0, 0)
}

func (w *wire) end() {
	binary.BigEndian.PutUint32(w.out[w.at+1:], uint32(len(w.out)-w.at-1))
}

// describe reads a RowDescription's column types.
func (w *wire) describe(p []byte) error {
	if len(p) < 2 {
		return errors.New("malformed row description")
	}
	n := int(binary.BigEndian.Uint16(p))
	p = p[2:]
	w.kinds, w.cols = w.kinds[:0], w.cols[:0]
	for i := 0; i < n; i++ {
		end := bytes.IndexByte(p, 0) // the column's name
		if end < 0 || len(p) < end+19 {
			return fmt.Errorf("malformed description of column %d", i+1)
		}
		// table oid (4), attribute number (2), type oid (4), type size
		// (2), type modifier (4), format (2)
		f := p[end+1 : end+19]
		if binary.BigEndian.Uint16(f[16:]) != 0 {
			return fmt.Errorf("column %d comes in binary format", i+1)
		}
		t := oid.Oid(binary.BigEndian.Uint32(f[6:]))
		w.kinds = append(w.kinds, kindOf(t))
		w.cols = append(w.cols, sources.Column{Name: string(p[:end]), Type: oid.TypeName[t]}) // as lib/pq names it
		p = p[end+19:]
	}
	return nil
}

// Columns are the started page's columns.
func (w *wire) Columns() []sources.Column { return w.cols }

// Probe has every page's statement preceded by a description of q (the
// source query's columns), which Probed returns once the page started.
func (w *wire) Probe(q string) { w.probe = q }

// Probed is what the probe described before the started page.
func (w *wire) Probed() []sources.Column { return w.probed }

// columns reads the names and types of a RowDescription.
func columns(p []byte, cols []sources.Column) ([]sources.Column, error) {
	if len(p) < 2 {
		return nil, errors.New("malformed row description")
	}
	n := int(binary.BigEndian.Uint16(p))
	p = p[2:]
	for i := 0; i < n; i++ {
		end := bytes.IndexByte(p, 0)
		if end < 0 || len(p) < end+19 {
			return nil, fmt.Errorf("malformed description of column %d", i+1)
		}
		t := oid.Oid(binary.BigEndian.Uint32(p[end+7:]))
		cols = append(cols, sources.Column{Name: string(p[:end]), Type: oid.TypeName[t]})
		p = p[end+19:]
	}
	return cols, nil
}

func kindOf(t oid.Oid) kind {
	switch t {
	case oid.T_bool:
		return kindBool
	case oid.T_float4, oid.T_float8:
		return kindFloat
	case oid.T_bytea:
		return kindBytea
	case oid.T_timestamptz:
		return kindStampTZ
	case oid.T_timestamp:
		return kindStamp
	case oid.T_date:
		return kindDate
	case oid.T_time:
		return kindTime
	case oid.T_timetz:
		return kindTimeTZ
	}
	return kindText
}

// Next reads the next DataRow; end is true after the last (err is
// io.EOF then, or the server's error).
func (w *wire) Next() (p []byte, end bool, err error) {
	if !w.InResult {
		return nil, true, io.EOF
	}
	t, p, err := w.message()
	if err != nil {
		return nil, true, w.Fail(err)
	}
	switch t {
	case msgDataRow:
		return p, false, nil
	case msgComplete:
		return nil, true, w.ready(io.EOF)
	case msgError:
		return nil, true, w.ready(serverError(p))
	}
	w.Bad = true
	return nil, true, fmt.Errorf("unexpected message %q among the rows", t)
}

// Render renders the DataRow body p into buf. The body is copied whole
// and each text value is left where it lies in the copy, between the
// lengths; only the others are rendered, after it. One copy a row, not
// one append a value (as sources/mysql does).
func (w *wire) Render(buf []byte, at [][2]int, p []byte) ([]byte, error) {
	var err error
	if len(p) < 2 || int(binary.BigEndian.Uint16(p)) != len(w.kinds) || len(at) < len(w.kinds) {
		w.Bad = true
		return buf, errors.New("malformed row: not as many values as columns")
	}
	base := len(buf)
	buf = append(buf, p...)
	pos := 2
	kinds := w.kinds
	at = at[:len(kinds)] // no bounds check on at[i] below
	for i, k := range kinds {
		if len(p)-pos < 4 {
			w.Bad = true
			return buf, errors.New("malformed row: fewer values than columns")
		}
		n := int32(binary.BigEndian.Uint32(p[pos:]))
		pos += 4
		if n < 0 {
			at[i] = [2]int{-1, -1}
			continue
		}
		if int(n) > len(p)-pos {
			w.Bad = true
			return buf, errors.New("malformed row: a value runs past its message")
		}
		from := pos
		pos += int(n)
		if k == kindText {
			at[i] = [2]int{base + from, base + pos}
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

// Layouts the converter prints lib/pq's time.Time values in.
const (
	layoutStamp = "2006-01-02 15:04:05.999999"
	layoutDate  = "2006-01-02"
)

// render appends value v of kind k as lib/pq and the converter would.
func render(buf []byte, k kind, v []byte) ([]byte, error) {
	s := unsafe.String(unsafe.SliceData(v), len(v))
	switch k {
	case kindText:
		return append(buf, v...), nil
	case kindBool:
		return strconv.AppendBool(buf, len(v) > 0 && v[0] == 't'), nil
	case kindFloat:
		f, err := strconv.ParseFloat(s, 64)
		return strconv.AppendFloat(buf, f, 'f', -1, 64), err
	case kindBytea:
		return appendBytea(buf, v)
	case kindTime, kindTimeTZ:
		t, err := parseTime(k, s)
		return t.AppendFormat(buf, layoutStamp), err
	}
	if s == "infinity" || s == "-infinity" {
		return append(buf, v...), nil // lib/pq hands these over as bytes
	}
	t, err := pq.ParseTimestamp(nil, s)
	if err != nil {
		return buf, err
	}
	switch k {
	case kindStampTZ:
		return t.AppendFormat(buf, time.RFC3339Nano), nil
	case kindDate:
		return t.AppendFormat(buf, layoutDate), nil
	}
	return t.AppendFormat(buf, layoutStamp), nil
}

// appendBytea decodes a bytea value in the hex or the escape format, as
// lib/pq does.
func appendBytea(buf, v []byte) ([]byte, error) {
	if len(v) >= 2 && v[0] == '\\' && v[1] == 'x' {
		v = v[2:]
		start := len(buf)
		buf = append(buf, make([]byte, hex.DecodedLen(len(v)))...)
		_, err := hex.Decode(buf[start:], v)
		return buf, err
	}
	for len(v) > 0 {
		i := bytes.IndexByte(v, '\\')
		if i < 0 {
			return append(buf, v...), nil
		}
		buf, v = append(buf, v[:i]...), v[i:]
		if len(v) >= 2 && v[1] == '\\' {
			buf, v = append(buf, '\\'), v[2:]
			continue
		}
		if len(v) < 4 {
			return buf, fmt.Errorf("invalid bytea sequence %v", v)
		}
		b, err := strconv.ParseUint(string(v[1:4]), 8, 8)
		if err != nil {
			return buf, fmt.Errorf("could not parse bytea value: %w", err)
		}
		buf, v = append(buf, byte(b)), v[4:]
	}
	return buf, nil
}

// parseTime parses a time or timetz value as lib/pq does (onto year 0,
// January 1st; 24:00:00 onto the 2nd).
func parseTime(k kind, s string) (time.Time, error) {
	f := "15:04:05"
	if k == kindTimeTZ {
		// The server leaves out an offset's minutes and seconds when
		// they are zero.
		switch c := strings.Count(s, ":"); {
		case c > 3:
			f = "15:04:05-07:00:00"
		case c > 2:
			f = "15:04:05-07:00"
		default:
			f = "15:04:05-07"
		}
	}
	midnight := strings.HasPrefix(s, "24:00:00")
	if midnight {
		s = "00:00:00" + s[8:]
	}
	t, err := time.Parse(f, s)
	if midnight {
		t = t.Add(24 * time.Hour)
	}
	return t, err
}

// message reads the next message that is not a notice, a notification or
// a parameter change: its type and body, valid until the next read.
func (w *wire) message() (byte, []byte, error) {
	for {
		h, err := w.c.Peek(5)
		if err != nil {
			return 0, nil, err
		}
		t, n := h[0], int(binary.BigEndian.Uint32(h[1:]))-4
		if n < 0 || n > 1<<30 {
			return 0, nil, fmt.Errorf("malformed message %q of %d bytes: %w", t, n, driver.ErrBadConn)
		}
		w.c.R.Discard(5)
		var p []byte
		if n <= w.c.R.Size() {
			if p, err = w.c.Peek(n); err != nil {
				return 0, nil, err
			}
			w.c.R.Discard(n)
		} else {
			w.big = append(w.big[:0], make([]byte, n)...)
			if err := w.c.ReadFull(w.big); err != nil {
				return 0, nil, err
			}
			p = w.big
		}
		switch t {
		case msgNotice, msgNotification, msgParameter:
			continue
		}
		return t, p, nil
	}
}

// ready reads on to the ReadyForQuery that ends a statement's answer, and
// returns err, unless the answer went wrong on the way.
func (w *wire) ready(err error) error {
	for {
		t, p, rerr := w.message()
		if rerr != nil {
			// A FATAL (a terminated backend, idle_session_timeout) comes
			// just before the server closes the connection: its text says
			// why the connection was lost.
			if err != nil && err != io.EOF {
				return fmt.Errorf("%w; then %w", err, w.Fail(rerr))
			}
			return w.Fail(rerr)
		}
		switch t {
		case msgReady:
			w.InResult = false
			// lib/pq keeps the transaction's state from each
			// ReadyForQuery; a page outside a transaction leaves it idle,
			// as it found it.
			if len(p) != 1 || p[0] != 'I' {
				w.Bad = true
			}
			if !w.Stop() {
				w.Bad = true // the deadline that stops a read has been set
			}
			return err
		case msgError:
			if err == nil || err == io.EOF {
				err = serverError(p)
			}
		case msgComplete, msgDataRow, msgEmpty, msgParseDone, msgBindDone, msgNoData, msgParamDesc, msgRowDesc:
			// the rest of a statement that failed
		default:
			w.Bad = true
			w.Stop()
			return fmt.Errorf("unexpected message %q at the end of a statement", t)
		}
	}
}

// serverError reads an ErrorResponse as lib/pq does, and names its
// severity (ERROR, FATAL) beside lib/pq's message and code.
func serverError(p []byte) error {
	e := readError(p)
	return fmt.Errorf("server %s: %w", e.Severity, e)
}

func readError(p []byte) *pq.Error {
	e := &pq.Error{}
	var code string
	fields := map[byte]*string{'S': &e.Severity, 'C': &code, 'M': &e.Message, 'D': &e.Detail, 'H': &e.Hint,
		'P': &e.Position, 'W': &e.Where, 's': &e.Schema, 't': &e.Table, 'c': &e.Column, 'n': &e.Constraint}
	for len(p) > 1 && p[0] != 0 {
		end := bytes.IndexByte(p[1:], 0)
		if end < 0 {
			break
		}
		if f := fields[p[0]]; f != nil {
			*f = string(p[1 : 1+end])
		}
		p = p[2+end:]
	}
	e.Code = pqerror.Code(code)
	return e
}
