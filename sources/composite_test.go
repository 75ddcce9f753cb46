package sources_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"etl/internal/scratch"
	"etl/pipeline"
	"etl/sources"
	"etl/sources/mysql"
	"etl/sources/postgres"
)

// openComposite opens a reader keyed on several columns (and a cursor,
// when not ""), or returns why it could not be opened.
func openComposite(t *testing.T, db *scratch.DB, query string, key []string, cursor string, fetch int) (*sources.Reader, error) {
	t.Helper()
	d, openDB := mysql.Dialect, mysql.OpenDB
	if db.Engine == "postgres" {
		d, openDB = postgres.Dialect, postgres.OpenDB
	}
	pool, err := openDB(db.DSN)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pool.Close() })
	r, err := sources.OpenCursor(context.Background(), d, pool, query, key, cursor, fetch)
	if err != nil {
		return nil, err
	}
	t.Cleanup(func() { r.Close() })
	return r, nil
}

func mustComposite(t *testing.T, db *scratch.DB, query string, key []string, cursor string, fetch int) *sources.Reader {
	t.Helper()
	r, err := openComposite(t, db, query, key, cursor, fetch)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// readPlanned reads a reader after Plan(segs, after), at most limit rows
// (a reader that repeats rows shows as more, not as a hang).
func readPlanned(t *testing.T, r *sources.Reader, segs []sources.Segment, after *pipeline.Pos, limit int) []pipeline.Row {
	t.Helper()
	if segs != nil {
		if err := r.Plan(segs, after); err != nil {
			t.Fatal(err)
		}
	}
	var rows []pipeline.Row
	for len(rows) <= limit {
		row, err := r.Next(context.Background())
		if err != nil {
			if !errors.Is(err, io.EOF) {
				t.Fatal(err)
			}
			return rows
		}
		rows = append(rows, row)
	}
	t.Fatalf("more than %d rows: the reader repeats rows (%s)", limit, keysOf(rows))
	return nil
}

// ckeys writes the keys of two-column tuples as the reader writes them.
func ckeys(tuples ...[2]string) string {
	var k []string
	for _, tp := range tuples {
		k = append(k, sources.JoinKey(tp[:]))
	}
	return strings.Join(k, " ")
}

// TestCompositeKeyPages: a key of two columns is read in the order of
// its columns, a string and a number first, with the first column
// repeated across page boundaries (fetch 1, 2, 3), on every path; each
// row's key is the JSON array of its values, its Pos the same; a plan
// resumes after any row, the ones in the middle of a repeated first
// column included. A page cut that compared only the first column, or
// both columns each on its own, loses rows here.
func TestCompositeKeyPages(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		db.Exec(t, "CREATE TABLE s (order_code VARCHAR(20) NOT NULL, line_no INT NOT NULL, v VARCHAR(10), PRIMARY KEY (order_code, line_no))",
			`INSERT INTO s VALUES ('o-3', 20, 'k'), ('o-1', 10, 'c'), ('o-1', 1, 'a'), ('o-2', 5, 'd'), ('o-3', 1, 'e'),
			('o-1', 2, 'b'), ('o-3', 3, 'g'), ('o-3', 2, 'f'), ('o-4', 1, 'l')`,
			"CREATE TABLE n (order_id INT NOT NULL, line_no INT NOT NULL, v VARCHAR(10), PRIMARY KEY (order_id, line_no))",
			"INSERT INTO n VALUES (10, 1, 'd'), (10, 3, 'f'), (2, 1, 'a'), (100, 1, 'g'), (2, 10, 'c'), (10, 2, 'e'), (2, 2, 'b')")
		cases := []struct {
			query string
			key   []string
			want  string
		}{
			{"SELECT order_code, line_no, v FROM s", []string{"order_code", "line_no"},
				ckeys([2]string{"o-1", "1"}, [2]string{"o-1", "2"}, [2]string{"o-1", "10"}, [2]string{"o-2", "5"}, [2]string{"o-3", "1"},
					[2]string{"o-3", "2"}, [2]string{"o-3", "3"}, [2]string{"o-3", "20"}, [2]string{"o-4", "1"})},
			{"SELECT v, order_id, line_no FROM n", []string{"order_id", "line_no"},
				ckeys([2]string{"2", "1"}, [2]string{"2", "2"}, [2]string{"2", "10"}, [2]string{"10", "1"}, [2]string{"10", "2"},
					[2]string{"10", "3"}, [2]string{"100", "1"})},
			// The columns in the other order: the rows follow the key.
			{"SELECT order_code, line_no, v FROM s", []string{"line_no", "order_code"},
				ckeys([2]string{"1", "o-1"}, [2]string{"1", "o-3"}, [2]string{"1", "o-4"}, [2]string{"2", "o-1"}, [2]string{"2", "o-3"},
					[2]string{"3", "o-3"}, [2]string{"5", "o-2"}, [2]string{"10", "o-1"}, [2]string{"20", "o-3"})},
		}
		for _, c := range cases {
			n := len(strings.Fields(c.want))
			for _, p := range keyPaths {
				for _, fetch := range []int{1, 2, 3, 100} {
					t.Run(fmt.Sprintf("%s/%s/%s/fetch%d", strings.Fields(c.query)[len(strings.Fields(c.query))-1], c.key[0], p.name, fetch), func(t *testing.T) {
						defer p.set()()
						rows := readPlanned(t, mustComposite(t, db, c.query, c.key, "", fetch), nil, nil, n)
						if got := keysOf(rows); got != c.want {
							t.Fatalf("read\n%s\nwant\n%s", got, c.want)
						}
						for _, row := range rows {
							if row.Pos.Key != row.Key || row.Pos.Seg != 0 {
								t.Fatalf("row %s has Pos %+v", row.Key, row.Pos)
							}
						}
						if fetch > 2 {
							return // resuming is the same statements whatever the page
						}
						for i, row := range rows {
							pos := row.Pos
							r := mustComposite(t, db, c.query, c.key, "", fetch)
							if got, want := keysOf(readPlanned(t, r, []sources.Segment{{}}, &pos, n)), keysOf(rows[i+1:]); got != want {
								t.Fatalf("after %s: %q, want %q", pos.Key, got, want)
							}
						}
					})
				}
			}
		}
		// The values of a row are its own, whatever the key.
		rows := readPlanned(t, mustComposite(t, db, "SELECT v, order_id, line_no FROM n", []string{"order_id", "line_no"}, "", 2), nil, nil, 7)
		var vs []string
		for _, r := range rows {
			vs = append(vs, r.Field(0).V)
		}
		if got := strings.Join(vs, ""); got != "abcdefg" {
			t.Errorf("values in key order: %s", got)
		}
		// Estimate counts what is left after a position inside a run of
		// one first value.
		r := mustComposite(t, db, "SELECT v, order_id, line_no FROM n", []string{"order_id", "line_no"}, "", 2)
		r.Plan([]sources.Segment{{}}, nil)
		if left, err := r.Estimate(context.Background(), &rows[3].Pos); err != nil || left != 3 {
			t.Errorf("estimate after %s: %d, %v; want 3", rows[3].Key, left, err)
		}
	})
}

// TestCompositeKeyResumeRefused: a position or a listed key that is not
// the JSON array of the key's columns (a checkpoint of a run keyed on one
// column, say) is an error, not a read from somewhere.
func TestCompositeKeyResumeRefused(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		db.Exec(t, "CREATE TABLE s (a INT NOT NULL, b INT NOT NULL, PRIMARY KEY (a, b))", "INSERT INTO s VALUES (1, 1), (1, 2)")
		r := mustComposite(t, db, "SELECT a, b FROM s", []string{"a", "b"}, "", 2)
		if err := r.Plan([]sources.Segment{{}}, &pipeline.Pos{Key: "1"}); err == nil || !strings.Contains(err.Error(), "JSON array of 2 strings") {
			t.Errorf("resume after a one-column key: %v", err)
		}
		r = mustComposite(t, db, "SELECT a, b FROM s", []string{"a", "b"}, "", 2)
		if err := r.Plan([]sources.Segment{{Keys: keyList{`["1","1"]`, `["1"]`}}}, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := r.Next(context.Background()); err == nil || !strings.Contains(err.Error(), `key "[\"1\"]" is not a JSON array of 2 strings`) {
			t.Errorf("a listed key of one column: %v", err)
		}
		// A key of one column is read back as it is, JSON or not.
		r = mustComposite(t, db, "SELECT a, b FROM s", []string{"a"}, "", 2)
		if err := r.Plan([]sources.Segment{{}}, &pipeline.Pos{Key: "0"}); err != nil {
			t.Fatal(err)
		}
	})
}

// TestCompositeKeyListed: a plan of listed keys (rows read again by key)
// reads exactly the listed tuples, in key order, page by page, a tuple
// of a first value that other rows share included, and resumes after
// any of them.
func TestCompositeKeyListed(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		db.Exec(t, "CREATE TABLE s (order_code VARCHAR(20) NOT NULL, line_no INT NOT NULL, PRIMARY KEY (order_code, line_no))",
			`INSERT INTO s VALUES ('o-1', 1), ('o-1', 2), ('o-1', 10), ('o''2', 1), ('o-3', 1), ('o-3', 2), ('ş\x', 1)`)
		if db.Engine == "mysql" { // the backslash was an escape there
			db.Exec(t, `UPDATE s SET order_code = 'ş\\x' WHERE order_code = 'şx'`)
		}
		list := keyList{
			sources.JoinKey([]string{"o-3", "2"}), sources.JoinKey([]string{"o-1", "10"}), sources.JoinKey([]string{"o-9", "1"}),
			sources.JoinKey([]string{"o-1", "1"}), sources.JoinKey([]string{"o'2", "1"}), sources.JoinKey([]string{`ş\x`, "1"}),
			sources.JoinKey([]string{"o-1", "3"}), // no such line
		}
		want := ckeys([2]string{"o'2", "1"}, [2]string{"o-1", "1"}, [2]string{"o-1", "10"}, [2]string{"o-3", "2"}, [2]string{`ş\x`, "1"})
		plan := []sources.Segment{{Keys: list}}
		for _, p := range keyPaths {
			t.Run(p.name, func(t *testing.T) {
				defer p.set()()
				rows := readPlanned(t, mustComposite(t, db, "SELECT order_code, line_no FROM s", []string{"order_code", "line_no"}, "", 2), plan, nil, 5)
				if got := keysOf(rows); got != want {
					t.Fatalf("read\n%s\nwant\n%s", got, want)
				}
				for i, row := range rows {
					pos := row.Pos
					r := mustComposite(t, db, "SELECT order_code, line_no FROM s", []string{"order_code", "line_no"}, "", 1)
					if got, want := keysOf(readPlanned(t, r, plan, &pos, 5)), keysOf(rows[i+1:]); got != want {
						t.Fatalf("after %s: %q, want %q", pos.Key, got, want)
					}
				}
			})
		}
	})
}

// TestCompositeKeyCursor: an incremental plan over a key of two columns:
// (cursor, key) order with ties in the cursor and in the key's first
// column split across pages, the bound from Greatest (a tuple), rows with
// a NULL cursor after, resumed after any row, and a range between two
// positions inside ties.
func TestCompositeKeyCursor(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		db.Exec(t, "CREATE TABLE t (a VARCHAR(10) NOT NULL, b INT NOT NULL, c "+db.Pick("DATETIME(6)", "TIMESTAMPTZ")+" NULL, PRIMARY KEY (a, b))",
			`INSERT INTO t VALUES ('x', 1, '2024-01-01 10:00:00'), ('x', 2, '2024-01-01 10:00:00'), ('x', 10, '2024-01-01 10:00:00'),
			('w', 5, '2024-01-01 10:00:00'), ('y', 1, '2023-12-31 00:00:00'), ('x', 3, NULL), ('w', 1, NULL),
			('x', 4, '2024-02-01 00:00:00'), ('y', 2, '2024-01-01 10:00:00'), ('z', 1, '2024-02-01 00:00:00')`)
		key := []string{"a", "b"}
		for _, fetch := range []int{1, 2, 3} {
			r := mustComposite(t, db, "SELECT a, b, c FROM t", key, "c", fetch)
			hi, err := r.Greatest(context.Background())
			if err != nil || hi == nil || hi.Key != `["z","1"]` {
				t.Fatalf("greatest %+v %v", hi, err)
			}
			all := []sources.Segment{{ByCursor: true, Upto: hi}, {NullCursor: true}}
			rows := readPlanned(t, r, all, nil, 10)
			want := ckeys([2]string{"y", "1"}, [2]string{"w", "5"}, [2]string{"x", "1"}, [2]string{"x", "2"}, [2]string{"x", "10"}, [2]string{"y", "2"},
				[2]string{"x", "4"}, [2]string{"z", "1"}, [2]string{"w", "1"}, [2]string{"x", "3"})
			if got := keysOf(rows); got != want {
				t.Fatalf("fetch %d: read\n%s\nwant\n%s", fetch, got, want)
			}
			if rows[2].Pos.Cursor == "" || rows[2].Pos.Key != `["x","1"]` || rows[8].Pos.Seg != 1 {
				t.Fatalf("positions %+v, %+v", rows[2].Pos, rows[8].Pos)
			}
			for i, row := range rows {
				pos := row.Pos
				r := mustComposite(t, db, "SELECT a, b, c FROM t", key, "c", fetch)
				if got, want := keysOf(readPlanned(t, r, all, &pos, 10)), keysOf(rows[i+1:]); got != want {
					t.Fatalf("fetch %d: after %+v: %q, want %q", fetch, pos, got, want)
				}
			}
			// From inside the tie of x at 10:00 up to inside the tie of
			// 2024-02-01: x 2 (excluded) .. x 4 (included).
			r = mustComposite(t, db, "SELECT a, b, c FROM t", key, "c", fetch)
			got := keysOf(readPlanned(t, r, []sources.Segment{{ByCursor: true, From: &rows[3].Pos, Upto: &rows[6].Pos}}, nil, 10))
			if want := ckeys([2]string{"x", "10"}, [2]string{"y", "2"}, [2]string{"x", "4"}); got != want {
				t.Fatalf("fetch %d: range read %s, want %s", fetch, got, want)
			}
			// Rows read again by key, up to a bound inside a tie (x 2 at
			// 10:00): a listed row past it (x 10 at the same time, x 4
			// later) or without a cursor (x 3) is left to the other
			// segments.
			r = mustComposite(t, db, "SELECT a, b, c FROM t", key, "c", fetch)
			list := keyList{`["x","10"]`, `["x","1"]`, `["w","5"]`, `["x","3"]`, `["x","4"]`, `["x","2"]`}
			got = keysOf(readPlanned(t, r, []sources.Segment{{Keys: list, Upto: &rows[3].Pos}}, nil, 5))
			if want := ckeys([2]string{"w", "5"}, [2]string{"x", "1"}, [2]string{"x", "2"}); got != want {
				t.Fatalf("fetch %d: listed up to %+v: %s, want %s", fetch, rows[3].Pos, got, want)
			}
		}
	})
}

// TestCompositeKeyRefused: every column of the key is checked as a key
// of one column is (NULLs, types), each named; a binary column cannot be
// one of several (JSON carries text); a column named twice, or not
// selected, is refused.
func TestCompositeKeyRefused(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		db.Exec(t, "CREATE TABLE t (a INT NOT NULL, line_no INT NULL, f "+db.Pick("DOUBLE", "DOUBLE PRECISION")+", bin "+db.Pick("VARBINARY(10)", "BYTEA")+")",
			"INSERT INTO t VALUES (1, 1, 0.5, NULL), (1, 2, 0.5, NULL), (1, NULL, 0.5, NULL), (2, 1, 0.5, NULL)")
		cases := []struct {
			key  []string
			want []string
		}{
			{[]string{"a", "line_no"}, []string{`"line_no"`, "NULL key", "IS NOT NULL"}},
			{[]string{"a", "f"}, []string{`"f"`, db.Pick("DOUBLE", "double precision"), "cannot be paged exactly"}},
			{[]string{"a", "bin"}, []string{`"bin"`, "binary", "JSON array"}},
			{[]string{"a", "a"}, []string{`"a" named twice`}},
			{[]string{"a", "nope"}, []string{`column "nope" is not among`}},
			{nil, []string{"no column"}},
		}
		for _, c := range cases {
			_, err := openComposite(t, db, "SELECT a, line_no, f, bin FROM t", c.key, "", 2)
			if !errors.Is(err, sources.ErrKey) {
				t.Errorf("key %q: %v, want ErrKey", c.key, err)
				continue
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("key %q: error %q does not say %s", c.key, err, w)
				}
			}
		}
		// A NULL that comes after the reader opened stops the run where a
		// page returns it, naming the column.
		db.Exec(t, "DELETE FROM t WHERE line_no IS NULL")
		r := mustComposite(t, db, "SELECT a, line_no FROM t", []string{"a", "line_no"}, "", 10)
		db.Exec(t, "INSERT INTO t (a, line_no) VALUES (0, NULL)")
		if err := r.Plan([]sources.Segment{{}}, nil); err != nil {
			t.Fatal(err)
		}
		var err error
		for err == nil {
			_, err = r.Next(context.Background())
		}
		if errors.Is(err, io.EOF) || !strings.Contains(err.Error(), `NULL in key column "line_no"`) {
			t.Errorf("a NULL inserted after open: %v", err)
		}
	})
}

// TestCompositeKeyCollation: a key whose first column is a string under
// a collation that holds some values equal (a, A, á): tuples distinct in
// the collation page in it; tuples equal in it make the reader page by
// bytes. Every row comes back once, whatever the page size.
func TestCompositeKeyCollation(t *testing.T) {
	each(t, func(t *testing.T, db *scratch.DB) {
		col := "VARCHAR(10) COLLATE utf8mb4_general_ci"
		if db.Engine == "postgres" {
			db.Exec(t, "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false)")
			col = "VARCHAR(10) COLLATE ci"
		}
		db.Exec(t, "CREATE TABLE d (a "+col+" NOT NULL, b INT NOT NULL)", "CREATE INDEX d_ab ON d (a, b)",
			"INSERT INTO d VALUES ('a', 1), ('A', 2), ('á', 3), ('b', 1), ('B', 2), ('a', 4)",
			"CREATE TABLE e (a "+col+" NOT NULL, b INT NOT NULL)", "CREATE INDEX e_ab ON e (a, b)",
			"INSERT INTO e VALUES ('a', 1), ('A', 1), ('á', 2), ('b', 1), ('B', 1), ('a', 2), ('A', 2)")
		for _, c := range []struct {
			table string
			want  []string
		}{
			{"d", []string{`["a","1"]`, `["A","2"]`, `["á","3"]`, `["a","4"]`, `["b","1"]`, `["B","2"]`}},
			{"e", []string{`["a","1"]`, `["A","1"]`, `["á","2"]`, `["b","1"]`, `["B","1"]`, `["a","2"]`, `["A","2"]`}},
		} {
			for _, p := range keyPaths {
				for _, fetch := range []int{1, 2, 3} {
					t.Run(fmt.Sprintf("%s/%s/fetch%d", c.table, p.name, fetch), func(t *testing.T) {
						defer p.set()()
						r := mustComposite(t, db, "SELECT a, b FROM "+c.table, []string{"a", "b"}, "", fetch)
						rows := readPlanned(t, r, nil, nil, len(c.want))
						got := strings.Fields(keysOf(rows))
						if !sameKeys(got, c.want) {
							t.Fatalf("read %q, want each of %q once", got, c.want)
						}
						if c.table == "d" && strings.Join(got, " ") != strings.Join(c.want, " ") {
							t.Fatalf("no ties: read %q, want the collation's order %q", got, c.want)
						}
					})
				}
			}
		}
	})
}
