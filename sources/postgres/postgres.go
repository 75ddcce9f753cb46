// Package postgres reads legacy users from PostgreSQL.
//
// lib/pq hands out timestamp, timestamptz and date as time.Time; they are
// rendered back to text by column type: timestamptz with its offset (an
// instant, converted to the configured zone later), timestamp and date as
// wall-clock text. Pages are read off the socket (see wire) and rendered
// the same way.
package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/lib/pq"

	"etl/sources"
)

// Dialect is PostgreSQL's SQL.
var Dialect = sources.Dialect{
	Name:        "postgres",
	Quote:       sources.QuoteWith(`"`),
	Placeholder: func(n int) string { return "$" + strconv.Itoa(n) },
	// Not a connection-wide default_transaction_read_only: behind
	// pgbouncer in transaction mode the setting would stay with a server
	// connection and reach the pooler's other clients. Each statement is
	// read-only in its own transaction instead. The time zone is a
	// setting pgbouncer keeps for each client.
	Session: []string{
		"SET TIME ZONE 'UTC'",
	},
	TxReadOnly: true,
	Converter:  converter,
	// Types and functions are named with their schema: one earlier in
	// a user's search_path (before pg_catalog) may hold a text domain
	// (say a varchar(4), which would cut every date to its year), a
	// count of its own, or a > that is never true (a run would end after
	// its first page, and say ok).
	Text:     func(e string) string { return "CAST(" + e + " AS pg_catalog.text)" },
	Builtin:  func(name string) string { return "pg_catalog." + name },
	Operator: func(op string) string { return "OPERATOR(pg_catalog." + op + ")" },
	// The server sends every value as text anyway; lib/pq would parse
	// dates and timestamps into time.Time only for the converter to
	// format them back, half the reader's time on a table with three
	// of them. lib/pq starts every session in ISO style, where the
	// server's text is the converter's.
	AsText: func(ct *sql.ColumnType) bool {
		switch ct.DatabaseTypeName() {
		case "DATE", "TIMESTAMP":
			return true
		}
		return false
	},
	Snapshot: snapshot,
	Wire:     newWire,
	KeyType:  keyType,
	Exact:    exact,
	KeyArg:   keyArg,
	NoWire:   "encrypted (TLS)",
}

// snapshot starts a repeatable-read transaction; PostgreSQL takes its
// snapshot at the first statement, not at BEGIN.
func snapshot(ctx context.Context, conn *sql.Conn) (bool, error) {
	if _, err := conn.ExecContext(ctx, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); err != nil {
		return false, err
	}
	if _, err := conn.ExecContext(ctx, "SELECT 1"); err != nil {
		return false, err
	}
	// What runs in the snapshot runs beside the reading: parallel
	// workers would only take cores from it.
	if _, err := conn.ExecContext(ctx, "SET LOCAL max_parallel_workers_per_gather = 0"); err != nil {
		return false, err
	}
	return true, nil
}

func converter(ct *sql.ColumnType) sources.Converter {
	layout := "2006-01-02 15:04:05.999999"
	switch ct.DatabaseTypeName() {
	case "TIMESTAMPTZ":
		layout = time.RFC3339Nano
	case "DATE":
		layout = "2006-01-02"
	}
	return func(dst []byte, v any) []byte {
		switch x := v.(type) {
		case string:
			return append(dst, x...)
		case []byte:
			return append(dst, x...)
		case int64:
			return strconv.AppendInt(dst, x, 10)
		case float64:
			return strconv.AppendFloat(dst, x, 'f', -1, 64)
		case bool:
			return strconv.AppendBool(dst, x)
		case time.Time:
			return x.AppendFormat(dst, layout)
		}
		return fmt.Append(dst, v)
	}
}

// OpenDB opens a pool for dsn (a postgres:// URL or key=value pairs).
func OpenDB(dsn string) (*sql.DB, error) {
	if i := strings.Index(dsn, "://"); i >= 0 && !strings.Contains(dsn[:i], "=") {
		if scheme := dsn[:i]; scheme != "postgres" && scheme != "postgresql" {
			return nil, fmt.Errorf("source.dsn: the postgres driver takes postgres://user:password@host:5432/dbname or host=… dbname=… pairs, not a %s:// URL", scheme)
		}
	}
	cfg, err := pq.NewConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("source.dsn: %w (the postgres driver takes postgres://user:password@host:5432/dbname or host=… dbname=… pairs)", err)
	}
	// Without binary_parameters lib/pq runs a statement with arguments
	// (every page but the first, through the driver) in two round trips:
	// Parse, Describe and Sync, then Bind, Execute and Sync. A pooler in
	// transaction mode (pgbouncer) may hand the second to another server
	// connection, where the unnamed statement does not exist. With it,
	// all of them go in one round trip, under one Sync; arguments are
	// strings here, sent as text either way.
	cfg.BinaryParameters = true
	conn, err := pq.NewConnectorConfig(cfg)
	if err != nil {
		return nil, fmt.Errorf("source.dsn: %w", err)
	}
	conn.Dialer(bufDialer{})
	return sql.OpenDB(conn), nil
}

// bufDialer dials as lib/pq does and gives the connection a large read
// buffer (see sources.Buffered), claimable by the wire reader.
type bufDialer struct{ d net.Dialer }

func (b bufDialer) Dial(network, address string) (net.Conn, error) {
	return b.DialContext(context.Background(), network, address)
}

func (b bufDialer) DialTimeout(network, address string, timeout time.Duration) (net.Conn, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	return b.DialContext(ctx, network, address)
}

func (b bufDialer) DialContext(ctx context.Context, network, address string) (net.Conn, error) {
	c, err := b.d.DialContext(ctx, network, address)
	if err != nil {
		return nil, err
	}
	return sources.Buffered(c, true), nil
}

// Open starts a keyset reader on query.
func Open(ctx context.Context, db *sql.DB, query string, key []string, fetch int) (*sources.Reader, error) {
	return sources.Open(ctx, Dialect, db, query, key, fetch)
}

var kvPassword = regexp.MustCompile(`(?i)(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)`)

// Redact hides the password of a DSN for logs and errors.
func Redact(dsn string) string {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err != nil {
			return "(unparsable dsn)"
		}
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
		q := u.Query()
		if q.Has("password") {
			q.Set("password", "xxxxx")
			u.RawQuery = q.Encode()
		}
		return u.String()
	}
	return kvPassword.ReplaceAllString(dsn, "${1}xxxxx")
}
