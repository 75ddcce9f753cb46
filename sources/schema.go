package sources

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
)

// Table is one table of a legacy schema as information_schema tells it.
type Table struct {
	Name    string
	Columns []Column
	Key     []string // primary key columns
}

// Column is one column and its declared type.
type Column struct {
	Name, Type string
}

// Tables lists the base tables of the connected database (MySQL: the
// current database; PostgreSQL: the schemas on the search path) with
// their columns and primary keys. It only reads information_schema.
func Tables(ctx context.Context, d Dialect, conn *sql.Conn) ([]Table, error) {
	scope := "c.table_schema = DATABASE()"
	if d.Name == "postgres" {
		// The catalog's own schemas count only when the search path
		// names them.
		scope = "c.table_schema = ANY(" + d.Func("current_schemas") + "(false)) AND c.table_schema NOT IN ('pg_catalog', 'information_schema')"
	}
	rows, err := conn.QueryContext(ctx, `SELECT c.table_name, c.column_name, c.data_type
		FROM information_schema.columns c JOIN information_schema.tables t
		  ON t.table_schema = c.table_schema AND t.table_name = c.table_name
		WHERE t.table_type = 'BASE TABLE' AND `+scope+`
		ORDER BY c.table_name, c.ordinal_position`)
	if err != nil {
		return nil, fmt.Errorf("read information_schema.columns: %w", err)
	}
	byName := map[string]*Table{}
	var order []string
	for rows.Next() {
		var t, c, typ string
		if err := rows.Scan(&t, &c, &typ); err != nil {
			rows.Close()
			return nil, fmt.Errorf("read information_schema.columns: %w", err)
		}
		if byName[t] == nil {
			byName[t] = &Table{Name: t}
			order = append(order, t)
		}
		byName[t].Columns = append(byName[t].Columns, Column{Name: c, Type: strings.ToLower(typ)})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read information_schema.columns: %w", err)
	}
	kscope := strings.ReplaceAll(scope, "c.", "k.")
	rows, err = conn.QueryContext(ctx, `SELECT k.table_name, k.column_name
		FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage k
		  ON k.constraint_name = tc.constraint_name AND k.table_schema = tc.table_schema AND k.table_name = tc.table_name
		WHERE tc.constraint_type = 'PRIMARY KEY' AND `+kscope+`
		ORDER BY k.table_name, k.ordinal_position`)
	if err != nil {
		return nil, fmt.Errorf("read primary keys: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var t, c string
		if err := rows.Scan(&t, &c); err != nil {
			return nil, fmt.Errorf("read primary keys: %w", err)
		}
		if byName[t] != nil {
			byName[t].Key = append(byName[t].Key, c)
		}
	}
	sort.Strings(order)
	out := make([]Table, 0, len(order))
	for _, n := range order {
		out = append(out, *byName[n])
	}
	return out, rows.Err()
}

// Sample reads up to n rows of a table's columns as text (NULL as ""), in
// no particular order.
func Sample(ctx context.Context, d Dialect, conn *sql.Conn, table string, cols []string, n int) ([][]string, error) {
	sel := make([]string, len(cols))
	for i, c := range cols {
		sel[i] = d.Text(d.Quote(c))
	}
	rows, err := conn.QueryContext(ctx, fmt.Sprintf("SELECT %s FROM %s LIMIT %d", strings.Join(sel, ", "), d.QuotePath(table), n))
	if err != nil {
		return nil, fmt.Errorf("sample %s: %w", table, err)
	}
	defer rows.Close()
	var out [][]string
	for rows.Next() {
		vals := make([]sql.NullString, len(cols))
		dest := make([]any, len(cols))
		for i := range vals {
			dest[i] = &vals[i]
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("sample %s: %w", table, err)
		}
		row := make([]string, len(cols))
		for i, v := range vals {
			row[i] = v.String
		}
		out = append(out, row)
	}
	return out, rows.Err()
}

// Session opens a connection with the dialect's read-only session.
func Session(ctx context.Context, d Dialect, db *sql.DB) (*sql.Conn, error) {
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
	return conn, nil
}
