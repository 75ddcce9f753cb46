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
	Key     []string   // primary key columns
	Unique  [][]string // columns of each unique index other than the primary key
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
	if err := readKeys(ctx, d, conn, byName); err != nil {
		return nil, err
	}
	sort.Strings(order)
	out := make([]Table, 0, len(order))
	for _, n := range order {
		out = append(out, *byName[n])
	}
	return out, nil
}

// Keys come from the index catalogues, which any account that may read a
// table may see: information_schema.table_constraints shows PostgreSQL
// constraints only to the table's owner, and a SELECT-only account would
// find no key at all.
const (
	mysqlKeys = `SELECT table_name, index_name, column_name, index_name = 'PRIMARY' FROM information_schema.statistics
		WHERE table_schema = DATABASE() AND non_unique = 0
		ORDER BY table_name, index_name = 'PRIMARY' DESC, index_name, seq_in_index`
	postgresKeys = `SELECT c.relname, ic.relname, a.attname, i.indisprimary
		FROM pg_index i
		JOIN pg_class c ON c.oid = i.indrelid
		JOIN pg_class ic ON ic.oid = i.indexrelid
		JOIN pg_namespace n ON n.oid = c.relnamespace
		JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
		JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
		WHERE i.indisunique AND i.indpred IS NULL AND n.nspname = ANY(current_schemas(false))
		ORDER BY c.relname, i.indisprimary DESC, ic.relname, k.ord`
)

func readKeys(ctx context.Context, d Dialect, conn *sql.Conn, byName map[string]*Table) error {
	q := mysqlKeys
	if d.Name == "postgres" {
		q = postgresKeys
	}
	rows, err := conn.QueryContext(ctx, q)
	if err != nil {
		return fmt.Errorf("read primary keys and unique indexes: %w", err)
	}
	defer rows.Close()
	type idx struct{ table, name string }
	var order []idx
	cols := map[idx][]string{}
	primary := map[idx]bool{}
	for rows.Next() {
		var x idx
		var c string
		var p bool
		if err := rows.Scan(&x.table, &x.name, &c, &p); err != nil {
			return fmt.Errorf("read primary keys and unique indexes: %w", err)
		}
		if cols[x] == nil {
			order = append(order, x)
		}
		cols[x] = append(cols[x], c)
		primary[x] = p
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read primary keys and unique indexes: %w", err)
	}
	for _, x := range order {
		t := byName[x.table]
		if t == nil {
			continue
		}
		if primary[x] {
			t.Key = cols[x]
		} else {
			t.Unique = append(t.Unique, cols[x])
		}
	}
	return nil
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
