// Package mysql reads legacy users from MySQL and MariaDB.
//
// Dates are read as text (parseTime is forced off): go-sql-driver/mysql
// with parseTime=true turns 1990-02-30 into 1990-03-02 and 0000-00-00 into
// year 1. TIMESTAMP columns are read in a UTC session and marked as UTC;
// DATETIME and DATE stay wall-clock text.
package mysql

import (
	"context"
	"database/sql"
	"fmt"
	"net"
	"strconv"
	"strings"

	"github.com/go-sql-driver/mysql"

	"etl/sources"
)

// Dialect is MySQL/MariaDB's SQL.
var Dialect = sources.Dialect{
	Name:        "mysql",
	Quote:       sources.QuoteWith("`"),
	Placeholder: func(int) string { return "?" },
	Session: []string{
		// utf8mb4 whatever the server's init_connect says: keys must read
		// back as they are stored (see checkCharset).
		"SET NAMES utf8mb4",
		"SET SESSION time_zone = '+00:00'",
		"SET SESSION TRANSACTION READ ONLY",
	},
	Converter: converter,
	Text:      func(e string) string { return "CAST(" + e + " AS CHAR)" },
	Snapshot:  snapshot,
	Wire:      newWire,
	KeyType:   keyType,
	Exact:     exact,
	KeyArg:    keyArg,
	NoWire:    "encrypted (TLS) or compressed",
}

// snapshot starts a consistent-snapshot transaction if InnoDB is all
// there is: MyISAM and Aria tables are read as they are at each moment,
// whatever the transaction. The query text is not parsed, so any such
// table outside the system schemas counts.
func snapshot(ctx context.Context, conn *sql.Conn) (bool, error) {
	var n int
	err := conn.QueryRowContext(ctx, `SELECT COUNT(*) FROM information_schema.TABLES
		WHERE TABLE_TYPE NOT IN ('VIEW', 'SYSTEM VIEW') AND (ENGINE IS NULL OR ENGINE <> 'InnoDB')
		AND TABLE_SCHEMA NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys')`).Scan(&n)
	if err != nil || n > 0 {
		return false, nil // no promise: the caller reads the bound first
	}
	if _, err := conn.ExecContext(ctx, "START TRANSACTION WITH CONSISTENT SNAPSHOT"); err != nil {
		return false, err
	}
	return true, nil
}

func converter(ct *sql.ColumnType) sources.Converter {
	zoned := ct.DatabaseTypeName() == "TIMESTAMP"
	return func(dst []byte, v any) []byte {
		start := len(dst)
		switch x := v.(type) {
		case []byte:
			dst = append(dst, x...)
		case string:
			dst = append(dst, x...)
		case int64:
			dst = strconv.AppendInt(dst, x, 10)
		case uint64:
			dst = strconv.AppendUint(dst, x, 10)
		case float64:
			dst = strconv.AppendFloat(dst, x, 'f', -1, 64)
		case float32:
			dst = strconv.AppendFloat(dst, float64(x), 'f', -1, 32)
		default:
			dst = fmt.Append(dst, x)
		}
		if zoned && len(dst) > start {
			dst = append(dst, 'Z')
		}
		return dst
	}
}

// OpenDB opens a pool for dsn with the settings the reader relies on.
func OpenDB(dsn string) (*sql.DB, error) {
	if i := strings.Index(dsn, "://"); i >= 0 && !strings.Contains(dsn[:i], "@") {
		return nil, fmt.Errorf("source.dsn: the mysql driver takes user:password@tcp(host:3306)/dbname, not a %s:// URL", dsn[:i])
	}
	cfg, err := mysql.ParseDSN(dsn)
	if err != nil {
		return nil, fmt.Errorf("source.dsn: %w (the mysql driver takes user:password@tcp(host:3306)/dbname)", err)
	}
	// The driver logs a lost connection itself ("[mysql] packets.go:…")
	// beside the error it returns: the error, with its context, is
	// what the user reads.
	mysql.SetLogger(quiet{})
	if err := checkCharset(cfg); err != nil {
		return nil, err
	}
	cfg.ParseTime = false
	// Client-side interpolation keeps every page one round trip and the
	// text protocol, so every value arrives as the server's text.
	cfg.InterpolateParams = true
	if cfg.DialFunc == nil && (cfg.Net == "tcp" || cfg.Net == "unix") {
		// Compressed packets are not the wire reader's (see wire).
		claimable := !strings.Contains(cfg.FormatDSN(), "compress=true")
		cfg.DialFunc = func(ctx context.Context, network, addr string) (net.Conn, error) {
			var d net.Dialer
			c, err := d.DialContext(ctx, network, addr)
			if err != nil {
				return nil, err
			}
			return sources.BufferedTimeouts(c, claimable, cfg.ReadTimeout, cfg.WriteTimeout), nil
		}
	}
	conn, err := mysql.NewConnector(cfg)
	if err != nil {
		return nil, fmt.Errorf("source.dsn: %w", err)
	}
	return sql.OpenDB(conn), nil
}

// Open starts a keyset reader on query.
func Open(ctx context.Context, db *sql.DB, query string, key []string, fetch int) (*sources.Reader, error) {
	return sources.Open(ctx, Dialect, db, query, key, fetch)
}

// Redact hides the password of a DSN for logs and errors.
func Redact(dsn string) string {
	cfg, err := mysql.ParseDSN(dsn)
	if err != nil {
		return "(unparsable dsn)"
	}
	if cfg.Passwd != "" {
		cfg.Passwd = "xxxxx"
	}
	return cfg.FormatDSN()
}

// quiet drops the driver's own log lines.
type quiet struct{}

func (quiet) Print(...any) {}
