package sources

import (
	"context"
	"database/sql"
	"strings"
)

// Dialect is what differs between SQL engines.
type Dialect struct {
	Name        string
	Quote       func(ident string) string
	Placeholder func(n int) string
	// Session statements run once on the reading connection (read-only,
	// time zone).
	Session []string
	// TxReadOnly: connections are not made read-only as a whole; each statement
	// that runs the source query is read-only in a transaction of its
	// own (see readonly.go).
	TxReadOnly bool
	// Converter returns how a column's driver values (never nil) become
	// text.
	Converter func(ct *sql.ColumnType) Converter
	// Text casts an expression to the engine's own text rendering of it.
	Text func(expr string) string
	// Builtin names a built-in function so that no user's function of
	// the same name can stand in for it (PostgreSQL's search_path). Nil:
	// as it is.
	Builtin func(name string) string
	// Operator names a built-in comparison operator likewise. Nil: as
	// it is.
	Operator func(op string) string
	// AsText says a column of this type is better selected through Text:
	// the engine's text is exactly what Converter would make of the
	// driver's value, and the driver's parsing and our formatting are
	// saved. Nil: never.
	AsText func(ct *sql.ColumnType) bool
	// Snapshot starts on conn a read-only transaction whose statements
	// all see the database as it was when Snapshot returned, and says
	// whether that holds for every table the query may read (not for
	// tables without transactions, such as MyISAM). Nil: never.
	Snapshot func(ctx context.Context, conn *sql.Conn) (bool, error)
	// Wire starts reading pages straight off the socket under the driver
	// connection dc, or returns nil when it cannot (TLS, say): the driver
	// reads them then. Nil: always the driver.
	Wire func(ctx context.Context, dc any) (Wire, error)
	// KeyType says how the key column ct, selected as expr from from
	// (" FROM (query) AS etl_q"), is paged, or why it cannot be. Nil:
	// every key as KeyOther.
	KeyType func(ctx context.Context, conn *sql.Conn, ct *sql.ColumnType, expr, from string) (KeyType, error)
	// Exact is expr, a character string, compared and ordered by its
	// bytes (whatever its collation). Nil: strings are paged in their
	// collation.
	Exact func(expr string) string
	// KeyArg writes key text v into a page's statement, as a literal or
	// through arg (which binds a text to a placeholder and returns the
	// placeholder). exact says the key is compared as Exact makes it.
	// Nil: v is bound as it is.
	KeyArg func(k KeyKind, exact bool, v string, arg func(string) string) string
	// NoWire says why Wire may return nil, for the log: what of a
	// connection the wire reader does not read.
	NoWire string
}

// Wire reads pages off a connection's socket in the engine's own protocol.
// A driver hands every value over as an interface (one allocation each)
// and parses numbers and dates only for the reader to print them again:
// about a third of the reader's time. Wire reads each value's text where
// it lies in the socket's buffer and copies it once.
type Wire interface {
	// Arg puts the n-th argument (from 1) of a page's statement, whose
	// text is v, into the statement: as a literal, or as a placeholder
	// whose value Query sends beside the statement.
	Arg(n int, v string) string
	// Send writes q, a page, with the values of its arguments, once the
	// answer to the last one has been read to its end.
	Send(q string, args []string) error
	// Start reads the answer of the oldest page sent and not started, up
	// to its first row.
	Start(ctx context.Context) error
	// Next reads the next row of the started page off the socket, as the
	// protocol sent it (valid until the next read); end is true after the
	// page's last row (err is io.EOF then, or why the page ended).
	Next() (p []byte, end bool, err error)
	// Render appends the values of row p, as the driver path would render
	// them, to buf and notes in at where each one lies ({-1, -1}: NULL).
	Render(buf []byte, at [][2]int, p []byte) ([]byte, error)
	// Columns are the started page's columns, types named as the
	// driver names them (its DatabaseTypeName).
	Columns() []Column
	// Idle says the connection stands between statements, none of them
	// sent ahead. After a page left unread (a stop, an error) it does
	// not, and must not be used again.
	Idle() bool
}

// Converter appends the text of one driver value (never nil) to dst.
type Converter func(dst []byte, v any) []byte

// Func is the name of built-in function name (see Builtin).
func (d Dialect) Func(name string) string {
	if d.Builtin == nil {
		return name
	}
	return d.Builtin(name)
}

// Op is comparison operator op with spaces around it, named as built in
// (see Operator).
func (d Dialect) Op(op string) string {
	if d.Operator == nil {
		return " " + op + " "
	}
	return " " + d.Operator(op) + " "
}

// QuotePath quotes a dotted name (schema.table) part by part.
func (d Dialect) QuotePath(name string) string {
	parts := strings.Split(name, ".")
	for i, p := range parts {
		parts[i] = d.Quote(p)
	}
	return strings.Join(parts, ".")
}

// QuoteWith doubles q inside ident and wraps it in q.
func QuoteWith(q string) func(string) string {
	return func(ident string) string {
		return q + strings.ReplaceAll(ident, q, q+q) + q
	}
}
