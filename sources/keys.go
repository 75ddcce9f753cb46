package sources

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// KeyKind is how a key column's values are compared in a page's WHERE and
// written into its statement.
type KeyKind uint8

const (
	// KeyOther is compared as the engine reads the key's text back
	// (dates, uuids, ...).
	KeyOther KeyKind = iota
	// KeyNumber is an integer or a decimal, written as a number.
	KeyNumber
	// KeyText is a character string, in a collation.
	KeyText
	// KeyBytes is a binary string.
	KeyBytes
	// KeyStamp is MySQL's TIMESTAMP, read with a Z the engine does not
	// write.
	KeyStamp
)

// KeyType is what a dialect says of a key column's type: how it pages, or
// (Refuse not empty) why it cannot page exactly.
type KeyType struct {
	Kind   KeyKind
	Name   string // the type as the engine names it
	Refuse string // why a page cannot be cut after one of its values
	// Ties says a KeyText's collation may hold different keys equal
	// (case or accent folding, PAD SPACE, citext), so that Open must
	// look for them.
	Ties bool
}

// refuseKeyType is a test switch: off, a key of any type is paged (how a
// non-advancing page is made on a real server).
var refuseKeyType = true

// probeKey checks the key column before any row is read: its type can be
// paged exactly, no row has a NULL key (PostgreSQL sorts NULLs last, where
// "key > last" never reaches them), and a string key's collation holds no
// two keys equal (a, A and á under a _ci collation): a page that ends on
// one of them would skip the others, so such keys are paged by their
// bytes instead.
func (r *Reader) probeKey(ctx context.Context, ct *sql.ColumnType) error {
	from := " FROM (" + r.base + ") AS etl_q"
	k := "etl_q." + r.d.Quote(r.key)
	var kt KeyType
	if r.d.KeyType != nil {
		var err error
		kt, err = r.d.KeyType(ctx, r.conn, ct, k, from)
		if err != nil {
			return fmt.Errorf("read the type of source.key %q: %w", r.key, err)
		}
		if kt.Refuse != "" && refuseKeyType {
			return fmt.Errorf("source.key: column %q of the source query (%s) is %s, which cannot be paged exactly: %s; "+
				"use a unique integer or string column (the primary key), or convert the key in source.query: %w",
				r.key, shorten(r.base), kt.Name, kt.Refuse, ErrKey)
		}
		r.keyKind = kt.Kind
	}
	var one int
	err := r.conn.QueryRowContext(ctx, "SELECT 1"+from+" WHERE "+k+" IS NULL LIMIT 1").Scan(&one)
	switch {
	case err == nil:
		return fmt.Errorf("source.key: column %q of the source query (%s) has a NULL key in some rows; "+
			"the key must be unique and not null: filter them out in source.query (WHERE %s IS NOT NULL) or pick another source.key: %w",
			r.key, shorten(r.base), r.d.Quote(r.key), ErrKey)
	case !errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("look for NULL keys in %q: %w", r.key, err)
	}
	if r.keyKind != KeyText || !kt.Ties || r.d.Exact == nil {
		return nil
	}
	// With an index on the key this reads it once, in order, and stops at
	// the first tie; without one it is a sort, once, not one a page.
	err = r.conn.QueryRowContext(ctx, "SELECT 1"+from+" GROUP BY "+k+" HAVING "+r.d.Func("count")+"(*)"+r.d.Op(">")+"1 LIMIT 1").Scan(&one)
	switch {
	case err == nil:
		r.exact = true
	case !errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("look for keys in %q its collation holds equal: %w", r.key, err)
	}
	return nil
}

// shorten is a query cut for an error message, keeping its FROM (the
// table a migration engineer looks for) over its select list.
func shorten(q string) string {
	q = strings.Join(strings.Fields(q), " ")
	if len(q) <= 80 {
		return q
	}
	if i := strings.Index(strings.ToUpper(q), " FROM "); i > 0 {
		q = "SELECT ..." + q[i:]
	}
	if len(q) > 80 {
		q = strings.ToValidUTF8(q[:77], "") + "..."
	}
	return q
}

// keyExpr is what pages are ordered and cut by: the key, or its bytes
// when its collation holds some keys equal.
func (r *Reader) keyExpr() string {
	k := "etl_q." + r.d.Quote(r.key)
	if r.exact {
		return r.d.Exact(k)
	}
	return k
}

// keyArg writes key text v into a page's statement: as the dialect's
// literal, or through arg (a placeholder).
func (r *Reader) keyArg(v string, arg func(string) string) string {
	if r.d.KeyArg == nil {
		return arg(v)
	}
	return r.d.KeyArg(r.keyKind, r.exact, v, arg)
}
