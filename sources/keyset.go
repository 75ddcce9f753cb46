package sources

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"etl/pipeline"
)

// Reader streams the rows of a SELECT in key order, one keyset page at a
// time: each page is its own short statement (WHERE key > last ORDER BY key
// LIMIT n), so no transaction stays open for the length of a migration and
// a reader can start again after any key.
type Reader struct {
	d        Dialect
	db       *sql.DB
	conn     *sql.Conn
	base     string
	key      string
	keyIdx   int
	fetch    int
	columns  []string
	conv     []Converter
	rows     *sql.Rows
	cells    []cell
	dest     []any
	buf      []byte           // the text of the current row's values
	at       [][2]int         // where each value sits in buf; -1 for NULL
	slab     []pipeline.Field // Fields of the coming rows, cut off one row at a time
	lastKey  any
	hasLast  bool
	inPage   int
	finished bool
}

// Open connects one read-only session, probes the query with no rows to
// learn its columns and checks that the key is one of them.
func Open(ctx context.Context, d Dialect, db *sql.DB, query, key string, fetch int) (*Reader, error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", d.Name, err)
	}
	for _, s := range d.Session {
		if _, err := conn.ExecContext(ctx, s); err != nil {
			conn.Close()
			return nil, fmt.Errorf("set up %s session (%s): %w", d.Name, s, err)
		}
	}
	r := &Reader{d: d, db: db, conn: conn, base: strings.TrimRight(strings.TrimSpace(query), "; \n\t"), key: key, fetch: fetch}
	if err := r.probe(ctx); err != nil {
		conn.Close()
		return nil, err
	}
	return r, nil
}

func (r *Reader) probe(ctx context.Context) error {
	rows, err := r.conn.QueryContext(ctx, "SELECT * FROM ("+r.base+") AS etl_q LIMIT 0")
	if err != nil {
		return fmt.Errorf("run the source query: %w", err)
	}
	defer rows.Close()
	cts, err := rows.ColumnTypes()
	if err != nil {
		return fmt.Errorf("read the source query's columns: %w", err)
	}
	r.keyIdx = -1
	for i, ct := range cts {
		r.columns = append(r.columns, ct.Name())
		r.conv = append(r.conv, r.d.Converter(ct))
		if ct.Name() == r.key {
			r.keyIdx = i
		}
	}
	if r.keyIdx < 0 {
		return fmt.Errorf("source.key: column %q is not among the query's columns (%s): %w",
			r.key, strings.Join(r.columns, ", "), ErrKey)
	}
	r.cells = make([]cell, len(cts))
	r.dest = make([]any, len(cts))
	r.at = make([][2]int, len(cts))
	for i := range r.cells {
		r.cells[i] = cell{r: r, i: i}
		r.dest[i] = &r.cells[i]
	}
	return rows.Err()
}

// cell receives the driver's value as it is (bytes still in the driver's
// buffer) and appends its text to the row buffer, so a row costs one
// string however many columns it has.
type cell struct {
	r *Reader
	i int
}

func (c *cell) Scan(src any) error {
	r := c.r
	if src == nil {
		r.at[c.i] = [2]int{-1, -1}
		return nil
	}
	start := len(r.buf)
	r.buf = r.conv[c.i](r.buf, src)
	r.at[c.i] = [2]int{start, len(r.buf)}
	return nil
}

// ErrKey marks a key that is not among the query's columns.
var ErrKey = errors.New("bad key")

// Columns are the names of the query's columns, in order.
func (r *Reader) Columns() []string { return r.columns }

// Next returns the next row in key order, or io.EOF.
func (r *Reader) Next(ctx context.Context) (pipeline.Row, error) {
	for {
		if r.rows != nil {
			if r.rows.Next() {
				return r.row()
			}
			err := r.rows.Err()
			r.rows.Close()
			r.rows = nil
			if err != nil {
				return pipeline.Row{}, fmt.Errorf("read rows %s: %w", r.after(), lost(err))
			}
			if r.inPage < r.fetch {
				r.finished = true
			}
		}
		if r.finished {
			return pipeline.Row{}, io.EOF
		}
		if err := r.page(ctx); err != nil {
			return pipeline.Row{}, err
		}
	}
}

func (r *Reader) after() string {
	if !r.hasLast {
		return "from the start"
	}
	return fmt.Sprintf("after key %v", r.lastKey)
}

func (r *Reader) page(ctx context.Context) error {
	k := "etl_q." + r.d.Quote(r.key)
	q := "SELECT * FROM (" + r.base + ") AS etl_q"
	var args []any
	if r.hasLast {
		q += " WHERE " + k + " > " + r.d.Placeholder(1)
		args = append(args, r.lastKey)
	}
	q += " ORDER BY " + k + " LIMIT " + strconv.Itoa(r.fetch)
	rows, err := r.conn.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("query rows %s: %w", r.after(), lost(err))
	}
	r.rows, r.inPage = rows, 0
	return nil
}

func (r *Reader) row() (pipeline.Row, error) {
	r.buf = r.buf[:0]
	if err := r.rows.Scan(r.dest...); err != nil {
		return pipeline.Row{}, fmt.Errorf("scan row %s: %w", r.after(), err)
	}
	r.inPage++
	n := len(r.cells)
	if len(r.slab) < n {
		r.slab = make([]pipeline.Field, n*256)
	}
	fields := r.slab[:n:n]
	r.slab = r.slab[n:]
	text := string(r.buf)
	for i, at := range r.at {
		if at[0] < 0 {
			fields[i] = pipeline.Field{}
		} else {
			fields[i] = pipeline.Field{V: text[at[0]:at[1]], Valid: true}
		}
	}
	kf := fields[r.keyIdx]
	if !kf.Valid {
		return pipeline.Row{}, fmt.Errorf("row %s has a NULL key %q: the key must be unique and not null", r.after(), r.key)
	}
	r.lastKey, r.hasLast = kf.V, true
	return pipeline.Row{Key: kf.V, Fields: fields}, nil
}

// Close ends the session.
func (r *Reader) Close() error {
	if r.rows != nil {
		r.rows.Close()
	}
	return r.conn.Close()
}

// lost names a dropped connection plainly: drivers report it as "driver:
// bad connection", which tells a migration engineer nothing.
func lost(err error) error {
	if errors.Is(err, driver.ErrBadConn) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("the connection to the database was lost (server restart, network cut or killed session): %w", err)
	}
	return err
}
