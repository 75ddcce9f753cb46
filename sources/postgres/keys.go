package postgres

import (
	"context"
	"database/sql"
	"encoding/hex"
	"strings"

	"etl/sources"
)

// keyType asks the server for the key's type (lib/pq does not know the
// names of extension and user types such as citext or an enum), the type
// under a domain, and sorts it by its category.
func keyType(ctx context.Context, conn *sql.Conn, _ *sql.ColumnType, expr, from string) (sources.KeyType, error) {
	// A row of NULLs from the query, so that its plan never runs.
	src := strings.TrimPrefix(from, " FROM ")
	nulls := " FROM (SELECT 1) AS etl_one LEFT JOIN " + src + " ON false"
	q := `SELECT b.typcategory, pg_catalog.format_type(b.oid, NULL), b.typname
		FROM (SELECT pg_catalog.pg_typeof(` + expr + `)::pg_catalog.oid AS o` + nulls + `) AS s
		JOIN pg_catalog.pg_type t ON t.oid OPERATOR(pg_catalog.=) s.o
		JOIN pg_catalog.pg_type b ON b.oid OPERATOR(pg_catalog.=) CASE WHEN t.typtype OPERATOR(pg_catalog.=) 'd' THEN t.typbasetype ELSE t.oid END`
	var cat, name, typ string
	if err := conn.QueryRowContext(ctx, q).Scan(&cat, &name, &typ); err != nil {
		return sources.KeyType{}, err
	}
	kt := sources.KeyType{Name: name}
	switch cat {
	case "S": // text, varchar, char, name, citext
		var coll string
		if err := conn.QueryRowContext(ctx, "SELECT COALESCE(pg_catalog.pg_collation_for("+expr+"), '')"+nulls).Scan(&coll); err != nil {
			return kt, err
		}
		kt.Kind, kt.Ties = sources.KeyText, typ == "citext" || !deterministic(ctx, conn, coll)
	case "N":
		if typ == "float4" || typ == "float8" {
			kt.Refuse = "its values read back rounded, so a page cannot start exactly after one"
		}
	case "B", "E", "V", "I": // bool, enums, bit strings, inet: ordered as they read back
	case "D":
		if typ == "time" || typ == "timetz" {
			kt.Refuse = "its values read back on a date (and without their zone) that the server does not take back as the same time"
		}
	case "U":
		switch typ {
		case "bytea":
			kt.Kind = sources.KeyBytes
		case "uuid":
		case "json", "jsonb", "xml":
			kt.Refuse = "it has no order to page by (or one its text does not follow)"
		default:
			kt.Refuse = "etl does not know that it reads back as it compares"
		}
	case "A":
		kt.Refuse = "an array compares element by element, not as the text it reads back as"
	case "T":
		kt.Refuse = "values that differ (1 day, 24 hours) compare equal, so a page that ends on one skips the others"
	case "G":
		kt.Refuse = "it has no order to page by"
	default:
		kt.Refuse = "etl does not know that it reads back as it compares"
	}
	return kt, nil
}

// exact compares and orders a string by its bytes (collation "C"): a
// nondeterministic collation (an ICU one that ignores case or accents)
// or citext holds some keys equal. An index in another collation cannot
// serve it, which is why it is only used for keys that need it.
func exact(expr string) string {
	return "CAST(" + expr + " AS pg_catalog.text) COLLATE pg_catalog.\"C\""
}

// keyArg binds a bytea key as the hex of its bytes, decoded by the
// server: its bytes bound as text would be read as bytea's escape form
// (a key of the bytes \x taken for hex with no digits) or refused as text
// (0x00), and only lib/pq, not the wire, encodes a bytea parameter itself.
func keyArg(k sources.KeyKind, _ bool, v string, arg func(string) string) string {
	if k == sources.KeyBytes {
		return "pg_catalog.decode(" + arg(hex.EncodeToString([]byte(v))) + ", 'hex')"
	}
	return arg(v)
}

// deterministic says collation coll (as pg_collation_for names it) never
// holds two different strings equal: the database's default and C always
// do not; another collation may be ICU's nondeterministic kind. In doubt
// (a server before 13 has no regcollation), it says no, and Open looks
// for ties.
func deterministic(ctx context.Context, conn *sql.Conn, coll string) bool {
	switch coll {
	case `"default"`, `"C"`, `"POSIX"`:
		return true
	case "":
		return false
	}
	var det bool
	err := conn.QueryRowContext(ctx, "SELECT collisdeterministic FROM pg_catalog.pg_collation WHERE oid OPERATOR(pg_catalog.=) $1::pg_catalog.regcollation", coll).Scan(&det)
	return err == nil && det
}
