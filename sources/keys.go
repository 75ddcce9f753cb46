package sources

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
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

// probeKey checks the key's columns (cts are the query's) before any row
// is read: each one's type can be paged exactly, no row has a NULL in one
// (PostgreSQL sorts NULLs last, where "key > last" never reaches them),
// and the collations of string columns hold no two keys equal (a, A and á
// under a _ci collation): a page that ends on one of them would skip the
// others, so such keys are paged by their bytes instead.
func (r *Reader) probeKey(ctx context.Context, cts []*sql.ColumnType) error {
	from := " FROM (" + r.base + ") AS etl_q"
	n := len(r.key)
	r.keyKind, r.exact = make([]KeyKind, n), make([]bool, n)
	mayTie, ties := make([]bool, n), false
	for i, name := range r.key {
		k := "etl_q." + r.d.Quote(name)
		var kt KeyType
		if r.d.KeyType != nil {
			var err error
			kt, err = r.d.KeyType(ctx, r.conn, cts[r.keyIdx[i]], k, from)
			if err != nil {
				return fmt.Errorf("read the type of source.key %q: %w", name, err)
			}
			if kt.Refuse != "" && refuseKeyType {
				return fmt.Errorf("source.key: column %q of the source query (%s) is %s, which cannot be paged exactly: %s; "+
					"use a unique integer or string column (the primary key), or convert the key in source.query: %w",
					name, shorten(r.base), kt.Name, kt.Refuse, ErrKey)
			}
			if kt.Kind == KeyBytes && n > 1 {
				return fmt.Errorf("source.key: column %q of the source query (%s) is %s, binary: a key of several columns is written as a JSON array of text, "+
					"which cannot carry arbitrary bytes; convert it in source.query (to hex, say) or key on other columns: %w",
					name, shorten(r.base), kt.Name, ErrKey)
			}
			r.keyKind[i] = kt.Kind
		}
		var one int
		err := r.conn.QueryRowContext(ctx, "SELECT 1"+from+" WHERE "+k+" IS NULL LIMIT 1").Scan(&one)
		switch {
		case err == nil:
			return fmt.Errorf("source.key: column %q of the source query (%s) has a NULL key in some rows; "+
				"the key must be unique and not null: filter them out in source.query (WHERE %s IS NOT NULL) or pick another source.key: %w",
				name, shorten(r.base), r.d.Quote(name), ErrKey)
		case !errors.Is(err, sql.ErrNoRows):
			return fmt.Errorf("look for NULL keys in %q: %w", name, err)
		}
		mayTie[i] = kt.Kind == KeyText && kt.Ties && r.d.Exact != nil
		ties = ties || mayTie[i]
	}
	if !ties {
		return nil
	}
	// Keys equal in the collations are whole keys equal: in a key of
	// several columns one column repeats by design (the lines of an
	// order), and pages are exact as long as no two keys compare equal.
	// With an index on the key this reads it once, in order, and stops at
	// the first tie; without one it is a sort, once, not one a page.
	k := strings.Join(r.keyExprs(), ", ")
	var one int
	err := r.conn.QueryRowContext(ctx, "SELECT 1"+from+" GROUP BY "+k+" HAVING "+r.d.Func("count")+"(*)"+r.d.Op(">")+"1 LIMIT 1").Scan(&one)
	switch {
	case err == nil:
		copy(r.exact, mayTie)
	case !errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("look for keys in %q its collation holds equal: %w", r.keyName(), err)
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

// keyName names the key in messages: its column, or its columns.
func (r *Reader) keyName() string { return strings.Join(r.key, ", ") }

// checkKeyColumns refuses a key of no column or of one column twice.
func checkKeyColumns(key []string) error {
	if len(key) == 0 {
		return fmt.Errorf("source.key: no column named: %w", ErrKey)
	}
	for i, k := range key {
		if slices.Contains(key[:i], k) {
			return fmt.Errorf("source.key: column %q named twice: %w", k, ErrKey)
		}
	}
	return nil
}

// keyExprs are what pages are ordered and cut by, column by column: the
// key's columns, or their bytes where their collation holds some keys
// equal.
func (r *Reader) keyExprs() []string {
	e := make([]string, len(r.key))
	for i := range r.key {
		e[i] = r.keyExpr(i)
	}
	return e
}

func (r *Reader) keyExpr(i int) string {
	k := "etl_q." + r.d.Quote(r.key[i])
	if r.exact[i] {
		return r.d.Exact(k)
	}
	return k
}

// keyArg writes the text v of key column i into a page's statement: as
// the dialect's literal, or through arg (a placeholder).
func (r *Reader) keyArg(i int, v string, arg func(string) string) string {
	if r.d.KeyArg == nil {
		return arg(v)
	}
	return r.d.KeyArg(r.keyKind[i], r.exact[i], v, arg)
}

// keyCmp compares the key with key text v, op ">" (the keys after it) or
// "<=" (the keys up to it). A key of several columns is compared in the
// order of its columns, expanded:
//
//	a >= x AND (a > x OR (a = x AND b > y))
//
// not as a row value, (a, b) > (x, y): MariaDB 10.11 does not use the
// index on (a, b) for that and scanned it from its start every page
// (ANALYZE: 505,003 rows read for a page of 5,000 in the middle of 1M),
// and PostgreSQL 15 uses its index for a row value but for the bare OR
// only as a filter from the start of the index (500,003 rows). The a >= x
// in front gives both a range on the index's first column: 5,000 rows
// read on MariaDB, 5,003 on PostgreSQL.
func (r *Reader) keyCmp(op string, v string, arg func(string) string) (string, error) {
	if len(r.key) == 1 {
		return r.keyExpr(0) + r.d.Op(op) + r.keyArg(0, v, arg), nil
	}
	parts, err := SplitKey(v, len(r.key))
	if err != nil {
		return "", err
	}
	strict, bound := ">", ">="
	if op == "<=" {
		strict, bound = "<", "<="
	}
	eq := r.d.Op("=")
	var b strings.Builder
	b.WriteString("(" + r.keyExpr(0) + r.d.Op(bound) + r.keyArg(0, parts[0], arg) + " AND (")
	for i := range parts {
		if i > 0 {
			b.WriteString(" OR (")
		}
		for j := range i {
			b.WriteString(r.keyExpr(j) + eq + r.keyArg(j, parts[j], arg) + " AND ")
		}
		o := strict
		if i == len(parts)-1 {
			o = op
		}
		b.WriteString(r.keyExpr(i) + r.d.Op(o) + r.keyArg(i, parts[i], arg))
		if i > 0 {
			b.WriteString(")")
		}
	}
	b.WriteString("))")
	return b.String(), nil
}

// keyIn limits rows to the listed keys: key IN (...), or for a key of
// several columns ((a = x1 AND b = y1) OR (a = x2 AND b = y2) ...), which
// both engines read through the index on (a, b) as they do a row value
// IN, and in which every comparison is the dialect's own operator.
func (r *Reader) keyIn(keys []string, arg func(string) string) (string, error) {
	if len(r.key) == 1 {
		in := make([]string, len(keys))
		for i, v := range keys {
			in[i] = r.keyArg(0, v, arg)
		}
		return r.keyExpr(0) + " IN (" + strings.Join(in, ", ") + ")", nil
	}
	eq := r.d.Op("=")
	var b strings.Builder
	b.WriteString("(")
	for i, v := range keys {
		parts, err := SplitKey(v, len(r.key))
		if err != nil {
			return "", fmt.Errorf("a key to read again: %w", err)
		}
		if i > 0 {
			b.WriteString(" OR ")
		}
		b.WriteString("(")
		for j, p := range parts {
			if j > 0 {
				b.WriteString(" AND ")
			}
			b.WriteString(r.keyExpr(j) + eq + r.keyArg(j, p, arg))
		}
		b.WriteString(")")
	}
	b.WriteString(")")
	return b.String(), nil
}
