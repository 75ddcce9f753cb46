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
	// Converter returns how a column's driver values (never nil) become
	// text.
	Converter func(ct *sql.ColumnType) Converter
	// Text casts an expression to the engine's own text rendering of it.
	Text func(expr string) string
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
}

// Converter appends the text of one driver value (never nil) to dst.
type Converter func(dst []byte, v any) []byte

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
